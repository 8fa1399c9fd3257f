/**
 * What recognizers propose: a span of tokens typed by what it names, with that type's own data.
 * `Candidate` is a union on `type`, so a check of `c.type` gives its data fields without a cast.
 * (Dates are not candidates: the date engine makes DateSpans, src/dates.)
 */
import type { ModifierInfo, OrgInfo, TitleInfo } from "../lexicon/lexicon";

export interface PersonData {
  /** The name as written (normalized), e.g. "Nguyễn Xuân Phúc". */
  name: string;
  /** The surname, when the name has one written ("Nguyễn"). */
  surname?: string;
  /** A Kinh name, an ethnic-minority name, a foreign one, or not known. */
  origin: "kinh" | "ethnic" | "foreign" | "unknown";
  /** A one-syllable reference such as "ông Phúc": linked later to a full name. */
  short: boolean;
}

/** What a title's data says of how it is written (the part a user's recognizer reads). */
export interface PositionBasics {
}

export interface PositionData extends PositionBasics {
  head: TitleInfo;
  modifiers: ModifierInfo[];
  /** Organization written after the title (a nested mention). */
  orgCandidate?: OrganizationCandidate;
  /** Organization implied by the title: elided ("Bộ trưởng Tài chính") or national ("Thủ tướng"). */
  impliedOrg?: {
    name: string;
    known?: OrgInfo;
    /** The country whose state it is ("Nhà nước Indonesia"). */
    stateOf?: { name: string; written: string };
    /** Written with a foreign body it belongs to ("Ban Đối ngoại Trung ương Đảng Cộng sản Trung Quốc"). */
    foreign?: true;
    /** Other names it goes by, as the text wrote them: the country of a foreign envoy's mission ("Nhật Bản"). */
    forms?: string[];
    /** A unit's level word written alone after the title ("Chủ tịch tỉnh"): the body ("UBND tỉnh") of the place named around it. */
    bareLevel?: true;
    /** The government of a place that is no country ("Chính quyền London" of "Thị trưởng London"): `stateOf` names the place, not a state. */
    ofPlace?: true;
  };
  country?: LocationCandidate;
  /** The body written after "của" that an elided body belongs to ("Trưởng ban Tuyên giáo của Tỉnh ủy Nghệ An"): a nested mention. */
  ownerOrg?: OrganizationCandidate;
  /** The country of a title that shares it with the next one in a list ("Tổng Bí thư, Chủ tịch nước Lào"). */
  foreignCountry?: string;
  /** The body of a bare title, from the text around it (src/link/context-bodies.ts). */
  contextBody?: ContextBody;
  /** A body's head word written alone after the title, part of its span ("Phó Giám đốc Sở"; office-rules.tsv bare_body):
   *  the body from the text around it must begin with it (normalized). */
  bareBody?: string;
  /** The body its organization, a unit written alone ("HĐQT"), belongs to (src/link/context-bodies.ts). */
  unitParent?: ContextBody;
  /** A country the text does not name is part of the title ("Ngoại trưởng nước chủ nhà"): its body is the one a Vietnamese holder's country has, none without one. */
  unnamedCountry?: true;
  /** Something makes the title specific (an organization, a country, an elided body): also in lower case. */
  explicit: boolean;
  /** Its first word is written like a name. */
  capitalized: boolean;
  /** A generic plural ("các Bộ trưởng"): no one's office unless names follow. */
  plural: boolean;
}

/** A body found in context: an organization written in the text, or the one a title names by elision. */
/** `moved`: the body a transfer in the sentence leads to ("đến nhận công tác tại Sở Tư pháp và bổ nhiệm giữ chức Phó giám đốc"). */
export type ContextBody = { cand: OrganizationCandidate; moved?: true } | { name: string; known?: OrgInfo };

/** What an organization's data must say (the part a user's recognizer gives). */
export interface OrganizationBasics {
  /** The name the entity gets ("Ủy ban nhân dân tỉnh Quảng Nam"). */
  name: string;
  /** Its kind ("ministry", "party", "company" …; your own words for yours). */
  kind: string;
  /** An English gloss ("People's Committee"). */
  gloss?: string;
  /** Its abbreviations ("UBND"). */
  abbreviations: string[];
}

export interface OrganizationData extends OrganizationBasics {
  /** Gazetteer organization, when the name is a known one. */
  known?: OrgInfo;
  /** The organization needs its place from context ("Tỉnh ủy" alone). */
  bareLevel?: string;
  /** Written bare, a body whose head takes a place or another body ("Đảng ủy", "Đảng đoàn": org-heads.tsv takes
   * "both"): a commune's, an agency's or a company's, never given a place of the text around it. */
  noPlace?: boolean;
  /** The place a local body is of ("UBND tỉnh Quảng Nam": "Quảng Nam"), and the token where it is written. */
  place?: string;
  placeStart?: number;
  /** The body a unit belongs to, named after it ("Ban Dân vận Tỉnh ủy X"). */
  parentName?: string;
  /** The country of a foreign government body ("Quốc hội Nhật Bản"). */
  country?: string;
  /** The name one body goes by however its country is written, for its identity: "Thượng viện Haiti"
   * for "Thượng viện Cộng hòa Haiti" and "Thượng viện Haiti" (the entity keeps the name first written). */
  identity?: string;
  /** The mention this one is another name for ("… (PVN)", a later "PVN"). */
  aliasOf?: OrganizationCandidate;
  /** A company's short name written after its full one ("Công ty TNHH Minh Phát" … "Minh Phát"): an alias, not letters. */
  short?: boolean;
}

export interface LocationData {
  /** The name the entity gets ("Tỉnh Quảng Nam", "Nhật Bản"). */
  name: string;
  /** Its kind ("province", "district", "country", "place" …). */
  kind: string;
  /** The place it is in, when known ("Hà Nội" for a district of it). */
  parent?: string;
}

/** What every candidate has, whatever its type: a span over tokens [start, end). */
interface Span {
  start: number;
  end: number;
  /** Overlapping candidates: the higher priority is kept (src/link/select.ts). */
  priority: number;
  reason: string;
  children?: Candidate[];
  /** Character offsets in the normalized text, set once the chunk is done (its tokens are dropped). */
  cs?: number;
  ce?: number;
  /** Key of the token before the candidate. */
  prevKey?: string;
}

export interface PersonCandidate extends Span {
  type: "person";
  data: PersonData;
}
export interface PositionCandidate extends Span {
  type: "position";
  data: PositionData;
}
export interface OrganizationCandidate extends Span {
  type: "organization";
  data: OrganizationData;
}
export interface LocationCandidate extends Span {
  type: "location";
  data: LocationData;
}

/** Candidate entity span over tokens [start, end), typed by what it names. */
export type Candidate = PersonCandidate | PositionCandidate | OrganizationCandidate | LocationCandidate;

/** The name a candidate carries; a title has none (its post is named when the graph is built). */
export const nameOf = (c: Candidate): string | undefined => (c.type === "position" ? undefined : c.data.name);
