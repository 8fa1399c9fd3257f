/**
 * vn-entity-graph CLI.
 *   vn-entity-graph article.txt --reference-date 2019-01-11          one text → one JSON graph
 *   vn-entity-graph --format jsonl < articles.jsonl > graphs.jsonl    one article a line, streamed
 */
import { runCli } from "./run";
import { describeError } from "./errors";

runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
    // After a failed output (EPIPE, ENOSPC) there is nothing more to write: do not wait for stdin.
    if (process.stdout.destroyed) process.exit(code);
  },
  (e: unknown) => {
    process.stderr.write(`vn-entity-graph: ${describeError(e)}\n`);
    process.exitCode = 1;
  },
);
