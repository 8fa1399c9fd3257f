/**
 * toConll: the mentions as CoNLL-style BIO (IOB2) lines for training a tagger: one token per line,
 * "token<TAB>tag", tags B-X / I-X / O with X per entity type (PER, POS, ORG, LOC, DATE unless
 * renamed), a blank line between sentences. Tokens are the library's own: syllables, numbers, and
 * each punctuation mark alone. BIO cannot nest: where one mention lies inside another (an
 * organization inside a position), the OUTER one is tagged and the inner one is lost.
 */
import * as z from "zod";
import { tokenize } from "../text/tokenize";
import { orderedMentions, textOf, type RenderableGraph } from "./model";

const Label = z.string().regex(/^[^\s]+$/, "a label is one word without spaces");
export const ConllOptions = z.strictObject({
  labels: z
    .strictObject({ person: Label.optional(), position: Label.optional(), organization: Label.optional(), location: Label.optional(), date: Label.optional() })
    .optional()
    .describe("Tag name per entity type (default PER, POS, ORG, LOC, DATE)"),
});
export type ConllOptions = z.input<typeof ConllOptions>;

const LABELS: Record<string, string> = { person: "PER", position: "POS", organization: "ORG", location: "LOC", date: "DATE" };

const SENTENCE_END = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);
const INVISIBLE = /^\p{Cf}+$/u;

export function toConll(graph: RenderableGraph, options: ConllOptions = {}): string {
  const labels: Record<string, string> = { ...LABELS, ...ConllOptions.parse(options).labels };
  const text = textOf(graph);
  // The outer mentions: in start order, longest first, each one that overlaps none kept before.
  const outer: { start: number; end: number; label: string }[] = [];
  for (const m of orderedMentions(graph.mentions, text.length)) {
    if (outer.length > 0 && m.start < outer[outer.length - 1]!.end) continue;
    outer.push({ start: m.start, end: m.end, label: labels[m.type] ?? m.type.toUpperCase() });
  }
  const tokens = tokenize(text, text).filter((t) => !INVISIBLE.test(t.cased));
  const lines: string[] = [];
  let k = 0;
  let tagged = -1; // the mention the previous tagged token belonged to
  tokens.forEach((t, i) => {
    while (k < outer.length && outer[k]!.end <= t.start) k++;
    const m = outer[k];
    const inside = m !== undefined && m.start < t.end;
    const continues = inside && tagged === k;
    if (i > 0 && !continues && sentenceStartsAt(tokens, i)) lines.push("");
    lines.push(`${t.cased}\t${inside ? `${continues ? "I" : "B"}-${m.label}` : "O"}`);
    tagged = inside ? k : -1;
  });
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}

type Tok = ReturnType<typeof tokenize>[number];

/** A line break, or a space after . ! ? … (or after one of them and a closing quote or bracket). */
function sentenceStartsAt(tokens: Tok[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lineBreakBefore) return true;
  if (!t.spaceBefore) return false;
  const prev = tokens[i - 1]!;
  if (SENTENCE_END.has(prev.cased)) return !(prev.cased === "." && isAbbreviation(tokens[i - 2], prev));
  const before = tokens[i - 2];
  return CLOSERS.has(prev.cased) && !prev.spaceBefore && before !== undefined && SENTENCE_END.has(before.cased);
}

/** "PGS." "TS." "ThS." "TP." "Q.": a short capitalized ASCII word glued to its period ends no sentence. */
function isAbbreviation(word: Tok | undefined, period: Tok): boolean {
  return word !== undefined && !period.spaceBefore && /^[A-Z](?:[a-z]?[A-Z]){0,2}$/.test(word.cased);
}
