/** Collects entities (deduplicated by key), mentions and relations into the output graph. */
import type { Entity, EntityType, Mention, Relation } from "../schema/graph";

type NewEntity = Entity extends infer E ? (E extends Entity ? Omit<E, "id"> : never) : never;

const PREFIX: Record<EntityType, string> = { person: "per", position: "pos", organization: "org", location: "loc", date: "date" };

export class GraphBuilder {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  readonly relations: Relation[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly relKeys = new Set<string>();
  private readonly counters: Record<EntityType, number> = { person: 0, position: 0, organization: 0, location: 0, date: 0 };

  constructor(private readonly original: string) {}

  get(type: EntityType, key: string): Entity | undefined {
    return this.byKey.get(`${type}:${key}`);
  }

  entity(type: EntityType, key: string, make: () => NewEntity): Entity {
    const k = `${type}:${key}`;
    let e = this.byKey.get(k);
    if (!e) {
      const id = `${PREFIX[type]}${++this.counters[type]}`;
      e = { id, ...make() } as Entity;
      this.byKey.set(k, e);
      this.entities.push(e);
    }
    return e;
  }

  /** Another key under which the same entity is found. */
  alias(type: EntityType, key: string, e: Entity): void {
    if (!this.byKey.has(`${type}:${key}`)) this.byKey.set(`${type}:${key}`, e);
  }

  mention(e: Entity, start: number, end: number, reason: string, nested = false, display?: string): Mention {
    const text = this.original.slice(start, end);
    const m: Mention = { entity: e.id, type: e.type, start, end, text, reason };
    if (nested) m.nested = true;
    this.mentions.push(m);
    // The display form is already normalized; raw text (NFD, non-breaking spaces) is made so here.
    const form = display !== undefined ? display : text.replace(/\s+/g, " ").trim().normalize("NFC");
    if (form && form !== e.name) {
      const aliases = (e.aliases ??= []);
      if (!aliases.includes(form)) aliases.push(form);
    }
    return m;
  }

  relation(type: Relation["type"], from: Entity, to: Entity, start: number, end: number, reason: string): void {
    const key = `${type}|${from.id}|${to.id}`;
    if (this.relKeys.has(key)) return;
    this.relKeys.add(key);
    this.relations.push({ type, from: from.id, to: to.id, evidence: { start, end, text: this.original.slice(start, end) }, reason });
  }
}
