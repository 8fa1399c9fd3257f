// "từ ngày 5/3 đến ngày 10/3/2023", "từ 18h ngày 20/7 đến 6h ngày 21/7/2021", "từ tháng 1 đến tháng 2/2023",
// "từ ngày 5 đến ngày 10/3": one interval mention; the year (and month, date) of the end carries to the start.
import type { Cand, Ctx, Fields, Val } from "../types";
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

export function refineInterval(ctx: Ctx, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (let idx = 0; idx < cands.length; idx++) {
    const b = cands[idx]!;
    const a = out[out.length - 1];
    if (a && !a.interval && !b.interval && a.kind !== "pod" && b.kind !== "pod" && (a.f || a.r) && (b.f || b.r)) {
      const gap = between(ctx, a, b);
      const from = isW(ctx, a.ts - 1, "từ");
      // "A - B" and "A và B" only between dates of the same kind; "từ A đến B" always
      // (a month and a day, both with their years, are a range too: "Tháng 1.2006 – 18.3.2008")
      const ok = isConnector(gap, TO) && (from || (gap[0] !== "và" && (gap[0] !== "-" || (!!a.f && !!b.f && (dayLevel(a.f) === dayLevel(b.f) || ordered(a.f, b.f))))));
      // "chiều ngày 9/6 đến 18 giờ 30" says until when on that day: not an interval of two dates
      const dayThenClock = !!a.f && !!b.f && a.f.hour === undefined && b.f.hour !== undefined && !dayLevel(b.f);
      if (ok && dayThenClock) {
        // …but the clock time is on that day
        out.push({ ...b, f: carryBack(a.f!, b.f!) });
        continue;
      }
      if (ok && !(gap[0] === "và" && !from)) {
        let fa = a.f && b.f ? carry(a.f, b.f) : a.f;
        let fb = a.f && b.f ? carryBack(a.f, b.f) : b.f;
        // "ngày 5/3 từ 8h đến 17h": both clock times are on the date just before
        const d = out[out.length - 2];
        if (from && fa && fb && d?.f && d.f.hour === undefined && dayLevel(d.f) && isConnector(between(ctx, d, { ...a, ts: a.ts - 1 }), ["", ","])) {
          const pod = d.f.pod;
          const onDay = (f: Fields): Fields => {
            const g = carryBack(d.f!, f);
            // "chiều 12/6, từ 2 giờ đến 4 giờ" = 14:00–16:00
            return pod && g.ampmFree && g.hour !== undefined ? { ...g, hour: hourWithPod(g.hour, pod), ampmFree: undefined } : g;
          };
          fa = onDay(fa);
          fb = onDay(fb);
        }
        let ra = a.r;
        const rb = b.r;
        // "từ đầu tháng 3 đến cuối tháng 5/2020": the start's unsaid year comes from the end
        const bf = b.f ?? b.pf;
        if (!a.f && a.withYear && a.pf && bf && hasYear(bf)) ra = a.withYear(yearFrom(bf, a.pf.month));
        const join = (ref: Parameters<NonNullable<Cand["r"]>>[0], fwd: boolean): Val | null => {
          const x = fa ? resolveFields(fa, ref, fwd) : ra!(ref, fwd);
          const y = fb ? resolveFields(fb, ref, fwd) : rb!(ref, fwd);
          return x && y ? joinVals(widenFuzzy(x), widenFuzzy(y)) : null;
        };
        // forwardDate may move only the start past the end ("từ 8h đến 17h" at 10:00): then read both ends as written
        const r = (ref: Parameters<NonNullable<Cand["r"]>>[0], fwd: boolean): Val | null => join(ref, fwd) ?? (fwd ? join(ref, false) : null);
        const ts = from ? a.ts - 1 : a.ts;
        out[out.length - 1] = { ts, te: b.te, s: ctx.at(ts).s, e: b.e, kind: "span", r, reason: "interval", interval: true };
        continue;
      }
    }
    // "từ ngày 5 đến ngày 10/3": a bare day before the end
    if (b.f && b.f.day !== undefined && b.f.month !== undefined && b.f.hour === undefined) {
      let k = b.ts - 1;
      let conn = ctx.at(k).t;
      if (conn === "hết" || conn === "tận") { k--; conn = ctx.at(k).t; }
      const d = ctx.at(k - 1);
      // "ngày 23 và 24/4": two days in a row are a range too
      const pair = conn === "và" && d.n === b.f.day - 1 && isW(ctx, k - 2, "ngày");
      if ((conn === "đến" || conn === "-" || conn === "tới" || pair) && d.k === 1 && d.e - d.s <= 2 && d.n >= 1 && d.n < b.f.day && (!a || a.te <= k - 1)) {
        let s = k - 1;
        if (isW(ctx, s - 1, "ngày")) s--;
        if (isW(ctx, s - 1, "từ")) s--;
        // "trong 2 ngày 23 và 24/4": the count of days belongs to the mention
        else if (isW(ctx, s, "ngày") && ctx.at(s - 1).k === 1 && ctx.at(s - 1).n === b.f.day - d.n + 1 && (!a || a.te <= s - 1)) s--;
        if (s < k - 1 || conn !== "-") {
          const fa: Fields = { ...b.f, day: d.n, weekday: undefined }, fb = b.f;
          out.push({ ts: s, te: b.te, s: ctx.at(s).s, e: b.e, kind: "span", reason: "interval", interval: true, r: (ref, fwd) => {
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

function untilNowAt(ctx: Ctx, j: number): number {
  let k = -1;
  if (isP(ctx, j, "-")) k = j + 1;
  else for (const w of NOW_TO) if ((k = seqAt(ctx, j, w)) > 0) break;
  if (k < 0) return -1;
  for (const w of NOW) { const e = seqAt(ctx, k, w); if (e > 0) return e; }
  return -1;
}

/** A token starts its line, after any bullet ("+ Tháng 10/2016 - nay: …"). */
function lineStart(ctx: Ctx, i: number): boolean {
  let k = i;
  while (ctx.at(k - 1).k === 2 && !ctx.at(k).nl && "+-•*–".includes(ctx.at(k - 1).t)) k--;
  return k === 0 || !!ctx.at(k).nl;
}

/** "từ nay đến", "từ bây giờ tới", "từ nay cho đến hết" right before token i: the index of "từ", else -1. */
function fromNowBefore(ctx: Ctx, i: number): number {
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
 * reference day; the start needs "từ" before it, or to open its line (career lists: "Tháng 10/2016 - nay: …").
 * "Từ nay đến cuối năm", "từ nay đến năm 2025": an interval from the reference day. A fuzzy end stands for its unit.
 */
export function refineUntilNow(ctx: Ctx, cands: Cand[]): Cand[] {
  let out: Cand[] | null = null;
  for (let idx = 0; idx < cands.length; idx++) {
    const c = cands[idx]!;
    if (c.interval || c.kind === "pod" || (!c.f && !c.r) || c.f?.hour !== undefined) continue;
    // "từ nay đến cuối năm", "từ nay đến năm 2025": from the reference day to a later one
    const fromNow = fromNowBefore(ctx, c.ts);
    if (fromNow >= 0 && (idx === 0 || cands[idx - 1]!.te <= fromNow)) {
      const f = c.f, r0 = c.r;
      const r = (ref: Parameters<NonNullable<Cand["r"]>>[0], fwd: boolean): Val | null => {
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
      out[idx] = { ts: fromNow, te: c.te, s: ctx.at(fromNow).s, e: c.e, kind: "span", r, reason: "from-now", interval: true };
      continue;
    }
    const e = untilNowAt(ctx, c.te);
    if (e < 0) continue;
    const from = isW(ctx, c.ts - 1, "từ");
    if (!from && !lineStart(ctx, c.ts)) continue;
    const ts = from ? c.ts - 1 : c.ts;
    const f = c.f, r0 = c.r;
    const r = (ref: Parameters<NonNullable<Cand["r"]>>[0], fwd: boolean): Val | null => {
      if (!ref) return null;
      // the start is in the past: "từ 7/4 đến nay" in January is last April
      const x = f ? resolveFields(f.dir === undefined ? { ...f, dir: -1 } : f, ref, false) : r0!(ref, fwd);
      // a start after the reference (a reference that does not fit the text): the start alone
      return x ? joinVals(widenFuzzy(x), { a: dayPoint(dayNum(ref.y, ref.m, ref.d)) }) ?? x : null;
    };
    out ??= cands.slice();
    out[idx] = { ts, te: e, s: ctx.at(ts).s, e: ctx.at(e - 1).e, kind: "span", r, reason: "until-now", interval: true };
  }
  return out ?? cands;
}
