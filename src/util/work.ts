/**
 * Units of work the pipeline does, counted where every scanner passes: tokens made, characters read
 * back to find where a chunk ends, trie steps, token look-ups by the recognizers and the date parsers, candidates weighed, mentions recorded.
 * Tests assert that these grow linearly with the input: a count is the same on any machine under
 * any load, where a timer is not (timing belongs in `npm run bench`). Plain additions to one
 * object cost nothing measurable.
 */
export const work = { tokens: 0, chunkChars: 0, trieSteps: 0, lookups: 0, candidates: 0, mentions: 0 };

/** The sum of all counters (what a linear-time test compares). */
export function totalWork(): number {
  return work.tokens + work.chunkChars + work.trieSteps + work.lookups + work.candidates + work.mentions;
}

export function resetWork(): void {
  for (const k of Object.keys(work) as Array<keyof typeof work>) work[k] = 0;
}
