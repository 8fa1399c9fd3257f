/**
 * Successions: "A thay ông B làm T", "A kế nhiệm ông B làm T" (A holds T, B held it), and "A được
 * bầu làm T, thay ông B" (B held T). The name after the word is the one who left the post: never
 * its holder now. A planned or proposed succession ("sẽ thay", "được giới thiệu thay") says nothing.
 */
import type { Candidate, PersonCandidate, PositionCandidate, ScanContext } from "../recognizers/context";
import { longest } from "../recognizers/context";
import { byRole, cueAt, firstKeys, type CueMatch, type StartKeys } from "./cues";
import type { HoldLink } from "./holds";
import { leadCues } from "./holds";
import { sentenceStart } from "./sentences";
import { termsEnd } from "../recognizers/terms";

const REPLACES = byRole("replaces");
const HOLDS = byRole("holds");
const PLAN = byRole("nomination", "adverb", "passive", "event", "decides");
// The words a succession cue starts with ("thay", "kế nhiệm"): most tokens are passed over without a walk of the cue trie.
let REPLACES_STARTS: StartKeys | undefined;
let POST_REF_STARTS: StartKeys | undefined;

/** The links of the chunk with its successions read: the one who left a post held it before. */
export function findSuccessions(ctx: ScanContext, accepted: readonly Candidate[], links: readonly HoldLink[]): HoldLink[] {
  // (The chunk's candidates by token are indexed at the first cue found: most chunks have none.)
  let index: CandidateIndex | undefined;
  const indexed = (): CandidateIndex => (index ??= indexCandidates(accepted));
  const byPair = new Map<string, HoldLink>();
  for (const l of links) byPair.set(pairKey(l.person, l.position), l); // (no [key, link] pair per link)
  const add = (link: HoldLink) => {
    const k = pairKey(link.person, link.position);
    // (The one who left it: the words that link it are read again, as a former holding.)
    if (!byPair.has(k) || link.reason === "replaced") byPair.set(k, link);
  };
  const { tokens } = ctx;
  const starts = (REPLACES_STARTS ??= firstKeys("replaces"));
  for (let k = 0; k < tokens.length; k++) {
    if (!starts.has(tokens[k]!.key)) continue;
    const m = cueAt(ctx, k, REPLACES);
    if (!m) continue;
    k = m.end - 1;
    const left = leftHolder(ctx, m.end, indexed().personAt);
    if (!left || planned(ctx, m)) continue;
    const former: CueMatch = { start: m.start, end: m.end, cue: { phrase: m.cue.phrase, role: "holds", status: "former" } };
    // "A thay ông B làm T": A holds T now, B held it.
    let j = left.end;
    if (tokens[j]?.key === ",") j++;
    const h = cueAt(ctx, j, HOLDS);
    const post = h ? indexed().positionAt.get(h.end) : undefined;
    // "…, thay ông B chuyển sang làm T": a moving word after B leads to B's own new post, not the
    // successor's; B left the title written before "thay" (the branch at the end).
    const movesOn = post !== undefined && h!.cue.moves === true;
    if (movesOn) add({ person: left, position: post, start: left.start, end: post.end, reason: "moves-on", cues: [h!] });
    else if (post) {
      const successor = subjectBefore(ctx, m.start, accepted);
      if (!successor) continue;
      add({ person: successor, position: post, start: successor.start, end: post.end, reason: "succeeds", cues: [h!] });
      add({ person: left, position: post, start: left.start, end: post.end, reason: "replaced", cues: [former] });
      continue;
    }
    // "Kế nhiệm ông B là ông A": opening its sentence, the one after "là" holds the post B was last linked to before.
    const heir = h && tokens[h.start]?.key === "là" && sentenceStart(ctx, m.start) === m.start ? leftHolder(ctx, h.end, indexed().personAt) : undefined;
    const left0 = heir && oneNamed(accepted, left, m.start) ? lastPostOf(links, left, m.start) : undefined;
    if (heir && left0) {
      add({ person: heir, position: left0.position, start: m.start, end: heir.end, reason: "succeeds", cues: [h!] });
      add({ person: left, position: left0.position, start: left.start, end: left.end, reason: "replaced", cues: [former] });
      continue;
    }
    // "A được bầu làm T, thay ông B": the title right before is the one B left.
    const before = titleEndingAt(ctx, indexed().positionEndingAt, tokens[m.start - 1]?.key === "," ? m.start - 1 : m.start);
    if (before && heldVia(links, before)) add({ person: left, position: before, start: before.start, end: left.end, reason: "replaced", cues: [former] });
  }
  handedOver(ctx, indexed, [...byPair.values()], add);
  return [...byPair.values()];
}

/**
 * The title that ends at token `e`, or whose term or dated tenure ends there: "Chủ tịch HĐQT Eximbank nhiệm kỳ VI (2015 -
 * 2020) thay ông B", "Chủ tịch HĐQT Ngân hàng X nhiệm kỳ 2020 - 2025 thay ông B" (B held that title).
 */
function titleEndingAt(ctx: ScanContext, endingAt: ReadonlyMap<number, PositionCandidate>, e: number): PositionCandidate | undefined {
  const at = endingAt.get(e);
  if (at) return at;
  for (let k = e - 1; k > 0 && e - k <= MAX_TENURE_WORDS; k--) {
    const pos = endingAt.get(k);
    if (pos) return tenureEnd(ctx, k) === e ? pos : undefined;
  }
  return undefined;
}

// (Tokens of a term and a dated tenure between a title and "thay": "nhiệm kỳ VI (2015 - 2020)".)
const MAX_TENURE_WORDS = 12;

/**
 * Where the term words ("nhiệm kỳ VI", "khóa XIV"), a date of the tenure ("(2015 - 2020)", "từ năm 2018") and the
 * company it is held at ("tại PNJ") after token `k` end.
 */
function tenureEnd(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  let j = termsEnd(ctx, k);
  for (;;) {
    const t = tokens[j];
    if (!t || t.lineBreakBefore) return j;
    if (ctx.inDate[j] || t.key === "(" || t.key === ")") j++;
    else if (t.key === "từ" && ctx.inDate[j + 1]) j++;
    else if (t.key === "tại" && tokens[j + 1]?.cap) j = capsEnd(ctx, j + 1);
    else return j;
  }
}

/** The end of the capitalized words from k: a company's name written after "tại" ("tại PNJ", "tại Vinamilk"). */
function capsEnd(ctx: ScanContext, k: number): number {
  while (ctx.tokens[k]?.kind === "w" && ctx.tokens[k]!.cap && !ctx.tokens[k]!.lineBreakBefore) k++;
  return k;
}

interface CandidateIndex {
  personAt: Map<number, PersonCandidate>;
  positionAt: Map<number, PositionCandidate>;
  positionEndingAt: Map<number, PositionCandidate>;
}

function indexCandidates(accepted: readonly Candidate[]): CandidateIndex {
  const personAt = new Map<number, PersonCandidate>();
  const positionAt = new Map<number, PositionCandidate>();
  const positionEndingAt = new Map<number, PositionCandidate>();
  for (const c of accepted) {
    if (c.type === "person") personAt.set(c.start, c);
    else if (c.type === "position") {
      positionAt.set(c.start, c);
      positionEndingAt.set(c.end, c);
    }
  }
  return { personAt, positionAt, positionEndingAt };
}

const POST_REF = byRole("post-ref");
const HANDED_TO = byRole("handed-to");
const LEAD = byRole("adverb", "passive");
// How many sentences back the post a "chức vụ này" names is looked for.
const POST_REF_SENTENCES = 2;

/**
 * "Ông X thôi giữ chức Bí thư Thành ủy … Chức vụ này đã được giao cho ông Y": Y is appointed to the
 * last post someone was told to leave in the sentences before (never a post still held: "chức vụ
 * này" after a holding told plainly may be any of them).
 */
function handedOver(ctx: ScanContext, indexed: () => CandidateIndex, links: readonly HoldLink[], add: (l: HoldLink) => void): void {
  const { tokens } = ctx;
  const starts = (POST_REF_STARTS ??= firstKeys("post-ref"));
  for (let k = 0; k < tokens.length; k++) {
    if (!starts.has(tokens[k]!.key)) continue;
    const ref = cueAt(ctx, k, POST_REF);
    if (!ref) continue;
    k = ref.end - 1;
    let j = ref.end;
    for (let m = cueAt(ctx, j, LEAD); m; m = cueAt(ctx, j, LEAD)) {
      if (m.cue.status === "incoming") j = -1; // "sẽ được giao cho": a plan
      if (j < 0) break;
      j = m.end;
    }
    const to = j >= 0 ? cueAt(ctx, j, HANDED_TO) : null;
    const person = to ? leftHolder(ctx, to.end, indexed().personAt) : undefined;
    if (!to || !person || planned(ctx, ref)) continue;
    let from = sentenceStart(ctx, ref.start);
    for (let i = 0; i < POST_REF_SENTENCES && from > 0; i++) from = sentenceStart(ctx, from - 1);
    let left: HoldLink | undefined;
    for (const l of links) if (l.position.start >= from && l.position.end <= ref.start && l.person !== person && leftVia(l) && (!left || l.position.start > left.position.start)) left = l;
    if (!left) continue;
    const cue: CueMatch = { start: to.start, end: to.end, cue: { phrase: to.cue.phrase, role: "event", event: "appointment", subject: "holder" } };
    add({ person, position: left.position, start: ref.start, end: person.end, reason: "handed-over", cues: [cue] });
  }
}

/** The link of the person named as `who` (any mention of that name) whose title ends last before token `at`. */
function lastPostOf(links: readonly HoldLink[], who: PersonCandidate, at: number): HoldLink | undefined {
  let last: HoldLink | undefined;
  let left: HoldLink | undefined;
  let count = 0;
  for (const l of links) {
    if (l.position.end > at || !namedAs(l.person, who)) continue;
    count++;
    if (!last || l.position.end > last.position.end) last = l;
    if (leftVia(l) && (!left || l.position.end > left.position.end)) left = l;
  }
  // (The post told as left; else the one post the person was linked to: "ông X, T1, được điều động làm T2" is not known.)
  return left ?? (count === 1 ? last : undefined);
}

/** Before token `at`, the mentions `who` may name all name one person. */
function oneNamed(accepted: readonly Candidate[], who: PersonCandidate, at: number): boolean {
  let name: string | undefined;
  for (const c of accepted) {
    if (c.start >= at) break;
    if (c.type !== "person" || !namedAs(c, who)) continue;
    if (name !== undefined && name !== c.data.name) return false;
    name = c.data.name;
  }
  return true;
}

/** `p` is the person `who` names: the same name, or a one-syllable reference ("ông An") to a full name ending with it. */
function namedAs(p: PersonCandidate, who: PersonCandidate): boolean {
  if (!who.data.short) return p.data.name === who.data.name;
  return !p.data.short && p.data.name.endsWith(` ${who.data.name}`);
}

/** A link told as left: "thôi giữ chức", "nguyên", a dismissal … */
const leftVia = (l: HoldLink): boolean => l.reason === "replaced" || l.cues.some((m) => m.cue.status === "former");

/** A title someone was linked to by a verb ("được bầu làm T", "giữ chức T"), not as an appositive. */
const heldVia = (links: readonly HoldLink[], post: Candidate): boolean => links.some((l) => l.position === post && l.cues.some((m) => m.cue.role === "holds" || m.cue.role === "event"));

const pairKey = (p: Candidate, t: Candidate): string => `${p.start}:${p.end}|${t.start}:${t.end}`;

/** The person named right after the word (through an address word: "thay ông B"). */
function leftHolder(ctx: ScanContext, k: number, personAt: Map<number, PersonCandidate>): PersonCandidate | undefined {
  const address = longest(ctx, k, "address");
  // ("thay đại tá B nghỉ hưu": the one who left written after a rank.)
  const rank = longest(ctx, k, "title");
  const ranked = rank && rank.entry.info.kind === "rank" ? personAt.get(rank.end) : undefined;
  return personAt.get(address?.end ?? k) ?? personAt.get(k) ?? ranked;
}

/** "sẽ thay", "được giới thiệu thay", "dự kiến thay": not (yet) a succession. */
function planned(ctx: ScanContext, m: CueMatch): boolean {
  const lead = leadCues(ctx, m.start, sentenceStart(ctx, m.start), PLAN);
  return lead.some((c) => c.cue.role === "nomination" || c.cue.status === "incoming");
}

/** The sentence's subject before the word: the nearest person before it, with no other person between. */
function subjectBefore(ctx: ScanContext, at: number, accepted: readonly Candidate[]): PersonCandidate | undefined {
  const from = sentenceStart(ctx, at);
  let found: PersonCandidate | undefined;
  for (const c of accepted) {
    if (c.start >= at) break;
    if (c.start >= from && c.type === "person") found = c;
  }
  return found;
}
