/**
 * Who holds which position, from the way Vietnamese news writes it:
 *  - title before name: "Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Ủy viên Bộ Chính trị, Bí thư Thành ủy X";
 *  - name then appositive titles: "Nguyễn Xuân Phúc, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ;"
 *    "ông X - Chủ tịch UBND xã Y", "ông X (Giám đốc …)";
 *  - connectors: "ông X được bầu giữ chức Y", "bổ nhiệm ông X làm Y", "ông X, nguyên …".
 * Precision first: a title claimed by the name right after it is never given to the name before it,
 * and chains stop at ";", ".", a line break or any word that is not a connector.
 */
import { has, longest, type Candidate, type ScanContext } from "../recognizers/context";

export interface HoldLink {
  person: Candidate;
  position: Candidate;
  /** Token span of the evidence. */
  start: number;
  end: number;
  reason: string;
  /** The same span in characters of the normalized text, once the chunk is done. */
  cs?: number;
  ce?: number;
}

// Words that may stand between a name and the title it holds.
const CONNECTOR_WORDS = new Set([
  "là", "hiện", "giữ", "chức", "chức vụ", "được", "bầu", "làm", "bổ", "nhiệm", "phân", "công", "đảm", "nhận", "nhiệm", "vụ",
  "tân", "đương", "kim", "cũng", "vừa", "đã", "tục", "tái", "trúng", "cử", "đắc", "quyền", "kiêm", "đồng", "thời",
  // Past and changed posts count too (the text says the person held them): "thôi giữ chức …
  // về nhận nhiệm vụ …", "chính thức làm …", "sẽ làm …".
  "thôi", "về", "chính", "thức", "sẽ", "trở", "thành", "lại", "chuyển", "sang",
]);
// Between two titles of one chain.
const CHAIN_WORDS = new Set([",", "kiêm", "đồng", "thời", "là", "và", "-"]);
const OPENERS = new Set([",", "-", "(", ":"]);
// Punctuation and words of career lists, between a name and its titles or between two titles.
const LIST_WORDS = new Set(["(", ")", ";", ":", "-", "từng", "các", "những", "từ", "đến", "năm", "giai", "đoạn", "sau", "đó", "rồi", "trước", "khi"]);
const OBJECT_MARKERS = new Set(["của", "theo", "với", "cho", "tới", "đến", "thay", "gặp", "tiếp", "thăm", "và"]);

/** Keys of the tokens in [a, b), without those of date mentions when `skipDates`. */
function gapTokens(ctx: ScanContext, a: number, b: number, skipDates = false): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) if (!skipDates || !ctx.inDate[k]) out.push(ctx.tokens[k]!.key);
  return out;
}

function lineBreakIn(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a + 1; k <= b && k < ctx.tokens.length; k++) if (ctx.tokens[k]!.lineBreakBefore) return true;
  return false;
}

/** A name right after a title, possibly behind an address word or ", ông". */
function titleThenName(ctx: ScanContext, pos: Candidate, next: Candidate | undefined): boolean {
  if (!next || next.type !== "person") return false;
  if (lineBreakIn(ctx, pos.end - 1, next.start)) return false;
  if (next.start === pos.end) return true;
  // "Bộ trưởng Bộ Y tế, bà Nguyễn Thị Kim Tiến", "Chủ tịch Hội … là bà Trương Thị Mai": only
  // address words (one comma or dash, one "là") between.
  let commas = 0;
  let words = 0;
  let copula = 0;
  for (let k = pos.end; k < next.start; k++) {
    const t = ctx.tokens[k]!;
    if (t.key === "," || t.key === "-") commas++;
    else if (t.key === "là" && k === pos.end) copula++;
    else if (has(ctx, k, "address")) words++;
    else if (!(k > pos.end && longest(ctx, k - 1, "address", (_e, end) => end > k))) return false; // the second syllable of "đồng chí"
  }
  return commas <= 1 && copula <= 1 && words >= 1 && words <= 2 && next.reason === "address+name";
}

const lastSyllable = (name: unknown): string => {
  const s = String(name);
  return s.slice(s.lastIndexOf(" ") + 1);
};

/** persons[from, to) are one person, by the last syllable of their names (and there is one). */
function onePerson(persons: readonly Candidate[], from = 0, to = persons.length): boolean {
  if (from >= to) return false;
  const name = lastSyllable(persons[to - 1]!.data.name);
  for (let q = from; q < to - 1; q++) if (lastSyllable(persons[q]!.data.name) !== name) return false;
  return true;
}

/**
 * "ông"/"bà" used as a pronoun ("ông được phân công làm …", "Ông từng giữ …"): it stands for the
 * person last named, but only when no other person was named since the sentence before.
 */
function pronouns(ctx: ScanContext, seq: Candidate[]): Array<{ person: Candidate; at: number; end: number; pronoun: true }> {
  const out: Array<{ person: Candidate; at: number; end: number; pronoun: true }> = [];
  const persons = seq.filter((c) => c.type === "person");
  if (!persons.length) return out;
  const { tokens } = ctx;
  // The last three sentence starts (s0 oldest): the window reaches back three sentences. Indices
  // into `persons` instead of shifting arrays: this loop visits every token.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let p = 0; // persons[p] is the first person not yet ending before k
  let w = 0; // persons[w..p) is the window
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lineBreakBefore || (k > 0 && tokens[k - 1]!.key === ".")) {
      s0 = s1;
      s1 = s2;
      s2 = k;
    }
    while (p < persons.length && persons[p]!.end <= k) p++;
    while (w < p && persons[w]!.start < s0) w++;
    if (t.key !== "ông" && t.key !== "bà") continue;
    const next = tokens[k + 1];
    if (!next || next.kind !== "w" || next.cap) continue;
    // Only when the window names one person.
    if (!onePerson(persons, w, p)) continue;
    out.push({ person: persons[p - 1]!, at: k, end: k + 1, pronoun: true });
  }
  return out;
}

/** The word before the person (or before the title right before it) makes the person an object. */
function objectLead(ctx: ScanContext, seq: Candidate[], person: Candidate): boolean {
  let start = person.start;
  const i = seq.indexOf(person);
  const prev = seq[i - 1];
  if (prev && prev.type === "position" && prev.end === person.start) start = prev.start;
  const lead = ctx.tokens[start - 1];
  return !!lead && (OBJECT_MARKERS.has(lead.key) || lead.key === "mặt" || lead.key === "về");
}

/** A title with nothing after it but a verb: the subject of a new clause ("Chủ tịch Quốc hội cho rằng"). */
function startsClause(ctx: ScanContext, pos: Candidate): boolean {
  const next = ctx.tokens[pos.end];
  return !!next && next.kind === "w" && !next.cap;
}

export function findHolds(ctx: ScanContext, items: Candidate[]): HoldLink[] {
  const links: HoldLink[] = [];
  const claimed = new Set<Candidate>();
  // Persons and positions in text order (other mentions are barriers between them).
  const seq = items.filter((c) => c.type === "person" || c.type === "position" || c.type === "organization" || c.type === "location" || c.type === "date");

  // 0. A plural title before a list of names: "các Phó Thủ tướng Trịnh Đình Dũng, Vũ Đức Đam, Vương Đình Huệ".
  for (let n = 0; n < seq.length; n++) {
    const pos = seq[n]!;
    if (pos.type !== "position" || !pos.data.plural) continue;
    let m = n + 1;
    let left = pos.end;
    while (m < seq.length && seq[m]!.type === "person") {
      const person = seq[m]!;
      const gap = gapTokens(ctx, left, person.start);
      if (gap.length > 1 || (gap.length === 1 && gap[0] !== "," && gap[0] !== "và") || lineBreakIn(ctx, left - 1, person.start)) break;
      links.push({ person, position: pos, start: pos.start, end: person.end, reason: "plural-title-before-names" });
      left = person.end;
      m++;
    }
    claimed.add(pos);
  }

  // 1. Title (chain) before a name; "… Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) Nguyễn
  //    Thanh Bình": an alias in parentheses between them is passed over.
  for (let n = 0; n < seq.length; n++) {
    const pos = seq[n]!;
    if (pos.type !== "position" || claimed.has(pos)) continue;
    let next = seq[n + 1];
    if (next?.type === "organization" && ctx.tokens[pos.end]?.key === "(" && next.start === pos.end + 1 && ctx.tokens[next.end]?.key === ")" && seq[n + 2]?.start === next.end + 1) {
      next = seq[n + 2];
      if (next?.type === "person") {
        links.push({ person: next, position: pos, start: pos.start, end: next.end, reason: "title-before-name" });
        claimed.add(pos);
        continue;
      }
    }
    if (!titleThenName(ctx, pos, next)) continue;
    const person = next!;
    links.push({ person, position: pos, start: pos.start, end: person.end, reason: "title-before-name" });
    claimed.add(pos);
    // Earlier titles joined by "," or "kiêm": "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải".
    let m = n - 1;
    let right = pos;
    while (m >= 0) {
      const prev = seq[m]!;
      if (prev.type !== "position" || claimed.has(prev)) break;
      const gap = gapTokens(ctx, prev.end, right.start);
      if (gap.length > 2 || !gap.every((g) => CHAIN_WORDS.has(g)) || lineBreakIn(ctx, prev.end - 1, right.start)) break;
      // "… của Thủ tướng Chính phủ, Bộ trưởng X": a title after a preposition is someone else's.
      const lead = ctx.tokens[prev.start - 1];
      if (lead && OBJECT_MARKERS.has(lead.key)) {
        break;
      }
      // If a name stands just before the chain, the chain is that name's appositive: leave it.
      const before = seq[m - 1];
      if (before?.type === "person" && gapTokens(ctx, before.end, prev.start).every((g) => OPENERS.has(g) || CONNECTOR_WORDS.has(g))) break;
      links.push({ person, position: prev, start: prev.start, end: person.end, reason: "title-chain-before-name" });
      claimed.add(prev);
      right = prev;
      m--;
    }
  }

  // 2. Name (or a pronoun standing for it), then appositive titles: "X, T1, T2;" "X - T1",
  // "X (T1)", "X được bầu giữ chức T1", "ông Thăng từng giữ các chức vụ: T1 (2006-2011), T2 …".
  const subjects: Array<{ person: Candidate; at: number; end: number; pronoun: boolean }> = [];
  for (const c of seq) if (c.type === "person") subjects.push({ person: c, at: c.start, end: c.end, pronoun: false });
  for (const p of pronouns(ctx, seq)) subjects.push(p);
  subjects.sort((a, b) => a.at - b.at);
  let first0 = 0;
  for (const subj of subjects) {
    const { person } = subj;
    // Subjects come in text order: the first item after the subject only moves forward.
    while (first0 < seq.length && seq[first0]!.start < subj.end) first0++;
    let n = first0;
    if (n >= seq.length) continue;
    let leftEnd = subj.end;
    let first = true;
    for (; n < seq.length; n++) {
      const item = seq[n]!;
      // Dates inside a career list are passed over: "Bí thư Thành ủy (2016-2017), Ủy viên …".
      if (item.type === "date") continue;
      // "ông được Bộ Chính trị phân công làm …": an organization after "được" is the agent.
      if (first && item.type === "organization" && ctx.tokens[leftEnd]?.key === "được") continue;
      if (item.type !== "position" || claimed.has(item)) break;
      if (lineBreakIn(ctx, leftEnd - 1, item.start)) break;
      const gap = gapTokens(ctx, leftEnd, item.start, true);
      let ok: boolean;
      if (first) {
        ok = gap.length > 0 && gap.length <= 9 && (OPENERS.has(gap[0]!) || CONNECTOR_WORDS.has(gap[0]!)) && gap.every((g) => OPENERS.has(g) || CONNECTOR_WORDS.has(g) || LIST_WORDS.has(g));
        if (subj.pronoun) ok = ok && !OPENERS.has(gap[0]!);
      } else {
        ok = gap.length <= 4 && gap.every((g) => CHAIN_WORDS.has(g) || LIST_WORDS.has(g) || CONNECTOR_WORDS.has(g));
      }
      if (!ok) break;
      // A title followed by its own name belongs to that name (handled above).
      if (titleThenName(ctx, item, seq[n + 1])) break;
      // "… của Phó Thủ tướng X, Chủ tịch Quốc hội cho rằng": after a name that is an object, a bare
      // title and then a verb start a new clause with another subject.
      // (Only after a comma: "X - T", "X (T)" are appositives whatever follows.)
      if (first && !subj.pronoun && gap[0] === "," && objectLead(ctx, seq, person) && startsClause(ctx, item)) break;
      const reason = subj.pronoun ? "pronoun-then-title" : first ? "name-then-title" : "appositive-chain";
      links.push({ person, position: item, start: subj.at, end: item.end, reason });
      claimed.add(item);
      leftEnd = item.end;
      first = false;
    }
  }
  // 4. A biography form: "Họ và tên: TRẦN THANH MẪN … Tóm tắt quá trình công tác: + Tháng 7.1979 –
  //    6.1994: Cán bộ Huyện đoàn, Ủy viên …": every title after the named person is that person's,
  //    until another person is named.
  for (let n = 0; n < seq.length; n++) {
    const person = seq[n]!;
    if (person.type !== "person" || !bioHeader(ctx, person.start)) continue;
    const key = String(person.data.name).toLowerCase();
    for (let m = n + 1; m < seq.length; m++) {
      const item = seq[m]!;
      if (item.type === "person" && String(item.data.name).toLowerCase() !== key) break;
      if (item.type !== "position" || claimed.has(item) || item.data.plural) continue;
      links.push({ person, position: item, start: item.start, end: item.end, reason: "biography" });
      claimed.add(item);
    }
  }

  // 3. One person in the sentence, and the title introduced by an appointment word: "… kỷ luật
  //    ông X bằng hình thức cảnh cáo và cho thôi giữ chức Ủy viên Bộ Chính trị", "Trước đó, ông X
  //    có 20 năm công tác …; 3 năm làm Phó bí thư Tỉnh ủy Y". Never for nominations.
  for (let n = 0; n < seq.length; n++) {
    const pos = seq[n]!;
    if (pos.type !== "position" || claimed.has(pos) || pos.data.plural || !appointmentCue(ctx, pos.start)) continue;
    const from = sentenceStart(ctx, pos.start);
    if (nominationIn(ctx, from, pos.start)) continue;
    const persons = seq.filter((c) => c.type === "person" && c.start >= from && c.end <= pos.start);
    if (!onePerson(persons)) continue;
    const person = persons[persons.length - 1]!;
    links.push({ person, position: pos, start: person.start, end: pos.end, reason: "sentence-subject" });
    claimed.add(pos);
  }
  return links;
}

/** "Họ và tên:" (or "Họ tên:") right before the name. */
function bioHeader(ctx: ScanContext, start: number): boolean {
  const t = (k: number) => ctx.tokens[k]?.key;
  return t(start - 1) === ":" && t(start - 2) === "tên" && (t(start - 3) === "họ" || (t(start - 3) === "và" && t(start - 4) === "họ"));
}

const CUE_WORDS = new Set(["làm", "là", "chức", "vụ", "giữ"]);

/** "… giữ chức T", "… làm T", "… là T", "… chức vụ T" right before the title. */
function appointmentCue(ctx: ScanContext, start: number): boolean {
  const prev = ctx.tokens[start - 1];
  return !!prev && CUE_WORDS.has(prev.key) && !prev.cap;
}

const SENTENCE_END = new Set([".", "!", "?"]);

function sentenceStart(ctx: ScanContext, k: number): number {
  let i = k - 1;
  while (i > 0 && !ctx.tokens[i]!.lineBreakBefore && !SENTENCE_END.has(ctx.tokens[i - 1]!.key)) i--;
  return Math.max(0, i);
}

/** "giới thiệu", "hiệp thương", "đề cử", "ứng cử", "dự kiến": the title is only proposed. */
function nominationIn(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a; k < b - 1; k++) {
    const pair = `${ctx.tokens[k]!.key} ${ctx.tokens[k + 1]!.key}`;
    if (pair === "giới thiệu" || pair === "hiệp thương" || pair === "đề cử" || pair === "ứng cử" || pair === "dự kiến" || pair === "đề nghị") return true;
  }
  return false;
}
