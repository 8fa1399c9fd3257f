import { findDates, type DateReference, type DateSpan } from "../../src/dates/index";

export const REF: DateReference = { year: 2019, month: 1, day: 11 };
/** Duckling's reference: Thursday 2017-02-02 03:55 (wall clock). */
export const DUCK: DateReference = { year: 2017, month: 2, day: 2, hour: 3, minute: 55, second: 0 };

export function find(text: string, reference: DateReference | null = REF, forwardDate = false): DateSpan[] {
  return findDates(text.toLowerCase(), text, { reference, forwardDate });
}

/** The one mention in `text` as { text, value, … }; fails the test when there is not exactly one. */
export function one(text: string, reference: DateReference | null = REF, forwardDate = false) {
  const spans = find(text, reference, forwardDate);
  if (spans.length !== 1) throw new Error(`expected one mention in "${text}", got ${JSON.stringify(spans.map((s) => [text.slice(s.start, s.end), s.value, s.reason]))}`);
  const s = spans[0]!;
  return { ...s, text: text.slice(s.start, s.end) };
}
