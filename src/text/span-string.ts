/**
 * The text of a span, as the same string object every time the same text is seen (both tokenizers
 * use it: the words' tokens and the date engine's).
 */
// Kept between calls: a text repeats a few thousand syllables, and a
// kept string is neither sliced again (32–40 bytes a token) nor hashed again by the trie's Map
// look-ups (V8 keeps a string's hash in it). Open addressing, filled to half at most; when full, a
// new word is sliced as before. Only short spans: a slice of 13 or more characters is a view that
// would keep its whole text alive.
const INTERN_SLOTS = 1 << 15;
const INTERN_MAX_LEN = 12;
const interned: Array<string | undefined> = new Array<string | undefined>(INTERN_SLOTS).fill(undefined);
let internedCount = 0;

/** `s.slice(start, end)`, the same string object as the last time this span's text was seen. */
export function spanString(s: string, start: number, end: number): string {
  const len = end - start;
  if (len > INTERN_MAX_LEN || len <= 0) return s.slice(start, end);
  let h = len;
  for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  h ^= h >>> 15;
  let slot = h & (INTERN_SLOTS - 1);
  for (let e = interned[slot]; e !== undefined; e = interned[slot]) {
    if (e.length === len && sameChars(e, s, start)) return e;
    slot = (slot + 1) & (INTERN_SLOTS - 1);
  }
  const str = s.slice(start, end);
  if (internedCount < INTERN_SLOTS >>> 1) {
    interned[slot] = str;
    internedCount++;
  }
  return str;
}

/** `word` equals `s` from `at` on for word's length. */
function sameChars(word: string, s: string, at: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== s.charCodeAt(at + k)) return false;
  return true;
}
