/**
 * The bundled lexicon as JSON, written at build time and loaded at first use. Reading the
 * gazetteers (parsing, normalizing, expanding variants) took most of the first call; replaying
 * the finished entries into a fresh trie takes a fraction of that.
 *
 * One row per trie value, in depth-first order, which gives every node its children and values in
 * the same order. The file is shipped in the package, so a row leaves out what the loader can
 * derive (format 3, about half the bytes of format 2):
 * - a data object (OrgInfo, PlaceInfo …) is written inside the first row that refers to it, as
 *   [shape index, ...values] (`shapes` lists the property names once); later rows give its index
 *   (objects are numbered in order of appearance), so the loaded lexicon shares them as a built one;
 * - the phrase: left out when it is the row's display text in lower case ("Thường Tín" → "thường tín");
 * - a place's display text when it is the place's name, an organization's when it is its name
 *   (or the number of the alias or abbreviation it is);
 * - titlesByKey, orgsByKey, placesByKey and countries: a flag on the row of that phrase and object
 *   (`rest` holds any entry without such a row; none today).
 */
import { Interner } from "../util/interner";
import { LexiconBuilder } from "./builder";
import type { LexEntry, OrgInfo } from "./entries";
import type { TrieNode } from "./trie";

const FORMAT = 3;
/** Row code: the entry type (its index here) plus the flags below. */
const TYPES: ReadonlyArray<LexEntry["t"]> = ["title", "modifier", "org", "orgHead", "place", "level", "surname", "address", "cue"];
/** The phrase is written, last in the row. */
const PATH = 16;
/** The phrase names the row's object: an entry of titlesByKey, orgsByKey or placesByKey. */
const NAMED = 32;
/** org: an abbreviation; place: the phrase is one of `countries`. */
const ABBR_OR_COUNTRY = 64;
/** org, place: the display text is written (for an org also the number of its form). */
const CASED = 128;
/** org: an alias that counts only right after a title. */
const TITLE_ONLY = 256;

type Value = string | number | boolean | object;
/** [code, ...by type, path if PATH]. An object is a number (seen before) or [shape index, ...values]. */
type Row = Value[];

interface Compiled {
  v: typeof FORMAT;
  /** Property lists of the data objects (no repeated keys). */
  shapes: string[][];
  trie: Row[];
  givenNames: string[];
  surnames: Array<[string, string, boolean]>;
  notBare: string[];
  /** Map and set entries no row carries (as [phrase, object] or phrase). */
  rest: { titlesByKey: Array<[string, Value]>; orgsByKey: Array<[string, Value]>; placesByKey: Array<[string, Value]>; countries: string[] };
}

/** An organization's forms as the builder writes them: name, aliases (without a final "*"), abbreviations. */
function orgForm(info: OrgInfo, k: number): string | undefined {
  if (k === 0) return info.name;
  const a = info.aliases[k - 1];
  if (a !== undefined) return a.endsWith("*") ? a.slice(0, -1).trim() : a;
  return info.abbreviations[k - 1 - info.aliases.length];
}

/** The text a row's phrase is derived from (its key is this in lower case), if any. */
function displayOf(e: LexEntry): string | undefined {
  switch (e.t) {
    case "org": case "place": return e.cased;
    case "title": case "orgHead": return e.info.head;
    case "modifier": case "cue": return e.info.text;
    case "level": return e.info.word;
    default: return undefined;
  }
}

export function serializeLexicon(b: LexiconBuilder): string {
  const shapes = new Interner<string>();
  const infos = new Interner<object>();
  // One property list per shape, found by the list joined with "," (property names have no comma).
  const obj = (o: object): Value => {
    const n = infos.values.length;
    const i = infos.of(o);
    if (i < n) return i;
    const keys = Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
    return [shapes.of(keys.join(",")), ...keys.map((k) => (o as Record<string, Value>)[k]!)];
  };
  // The map and set entries a row carries, by "phrase\u0000kind" (a phrase's first row of that object).
  const done = new Set<string>();
  const claim = (key: string, what: string, yes: boolean): boolean => {
    if (!yes || done.has(`${key}\u0000${what}`)) return false;
    done.add(`${key}\u0000${what}`);
    return true;
  };
  const rows: Row[] = [];
  const walk = (node: TrieNode<LexEntry>, path: string) => {
    for (const e of node.values ?? []) {
      let code = TYPES.indexOf(e.t);
      const row: Row = [0];
      switch (e.t) {
        case "org": {
          row.push(obj(e.info));
          if (claim(path, "org", b.orgsByKey.get(path) === e.info)) code |= NAMED;
          if (e.abbreviation) code |= ABBR_OR_COUNTRY;
          if (e.titleOnly) code |= TITLE_ONLY;
          if (e.cased !== e.info.name) {
            let k = 1;
            while (orgForm(e.info, k) !== undefined && orgForm(e.info, k) !== e.cased) k++;
            row.push(orgForm(e.info, k) === undefined ? e.cased : k);
            code |= CASED;
          }
          break;
        }
        case "place":
          row.push(obj(e.info));
          if (claim(path, "place", b.placesByKey.get(path) === e.info)) code |= NAMED;
          if (claim(path, "country", b.countries.has(path))) code |= ABBR_OR_COUNTRY;
          if (e.cased !== e.info.name) {
            row.push(e.cased);
            code |= CASED;
          }
          break;
        case "surname": row.push(e.origin, e.common ? 1 : 0); break;
        case "address": row.push(e.kind); break;
        default:
          row.push(obj(e.info));
          if (e.t === "title" && claim(path, "title", b.titlesByKey.get(path) === e.info)) code |= NAMED;
      }
      if (displayOf(e)?.toLowerCase() !== path) {
        row.push(path);
        code |= PATH;
      }
      row[0] = code;
      rows.push(row);
    }
    for (const [k, child] of node.next ?? []) {
      if (/\s/.test(k)) throw new Error(`compiled lexicon: token key with a space: ${JSON.stringify(k)}`);
      walk(child, path ? `${path} ${k}` : k);
    }
  };
  walk(b.trie.root, "");
  const rest = (m: Map<string, object>, what: string) => [...m].filter(([k]) => !done.has(`${k}\u0000${what}`)).map(([k, v]) => [k, obj(v)] as [string, Value]);
  const c: Compiled = {
    v: FORMAT,
    shapes: shapes.values.map((id) => (id ? id.split(",") : [])),
    trie: rows,
    givenNames: [...b.givenNames],
    surnames: [...b.surnames].map(([k, s]) => [k, s.origin, s.common]),
    notBare: [...b.notBare],
    rest: {
      titlesByKey: rest(b.titlesByKey, "title"),
      orgsByKey: rest(b.orgsByKey, "org"),
      placesByKey: rest(b.placesByKey, "place"),
      countries: [...b.countries].filter((k) => !done.has(`${k}\u0000country`)),
    },
  };
  return JSON.stringify(c);
}

/**
 * The words of each row's phrase in turn. The rows come depth-first, so a phrase mostly begins with words of the one
 * before it: those are kept (the same strings), and only the rest of the phrase is cut into words.
 */
export class RowKeys {
  private readonly keys: string[] = [];
  private prev = "";

  /** The words of `path` (an array reused by the next call). */
  of(path: string): string[] {
    const prev = this.prev;
    const m = path.length < prev.length ? path.length : prev.length;
    // Words that end before the first difference are the previous phrase's words (s: where the next one starts).
    let shared = 0;
    let s = 0;
    for (let i = 0; i < m; i++) {
      const c = path.charCodeAt(i);
      if (c !== prev.charCodeAt(i)) break;
      if (c === 32) {
        shared++;
        s = i + 1;
      }
    }
    const keys = this.keys;
    keys.length = shared;
    for (let sp = path.indexOf(" ", s); sp >= 0; s = sp + 1, sp = path.indexOf(" ", s)) keys.push(path.slice(s, sp));
    keys.push(path.slice(s));
    this.prev = path;
    return keys;
  }
}

/**
 * `json`: the JSON text, or its value already parsed. The package's dist/lexicon.cjs gives the value:
 * it is dist/lexicon.json read by require(), which parses JSON without compiling it as code (a 500 KB
 * string literal cost more to compile than JSON.parse does, and Node's ESM import of a CommonJS file
 * also scanned the whole literal for export names).
 */
export function loadLexicon(json: string | object): LexiconBuilder {
  const c = (typeof json === "string" ? JSON.parse(json) : json) as Compiled;
  if (c.v !== FORMAT) throw new Error(`vn-entity-graph: compiled lexicon version ${String(c.v)} is not supported; run \`npm run build:data\``);
  const b = new LexiconBuilder();
  // Typed by use below: each row's type says which kind of object it refers to.
  const infos: object[] = [];
  const obj = (x: Value): never => {
    if (typeof x === "number") return infos[x] as never;
    const row = x as Value[];
    const keys = c.shapes[row[0] as number]!;
    const o: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) o[keys[i]!] = row[i + 1];
    infos.push(o);
    return o as never;
  };
  // (The rows are in depth-first order: each walks on from where the one before it shares its keys.)
  const at = b.trie.startPath();
  const keys = new RowKeys();
  for (const r of c.trie) {
    const code = r[0] as number;
    const t = TYPES[code & 15]!;
    let e: LexEntry;
    switch (t) {
      case "org": {
        const info: OrgInfo = obj(r[1]!);
        const cased = code & CASED ? r[2]! : 0;
        e = { t, info, abbreviation: (code & ABBR_OR_COUNTRY) !== 0, cased: typeof cased === "number" ? orgForm(info, cased)! : (cased as string), titleOnly: (code & TITLE_ONLY) !== 0 };
        break;
      }
      case "place": {
        const info = obj(r[1]!) as { name: string };
        e = { t, info: info as never, cased: code & CASED ? (r[2] as string) : info.name };
        break;
      }
      case "surname": e = { t, origin: r[1] as string, common: r[2] === 1 }; break;
      case "address": e = { t, kind: r[1] as string }; break;
      default: e = { t, info: obj(r[1]!) } as LexEntry;
    }
    const path = code & PATH ? (r[r.length - 1] as string) : displayOf(e)!.toLowerCase();
    b.trie.addNext(keys.of(path), e, at);
    if (code & NAMED) {
      if (e.t === "org") b.orgsByKey.set(path, e.info);
      else if (e.t === "place") b.placesByKey.set(path, e.info);
      else if (e.t === "title") b.titlesByKey.set(path, e.info);
    }
    if (code & ABBR_OR_COUNTRY && e.t === "place") b.countries.add(path);
  }
  for (const g of c.givenNames) b.givenNames.add(g);
  for (const [k, origin, common] of c.surnames) b.surnames.set(k, { origin, common });
  for (const k of c.notBare) b.notBare.add(k);
  for (const [k, x] of c.rest.titlesByKey) b.titlesByKey.set(k, obj(x));
  for (const [k, x] of c.rest.orgsByKey) b.orgsByKey.set(k, obj(x));
  for (const [k, x] of c.rest.placesByKey) b.placesByKey.set(k, obj(x));
  for (const k of c.rest.countries) b.countries.add(k);
  return b;
}
