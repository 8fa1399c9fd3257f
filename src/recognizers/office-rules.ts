/**
 * How some titles find their organization, from data/office-rules.tsv: the body a title heads in
 * each kind of place ("Bí thư" + a province → "Tỉnh ủy"), aides' titles that keep the office they
 * serve, and national bodies every country has under the same name.
 */
import { LINK_DATA } from "../generated/link-data";
import { parseTsv, splitList } from "../lexicon/tsv";
import { normalizeKey } from "../text/normalize";
import { dict } from "../util/dict";

export interface OfficeRules {
  /** By normalized title head, then by place kind: the body's name without the place. */
  bodyOfPlace: Record<string, Record<string, string>>;
  /** Normalized title heads of people who serve another office holder. */
  servesOffice: ReadonlySet<string>;
  /** Organization names (as written in organizations.tsv). */
  genericBodies: ReadonlySet<string>;
  /** Normalized title heads of heads of state: with a country, the post is an office of its state. */
  headsState: ReadonlySet<string>;
  /** Normalized title heads of a state's offices that a foreigner's bare title takes from the one foreign country the text names. */
  countryInText: ReadonlySet<string>;
  /** By normalized title head: how the names of the bodies it may refer to begin (normalized). */
  bodyInContext: Record<string, string[]>;
  /** By normalized title head: how the names of bodies begin that fit bodyInContext but are never its body. */
  bodyNotInContext: Record<string, string[]>;
  /** Normalized "title name" pairs that are a form of respect ("Chủ tịch Hồ Chí Minh"). */
  honorifics: ReadonlySet<string>;
  /** By normalized unit name ("hđqt"): how the names of the bodies it may belong to begin (normalized). */
  unitOf: Record<string, string[]>;
  /** Normalized title heads of offices several people hold at once (besides members, ranks and deputies). */
  severalHolders: ReadonlySet<string>;
  /** Normalized title heads written before their village-level unit's name ("Trưởng thôn Trung Thành"). */
  namesUnit: ReadonlySet<string>;
  /** Titles written before a company's one-word name and then its holder's ("Nhà sáng lập Amazon Jeff Bezos"). */
  brandFirst: ReadonlySet<string>;
  /** Business titles whose company may be written as a short abbreviation or a mixed-case brand right before the holder's Vietnamese full name ("Tổng Giám đốc MB Phạm Như Ánh"). */
  brandBeforeName: ReadonlySet<string>;
  /** By normalized head: lower-case words of a business unit the office is in charge of, written after it ("khối": "Giám đốc khối vận hành Techcombank"). */
  unitInCharge: Record<string, string[]>;
  /** Titles said of a person named before them that take a company's one-word name ending the clause ("Ông Nguyễn Hòa Bình, Chủ tịch Nextech, cho biết"). */
  brandInApposition: ReadonlySet<string>;
  /** By normalized head: a legislator's party written right after the title, before the holder's name ("Thượng nghị sĩ Cộng hòa Lindsey Graham"), as words of one to three syllables. */
  partyAfter: Record<string, string[][]>;
  /** Business titles of a function whose narrower field may follow in lower case before the body or the holder's name ("Giám đốc phân tích kinh tế vĩ mô của VinaCapital"). */
  fieldThenBody: ReadonlySet<string>;
  /** Titles that may take a field after "về" before the holder's name ("Cao ủy Liên hợp quốc về Nhân quyền Volker Türk"). */
  fieldAfter: ReadonlySet<string>;
  /** Envoys' titles by how their normalized head begins, longest first: the word naming the mission ("quán"), or "". */
  envoys: ReadonlyArray<{ prefix: string; mission: string }>;
  /** Normalized title heads that, written in lower case with no body, place or country after them, are a common word ("các tổ chức thành viên"). */
  needsBody: ReadonlySet<string>;
  /** By normalized head: written with no body, place or country after it, a title only right before a capitalized word (a name). */
  needsName: ReadonlySet<string>;
  /** By normalized head of needsBody: kinds of organization that, written after it in lower case, still make it no title ("thành viên APPF"). */
  memberOfKinds: Record<string, string[]>;
  /** By national party body (as written in organizations.tsv), then by country: that country's ruling party ("Tổng Bí thư Lào"). */
  rulingParty: Record<string, Record<string, string>>;
  /** By normalized title head: the shorter heads its holder's post may be written with later ("chủ tịch" of "chủ tịch nước"). */
  shortHeads: Record<string, string[]>;
  /** By normalized title head: a body's head word that, written alone after the title, is part of it ("Giám đốc Sở"). */
  bareBody: Record<string, string[]>;
}

export function readOfficeRules(text: string): OfficeRules {
  const bodyOfPlace: Record<string, Record<string, string>> = dict({});
  const servesOffice = new Set<string>();
  const genericBodies = new Set<string>();
  const headsState = new Set<string>();
  const countryInText = new Set<string>();
  const bodyInContext: Record<string, string[]> = dict({});
  const bodyNotInContext: Record<string, string[]> = dict({});
  const honorifics = new Set<string>();
  const unitOf: Record<string, string[]> = dict({});
  const severalHolders = new Set<string>();
  const namesUnit = new Set<string>();
  const brandFirst = new Set<string>();
  const brandBeforeName = new Set<string>();
  const unitInCharge: Record<string, string[]> = dict({});
  const fieldAfter = new Set<string>();
  const fieldThenBody = new Set<string>();
  const brandInApposition = new Set<string>();
  const partyAfter: Record<string, string[][]> = dict({});
  const envoys: Array<{ prefix: string; mission: string }> = [];
  const needsBody = new Set<string>();
  const needsName = new Set<string>();
  const shortHeads: Record<string, string[]> = dict({});
  const memberOfKinds: Record<string, string[]> = dict({});
  const rulingParty: Record<string, Record<string, string>> = dict({});
  const bareBody: Record<string, string[]> = dict({});
  for (const r of parseTsv(text)) {
    const name = r.name ?? "";
    if (r.rule === "body_of_place") {
      const byKind: Record<string, string> = dict({});
      for (const pair of splitList(r.value)) {
        const eq = pair.indexOf("=");
        if (eq > 0) byKind[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
      }
      bodyOfPlace[normalizeKey(name)] = byKind;
    } else if (r.rule === "serves_office") servesOffice.add(normalizeKey(name));
    else if (r.rule === "generic_body") genericBodies.add(name);
    else if (r.rule === "heads_state") headsState.add(normalizeKey(name));
    else if (r.rule === "country_in_text") countryInText.add(normalizeKey(name));
    else if (r.rule === "body_in_context") bodyInContext[normalizeKey(name)] = splitList(r.value).map(normalizeKey);
    else if (r.rule === "body_not_in_context") bodyNotInContext[normalizeKey(name)] = splitList(r.value).map(normalizeKey);
    else if (r.rule === "honorific") honorifics.add(normalizeKey(name));
    else if (r.rule === "unit_of") unitOf[normalizeKey(name)] = splitList(r.value).map(normalizeKey);
    else if (r.rule === "several_holders") severalHolders.add(normalizeKey(name));
    else if (r.rule === "names_unit") namesUnit.add(normalizeKey(name));
    else if (r.rule === "brand_first") brandFirst.add(normalizeKey(name));
    else if (r.rule === "brand_before_name") brandBeforeName.add(normalizeKey(name));
    else if (r.rule === "unit_in_charge") unitInCharge[normalizeKey(name)] = splitList(r.value).map(normalizeKey);
    else if (r.rule === "field_after") fieldAfter.add(normalizeKey(name));
    else if (r.rule === "field_then_body") fieldThenBody.add(normalizeKey(name));
    else if (r.rule === "brand_in_apposition") brandInApposition.add(normalizeKey(name));
    else if (r.rule === "party_after") partyAfter[normalizeKey(name)] = splitList(r.value).map((w) => normalizeKey(w).split(" "));
    else if (r.rule === "envoy") envoys.push({ prefix: normalizeKey(name), mission: (r.value ?? "").trim() });
    else if (r.rule === "needs_body") {
      needsBody.add(normalizeKey(name));
      memberOfKinds[normalizeKey(name)] = splitList(r.value);
    }
    else if (r.rule === "needs_name") needsName.add(normalizeKey(name));
    else if (r.rule === "short_head") shortHeads[normalizeKey(name)] = splitList(r.value).map(normalizeKey);
    else if (r.rule === "ruling_party") {
      const byCountry: Record<string, string> = dict({});
      for (const pair of splitList(r.value)) {
        const eq = pair.indexOf("=");
        if (eq > 0) byCountry[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
      }
      rulingParty[name] = byCountry;
    }
    else if (r.rule === "bare_body") bareBody[normalizeKey(name)] = splitList(r.value).map(normalizeKey);
  }
  envoys.sort((a, b) => b.prefix.length - a.prefix.length);
  return { bodyOfPlace, servesOffice, genericBodies, headsState, countryInText, bodyInContext, bodyNotInContext, honorifics, unitOf, severalHolders, namesUnit, brandFirst, brandBeforeName, unitInCharge, fieldThenBody, brandInApposition, partyAfter, fieldAfter, envoys, needsBody, needsName, memberOfKinds, rulingParty, shortHeads, bareBody };
}

export const OFFICE_RULES: OfficeRules = readOfficeRules(LINK_DATA["office-rules.tsv"] ?? "");
