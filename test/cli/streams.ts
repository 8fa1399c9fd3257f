// The command line run in this process, on streams made here: a process per case costs about
// 0.8 s with tsx. The end-to-end runs (own process, the build's worker threads) are in cli.slow.test.ts.
import { Readable, Writable } from "node:stream";
import { runCli } from "../../src/cli/run";

/** A stream that keeps what is written; `fail(bytesSoFar)` may return an error to fail the write. */
export function sink(opts: { fail?: (bytes: number) => NodeJS.ErrnoException | undefined; slow?: boolean; highWaterMark?: number } = {}) {
  const chunks: Buffer[] = [];
  let bytes = 0;
  const stream = new Writable({
    highWaterMark: opts.highWaterMark,
    write(chunk: Buffer, _enc, done) {
      const error = opts.fail?.(bytes);
      if (!error) {
        chunks.push(Buffer.from(chunk));
        bytes += chunk.length;
      }
      if (opts.slow) setImmediate(() => done(error));
      else done(error);
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

export const errno = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });

/** Runs the CLI with `args` on `input`; stdout and stderr as text, and the exit status. */
export async function cli(args: string[], input: string | Buffer = "", stdout = sink()) {
  const stderr = sink();
  const code = await runCli(args, { stdin: Readable.from([Buffer.from(input)]), stdout: stdout.stream, stderr: stderr.stream });
  return { code, out: stdout.text(), err: stderr.text() };
}

/** JSONL output as records, one a line. */
export const records = (out: string) => out.split("\n").slice(0, -1).map((l) => JSON.parse(l) as { id?: unknown; line?: number; text?: string; error?: { message: string } });
