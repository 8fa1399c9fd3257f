/** A trie over token keys: phrases are matched syllable by syllable, never character by character. */
import type { Token } from "../text/tokenize";
import { work } from "../util/work";

export interface TrieNode<T> {
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

export function newNode<T>(): TrieNode<T> {
  return { next: null, values: null, bits: 0 };
}

const EMPTY: never[] = [];

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
  readonly root: TrieNode<T> = newNode<T>();
  /** The first word of every phrase (add is the only way in). */
  private readonly firstWords = new FirstWords();

  /** `bitOf` classifies a value, so that a match can say which kinds of entry it holds without a loop. */
  constructor(private readonly bitOf: (value: T) => number = () => 0) {}

  /** `first`: the value goes before older ones at that phrase (user entries override the bundled ones). */
  add(keys: readonly string[], value: T, first = false): void {
    if (keys.length === 0) return;
    this.firstWords.add(keys[0]!);
    let node = this.root;
    for (const k of keys) {
      const next: Map<string, TrieNode<T>> = (node.next ??= new Map());
      let child = next.get(k);
      if (!child) {
        child = newNode<T>();
        next.set(k, child);
      }
      node = child;
    }
    if (first) (node.values ??= []).unshift(value);
    else (node.values ??= []).push(value);
    node.bits |= this.bitOf(value);
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
    if (d === 0) this.firstWords.add(keys[0]!);
    let node = pn[d]!;
    for (let j = d; j < n; j++) {
      const k = keys[j]!;
      const next: Map<string, TrieNode<T>> = (node.next ??= new Map());
      let child = next.get(k);
      if (!child) {
        child = newNode<T>();
        next.set(k, child);
      }
      node = child;
      pk[j] = k;
      pn[j + 1] = node;
    }
    path.length = n;
    (node.values ??= []).push(value);
    node.bits |= this.bitOf(value);
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
   * Every phrase that starts at token `from`, longest first: `end` is the index after its last
   * token. Matching stops at a line break: entries never span lines. (At most 16 tokens: the longest names, such as
   * "Ủy ban Trung ương Mặt trận Dân tộc Giải phóng miền Nam Việt Nam", have 14.)
   */
  matchAt(tokens: readonly Token[], from: number, start: TrieNode<T> = this.root, limit = 16): Array<{ end: number; values: T[]; bits: number }> {
    if (start === this.root && from < tokens.length && !this.firstWords.mayStart(tokens[from]!.key)) return EMPTY;
    let out: Array<{ end: number; values: T[]; bits: number }> | null = null;
    let node: TrieNode<T> | undefined = start;
    for (let i = from; i < tokens.length && i - from < limit; i++) {
      const t = tokens[i]!;
      work.trieSteps++;
      if (i > from && t.lineBreakBefore) break;
      node = node.next?.get(t.key);
      if (!node) break;
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
