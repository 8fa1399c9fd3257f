/**
 * Foreigners whose names the news writes in Vietnamese syllables (data/foreign-persons.tsv: "Tập Cận
 * Bình" is Xi Jinping): read once at import, asked for every full name found.
 */
import { LINK_DATA } from "../generated/link-data";
import { parseTsv } from "../lexicon/tsv";
import { normalizeKey } from "../text/normalize";

const COUNTRY_OF = new Map<string, string>();
for (const r of parseTsv(LINK_DATA["foreign-persons.tsv"] ?? "")) if (r.name && r.country) COUNTRY_OF.set(normalizeKey(r.name), r.country);

/** The country of a foreigner listed by this name, if listed. */
export function listedForeigner(name: string): string | undefined {
  return COUNTRY_OF.size ? COUNTRY_OF.get(normalizeKey(name)) : undefined;
}
