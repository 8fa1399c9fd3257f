// Clock times: "14 giờ 30 phút", "9h30", "10g45", "16h", "15:23:24", "4:43:52 CH", "3 giờ rưỡi chiều", "11 giờ kém 15", "8 giờ tối nay".
import type { Cand, Ctx, Fields } from "../types";
import { isP, isW } from "../tokens";
import { hourWithPod, NUMBER_WORDS, numberAt, POD_WORDS } from "../vocabulary";
import { boundaryBefore, codeAfter, codeBefore, HotScan, mk, relDayAt } from "./common";

const NUMW = NUMBER_WORDS; // local alias: hot loop
const two = (ctx: Ctx, i: number) => { const t = ctx.at(i); return t.k === 1 && t.e - t.s === 2 && !t.gap ? t.n : -1; };

// "trong 3 giờ" (within 3 hours) is a duration, not a clock time
const DURATION_BEFORE = new Set(["trong", "mất", "hơn", "gần", "suốt", "dài", "vòng", "thêm", "gian", "tăng", "giảm", "kéo", "chỉ", "còn"]);
const DURATION_AFTER = new Set(["sau", "nữa", "liền", "liên", "đồng", "trước", "mỗi", "một", "để", "thì"]);

export const timeTriggers: readonly string[] = [...NUMBER_WORDS];

export function parseTime(ctx: Ctx, out: Cand[]): void {
  const scan = new HotScan(ctx.hot);
  for (const i of scan) {
    const t = ctx.at(i);
    if (t.k === 2 || (t.k === 0 && !NUMW.has(t.t))) continue;
    let h = -1, mi: number | undefined, s: number | undefined, j = -1, spelled = false;
    if (t.k === 1 && t.e - t.s <= 2) {
      if (!boundaryBefore(ctx, i) || codeBefore(ctx, i)) continue;
      if (isP(ctx, i + 1, ":") && !ctx.at(i + 1).gap && two(ctx, i + 2) >= 0) {
        h = t.n; mi = two(ctx, i + 2); j = i + 3;
        if (isP(ctx, j, ":") && !ctx.at(j).gap && two(ctx, j + 1) >= 0) { s = two(ctx, j + 1); j += 2; }
        if (codeAfter(ctx, j)) continue;
      } else {
        const u = ctx.at(i + 1);
        if (u.k === 0 && !u.gap && (u.t === "am" || u.t === "pm")) { h = t.n; j = i + 1; }
        else if (u.k === 0 && !u.gap && (u.t === "h" || u.t === "g")) {
          h = t.n; j = i + 2;
          const m2 = ctx.at(j);
          if (m2.k === 1 && !m2.gap && m2.e - m2.s <= 2) { mi = m2.n; j++; if (isW(ctx, j, "phút") || (isW(ctx, j, "p") && !ctx.at(j).gap)) j++; }
          else if (u.t === "g") continue;
          if (codeAfter(ctx, j) && !(ctx.at(j).k === 0 && POD_WORDS[ctx.at(j).t])) continue;
        }
      }
    }
    if (h < 0) {
      // "H giờ …" with H in digits or words
      const n = numberAt(ctx, i);
      if (!n || !isW(ctx, n.next, "giờ")) continue;
      if (t.k === 1 && (!boundaryBefore(ctx, i) || codeBefore(ctx, i))) continue;
      if (t.k === 0 && ctx.at(i - 1).k === 0 && numberAt(ctx, i - 1)) continue; // inside a longer number phrase
      h = n.v; j = n.next + 1; spelled = true;
      const nx = ctx.at(j);
      if (nx.k === 0 && nx.t === "rưỡi") { mi = 30; j++; }
      else if (nx.k === 0 && nx.t === "kém") {
        const m = numberAt(ctx, j + 1);
        if (!m || m.v < 1 || m.v > 59) continue;
        h -= 1; mi = 60 - m.v; j = m.next;
        if (isW(ctx, j, "phút")) j++;
      } else if (nx.k === 1 && nx.e - nx.s <= 2 && !isP(ctx, j + 1, "/") && !isW(ctx, j + 1, "tháng")) {
        mi = nx.n; j++;
        if (isW(ctx, j, "phút")) j++;
        const sx = ctx.at(j);
        if (sx.k === 1 && sx.e - sx.s <= 2 && isW(ctx, j + 1, "giây")) { s = sx.n; j += 2; }
      } else if (nx.k === 0 && nx.t !== "kém" && numberAt(ctx, j) && isW(ctx, numberAt(ctx, j)!.next, "phút")) {
        const m = numberAt(ctx, j)!;
        mi = m.v; j = m.next + 1;
      }
    }
    if (h < 0 || h > 24 || (mi !== undefined && mi > 59) || (s !== undefined && s > 59)) continue;
    if (h === 24) { if (mi) continue; h = 0; }
    const f: Fields = { hour: h };
    if (mi !== undefined) f.minute = mi;
    if (s !== undefined) f.second = s;
    // AM/PM and part of day
    const w = ctx.at(j);
    let marked = false;
    if (w.k === 0 && (w.t === "ch" || w.t === "pm" || w.t === "sa" || w.t === "am")) {
      const pm = w.t === "ch" || w.t === "pm";
      if (h > 12) continue;
      f.hour = pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
      j++; marked = true;
    } else {
      let k = j;
      if (isW(ctx, k, "buổi")) k++;
      const pw = ctx.at(k);
      const pod = pw.k === 0 ? POD_WORDS[pw.t] : undefined;
      if (pod && !(pw.t === "tối" && (isW(ctx, k + 1, "đa") || isW(ctx, k + 1, "thiểu")))) {
        if (h <= 12) f.hour = hourWithPod(h, pod);
        j = k + 1; marked = true;
        const rd = relDayAt(ctx, j, true);
        if (rd) { f.dayRel = rd.rel; j = rd.next; }
      }
    }
    if (!marked && h >= 1 && h <= 12) f.ampmFree = true;
    // "trong 3 giờ", "24 giờ" without minutes or part of day read as durations
    if (spelled && !marked && h <= 12 && DURATION_BEFORE.has(ctx.at(i - 1).t) && ctx.at(i - 1).k === 0) continue;
    if (spelled && !marked && ctx.at(j).k === 0 && DURATION_AFTER.has(ctx.at(j).t)) continue;
    out.push(mk(ctx, i, j, "time", "time", f));
    scan.last = j - 1;
  }
}
