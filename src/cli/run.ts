/**
 * The command line as a function of its arguments and streams, returning the exit status, so that
 * it runs the same in-process (tests) as in its own process (main.ts).
 */
import fs from "node:fs";
import type { Readable, Writable } from "node:stream";
import { createExtractor } from "../api/extract";
import { ItemFailure, runMany } from "../api/extract-many";
import type { EntityGraph } from "../schema/graph";
import { HELP, parseCommandLine, UsageError, type Run } from "./args";
import { describeError } from "./errors";
import { readLines, type Line } from "./jsonl";
import { Output } from "./output";
import { viewFor, type ViewContext, type ViewFormat } from "./views";

export interface Streams {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

const BOM = "\uFEFF";

export async function runCli(argv: string[], io: Streams): Promise<number> {
  const say = (message: string) => io.stderr.write(`vn-entity-graph: ${message}\n`);
  let command;
  try {
    command = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    say(e.help ? `${e.message}\n\n${HELP}` : e.message);
    return 2;
  }
  if ("help" in command) {
    io.stdout.write(HELP + "\n");
    return 0;
  }
  if ("version" in command) {
    io.stdout.write(version() + "\n");
    return 0;
  }
  const run = command.run;
  const out = new Output(io.stdout);
  const name = run.file === "-" ? "standard input" : run.file;
  const input = run.file === "-" ? io.stdin : fs.createReadStream(run.file);
  let status = 1;
  let error: unknown;
  try {
    if (run.outDir !== undefined) fs.mkdirSync(run.outDir, { recursive: true });
    status = run.input === "text" ? await whole(run, input, name, out) : run.format === "json" || run.format === "jsonl" ? await lines(run, input, name, out, say) : await views(run, run.format, input, name, out, say);
  } catch (e) {
    error = e; // not a line's failure (those are handled in place): the input could not be read, say
  } finally {
    if (input !== io.stdin) input.destroy();
  }
  // Everything written is out before anything is said about how it ended.
  if (!(await out.flush())) return outputFailed(out, say);
  if (error !== undefined) say(describeError(error));
  return status;
}

/** The reader went away (EPIPE, `… | head`): stop quietly, as other tools do; else say why. */
function outputFailed(out: Output, say: (m: string) => void): number {
  const e = out.error as NodeJS.ErrnoException | undefined;
  if (e?.code === "EPIPE") return 0;
  say(`cannot write the output: ${e?.message ?? "closed"}`);
  return 1;
}

/** --input text: the whole input is one text, its graph or view the whole output. */
async function whole(run: Run, input: Readable, name: string, out: Output): Promise<number> {
  const chunks: Buffer[] = [];
  try {
    for await (const c of input) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  } catch (e) {
    throw new Error(`cannot read ${name}: ${(e as Error).message}`);
  }
  let text = Buffer.concat(chunks).toString("utf8");
  if (text.startsWith(BOM)) text = text.slice(1);
  const graph = createExtractor(run.many.custom ?? {}).extract(text, run.options);
  if (run.format === "json" || run.format === "jsonl") out.write(JSON.stringify(run.text ? graph : { ...graph, text: undefined }, null, run.indent) + "\n");
  else out.write(viewFor(run.format).one(graph, { indent: run.indent, name: run.file === "-" ? "vn-entity-graph" : run.file }));
  return 0;
}

/**
 * JSONL input, --format jsonl: one graph (or, with --on-error skip, one error record) a line, in
 * input order; --format json: the same as the elements of one JSON array.
 */
async function lines(run: Run, input: Readable, name: string, out: Output, say: (m: string) => void): Promise<number> {
  const queue: Line[] = [];
  const array = run.format === "json";
  let failed = 0;
  let total = 0;
  if (array) out.write("[");
  for await (const r of runMany(readLines(input, name, run.options, queue), run.many, { json: true, omitText: !run.text }, true)) {
    const from = queue.shift()!;
    if (array && total > 0) out.write(run.indent === undefined ? "," : ",\n");
    total++;
    let ok: boolean;
    if (r instanceof ItemFailure) {
      const message = describeError(r.error);
      if (run.onError === "fail") {
        // Everything before the bad line is out before it is reported.
        if (await out.flush()) say(`line ${from.line}: ${message}`);
        return 1;
      }
      failed++;
      ok = out.write(JSON.stringify({ ...(from.id !== undefined && { id: from.id }), line: from.line, error: { message } }, null, run.indent) + "\n");
    } else ok = writeGraph(out, r, from, run.indent);
    if (!ok && !(await out.ready())) return 1; // the output failed: said by the caller
  }
  if (array) out.write("]\n");
  return finish(failed, total, out, say, 'each has an "error" record in its place');
}

/** Exit status 0, or 3 after saying how many lines failed (once all output is out). */
async function finish(failed: number, total: number, out: Output, say: (m: string) => void, where: string): Promise<number> {
  if (!failed) return 0;
  if (await out.flush()) say(`${failed} of ${total} lines failed; ${where}`);
  return 3;
}

/** JSONL input, a view: its head, one part per article in input order, its tail. */
async function views(run: Run, format: ViewFormat, input: Readable, name: string, out: Output, say: (m: string) => void): Promise<number> {
  const view = viewFor(format);
  const ctx: ViewContext = { indent: run.indent, name: run.file === "-" ? "vn-entity-graph" : run.file, outDir: run.outDir };
  const queue: Line[] = [];
  let failed = 0;
  let total = 0;
  if (view.head) out.write(view.head(ctx));
  for await (const r of runMany(readLines(input, name, run.options, queue), run.many, { json: false }, true)) {
    const from = queue.shift()!;
    total++;
    if (r instanceof ItemFailure) {
      const message = `line ${from.line}: ${describeError(r.error)}`;
      if (run.onError === "fail") {
        if (await out.flush()) say(message);
        return 1;
      }
      failed++;
      say(`${message} (left out)`);
      continue;
    }
    const part = view.each({ graph: r as EntityGraph, line: from.line, id: from.id }, ctx);
    if (part && !out.write(part) && !(await out.ready())) return 1;
  }
  if (view.tail) out.write(view.tail(ctx));
  return finish(failed, total, out, say, "each is left out of the output");
}

/** A graph's JSON (a string, or UTF-8 bytes from a worker, written as they are) with its id in front. */
function writeGraph(out: Output, graph: string | Buffer, from: Line, indent: number | undefined): boolean {
  const { id } = from;
  if (indent !== undefined) {
    const g = JSON.parse(typeof graph === "string" ? graph : graph.toString("utf8")) as object;
    return out.write(JSON.stringify(id !== undefined ? { id, ...g } : g, null, indent) + "\n");
  }
  if (id === undefined) return out.write(graph, "\n");
  // The id takes the place of the graph's "{", without parsing the graph again.
  return out.write(`{"id":${JSON.stringify(id)},`, typeof graph === "string" ? graph.slice(1) : graph.subarray(1), "\n");
}

function version(): string {
  // dist/cli.js and src/cli/run.ts sit one and two folders below package.json.
  for (const up of ["../package.json", "../../package.json"]) {
    try {
      return (JSON.parse(fs.readFileSync(new URL(up, import.meta.url), "utf8")) as { version: string }).version;
    } catch {
      // not there: one folder up
    }
  }
  return "unknown";
}
