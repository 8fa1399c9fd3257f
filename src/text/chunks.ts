/**
 * Long inputs are scanned in chunks that end at a line break (or, failing that, a space), so a
 * 50 MB dump costs bounded memory per step; entities are still merged across the whole text.
 */
const CHUNK = 16 * 1024;

export function* chunkBounds(text: string, size = CHUNK): Generator<[number, number]> {
  let from = 0;
  const n = text.length;
  while (from < n) {
    let to = Math.min(n, from + size);
    if (to < n) {
      const nl = text.lastIndexOf("\n", to);
      if (nl > from + size / 2) to = nl + 1;
      else {
        const sp = text.lastIndexOf(" ", to);
        if (sp > from + size / 2) to = sp + 1;
      }
      // Never split a surrogate pair.
      const c = text.charCodeAt(to - 1);
      if (c >= 0xd800 && c <= 0xdbff) to++;
    }
    yield [from, to];
    from = to;
  }
}
