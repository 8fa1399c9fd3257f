/** The command line's arguments: parsed and checked before any input is read. */
import { parseArgs } from "node:util";
import { ExtractManyOptions } from "../api/extract-many";
import type { ExtractOptions } from "../schema/options";
import { describeIssues } from "./errors";

export const HELP = `Usage: vn-entity-graph [file|-] [options]

Reads Vietnamese text and prints its entity graph (people, positions, organizations,
locations, dates) as JSON. A UTF-8 byte order mark at the start of the input is ignored.

Options:
  --reference-date D   date the text was written (ISO, e.g. 2019-01-11); else its dateline
  --forward-date       resolve yearless dates and weekdays forward from the reference
  --format json|jsonl  json (default): the whole input is one text, one graph out;
                       jsonl: one article a line in ("..." or {"text": "...", "referenceDate": ..., "id": ...}),
                       one graph a line out, in order, in bounded memory
  --on-error fail|skip jsonl: what a bad line does (not JSON, not a string or an object with a
                       "text" string, a bad per-line option, or a blank line):
                       fail (default): stop there, after writing every graph before it (exit 1);
                       skip: write {"id":...,"line":N,"error":{"message":...}} in its place and go on,
                       so output line N answers input line N (exit 3 at the end)
  --concurrency N      threads for jsonl, this one included (default: CPU count)
  --workers-after N    characters extracted in the main thread before worker threads start
                       (default 4000000: a new worker costs seconds of compiling; 0: at once)
  --pretty             indent the JSON output
  -h, --help           this help
  -v, --version        version

Exit status: 0 done; 1 stopped at a bad line (--on-error fail), or the input could not be
read or the output written; 2 bad command line; 3 done, but some lines failed (--on-error skip).`;

export type OnError = "fail" | "skip";

export interface Run {
  file: string; // "-" is stdin
  format: "json" | "jsonl";
  onError: OnError;
  options: ExtractOptions;
  many: ExtractManyOptions; // options plus concurrency and workersAfter
  indent: number | undefined;
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

// Flags by the option they set, to name the flag in a zod error.
const FLAGS: Record<string, string> = { referenceDate: "--reference-date", forwardDate: "--forward-date", concurrency: "--concurrency", workersAfter: "--workers-after" };

/** Decimal digits only: Number() would also take "0x2", "1e1", " 2" and "". */
function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value)) throw new UsageError(`${flag} must be a whole number in decimal digits, got ${JSON.stringify(value)}`);
  return Number(value);
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be ${allowed.join(" or ")}, got ${value}`);
  return value as T;
}

export function parseCommandLine(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "reference-date": { type: "string" },
        "forward-date": { type: "boolean" },
        format: { type: "string", default: "json" },
        "on-error": { type: "string", default: "fail" },
        concurrency: { type: "string" },
        "workers-after": { type: "string" },
        pretty: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message, true);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (values.version) return { version: true };
  if (positionals.length > 1) throw new UsageError(`expected at most one input file, got ${positionals.length}`);
  const options: ExtractOptions = {};
  if (values["reference-date"] !== undefined) options.referenceDate = values["reference-date"];
  if (values["forward-date"]) options.forwardDate = true;
  const many = { ...options, concurrency: wholeNumber("--concurrency", values.concurrency), workersAfter: wholeNumber("--workers-after", values["workers-after"]) };
  const checked = ExtractManyOptions.safeParse(many);
  if (!checked.success) throw new UsageError(describeIssues(checked.error.issues, (key) => FLAGS[key] ?? key));
  return {
    run: {
      file: positionals[0] ?? "-",
      format: oneOf("--format", values.format, ["json", "jsonl"] as const),
      onError: oneOf("--on-error", values["on-error"], ["fail", "skip"] as const),
      options,
      many,
      indent: values.pretty ? 2 : undefined,
    },
  };
}
