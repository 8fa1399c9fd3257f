/**
 * A position entity is a POST (Popolo Post, Wikidata "position held" item): the title with the
 * modifiers that make it a different office (Phó, Thường trực, Thứ nhất …) and its organization.
 * The words that describe one person's holding of it (nguyên, cựu, quyền, tân, đương kim, đắc cử)
 * are not part of the post: "Nguyên Chủ tịch nước" and "Chủ tịch nước" are one post, held by two
 * people with different statuses (the holds relation carries the status).
 */
import type { ModifierInfo } from "../lexicon/lexicon";
import type { PositionData } from "../recognizers/context";
import { normalizeKey } from "../text/normalize";
import type { HoldingStatus } from "./cues";

/** Modifier meanings (title-modifiers.tsv) that describe a holding, and the status each says. */
const STATUS_OF_MEANING: Record<string, HoldingStatus> = { former: "former", acting: "acting", new: "current", incumbent: "current", elect: "incoming" };

const isStatus = (m: ModifierInfo): boolean => m.meaning in STATUS_OF_MEANING;

/** The modifiers that make the post. */
export function postModifiers(d: PositionData): ModifierInfo[] {
  return d.modifiers.some(isStatus) ? d.modifiers.filter((m) => !isStatus(m)) : d.modifiers;
}

/**
 * The post's modifiers and head, with a head written with its modifier as one word split so ("Phó
 * ban" = "Phó" + "Trưởng ban", titles.tsv same_as): both spellings name one post.
 */
export function postShape(d: PositionData): { modifiers: ModifierInfo[]; head: string } {
  const same = d.head.sameAs;
  if (!same) return { modifiers: postModifiers(d), head: d.head.head };
  return { modifiers: same.modifier ? [same.modifier, ...postModifiers(d)] : postModifiers(d), head: same.head };
}

/** The status the title's own words say ("nguyên" → former, "Quyền" → acting), if any. */
export function modifierStatus(d: PositionData): HoldingStatus | undefined {
  const m = d.modifiers.find(isStatus);
  return m ? STATUS_OF_MEANING[m.meaning] : undefined;
}

/** A title's abbreviation in parentheses inside it, between two words ("Tổng Giám đốc (CEO) Công ty X"). */
const TITLE_ALIAS_RE = / \((?:CEO|CFO|COO|CTO)\) /gu;

/** The title as written without its status words: "Nguyên Chủ tịch nước" → "Chủ tịch nước". */
export function postName(written: string, d: PositionData): string {
  // ("Tổng Giám đốc (CEO) Công ty X": the title's abbreviation in parentheses is no word of the post's name.)
  const text = written.replace(TITLE_ALIAS_RE, " ");
  const status = d.modifiers.filter(isStatus);
  if (!status.length) return text;
  const words = text.split(" ");
  const keys = words.map((w) => normalizeKey(w));
  for (const m of status) {
    const mk = normalizeKey(m.text).split(" ");
    // Before the head, status words open the title; after it, they follow the head somewhere.
    const from = m.position === "before" ? 0 : 1;
    const to = m.position === "before" ? 1 : keys.length - mk.length + 1;
    for (let i = from; i < to; i++) {
      if (mk.every((k, j) => keys[i + j] === k)) {
        words.splice(i, mk.length);
        keys.splice(i, mk.length);
        break;
      }
    }
  }
  return words.join(" ") || text;
}
