// Holidays and lunar days: "Quốc khánh 2/9", "Giáng sinh", "Tết dương lịch", "Tết Nguyên đán Giáp Thìn 2024",
// "mùng 1 Tết", "rằm tháng Giêng", "rằm tháng bảy", "Tết Giáp Thìn".
import { NUMBER, WORD, NO_MATCH } from "../types";
import type { DateCandidate, DateContext, Fields, Val, DateParser } from "../types";
import { resolveFields } from "../refiners/resolve";
import { dayNum, dayPoint } from "../values";
import { isP, isW, seqAt } from "../tokens";
import { canChiAt, HOLIDAYS, monthAt, numberAt, type Holiday } from "../vocabulary";
import { makeCandidate, yearNum, yearSuffixAt } from "./common";

const BY_FIRST = new Map<string, { seq: string[]; h: Holiday }[]>();
for (const h of HOLIDAYS) for (const seq of h.names) {
  const list = BY_FIRST.get(seq[0]!) ?? [];
  list.push({ seq, h });
  list.sort((a, b) => b.seq.length - a.seq.length);
  BY_FIRST.set(seq[0]!, list);
}

/** Year after a holiday name: "2024", "năm 2024", "Giáp Thìn", "Giáp Thìn 2024", "năm nay". */
function holidayYear(ctx: DateContext, j: number, f: Fields): number {
  const cc = canChiAt(ctx, j);
  if (cc) {
    const y = yearNum(ctx, cc.next);
    if (y !== null) { f.year = y; return cc.next + 1; }
    f.canChi = cc.idx;
    return cc.next;
  }
  const y = yearNum(ctx, j);
  if (y !== null && !isP(ctx, j + 1, "/")) { f.year = y; return j + 1; }
  const ys = yearSuffixAt(ctx, j);
  if (ys && isW(ctx, j, "năm")) { Object.assign(f, ys.f); return ys.next; }
  return j;
}

const TRIGGERS = new Set(["mùng", "mồng", "rằm", "tết", "giao"]);

// A name's first two words ("quốc khánh", not every "quốc"); "giao thừa", "rằm tháng"; "mùng"/"mồng" N Tết, "tết".
export const holidayTriggers: readonly string[] = [
  ...new Set([...HOLIDAYS.flatMap((h) => h.names.map((seq) => seq.slice(0, 2).join(" "))), "giao thừa", "rằm tháng", "mùng", "mồng", "tết"]),
];

/** One holiday match at hot token i. */
function holidayAt(ctx: DateContext, i: number, out: DateCandidate[]): number {
  const t = ctx.at(i);
  if (t.kind !== WORD) return NO_MATCH;
  const list = BY_FIRST.get(t.text);
  if (!list && !TRIGGERS.has(t.text)) return NO_MATCH;
  if (list) {
    for (const { seq, h } of list) {
      let j = seqAt(ctx, i, seq);
      if (j < 0) continue;
      const f: Fields = { month: h.month, day: h.day, lunar: h.lunar || undefined };
      // "Quốc khánh 2/9": the written date is the holiday's own
      const d = ctx.at(j), s = ctx.at(j + 1), m = ctx.at(j + 2);
      if (!h.lunar && d.kind === NUMBER && d.value === h.day && s.text === "/" && m.kind === NUMBER && m.value === h.month) {
        j += 3;
        if (isP(ctx, j, "/") && yearNum(ctx, j + 1) !== null) { f.year = yearNum(ctx, j + 1)!; j += 2; }
      } else j = holidayYear(ctx, j, f);
      out.push(makeCandidate(ctx, i, j, "date", "holiday", f));
      return j;
    }
  }
  // (đêm) giao thừa [Tết …] [year]: the eve of the lunar new year (29 or 30 tháng Chạp)
  if (t.text === "giao" && isW(ctx, i + 1, "thừa")) {
    const s = isW(ctx, i - 1, "đêm") ? i - 1 : i;
    let k = i + 2;
    if (isW(ctx, k, "tết")) { k++; const nd = seqAt(ctx, k, ["nguyên", "đán"]); if (nd > 0) k = nd; }
    const f: Fields = { month: 1, day: 1, lunar: true };
    const j = holidayYear(ctx, k, f);
    out.push(makeCandidate(ctx, s, j, "span", "new-year-eve", undefined, (ref, fwd): Val | null => {
      const v = resolveFields(f, ref, fwd); // the Tết it leads into
      return v && v.text === undefined ? { a: dayPoint(dayNum(v.a.y, v.a.m, v.a.d) - 1), lunar: true } : null;
    }));
    return j;
  }
  // mùng/mồng N Tết
  if ((t.text === "mùng" || t.text === "mồng") ) {
    const n = numberAt(ctx, i + 1);
    if (n && n.v >= 1 && n.v <= 10 && isW(ctx, n.next, "tết")) {
      const f: Fields = { month: 1, day: n.v, lunar: true };
      const j = holidayYear(ctx, n.next + 1, f);
      out.push(makeCandidate(ctx, i, j, "date", "tet-day", f));
      return j;
    }
    return NO_MATCH;
  }
  // rằm tháng M (lunar 15th)
  if (t.text === "rằm" && isW(ctx, i + 1, "tháng")) {
    const m = monthAt(ctx, i + 2);
    if (!m) return NO_MATCH;
    const f: Fields = { month: m.m, day: 15, lunar: true };
    const j = holidayYear(ctx, m.next, f);
    out.push(makeCandidate(ctx, i, j, "date", "full-moon", f));
    return j;
  }
  // Tết + year or can-chi ("Tết Giáp Thìn", "Tết 2024")
  if (t.text === "tết") {
    const f: Fields = { month: 1, day: 1, lunar: true };
    const j = holidayYear(ctx, i + 1, f);
    if (j > i + 1) { out.push(makeCandidate(ctx, i, j, "date", "tet", f)); return j; }
  }
  return NO_MATCH;
}

export const holidayParser: DateParser = { name: "holiday", triggers: { words: holidayTriggers, numbers: false }, parseAt: holidayAt };
