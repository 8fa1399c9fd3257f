/** Errors as the command line says them: one line each, no stack. */
import { ZodError } from "zod";

/**
 * "field: message; field: message", one message per field: a value can break more than one rule
 * (a date that is not ISO is not a calendar date either), and the first says what is wrong.
 */
export function describeIssues(issues: ZodError["issues"], name: (key: string) => string = (key) => key): string {
  const said = new Set<string>();
  const parts: string[] = [];
  for (const issue of issues) {
    const at = issue.path.map(String).join(".");
    if (said.has(at)) continue;
    said.add(at);
    parts.push(at ? `${name(at)}: ${issue.message}` : issue.message);
  }
  return parts.join("; ");
}

export function describeError(e: unknown): string {
  const message = e instanceof ZodError ? describeIssues(e.issues) : e instanceof Error ? e.message : String(e);
  return message.replace(/\s*\n\s*/g, " ");
}
