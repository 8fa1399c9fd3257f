/**
 * The dates that qualify a holding, read on the tokens of one chunk: terms after a title ("khóa XI,
 * XII", "nhiệm kỳ 2015 - 2020"), a date right after it ("(2016-2017)", "từ năm 2016", "vào ngày
 * 5/1"), the date opening its clause or list entry ("Từ 1954 đến 1960, đồng chí là …"), and the date
 * that a sentence which carries on an earlier one ("Theo đó, …") takes from it.
 */
import type { DateSpan } from "../dates/types";
import { has, type Candidate, type ScanContext } from "../recognizers/context";
import { isTermNumber, termsEnd } from "../recognizers/terms";
import { byRole, cueAt, cueBefore, type CueMatch } from "./cues";
import { sentenceStart } from "./sentences";
import { grammarWords } from "../lexicon/grammar-words";

// Cue filters made once: a byRole call makes an array and a closure, and some of these are asked at every token.
const SINCE_UNTIL_AT_TIME_CUES = byRole("since", "until", "at-time");
const SINCE_AT_TIME_CUES = byRole("since", "at-time");
const UNTIL_CUES = byRole("until");
const AGE_BEFORE_CUES = byRole("age-before");
const SINCE_UNTIL_CUES = byRole("since", "until");

/** How a date written after a title qualifies it. */
export interface DateAfter {
  date: DateSpan;
  role: "interval" | "since" | "until" | "bare";
  paren: boolean;
}

/** The date opening a clause or entry, and whether "từ" came before it. */
export interface ClauseDate {
  date: DateSpan;
  since: boolean;
}

// Units of a length of time told before the dates of a holding ("trong 32 năm, từ năm 1955 …").
const DURATION_UNITS = grammarWords("duration-unit");
// Words that count the terms between a title and "nhiệm kỳ" ("trong hai nhiệm kỳ …").
const TERM_COUNT = grammarWords("term-count");
// What may stand right before a date that opens a dated segment.
const SEGMENT_OPEN = new Set(["+", "-", "–", "•", "*", ":", ";", ","]);

/** A period with two ends ("2016-2017"); a fuzzy one ("đầu tháng 2/2016") stands for a point. */
export const isInterval = (d: DateSpan): boolean => d.value.includes("/") && !d.fuzzy;
/** "từ tháng 10/2016 đến nay": begun, not ended (its value ends at the reference date). */
export const isOpenEnded = (d: DateSpan): boolean => d.reason === "until-now";

/** For each token, the date mention it is in (dates are character spans of the normalized text). */
function datesByToken(ctx: ScanContext, dates: DateSpan[]): Array<DateSpan | undefined> {
  // Filled, not holey: reading a hole looks up the prototype chain, and this is read at every token.
  const out: Array<DateSpan | undefined> = new Array<DateSpan | undefined>(ctx.tokens.length).fill(undefined);
  let d = 0;
  for (let k = 0; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    while (d < dates.length && dates[d]!.end <= t.start) d++;
    if (d < dates.length && dates[d]!.start <= t.start && t.end <= dates[d]!.end) out[k] = dates[d];
  }
  return out;
}

export class TenureDates {
  readonly dateAt: Array<DateSpan | undefined>;
  private readonly segments: Array<ClauseDate | undefined>;
  private lastDate: Array<DateSpan | undefined> | undefined;
  private readonly bySentence = new Map<number, Array<{ d: DateSpan; k: number }>>();

  constructor(
    private readonly ctx: ScanContext,
    dates: DateSpan[],
  ) {
    this.dateAt = datesByToken(ctx, dates);
    this.segments = dates.length ? this.readSegments() : new Array<ClauseDate | undefined>(ctx.tokens.length).fill(undefined);
  }

  /** The last point date at or before each token, read once, when first asked (only events ask). */
  private lastDates(): Array<DateSpan | undefined> {
    if (this.lastDate) return this.lastDate;
    const { tokens } = this.ctx;
    const lastDate = new Array<DateSpan | undefined>(tokens.length).fill(undefined);
    let last: DateSpan | undefined;
    for (let j = 0; j < tokens.length; j++) {
      const d = this.dateAt[j];
      if (d && this.firstOf(d, j) && d.value && !isInterval(d) && !this.isTermDate(j)) last = d;
      lastDate[j] = last;
    }
    return (this.lastDate = lastDate);
  }

  /** Token k starts the date mention it is in. */
  firstOf(d: DateSpan | undefined, k: number): boolean {
    return !!d && (k === 0 || this.dateAt[k - 1] !== d);
  }

  /** Token k opens "nhiệm kỳ" (k may be past the chunk's last token: "… Thường trực 0" at the text's end). */
  private isTermDate(k: number): boolean {
    return this.ctx.tokens[k]?.key === "nhiệm" && this.ctx.tokens[k + 1]?.key === "kỳ";
  }

  /** "Ủy viên Bộ Chính trị khóa XI, XII" → "XI, XII"; "(nhiệm kỳ 2015 - 2020)" → "2015–2020". */
  termAfter(pos: Candidate): string | undefined {
    const { tokens } = this.ctx;
    const end = termsEnd(this.ctx, pos.end);
    if (end > pos.end) {
      const nums: string[] = [];
      // (Not a count of terms: "4 khóa (X, XI, XII, XIII)".)
      for (let k = pos.end; k < end; k++) if (isTermNumber(tokens[k]!.key) && tokens[k + 1]?.key !== "khóa") nums.push(tokens[k]!.cased);
      return nums.join(", ");
    }
    let k = end;
    if (tokens[k]?.key === "(" || tokens[k]?.key === ",") k++;
    // ("Đại biểu Quốc hội trong hai nhiệm kỳ 2010-2015 và 2015-2020": how many terms, grammar-words.tsv term-count.)
    for (let j = k, n = 0; n < 2 && (TERM_COUNT.has(tokens[j]?.key ?? "") || tokens[j]?.kind === "n"); j++, n++) if (this.isTermDate(j + 1)) k = j + 1;
    const d = this.dateAt[k];
    if (!this.firstOf(d, k) || !this.isTermDate(k) || !d!.value) return undefined;
    const terms = [d!.value.replace("/", "–")];
    // (More terms of years joined by "và" or a comma: "nhiệm kỳ 2010-2015 và 2015-2020".)
    for (let cur = d!, e = k; ; ) {
      while (this.dateAt[e] === cur) e++;
      const joiner = tokens[e]?.key;
      const next = this.dateAt[e + 1];
      if ((joiner !== "và" && joiner !== ",") || !next || !this.firstOf(next, e + 1) || !/^\d{4}\/\d{4}$/.test(next.value)) break;
      terms.push(next.value.replace("/", "–"));
      cur = next;
      e++;
    }
    return terms.join(", ");
  }

  /** A date written at token k: "(2016-2017)", "từ năm 2016 đến 2021", "kể từ ngày 1/7", "vào ngày 2/3". */
  dateAtToken(k: number): DateAfter | undefined {
    k = this.afterDuration(this.afterAside(k));
    const paren = this.ctx.tokens[k]?.key === "(";
    if (paren) k++;
    // ("từ năm 2016 đến 2021" is one date mention, its "từ" inside.)
    const cue = this.dateAt[k] ? null : cueAt(this.ctx, k, SINCE_UNTIL_AT_TIME_CUES);
    if (cue) k = cue.end;
    const d = this.dateAt[k];
    if (!this.firstOf(d, k) || !d!.value || this.isTermDate(k)) return undefined;
    const role = isInterval(d!) ? "interval" : cue && cue.cue.role !== "at-time" ? (cue.cue.role as "since" | "until") : "bare";
    return { date: d!, role, paren };
  }

  /**
   * "Phó Chủ tịch UBND huyện Sơn Dương (tỉnh Tuyên Quang) vào tháng 9/1993": a short aside in parentheses with no date
   * in it, then "vào", "từ" … and a date, is passed over; where the cue starts (else k).
   */
  private afterAside(k: number): number {
    const { tokens } = this.ctx;
    if (tokens[k]?.key !== "(") return k;
    for (let j = k + 1; j < k + 8 && j < tokens.length; j++) {
      if (this.dateAt[j] || tokens[j]!.lineBreakBefore) return k;
      if (tokens[j]!.key === ")") return j > k + 1 && cueAt(this.ctx, j + 1, SINCE_UNTIL_AT_TIME_CUES) ? j + 1 : k;
    }
    return k;
  }

  /** "… Thủ tướng trong 32 năm, từ năm 1955 đến năm 1987": how long, then when; where the when starts. */
  private afterDuration(k: number): number {
    // (No closure: asked at every link's dates.)
    const { tokens } = this.ctx;
    const key = tokens[k]?.key;
    if ((key !== "trong" && key !== "suốt") || tokens[k + 1]?.kind !== "n" || !DURATION_UNITS.has(tokens[k + 2]?.key ?? "")) return k;
    return tokens[k + 3]?.key === "," ? k + 4 : k + 3;
  }

  /**
   * The dated segment each token is in, read once: a date opening a sentence, an entry or a comma
   * phrase, then "," or ":" ("Từ 1954 đến 1960, đồng chí là …", "+ Tháng 7.1979 – 6.1994: Cán bộ
   * Huyện đoàn, …; Bí thư Tỉnh đoàn …", "Trước đó, vào sáng 10/5, …"). It lasts to the sentence's
   * end, or to a ";" in prose (a list entry opened with ":" goes on past its semicolons).
   */
  private readSegments(): Array<ClauseDate | undefined> {
    const { ctx, dateAt } = this;
    const { tokens } = ctx;
    const segments = new Array<ClauseDate | undefined>(tokens.length).fill(undefined);
    let best: (ClauseDate & { colon: boolean }) | undefined;
    for (let k = 0; k < tokens.length; k++) {
      if (sentenceStart(ctx, k) === k) best = undefined;
      if (tokens[k]!.key === ";" && !best?.colon) best = undefined;
      segments[k] = best;
      // (Cheap tests first: this runs at every token.)
      const inDate = ctx.inDate;
      if (!inDate[k] && !inDate[k + 1] && !inDate[k + 2] && !inDate[k + 3]) continue;
      const opens = k === 0 || SEGMENT_OPEN.has(tokens[k - 1]!.key) || sentenceStart(ctx, k) === k;
      if (!opens) continue;
      let j = k;
      // ("Đến tháng 3/2024, ông được điều động làm T": "đến" opening a sentence tells when, as "vào" does.)
      const cue = dateAt[j] ? null : (cueAt(ctx, j, SINCE_AT_TIME_CUES) ?? (sentenceStart(ctx, k) === k ? cueAt(ctx, j, UNTIL_CUES) : null));
      if (cue) j = cue.end;
      const d = dateAt[j];
      // ("…, nhiệm kỳ 2014-2019, …" is a term, not when the posts after it were held.)
      if (!this.firstOf(d, j) || !d!.value || this.isTermDate(j)) continue;
      let e = j;
      while (dateAt[e] === d) e++;
      const sep = tokens[e]?.key;
      // ("từ năm 1985 đến 1990 ông X là …": a period written with no comma before the person it is told of.)
      const person = isInterval(d!) && !!tokens[e] && !tokens[e]!.lineBreakBefore && has(ctx, e, "address");
      if (sep !== "," && sep !== ":" && !person) continue;
      for (let i = k + 1; i <= e && i < tokens.length; i++) segments[i] = best;
      best = { date: d!, since: cue?.cue.role === "since", colon: sep === ":" };
      k = e;
    }
    return segments;
  }

  /** The dated segment token `at` is in. */
  clauseDate(at: number): ClauseDate | undefined {
    return this.segments[at];
  }

  /** A date a few words after an event word: "từ trần lúc 10 giờ ngày 5/6/2017", "nghỉ hưu từ ngày 1/8". */
  dateAfterCue(ev: CueMatch): DateSpan | undefined {
    const { tokens } = this.ctx;
    // ("nghỉ hưu để hưởng chế độ bảo hiểm xã hội từ ngày 1/6": the words of the clause, up to its punctuation.)
    let comma = false;
    for (let k = ev.end; k < ev.end + 12 && k < tokens.length; k++) {
      const t = tokens[k]!;
      const d = this.dateAt[k];
      if (d) {
        // "Sau khi ông X qua đời, ngày 14-7-1986, tại phiên họp …, ông Y được bầu": a date set off by
        // commas on both sides opens the next clause.
        let e = k;
        while (this.dateAt[e] === d) e++;
        if (comma && tokens[e]?.key === ",") return undefined;
        // ("vừa được bầu hồi tháng 3, tháng 4 vừa qua": dates listed, none of them the event's.)
        if ((tokens[e]?.key === "," || tokens[e]?.key === "và") && this.dateAt[e + 1] && this.dateAt[e + 1] !== d) return undefined;
        return d.value && !isInterval(d) ? d : undefined;
      }
      if (t.key === ",") comma = true;
      if (t.lineBreakBefore || (t.kind === "p" && t.key !== ",")) return undefined;
    }
    return undefined;
  }

  /** The point dates of the sentence that starts at `from`, read once per sentence (events ask often). */
  private sentenceDates(from: number): Array<{ d: DateSpan; k: number }> {
    let out = this.bySentence.get(from);
    if (out) return out;
    out = [];
    const { ctx } = this;
    for (let j = from; j < ctx.tokens.length && (j === from || sentenceStart(ctx, j) === from); j++) {
      const d = this.dateAt[j];
      if (d && this.firstOf(d, j) && d.value && !isInterval(d) && !this.isTermDate(j)) out.push({ d, k: j });
    }
    this.bySentence.set(from, out);
    return out;
  }

  /** A point date anywhere in the sentence of token k (the first one), not a term or a period. */
  sentenceDate(k: number): DateSpan | undefined {
    return this.sentenceDates(sentenceStart(this.ctx, k))[0]?.d;
  }

  /**
   * The one date of the sentence of token k that can say when something happened in it ("… tại Đại
   * hội diễn ra ngày 15/5", "Nghị quyết số 400/NQ-UBTVQH14 ngày 20/5/2017 cho thôi …"): not a period,
   * a term, a birth date ("sinh năm 1965"), a bound of a holding ("từ năm 2010") or an aside in
   * parentheses. None when there are two.
   */
  onlyDate(k: number): DateSpan | undefined {
    const { ctx } = this;
    const from = sentenceStart(ctx, k);
    const usable = this.sentenceDates(from).filter(({ k: j }) => {
      const before = ctx.tokens[j - 1]?.key;
      // (A birth year after "SN" (link-cues.tsv age-before): "Ông X (SN 1970) vừa được bầu …".)
      return before !== "sinh" && before !== "(" && !cueBefore(ctx, j, AGE_BEFORE_CUES) && !(j > from && cueBefore(ctx, j, SINCE_UNTIL_CUES));
    });
    return usable.length === 1 ? usable[0]!.d : undefined;
  }

  /** The last point date written before token k and from token `from` on ("Sáng 10/5, … công bố. Theo đó, …"). */
  dateBefore(k: number, from = 0): DateSpan | undefined {
    const d = this.lastDates()[k - 1];
    if (!d) return undefined;
    for (let j = k - 1; j >= from; j--) if (this.dateAt[j] === d) return d;
    return undefined;
  }
}
