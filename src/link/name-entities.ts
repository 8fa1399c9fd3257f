/**
 * Entities for the names of a text: persons (short references "ông Phúc" joined to the full name
 * written nearby), places, and organizations (bare local bodies "Tỉnh ủy" given the body or place
 * named nearby). Positions are in post-entities.ts.
 */
import type { OrgInfo } from "../lexicon/lexicon";
import type { Candidate, LocationCandidate, OrganizationCandidate, PersonCandidate, PersonData, PositionData } from "../recognizers/context";
import { ADMIN_LEVELS, cityWordAsOne, cityWordsAsOne, isAdminLevelWord, isCentralCity, levelOfBody, placeAfterBody, splitGluedCityWord, withoutLevelWord, withoutProvincialWord } from "../lexicon/admin-levels";
import type { Entity } from "../schema/graph";
import { LINK_DATA } from "../generated/link-data";
import { parseTsv, splitList } from "../lexicon/tsv";
import { capitalizeFirst, normalizeKey, remember } from "../text/normalize";
import type { GraphBuilder } from "./graph-builder";
import { firstAtOrAfter } from "./sorted";
import { push } from "../util/maps";
import { OFFICE_RULES } from "../recognizers/office-rules";
import { isVietnameseSyllable } from "../text/syllable";
import { work } from "../util/work";
import { grammarWords } from "../lexicon/grammar-words";

/** A candidate with its normalized character offsets. */
export interface Placed {
  cand: Candidate;
  start: number;
  end: number;
}

/** What the parts of one graph's assembly share. */
export interface Assembly {
  g: GraphBuilder;
  /** The normalized text, with its letter case (display forms). */
  cased: string;
  types: ReadonlySet<string>;
  /** A candidate's span in the caller's original string. */
  origSpan: (c: Candidate) => { start: number; end: number };
  candEntity: Map<Candidate, Entity>;
}

interface At {
  at: number;
}
type FullName = At & { name: string; key: string; surname?: string; origin: PersonData["origin"] };
/** A place, and the level of the body whose name it is written in ("Yên Bái" of "Tỉnh ủy Yên Bái": province). */
type Place = At & { name: string; kind: string; level?: string };
type Body = At & { head: string; name: string };

// "quê quán: Trà Vinh", "sinh tại Nam Định" (data/link-cues.tsv, role home): the place someone comes from is no body's place.
let homeRe: RegExp | undefined;
const homeBefore = (lower: string, at: number): boolean =>
  (homeRe ??= new RegExp(`(?:^|[^\\p{L}])(?:${parseTsv(LINK_DATA["link-cues.tsv"] ?? "").filter((r) => r.role === "home").map((r) => r.phrase).join("|")})[\\s:,]*$`, "u")).test(lower.slice(Math.max(0, at - 24), at));

/** Only ", " or " - " between a place ending at `end` and one starting at `start`: the second is the first one's larger unit. */
const placeAfterPlace = (lower: string, end: number, start: number): boolean => start > end && start - end <= 3 && /^\s*[,\-–]\s*$/u.test(lower.slice(end, start));

/** Bodies' heads that, written bare, are the one body of that head named before in the paragraph (grammar-words.tsv). */
const PARAGRAPH_BODIES = grammarWords("paragraph-body");

/** The names written in full, places and bodies with their place, in text order: what short forms refer to. */
export class NameIndex {
  private readonly byLast = new Map<string, FullName[]>();
  private readonly bodiesByHead = new Map<string, Body[]>();
  /** Bodies written with their unit whose head is a paragraph-body word ("Đảng ủy xã Tân Phú"), communes' too; in text order. */
  private readonly paragraphBodies: Body[] = [];
  private readonly placesByKind = new Map<string, Place[]>();
  /** Bodies written with more than a head ("Thượng viện Cộng hòa Haiti", "Thượng viện Mỹ"), and what foreignBody found. */
  private readonly namedBodies: OrganizationCandidate[] = [];
  private readonly foreignBodies = new Map<string, OrganizationCandidate | undefined>();
  /** The foreign countries the text names with titles and in bodies' names ("Thủ tướng Lào", "Chính phủ Lào"). */
  readonly foreignCountries = new Set<string>();
  /** The foreign countries the text names at all: with titles, in bodies' names or as places ("đoàn đại biểu Lào"). */
  readonly foreignNamed = new Set<string>();
  /** Where each foreign country is written as a place ("Hoa Kỳ" of Mỹ): character spans, by its gazetteer name. */
  readonly countrySpans = new Map<string, Array<[number, number]>>();
  /** Foreign countries written as places, in text order. */
  private readonly foreignPlaces: Array<At & { name: string }> = [];
  /** Titles whose body is written with its place, by the title's first character: "Chủ tịch HĐND tỉnh Bắc Ninh". */
  private readonly titlePlaces = new Map<number, { place: string; kinds: readonly string[]; level?: string }>();
  /** Titles whose body is a ward's written bare ("Chủ tịch HĐND phường"), by the title's first character. */
  private readonly titleBareWards = new Map<number, { name: string; at: number; end: number }>();
  private readonly lower: string | undefined;
  /** initialed's full names by initial and the rest ("v putin"): a sorted sub-list of byLast's. */
  private readonly byInitial = new Map<string, FullName[]>();
  /** bareBody's places of a kind that may be a bare body's of a level, and where the first is: by "kind|level|provinceOnly". */
  private readonly placesOf = new Map<string, { xs: Place[] | undefined; first: number }>();
  /** The places of each kind by placeKey (made at the first bareBody that asks). */
  private readonly placeKeys = new Map<string, Set<string>>();

  constructor(placed: readonly Placed[], lower?: string) {
    this.lower = lower;
    const fullNames: FullName[] = [];
    for (const { cand: c, start } of placed) if (c.type === "person" && !c.data.short) fullNames.push({ at: start, name: c.data.name, key: normalizeKey(c.data.name), surname: c.data.surname, origin: c.data.origin });
    // By all but the surname ("Xuân Phúc"), then also the last two syllables and the last one
    // ("ông Xuân Phúc", "ông Phúc"). Keys have single spaces; indexOf, not split: this ran per name.
    for (const f of fullNames) {
      const first = f.key.indexOf(" ");
      if (first > 0) push(this.byLast, f.key.slice(first + 1), f);
    }
    for (const f of fullNames) {
      const last = f.key.lastIndexOf(" ");
      if (last <= 0) continue;
      const before = f.key.lastIndexOf(" ", last - 1);
      if (before > 0) push(this.byLast, f.key.slice(before + 1), f);
      push(this.byLast, f.key.slice(last + 1), f);
      // A foreign name may be referred to by its first part: "Lee Hsien Loong … ông Lee".
      if (f.origin === "foreign" || f.origin === "unknown") push(this.byLast, f.key.slice(0, f.key.indexOf(" ")), f);
    }
    // (Where the last place someone comes from ends, while the places go on after it.)
    let homeEnd: number | undefined;
    for (const p of placed) {
      const org = p.cand.type === "organization" ? p.cand : p.cand.type === "position" ? p.cand.data.orgCandidate : undefined;
      if (org) this.namedBodies.push(org);
      // (Not a place alone: "xuất khẩu sang Mỹ" names no state whose offices the text tells.)
      const country = p.cand.type === "position" ? countryOfTitle(p.cand.data) : org ? countryOfBody(org) : undefined;
      if (country && country !== VIET_NAM) this.foreignCountries.add(country);
      if (country && country !== VIET_NAM) this.foreignNamed.add(country);
      if (p.cand.type === "location" && p.cand.data.kind === "country" && p.cand.data.name !== VIET_NAM) {
        this.foreignNamed.add(p.cand.data.name);
        this.foreignPlaces.push({ at: p.start, name: p.cand.data.name });
        push(this.countrySpans, p.cand.data.name, [p.start, p.end]);
      }
      if (p.cand.type === "location") {
        // ("quê quán huyện Cần Đước, Long An": the province after the hometown's district is the hometown's too.)
        const home = !!lower && (homeBefore(lower, p.start) || (!!homeEnd && placeAfterPlace(lower, homeEnd, p.start)));
        homeEnd = home ? p.end : undefined;
        if (!home) push(this.placesByKind, p.cand.data.kind, { at: p.start, name: p.cand.data.name, kind: p.cand.data.kind });
      }
      // Local bodies written with their place, by head ("tỉnh ủy" → "Tỉnh ủy Quảng Nam").
      else if (p.cand.type === "organization" && p.cand.data.place !== undefined) this.addBody(p.cand.data.name, p.start);
      // (And the body of a title: "Phó Chủ tịch UBND TPHCM X … Phó Chủ tịch UBND TP X".)
      // (Not a commune's: a text names many, and a bare "UBND xã" is seldom the one named last.)
      else if (p.cand.type === "position" && p.cand.data.orgCandidate?.data.place !== undefined && levelOfBody(normalizeKey(p.cand.data.orgCandidate.data.name))?.kinds.length !== 0) this.addBody(p.cand.data.orgCandidate.data.name, p.start);
      // (A place written in a body's name is a place named there: "Tỉnh ủy Yên Bái … Ban Chấp hành Đảng bộ tỉnh".)
      if (org?.data.place !== undefined && !org.data.country) {
        const lv = levelOfBody(normalizeKey(org.data.name));
        if (lv?.kinds.length) push(this.placesByKind, lv.level, { at: p.start, name: org.data.place, kind: lv.level, level: lv.level });
      }
      if (p.cand.type === "position") {
        const d = p.cand.data;
        const body = d.orgCandidate?.data.name ?? (d.impliedOrg && !d.impliedOrg.stateOf ? d.impliedOrg.name : undefined);
        const place = d.orgCandidate ? d.orgCandidate.data.place : body ? placeInName(body) : undefined;
        const level = body && place ? levelOfBody(normalizeKey(body)) : undefined;
        const kinds = level?.kinds;
        // (A commune's or ward's too, for its Party committee written bare before it: "Bí thư Đảng ủy, Chủ tịch UBND xã X".)
        if (place && (kinds?.length || UNIT_COMMITTEES.has(level?.level ?? ""))) this.titlePlaces.set(p.start, { place, kinds: kinds ?? [], level: level?.level });
        const bare = d.orgCandidate?.data.bareLevel !== undefined ? d.orgCandidate : undefined;
        if (bare?.cs !== undefined && bare.ce !== undefined && levelOfBody(normalizeKey(bare.data.name))?.level === "ward") this.titleBareWards.set(p.start, { name: bare.data.name, at: bare.cs, end: bare.ce });
        // (The place of a body a title implies: "Trưởng Đoàn đại biểu Quốc hội tỉnh Đồng Nai".)
        const lv = !d.orgCandidate && place ? levelOfBody(normalizeKey(body!)) : undefined;
        if (lv?.kinds.length) push(this.placesByKind, lv.level, { at: p.start, name: place!, kind: lv.level, level: lv.level });
      }
    }
    this.addChainedBodies(placed);
  }

  /**
   * The bodies a bare one later in their paragraph may be (paragraphBody): those written with their unit whose head is a
   * paragraph-body word ("Đảng ủy xã Tân Phú"), and the Party committee a chain names with its unit ("Bí thư Đảng ủy, Chủ
   * tịch HĐND phường X": chainedUnitBody). Called once the titles' places are all read.
   */
  private addChainedBodies(placed: readonly Placed[]): void {
    for (const p of placed) {
      const org = p.cand.type === "organization" ? p.cand : p.cand.type === "position" ? p.cand.data.orgCandidate : undefined;
      if (!org || org.cs === undefined || org.ce === undefined) continue;
      const key = normalizeKey(org.data.name);
      const head = key.split(" ").slice(0, 2).join(" ");
      if (org.data.place !== undefined && key !== head && PARAGRAPH_BODIES.has(head)) this.paragraphBodies.push({ at: org.cs, head, name: org.data.name });
      if (!PARAGRAPH_BODIES.has(key)) continue;
      const unit = this.chainedUnitBody(org.data.name, org.ce);
      if (unit) this.paragraphBodies.push({ at: org.cs, head: bodyHead(unit), name: unit });
    }
  }

  /**
   * "…; ông Y làm Phó Bí thư Thường trực Đảng ủy": a bare body whose head is a paragraph-body word (grammar-words.tsv) is
   * the one body of that head named before it in its paragraph; none when the paragraph names none or two.
   */
  private paragraphBody(name: string, at: number): string | undefined {
    const key = normalizeKey(name);
    if (!this.lower || !PARAGRAPH_BODIES.has(key)) return undefined;
    const par = this.lower.lastIndexOf("\n", at - 1);
    let one: string | undefined;
    // (The bodies are in text order: only those of the paragraph are read, not every one before it.)
    for (let i = firstAtOrAfter(this.paragraphBodies, par + 1); i < this.paragraphBodies.length && this.paragraphBodies[i]!.at < at; i++) {
      const b = this.paragraphBodies[i]!;
      if (!normalizeKey(b.name).startsWith(`${key} `)) continue;
      if (one !== undefined && normalizeKey(one) !== normalizeKey(b.name)) return undefined;
      one = b.name;
    }
    return one;
  }

  private addBody(name: string, at: number): void {
    const head = bodyHead(name);
    push(this.bodiesByHead, head, { at, head, name });
  }

  /**
   * "Bí thư Đảng ủy, Chủ tịch HĐND phường": the title joined right after a bare body whose own body is a ward's written
   * bare, with the ward that body is found to be (bareBody); undefined when none is found.
   */
  private bareWardJoinedAfter(end: number): { place: string; kinds: readonly string[]; level?: string } | undefined {
    if (!this.lower) return undefined;
    const joiner = /^ ?(?:,|-|–|kiêm) /u.exec(this.lower.slice(end, end + 8));
    const body = joiner ? this.titleBareWards.get(end + joiner[0].length) : undefined;
    if (!body) return undefined;
    const place = placeInName(this.bareBody(body.name, body.at, false, body.end));
    return place ? { place, kinds: [], level: "ward" } : undefined;
  }

  /** The title whose body is written with its place, joined right after a bare body that ends at `end` by a comma, a dash or "kiêm". */
  private titleJoinedAfter(end: number): { place: string; kinds: readonly string[]; level?: string } | undefined {
    if (!this.lower) return undefined;
    const joiner = /^ ?(?:,|-|–|kiêm) /u.exec(this.lower.slice(end, end + 8));
    return joiner ? this.titlePlaces.get(end + joiner[0].length) : undefined;
  }

  /** The place of the title joined right after a bare body by a comma, a dash or "kiêm", when of one of `kinds`. */
  private chainedPlace(kinds: readonly string[], end: number): string | undefined {
    if (!kinds.length) return undefined;
    const title = this.titleJoinedAfter(end);
    if (!title || !title.kinds.some((k) => kinds.includes(k))) return undefined;
    // ("Tỉnh ủy" is a province's: a city under the central government has a Thành ủy.)
    if (kinds.length === 1 && kinds[0] === "province" && isCentralCity(title.place)) return undefined;
    return title.place;
  }

  /**
   * "Bí thư Đảng ủy, Chủ tịch UBND xã Húc Động": a bare "Đảng ủy" joined to the next title of its chain, whose body is a
   * commune's or a ward's, is that unit's Party committee ("Đảng ủy xã Húc Động", office-rules.tsv body_of_place).
   */
  private chainedUnitBody(name: string, end: number): string | undefined {
    const title = this.titleJoinedAfter(end) ?? this.bareWardJoinedAfter(end);
    if (!title) return undefined;
    const key = normalizeKey(name);
    const body = title.level ? UNIT_COMMITTEES.get(title.level)?.find((b) => normalizeKey(b).startsWith(`${key} `) || normalizeKey(b) === key) : undefined;
    return body ? `${body} ${placeAfterBody(body, title.place)}` : undefined;
  }

  /** A place of one of `kinds` written right after a bare body that ends at `end` (a word between at most). */
  private placeRightAfter(kinds: readonly string[], end: number): boolean {
    return kinds.some((k) => {
      const xs = this.placesByKind.get(k);
      const p = xs?.[firstAtOrAfter(xs, end)];
      return !!p && p.at - end <= 5;
    });
  }

  /**
   * "Đoàn Thượng viện Cộng hòa Haiti do Chủ tịch Thượng viện Youri Latortue dẫn đầu": the body every
   * country has, written bare, is the one country's the text names it with (none when it names several).
   */
  /** A foreign country other than `country` written as a place between `from` and `to`. */
  otherPlaceNear(country: string, from: number, to: number): boolean {
    for (let k = firstAtOrAfter(this.foreignPlaces, from); k < this.foreignPlaces.length && this.foreignPlaces[k]!.at < to; k++) if (this.foreignPlaces[k]!.name !== country) return true;
    return false;
  }

  foreignBody(body: string): OrganizationCandidate | undefined {
    if (this.foreignBodies.has(body)) return this.foreignBodies.get(body);
    const head = normalizeKey(body) + " ";
    const named = this.namedBodies.filter((o) => normalizeKey(o.data.known?.name ?? o.data.name).startsWith(head));
    const one = named.length > 0 && named.every((o) => o.data.identity && o.data.identity === named[0]!.data.identity) ? named[0] : undefined;
    this.foreignBodies.set(body, one);
    return one;
  }

  /** The full name a short one refers to: the nearest before it, else the first after it. */
  fullName(key: string, at: number): FullName | undefined {
    return nearest(this.byLast.get(key), at);
  }

  /** "V. Andreichenko": the full name written in the text whose first word has that initial ("Vladimir Andreichenko"). */
  initialed(key: string, at: number): FullName | undefined {
    const m = /^(\p{L})\. ?(\p{L}.*)$/u.exec(key);
    if (!m) return undefined;
    const [, initial, rest] = m;
    // (The names of one initial, filtered once: a text that writes "V. Putin" at every turn was quadratic.)
    const k = `${initial} ${rest}`;
    let xs = this.byInitial.get(k);
    if (!xs) {
      const all = this.byLast.get(rest!) ?? [];
      this.byInitial.set(k, (xs = all.filter((f) => f.key.startsWith(initial!) && f.key.indexOf(" ") > 1 && f.key.endsWith(` ${rest}`))));
      work.lookups += all.length;
    }
    return nearest(xs, at);
  }

  /** The text names a place of `kind` other than the one whose placeKey is `key`. */
  private otherPlace(kind: string, key: string): boolean {
    let keys = this.placeKeys.get(kind);
    if (!keys) {
      const xs = this.placesByKind.get(kind) ?? [];
      this.placeKeys.set(kind, (keys = new Set(xs.map((x) => placeKey(x.name)))));
      work.lookups += xs.length;
    }
    return keys.size > 1 || (keys.size === 1 && !keys.has(key));
  }

  /** The body is of the place whose key is `key`: the place written in its name, or its name ends with it ("Sở Y tế Hà Nội"). */
  private samePlace(body: Body, kinds: readonly string[], key: string, placesOf: (k: string) => { xs: Place[] | undefined }): boolean {
    return this.placeOfBody(kinds, body.at, placesOf) === key || normalizeKey(body.name).endsWith(` ${key}`);
  }

  /**
   * The one place of `kinds` the paragraph of `at` names before it, when the body named earlier is in an earlier
   * paragraph and of another place; undefined when the paragraph names none, several, or the body's own.
   */
  private placeInParagraph(kinds: readonly string[], at: number, body: Body, placesOf: (k: string) => { xs: Place[] | undefined }): string | undefined {
    if (!this.lower || body.at >= at) return undefined;
    const par = this.lower.lastIndexOf("\n", at - 1);
    if (par < body.at) return undefined;
    let one: Place | undefined;
    for (const k of kinds) {
      const xs = placesOf(k).xs;
      if (!xs) continue;
      for (let i = firstAtOrAfter(xs, par); i < xs.length && xs[i]!.at < at; i++) {
        // (Only a place written in a body's or a title's name, or in the bare body's own sentence: "Đoàn đã học tập ở tỉnh
        // Quảng Ninh. Bí thư Tỉnh ủy …" tells that province in passing.)
        if (xs[i]!.level === undefined && sentenceEndIn(this.lower, xs[i]!.at, at)) continue;
        if (one && placeKey(withoutLevelWord(one.name)) !== placeKey(withoutLevelWord(xs[i]!.name))) return undefined;
        one ??= xs[i];
      }
    }
    if (!one || this.samePlace(body, kinds, placeKey(withoutLevelWord(one.name)), placesOf)) return undefined;
    return one.name;
  }

  /**
   * A place of `kinds` other than the body's own, the last one written before `at`, in a later paragraph than the body
   * named in full and in the bare body's own paragraph or the one before it: the paragraphs around `at` name another place.
   * The place is written in a body's name ("HĐND tỉnh Tây Ninh") or in the bare body's own sentence (not "ở Yên Bái"
   * sentences before, told in passing).
   */
  private placeInLaterParagraph(kinds: readonly string[], body: Body, at: number, placesOf: (k: string) => { xs: Place[] | undefined }): boolean {
    const text = this.lower;
    if (text === undefined || text.lastIndexOf("\n", at) <= body.at) return false;
    const own = this.placeOfBody(kinds, body.at, placesOf) ?? placeInName(body.name);
    const ownKey = own === undefined ? undefined : placeKey(withoutLevelWord(own));
    return kinds.some((k) => {
      const xs = placesOf(k).xs;
      const lo = xs ? firstAtOrAfter(xs, at) : 0;
      const p = lo > 0 ? xs![lo - 1] : undefined;
      return !!p && paragraphBreaks(text, body.at, p.at) > 0 && paragraphBreaks(text, p.at, at) <= 1 && (p.level !== undefined || !sentenceEndIn(text, p.at, at)) && placeKey(withoutLevelWord(p.name)) !== ownKey;
    });
  }

  /** The key of the place written in the body named at `at` (the first place of its kinds from there, within its name). */
  private placeOfBody(kinds: readonly string[], at: number, placesOf: (k: string) => { xs: Place[] | undefined }): string | undefined {
    for (const k of kinds) {
      const xs = placesOf(k).xs;
      const x = xs?.[firstAtOrAfter(xs, at)];
      if (x && x.at - at <= BODY_NAME_SPAN) return placeKey(withoutLevelWord(x.name));
    }
    return undefined;
  }

  /** "Tỉnh ủy" alone: the same body named in full nearby, else "Tỉnh ủy" + the nearest place of its level. */
  bareBody(name: string, at: number, noPlace = false, end = at + name.length, onePlace = false): string {
    const unit = this.chainedUnitBody(name, end);
    if (unit) return unit;
    const inParagraph = this.paragraphBody(name, at);
    if (inParagraph) return inParagraph;
    const written = levelOfBody(normalizeKey(name));
    // (A body whose name has no level, "Sở Y tế", "Công an", is a province's or a central city's: both are provinces'
    // level, so "Sở Y tế" beside "UBND TP Hà Nội" is Hà Nội's; never a provincial city's like Phan Thiết.)
    const kinds = noPlace ? [] : written ? written.kinds : UNWRITTEN_KINDS;
    // (A title's chain names one place for all its bodies: "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bắc Ninh" is Bắc Ninh's
    // Tỉnh ủy, whatever province was named before.)
    const chained = this.chainedPlace(kinds, end);
    if (chained) return `${capitalizeFirst(name)} ${placeAfterBody(name, chained)}`;
    // ("Tỉnh ủy" is a province's: Hà Nội, Hải Phòng … have a Thành ủy.)
    const provinceOnly = kinds.length === 1 && kinds[0] === "province";
    // (A place read from another body's name is of that body's level: the province of "UBND tỉnh Bình Thuận" is not
    // the city of a bare "UBND TP".)
    const level = written?.level ?? "province";
    // (Filtered once per kind, level and province test, not per bare body: a long text names hundreds of each.)
    const placesOf = (k: string): { xs: Place[] | undefined; first: number } => {
      const key = `${k}|${level}|${provinceOnly}|${!written}`;
      let got = this.placesOf.get(key);
      if (!got) {
        const ofLevel = written
          ? (p: Place) => (!provinceOnly || !isCentralCity(p.name)) && (p.level === undefined || p.level === level)
          : (p: Place) => isCentralCity(p.name) || (k === "province" && (p.level === undefined || p.level === level));
        const xs = this.placesByKind.get(k)?.filter(ofLevel);
        work.lookups += this.placesByKind.get(k)?.length ?? 0;
        this.placesOf.set(key, (got = { xs, first: (xs ?? []).reduce((m, x) => Math.min(m, x.at), Infinity) }));
      }
      return got;
    };
    const body = nearest(this.bodiesByHead.get(bodyHead(name)), at);
    // ("Đại hội Đảng bộ tỉnh Lai Châu … bầu ông A giữ chức Bí thư Tỉnh ủy. ⏎ Bí thư Tỉnh ủy Ninh Bình B …": a body named only
    // after it, past a sentence's end, is not the one meant when a place of its level was named before.)
    const later = !!body && body.at > at && sentenceEndIn(this.lower, at, body.at) && kinds.some((k) => placesOf(k).first < at);
    // (A place written right after it, "ở"/"tại" between, is its own, not the same body named before:
    // "…, từng Bí thư Tỉnh ủy Hòa Bình …; Huỳnh Minh Chắc, nguyên Bí thư Tỉnh ủy ở Hậu Giang".)
    // ("UBND huyện Mỹ Đức … ⏎ HĐND huyện Thường Tín … miễn nhiệm Chủ tịch UBND huyện": a body named in an earlier paragraph
    // is not the one meant when the paragraph names, before it, one other place of its level, and none else.)
    const movedTo = body && !later ? this.placeInParagraph(kinds, at, body, placesOf) : undefined;
    if (movedTo) return `${capitalizeFirst(name)} ${placeAfterBody(name, movedTo)}`;
    // ("Tỉnh ủy Phú Thọ … ⏎ * Đại hội Đảng bộ tỉnh Điện Biên …, ông A tái đắc cử Bí thư Tỉnh ủy": a place of its level named
    // in the bare body's own paragraph, after the body named in full in an earlier one, is the one meant.)
    // (Only a province's committee, "Tỉnh ủy": a city's "UBND TP" is written beside its wards' and towns' names.)
    const moved = provinceOnly && !!body && body.at < at && this.placeInLaterParagraph(kinds, body, at, placesOf);
    if (body && !later && !moved && !this.placeRightAfter(kinds, at + name.length)) return body.name;
    const place = kinds
      .map((k) => nearestAround(placesOf(k).xs, at, this.lower))
      .filter((x) => x)
      .sort((a, b) => Math.abs(a!.at - at) - Math.abs(b!.at - at))[0];
    // (With none before it, a place far after it is its own only when the text names no other of its level: a headline's
    // "Bí thư Tỉnh ủy" in a text about several provinces is none of them.)
    // (Any place of its kinds counts as another: "đoàn Hà Nội" beside "đoàn Bến Tre" for a bare "Tỉnh ủy".)
    const far = place && place.at - at > PLACE_AFTER && !kinds.some((k) => placesOf(k).first < at);
    if (far && kinds.some((k) => this.otherPlace(k, placeKey(place!.name)))) return capitalizeFirst(name);
    if (!place) return capitalizeFirst(name);
    // (The body named later is the one meant when it is of that same place: "Thành ủy" … "Thành ủy TP.HCM".)
    if (later && !this.placeRightAfter(kinds, at + name.length) && this.samePlace(body!, kinds, placeKey(withoutLevelWord(place.name)), placesOf)) return body!.name;
    // (`onePlace`: only when the text names no other place of its kinds, for a title written with its level word alone
    // — "Nhiều tỉnh muốn bí thư, chủ tịch tỉnh …" in a text that names the deputies' provinces is none of them.)
    if (onePlace && kinds.some((k) => this.otherPlace(k, placeKey(place.name)))) return capitalizeFirst(name);
    return `${capitalizeFirst(name)} ${placeAfterBody(name, place.name)}`;
  }
}

const orgKeys = new Map<string, string>();
/**
 * The key of an organization: its name without spaces, dots and dashes, which spell one body in
 * several ways ("Thành ủy TP.HCM", "Thành ủy TP HCM", "Thành ủy TPHCM"; "Bộ VH-TT-DL", "Bộ VHTTDL"),
 * with one spelling of each head ("UBND tỉnh X" = "Ủy ban nhân dân tỉnh X").
 */
export function orgKey(name: string): string {
  // (Asked for every mention of a body, the same names again and again: the regex pass is remembered.)
  const hit = orgKeys.get(name);
  return hit ?? remember(orgKeys, name, cityWordsAsOne(oneSpelling(normalizeKey(name))).replace(/[\s.\-–]+/gu, ""));
}

/**
 * The other spellings of a body's head, as key words, and the key of the head they spell (data/org-heads.tsv
 * same_as: "ubnd" → "ủy ban nhân dân"); and a Party committee with its unit's level word ("tỉnh ủy tỉnh" → "tỉnh ủy",
 * "thành ủy tp" → "thành ủy": admin-levels.tsv committee). Longest first.
 */
const HEAD_SPELLINGS: ReadonlyArray<readonly [readonly string[], string]> = [
  ...parseTsv(LINK_DATA["org-head-spellings.tsv"] ?? "").flatMap((r) => splitList(r.head).map((h) => [normalizeKey(h).split(" "), normalizeKey(r.same_as ?? "")] as const)),
  ...ADMIN_LEVELS.filter((l) => l.committee).map((l) => [`${l.committee} ${l.word}`.split(" "), l.committee!] as const),
]
  .filter(([w, same]) => same && w.join(" ") !== same)
  .sort((a, b) => b[0].length - a[0].length);

/** A body's key with its heads written one way: "ubnd tỉnh hà nam" → "ủy ban nhân dân tỉnh hà nam", "tỉnh ủy tỉnh hà nam" → "tỉnh ủy hà nam". */
function oneSpelling(key: string): string {
  // ("Thành ủy TPHCM" = "Thành ủy TP HCM" = "Thành ủy HCM": a city's level word glued to its letters is read apart.)
  const words = key.split(" ").flatMap((w) => splitGluedCityWord(w) ?? [w]);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = HEAD_SPELLINGS.find(([w]) => w.every((x, k) => words[i + k] === x));
    out.push(hit ? hit[1] : words[i]!);
    i += hit ? hit[0].length : 1;
  }
  return out.join(" ");
}

export function orgEntity(a: Assembly, name: string, known: OrgInfo | undefined, kind: string, gloss?: string, identity?: string): Entity {
  const canonical = known?.name ?? name;
  const key = orgKey(identity ?? canonical);
  // (Most calls find the entity made: the closure that makes one, and the scope it reads, only for a new one.)
  return a.g.get("organization", key) ?? newOrgEntity(a, key, canonical, known, kind, gloss);
}

function newOrgEntity(a: Assembly, key: string, canonical: string, known: OrgInfo | undefined, kind: string, gloss: string | undefined): Entity {
  return a.g.entity("organization", key, () => ({
    type: "organization",
    name: canonical,
    // A copy: a parenthesized alias is added to this graph's entity, never to the gazetteer's list
    // (which made every later call report it too).
    abbreviations: known ? [...known.abbreviations] : [],
    // (A known body's other names in the gazetteer, as its abbreviations: "Nhà nước Việt Nam".)
    // (A "*" marks an alias read only after a title: "Trung ương*" of "Ủy viên Trung ương"; not part of the name.)
    ...(known?.aliases.length ? { aliases: known.aliases.map((x) => (x.endsWith("*") ? x.slice(0, -1) : x)) } : {}),
    kind: known?.kind ?? kind,
    ...(known?.gloss ?? gloss ? { gloss: known?.gloss ?? gloss } : {}),
  }));
}

/** The entity of a body as its candidate names it (made once, whichever mention asks first). */
export function bodyEntity(a: Assembly, c: OrganizationCandidate): Entity {
  const d = c.data;
  return a.candEntity.get(c) ?? orgEntity(a, capitalizeFirst(d.name), d.known, d.kind, d.gloss, d.identity);
}

export function addOrg(a: Assembly, names: NameIndex, c: OrganizationCandidate, nested: boolean): Entity {
  const d = c.data;
  let e: Entity | undefined;
  if (d.aliasOf) e = a.candEntity.get(d.aliasOf);
  if (!e && d.bareLevel) e = orgEntity(a, names.bareBody(d.name, c.cs!, d.noPlace, c.ce), undefined, d.kind, d.gloss);
  // "Thượng viện" alone: a body Việt Nam has not is the one the text names with its country.
  const abroad = !e && d.known?.kind === "foreign-government" && !d.country ? names.foreignBody(d.known.name) : undefined;
  if (abroad) e = bodyEntity(a, abroad);
  e ??= bodyEntity(a, c);
  if (d.aliasOf && !d.short && e.type === "organization") a.g.addForm(e, e.abbreviations, d.name);
  const s = a.origSpan(c);
  // (A company's short name is one of its aliases: "Minh Phát" of "Công ty TNHH Minh Phát".)
  a.g.mention(e, s.start, s.end, c.reason, nested, d.short ? d.name : undefined);
  a.candEntity.set(c, e);
  return e;
}

export function addLocation(a: Assembly, c: LocationCandidate, nested: boolean): Entity {
  const d = c.data;
  const key = placeKey(d.name);
  const e = a.g.get("location", key) ?? newLocation(a, key, d);
  const s = a.origSpan(c);
  a.g.mention(e, s.start, s.end, c.reason, nested);
  a.candEntity.set(c, e);
  return e;
}

function newLocation(a: Assembly, key: string, d: LocationCandidate["data"]): Entity {
  return a.g.entity("location", key, () => ({ type: "location", name: d.name, kind: d.kind, ...(d.parent ? { parent: d.parent } : {}) }));
}

/** A country's entity (a location), made once. */
export function countryEntity(a: Assembly, name: string): Entity {
  const key = placeKey(name);
  return a.g.get("location", key) ?? newCountry(a, key, name);
}

function newCountry(a: Assembly, key: string, name: string): Entity {
  return a.g.entity("location", key, () => ({ type: "location", name, kind: "country" }));
}

export function addPerson(a: Assembly, names: NameIndex, c: PersonCandidate): void {
  const d = c.data;
  // "ông Phúc": the nearest full name before it ending in that syllable, else after it.
  const target = referent(names, c);
  const key = target ? target.key : normalizeKey(d.name);
  const e = a.g.get("person", key) ?? (target ? newPerson(a, key, target.name, target.surname, target.origin) : newPerson(a, key, d.name, d.surname, d.origin));
  const s = a.origSpan(c);
  a.g.mention(e, s.start, s.end, c.reason, false, d.name);
  a.candEntity.set(c, e);
}

/** The key of the person a name stands for (a short name: the full name it refers to), before any entity is made. */
export function personKey(names: NameIndex, c: PersonCandidate): string {
  return referent(names, c)?.key ?? normalizeKey(c.data.name);
}

/** A two-syllable reference to a full name ("Thủ tướng Xuân Phúc") takes that name's origin: its titles are a Vietnamese holder's. */
const VIET_NAM = "Việt Nam";

// A ruling party's name (office-rules.tsv ruling_party) and its country: "Đảng Nhân dân Cách mạng Lào" → Lào.
let partyCountries: Array<[string, string]> | undefined;

/** The country of a body: written in its name ("Chính phủ Lào"), or the one whose ruling party it is or belongs to ("Ban Bí thư Trung ương Đảng Nhân dân Cách mạng Lào"). */
export function countryOfBody(o: OrganizationCandidate): string | undefined {
  if (o.data.country) return o.data.country;
  partyCountries ??= Object.values(OFFICE_RULES.rulingParty).flatMap((byCountry) => Object.entries(byCountry).map(([country, party]): [string, string] => [normalizeKey(party), country]));
  const key = normalizeKey(o.data.known?.name ?? o.data.name);
  return partyCountries.find(([party]) => key === party || key.endsWith(` ${party}`))?.[1];
}

/** The country a title is written with: after it ("Thủ tướng Lào"), after its list, in its body's name, or the state it heads. */
export function countryOfTitle(d: PositionData): string | undefined {
  // (Not the place a mayor or a governor governs: "Thị trưởng London" says nothing of whose minister "Bộ trưởng Giao thông" is.)
  if (d.impliedOrg?.ofPlace && !d.country && !d.foreignCountry && !d.orgCandidate) return undefined;
  return d.country?.data.name ?? d.foreignCountry ?? (d.orgCandidate ? countryOfBody(d.orgCandidate) : undefined) ?? d.impliedOrg?.stateOf?.name;
}

export function adoptOrigins(names: NameIndex, placed: readonly Placed[]): void {
  for (const { cand: c } of placed) {
    if (c.type !== "person" || c.data.short) continue;
    const full = referent(names, c);
    if (full) c.data.origin = full.origin;
  }
}

/**
 * The full name a reference stands for: a short name ("ông Phúc"), or a Vietnamese name of two syllables
 * that ends a longer full name written before it ("bà Kim Ngân", "Thủ tướng Xuân Phúc" after "Nguyễn
 * Thị Kim Ngân", "Nguyễn Xuân Phúc"; "Kim" is also a surname, so the name looks full).
 */
function referent(names: NameIndex, c: PersonCandidate): FullName | undefined {
  const d = c.data;
  const key = normalizeKey(d.name);
  if (d.short) return names.fullName(key, c.cs!);
  // ("V. Andreichenko": the full name written with that initial.)
  const initialed = names.initialed(key, c.cs!);
  if (initialed) return initialed;
  // (Without a Vietnamese surname the two syllables read as a foreign name: "Xuân Phúc".)
  const parts = key.split(" ");
  if (parts.length !== 2 || !parts.every(isVietnameseSyllable)) return undefined;
  const full = names.fullName(key, c.cs!);
  return full && full.at < c.cs! && full.key.endsWith(` ${key}`) && (full.origin === "kinh" || full.origin === "ethnic") ? full : undefined;
}

function personEntity(name: string, surname: string | undefined, origin: PersonData["origin"]): Omit<Extract<Entity, { type: "person" }>, "id"> {
  return { type: "person", name, ...(surname ? { surname } : {}), origin };
}

function newPerson(a: Assembly, key: string, name: string, surname: string | undefined, origin: PersonData["origin"]): Entity {
  return a.g.entity("person", key, () => personEntity(name, surname, origin));
}

/** The item of `xs` (sorted by `at`) nearest before `at`, else the first after it. Binary search. */
function nearest<T extends At>(xs: T[] | undefined, at: number): T | undefined {
  if (!xs || !xs.length) return undefined;
  const lo = firstAtOrAfter(xs, at);
  return lo > 0 ? xs[lo - 1] : xs.find((x) => x.at > at);
}

/** The bodies of a commune and of a ward, by level ("commune" → "Đảng ủy xã", "UBND xã" …): office-rules.tsv body_of_place. */
const UNIT_COMMITTEES = new Map<string, string[]>();
for (const byLevel of Object.values(OFFICE_RULES.bodyOfPlace)) {
  for (const [level, body] of Object.entries(byLevel)) if (level === "commune" || level === "ward") push(UNIT_COMMITTEES, level, body);
}

// How far after a bare body its place may be written and still be its own ("Phó Bí thư Tỉnh ủy,
// Trưởng Đoàn Đại biểu Quốc hội tỉnh Đồng Nai"), rather than one named sentences before.
const PLACE_AFTER = 120;
// How far after a body's start the place in its name may be written ("Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu").
const BODY_NAME_SPAN = 60;

/** The nearer of the last item before `at` and the first one shortly after it. */
function nearestAround<T extends At>(xs: T[] | undefined, at: number, text?: string): T | undefined {
  if (!xs || !xs.length) return undefined;
  const lo = firstAtOrAfter(xs, at);
  const before = lo > 0 ? xs[lo - 1] : undefined;
  const after = xs[lo];
  // (Not a place of the next sentence over one before: "… ông B, nguyên Giám đốc Sở Nội vụ tỉnh. ⏎ … UBND tỉnh Bắc Kạn …"
  // is the province the sentence named before.)
  if (after && after.at - at <= PLACE_AFTER && (!before || (after.at - at < at - before.at && !sentenceEndIn(text, at, after.at)))) return after;
  return before ?? after;
}

/** The runs of line breaks in text from a to b (a blank line is one break). */
function paragraphBreaks(text: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) !== 10) n++;
  return n;
}

/** A full stop, "!" or "?" before a blank, or a line break, in text from a to b. */
function sentenceEndIn(text: string | undefined, a: number, b: number): boolean {
  if (text === undefined) return false;
  for (let i = a; i < b; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) return true;
    if ((ch === 46 || ch === 33 || ch === 63) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)) return true;
  }
  return false;
}

/** The place a body's name ends with, after its level word: "Bắc Ninh" of "Đoàn đại biểu Quốc hội tỉnh Bắc Ninh". */
function placeInName(name: string): string | undefined {
  const written = name.split(" ");
  const words = normalizeKey(name).split(" ");
  if (written.length !== words.length) return undefined;
  for (let i = 1; i < words.length - 1; i++) {
    const n = i + 2 < words.length && isAdminLevelWord(`${words[i]} ${words[i + 1]}`) ? 2 : isAdminLevelWord(words[i]!) ? 1 : 0;
    // (A place is a proper name: "Huyện đoàn" is a body's head, "đoàn" no place.)
    if (n) return /^\p{Lu}/u.test(written[i + n]!) ? written.slice(i + n).join(" ") : undefined;
  }
  return undefined;
}

/** The first two syllables of a body's key, its head: "tỉnh ủy" of "Tỉnh ủy Quảng Nam". A city's level
 *  word is one however written: "UBND TPHCM", "UBND TP.HCM", "UBND thành phố Hồ Chí Minh" and a bare
 *  "UBND TP" all have the head "ubnd tp". */
function bodyHead(name: string): string {
  const words = normalizeKey(name).split(" ");
  const glued = words.length > 1 ? splitGluedCityWord(words[1]!) : null;
  if (glued) words.splice(1, 1, ...glued);
  // Up to the level word when one is written ("ủy ban nhân dân tỉnh" is not "ủy ban nhân dân thành phố").
  for (let i = 1; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : "";
    if (two && isAdminLevelWord(two)) return [...words.slice(0, i), cityWordAsOne(two)].join(" ");
    if (isAdminLevelWord(words[i]!)) return [...words.slice(0, i), cityWordAsOne(words[i]!)].join(" ");
  }
  return words.slice(0, 2).join(" ");
}

/** "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh" and "Hồ Chí Minh" are one place. */
function placeKey(name: string): string {
  return withoutProvincialWord(normalizeKey(name));
}

/** Which places a bare local body can belong to, from the level written in its name (data/admin-levels.tsv). */
/** Where a body whose name has no level word may be: a province, or a city under the central government. */
const UNWRITTEN_KINDS: readonly string[] = ["province", "city"];
