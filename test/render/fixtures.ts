/**
 * Hand-made graphs for the view and export tests: the officeholder fields (holds qualifiers,
 * events) that extract() may not produce yet, with every offset found in the text by the builder.
 */
import { EntityGraph, type Entity, type Mention } from "../../src/index";
import type { HoldsQualifiers, PersonnelEventLike, RenderableGraph, TextSpan } from "../../src/render/model";

/** An entity without its id (the builder numbers it), for each entity type. */
type NewEntity = Entity extends infer E ? (E extends Entity ? Omit<E, "id"> : never) : never;

export class GraphBuilder {
  readonly graph: RenderableGraph & { relations: (Omit<EntityGraph["relations"][number], keyof HoldsQualifiers> & HoldsQualifiers)[]; events: PersonnelEventLike[] };
  private counts: Record<string, number> = {};

  constructor(text: string) {
    this.graph = { text, referenceDate: null, referenceDateSource: "none", entities: [], mentions: [], relations: [], warnings: [], events: [] };
  }

  /** The span of the n-th occurrence (from 0) of a phrase in the text; throws if absent, so a typo fails loudly. */
  span(phrase: string, nth = 0): TextSpan {
    let at = -1;
    for (let k = 0; k <= nth; k++) {
      at = this.graph.text.indexOf(phrase, at + 1);
      if (at < 0) throw new Error(`"${phrase}" (#${nth}) not in the text`);
    }
    return { start: at, end: at + phrase.length, text: phrase };
  }

  /** Adds an entity, and a mention for each phrase given ([phrase, nth] to pick a later occurrence). */
  add(entity: NewEntity, ...phrases: (string | [string, number])[]): Entity {
    const prefix = { person: "per", position: "pos", organization: "org", location: "loc", date: "date" }[entity.type];
    this.counts[prefix] = (this.counts[prefix] ?? 0) + 1;
    const e = { ...entity, id: `${prefix}${this.counts[prefix]}` } as Entity;
    this.graph.entities.push(e);
    for (const p of phrases) {
      const s = typeof p === "string" ? this.span(p) : this.span(p[0], p[1]);
      const m: Mention = { entity: e.id, type: e.type, ...s, reason: "test" };
      this.graph.mentions.push(m);
    }
    this.graph.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    // A mention inside another is nested, as extract() marks it.
    for (const m of this.graph.mentions) {
      if (this.graph.mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start)) m.nested = true;
    }
    return e;
  }

  person(name: string, ...phrases: (string | [string, number])[]): Entity {
    return this.add({ type: "person", name, surname: name.split(" ")[0], origin: "kinh" }, ...(phrases.length ? phrases : [name]));
  }

  organization(name: string, gloss: string | undefined, ...phrases: (string | [string, number])[]): Entity {
    return this.add({ type: "organization", name, abbreviations: [], kind: "party", ...(gloss ? { gloss } : {}) }, ...(phrases.length ? phrases : [name]));
  }

  position(name: string, head: string, org: Entity | undefined, gloss: string | undefined, ...phrases: (string | [string, number])[]): Entity {
    const pos = this.add(
      { type: "position", name, head, modifiers: [], kind: "office", ...(gloss ? { gloss } : {}), ...(org ? { organization: org.id } : {}) },
      ...(phrases.length ? phrases : [name]),
    );
    if (org) {
      const evidence = this.span(typeof phrases[0] === "string" ? phrases[0] : name);
      this.graph.relations.push({ type: "of", from: pos.id, to: org.id, evidence, evidences: [evidence], reason: "test" });
    }
    return pos;
  }

  date(name: string, value: string, phrase: string): Entity {
    return this.add({ type: "date", name, value, grain: "day" }, phrase);
  }

  holds(person: Entity, position: Entity, evidence: string[], qualifiers: Omit<HoldsQualifiers, "evidences"> = {}): void {
    const evidences = evidence.map((p) => this.span(p));
    this.graph.relations.push({ type: "holds", from: person.id, to: position.id, evidence: evidences[0]!, evidences, reason: "test", ...qualifiers });
  }

  event(ev: Omit<PersonnelEventLike, "id" | "reason">, evidence: string): void {
    this.graph.events.push({ ...ev, id: `ev${this.graph.events.length + 1}`, evidence: this.span(evidence), reason: "test" });
  }

  /** The graph, checked against the library's own schema (extra officeholder fields pass through zod's strip). */
  build(): RenderableGraph {
    EntityGraph.parse(this.graph);
    return this.graph;
  }
}

/**
 * Two officeholders with every qualifier: a former Politburo member (term, start, end, two
 * evidence spans, a dismissal event) and a current head of a committee (start only).
 */
export function officeholders(): RenderableGraph {
  const b = new GraphBuilder(
    "Ông Đinh La Thăng, nguyên Ủy viên Bộ Chính trị khóa XII. Ngày 7/5/2017, Bộ Chính trị cho ông Đinh La Thăng thôi giữ chức.\n" +
      "Bà Trương Thị Mai, Trưởng Ban Tổ chức Trung ương từ tháng 4/2021, phát biểu.",
  );
  const thang = b.person("Đinh La Thăng", "Đinh La Thăng", ["Đinh La Thăng", 1]);
  const mai = b.person("Trương Thị Mai");
  const bct = b.organization("Bộ Chính trị", "Politburo", "Bộ Chính trị", ["Bộ Chính trị", 1]);
  const uv = b.position("Ủy viên Bộ Chính trị", "Ủy viên", bct, "Member of the Politburo", "nguyên Ủy viên Bộ Chính trị");
  const btc = b.organization("Ban Tổ chức Trung ương", "Central Organization Commission");
  const truong = b.position("Trưởng Ban Tổ chức Trung ương", "Trưởng ban", btc, "Head of the Central Organization Commission");
  const day = b.date("Ngày 7/5/2017", "2017-05-07", "Ngày 7/5/2017");
  b.holds(thang, uv, ["Đinh La Thăng, nguyên Ủy viên Bộ Chính trị khóa XII", "Bộ Chính trị cho ông Đinh La Thăng thôi giữ chức"], {
    status: "former",
    term: "XII",
    start: "2016-01",
    end: "2017-05-07",
  });
  b.holds(mai, truong, ["Trương Thị Mai, Trưởng Ban Tổ chức Trung ương từ tháng 4/2021"], { status: "current", start: "2021-04" });
  b.event({ type: "dismissal", person: thang.id, position: uv.id, organization: bct.id, date: day.id, authority: bct.id }, "Bộ Chính trị cho ông Đinh La Thăng thôi giữ chức");
  return b.build();
}

/** The mention texts of a graph, in order: what the views must show again. */
export function mentionTexts(g: RenderableGraph): string[] {
  return g.mentions.map((m) => m.text);
}
