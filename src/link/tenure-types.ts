/** The qualifiers of one holds link and the personnel events found in a chunk (src/link/tenure.ts). */
import type { DateSpan } from "../dates/types";
import type { Candidate } from "../recognizers/context";
import type { EventType, HoldingStatus } from "./cues";
import type { HoldLink } from "./holds";
import type { ClauseDate } from "./tenure-dates";

/** A personnel event found in a chunk, on tokens until the chunk is done. */
export interface EventLink {
  type: EventType;
  link: HoldLink;
  authority?: Candidate;
  date?: DateSpan;
  start: number;
  end: number;
  /** The phrase that states it. */
  reason: string;
  /** The act renews a post already held ("tái đắc cử"; personnel-events.tsv column again): it begins no holding. */
  renews?: boolean;
  /** Told as approved by someone else ("phê chuẩn việc bổ nhiệm"): its own decider is not that one. */
  deciderUntold?: boolean;
  /** A death told of a post the text gives as left before ("Ông X từ trần … Ông nguyên là T"): it does not end that post. */
  leftBefore?: boolean;
  cs?: number;
  ce?: number;
}

/** Qualifiers of one link, filled in here. */
export interface Tenure {
  status: HoldingStatus;
  /** How sure: 3 a word of the title or right before it (nguyên, tân), 2 a cue or an event, 1 a clause, 0 the default. */
  weight: number;
  term?: string;
  /** The date the holding began (the first part of an interval's value). */
  startDate?: DateSpan;
  /** The date it ended (the last part of an interval's value). */
  endDate?: DateSpan;
  /** Given by a transfer (personnel-events.tsv column moves: "điều động"): the office told before it, in its sentence, was left. */
  movedBy?: boolean;
  /** The start is the date of an appointment or election, which says nothing of later years. */
  startsAtEvent?: boolean;
  /** The end is the date of a dismissal, retirement … (a date written with the holding says more). */
  endsAtEvent?: boolean;
  /** The dated clause or entry the title is in. */
  clause?: ClauseDate;
  /** "từ tháng 10/2016 đến nay": still held, whatever the interval's value ends with. */
  ongoing?: boolean;
  /** The point date of the clause the holding is told in ("Năm 1868, Thống đốc Nam Kỳ X …"). */
  toldAt?: DateSpan;
}

/** Raises the status of `t` when `weight` is stronger than what set it. */
/** A step that ends the holding (dismissal, retirement, death …): former, over all but the title's own words (weight 3). */
export function endHolding(t: Tenure): void {
  if (t.weight < 3) {
    t.status = "former";
    t.weight = 2;
  }
}

export function setStatus(t: Tenure, status: HoldingStatus | undefined, weight: number): void {
  if (status && weight > t.weight) {
    t.status = status;
    t.weight = weight;
  }
}
