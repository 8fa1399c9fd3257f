/** Collects entities (deduplicated by key), mentions and relations into the output graph. */
import type { Entity, EntityType, Mention, Relation } from "../schema/graph";
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
  // One map per type: a `${type}:${key}` string would be a fresh rope to flatten and hash per lookup.
  private readonly byKey: Record<EntityType, Map<string, Entity>> = { person: new Map(), position: new Map(), organization: new Map(), location: new Map(), date: new Map() };
  private readonly relKeys = new Set<string>();
  // Membership of each alias or abbreviation list, by list: O(1) where `includes` was O(list).
  private readonly listed = new WeakMap<string[], Set<string>>();
  private readonly counters: Record<EntityType, number> = { person: 0, position: 0, organization: 0, location: 0, date: 0 };

  constructor(private readonly original: string) {}

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

  relation(type: Relation["type"], from: Entity, to: Entity, start: number, end: number, reason: string): void {
    const key = `${type}|${from.id}|${to.id}`;
    if (this.relKeys.has(key)) return;
    this.relKeys.add(key);
    this.relations.push({ type, from: from.id, to: to.id, evidence: { start, end, text: this.original.slice(start, end) }, reason });
  }
}
