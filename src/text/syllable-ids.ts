/**
 * Syllable ids: every word of a lexicon phrase gets a small integer (1, 2 …), and the tokenizer gives each token the
 * id of its key, read straight off the lower-case text (a hash of its code units, then one compare), without slicing
 * or hashing a string. A key no phrase holds gets 0, which matches nothing. The trie's edges are keyed by these ids
 * (src/lexicon/trie.ts).
 *
 * One vocabulary for the process: the bundled lexicon's words, plus the words of run-time user entries
 * (createExtractor) as they are added. It only grows; a word keeps its id.
 */

/** The code units of every word, one after the other; word `id` is POOL[OFF[id] .. OFF[id] + LEN[id]). */
let POOL = new Uint16Array(1 << 16);
let poolLength = 0;
let OFF = new Int32Array(1 << 13);
let LEN = new Int32Array(1 << 13);
/** Open addressing: SLOTS[2 * slot] is a word's id (0: empty), SLOTS[2 * slot + 1] its full hash (one cache line). */
let BITS = 14;
let SLOTS = new Int32Array(2 << BITS);
let count = 0;

/** The hash of code units [start, end) of s (the same function as `hashPool`). */
function hashOf(s: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}

function firstSlot(h: number, bits: number): number {
  return Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> (32 - bits);
}

/** Code units [start, end) of s are word `id`. */
function sameWord(id: number, s: string, start: number, end: number): boolean {
  if (LEN[id] !== end - start) return false;
  const off = OFF[id]! - start;
  for (let k = start; k < end; k++) if (POOL[off + k] !== s.charCodeAt(k)) return false;
  return true;
}

/** The id of the word at code units [start, end) of `lower`, or 0 when no lexicon phrase has that word. */
export function syllableIdAt(lower: string, start: number, end: number): number {
  const h = hashOf(lower, start, end);
  const mask = (1 << BITS) - 1;
  const slots = SLOTS;
  for (let slot = firstSlot(h, BITS); ; slot = (slot + 1) & mask) {
    const id = slots[2 * slot]!;
    if (id === 0) return 0;
    if (slots[2 * slot + 1] === h && sameWord(id, lower, start, end)) return id;
  }
}

/** The id of `word` (a token key), or 0. */
export function syllableId(word: string): number {
  return syllableIdAt(word, 0, word.length);
}

function place(h: number, id: number): void {
  const mask = (1 << BITS) - 1;
  let slot = firstSlot(h, BITS);
  while (SLOTS[2 * slot] !== 0) slot = (slot + 1) & mask;
  SLOTS[2 * slot] = id;
  SLOTS[2 * slot + 1] = h;
}

/** The id of `word` (a token key), given one if it has none. */
export function internSyllable(word: string): number {
  const found = syllableId(word);
  if (found !== 0) return found;
  const id = ++count;
  if (id + 1 > OFF.length) {
    const off = new Int32Array(OFF.length * 2);
    off.set(OFF);
    OFF = off;
    const len = new Int32Array(LEN.length * 2);
    len.set(LEN);
    LEN = len;
  }
  if (poolLength + word.length > POOL.length) {
    const pool = new Uint16Array(Math.max(POOL.length * 2, poolLength + word.length));
    pool.set(POOL);
    POOL = pool;
  }
  for (let k = 0; k < word.length; k++) POOL[poolLength + k] = word.charCodeAt(k);
  OFF[id] = poolLength;
  LEN[id] = word.length;
  poolLength += word.length;
  // At most half full: a missing word's probe ends at an empty slot soon.
  if (2 * (count + 1) > 1 << BITS) {
    BITS++;
    SLOTS = new Int32Array(2 << BITS);
    for (let j = 1; j <= count; j++) place(hashPool(j), j);
  } else place(hashOf(word, 0, word.length), id);
  return id;
}

function hashPool(id: number): number {
  let h = 0;
  const off = OFF[id]!;
  for (let k = 0; k < LEN[id]!; k++) h = (Math.imul(h, 31) + POOL[off + k]!) | 0;
  return h;
}
