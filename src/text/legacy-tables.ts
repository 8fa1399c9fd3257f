/**
 * The TCVN3 (ABC) and VNI-Windows code charts of data/legacy-*.tsv, as the library meets such
 * text: its bytes read as Windows-1252, so each legacy letter is one or two Latin-1 characters.
 */
import { TEXT_DATA } from "../generated/text-data";
import { parseTsv } from "../lexicon/tsv";

export type LegacyEncoding = "TCVN3" | "VNI";

export interface LegacyTable {
  readonly encoding: LegacyEncoding;
  /** What one character stands for ("©" → "â" in TCVN3, "ñ" → "đ" in VNI). */
  readonly one: ReadonlyMap<string, string>;
  /** What a letter and the mark byte after it stand for (VNI "eã" → "ễ"); empty for TCVN3. */
  readonly two: ReadonlyMap<string, string>;
}

// A byte as two hex digits, or U+XXXX for a character seen in place of a byte. The bytes of both
// charts are all ≥ A0 or ASCII, where Windows-1252 and Latin-1 agree: the byte is the code point.
function cell(code: string): string {
  const m = /^(?:U\+)?([0-9A-Fa-f]{2,4})$/.exec(code);
  if (!m) throw new Error(`legacy table: bad code ${JSON.stringify(code)}`);
  return String.fromCharCode(parseInt(m[1]!, 16));
}

function read(encoding: LegacyEncoding, file: string, column: string): LegacyTable {
  const one = new Map<string, string>();
  const two = new Map<string, string>();
  for (const row of parseTsv(TEXT_DATA[file] ?? "")) {
    const shown = (row[column] ?? "").split(/\s+/).filter(Boolean).map(cell).join("");
    const letter = row.letter ?? "";
    if (shown.length === 1) one.set(shown, letter);
    else if (shown.length === 2) {
      two.set(shown, letter);
      // A mark byte after a capital comes in either case ("AÙ", "Aù"): the base letter sets the case.
      const flipped = shown[0]! + (shown[1] === shown[1]!.toLowerCase() ? shown[1]!.toUpperCase() : shown[1]!.toLowerCase());
      if (!two.has(flipped)) two.set(flipped, letter);
    }
  }
  return { encoding, one, two };
}

let tables: Record<LegacyEncoding, LegacyTable> | null = null;

export function legacyTable(encoding: LegacyEncoding): LegacyTable {
  tables ??= { TCVN3: read("TCVN3", "legacy-tcvn3.tsv", "byte"), VNI: read("VNI", "legacy-vni.tsv", "bytes") };
  return tables[encoding];
}
