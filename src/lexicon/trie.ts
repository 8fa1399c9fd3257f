/** A trie over token keys: phrases are matched syllable by syllable, never character by character. */
import { internSyllable } from "../text/syllable-ids";
import type { Token } from "../text/tokenize";
import { work } from "../util/work";

export interface TrieNode<T> {
  /** Its number in the trie (the root is 0): edges are kept by number in typed arrays (Edges). */
  readonly id: number;
  /** null until the node gets a child: most nodes are leaves, and an empty Map per leaf costs start-up time. */
  next: Map<string, TrieNode<T>> | null;
  values: T[] | null;
  /** OR of `bitOf(value)` over the values here (kinds of entry ending at this node). */
  bits: number;
}

/** The keys and nodes of the last phrase addNext added (nodes[0] is the root; nodes[i + 1] is keys[i]'s). */
export interface TriePath<T> {
  keys: string[];
  nodes: Array<TrieNode<T>>;
  length: number;
}

/** The first slot of edge (node, syl) in a table of 2^bits slots. */
function edgeSlot(node: number, syl: number, bits: number): number {
  const h = (Math.imul(node, 0x9e3779b1) + syl) | 0;
  return Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> (32 - bits);
}

/**
 * The trie's edges as (node number, syllable id) → child number, in an open-addressing table of one Int32Array: a
 * match walks the text by the tokens' syllable ids (src/text/syllable-ids.ts) without a Map probe or a string hash.
 * A slot is 4 numbers (node, syllable, child + 1, unused: 16 bytes, one cache line read a probe); child + 1 = 0 is an
 * empty slot. The root's children, which every token asks for, are an array by syllable id.
 */
class Edges {
  private bits = 12;
  private table = new Int32Array(4 << this.bits);
  private count = 0;
  /** The root's children by syllable id, plus 1 (0: none). */
  private root = new Int32Array(1 << 12);

  /** The child of the root along syllable `syl`, or -1. */
  rootChild(syl: number): number {
    return syl < this.root.length ? this.root[syl]! - 1 : -1;
  }

  /** The child of `node` along syllable `syl`, or -1. */
  child(node: number, syl: number): number {
    if (node === 0) return this.rootChild(syl);
    const mask = (1 << this.bits) - 1;
    const table = this.table;
    for (let s = edgeSlot(node, syl, this.bits); ; s = (s + 1) & mask) {
      const c = table[4 * s + 2]!;
      if (c === 0) return -1;
      if (table[4 * s] === node && table[4 * s + 1] === syl) return c - 1;
    }
  }

  add(node: number, syl: number, child: number): void {
    if (node === 0) {
      if (syl >= this.root.length) {
        const root = new Int32Array(Math.max(2 * this.root.length, syl + 1));
        root.set(this.root);
        this.root = root;
      }
      this.root[syl] = child + 1;
      return;
    }
    if (2 * (this.count + 1) > 1 << this.bits) this.grow();
    this.count++;
    this.put(node, syl, child + 1);
  }

  private put(node: number, syl: number, child1: number): void {
    const mask = (1 << this.bits) - 1;
    const table = this.table;
    let s = edgeSlot(node, syl, this.bits);
    while (table[4 * s + 2] !== 0) s = (s + 1) & mask;
    table[4 * s] = node;
    table[4 * s + 1] = syl;
    table[4 * s + 2] = child1;
  }

  private grow(): void {
    const old = this.table;
    this.bits++;
    this.table = new Int32Array(4 << this.bits);
    for (let s = 0; s < old.length; s += 4) if (old[s + 2] !== 0) this.put(old[s]!, old[s + 1]!, old[s + 2]!);
  }
}

const EMPTY: never[] = [];

/** bitsEach's syllable ids of a chunk's tokens (kept between calls), a line break before a token marked by a bit. */
let idScratch = new Int32Array(1 << 12);
const LINE_BREAK = 1 << 30;

/**
 * Which words may start a phrase: a bit per (first, second, last code unit, length) of each first
 * word added, 2^17 bits in 16 KB. Most tokens start no phrase; a clear bit says so without hashing
 * the freshly sliced key for a Map probe (that probe was the most expensive line of a corpus pass).
 */
export class FirstWords {
  private readonly bits = new Uint32Array(0x1000);

  private static slot(k: string): number {
    const n = k.length;
    let h = ((k.charCodeAt(0) * 31 + (n > 1 ? k.charCodeAt(1) : 0)) * 31 + k.charCodeAt(n - 1)) * 8 + (n < 7 ? n : 7);
    h ^= h >>> 15;
    return h & 0x1ffff;
  }

  add(k: string): void {
    const slot = FirstWords.slot(k);
    this.bits[slot >>> 5]! |= 1 << (slot & 31);
  }

  /** False: no phrase added starts with k. True: one may. */
  mayStart(k: string): boolean {
    const slot = FirstWords.slot(k);
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }
}

export class PhraseTrie<T> {
  /** Node number → node. */
  private readonly nodes: Array<TrieNode<T>> = [];
  /** Node number → the node's `bits`. */
  private nodeBits = new Int32Array(1 << 12);
  private readonly edges = new Edges();
  readonly root: TrieNode<T> = this.newNode();

  /** `bitOf` classifies a value, so that a match can say which kinds of entry it holds without a loop. */
  constructor(private readonly bitOf: (value: T) => number = () => 0) {}

  private newNode(): TrieNode<T> {
    const node: TrieNode<T> = { id: this.nodes.length, next: null, values: null, bits: 0 };
    this.nodes.push(node);
    if (node.id >= this.nodeBits.length) {
      const bits = new Int32Array(2 * this.nodeBits.length);
      bits.set(this.nodeBits);
      this.nodeBits = bits;
    }
    return node;
  }

  /** The child of `node` along key k (made if missing). */
  private childOf(node: TrieNode<T>, k: string): TrieNode<T> {
    const next: Map<string, TrieNode<T>> = (node.next ??= new Map());
    let child = next.get(k);
    if (!child) {
      child = this.newNode();
      next.set(k, child);
      this.edges.add(node.id, internSyllable(k), child.id);
    }
    return child;
  }

  /** `first`: the value goes before older ones at that phrase (user entries override the bundled ones). */
  add(keys: readonly string[], value: T, first = false): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) node = this.childOf(node, k);
    if (first) (node.values ??= []).unshift(value);
    else (node.values ??= []).push(value);
    this.nodeBits[node.id] = node.bits |= this.bitOf(value);
  }

  /**
   * add(keys, value) for a run of phrases, with `path` kept from the previous call of the run: the walk starts at the
   * node of the keys this phrase shares with the previous one. The trie is the one add() makes from the same calls;
   * phrases in depth-first order (as src/lexicon/compiled.ts stores them) share most of their walk, so the loaded
   * lexicon skips most Map probes of its replay.
   */
  addNext(keys: readonly string[], value: T, path: TriePath<T>): void {
    const n = keys.length;
    if (n === 0) return;
    const pk = path.keys;
    const pn = path.nodes;
    const m = n < path.length ? n : path.length;
    let d = 0;
    while (d < m && pk[d] === keys[d]) d++;
    let node = pn[d]!;
    for (let j = d; j < n; j++) {
      const k = keys[j]!;
      node = this.childOf(node, k);
      pk[j] = k;
      pn[j + 1] = node;
    }
    path.length = n;
    (node.values ??= []).push(value);
    this.nodeBits[node.id] = node.bits |= this.bitOf(value);
  }

  /** A path for a run of addNext calls (at the root). */
  startPath(): TriePath<T> {
    return { keys: [], nodes: [this.root], length: 0 };
  }

  /** Walks from `node` along `keys` (used to start a match inside a virtual prefix such as "ban"). */
  walk(keys: readonly string[], node: TrieNode<T> = this.root): TrieNode<T> | null {
    let n: TrieNode<T> | undefined = node;
    for (const k of keys) {
      n = n.next?.get(k);
      if (!n) return null;
    }
    return n;
  }

  /**
   * For every token i, the OR of `bits` over every phrase that starts there (0: none starts there): what
   * `matchAt(tokens, i)` finds, without making its list. Walks the same way (the same line and length limits), over
   * the tokens' syllable ids read once into a typed array.
   */
  bitsEach(tokens: readonly Token[], limit = 16): Int32Array {
    const n = tokens.length;
    const out = new Int32Array(n);
    if (idScratch.length < n) idScratch = new Int32Array(2 * n);
    const ids = idScratch;
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      ids[i] = t.lineBreakBefore ? t.syl | LINE_BREAK : t.syl;
    }
    const { edges, nodeBits } = this;
    let steps = n;
    for (let from = 0; from < n; from++) {
      let at = edges.rootChild(ids[from]! & ~LINE_BREAK);
      if (at < 0) continue;
      let bits = 0;
      const last = from + limit < n ? from + limit : n;
      for (let i = from + 1; ; i++) {
        bits |= nodeBits[at]!;
        if (i >= last) break;
        const id = ids[i]!;
        steps++;
        // (Id 0 is a word no phrase has; a line break ends every phrase.)
        if (id === 0 || id & LINE_BREAK) break;
        at = edges.child(at, id);
        if (at < 0) break;
      }
      out[from] = bits;
    }
    work.trieSteps += steps;
    return out;
  }

  /**
   * Every phrase that starts at token `from`, longest first: `end` is the index after its last
   * token. Matching stops at a line break: entries never span lines. (At most 16 tokens: the longest names, such as
   * "Ủy ban Trung ương Mặt trận Dân tộc Giải phóng miền Nam Việt Nam", have 14.)
   */
  matchAt(tokens: readonly Token[], from: number, start: TrieNode<T> = this.root, limit = 16): Array<{ end: number; values: T[]; bits: number }> {
    let out: Array<{ end: number; values: T[]; bits: number }> | null = null;
    let at = start.id;
    for (let i = from; i < tokens.length && i - from < limit; i++) {
      const t = tokens[i]!;
      work.trieSteps++;
      if (i > from && t.lineBreakBefore) break;
      const syl = t.syl;
      if (syl === 0) break;
      at = this.edges.child(at, syl);
      if (at < 0) break;
      const node = this.nodes[at]!;
      if (node.values) {
        const m = { end: i + 1, values: node.values, bits: node.bits };
        // (A literal of one: `[]` then push would reserve 16 slots, for what is mostly one match.)
        if (out === null) out = [m];
        else out.push(m);
      }
    }
    // Longest first (pushed shortest first: no unshift per step).
    return out === null ? EMPTY : out.length > 1 ? out.reverse() : out;
  }
}
