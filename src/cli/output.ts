/**
 * The output stream, written with back-pressure, and its failure (EPIPE: the reader went away;
 * ENOSPC: the disk is full) kept as a value for the caller to report, never thrown.
 */
import type { Writable } from "node:stream";

export class Output {
  private failure: Error | undefined;

  constructor(private readonly stream: Writable) {
    stream.on("error", (e: Error) => (this.failure ??= e));
  }

  /** Why the output failed, if it did (a write can fail before its "error" event is emitted). */
  get error(): Error | undefined {
    return this.failure ?? this.stream.errored ?? (this.stream.destroyed ? new Error("output closed") : undefined);
  }

  /** Writes the pieces in one go (corked); false: wait with ready() before the next write. */
  write(...pieces: Array<string | Uint8Array>): boolean {
    if (this.error) return false;
    this.stream.cork();
    let ok = true;
    for (const p of pieces) ok = this.stream.write(p);
    this.stream.uncork();
    return ok && !this.error;
  }

  /** Waits until the stream takes more; false if it failed. */
  async ready(): Promise<boolean> {
    if (!this.error && this.stream.writableNeedDrain) await this.settled("drain");
    return !this.error;
  }

  /** Waits until everything written is flushed; false if it failed. */
  async flush(): Promise<boolean> {
    if (!this.error) await new Promise<void>((resolve) => this.stream.write("", () => resolve()));
    return !this.error;
  }

  private settled(event: string): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        for (const e of [event, "error", "close"]) this.stream.off(e, done);
        resolve();
      };
      for (const e of [event, "error", "close"]) this.stream.once(e, done);
    });
  }
}
