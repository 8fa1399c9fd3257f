/** Look-ups in lists sorted by text position. */

/** The index of the first item of `xs` (sorted by `at`) at or after `at` (binary search). */
export function firstAtOrAfter(xs: readonly { at: number }[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
