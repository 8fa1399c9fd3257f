/** Collects entities (deduplicated by key), mentions and relations into the output graph. */
import type { Entity, EntityType, Mention, PersonnelEvent, Relation } from "../schema/graph";
import { surelyNfc } from "../text/chars";
import { collapseSpaces } from "../text/spaces";

type NewEntity = Entity extends infer E ? (E extends Entity ? Omit<E, "id"> : never) : never;

const PREFIX: Record<EntityType, string> = { person: "per", position: "pos", organization: "org", location: "loc", date: "date" };

export class GraphBuilder {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  readonly relations: Relation[] = [];
  readonly events: PersonnelEvent[] = [];
  // One map per type: a `${type}:${key}` string would be a fresh rope to flatten and hash per lookup.
  private readonly byKey: Record<EntityType, Map<string, Entity>> = { person: new Map(), position: new Map(), organization: new Map(), location: new Map(), date: new Map() };
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
    if (form && form !== e.name) {
      const aliases = (e.aliases ??= []);
      if (!aliases.includes(form)) aliases.push(form);
    }
    return m;
  }

  /** One relation per type and pair of entities; a new stretch of text stating it is added to its evidences (in text order). */
  relation(type: Relation["type"], from: Entity, to: Entity, start: number, end: number, reason: string): Relation {
    const key = `${type}|${from.id}|${to.id}`;
    const span = { start, end, text: this.original.slice(start, end) };
    let r = this.relByKey.get(key);
    if (!r) {
      r = { type, from: from.id, to: to.id, evidence: span, evidences: [span], reason };
      this.relByKey.set(key, r);
      this.evidenceKeys.set(r, new Set([`${start}|${end}`]));
      this.relations.push(r);
      return r;
    }
    const seen = this.evidenceKeys.get(r)!;
    const at = `${start}|${end}`;
    if (seen.has(at)) return r;
    seen.add(at);
    // Spans come mostly in text order: the insertion point is found from the end.
    const ev = r.evidences;
    let i = ev.length;
    while (i > 0 && ev[i - 1]!.start > start) i--;
    ev.splice(i, 0, span);
    return r;
  }
}
