// Keep the longest of overlapping candidates (then the earliest); output sorted by start.
import type { DateCandidate } from "../types";

export function dropOverlaps(cands: DateCandidate[], _textLength: number): DateCandidate[] {
  if (cands.length <= 1) return cands.slice();
  const order = cands.slice().sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  // kept candidates sorted by start (disjoint, so also by end): a new one fits between its neighbours or not at all
  const kept: DateCandidate[] = [];
  for (const c of order) {
    let lo = 0, hi = kept.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (kept[mid]!.start < c.start) lo = mid + 1; else hi = mid; }
    if (lo > 0 && kept[lo - 1]!.end > c.start) continue;
    if (lo < kept.length && kept[lo]!.start < c.end) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}
