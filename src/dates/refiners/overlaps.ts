// Keep the longest of overlapping candidates (then the earliest); output sorted by start.
import type { Cand } from "../types";

export function dropOverlaps(cands: Cand[], textLength: number): Cand[] {
  if (cands.length <= 1) return cands.slice();
  const order = cands.slice().sort((a, b) => (b.e - b.s) - (a.e - a.s) || a.s - b.s);
  const used = new Uint8Array(textLength + 1);
  const kept: Cand[] = [];
  for (const c of order) {
    let free = true;
    for (let k = c.s; k < c.e; k++) if (used[k]) { free = false; break; }
    if (!free) continue;
    used.fill(1, c.s, c.e);
    kept.push(c);
  }
  return kept.sort((a, b) => a.s - b.s);
}
