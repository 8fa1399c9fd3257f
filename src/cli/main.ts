/**
 * vn-entity-graph CLI.
 *   vn-entity-graph article.txt --reference-date 2019-01-11          one text → one JSON graph
 *   vn-entity-graph --format jsonl < articles.jsonl > graphs.jsonl    one article a line, streamed
 */
import fs from "node:fs";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { prettifyError, ZodError } from "zod";
import { extract } from "../api/extract";
import { runMany } from "../api/extract-many";
import type { ExtractOptions } from "../schema/options";

const HELP = `Usage: vn-entity-graph [file|-] [options]

Reads Vietnamese text and prints its entity graph (people, positions, organizations,
locations, dates) as JSON.

Options:
  --reference-date D   date the text was written (ISO, e.g. 2019-01-11); else its dateline
  --forward-date       resolve yearless dates and weekdays forward from the reference
  --format json|jsonl  json (default): the whole input is one text, one graph out;
                       jsonl: one article a line in ("..." or {"text": "...", "referenceDate": ..., "id": ...}),
                       one graph a line out, in order, in bounded memory
  --concurrency N      threads for jsonl, this one included (default: CPU count)
  --workers-after N    characters extracted in the main thread before worker threads start
                       (default 4000000: a new worker costs seconds of compiling; 0: at once)
  --pretty             indent the JSON output
  -h, --help           this help
  -v, --version        version`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        "reference-date": { type: "string" },
        "forward-date": { type: "boolean" },
        format: { type: "string", default: "json" },
        concurrency: { type: "string" },
        "workers-after": { type: "string" },
        pretty: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    process.stderr.write(`vn-entity-graph: ${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP + "\n");
    return 0;
  }
  if (values.version) {
    const pkg = JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    process.stdout.write(pkg.version + "\n");
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`vn-entity-graph: expected at most one input file, got ${positionals.length}\n`);
    return 2;
  }
  const format = values.format;
  if (format !== "json" && format !== "jsonl") {
    process.stderr.write(`vn-entity-graph: --format must be json or jsonl, got ${format}\n`);
    return 2;
  }
  const concurrency = values.concurrency !== undefined ? Number(values.concurrency) : undefined;
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) {
    process.stderr.write(`vn-entity-graph: --concurrency must be a whole number ≥ 1, got ${values.concurrency}\n`);
    return 2;
  }
  const workersAfter = values["workers-after"] !== undefined ? Number(values["workers-after"]) : undefined;
  if (workersAfter !== undefined && !(Number.isInteger(workersAfter) && workersAfter >= 0)) {
    process.stderr.write(`vn-entity-graph: --workers-after must be a whole number ≥ 0, got ${values["workers-after"]}\n`);
    return 2;
  }
  const options: ExtractOptions = {};
  if (values["reference-date"]) options.referenceDate = values["reference-date"];
  if (values["forward-date"]) options.forwardDate = true;
  const file = positionals[0] ?? "-";
  const input = file === "-" ? process.stdin : fs.createReadStream(file);
  const indent = values.pretty ? 2 : undefined;

  if (format === "json") {
    const chunks: Buffer[] = [];
    for await (const c of input) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
    const graph = extract(Buffer.concat(chunks).toString("utf8"), options);
    process.stdout.write(JSON.stringify(graph, null, indent) + "\n");
    return 0;
  }

  const ids: unknown[] = [];
  let lineNo = 0;
  async function* articles() {
    const rl = readline.createInterface({ input, crlfDelay: Infinity });
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new Error(`line ${lineNo}: not JSON`);
      }
      if (typeof parsed === "string") {
        ids.push(undefined);
        yield parsed;
      } else if (parsed && typeof parsed === "object" && typeof (parsed as { text?: unknown }).text === "string") {
        const o = parsed as { text: string; id?: unknown; referenceDate?: string; forwardDate?: boolean };
        ids.push(o.id);
        const own: ExtractOptions = {};
        if (o.referenceDate) own.referenceDate = o.referenceDate;
        if (o.forwardDate !== undefined) own.forwardDate = o.forwardDate;
        yield { text: o.text, options: own };
      } else {
        throw new Error(`line ${lineNo}: expected a JSON string or an object with a "text" string`);
      }
    }
  }
  for await (const line of runMany(articles(), { ...options, concurrency, workersAfter }, true)) {
    // A queue: only the ids of articles in flight are kept, so memory stays flat.
    const id = ids.shift();
    // The graph comes as JSON (UTF-8 bytes from a worker, written as they are); an id goes in front
    // without parsing it again.
    let ok: boolean;
    if (indent !== undefined) {
      const graph = JSON.parse(typeof line === "string" ? line : line.toString("utf8")) as object;
      ok = process.stdout.write(JSON.stringify(id !== undefined ? { id, ...graph } : graph, null, indent) + "\n");
    } else {
      // The id takes the place of the graph's "{" (corked: the pieces go out in one write).
      process.stdout.cork();
      if (id !== undefined) process.stdout.write(`{"id":${JSON.stringify(id)},`);
      process.stdout.write(id === undefined ? line : typeof line === "string" ? line.slice(1) : line.subarray(1));
      ok = process.stdout.write("\n");
      process.stdout.uncork();
    }
    if (!ok) await new Promise((r) => process.stdout.once("drain", r));
  }
  return 0;
}

// The reader went away (`… | head`): stop quietly, as other command-line tools do.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(0);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const message = e instanceof ZodError ? `invalid options:\n${prettifyError(e)}` : e instanceof Error ? e.message : String(e);
    process.stderr.write(`vn-entity-graph: ${message}\n`);
    process.exitCode = e instanceof ZodError ? 2 : 1;
  },
);
