// "từ ngày 5/3 đến ngày 10/3/2023", "từ 18h ngày 20/7 đến 6h ngày 21/7/2021", "từ tháng 1 đến tháng 2/2023",
// "từ ngày 5 đến ngày 10/3": one interval mention; the year (and month, date) of the end carries to the start.
import type { Cand, Ctx, Fields, Val } from "../types";
import { isW } from "../tokens";
import { hourWithPod } from "../vocabulary";
import { joinVals, resolveFields } from "./resolve";
import { between, dayLevel, hasYear, isConnector } from "./common";

const TO = ["đến", "tới", "-", "đến hết", "cho đến", "đến tận", "tới tận", "cho tới", "và"];

/** Carry what the start leaves unsaid from the end. */
function carry(a: Fields, b: Fields): Fields {
  const f: Fields = { ...a };
  const aTimeOnly = a.hour !== undefined && !dayLevel(a) && a.month === undefined;
  if (aTimeOnly && dayLevel(b)) {
    for (const k of ["year", "yy", "yearRel", "canChi", "month", "day", "dayRel", "weekday", "weekRel", "dir", "lunar"] as const) {
      if (b[k] !== undefined) (f as Record<string, unknown>)[k] = b[k];
    }
    return f;
  }
  if (f.month === undefined && f.day !== undefined && b.month !== undefined) f.month = b.month;
  if (f.month !== undefined && !hasYear(f) && hasYear(b)) {
    f.year = b.year; f.yy = b.yy; f.yearRel = b.yearRel; f.canChi = b.canChi;
    if (b.year !== undefined && b.month !== undefined && f.month > b.month) f.year = b.year - 1;
  }
  if (f.lunar === undefined && b.lunar) f.lunar = true;
  return f;
}

function carryBack(a: Fields, b: Fields): Fields {
  // "ngày 5/3 từ 8h đến 17h" is not handled here; "từ 8h ngày 5/3 đến 17h": the end takes the start's date
  if (b.hour !== undefined && !dayLevel(b) && b.month === undefined && dayLevel(a)) {
    const f: Fields = { ...b };
    for (const k of ["year", "yy", "yearRel", "canChi", "month", "day", "dayRel", "weekday", "weekRel", "dir", "lunar"] as const) {
      if (a[k] !== undefined) (f as Record<string, unknown>)[k] = a[k];
    }
    return f;
  }
  return b;
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
      const ok = isConnector(gap, TO) && (from || (gap[0] !== "và" && (gap[0] !== "-" || (a.f && b.f && dayLevel(a.f) === dayLevel(b.f)))));
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
        const ra = a.r, rb = b.r;
        const join = (ref: Parameters<NonNullable<Cand["r"]>>[0], fwd: boolean): Val | null => {
          const x = fa ? resolveFields(fa, ref, fwd) : ra!(ref, fwd);
          const y = fb ? resolveFields(fb, ref, fwd) : rb!(ref, fwd);
          return x && y ? joinVals(x, y) : null;
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
      if ((conn === "đến" || conn === "-" || conn === "tới") && d.k === 1 && d.e - d.s <= 2 && d.n >= 1 && d.n < b.f.day && (!a || a.te <= k - 1)) {
        let s = k - 1;
        if (isW(ctx, s - 1, "ngày")) s--;
        if (isW(ctx, s - 1, "từ")) s--;
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
