/**
 * The linking cues of data/link-cues.tsv and data/personnel-events.tsv, matched as whole phrases on
 * the token keys: "giữ chức vụ", "được bầu giữ chức", "cho thôi giữ chức" (never single syllables).
 */
import { LINK_DATA } from "../generated/link-data";
import { phraseKeys } from "../lexicon/lexicon";
import { FirstWords } from "../lexicon/trie";
import { parseTsv } from "../lexicon/tsv";
import type { ScanContext } from "../recognizers/context";

export type CueRole = "holds" | "adverb" | "passive" | "chain" | "and" | "career" | "list" | "target" | "event-target" | "post-of" | "object" | "nomination" | "source" | "sanction" | "decides" | "by-decision" | "before" | "while" | "since" | "until" | "at-time" | "same-time" | "decision-of" | "decision-ref" | "negation" | "event" | "replaces" | "pronoun" | "people-list" | "post-ref" | "handed-to" | "hands-over" | "venue" | "until-step" | "age-after" | "age-before" | "along" | "home" | "epithet" | "transfer-to" | "profile" | "vacant" | "purpose";
export type HoldingStatus = "current" | "former" | "acting" | "incoming" | "unknown";
export type EventType = "appointment" | "election" | "approval" | "dismissal" | "resignation" | "retirement" | "death";

export const HOLDING_STATUSES: readonly HoldingStatus[] = ["current", "former", "acting", "incoming", "unknown"];
export const EVENT_TYPES: readonly EventType[] = ["appointment", "election", "approval", "dismissal", "resignation", "retirement", "death"];

export interface Cue {
  phrase: string;
  role: CueRole;
  status?: HoldingStatus;
  /** The time told is when the holding began ("trở thành"). */
  begins?: boolean;
  /** The person left the post told just before ("chuyển sang làm", "rồi"). */
  moves?: boolean;
  /** The posts of the list after it were held one after another ("lần lượt giữ các chức vụ T1, T2"): each left for the next. */
  inTurn?: boolean;
  /** A holds phrase with no verb opening a list of posts ("các vị trí như"): it names posts, not who holds them (link-cues.tsv noun). */
  noun?: boolean;
  event?: EventType;
  /** The approved act the same phrase tells too ("phê chuẩn việc bổ nhiệm": an appointment). */
  also?: EventType;
  /** The act renews the post the person holds ("tái đắc cử"). */
  again?: boolean;
  /** Who the subject of an event phrase is when no "được"/"bị" comes before it. */
  subject?: "authority" | "holder";
}

export interface CueMatch {
  start: number;
  end: number;
  cue: Cue;
}

interface Node {
  next: Map<string, Node>;
  cues: Cue[];
}

/** Events that end a holding (the others begin one). */
export const ENDS_HOLDING: ReadonlySet<EventType> = new Set(["dismissal", "resignation", "retirement", "death"]);
/** Events that give a post (the holding is current, or incoming, after them). */
export const GIVES_POST: ReadonlySet<EventType> = new Set(["appointment", "election", "approval"]);

const newNode = (): Node => ({ next: new Map(), cues: [] });
let root: Node | null = null;
// The same phrases read from their last syllable back, for cues that end at a given token.
let reversed: Node = newNode();
let longestPhrase = 1;
// (Most tokens start no cue: the filter answers without a Map probe.)
let firstWords = new FirstWords();
// The roles of the cues each first syllable starts (firstKeys reads this, not the whole trie).
let firstRoles = new Map<string, Set<CueRole>>();

function insert(node: Node, keys: readonly string[], cue: Cue): void {
  for (const k of keys) {
    let n = node.next.get(k);
    if (!n) node.next.set(k, (n = newNode()));
    node = n;
  }
  node.cues.push(cue);
}

function add(cue: Cue): void {
  const keys = phraseKeys(cue.phrase);
  if (!keys.length) return;
  insert((root ??= newNode()), keys, cue);
  firstWords.add(keys[0]!);
  let roles = firstRoles.get(keys[0]!);
  if (!roles) firstRoles.set(keys[0]!, (roles = new Set()));
  roles.add(cue.role);
  insert(reversed, [...keys].reverse(), cue);
  longestPhrase = Math.max(longestPhrase, keys.length);
}

const asStatus = (s: string | undefined): HoldingStatus | undefined => (HOLDING_STATUSES.includes(s as HoldingStatus) ? (s as HoldingStatus) : undefined);

function load(): Node {
  if (root) return root;
  root = newNode();
  reversed = newNode();
  firstWords = new FirstWords();
  firstRoles = new Map();
  for (const r of parseTsv(LINK_DATA["link-cues.tsv"] ?? "")) {
    if (!r.phrase || !r.role) continue;
    add({ phrase: r.phrase.normalize("NFC"), role: r.role as CueRole, status: asStatus(r.status), ...(r.time === "start" ? { begins: true } : r.time === "moves" ? { begins: true, moves: true } : r.time === "in-turn" ? { inTurn: true } : {}), ...(r.noun === "yes" ? { noun: true } : {}) });
  }
  for (const r of parseTsv(LINK_DATA["personnel-events.tsv"] ?? "")) {
    if (!r.phrase || !EVENT_TYPES.includes(r.type as EventType)) continue;
    const event = r.type as EventType;
    const also = EVENT_TYPES.includes(r.also as EventType) ? (r.also as EventType) : undefined;
    add({ phrase: r.phrase.normalize("NFC"), role: "event", event, ...(also ? { also } : {}), ...(r.again === "yes" ? { again: true } : {}), ...(r.moves === "yes" ? { moves: true } : {}), subject: r.subject === "holder" ? "holder" : "authority", status: ENDS_HOLDING.has(event) ? "former" : undefined });
  }
  return root;
}

export type CueFilter = (c: Cue) => boolean;

/** The longest gap of tokens a linking rule reads. */
export const MAX_GAP = 30;

/** The longest cue starting at token k that `accept` takes (a phrase never runs across a line break). */
export function cueAt(ctx: ScanContext, k: number, accept: CueFilter): CueMatch | null {
  let node: Node | undefined = load();
  const { tokens } = ctx;
  if (k >= tokens.length || !firstWords.mayStart(tokens[k]!.key)) return null;
  let best: CueMatch | null = null;
  for (let j = k; j < tokens.length && j - k < longestPhrase; j++) {
    if (j > k && tokens[j]!.lineBreakBefore) break;
    node = node.next.get(tokens[j]!.key);
    if (!node) break;
    for (const c of node.cues) if (accept(c)) best = { start: k, end: j + 1, cue: c };
  }
  return best;
}

/** Past the cues `accept` takes written one after another from token k ("đã chính thức …"), at most `max` of them: where they end. */
export function pastCues(ctx: ScanContext, k: number, accept: CueFilter, max = Infinity): number {
  for (let m = cueAt(ctx, k, accept), n = 0; m && n < max; m = cueAt(ctx, k, accept), n++) k = m.end;
  return k;
}

/** The longest cue ending right before token `end` that `accept` takes. */
export function cueBefore(ctx: ScanContext, end: number, accept: CueFilter): CueMatch | null {
  load();
  if (end <= 0 || !reversed.next.has(ctx.tokens[end - 1]!.key)) return null; // (most tokens end no cue)
  // (Nor one on the line before: a headline's "… được Thủ tướng phê chuẩn" says nothing of a caption's title below it.)
  if (ctx.tokens[end]?.lineBreakBefore) return null;
  let node: Node | undefined = reversed;
  let best: CueMatch | null = null;
  for (let k = end - 1; k >= 0 && end - k <= longestPhrase; k--) {
    node = node.next.get(ctx.tokens[k]!.key);
    if (!node) break;
    const c = node.cues.find(accept);
    if (c) best = { start: k, end, cue: c };
    if (ctx.tokens[k]!.lineBreakBefore) break; // (a phrase never runs across a line break)
  }
  return best;
}

/**
 * Tokens [a, b) read as a sequence of cues that `accept` takes, with the tokens `skip` passes over
 * (it returns where a skipped stretch ends, or -1). The reading with the fewest pieces; null when
 * something else stands there. Gaps are short (callers cap them), so the table is small.
 */
export function readGap(ctx: ScanContext, a: number, b: number, accept: CueFilter, skip: (k: number) => number = NO_SKIP): CueMatch[] | null {
  if (b <= a) return [];
  if (b - a > MAX_GAP) return null; // no rule reads a longer gap: never walk one
  const n = b - a;
  const best: Array<GapStep | undefined> = new Array(n + 1);
  best[0] = { count: 0, prev: -1 };
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here) continue;
    const k = a + i;
    const s = skip(k);
    if (s > k && s <= b) relax(best, s - a, here.count, i);
    // Every cue starting here, not only the longest: "là" may be a holds cue inside a longer gap.
    let node: Node | undefined = load();
    for (let j = k; j < b && j - k < longestPhrase; j++) {
      if (j > k && ctx.tokens[j]!.lineBreakBefore) break;
      node = node.next.get(ctx.tokens[j]!.key);
      if (!node) break;
      const c = node.cues.find(accept);
      if (c) relax(best, j + 1 - a, here.count + 1, i, { start: k, end: j + 1, cue: c });
    }
  }
  if (!best[n]) return null;
  const out: CueMatch[] = [];
  for (let j = n; j > 0; j = best[j]!.prev) if (best[j]!.cue) out.push(best[j]!.cue!);
  return out.reverse();
}

const NO_SKIP = (): number => -1; // (one function, not a new closure per call)

interface GapStep { count: number; prev: number; cue?: CueMatch }

/**
 * readGap's step: position j of the gap reached from position i with `count` pieces, kept if that
 * is fewer. (A function of its own, not a closure in the loop: V8 then allocated a context at every
 * position of every gap.)
 */
function relax(best: Array<GapStep | undefined>, j: number, count: number, i: number, cue?: CueMatch): void {
  if (!best[j] || count < best[j]!.count) best[j] = { count, prev: i, cue };
}

/** Whether a key is the first syllable of a cue of one role. */
export interface StartKeys {
  has(key: string): boolean;
}

/**
 * The first syllables of the cues of a role: a cheap test before cueAt, asked at every token. A
 * bit filter (FirstWords) answers most tokens without hashing their key for the Set.
 */
export function firstKeys(role: CueRole): StartKeys {
  const keys = new Set<string>();
  const filter = new FirstWords();
  load();
  for (const [key, roles] of firstRoles) {
    if (!roles.has(role)) continue;
    keys.add(key);
    filter.add(key);
  }
  return { has: (key) => filter.mayStart(key) && keys.has(key) };
}

export const byRole =
  (...roles: CueRole[]): CueFilter =>
  (c) =>
    roles.includes(c.role);

/** Adverbs ("cũng", "đã", "chính thức"): may stand in a linking gap, say nothing of the link. */
export const ADVERB_CUES: CueFilter = byRole("adverb");

// How many lower-case words may stand between a plural title and its list word ("Các Thứ trưởng mới được bổ nhiệm gồm").
const MAX_WORDS_TO_LIST = 5;
const LIST_CUES: CueFilter = byRole("list");

/**
 * "Các Thứ trưởng mới được bổ nhiệm gồm: …": where a list word (link-cues.tsv list) stands among the lower-case words of
 * one line from token k on, at most MAX_WORDS_TO_LIST of them; -1 when none does.
 */
export function listWordAfter(ctx: ScanContext, k: number): number {
  for (let j = k; j < k + MAX_WORDS_TO_LIST && j < ctx.tokens.length; j++) {
    const t = ctx.tokens[j]!;
    if (t.kind !== "w" || t.cap || t.lineBreakBefore) return -1;
    if (cueAt(ctx, j, LIST_CUES)) return j;
  }
  return -1;
}
