/** Reads the plain gazetteer files: tab-separated with a header line, `#` comments, ` | ` lists. */

export type Row = Record<string, string>;

export function parseTsv(text: string): Row[] {
  const rows: Row[] = [];
  let header: string[] | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    const cells = line.split("\t").map((c) => c.trim());
    if (!header) {
      header = cells.map((c) => c.toLowerCase());
      continue;
    }
    const row: Row = {};
    header.forEach((h, i) => (row[h] = cells[i] ?? ""));
    rows.push(row);
  }
  return rows;
}

/** One entry a line, `#` comments; the first tab-separated cell is the entry. */
export function parseList(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    out.push(line.split("\t")[0]!.trim());
  }
  return out;
}

export function splitList(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell
    .split(/\s\|\s|\|/)
    .map((s) => s.trim())
    .filter(Boolean);
}
