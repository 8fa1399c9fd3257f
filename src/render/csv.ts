/**
 * toCsv: one row per holds relation (person, position, organization, status, start, end, term,
 * evidence) after a header row, quoted as RFC 4180 says: CRLF line ends, a field with a comma,
 * quote or line break in double quotes, a quote inside doubled.
 */
import * as z from "zod";
import { holdings, type RenderableGraph } from "./model";

export const CsvOptions = z.strictObject({
  bom: z.boolean().optional().describe("Start with a UTF-8 byte order mark, which spreadsheet programs need to read Vietnamese (default false)"),
});
export type CsvOptions = z.input<typeof CsvOptions>;

export const CSV_COLUMNS = ["person", "position", "organization", "status", "start", "end", "term", "evidence"] as const;

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(graph: RenderableGraph, options: CsvOptions = {}): string {
  const { bom } = CsvOptions.parse(options);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const h of holdings(graph)) {
    // Several supporting spans share the one evidence field, separated by " | ".
    const evidence = h.evidences.map((s) => s.text).join(" | ");
    rows.push([h.person.name, h.position.name, h.organization?.name ?? "", h.status ?? "", h.start ?? "", h.end ?? "", h.term ?? "", evidence]);
  }
  return (bom ? "\uFEFF" : "") + rows.map((r) => r.map(csvField).join(",") + "\r\n").join("");
}
