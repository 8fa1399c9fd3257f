import { mentions } from "../helpers";

const TAGS: Record<string, string> = { person: "PER", position: "POS", organization: "ORG", location: "LOC" };

/** The mentions of a text as "PER:…", "POS:…", "ORG:…", "LOC:…", grouped by type in that order, each in text order. */
export function tagged(text: string, types: string[] = ["person", "position", "organization", "location"]): string[] {
  return types.flatMap((t) => mentions(text, t).map((m) => `${TAGS[t]}:${m}`));
}
