/**
 * The bundled lexicon as JSON, written at build time and loaded at first use. Reading the
 * gazetteers (parsing, normalizing, expanding variants) took most of the first call; replaying
 * the finished entries into a fresh trie takes a fraction of that.
 *
 * Shared data objects (one OrgInfo behind a name, its aliases and abbreviations) are stored once
 * in `infos` and referenced by index, so the loaded lexicon has the same sharing as a built one.
 * Trie rows are replayed in depth-first order, which gives every node its values in the same order.
 */
import { Interner } from "../util/interner";
import { LexiconBuilder } from "./builder";
import type { LexEntry, OrgInfo, PlaceInfo, TitleInfo } from "./entries";
import type { TrieNode } from "./trie";

type Row = [path: string, t: LexEntry["t"], ...rest: Array<string | number | boolean>];

interface Compiled {
  v: 2;
  /** Property lists of the data objects; each info is [shape index, ...values] (no repeated keys). */
  shapes: string[][];
  infos: unknown[][];
  trie: Row[];
  givenNames: string[];
  surnames: Array<[string, string, boolean]>;
  orgsByKey: Array<[string, number]>;
  titlesByKey: Array<[string, number]>;
  placesByKey: Array<[string, number]>;
  countries: string[];
  notBare: string[];
}

export function serializeLexicon(b: LexiconBuilder): string {
  const infos = new Interner<object>();
  const ref = (o: object): number => infos.of(o);
  const rows: Row[] = [];
  const walk = (node: TrieNode<LexEntry>, path: string) => {
    for (const e of node.values ?? []) {
      switch (e.t) {
        case "org": rows.push([path, e.t, ref(e.info), e.abbreviation ? 1 : 0, e.cased, e.titleOnly ? 1 : 0]); break;
        case "place": rows.push([path, e.t, ref(e.info), e.cased]); break;
        case "surname": rows.push([path, e.t, e.origin, e.common ? 1 : 0]); break;
        case "address": rows.push([path, e.t, e.kind]); break;
        default: rows.push([path, e.t, ref(e.info)]);
      }
    }
    for (const [k, child] of node.next ?? []) {
      if (/\s/.test(k)) throw new Error(`compiled lexicon: token key with a space: ${JSON.stringify(k)}`);
      walk(child, path ? `${path} ${k}` : k);
    }
  };
  walk(b.trie.root, "");
  const refs = (m: Map<string, object>) => [...m].map(([k, v]) => [k, ref(v)] as [string, number]);
  const maps = { orgsByKey: refs(b.orgsByKey), titlesByKey: refs(b.titlesByKey), placesByKey: refs(b.placesByKey) };
  // One property list per shape, found by the list joined with "," (property names have no comma).
  const shapes = new Interner<string>();
  const rowsOfInfos = infos.values.map((o) => {
    const keys = Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
    return [shapes.of(keys.join(",")), ...keys.map((k) => (o as Record<string, unknown>)[k])];
  });
  const c: Compiled = {
    v: 2,
    shapes: shapes.values.map((id) => (id ? id.split(",") : [])),
    infos: rowsOfInfos,
    trie: rows,
    givenNames: [...b.givenNames],
    surnames: [...b.surnames].map(([k, s]) => [k, s.origin, s.common]),
    ...maps,
    countries: [...b.countries],
    notBare: [...b.notBare],
  };
  return JSON.stringify(c);
}

/**
 * `json`: the JSON text, or its value already parsed. The package's dist/lexicon.cjs gives the value:
 * it is dist/lexicon.json read by require(), which parses JSON without compiling it as code (a 500 KB
 * string literal cost more to compile than JSON.parse does, and Node's ESM import of a CommonJS file
 * also scanned the whole literal for export names).
 */
export function loadLexicon(json: string | object): LexiconBuilder {
  const c = (typeof json === "string" ? JSON.parse(json) : json) as Compiled;
  if (c.v !== 2) throw new Error(`vn-entity-graph: compiled lexicon version ${String(c.v)} is not supported; run \`npm run build:data\``);
  const b = new LexiconBuilder();
  // Typed by use below: each reference says which kind of info it points to.
  const infos = c.infos.map((row) => {
    const keys = c.shapes[row[0] as number]!;
    const o: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) o[keys[i]!] = row[i + 1];
    return o;
  });
  const at = (i: unknown): never => infos[i as number] as never;
  for (const r of c.trie) {
    const keys = r[0].split(" ");
    const x = r[2];
    let e: LexEntry;
    switch (r[1]) {
      case "org": e = { t: "org", info: at(x), abbreviation: r[3] === 1, cased: r[4] as string, titleOnly: r[5] === 1 }; break;
      case "place": e = { t: "place", info: at(x), cased: r[3] as string }; break;
      case "surname": e = { t: "surname", origin: x as string, common: r[3] === 1 }; break;
      case "address": e = { t: "address", kind: x as string }; break;
      default: e = { t: r[1], info: at(x) };
    }
    b.trie.add(keys, e);
  }
  for (const g of c.givenNames) b.givenNames.add(g);
  for (const [k, origin, common] of c.surnames) b.surnames.set(k, { origin, common });
  for (const [k, i] of c.orgsByKey) b.orgsByKey.set(k, at(i));
  for (const [k, i] of c.titlesByKey) b.titlesByKey.set(k, at(i));
  for (const [k, i] of c.placesByKey) b.placesByKey.set(k, at(i));
  for (const k of c.countries) b.countries.add(k);
  for (const k of c.notBare) b.notBare.add(k);
  return b;
}
