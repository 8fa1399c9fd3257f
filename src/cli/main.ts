#!/usr/bin/env node
/**
 * vn-entity-graph CLI.
 *   vn-entity-graph article.txt --reference-date 2019-01-11          one text → one JSON graph
 *   vn-entity-graph --format jsonl < articles.jsonl > graphs.jsonl    one article a line, streamed
 */
import { describeError } from "./errors";
import { runCli } from "./run";

runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
    // Done (all output flushed), perhaps before the input's end (a bad line, a reader that went
    // away): the rest of stdin is not waited for.
    process.stdin.destroy();
  },
  (e: unknown) => {
    process.stderr.write(`vn-entity-graph: ${describeError(e)}\n`);
    process.exitCode = 1;
    process.stdin.destroy();
  },
);
