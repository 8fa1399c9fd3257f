/** Collects entities (deduplicated by key), mentions and relations into the output graph. */
import type { Entity, EntityType, Mention, PersonnelEvent, Relation } from "../schema/graph";
import { surelyNfc } from "../text/chars";
import { collapseSpaces } from "../text/spaces";
import { work } from "../util/work";

type NewEntity = Entity extends infer E ? (E extends Entity ? Omit<E, "id"> : never) : never;

/**
 * At most this many aliases (and abbreviations) are listed per entity; further distinct forms are
 * only counted, in `omittedForms`. A text can write one name in unboundedly many ways (every
 * letter case, a new abbreviation each time), and the output must stay linear in the input.
 */
export const MAX_FORMS = 50;

const PREFIX: Record<EntityType, string> = { person: "per", position: "pos", organization: "org", location: "loc", date: "date" };

export class GraphBuilder {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  readonly relations: Relation[] = [];
  readonly events: PersonnelEvent[] = [];
  // One map per type: a `${type}:${key}` string would be a fresh rope to flatten and hash per lookup.
  private readonly byKey: Record<EntityType, Map<string, Entity>> = { person: new Map(), position: new Map(), organization: new Map(), location: new Map(), date: new Map() };
  // Membership of each alias or abbreviation list, by list: O(1) where `includes` was O(list).
  private readonly listed = new WeakMap<string[], Set<string>>();
  private readonly relByKey = new Map<string, Relation>();
  private readonly evidenceKeys = new Map<Relation, Set<string>>();
  private readonly counters: Record<EntityType, number> = { person: 0, position: 0, organization: 0, location: 0, date: 0 };

  constructor(readonly original: string) {}

  get(type: EntityType, key: string): Entity | undefined {
    return this.byKey[type].get(key);
  }

  entity(type: EntityType, key: string, make: () => NewEntity): Entity {
    const byKey = this.byKey[type];
    let e = byKey.get(key);
    if (!e) {
      const id = `${PREFIX[type]}${++this.counters[type]}`;
      e = { id, ...make() } as Entity;
      byKey.set(key, e);
      this.entities.push(e);
    }
    return e;
  }

  /** Another key under which the same entity is found. */
  alias(type: EntityType, key: string, e: Entity): void {
    if (!this.byKey[type].has(key)) this.byKey[type].set(key, e);
  }

  mention(e: Entity, start: number, end: number, reason: string, nested = false, display?: string): Mention {
    const text = this.original.slice(start, end);
    const m: Mention = { entity: e.id, type: e.type, start, end, text, reason };
    work.mentions++;
    if (nested) m.nested = true;
    this.mentions.push(m);
    // The display form is already normalized; raw text (NFD, non-breaking spaces) is made so here,
    // asking normalize() only about forms with characters beyond the plain Vietnamese ranges (one
    // NFC check of the whole text per graph cost 3 ms a corpus pass).
    let form = display;
    if (form === undefined) {
      form = collapseSpaces(text);
      if (!surelyNfc(form)) form = form.normalize("NFC");
    }
    if (form && form !== e.name) this.addForm(e, (e.aliases ??= []), form);
    return m;
  }

  /** Adds `form` to one of e's lists (aliases, abbreviations) once; past MAX_FORMS it is only counted. */
  addForm(e: Entity, list: string[], form: string): void {
    let seen = this.listed.get(list);
    if (!seen) this.listed.set(list, (seen = new Set(list)));
    if (seen.has(form)) return;
    seen.add(form);
    if (list.length < MAX_FORMS) list.push(form);
    else e.omittedForms = (e.omittedForms ?? 0) + 1;
  }

  /** One relation per type and pair of entities; a new stretch of text stating it is added to its evidences (in text order). */
  relation(type: Relation["type"], from: Entity, to: Entity, start: number, end: number, reason: string): Relation {
    const key = `${type}|${from.id}|${to.id}`;
    let r = this.relByKey.get(key);
    if (!r) {
      const span = { start, end, text: this.original.slice(start, end) };
      r = { type, from: from.id, to: to.id, evidence: span, evidences: [span], reason };
      this.relByKey.set(key, r);
      this.relations.push(r);
      return r;
    }
    if (!this.newEvidence(r, start, end)) return r;
    const span = { start, end, text: this.original.slice(start, end) };
    // Spans come mostly in text order: the insertion point is found from the end.
    const ev = r.evidences;
    // Capped like aliases: a text repeating one fact a million times must not make a million-span list.
    if (ev.length >= MAX_FORMS) {
      r.omittedEvidences = (r.omittedEvidences ?? 0) + 1;
      if (ev[ev.length - 1]!.start < start) return r;
      ev.pop();
    }
    let i = ev.length;
    while (i > 0 && ev[i - 1]!.start > start) i--;
    ev.splice(i, 0, span);
    r.evidence = ev[0]!;
    return r;
  }

  /**
   * True the first time the span [start, end) is told as an evidence of r. Most relations have one
   * evidence: it is compared as it is, and a set of the spans seen is made at the second.
   */
  private newEvidence(r: Relation, start: number, end: number): boolean {
    const at = `${start}|${end}`;
    const seen = this.evidenceKeys.get(r);
    if (seen) {
      if (seen.has(at)) return false;
      seen.add(at);
      return true;
    }
    const first = r.evidences[0]!; // (its only one: a set is made at the second)
    if (first.start === start && first.end === end) return false;
    this.evidenceKeys.set(r, new Set([`${first.start}|${first.end}`, at]));
    return true;
  }
}
