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

export function newNode<T>(): TrieNode<T> {
  return { next: null, values: null, bits: 0 };
}

const EMPTY: never[] = [];

export class PhraseTrie<T> {
  readonly root: TrieNode<T> = newNode<T>();

  /** `bitOf` classifies a value, so that a match can say which kinds of entry it holds without a loop. */
  constructor(private readonly bitOf: (value: T) => number = () => 0) {}

  /** `first`: the value goes before older ones at that phrase (user entries override the bundled ones). */
  add(keys: readonly string[], value: T, first = false): void {
    if (keys.length === 0) return;
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
   * token. Matching stops at a line break: entries never span lines.
   */
  matchAt(tokens: readonly Token[], from: number, start: TrieNode<T> = this.root, limit = 12): Array<{ end: number; values: T[]; bits: number }> {
    let out: Array<{ end: number; values: T[]; bits: number }> | null = null;
    let node: TrieNode<T> | undefined = start;
    for (let i = from; i < tokens.length && i - from < limit; i++) {
      const t = tokens[i]!;
      work.trieSteps++;
      if (i > from && t.lineBreakBefore) break;
      node = node.next?.get(t.key);
      if (!node) break;
      if (node.values) (out ??= []).push({ end: i + 1, values: node.values, bits: node.bits });
    }
    // Longest first (pushed shortest first: no unshift per step).
    return out === null ? EMPTY : out.length > 1 ? out.reverse() : out;
  }
}
