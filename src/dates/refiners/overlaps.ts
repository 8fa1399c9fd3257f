// Keep the longest of overlapping candidates (then the earliest); output sorted by start.
import type { Cand } from "../types";

export function dropOverlaps(cands: Cand[], _textLength: number): Cand[] {
  if (cands.length <= 1) return cands.slice();
  const order = cands.slice().sort((a, b) => (b.e - b.s) - (a.e - a.s) || a.s - b.s);
  // kept candidates sorted by start (disjoint, so also by end): a new one fits between its neighbours or not at all
  const kept: Cand[] = [];
  for (const c of order) {
    let lo = 0, hi = kept.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (kept[mid]!.s < c.s) lo = mid + 1; else hi = mid; }
    if (lo > 0 && kept[lo - 1]!.e > c.s) continue;
    if (lo < kept.length && kept[lo]!.s < c.e) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}
