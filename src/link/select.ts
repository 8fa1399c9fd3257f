/** Chooses one reading where candidates overlap: higher priority first, then the longer span. */
import type { Candidate } from "../recognizers/context";
import { work } from "../util/work";

export function selectCandidates(cands: Candidate[], tokenCount: number, taken = new Uint8Array(tokenCount)): Candidate[] {
  const order = cands.slice().sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Candidate[] = [];
  for (const c of order) {
    let free = true;
    work.candidates++;
    for (let k = c.start; k < c.end; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let k = c.start; k < c.end; k++) taken[k] = 1;
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
