// Helpers for refiners that join neighbouring candidates.
import type { Cand, Ctx, Fields } from "../types";

/** Words/punctuation between two candidates, as strings. */
export function between(ctx: Ctx, a: Cand, b: Cand): string[] {
  const out: string[] = [];
  // a line break between them keeps them apart
  for (let k = a.te; k <= b.ts && out.length <= 4; k++) {
    if (ctx.at(k).nl) out.push("¶");
    if (k < b.ts) out.push(ctx.at(k).t);
  }
  return out;
}

export function isConnector(gap: string[], allowed: readonly string[]): boolean {
  const s = gap.join(" ");
  return allowed.includes(s);
}

/** Has a day-level date (not a bare year or month). */
export function dayLevel(f: Fields | undefined): boolean {
  return !!f && ((f.day !== undefined && f.month !== undefined) || f.dayRel !== undefined || f.weekday !== undefined || !!f.sameDay);
}

export function hasYear(f: Fields): boolean {
  return f.year !== undefined || f.yy !== undefined || f.yearRel !== undefined || f.canChi !== undefined || !!f.thatYear;
}

export function merged(a: Cand, b: Cand, f: Fields, reason: string, kind: Cand["kind"] = "date"): Cand {
  return { ts: a.ts, te: b.te, s: a.s, e: b.e, kind, f, reason };
}

/** One left-to-right pass joining each candidate with the previous kept one when `join` says so. */
export function mergePass(cands: Cand[], join: (a: Cand, b: Cand) => Cand | null): Cand[] {
  const out: Cand[] = [];
  for (const c of cands) {
    const last = out[out.length - 1];
    const m = last ? join(last, c) : null;
    if (m) out[out.length - 1] = m;
    else out.push(c);
  }
  return out;
}
