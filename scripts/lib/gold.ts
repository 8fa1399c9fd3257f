/** Loads gold files: the seed format (with text) or stand-off files that point at ../shared text. */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface GoldMention {
  type: "person" | "position" | "organization" | "location" | "date";
  start: number;
  end: number;
  text: string;
  value?: string;
  optional?: boolean;
  nested?: boolean;
}

/** What the text says about one person's holding of one post (see eval/CONVENTIONS.md). */
export interface GoldQualifier {
  person: string;
  position: string;
  status?: "current" | "former" | "acting" | "incoming";
  term?: string;
  start?: string;
  end?: string;
}

export const EVENT_TYPES = ["appointment", "election", "approval", "dismissal", "resignation", "retirement", "death"] as const;

/** A personnel event: names as written in the text, `date` an ISO value. */
export interface GoldEvent {
  type: (typeof EVENT_TYPES)[number];
  person: string;
  position: string;
  date?: string;
  authority?: string;
}

export interface GoldDoc {
  id: string;
  referenceDate?: string;
  text: string;
  mentions: GoldMention[];
  holds: Array<[string, string]>;
  of: Array<[string, string[]]>;
  qualifiers?: GoldQualifier[];
  events?: GoldEvent[];
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const sharedEval = path.resolve(repoRoot, "../shared/eval");

export function sharedAvailable(): boolean {
  return fs.existsSync(path.join(sharedEval, "gold", "seed.json"));
}

/**
 * A stand-off file has `source` (a path under ../shared/eval) and `length` instead of `text`,
 * so articles whose licence forbids copying are never stored in this repository.
 */
export function loadGold(file: string): GoldDoc {
  const raw = JSON.parse(fs.readFileSync(file, "utf8")) as GoldDoc & { source?: string; length?: number };
  if (typeof raw.text !== "string") {
    if (!raw.source) throw new Error(`${file}: neither text nor source`);
    const full = fs.readFileSync(path.join(sharedEval, raw.source), "utf8");
    raw.text = raw.length !== undefined ? full.slice(0, raw.length) : full;
    for (const m of raw.mentions) {
      const got = raw.text.slice(m.start, m.end);
      if (got !== m.text) throw new Error(`${file}: mention ${JSON.stringify(m.text)} at ${m.start} reads ${JSON.stringify(got)} in ${raw.source}`);
    }
  }
  return raw;
}
