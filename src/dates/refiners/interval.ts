// "từ ngày 5/3 đến ngày 10/3/2023", "từ 18h ngày 20/7 đến 6h ngày 21/7/2021", "từ tháng 1 đến tháng 2/2023",
// "từ ngày 5 đến ngày 10/3": one interval mention; the year (and month, date) of the end carries to the start.
import { NUMBER, PUNCTUATION } from "../types";
import type { DateCandidate, DateContext, Fields, Val } from "../types";
import { isP, isW, seqAt } from "../tokens";
import { hourWithPod } from "../vocabulary";
import { joinVals, resolveFields, widenFuzzy } from "./resolve";
import { dayNum, dayPoint } from "../values";
import { between, dayLevel, hasYear, isConnector } from "./common";

const TO = ["đến", "tới", "-", "đến hết", "cho đến", "đến tận", "tới tận", "cho tới", "và"];

// What a clock time alone takes from the date it is on ("từ 18h ngày 20/7 đến 6h ngày 21/7").
const DATE_KEYS = ["year", "yy", "yearRel", "canChi", "month", "day", "dayRel", "weekday", "weekRel", "dir", "lunar", "sameDay", "thatYear"] as const;

/** `f` with the date fields of `from`. */
function onDateOf(f: Fields, from: Fields): Fields {
  const out: Fields = { ...f };
  for (const k of DATE_KEYS) if (from[k] !== undefined) (out as Record<string, unknown>)[k] = from[k];
  return out;
}

/** The year of `b` for a start in `month` that says none: the year before when the start's month is later. */
function yearFrom(b: Fields, month: number | undefined): Fields {
  const yf: Fields = { year: b.year, yy: b.yy, yearRel: b.yearRel, canChi: b.canChi, thatYear: b.thatYear };
  if (b.year !== undefined && b.month !== undefined && month !== undefined && month > b.month) yf.year = b.year - 1;
  return yf;
}

/** Carry what the start leaves unsaid from the end. */
function carry(a: Fields, b: Fields): Fields {
  const aTimeOnly = a.hour !== undefined && !dayLevel(a) && a.month === undefined;
  if (aTimeOnly && dayLevel(b)) return onDateOf(a, b);
  const f: Fields = { ...a };
  if (f.month === undefined && f.day !== undefined && b.month !== undefined) f.month = b.month;
  if (f.month !== undefined && !hasYear(f) && hasYear(b)) Object.assign(f, yearFrom(b, f.month));
  if (f.lunar === undefined && b.lunar) f.lunar = true;
  return f;
}

function carryBack(a: Fields, b: Fields): Fields {
  // "ngày 5/3 từ 8h đến 17h" is not handled here; "từ 8h ngày 5/3 đến 17h": the end takes the start's date
  if (b.hour !== undefined && !dayLevel(b) && b.month === undefined && dayLevel(a)) return onDateOf(b, a);
  return b;
}

/** Both ends carry a 4-digit year and the start is not after the end ("Tháng 1.2006 – 18.3.2008"). */
function ordered(a: Fields, b: Fields): boolean {
  if (a.year === undefined || b.year === undefined || a.dayRel !== undefined || b.dayRel !== undefined) return false;
  return a.year * 10000 + (a.month ?? 1) * 100 + (a.day ?? 1) <= b.year * 10000 + (b.month ?? 12) * 100 + (b.day ?? 31);
}

export function refineInterval(ctx: DateContext, cands: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let idx = 0; idx < cands.length; idx++) {
    const b = cands[idx]!;
    const a = out[out.length - 1];
    if (a && !a.interval && !b.interval && a.kind !== "pod" && b.kind !== "pod" && (a.fields || a.resolve) && (b.fields || b.resolve)) {
      const gap = between(ctx, a, b);
      const from = isW(ctx, a.firstToken - 1, "từ");
      // "A - B" and "A và B" only between dates of the same kind; "từ A đến B" always
      // (a month and a day, both with their years, are a range too: "Tháng 1.2006 – 18.3.2008")
      const ok = isConnector(gap, TO) && (from || (gap[0] !== "và" && (gap[0] !== "-" || (!!a.fields && !!b.fields && (dayLevel(a.fields) === dayLevel(b.fields) || ordered(a.fields, b.fields))))));
      // "chiều ngày 9/6 đến 18 giờ 30" says until when on that day: not an interval of two dates
      const dayThenClock = !!a.fields && !!b.fields && a.fields.hour === undefined && b.fields.hour !== undefined && !dayLevel(b.fields);
      if (ok && dayThenClock) {
        // …but the clock time is on that day
        out.push({ ...b, fields: carryBack(a.fields!, b.fields!) });
        continue;
      }
      if (ok && !(gap[0] === "và" && !from)) {
        let fa = a.fields && b.fields ? carry(a.fields, b.fields) : a.fields;
        let fb = a.fields && b.fields ? carryBack(a.fields, b.fields) : b.fields;
        // "ngày 5/3 từ 8h đến 17h": both clock times are on the date just before
        const d = out[out.length - 2];
        if (from && fa && fb && d?.fields && d.fields.hour === undefined && dayLevel(d.fields) && isConnector(between(ctx, d, { ...a, firstToken: a.firstToken - 1 }), ["", ","])) {
          const pod = d.fields.pod;
          const onDay = (f: Fields): Fields => {
            const g = carryBack(d.fields!, f);
            // "chiều 12/6, từ 2 giờ đến 4 giờ" = 14:00–16:00
            return pod && g.ampmFree && g.hour !== undefined ? { ...g, hour: hourWithPod(g.hour, pod), ampmFree: undefined } : g;
          };
          fa = onDay(fa);
          fb = onDay(fb);
        }
        let ra = a.resolve;
        const rb = b.resolve;
        // "từ đầu tháng 3 đến cuối tháng 5/2020": the start's unsaid year comes from the end
        const bf = b.fields ?? b.periodFields;
        if (!a.fields && a.withYear && a.periodFields && bf && hasYear(bf)) ra = a.withYear(yearFrom(bf, a.periodFields.month));
        const join = (ref: Parameters<NonNullable<DateCandidate["resolve"]>>[0], fwd: boolean): Val | null => {
          const x = fa ? resolveFields(fa, ref, fwd) : ra!(ref, fwd);
          const y = fb ? resolveFields(fb, ref, fwd) : rb!(ref, fwd);
          return x && y ? joinVals(widenFuzzy(x), widenFuzzy(y)) : null;
        };
        // forwardDate may move only the start past the end ("từ 8h đến 17h" at 10:00): then read both ends as written
        const r = (ref: Parameters<NonNullable<DateCandidate["resolve"]>>[0], fwd: boolean): Val | null => join(ref, fwd) ?? (fwd ? join(ref, false) : null);
        const ts = from ? a.firstToken - 1 : a.firstToken;
        out[out.length - 1] = { firstToken: ts, endToken: b.endToken, start: ctx.at(ts).start, end: b.end, kind: "span", resolve: r, reason: "interval", interval: true };
        continue;
      }
    }
    // "từ ngày 5 đến ngày 10/3": a bare day before the end
    if (b.fields && b.fields.day !== undefined && b.fields.month !== undefined && b.fields.hour === undefined) {
      let k = b.firstToken - 1;
      let conn = ctx.at(k).text;
      if (conn === "hết" || conn === "tận") { k--; conn = ctx.at(k).text; }
      const d = ctx.at(k - 1);
      // "ngày 23 và 24/4": two days in a row are a range too
      const pair = conn === "và" && d.value === b.fields.day - 1 && isW(ctx, k - 2, "ngày");
      if ((conn === "đến" || conn === "-" || conn === "tới" || pair) && d.kind === NUMBER && d.end - d.start <= 2 && d.value >= 1 && d.value < b.fields.day && (!a || a.endToken <= k - 1)) {
        let s = k - 1;
        if (isW(ctx, s - 1, "ngày")) s--;
        if (isW(ctx, s - 1, "từ")) s--;
        // "trong 2 ngày 23 và 24/4": the count of days belongs to the mention
        else if (isW(ctx, s, "ngày") && ctx.at(s - 1).kind === NUMBER && ctx.at(s - 1).value === b.fields.day - d.value + 1 && (!a || a.endToken <= s - 1)) s--;
        if (s < k - 1 || conn !== "-") {
          const fa: Fields = { ...b.fields, day: d.value, weekday: undefined }, fb = b.fields;
          out.push({ firstToken: s, endToken: b.endToken, start: ctx.at(s).start, end: b.end, kind: "span", reason: "interval", interval: true, resolve: (ref, fwd) => {
            const x = resolveFields(fa, ref, fwd), y = resolveFields(fb, ref, fwd);
            return x && y ? joinVals(x, y) : null;
          } });
          continue;
        }
      }
    }
    out.push(b);
  }
  return out;
}

// "đến nay", "tới nay", "cho đến nay", "đến hiện nay", "đến thời điểm hiện tại", "- nay": the end is the reference day
const NOW_TO: readonly (readonly string[])[] = [["cho", "đến"], ["cho", "tới"], ["đến"], ["tới"]];
const NOW: readonly (readonly string[])[] = [
  ["hiện", "nay"], ["hiện", "tại"], ["bây", "giờ"], ["nay"],
  ["thời", "điểm", "này"], ["thời", "điểm", "hiện", "tại"], ["thời", "điểm", "hiện", "nay"],
];

function untilNowAt(ctx: DateContext, j: number): number {
  let k = -1;
  if (isP(ctx, j, "-")) k = j + 1;
  else for (const w of NOW_TO) if ((k = seqAt(ctx, j, w)) > 0) break;
  if (k < 0) return -1;
  for (const w of NOW) { const e = seqAt(ctx, k, w); if (e > 0) return e; }
  return -1;
}

/** A token starts its line, after any bullet ("+ Tháng 10/2016 - nay: …"). */
function lineStart(ctx: DateContext, i: number): boolean {
  let k = i;
  while (ctx.at(k - 1).kind === PUNCTUATION && !ctx.at(k).lineBreakBefore && "+-•*–".includes(ctx.at(k - 1).text)) k--;
  return k === 0 || !!ctx.at(k).lineBreakBefore;
}

/** "từ nay đến", "từ bây giờ tới", "từ nay cho đến hết" right before token i: the index of "từ", else -1. */
function fromNowBefore(ctx: DateContext, i: number): number {
  let k = i - 1;
  if (isW(ctx, k, "hết") || isW(ctx, k, "tận")) k--;
  if (!isW(ctx, k, "đến") && !isW(ctx, k, "tới")) return -1;
  k--;
  if (isW(ctx, k, "cho")) k--;
  if (isW(ctx, k, "nay")) { k--; if (isW(ctx, k, "hiện")) k--; }
  else if (isW(ctx, k, "giờ") && isW(ctx, k - 1, "bây")) k -= 2;
  else return -1;
  return isW(ctx, k, "từ") ? k : -1;
}

/**
 * "Từ tháng 4/2016 đến nay", "từ năm 2011 đến nay", "kể từ ngày 15/4/2021 đến nay": an interval that ends on the
 * reference day; the start needs "từ" before it, or to open its line (career lists: "Tháng 10/2016 - nay: …"), or
 * the colon of a career entry after it ("Ông X: Tháng 5/2010 - 10/2015: T1. Tháng 10/2015 - nay: T2").
 * "Từ nay đến cuối năm", "từ nay đến năm 2025": an interval from the reference day. A fuzzy end stands for its unit.
 */
export function refineUntilNow(ctx: DateContext, cands: DateCandidate[]): DateCandidate[] {
  let out: DateCandidate[] | null = null;
  for (let idx = 0; idx < cands.length; idx++) {
    const c = cands[idx]!;
    if (c.interval || c.kind === "pod" || (!c.fields && !c.resolve) || c.fields?.hour !== undefined) continue;
    // "từ nay đến cuối năm", "từ nay đến năm 2025": from the reference day to a later one
    const fromNow = fromNowBefore(ctx, c.firstToken);
    if (fromNow >= 0 && (idx === 0 || cands[idx - 1]!.endToken <= fromNow)) {
      const f = c.fields, r0 = c.resolve;
      const r = (ref: Parameters<NonNullable<DateCandidate["resolve"]>>[0], fwd: boolean): Val | null => {
        if (!ref) return null;
        const now: Val = { a: dayPoint(dayNum(ref.y, ref.m, ref.d)) };
        // the end is ahead: the next such day or month ("từ nay đến cuối tháng 3" in April is next March)
        const y = f ? resolveFields(f.dir === undefined ? { ...f, dir: 1 } : f, ref, false) : r0!(ref, fwd);
        const v = y ? joinVals(now, widenFuzzy(y)) : null;
        if (v) return v;
        const y2 = f ? null : r0!(ref, true);
        // an end before the reference (a reference that does not fit the text): the end alone
        return (y2 ? joinVals(now, widenFuzzy(y2)) : null) ?? y;
      };
      out ??= cands.slice();
      out[idx] = { firstToken: fromNow, endToken: c.endToken, start: ctx.at(fromNow).start, end: c.end, kind: "span", resolve: r, reason: "from-now", interval: true };
      continue;
    }
    const e = untilNowAt(ctx, c.endToken);
    if (e < 0) continue;
    const from = isW(ctx, c.firstToken - 1, "từ");
    if (!from && !lineStart(ctx, c.firstToken) && !isP(ctx, e, ":")) continue;
    const ts = from ? c.firstToken - 1 : c.firstToken;
    const f = c.fields, r0 = c.resolve;
    const r = (ref: Parameters<NonNullable<DateCandidate["resolve"]>>[0], fwd: boolean): Val | null => {
      if (!ref) return null;
      // the start is in the past: "từ 7/4 đến nay" in January is last April
      const x = f ? resolveFields(f.dir === undefined ? { ...f, dir: -1 } : f, ref, false) : r0!(ref, fwd);
      // a start after the reference (a reference that does not fit the text): the start alone
      return x ? joinVals(widenFuzzy(x), { a: dayPoint(dayNum(ref.y, ref.m, ref.d)) }) ?? x : null;
    };
    out ??= cands.slice();
    out[idx] = { firstToken: ts, endToken: e, start: ctx.at(ts).start, end: ctx.at(e - 1).end, kind: "span", resolve: r, reason: "until-now", interval: true };
  }
  return out ?? cands;
}
