/**
 * Character tests on token text without a regex: `/\p{N}/u.test(key)` on every token allocated
 * (about 1.6 MB a corpus pass for one such test). ASCII and the Vietnamese letter ranges are
 * answered by a comparison; anything else falls back to the Unicode property.
 */
const NUMBER_RE = /\p{N}/u;

/** The code point at s[i] (first unit `c`) is a number character (\p{N}). */
function numberAt(s: string, i: number, c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  // Latin-1 letters, Latin Extended-A/B, combining marks, Latin Extended Additional (ạ…ỹ): no numbers there.
  if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return false;
  return NUMBER_RE.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Same as `/^\p{N}/u.test(s)`. */
export function startsWithNumber(s: string): boolean {
  return s.length > 0 && numberAt(s, 0, s.charCodeAt(0));
}

/** Same as `/\p{N}/u.test(s)`. */
export function hasNumber(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a pair was tested with its first
    if (numberAt(s, i, c)) return true;
  }
  return false;
}

/** Same as `/^[a-z0-9]+$/.test(s)`. */
export function isAsciiLowerAlnum(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * Whether any code unit of `s` is marked in `table` (a Uint8Array over all 65 536 units): a table
 * loop, because a regex class of scattered characters scans a two-byte string several times slower.
 */
export function containsAny(s: string, table: Uint8Array): boolean {
  for (let i = 0; i < s.length; i++) if (table[s.charCodeAt(i)]) return true;
  return false;
}

/**
 * True when `s` is NFC for certain without asking ICU: every unit below U+0300 or in Latin Extended
 * Additional (ạ…ỹ), where no character decomposes, combines or reorders. Else `normalize()` decides.
 */
export function surelyNfc(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return false;
  }
  return true;
}
