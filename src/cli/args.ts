/** The command line's arguments: parsed and checked before any input is read. */
import { parseArgs } from "node:util";
import { ExtractManyOptions } from "../api/extract-many";
import { EntityType } from "../schema/graph";
import type { ExtractOptions } from "../schema/options";
import { readCustom } from "./custom";
import { describeIssues } from "./errors";
import { closest, didYouMean } from "./suggest";
import { VIEW_FORMATS } from "./views";

export const HELP = `Usage: vn-entity-graph [file|-] [options]

Reads Vietnamese text and prints what it finds (people, positions, organizations, locations,
dates, who holds which post) as a JSON entity graph or as one of the views below. A UTF-8 byte
order mark at the start of the input is ignored.

Input:
  --input text|jsonl   text (default): the whole input is one text;
                       jsonl (the default with --format jsonl): one article a line, as "..." or
                       {"text": "...", "referenceDate": ..., "forwardDate": ..., "id": ...}
Output:
  --format F           one of (for many articles, i.e. JSONL input, as said after the colon):
    json               the entity graph (default): a JSON array of graphs
    jsonl              one graph a line, in input order, in bounded memory: the same
    html               a page with the text's entities marked and its officeholders listed:
                       one page, a section per article headed by its id or line number
    mermaid            flowchart person → post → organization: Markdown, a heading and a
                       \`\`\`mermaid block per article
    dot                Graphviz digraph of the same: one digraph per article (dot -Tsvg -O)
    jsonld             JSON-LD (W3C ORG, schema.org, OWL-Time): one document a line
    popolo             Popolo JSON (persons, organizations, posts, memberships): one a line
    csv                who holds what: person,position,organization,status,start,end,term,
                       evidence (RFC 4180): one header, a first column "doc" (id, else line)
    conll              token<TAB>BIO tag, a blank line between sentences: each article after a
                       "-DOCSTART-<TAB>O" line and a blank line (CoNLL-2003, as spaCy reads it)
    brat               brat standoff .ann of the input text: NAME.txt, NAME.ann per article and
                       annotation.conf, written to --out-dir (NAME from the id, else the line)
  --out-dir DIR        brat with JSONL input: the folder to write to (made if missing)
  --types T,T,...      entity types to find: person,position,organization,location,date (default all)
  --no-text            json/jsonl: leave the input text out of each graph (mention offsets still
                       point into it); views that show the text still get it
  --pretty             indent json, jsonl, jsonld and popolo output

Extraction:
  --reference-date D   date the text was written (ISO, e.g. 2019-01-11); else its dateline
  --forward-date       resolve yearless dates and weekdays forward from the reference
  --custom FILE        your own gazetteer entries, a JSON file as createExtractor takes it:
                       {"titles": [{"head": "Trưởng làng", "gloss": "Village head"}],
                        "organizations": [{"name": "Công ty ABC", "abbreviations": ["ABC"]}],
                        "names": [{"surname": "Zơrâm"}], "locations": [{"name": "Bản Lác"}]}

Many articles (JSONL input):
  --on-error fail|skip what a bad line does (not JSON, not a string or an object with a "text"
                       string, a bad per-line option, or a blank line):
                       fail (default): stop there, after writing every result before it (exit 1);
                       skip: json/jsonl write {"id":...,"line":N,"error":{"message":...}} in its
                       place, so output line N answers input line N; other formats leave it out
                       and say so on stderr; exit 3 at the end
  --concurrency N      threads, this one included (default: CPU count)
  --workers-after N    characters extracted in the main thread before worker threads start
                       (default 4000000: a new worker costs seconds of compiling; 0: at once)

  -h, --help           this help
  -v, --version        version

Examples:
  vn-entity-graph article.txt --reference-date 2019-01-11 --pretty
  vn-entity-graph article.txt --format html > article.html
  vn-entity-graph article.txt --format mermaid --types person,position,organization
  vn-entity-graph --format jsonl --no-text < articles.jsonl > graphs.jsonl
  vn-entity-graph articles.jsonl --input jsonl --format csv > holders.csv
  vn-entity-graph articles.jsonl --input jsonl --format conll > train.conll
  vn-entity-graph articles.jsonl --input jsonl --format brat --out-dir brat/
  vn-entity-graph article.txt --custom entries.json

Exit status: 0 done; 1 stopped at a bad line (--on-error fail), or the input could not be
read or the output written; 2 bad command line; 3 done, but some lines failed (--on-error skip).`;

export type OnError = "fail" | "skip";
export const FORMATS = ["json", "jsonl", ...VIEW_FORMATS] as const;
export type Format = (typeof FORMATS)[number];

export interface Run {
  file: string; // "-" is stdin
  input: "text" | "jsonl";
  format: Format;
  onError: OnError;
  options: ExtractOptions;
  many: ExtractManyOptions; // options plus concurrency, workersAfter and custom entries
  indent: number | undefined;
  /** json/jsonl: keep the text in each graph. */
  text: boolean;
  outDir?: string;
}

export type Command = { help: true } | { version: true } | { run: Run };

/** A command line that cannot be run: its message goes to stderr (with the help if `help`), exit status 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly help = false,
  ) {
    super(message);
  }
}

const OPTIONS = {
  input: { type: "string" },
  format: { type: "string", default: "json" },
  "out-dir": { type: "string" },
  types: { type: "string" },
  "no-text": { type: "boolean" },
  pretty: { type: "boolean" },
  "reference-date": { type: "string" },
  "forward-date": { type: "boolean" },
  custom: { type: "string" },
  "on-error": { type: "string", default: "fail" },
  concurrency: { type: "string" },
  "workers-after": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;
const FLAG_NAMES = Object.keys(OPTIONS).map((k) => `--${k}`);

// Flags by the option they set, to name the flag in a zod error.
const FLAGS: Record<string, string> = { referenceDate: "--reference-date", forwardDate: "--forward-date", types: "--types", concurrency: "--concurrency", workersAfter: "--workers-after" };

/** Decimal digits only: Number() would also take "0x2", "1e1", " 2" and "". */
function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value)) throw new UsageError(`${flag} must be a whole number in decimal digits, got ${JSON.stringify(value)}`);
  return Number(value);
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const expected = allowed.length > 2 ? `one of ${allowed.join(", ")}` : allowed.join(" or ");
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be ${expected}, got ${value}${didYouMean(value, allowed)}`);
  return value as T;
}

/** --types person,position: each a known type (a misspelt one gets a suggestion), none twice. */
function typeList(value: string): EntityType[] {
  const known = EntityType.options;
  const types: EntityType[] = [];
  for (const t of value.split(",").map((s) => s.trim())) {
    if (!t) throw new UsageError(`--types: an empty type in ${JSON.stringify(value)}; expected some of ${known.join(",")}`);
    if (!(known as readonly string[]).includes(t)) throw new UsageError(`--types: unknown type ${JSON.stringify(t)}${didYouMean(t, known)}; expected some of ${known.join(",")}`);
    if (!types.includes(t as EntityType)) types.push(t as EntityType);
  }
  return types;
}

/** parseArgs's error, with the flag meant when the one given is misspelt. */
function argsError(e: Error & { code?: string }): UsageError {
  const flag = e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'(-[^']*)'/.exec(e.message)?.[1] : undefined;
  if (flag !== undefined) {
    const meant = closest(flag.split("=")[0]!, FLAG_NAMES);
    return new UsageError(`unknown option ${flag}${meant ? `: did you mean ${meant}?` : ""}`, !meant);
  }
  return new UsageError(e.message, true);
}

export function parseCommandLine(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw argsError(e as Error);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (values.version) return { version: true };
  if (positionals.length > 1) throw new UsageError(`expected at most one input file, got ${positionals.length}`);
  const format = oneOf("--format", values.format, FORMATS);
  const input = values.input === undefined ? (format === "jsonl" ? "jsonl" : "text") : oneOf("--input", values.input, ["text", "jsonl"] as const);
  if (format === "jsonl" && input === "text") throw new UsageError("--format jsonl reads JSONL: drop --input text, or use --format json for one text");
  if (format === "brat" && input === "jsonl" && values["out-dir"] === undefined) throw new UsageError("--format brat with JSONL input writes a .txt and an .ann per article: give --out-dir DIR");
  if (values["out-dir"] !== undefined && !(format === "brat" && input === "jsonl")) throw new UsageError("--out-dir is for --format brat with --input jsonl");
  const options: ExtractOptions = {};
  if (values["reference-date"] !== undefined) options.referenceDate = values["reference-date"];
  if (values["forward-date"]) options.forwardDate = true;
  if (values.types !== undefined) options.types = typeList(values.types) as ExtractOptions["types"];
  let custom;
  if (values.custom !== undefined) {
    custom = readCustom(values.custom);
    if (custom instanceof Error) throw new UsageError(custom.message);
  }
  const many: ExtractManyOptions = { ...options, concurrency: wholeNumber("--concurrency", values.concurrency), workersAfter: wholeNumber("--workers-after", values["workers-after"]), custom };
  const checked = ExtractManyOptions.safeParse(many);
  if (!checked.success) throw new UsageError(describeIssues(checked.error.issues, (key) => FLAGS[key] ?? key));
  return {
    run: {
      file: positionals[0] ?? "-",
      input,
      format,
      onError: oneOf("--on-error", values["on-error"], ["fail", "skip"] as const),
      options,
      many,
      indent: values.pretty ? 2 : undefined,
      text: !values["no-text"],
      outDir: values["out-dir"],
    },
  };
}
