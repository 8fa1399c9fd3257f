/**
 * What one holding says of another of the same person: a post moved on from ("… Phó Hiệu trưởng,
 * khi chuyển sang làm Giám đốc Sở", "Trưởng khoa rồi Phó Hiệu trưởng") was left; a post named in a
 * clause about a time ("Trong thời gian làm Giám đốc Sở Công Thương, bà X, Phó Chủ tịch UBND tỉnh,
 * …") by someone the text gives another post now was held before.
 */
import type { ScanContext } from "../recognizers/context";
import { byRole, cueAt, cueBefore, GIVES_POST, type CueMatch } from "./cues";
import { addressStart, leadCues, tail, type HoldLink } from "./holds";
import { compare } from "./holdings";
import { sentenceStart } from "./sentences";
import { isInterval } from "./tenure-dates";
import { holderNames } from "./context-bodies";
import type { EventLink } from "./tenure-types";
import { work } from "../util/work";
import { normalizeKey } from "../text/normalize";
import { grammarWordList, grammarWords } from "../lexicon/grammar-words";

// Cue filters made once: a byRole call makes an array and a closure, and some of these are asked at every token.
const WHILE_HOLDS_ADVERB_CUES = byRole("while", "holds", "adverb");
const ANY_CUE = (): boolean => true;
const WHILE_CUES = byRole("while");

/** The words of a title, for telling two posts of one person apart. */
const titleKey = (ctx: ScanContext, link: HoldLink): string => {
  // (A known body's spellings are one: "Phó Chủ tịch Chính hiệp Trung Quốc" and "Phó Chủ tịch Hội nghị
  // Hiệp thương chính trị nhân dân toàn quốc Trung Quốc".)
  const d = link.position.data;
  const known = d.orgCandidate?.data.known?.name;
  if (known) return `${d.modifiers.map((m) => m.text).join(" ")} ${d.head.head} ${known}`.trim().toLowerCase();
  return ctx.tokens
    .slice(link.position.start, link.position.end)
    .map((t) => t.key)
    .join(" ");
};

/** "Phó Chủ tịch UBND huyện" and "Phó Chủ tịch UBND huyện Krông Nô" may be one post. */
const samePost = (a: string, b: string): boolean => a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);

const CHAIN_JOINERS = new Set([",", "-", "–"]);
const CAREER = byRole("career");
const SINCE = byRole("since");

/** The title is in a clause about a time in it: "trong thời gian (giữ chức) T", "khi còn là T". */
function inTimeClause(ctx: ScanContext, link: HoldLink, titleStartAt: Map<number, number>): boolean {
  if (link.reason === "while-clause" || link.cues.some((m) => m.cue.role === "while")) return true;
  // "trong thời gian ông X là T", "trong thời kỳ ông X làm T": the clause opens before the name, and a
  // verb of holding joins the name to the title.
  if (!link.prev && link.person.end <= link.position.start && link.cues.some((m) => m.cue.role === "holds") && whileBeforeName(ctx, link)) return true;
  // ("trong thời gian giữ các cương vị T1, T2, T3, bà X …": the whole chain, read back over its commas;
  // "sau khi T1 - T2 X trình bày": over its dashes too.)
  if (link.prev) return inTimeClause(ctx, link.prev, titleStartAt);
  let k = link.position.start;
  for (let s = titleStartAt.get(k - 1); CHAIN_JOINERS.has(ctx.tokens[k - 1]?.key ?? "") && s !== undefined; s = titleStartAt.get(k - 1)) k = s;
  const lead = leadCues(ctx, k, sentenceStart(ctx, k), WHILE_HOLDS_ADVERB_CUES);
  // ("Trước khi làm Bộ trưởng, …": "khi" is a syllable of "trước khi" there, a time before the post.)
  return lead.some((m) => m.cue.role === "while" && (cueBefore(ctx, m.end, ANY_CUE)?.start ?? m.start) >= m.start);
}

/** A "while" cue (link-cues.tsv) right before the link's name, behind its address word ("trong thời gian ông X"). */
export function whileBeforeName(ctx: ScanContext, link: HoldLink): CueMatch | null {
  const k = addressStart(ctx, link.person.start);
  return cueBefore(ctx, k, WHILE_CUES);
}

export function markLeftPosts(ctx: ScanContext, links: HoldLink[], byPerson: Map<string, HoldLink[]>, events: readonly EventLink[]): void {
  markInTurn(links);
  markPromotedFrom(links);
  markMovedFrom(ctx, links, byPerson);
  markPromoted(ctx, byPerson, events);
  markHeldBefore(ctx, links);
  markMovedOn(ctx, byPerson);
  markBeforeStep(ctx, links, byPerson);
}

/**
 * "Ông X là Giám đốc Sở Y tế trước khi được bổ nhiệm làm Phó Chủ tịch UBND tỉnh": a career word with a status that opens
 * a clause of the time before a step (link-cues.tsv career, grammar-words.tsv before-clause: "trước khi") between two
 * titles of one chain gives its status to the office told just before it, in its sentence.
 */
function markBeforeStep(ctx: ScanContext, links: HoldLink[], byPerson: Map<string, HoldLink[]>): void {
  const sorted = new Map<string, HoldLink[]>();
  for (const link of links) {
    if (link.reason !== "appositive-chain") continue;
    const m = link.cues.find((c) => c.cue.role === "career" && c.cue.status && BEFORE_CLAUSE.at(ctx.tokens, c.start) === c.end - c.start);
    if (!m) continue;
    const s = sentenceStart(ctx, m.start);
    // (The person's posts in text order, walked back from the career word to the sentence's start: not all of them for
    // every such word. Of several at one place, the first the person's list gives.)
    const mine = inOrder(byPerson, sorted, link.person.data.name);
    let before: HoldLink | undefined;
    for (let n = firstAtOrAfter(mine, m.start) - 1; n >= 0; n--) {
      const o = mine[n]!;
      work.lookups++;
      if (o.position.start < s || (before && o.position.start < before.position.start)) break;
      if (o.position.end <= m.start) before = o;
    }
    const t = before?.tenure;
    if (!t || t.weight >= 2 || before!.position.data.head.kind !== "office") continue;
    t.status = m.cue.status!;
    t.weight = 2;
  }
}

/**
 * "Ông X lần lượt giữ các chức vụ Phó Giám đốc, Giám đốc Sở Y tế" (link-cues.tsv time in-turn): in a chain of one
 * subject's posts opened by such a cue, each post but the last was left for the next one. A period told for the whole
 * list ("Từ năm 2010 đến 2020, ông lần lượt là T1, T2") begins the first post and ends the last, not each of them.
 */
function markInTurn(links: HoldLink[]): void {
  const next = new Map<HoldLink, HoldLink>();
  for (const link of links) if (link.prev && link.prev.person === link.person) next.set(link.prev, link);
  for (const first of links) {
    if ((first.prev && first.prev.person === first.person) || !next.has(first) || !first.cues.some((m) => m.cue.inTurn)) continue;
    const chain: HoldLink[] = [first];
    for (let l = next.get(first); l; l = next.get(l)) chain.push(l);
    const start = first.tenure?.startDate;
    const end = chain[chain.length - 1]!.tenure?.endDate;
    for (let i = 0; i < chain.length; i++) {
      const t = chain[i]!.tenure;
      if (!t) continue;
      if (i > 0 && start && t.startDate === start) delete t.startDate;
      if (i === chain.length - 1 || t.weight >= 2) continue;
      if (end && t.endDate === end) delete t.endDate;
      delete t.ongoing;
      t.status = "former";
      t.weight = 2;
    }
  }
}

/** When a holding is told to begin (or told at): a point date with its year ("2016", "2020-05"). */
function begunAt(link: HoldLink): string | undefined {
  const t = link.tenure;
  const d = t?.startDate && !isInterval(t.startDate) ? t.startDate : t?.toldAt;
  return d && /^\d{4}/.test(d.value) ? d.value : undefined;
}

/** When a holding told over a span is told to begin: "Từ tháng 5/2015 đến nay, ông là T" (2015-05). */
function intervalBegun(link: HoldLink): string | undefined {
  const d = link.tenure?.startDate;
  const from = d && isInterval(d) ? d.value.split("/")[0] : undefined;
  return from && /^\d{4}/.test(from) ? from : undefined;
}

/**
 * A career told in dated steps: "Năm 2016, ông X được bổ nhiệm Giám đốc Sở Y tế. Tháng 5/2020, ông
 * được bổ nhiệm Giám đốc Sở Tài chính." A post of the same head (Giám đốc, Phó Chủ tịch → Chủ tịch)
 * told to begin earlier than another, later in the text, was left for it; so was an office of a
 * government, ministry, front or agency body under another head (movedAcross). Other posts may be
 * held together (Bí thư Tỉnh ủy and Chủ tịch HĐND tỉnh; Ủy viên …) and are left alone.
 */
function markMovedOn(ctx: ScanContext, byPerson: Map<string, HoldLink[]>): void {
  for (const mine of byPerson.values()) {
    if (mine.length < 2) continue;
    for (const link of mine) {
      const t = link.tenure;
      const at = begunAt(link);
      if (!t || !at || t.status !== "current" || t.weight > 2 || t.ongoing || link.position.data.head.kind !== "office") continue;
      const key = titleKey(ctx, link);
      const s = sentenceStart(ctx, link.position.start);
      const later = mine.find((o) => {
        const when = begunAt(o) ?? intervalBegun(o);
        return (
          o.position.start > link.position.start &&
          sentenceStart(ctx, o.position.start) !== s &&
          (o.position.data.head.head === link.position.data.head.head || movedAcross(link, o) || transferredTo(o) || unitOf(ctx, link, o)) &&
          !heldBeside(o) &&
          !samePost(titleKey(ctx, o), key) &&
          !!when &&
          compare(when, at) > 0
        );
      });
      if (!later) continue;
      t.status = "former";
      t.weight = 2;
    }
  }
}

// Kinds of bodies (organizations.tsv, column kind) whose offices a career holds one after another: a
// minister who becomes Deputy Prime Minister, then chairs the Fatherland Front, has left the ministry.
// (Party, assembly and council posts are held beside them: Bí thư Tỉnh ủy and Chủ tịch HĐND tỉnh.)
const ONE_AT_A_TIME = new Set(["government", "ministry", "front", "agency"]);
const bodyKind = (link: HoldLink): string | undefined => {
  const d = link.position.data;
  return d.orgCandidate?.data.known?.kind ?? d.orgCandidate?.data.kind ?? d.impliedOrg?.known?.kind;
};
/** "Bộ trưởng Bộ GD-ĐT (7/2006)", later "Chủ tịch UB Trung ương MTTQ Việt Nam (9/2013)": offices of
 *  such bodies under other heads, both told to begin then (not titles merely used in dated news:
 *  "Năm 2019, Phó Thủ tướng X …; năm 2020, Bộ trưởng Ngoại giao X …" may be one person's two posts),
 *  the later one not told as held beside ("kiêm"). */
const movedAcross = (earlier: HoldLink, later: HoldLink): boolean =>
  !!earlier.tenure?.startDate &&
  !!later.tenure?.startDate &&
  earlier.position.data.head.kind === "office" &&
  later.position.data.head.kind === "office" &&
  ONE_AT_A_TIME.has(bodyKind(earlier) ?? "") &&
  ONE_AT_A_TIME.has(bodyKind(later) ?? "") &&
  // (Not a ministry's post, then an agency's: the agency may be that ministry's own, headed by one of its deputy
  // ministers: "Thứ trưởng Bộ Công an", then "Tổng cục trưởng Tổng cục Cảnh sát".)
  !(bodyKind(earlier) === "ministry" && bodyKind(later) === "agency") &&
  !heldBeside(later);

/** "Vụ trưởng Vụ Pháp chế Bộ Tư pháp", "Chánh Văn phòng Bộ Tư pháp" (2015), later "Thứ trưởng Bộ Tư pháp" (2020): an office
 *  of a unit (its head leaves out a grammar-words.tsv body-unit word) written with the body of the later office was left
 *  for it, unless the later one is told as held beside ("kiêm"). */
const unitOf = (ctx: ScanContext, earlier: HoldLink, later: HoldLink): boolean => {
  const org = earlier.position.data.head.org;
  if (org.mode !== "elided" || !BODY_UNIT.has(org.word.toLowerCase()) || later.position.data.head.kind !== "office" || heldBeside(later)) return false;
  const o = later.position.data.orgCandidate;
  if (!o) return false;
  const body = ctx.tokens.slice(o.start, o.end).map((t) => t.key).join(" ");
  const key = titleKey(ctx, earlier);
  return key.endsWith(` ${body}`);
};
const BODY_UNIT = grammarWords("body-unit");
const BEFORE_CLAUSE = grammarWordList("before-clause");

/** Told as held beside the posts before ("kiêm": a chain word, or inside the verb, "kiêm nhiệm", "bổ nhiệm kiêm"). */
const heldBeside = (link: HoldLink): boolean => link.cues.some((m) => m.cue.role === "chain" || BESIDE_WORD.test(m.cue.phrase));
// (The word "kiêm" in a cue's phrase: a test, not an array of the phrase's words at every call; markMovedOn asks it of every pair.)
const BESIDE_WORD = /(?:^| )kiêm(?: |$)/u;

/** An office the person is transferred to ("Năm 2021, ông được điều động làm T"): the offices begun before it were left. */
const transferredTo = (link: HoldLink): boolean =>
  link.position.data.head.kind === "office" && (!!link.tenure?.movedBy || link.cues.some((m) => m.cue.moves && m.cue.role === "event"));

/** The subject is told to take the post with a verb ("ông giữ chức", "ông là", "X được bổ nhiệm"). */
const toldByVerb = (link: HoldLink): boolean =>
  (link.reason === "pronoun-then-title" || link.reason === "name-then-title" || (!!link.prev && toldByVerb(link.prev))) && link.cues.concat(link.prev?.cues ?? []).some((m) => m.cue.role === "holds" || m.cue.role === "event");

/** A post told with a verb, one a later post may have replaced: by its subject (toldByVerb; no rank), or an office
 *  in a career chain ("… rồi trở thành Phó Bí thư Thành đoàn"; a seat is kept beside the next post). */
const toldWithVerb = (link: HoldLink): boolean => {
  const kind = link.position.data.head.kind;
  if (toldByVerb(link)) return kind !== "rank";
  return kind === "office" && link.cues.some((m) => m.cue.role === "holds" || m.cue.role === "event");
};

/** "thăng quân hàm từ Đại tá lên Thiếu tướng đối với X": the rank left (holds.ts promotedFrom) is former. */
function markPromotedFrom(links: readonly HoldLink[]): void {
  for (const link of links) {
    const t = link.tenure;
    if (link.reason !== "promoted-from" || !t) continue;
    t.status = "former";
    t.weight = 3;
  }
}

/** "… trở thành Phó Hiệu trưởng …, khi chuyển sang làm Giám đốc Sở": the post told just before in the sentence was left for this one. */
function markMovedFrom(ctx: ScanContext, links: HoldLink[], byPerson: Map<string, HoldLink[]>): void {
  const sorted = new Map<string, HoldLink[]>();
  for (const link of links) {
    const s = sentenceStart(ctx, link.position.start);
    // ("… giám đốc Sở Khoa học. Sau đó, ông giữ chức phó chủ tịch …": a sentence opened by "sau đó" moves on
    // from the post told in the sentence before.
    // Only a post its subject is told to take with a verb ("ông giữ chức", "ông là"): "Sau đó, tại Cửa
    // khẩu, Thượng tướng X, …, làm Trưởng đoàn" is a story going on.)
    // ("UBND tỉnh điều động ông X, Chủ tịch UBND huyện, giữ chức …": a transfer leaves an office, not a seat or a rank.)
    // ("được điều động, bổ nhiệm giữ chức T": the transfer's word in the link's cues, the event read from the next one.)
    const transfer = !!link.tenure?.movedBy || link.cues.some((m) => m.cue.moves && m.cue.role === "event");
    const inLink = link.cues.some((m) => m.cue.moves) || transfer;
    // ("Sau đó, ông được điều động làm T": a sentence opened by "sau đó" whose subject is told the post with a verb.)
    const openedBy = toldByVerb(link) && s > 0 && !!cueAt(ctx, s, CAREER)?.cue.moves;
    if (!openedBy && !inLink) continue;
    // (In the link's own sentence, the post told just before it; opened by "sau đó", else the post told with a verb in
    // the sentence before: "… rồi trở thành Phó Bí thư Thành đoàn. Sau đó ông trở thành Bí thư Thành đoàn"; no rank is
    // left for a post.)
    // (The person's posts in text order, walked back from `to`: only those of the sentence or two read, not all of them
    // for every post that moves.)
    const mine = inOrder(byPerson, sorted, link.person.data.name);
    const latest = (from: number, to: number, told: boolean): HoldLink | undefined => {
      let before: HoldLink | undefined;
      for (let n = firstAtOrAfter(mine, to) - 1; n >= 0; n--) {
        const other = mine[n]!;
        const at = other.position.start;
        work.lookups++;
        // (Of several at one place, the first the person's list gives, as a walk forward keeping the latest would.)
        if (at < from || (before && at < before.position.start)) break;
        if (told && !toldWithVerb(other)) continue;
        if (transfer && other.position.data.head.kind !== "office") continue;
        // (A post leaves no rank, nor a rank a post: "Thiếu tướng X, nay là Giám đốc Công an tỉnh".)
        if ((link.position.data.head.kind === "rank") !== (other.position.data.head.kind === "rank")) continue;
        before = other;
      }
      return before;
    };
    // (Only for a post taken: "Sau đó, Bộ Chính trị phân công ông X thôi giữ chức T" leaves T, not the post before.)
    const back = openedBy && link.tenure?.status !== "former";
    const before = (inLink ? latest(s, link.position.start, false) : undefined) ?? (back ? latest(sentenceStart(ctx, s - 1), s, true) : undefined) ?? (inLink ? rankOfTarget(mine, link) : undefined);
    // ("Ông X là A, B rồi C": a career word joins the chain; the offices listed before it with commas alone were left too.)
    if (before && link.prev === before && link.cues.some((m) => m.cue.role === "career" && m.cue.moves)) {
      // (Joined by commas alone: no career word or verb between a title and the next one.)
      for (let q = before, p = before.prev; p && p.person === link.person && q.cues.every((m) => m.cue.role === "chain" || m.cue.role === "and"); q = p, p = p.prev) {
        const pt = p.tenure;
        if (!pt || pt.weight >= 2 || p.position.data.head.kind !== "office") continue;
        pt.status = "former";
        pt.weight = 2;
      }
    }
    const t = before?.tenure;
    // ("thăng quân hàm từ Thiếu tướng lên Trung tướng": "từ T1" right before the word that moves to T2 names the post
    // left, whatever the words before T1 said of it.)
    if (!t || (t.weight >= 2 && !(t.weight < 3 && (fromThenMoves(ctx, before!, link) || before === rankOfTarget(mine, link))))) continue;
    t.status = "former";
    t.weight = 2;
    t.endDate ??= link.tenure!.startDate;
  }
}

/** "thăng cấp bậc hàm Thiếu tướng đối với Đại tá X": a rank given to the name after it, the holder's rank written right
 *  before that name is the one left. */
function rankOfTarget(mine: readonly HoldLink[], link: HoldLink): HoldLink | undefined {
  if (link.reason !== "title-then-holder" || link.position.data.head.kind !== "rank" || !link.cues.some((m) => m.cue.moves)) return undefined;
  return mine.find((o) => o !== link && o.position.data.head.kind === "rank" && o.position.start > link.position.end && o.position.end === link.person.start);
}

/** "từ T1 lên T2": `before`'s title right after "từ" (link-cues.tsv since), and right before the moving word that leads to `link`'s. */
function fromThenMoves(ctx: ScanContext, before: HoldLink, link: HoldLink): boolean {
  const end = tail(ctx, before.position);
  return cueBefore(ctx, before.position.start, SINCE)?.end === before.position.start && link.cues.some((m) => m.cue.moves && m.start === end && m.end === link.position.start);
}

/** A person's links by where their titles start (a stable sort: the list's order among equals), made once. */
function inOrder(byPerson: Map<string, HoldLink[]>, sorted: Map<string, HoldLink[]>, name: string): HoldLink[] {
  let list = sorted.get(name);
  if (!list) sorted.set(name, (list = [...(byPerson.get(name) ?? [])].sort((a, b) => a.position.start - b.position.start)));
  return list;
}

/** The index of the first link of `list` (by title start) whose title starts at or after `at`. */
function firstAtOrAfter(list: readonly HoldLink[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.position.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Values by a post's head and body key, for `samePost` asked of many at once: a body key matches the same key, a
 * shorter one it extends by words ("sở nội vụ" of "sở nội vụ tỉnh nghệ an") or a longer one that extends it.
 */
class ByPost<T> {
  private readonly exact = new Map<string, T[]>();
  /** A head and a proper word prefix of a key → the keys it begins. */
  private readonly longer = new Map<string, string[]>();

  add(head: string, body: string, v: T): void {
    const k = `${head}\u0001${body}`;
    const list = this.exact.get(k);
    if (list) return void list.push(v);
    this.exact.set(k, [v]);
    for (let i = body.indexOf(" "); i >= 0; i = body.indexOf(" ", i + 1)) {
      const p = `${head}\u0001${body.slice(0, i)}`;
      const keys = this.longer.get(p);
      if (keys) keys.push(k);
      else this.longer.set(p, [k]);
    }
  }

  /** The lists of values whose body key is the same post as `body` under `head`. */
  matching(head: string, body: string): T[][] {
    const out: T[][] = [];
    const k = `${head}\u0001${body}`;
    const same = this.exact.get(k);
    if (same) out.push(same);
    for (let i = body.indexOf(" "); i >= 0; i = body.indexOf(" ", i + 1)) {
      const shorter = this.exact.get(`${head}\u0001${body.slice(0, i)}`);
      if (shorter) out.push(shorter);
    }
    for (const l of this.longer.get(k) ?? []) out.push(this.exact.get(l)!);
    work.lookups += out.length + 1;
    return out;
  }
}

const isDeputy = (link: HoldLink): boolean => link.position.data.modifiers.some((m) => m.meaning === "deputy");
/** The body a post is of, as written ("sở nội vụ") or as the gazetteer knows it. */
const bodyKey = (ctx: ScanContext, link: HoldLink): string | undefined => {
  const o = link.position.data.orgCandidate;
  if (!o) return undefined;
  return o.data.known?.name.toLowerCase() ?? ctx.tokens.slice(o.start, o.end).map((t) => t.key).join(" ");
};

/**
 * "Ông X, Phó Giám đốc Sở Nội vụ, được bổ nhiệm giữ chức Giám đốc Sở Nội vụ": a deputy post written before the head
 * post of the same body the person is appointed or elected to was left for it (no one is deputy to themselves).
 */
function markPromoted(ctx: ScanContext, byPerson: Map<string, HoldLink[]>, events: readonly EventLink[]): void {
  markFullMember(ctx, byPerson);
  markDeputyMoved(ctx, byPerson, events);
  const deputies = new Map<string, ByPost<DeputyGroup>>();
  for (const e of events) {
    const to = e.link;
    // (Not an acting head: "Phó Chủ tịch UBND huyện, được giao quyền Chủ tịch UBND huyện" stays deputy meanwhile.)
    if (!GIVES_POST.has(e.type) || e.renews || isDeputy(to) || to.position.data.head.kind !== "office" || to.tenure?.status === "acting") continue;
    const body = bodyKey(ctx, to);
    if (!body) continue;
    // (The person's deputy posts by head and body, each group in text order and passed once: a deputy post before this
    // one is marked now or already was, so no event reads it again.)
    let posts = deputies.get(to.person.data.name);
    if (!posts) deputies.set(to.person.data.name, (posts = deputyPosts(ctx, byPerson.get(to.person.data.name) ?? [])));
    for (const [group] of posts.matching(to.position.data.head.head, body)) {
      const { links } = group!;
      for (; group!.next < links.length && links[group!.next]!.position.start < to.position.start; group!.next++) {
        work.lookups++;
        const t = links[group!.next]!.tenure!;
        if (t.weight >= 2) continue;
        t.status = "former";
        t.weight = 2;
        t.endDate ??= to.tenure?.startDate;
      }
    }
  }
}

interface DeputyGroup {
  links: HoldLink[];
  /** The first link not yet passed. */
  next: number;
}

/** A person's deputy posts with a tenure and a body, by head and body, in text order. */
function deputyPosts(ctx: ScanContext, mine: readonly HoldLink[]): ByPost<DeputyGroup> {
  const groups = new Map<string, DeputyGroup>();
  const posts = new ByPost<DeputyGroup>();
  work.lookups += mine.length;
  for (const o of mine) {
    if (!o.tenure || !isDeputy(o)) continue;
    const body = bodyKey(ctx, o);
    if (!body) continue;
    const head = o.position.data.head.head;
    const k = `${head}\u0001${body}`;
    const g = groups.get(k);
    if (g) g.links.push(o);
    else {
      const made = { links: [o], next: 0 };
      groups.set(k, made);
      posts.add(head, body, made);
    }
  }
  for (const g of groups.values()) g.links.sort((a, b) => a.position.start - b.position.start);
  return posts;
}

/**
 * "Đại tá X, Phó Tham mưu trưởng Quân khu 5 được bổ nhiệm giữ chức Phó Tư lệnh Quân khu 5": a deputy post of the same
 * body under another head, told in the sentence that gives the new deputy post, was left for it (one deputy's office of a
 * body for another's). Not a post renewed ("tái đắc cử"), nor a deputy post of another body.
 */
function markDeputyMoved(ctx: ScanContext, byPerson: Map<string, HoldLink[]>, events: readonly EventLink[]): void {
  for (const e of events) {
    const to = e.link;
    if (!GIVES_POST.has(e.type) || e.renews || !isDeputy(to) || to.position.data.head.kind !== "office" || to.tenure?.status === "acting") continue;
    const body = bodyKey(ctx, to);
    if (!body) continue;
    const s = sentenceStart(ctx, to.position.start);
    for (const o of byPerson.get(to.person.data.name) ?? []) {
      work.lookups++;
      const t = o.tenure;
      if (!t || t.weight >= 2 || o === to || !isDeputy(o) || o.position.start >= to.position.start || o.position.start < s) continue;
      if (normalizeKey(o.position.data.head.head) === normalizeKey(to.position.data.head.head) || bodyKey(ctx, o) !== body) continue;
      t.status = "former";
      t.weight = 2;
      t.endDate ??= to.tenure?.startDate;
    }
  }
}

const isAlternate = (link: HoldLink): boolean => link.position.data.modifiers.some((m) => m.meaning === "alternate");

/**
 * "Ủy viên dự khuyết Trung ương Đảng khóa XI; Ủy viên Trung ương Đảng khóa XII": an alternate seat of a body the same
 * person is told to hold a full seat of was left for it (an alternate only ever moves up), wherever the text tells it.
 */
function markFullMember(ctx: ScanContext, byPerson: Map<string, HoldLink[]>): void {
  for (const mine of byPerson.values()) {
    // (The full seats by head and body, made at the person's first alternate seat: not all the posts for each.)
    let full: ByPost<HoldLink> | undefined;
    for (const o of mine) {
      const t = o.tenure;
      if (!t || t.weight >= 2 || !isAlternate(o)) continue;
      const body = bodyKey(ctx, o);
      if (!body) continue;
      if (!full) {
        full = new ByPost<HoldLink>();
        work.lookups += mine.length;
        for (const f of mine) {
          const b = !isAlternate(f) && !isDeputy(f) ? bodyKey(ctx, f) : undefined;
          if (b) full.add(f.position.data.head.head, b, f);
        }
      }
      if (!full.matching(o.position.data.head.head, body).length) continue;
      t.status = "former";
      t.weight = 2;
    }
  }
}

/**
 * A post in a clause about a time, held by someone the text names with another post as plain
 * current news: the time told is before now ("Trong thời gian làm Chủ tịch PVN, ông Thăng, nay Phó
 * ban …"). Not when the same post is also told as current ("Trong thời gian giữ chức Phó Chủ tịch
 * UBND huyện, ông Ánh, Phó Chủ tịch UBND huyện, …").
 */
function markHeldBefore(ctx: ScanContext, links: HoldLink[]): void {
  // Where the title ending before a comma at token k starts: "T1, T2" read back from T2.
  const titleStartAt = new Map<number, number>();
  for (const l of links) titleStartAt.set(l.position.end, l.position.start);
  const timed = new Set(links.filter((l) => inTimeClause(ctx, l, titleStartAt)));
  // The posts each person is told to hold now, once per person.
  // (By full name: "ông Thăng" is the "Đinh La Thăng" named before.)
  const holder = holderNames(links);
  const nowOf = new Map<string, Set<string>>();
  for (const o of links) {
    if (o.tenure?.status !== "current" || timed.has(o)) continue;
    const set = nowOf.get(holder(o)) ?? new Set<string>();
    nowOf.set(holder(o), set.add(titleKey(ctx, o)));
  }
  for (const link of links) {
    const t = link.tenure;
    if (!t || t.weight > 1 || t.status === "former" || !timed.has(link)) continue;
    const key = titleKey(ctx, link);
    const now = nowOf.get(holder(link));
    if (!now?.size || [...now].some((o) => samePost(o, key))) continue;
    t.status = "former";
    t.weight = 1;
  }
}
