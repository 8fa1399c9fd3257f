/**
 * Position entities: one per post (posts.ts), keyed "modifiers|head|organization". A shorter form
 * of a holder's post is that post (post-refs.ts: "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến … Bộ trưởng
 * Kim Tiến"); a bare title held by no one is the one post of that title in the text, if there is one.
 */
import { OFFICE_RULES } from "../recognizers/office-rules";
import type { Candidate, OrganizationCandidate, PersonCandidate, PositionCandidate, PositionData } from "../recognizers/context";
import type { Entity } from "../schema/graph";
import { isLevelCommittee } from "../lexicon/admin-levels";
import { normalizeKey } from "../text/normalize";
import { collapseSpaces } from "../text/spaces";
import type { GraphBuilder } from "./graph-builder";
import type { HoldLink } from "./holds";
import type { ContextBody } from "./context-bodies";
import { shortForms } from "./post-refs";
import { addOrg, bodyEntity, countryEntity, countryOfTitle, orgEntity, orgKey, type Assembly, type NameIndex } from "./name-entities";
import { postModifiers, postName, postShape } from "./posts";
import { grammarWords } from "../lexicon/grammar-words";
import { push } from "../util/maps";

type Position = Extract<Entity, { type: "position" }>;

// The kinds of national bodies a foreign state has under the same names (data/organizations.tsv kind).
const NATIONAL_KINDS = new Set(["party", "assembly", "assembly-committee", "government", "ministry"]);
const VIET_NAM = "Việt Nam";
// Gazetteer kinds of bodies that are not Việt Nam's, or not only: a foreign one is not a Vietnamese holder's sign.
const FOREIGN_KINDS = new Set(["foreign-government", "international", "company", "media", "bank", "hospital", "university", "religious"]);
// How far (characters) from a foreigner's title another country written as a place makes the text's one country unsure.
const PLACES_BEFORE = 300;
const PLACES_AFTER = 150;

/** A body written with no country that only Việt Nam has: a gazetteer body of a kind no foreign state shares, or one of a place. */
function vietnameseBody(o: OrganizationCandidate | undefined): boolean {
  if (!o || o.data.country) return false;
  const kind = o.data.known?.kind;
  return (!!kind && !NATIONAL_KINDS.has(kind) && !FOREIGN_KINDS.has(kind)) || o.data.place !== undefined;
}

/**
 * The name of a body a title implies, in another country: one every country has or a ministry with the country's name
 * after it ("Chính phủ Lào", "Bộ Tài chính Lào"), a party body that country's ruling party (office-rules.tsv
 * ruling_party); undefined for any other.
 */
function bodyAbroad(name: string, kind: string | undefined, country: string): string | undefined {
  if (OFFICE_RULES.genericBodies.has(name) || kind === "ministry") return `${name} ${country}`;
  return OFFICE_RULES.rulingParty[name]?.[country];
}

const GENERIC_CONTEXT = grammarWords("generic-context");

/** "modifiers|head|": what a bare title and its full form share. */
const positionPrefix = (d: PositionData): string => {
  const shape = postShape(d);
  return `${shape.modifiers.map((m) => normalizeKey(m.text)).join(" ")}|${normalizeKey(shape.head)}|`;
};

export class PostEntities {
  /** The last post made of each prefix, when it is another country's, and where its title ends (foreignReferent). */
  private readonly foreignPost = new Map<string, { e: Entity; end: number }>();
  /** Position entities by prefix, each listed once. */
  private readonly byPrefix = new Map<string, Entity[]>();
  private readonly listed = new Set<Entity>();
  /** Posts named so far by a title written with a level word alone ("Chủ tịch tỉnh"): any fuller form renames them. */
  private readonly levelNamed = new Set<Entity>();
  /** Titles someone holds, from the links, and their holders. */
  private readonly held = new Map<PositionCandidate, PersonCandidate[]>();
  /** Shorter forms of a holder's post, and the title written in full they stand for (post-refs.ts). */
  private readonly short: Map<PositionCandidate, PositionCandidate>;
  /** Shorter forms read before their full form: they join its post once it is made. */
  private readonly waiting = new Map<PositionCandidate, PositionCandidate[]>();
  /** The titles each holder holds, by the holder's name (normalized). */
  private readonly byHolder = new Map<string, PositionCandidate[]>();
  /** Bare titles without a holder: read once every post is known. */
  private readonly unheld: PositionCandidate[] = [];
  /** Titles of a chamber only other countries have, with no country and no holder ("Chủ tịch Thượng viện"): read last too. */
  private readonly unheldForeign: PositionCandidate[] = [];

  constructor(
    private readonly a: Assembly,
    private readonly names: NameIndex,
    links: readonly HoldLink[],
  ) {
    for (const l of links) {
      push(this.held, l.position, l.person);
      push(this.byHolder, normalizeKey(l.person.data.name), l.position);
    }
    this.short = shortForms(links, names, (c) => this.text(c));
  }

  /** A title in text order: its post now, or once its full form or every post is known. */
  add(c: PositionCandidate): void {
    const d = c.data;
    const held = this.held.has(c);
    const full = this.short.get(c);
    if ((d.plural && !held) || full) {
      // "các thành viên Chính phủ": generic, no one's office; the body written in it stays a mention
      // (also in a shorter form: "Chủ tịch Hạ viện" of "Chủ tịch Hạ viện Nhật Bản").
      if (d.orgCandidate && this.a.types.has("organization")) addOrg(this.a, this.names, d.orgCandidate, true);
      if (!full) return;
      const e = this.a.candEntity.get(full);
      if (e) this.mention(c, e, c.reason + "+coreference");
      else push(this.waiting, full, c);
    } else if (!held && !d.orgCandidate && !d.impliedOrg && !d.country && !d.foreignCountry) this.unheld.push(c);
    else if (!held && d.capitalized && d.orgCandidate?.data.known?.kind === "foreign-government" && !d.orgCandidate.data.country && !d.country && !d.foreignCountry) this.unheldForeign.push(c);
    else if (!held && this.foreignReferent(c)) return;
    else this.make(c);
  }

  /**
   * "Thủ tướng Lào X thăm Việt Nam. Cùng đi với Thủ tướng có …": a bare title held by no one, which would imply a body of
   * Việt Nam's ("Thủ tướng" → Chính phủ), after a word of its clause, refers back to the foreign post written in an
   * earlier sentence of its paragraph when that is the one post of its words so far: it is that post (a mention of it), not Việt Nam's. Only the title alone: one with words of its own ("Bộ trưởng Kinh tế")
   * may be another office.
   */
  private foreignReferent(c: PositionCandidate): boolean {
    const d = c.data;
    if (!d.capitalized || !d.impliedOrg || d.impliedOrg.foreign || d.orgCandidate || d.country || d.foreignCountry || d.unnamedCountry || d.plural) return false;
    const prefix = positionPrefix(d);
    // (The title alone, "Thủ tướng": one with words of its own, "Bộ trưởng Kinh tế", may be another office.)
    const shape = postShape(d);
    if (normalizeKey(postName(this.text(c), d)) !== normalizeKey([...shape.modifiers.map((m) => m.text), shape.head].join(" "))) return false;
    const same = this.byPrefix.get(prefix);
    const last = this.foreignPost.get(prefix);
    if (same?.length !== 1 || !last || last.e !== same[0] || last.end > c.cs!) return false;
    // (In a later sentence of the paragraph, and not opening its clause: "Nhận lời mời của Chủ tịch nước Trung Quốc X, Chủ
    // tịch nước đã thăm …" and "… thăm Việt Nam. Thủ tướng chủ trì lễ đón" are Việt Nam's own.)
    const between = this.a.cased.slice(last.end, c.cs!);
    if (between.includes("\n") || !/[.!?]\s/u.test(between) || !/^\p{L}/u.test(c.prevKey ?? "")) return false;
    this.mention(c, last.e, c.reason + "+coreference");
    return true;
  }

  /** The bare titles held by no one, once every post is known. */
  finish(): void {
    // (A full form never made leaves its shorter forms posts of their own.)
    for (const [full, ws] of this.waiting) if (!this.a.candEntity.has(full)) for (const w of ws) this.make(w, false);
    for (const c of this.unheld) this.resolveUnheld(c);
    for (const c of this.unheldForeign) this.resolveForeignChamber(c);
  }

  /**
   * "… tới Chủ tịch Thượng viện và Chủ tịch Hạ viện Quốc hội Hà Lan" after "Chủ tịch Thượng viện Quốc hội Hà Lan X":
   * a chamber's title with no country and no holder is the one post the text writes in full from those words.
   */
  private resolveForeignChamber(c: PositionCandidate): void {
    const key = normalizeKey(postName(this.text(c), c.data));
    const fuller = (this.byPrefix.get(positionPrefix(c.data)) ?? []).filter((e) => normalizeKey(e.name).startsWith(`${key} `));
    if (fuller.length !== 1) return this.make(c);
    if (c.data.orgCandidate && this.a.types.has("organization")) addOrg(this.a, this.names, c.data.orgCandidate, true);
    this.mention(c, fuller[0]!, c.reason + "+coreference");
  }

  /**
   * "Trưởng Ban Tổ chức Tỉnh ủy" (an elided board of a level's Party committee, written with no place): the committee's
   * place read as a bare "Tỉnh ủy" is ("Ban Tổ chức Tỉnh ủy Bình Phước"); the name as written when none is.
   */
  private committeePlaced(name: string, c: PositionCandidate): string {
    const i = name.lastIndexOf(" ", name.lastIndexOf(" ") - 1);
    const tail = i > 0 ? name.slice(i + 1) : "";
    if (!tail || !isLevelCommittee(tail)) return name;
    const placed = this.names.bareBody(tail, c.ce! - tail.length, false, c.ce);
    return placed.length > tail.length ? `${name.slice(0, i)} ${placed}` : name;
  }

  /** The post of a title: its organization (nested mention, implied body) or country, and the "of" relation. */
  private make(c: PositionCandidate, orgMention = true): void {
    const { a } = this;
    const d = c.data;
    let org: Entity | undefined;
    let country: Entity | undefined;
    let othersBody = this.othersGenericBody(c);
    // ("Khamphao Ernthavanh, Thứ trưởng Bộ Ngoại giao" of a Lao delegation: the body every country has, which the text
    // names with no country, is the holders' country's.)
    const home = othersBody === true && !d.unitParent ? this.holdersCountry(c)?.country : undefined;
    if (home) {
      d.foreignCountry = home;
      othersBody = false;
    }
    // ("Saleumxay Kommasith, Bộ trưởng Ngoại giao Lào … Phó Thủ tướng": the body a foreigner's bare title implies is the
    // country's their own titles name, those read before included: "Somdy Douangdy, Ủy viên Trung ương Đảng, Phó Thủ
    // tướng" once the first is Laos' below. Else none: the text's one country alone is not enough for an implied body.)
    if (!d.orgCandidate && d.impliedOrg && !d.impliedOrg.stateOf && !d.impliedOrg.foreign && d.impliedOrg.known?.kind !== "foreign-government" && !d.impliedOrg.bareLevel && this.foreignHolders(c)) {
      const country = this.holdersCountry(c, true)?.country;
      const body = country ? bodyAbroad(d.impliedOrg.known?.name ?? d.impliedOrg.name, d.impliedOrg.known?.kind, country) : undefined;
      if (body) {
        d.impliedOrg = { name: body };
        d.foreignCountry = country;
      }
    }
    if (!d.orgCandidate && !d.country && !d.foreignCountry && !d.contextBody) this.countryInText(c);
    // ("Somdy Douangdy, Ủy viên Trung ương Đảng" of a Lao delegation: Laos' party body, or none; never Việt Nam's.)
    const abroad = othersBody === false ? this.abroad(c) : undefined;
    if (abroad?.country) d.foreignCountry = abroad.country;
    const noBody = !!abroad && !abroad.country;
    // (A place's own government, "Chính quyền tỉnh Kanagawa", is written: foreign holders keep it.)
    // (A body only another country has, "Quốc vụ viện Trung Quốc" of "Ủy viên Quốc vụ", stays; so does one
    // written with its foreign party, "Ban Đối ngoại Trung ương Đảng Cộng sản Trung Quốc".)
    // ("Ngoại trưởng nước chủ nhà cho biết": a country the text does not name, no holder to say it is Việt Nam: no body.)
    // ("Bộ trưởng Ngoại giao nước bạn X": the holder's country, when the text gives one.)
    const implied = d.impliedOrg && !(d.unnamedCountry && !this.vietnameseHolder(c) && !d.foreignCountry) && (d.impliedOrg.stateOf || d.impliedOrg.foreign || d.impliedOrg.known?.kind === "foreign-government" || (!this.foreignHolders(c) && !this.unplacedMinisters(c))) ? d.impliedOrg : undefined;
    // With `types` leaving organizations or locations out, none is made here either.
    if (!a.types.has("organization")) {
      /* no organization entity, mention or "of" relation */
    } else if (d.orgCandidate && d.unitParent) org = this.unitOrg(d.orgCandidate, d.unitParent, orgMention);
    else if (d.orgCandidate && d.foreignCountry) {
      // "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Lào …": the party body written is that country's, not Việt Nam's.
      org = orgEntity(a, `${this.text(d.orgCandidate)} ${d.foreignCountry}`, undefined, d.orgCandidate.data.known?.kind ?? "party");
      if (orgMention) this.nestedMention(d.orgCandidate, org);
    }
    else if (d.orgCandidate && noBody) addOrg(a, this.names, d.orgCandidate, orgMention);
    else if (d.orgCandidate) {
      // "Tiếp Chủ tịch QH Pany Yathotou": a body every country has, written with no country, is not
      // Việt Nam's when only foreigners hold the title (the mention stays; no "of"), but the one
      // country's the text names it with, if it names one (the mention is that body's).
      if (othersBody && othersBody !== true) {
        org = this.contextOrg({ cand: othersBody });
        if (org && orgMention) this.nestedMention(d.orgCandidate, org);
      } else {
        const written = orgMention ? addOrg(a, this.names, d.orgCandidate, true) : a.candEntity.get(d.orgCandidate);
        org = othersBody ? undefined : written;
      }
    }
    else if (d.contextBody) org = this.contextOrg(d.contextBody);
    else if (implied) {
      const { stateOf } = implied;
      // ("Chủ tịch tỉnh": "UBND tỉnh" and the province named around it.)
      const name = implied.bareLevel ? this.names.bareBody(implied.name, c.cs!, false, c.ce, true) : implied.known ? implied.name : this.committeePlaced(implied.name, c);
      org = orgEntity(a, name, implied.known, implied.known?.kind ?? (stateOf ? "state" : "organization"));
      // "Nhà nước Hoa Kỳ" is also "Hoa Kỳ" and "Mỹ", as the text wrote it.
      if (stateOf) for (const form of [stateOf.name, stateOf.written]) if (form !== org.name) a.g.addForm(org, (org.aliases ??= []), form);
      for (const form of implied.forms ?? []) if (form !== org.name) a.g.addForm(org, (org.aliases ??= []), form);
    }
    // ("Trưởng ban Tuyên giáo của Tỉnh ủy Nghệ An": the body after "của" is a mention; the post is of its board.)
    if (d.ownerOrg && orgMention && a.types.has("organization")) addOrg(a, this.names, d.ownerOrg, true);
    const countryName = d.country ? d.country.data.name : d.foreignCountry;
    if (countryName && a.types.has("location")) country = countryEntity(a, countryName);
    const orgData = othersBody ? (othersBody !== true ? othersBody.data : undefined) : noBody ? undefined : d.orgCandidate?.data;
    const orgName = orgData ? (orgData.known?.name ?? orgData.identity ?? orgData.name) : implied?.known?.name ?? implied?.name;
    const text = this.text(c);
    const post = postName(text, d);
    // With no body or country written, a title's own words tell posts apart ("Thống đốc tỉnh
    // Kanagawa", "Thống đốc tỉnh Aichi").
    const key = org ? orgKey(org.name) : orgName ? orgKey(orgName) : countryName ? `country:${normalizeKey(countryName)}` : `title:${normalizeKey(post)}`;
    const e = this.post(c, positionPrefix(d) + key, post, org, country);
    // (A post of another country, written with it or held by foreigners only: a bare title after it may refer back to it.)
    const foreign = countryName ? countryName !== VIET_NAM : !org && this.foreignHolders(c);
    if (foreign) this.foreignPost.set(positionPrefix(d), { e, end: c.ce! });
    else this.foreignPost.delete(positionPrefix(d));
    const s = a.origSpan(c);
    // (A country is not an organization: "Tổng thống Indonesia" keeps it in `country`, with no "of".)
    if (org) a.g.relation("of", e, org, s.start, s.end, d.orgCandidate && !othersBody ? "title+organization" : d.contextBody || othersBody ? "title-body-in-context" : d.impliedOrg ? "title-implies-organization" : "title");
  }

  /**
   * "Tổng thống Hàn Quốc Lee Myung-bak … Bộ trưởng Giáo dục Lee Joo-ho": a state's office written bare
   * (office-rules.tsv country_in_text), held only by foreign names of two words or more whose titles name no country, is of
   * the one foreign country the text names at all: that state's ("Nhà nước Hàn Quốc") or the body it implies there
   * ("Bộ Giáo dục Hàn Quốc"). None when the text names two foreign countries or none.
   */
  private countryInText(c: PositionCandidate): void {
    const d = c.data;
    const head = normalizeKey(postShape(d).head);
    const implied = d.impliedOrg;
    if (!OFFICE_RULES.countryInText.has(head) || implied?.stateOf || implied?.bareLevel || implied?.known?.kind === "foreign-government") return;
    const country = this.onlyForeignCountry(c);
    if (!country) return;
    if (this.otherHolderIn(c, country)) return;
    // (A ministry only other cabinets have, "Bộ trưởng Nông nghiệp" of portfolios.tsv, is that country's too.)
    const ministry = this.writtenMinistry(c);
    const body = implied?.foreign || ministry ? `${ministry ?? implied!.name} ${country}` : implied ? bodyAbroad(implied.known?.name ?? implied.name, implied.known?.kind, country) : undefined;
    // (Also named by the country as the text writes it: "Hoa Kỳ" of Mỹ.)
    const forms = this.writtenCountry(country);
    if (body) d.impliedOrg = { name: body, forms };
    else if (!implied && OFFICE_RULES.headsState.has(head)) d.impliedOrg = { name: `Nhà nước ${country}`, stateOf: { name: country, written: forms[0] ?? country }, forms: forms.slice(1) };
    else return;
    d.foreignCountry = country;
  }

  /** The country and its forms the text writes as places ("Hoa Kỳ"), each once. */
  private writtenCountry(country: string): string[] {
    const forms = new Set([country]);
    for (const [s, e] of this.names.countrySpans.get(country) ?? []) forms.add(collapseSpaces(this.a.cased.slice(s, e)));
    return [...forms];
  }

  /**
   * "Bộ trưởng Giáo dục" → "Bộ Giáo dục", "Bộ trưởng Nông nghiệp" → "Bộ Nông nghiệp": a ministry as its minister's title
   * writes it (not Việt Nam's ministry's full name, nor none for a field Việt Nam's ministries do not name alone).
   */
  private writtenMinistry(c: PositionCandidate): string | undefined {
    const implied = c.data.impliedOrg;
    if (implied && implied.known?.kind !== "ministry" && (implied.known || !implied.name.startsWith("Bộ "))) return undefined;
    const m = /^(?:Thứ|Bộ) trưởng (\p{Lu}.*)$/u.exec(postName(this.text(c), c.data));
    return m ? `Bộ ${m[1]}` : undefined;
  }

  /**
   * "Tổng thống Mỹ Joe Biden gặp Tổng thống Vladimir Putin": the title is written with the country for someone else
   * ("Tổng thống Mỹ", "Bộ trưởng Giáo dục Hàn Quốc"), so the bare one is likely another country's.
   */
  private otherHolderIn(c: PositionCandidate, country: string): boolean {
    const title = `${normalizeKey(postName(this.text(c), c.data))} `;
    const mine = new Set(this.held.get(c)!.map((p) => normalizeKey(p.data.name)));
    for (const [t, holders] of this.held) {
      if (t === c || t.data.country?.data.name !== country || !normalizeKey(postName(this.text(t), t.data)).startsWith(title)) continue;
      if (holders.some((p) => !mine.has(normalizeKey(p.data.name)))) return true;
    }
    return false;
  }

  /** The one foreign country the text names at all, when c's holders are all foreign names of two words or more with no country of their own. */
  private onlyForeignCountry(c: PositionCandidate): string | undefined {
    const holders = this.held.get(c);
    if (!holders?.length || !holders.every((p) => (p.data.origin === "foreign" || p.data.origin === "unknown") && p.data.name.includes(" "))) return undefined;
    // (A foreign place's own government, "Tỉnh trưởng tỉnh Gyeongsang Nam", names no country: countryOfTitle leaves it out.)
    const named = [...this.names.foreignNamed];
    if (named.length !== 1 || this.names.foreignCountries.size !== 1) return undefined;
    const country = named[0]!;
    if (!this.names.foreignCountries.has(country) || this.holdersCountry(c, true)) return undefined;
    return country;
  }

  /** "HĐQT" of "Chủ tịch HĐQT kiêm Tổng Giám đốc ACB": the board of the bank, named with it ("HĐQT Ngân hàng … Á Châu"). */
  private unitOrg(unit: OrganizationCandidate, parent: ContextBody, orgMention: boolean): Entity | undefined {
    const made = this.a.candEntity.get(unit);
    if (made || !orgMention) return made;
    const of = this.contextOrg(parent);
    const e = orgEntity(this.a, `${unit.data.name} ${of?.name ?? ""}`.trim(), undefined, unit.data.kind, unit.data.gloss);
    this.nestedMention(unit, e);
    return e;
  }

  /** The body written inside a title is `e`, named elsewhere more fully. */
  private nestedMention(body: OrganizationCandidate, e: Entity): void {
    const s = this.a.origSpan(body);
    this.a.g.mention(e, s.start, s.end, body.reason, true);
    this.a.candEntity.set(body, e);
  }

  /** The organization entity of a body named elsewhere in the text (made already when written before the title). */
  private contextOrg(b: ContextBody): Entity | undefined {
    if (!("cand" in b)) return orgEntity(this.a, b.name, b.known, b.known?.kind ?? "organization");
    return bodyEntity(this.a, b.cand);
  }

  /** Someone of a Vietnamese name holds the title. */
  private vietnameseHolder(c: PositionCandidate): boolean {
    return !!this.held.get(c)?.some((p) => p.data.origin !== "foreign");
  }

  /**
   * "Lim Guan Eng giữ chức Bộ trưởng Tài chính" in a text that names another country: a bare minister's title whose
   * holders all have names of no known surname (not Kinh, not of Việt Nam's peoples) is not tied to Việt Nam's
   * ministry; better no body than the wrong one. (A text that names no other country keeps it.)
   */
  private unplacedMinisters(c: PositionCandidate): boolean {
    const d = c.data;
    if (d.country || d.foreignCountry || d.impliedOrg?.known?.kind !== "ministry" || this.names.foreignNamed.size === 0) return false;
    const holders = this.held.get(c);
    return !!holders && holders.length > 0 && holders.every((p) => p.data.origin === "unknown" || p.data.origin === "foreign");
  }

  /**
   * The body a title implies is this country's ("Thủ tướng" → Chính phủ, "Bộ trưởng Tài chính" → Bộ
   * Tài chính): not when only foreigners hold it and no country is written ("Thủ tướng Shinzo Abe").
   */
  private foreignHolders(c: PositionCandidate): boolean {
    const d = c.data;
    if (d.country || d.foreignCountry) return false;
    const holders = this.held.get(c);
    return !!holders && holders.every((p) => p.data.origin === "foreign");
  }

  /**
   * "Somdy Douangdy, Ủy viên Trung ương Đảng, Phó Thủ tướng, Bộ trưởng Bộ Tài chính" in a Lao delegation: a national body
   * of Việt Nam's name (data/organizations.tsv kind party, assembly, government or ministry) written with no country, in
   * a title only foreigners hold, is a foreign one: that of the one country their other titles are written with ("Chủ
   * tịch Quốc hội Cuba"), else of the one foreign country the text names with titles and bodies (none other near); else
   * none (no "of"). Undefined when Việt Nam's may be meant: a holder of a Vietnamese name (kinh, ethnic) or of a title of
   * Việt Nam, a country written, or a text that names no foreign country at all (names of the Central Highlands' peoples
   * read as foreign ones: "H'Yim Kđoh").
   */
  private abroad(c: PositionCandidate): { country?: string } | undefined {
    const d = c.data;
    const o = d.orgCandidate?.data;
    if (!o?.known || o.country || !NATIONAL_KINDS.has(o.known.kind) || d.unitParent) return undefined;
    return this.holdersCountry(c);
  }

  /**
   * The country of the holders of c, all foreigners: the one their other titles are written with, else the one foreign
   * state the text names with titles and bodies when no other is written as a place near c ({} when not one);
   * undefined when a holder is not foreign, one of their titles is Việt Nam's, or the text names no foreign country.
   */
  private holdersCountry(c: PositionCandidate, ownOnly = false): { country?: string } | undefined {
    if (!this.foreignHolders(c)) return undefined;
    const own = new Set<string>();
    for (const p of this.held.get(c)!) {
      // (A name of one word may be a word read as one, "Thủ tướng Cananda, Tổng thống Thổ Nhĩ Kỳ": its titles say nothing.)
      if (!p.data.name.includes(" ")) continue;
      for (const t of this.byHolder.get(normalizeKey(p.data.name)) ?? []) {
        const other = t === c ? false : this.othersGenericBody(t);
        const country = countryOfTitle(t.data) ?? (other && other !== true ? other.data.country : undefined);
        if (country) own.add(country);
        // (A Vietnamese name read as a foreign one, "Đôn Tuấn Phong, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam",
        // "H'Yim Kđoh, Phó Chủ tịch UBND tỉnh Đắk Lắk": a body of Việt Nam only, or of a Vietnamese place, is Việt Nam's.)
        else if (t !== c && vietnameseBody(t.data.orgCandidate)) own.add(VIET_NAM);
      }
    }
    if (own.has(VIET_NAM)) return undefined;
    if (own.size > 0) return own.size === 1 ? { country: [...own][0]! } : {};
    if (ownOnly) return undefined;
    // (A text that names no other country at all: "Bà H'Yim Kđoh, Ủy viên Trung ương Đảng" is a Vietnamese name.)
    const { foreignCountries: titled, foreignNamed: named } = this.names;
    if (named.size === 0) return undefined;
    if (titled.size !== 1) return {};
    const country = [...titled][0]!;
    // (Another country written as a place near the title may be the holder's: "Thủ tướng Singapore Lý Hiển Long tiếp Thủ
    // tướng Anwar Ibrahim tại Malaysia".)
    return this.names.otherPlaceNear(country, c.cs! - PLACES_BEFORE, c.ce! + PLACES_AFTER) ? {} : { country };
  }

  /**
   * The title's written body, with no country, is some other country's: one every country has
   * (data/office-rules.tsv generic_body) when only foreigners hold the title, or one Việt Nam has not
   * ("Thượng viện"). False when not; else the body the text names with one country
   * (names.foreignBody), or, for a body every country has, true when it names none or several.
   */
  private othersGenericBody(c: PositionCandidate): OrganizationCandidate | boolean {
    const o = c.data.orgCandidate?.data;
    if (!o?.known || o.country) return false;
    if (o.known.kind === "foreign-government") return this.names.foreignBody(o.known.name) ?? false;
    if (!OFFICE_RULES.genericBodies.has(o.known.name) || !this.foreignHolders(c)) return false;
    return this.names.foreignBody(o.known.name) ?? true;
  }

  /** The entity of the post under `key`, named by its fullest form, with c's mention. */
  private post(c: PositionCandidate, key: string, post: string, org?: Entity, country?: Entity): Entity {
    const { g } = this.a;
    const d = c.data;
    const prefix = positionPrefix(d);
    const e = g.get("position", key) ?? newPosition(g, key, d, post, org, country);
    if (!this.listed.has(e)) {
      this.listed.add(e);
      push(this.byPrefix, prefix, e);
      if (d.impliedOrg?.bareLevel) this.levelNamed.add(e);
    }
    // The fullest form names the entity ("Thủ tướng Chính phủ" over "Thủ tướng"); a bare body's is not
    // fuller ("Phó Chủ tịch UBND thành phố" after "Phó Chủ tịch UBND TP.HCM"), but for a title written with a level
    // word alone ("Chủ tịch tỉnh … Chủ tịch UBND tỉnh": eval/CONVENTIONS.md, a chair written without its body).
    const fuller = d.orgCandidate?.data.bareLevel === undefined || this.levelNamed.has(e);
    if (post.length > e.name.length && fuller && !d.impliedOrg?.bareLevel && e.type === "position") {
      g.addForm(e, (e.aliases ??= []), e.name);
      e.name = post;
      this.levelNamed.delete(e);
    }
    this.mention(c, e, c.reason);
    for (const w of this.waiting.get(c) ?? []) this.mention(w, e, w.reason + "+coreference");
    return e;
  }

  private mention(c: Candidate, e: Entity, reason: string): void {
    const s = this.a.origSpan(c);
    this.a.g.mention(e, s.start, s.end, reason, false, this.text(c));
    this.a.candEntity.set(c, e);
  }

  private text(c: Candidate): string {
    return collapseSpaces(this.a.cased.slice(c.cs!, c.ce!)); // (a token span: nothing to trim)
  }

  /** A bare title held by no one: the one post of that title in the text, else kept only when written like a title of someone. */
  private resolveUnheld(c: PositionCandidate): void {
    const d = c.data;
    const prefix = positionPrefix(d);
    const same = this.byPrefix.get(prefix) ?? [];
    // Only a capitalized bare title refers back ("Thủ tướng nhấn mạnh"); "giám đốc", "đại biểu" in
    // lower case are mostly common nouns.
    let e: Entity | undefined = same.length === 1 && d.capitalized ? same[0] : undefined;
    if (!e) {
      // A lower-case or rank-only title with no one attached is a common noun ("giám đốc", "đại tá").
      const prev = c.prevKey ?? "";
      if ((!d.capitalized && !GENERIC_CONTEXT.has(prev)) || d.head.kind !== "office") return;
      e = this.a.g.entity("position", prefix, () => makePosition(d, postName(this.text(c), d), undefined, undefined));
      if (!this.listed.has(e)) {
        this.listed.add(e);
        push(this.byPrefix, prefix, e);
      }
    }
    this.mention(c, e, c.reason + "+coreference");
  }
}

/** (The closure that makes a position, and the scope it reads, only for a new one: most calls find it made.) */
function newPosition(g: GraphBuilder, key: string, d: PositionData, post: string, org: Entity | undefined, country: Entity | undefined): Entity {
  return g.entity("position", key, () => makePosition(d, post, org, country));
}

function makePosition(d: PositionData, text: string, org: Entity | undefined, country: Entity | undefined): Omit<Position, "id"> {
  const glossParts: string[] = [];
  const order = ["former", "acting", "new", "standing", "first", "permanent", "deputy"];
  const mods = postModifiers(d).slice().sort((a, b) => order.indexOf(a.meaning) - order.indexOf(b.meaning));
  for (const m of mods) if (m.gloss) glossParts.push(m.gloss);
  const gloss = d.head.gloss ? [...glossParts, d.head.gloss].join(" ") : undefined;
  const shape = postShape(d);
  return {
    type: "position",
    name: text,
    // ("Phó ban" is "Phó" + "Trưởng ban"; its gloss, "Deputy Head", is its own.)
    head: shape.head,
    modifiers: shape.modifiers.map((m) => ({ text: m.text, meaning: m.meaning, ...(m.gloss ? { gloss: m.gloss } : {}) })),
    kind: d.head.kind,
    ...(gloss ? { gloss } : {}),
    ...(org ? { organization: org.id } : {}),
    ...(country ? { country: country.id } : {}),
  };
}
