// Helpers for refiners that join neighbouring candidates.
import type { DateCandidate, DateContext, Fields } from "../types";

// What `between` gives for candidates more than MAX_GAP tokens apart: no connector (each is one or two tokens:
// "vào lúc", "đến hết") is that long, so the words are not read.
const MAX_GAP = 2;
const FAR: readonly string[] = Object.freeze(["(far)"]);

/** Words/punctuation between two candidates, as strings (FAR when more than MAX_GAP tokens lie between). */
export function between(ctx: DateContext, a: DateCandidate, b: DateCandidate): readonly string[] {
  if (b.firstToken - a.endToken > MAX_GAP) return FAR;
  const out: string[] = [];
  // a line break between them keeps them apart
  for (let k = a.endToken; k <= b.firstToken && out.length <= 4; k++) {
    if (ctx.at(k).lineBreakBefore) out.push("¶");
    if (k < b.firstToken) out.push(ctx.at(k).text);
  }
  return out;
}

/** The gap is one of `allowed` (each at most MAX_GAP tokens, joined by a space). */
export function isConnector(gap: readonly string[], allowed: readonly string[]): boolean {
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

export function merged(a: DateCandidate, b: DateCandidate, f: Fields, reason: string, kind: DateCandidate["kind"] = "date"): DateCandidate {
  return { firstToken: a.firstToken, endToken: b.endToken, start: a.start, end: b.end, kind, fields: f, reason };
}

/** One left-to-right pass joining each candidate with the previous kept one when `join` says so. */
export function mergePass(cands: DateCandidate[], join: (a: DateCandidate, b: DateCandidate) => DateCandidate | null): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const c of cands) {
    const last = out[out.length - 1];
    const m = last ? join(last, c) : null;
    if (m) out[out.length - 1] = m;
    else out.push(c);
  }
  return out;
}
