/**
 * --custom FILE: user gazetteer entries (and default options) in a JSON file, in the shape
 * createExtractor takes, checked by its zod schema before any input is read.
 */
import fs from "node:fs";
import { ExtractorConfig } from "../schema/options";
import { describeIssues } from "./errors";
import { didYouMean } from "./suggest";

/** "(did you mean …?)" for an unknown top-level field ("organisations"). */
function misspelt(issues: ReadonlyArray<{ code: string; path: PropertyKey[]; keys?: string[] }>): string {
  const unknown = issues.find((i) => i.code === "unrecognized_keys" && i.path.length === 0)?.keys?.[0];
  return unknown === undefined ? "" : didYouMean(unknown, Object.keys(ExtractorConfig.shape));
}

/** The file's config, or an Error naming the file (and the field, when a field is wrong). */
export function readCustom(file: string): ExtractorConfig | Error {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    return new Error(`--custom: cannot read ${file}: ${(e as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (e) {
    return new Error(`--custom ${file}: not JSON (${(e as Error).message})`);
  }
  const checked = ExtractorConfig.safeParse(parsed);
  if (!checked.success) return new Error(`--custom ${file}: ${describeIssues(checked.error.issues)}${misspelt(checked.error.issues)}`);
  return checked.data;
}
