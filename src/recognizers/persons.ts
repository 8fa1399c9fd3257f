/**
 * Persons: a surname and given syllables ("Nguyễn Xuân Phúc"), ethnic-minority names ("Điểu
 * K'Ré", "Y Thanh Hà Niê Kđăm"), any name after an address word ("ông Phúc", "bà H.T.P") or
 * right after a title ("Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen").
 */
import { isProperLike, lineStartOf, type Token } from "../text/tokenize";
import { cueOfListEnding, has, KIND_BIT, longest, longestEnding, spanKey, type Candidate, type PersonCandidate, type PersonData, type ScanContext } from "./context";
import { endsNameInCaps, fullNameStartsAt, minorityName, orgWordEnd, STOP, titleSpelledAsName } from "./name-runs";
import { listedForeigner } from "./foreign-persons";
import { isVietnameseSyllable } from "../text/syllable";
import { hasNumber } from "../text/chars";
import { openerEnd } from "./credits";
import { countryAt as placeCountryAt, listedAfterPlace, placeAt } from "./locations";
import { precededByPlural } from "./organizations";
import { grammarWordList, grammarWords } from "../lexicon/grammar-words";
import { termWordAt } from "./terms";
import { canChiIndex } from "../dates/vocabulary";
import { OFFICE_RULES } from "./office-rules";
import { normalizeKey } from "../text/normalize";

const INITIAL_RE = /^\p{Lu}$/u;

/** Tokens [j, end) that can be a name; `max` syllables at most. */
/** A title, body head or level word starts at k and goes on in lower case ("Đại biểu", "Ban chỉ đạo"). */
function opensLowerPhrase(ctx: ScanContext, k: number): boolean {
  const next = ctx.tokens[k + 1];
  if (!next || next.kind !== "w" || next.cap) return false;
  return ctx.matchesAt(k).some((m) => m.end > k + 1 && m.values.some((v) => v.t === "title" || v.t === "orgHead" || v.t === "level"));
}

/**
 * "Thượng tướng Đoàn Xuân Bộ, …": a one-syllable head word after a surname and a middle name, with
 * a comma or a full stop right after it, names no body (a body's head needs its name): it ends the name.
 */
function lastGivenName(ctx: ScanContext, j: number, k: number): boolean {
  const after = ctx.tokens[k + 1];
  // (j is the surname, or the syllable after it when the surname was read apart.)
  const first = ctx.lex.surnames.has(ctx.tokens[j]!.key) ? j : j - 1;
  return first >= 0 && k - first >= 2 && ctx.lex.surnames.has(ctx.tokens[first]!.key) && isVietnameseSyllable(ctx.tokens[k]!.key) && (!after || NAME_ENDS.has(after.key));
}

// ("Nguyễn Văn Viện (54 tuổi), Cục trưởng …": an aside in parentheses after the name ends it too.)
const NAME_ENDS = new Set([",", ".", ";", ")", ":", "("]);

/** The end of the longest title starting at k (k when none does). */
function titleEndAt(ctx: ScanContext, k: number): number {
  return longest(ctx, k, "title")?.end ?? k;
}

/** A lower-case particle of a foreign name at k (data/name-particles.tsv): "de", "van", "von" … */
const particleAt = (ctx: ScanContext, k: number): boolean =>
  ctx.tokens[k]?.kind === "w" && !isProperLike(ctx.tokens[k]) && cueOfListEnding(ctx, k, "particle", k + 1);

/** A lower-case Vietnamese word glued by a hyphen after a Vietnamese name of two syllables or more,
 * ending there: a dash written without spaces ("Trường Chinh-người cộng sản"), not a transliteration
 * ("Kim Ho-il", "Na-đa-lô", which go on or are not Vietnamese syllables). */
function gluedWord(ctx: ScanContext, j: number, k: number): boolean {
  const tokens = ctx.tokens;
  const word = tokens[k + 1]!;
  if (word.cap || !isVietnameseSyllable(word.key)) return false;
  const after = tokens[k + 2];
  if (after?.key === "-" && !after.spaceBefore) return false;
  let syllables = 0;
  for (let i = j; i < k; i++) {
    const x = tokens[i]!;
    if (x.kind !== "w") return false;
    if (!x.cap || !(ctx.lex.givenNames.has(x.key) || ctx.lex.surnames.has(x.key))) return false;
    syllables++;
  }
  return syllables >= 2;
}

// How many words a line must have for its capitals to say nothing (a headline in Title Case).
const TITLE_CASE_WORDS = 5;

/** The line of token k capitalizes every word of two letters or more (abbreviations in capitals count) and has TITLE_CASE_WORDS of them. */
function titleCasedLine(tokens: readonly Token[], k: number): boolean {
  const a = lineStartOf(tokens, k);
  let words = 0;
  for (let i = a; i < tokens.length && (i === a || !tokens[i]!.lineBreakBefore); i++) {
    const t = tokens[i]!;
    if (t.kind !== "w" || t.cased.length < 2) continue;
    if (!t.cap) return false;
    words++;
  }
  return words >= TITLE_CASE_WORDS;
}

const REGNAL_RE = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/u;

function nameEnd(ctx: ScanContext, j: number, taken: Uint8Array, max: number, capsNeedGiven: boolean, initialsFirst = false): number {
  const { tokens, lex } = ctx;
  let k = j;
  let syllables = 0;
  while (k < tokens.length && syllables < max) {
    const t = tokens[k]!;
    if (taken[k] || ctx.inDate[k] || ctx.inCredit[k] || (k > j && t.lineBreakBefore) || termWordAt(ctx, k)) break;
    // "TRẦN THANH MẪN  Sinh ngày": a name written in capitals ends where the capitals end.
    // ("Abdullah II", "Charles III": a foreign ruler's number in capitals ends the name.)
    // (After an address word, two initials in capitals open a foreign name: "ông JD Vance"; after a title they may be a
    // brand, "CEO HP Enrique Lores".)
    const initials = initialsFirst && k === j + 1 && tokens[j]!.allCaps && tokens[j]!.cased.length === 2 && !isVietnameseSyllable(t.key);
    if (k > j && !initials && t.kind === "w" && !t.capsLine && tokens[k - 1]!.kind === "w" && tokens[k - 1]!.allCaps !== t.allCaps && t.cased.length > 1 && tokens[k - 1]!.cased.length > 1) {
      if (REGNAL_RE.test(t.cased) && !isVietnameseSyllable(tokens[k - 1]!.key)) k++;
      break;
    }
    if (t.kind === "w" && isProperLike(t) && !hasNumber(t.key)) {
      // "… Hernández Về …": a capitalized function word opens the next sentence, not the name.
      //  (Only after a foreign syllable: "Hồ Văn Năm" keeps its "Năm".)
      //  (Or after three syllables: "Tổng Thư ký Nguyễn Hạnh Phúc Ngoài Bộ trưởng …", a caption without its full stop.)
      if (k > j && (STOP.has(t.key) || t.key === "ngoài") && !lex.givenNames.has(t.key) && !lex.surnames.has(t.key) && (!isVietnameseSyllable(tokens[k - 1]!.key) || syllables >= 3)) break;
      // "… Esteban Lazo Hernández Ảnh: Đình Nam": a credit's opener before its colon is no name syllable.
      if (k > j && openerEnd(tokens, ctx, k) >= 0) break;
      // A title, a body or a level word starts something else, but a one-syllable one that is also
      // a given name is a name syllable ("Nguyễn Văn Khoa", "Đào Anh Kiệt", "Trần Tuấn Anh").
      if (k > j && (has(ctx, k, "title") || has(ctx, k, "orgHead") || has(ctx, k, "level") || (t.capsLine && has(ctx, k, "address")))) {
        const longer = ctx.matchesAt(k).some((m) => m.end > k + 1 && m.values.some((v) => v.t === "title" || v.t === "orgHead" || v.t === "level"));
        if ((longer && !titleSpelledAsName(ctx, k, titleEndAt(ctx, k))) || (!longer && !lex.givenNames.has(t.key) && !lastGivenName(ctx, j, k))) break;
      }
      if (t.capsLine && capsNeedGiven && k > j && !lex.givenNames.has(t.key)) break;
      // ("Phó Chủ Tịch UBND Tỉnh Bình Dương Nguyễn Văn Lộc Kiểm Tra Công Trình": in a line that capitalizes every word, the
      // name ends before two syllables that are no given names.)
      if (k > j + 1 && !t.capsLine && !lex.givenNames.has(t.key) && !lex.givenNames.has(tokens[k + 1]?.key ?? "") && isProperLike(tokens[k + 1]) && titleCasedLine(tokens, k)) break;
      // ("… NGUYỄN THỊ KIM TIẾN PHÁT BIỂU": in capitals, the verb after the name (org-name-words.tsv, ends) is no syllable of it.)
      if (k > j + 1 && endsNameInCaps(ctx, k)) break;
      // "… Nguyễn Thiện Nhân Ông Nguyễn Thiện Nhân sinh …" (a heading without its full stop): a
      // capitalized address word before another capitalized word opens the next sentence.
      if (k > j + 1 && !t.capsLine && has(ctx, k, "address") && isProperLike(tokens[k + 1]) && !lex.givenNames.has(t.key)) break;
      syllables++;
      k++;
      continue;
    }
    // "Jean-Claude Juncker", "Lê-nin": a hyphen inside a capitalized name, no space around it.
    if (t.key === "-" && !t.spaceBefore && k > j && isProperLike(tokens[k + 1]) && !tokens[k + 1]!.spaceBefore && tokens[k - 1]!.kind === "w" && !tokens[k - 1]!.allCaps && !tokens[k + 1]!.allCaps) {
      k++;
      continue;
    }
    // "Ankie Broekers – Knol" in a text that also writes "Broekers-Knol": a foreign double name with its dash spaced.
    if (k > j && spacedDoubleName(ctx, k)) {
      k += 2;
      continue;
    }
    // "Kim Ho-il", "Ru-vơ-ni Na-đa-lô": syllables glued by hyphens after a capitalized one belong to it.
    // (Not a lower-case word glued to a Vietnamese name of two syllables or more: "Trường Chinh-người cộng sản".)
    if (t.key === "-" && !t.spaceBefore && k > j && tokens[k - 1]!.kind === "w" && !tokens[k - 1]!.allCaps && tokens[k + 1]?.kind === "w" && !tokens[k + 1]!.spaceBefore && !gluedWord(ctx, j, k)) {
      k += 2;
      continue;
    }
    // "Antony J. Blinken", "J. Widodo", "N.Modi": an initial and its dot, then the name goes on. (After a
    // Vietnamese name, "… Văn A. Sau đó" ends a sentence.)
    const after = tokens[k + 1];
    // ("V. Pu-tin", "Đ. Mét-vê-đép": a name transliterated with hyphens goes on after the initial.)
    const transliterated = tokens[k + 2]?.key === "-" && !tokens[k + 2]!.spaceBefore;
    if (t.key === "." && !t.spaceBefore && k > j && INITIAL_RE.test(tokens[k - 1]!.cased) && isProperLike(after) && !after!.lineBreakBefore && (!after!.spaceBefore || !isVietnameseSyllable(after!.key) || transliterated) && (k === j + 1 || !isVietnameseSyllable(tokens[j]!.key))) {
      k++;
      continue;
    }
    // "Charles Rigault de Genouilly", "Ludwig van Beethoven": a particle inside a foreign name.
    if (k > j && particleAt(ctx, k) && !isVietnameseSyllable(tokens[j]!.key)) {
      // ("von der Leyen", "de la Fuente": two particles in a row.)
      const last = particleAt(ctx, k + 1) ? k + 1 : k;
      const name = tokens[last + 1];
      if (isProperLike(name) && !name!.lineBreakBefore) {
        k = last + 1;
        continue;
      }
      // ("Haitham al-Ghais", "Ahmed el-Sayed": the particle glued by a hyphen to the capitalized word.)
      const glued = tokens[last + 2];
      if (name?.key === "-" && !name.spaceBefore && isProperLike(glued) && !glued!.spaceBefore) {
        k = last + 3;
        continue;
      }
    }
    // Initials: "H.T.P", "N.V.A".
    if (t.key === "." && !t.spaceBefore && k > j && INITIAL_RE.test(tokens[k - 1]!.cased) && INITIAL_RE.test(tokens[k + 1]?.cased ?? "") && !tokens[k + 1]!.spaceBefore) {
      k++;
      continue;
    }
    break;
  }
  // "Nguyễn Văn hiến" (the article's typo): a middle name right after the surname never ends a name; a given name right after
  // it in lower case is its. (Not a foreign name's last syllable: "Thái Anh Văn giao …".)
  if (k > j && k < tokens.length && MIDDLE_NAMES.has(tokens[k - 1]!.key) && surnameThenMiddle(ctx, j, k) && lowerGivenAt(ctx, k, taken)) k++;
  return k;
}

const MIDDLE_NAMES = grammarWords("middle-name");
/** The name [j or its surname right before j, k) is a surname and one middle name. */
function surnameThenMiddle(ctx: ScanContext, j: number, k: number): boolean {
  const s = ctx.lex.surnames;
  return (k - 1 === j && s.has(ctx.tokens[j - 1]?.key ?? "")) || (k - 2 === j && s.has(ctx.tokens[j]!.key));
}
/** A given name written in lower case at k, on the same line, no function word. */
function lowerGivenAt(ctx: ScanContext, k: number, taken: Uint8Array): boolean {
  const t = ctx.tokens[k]!;
  return t.kind === "w" && !t.cap && t.spaceBefore && !t.lineBreakBefore && !taken[k] && !ctx.inDate[k] && ctx.lex.givenNames.has(t.key) && !STOP.has(t.key);
}

function nameText(tokens: Token[], a: number, b: number): string {
  let s = "";
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    // ("Broekers – Knol", read as one double name: named as it is glued, "Broekers-Knol".)
    const dash = t.key === "-" || t.key === "–";
    s += dash ? "-" : (k > a && t.spaceBefore && !DASHES.has(tokens[k - 1]!.key) ? " " : "") + t.cased;
  }
  return s;
}
const DASHES = new Set(["-", "–"]);

/** Title-case a name written in capitals ("NGUYỄN XUÂN PHÚC" → "Nguyễn Xuân Phúc"). */
function displayName(tokens: Token[], a: number, b: number): string {
  const raw = nameText(tokens, a, b);
  if (!tokens.slice(a, b).every((t) => t.kind !== "w" || t.allCaps || t.cased.length === 1)) return raw;
  return raw.replace(/\p{L}+/gu, (w) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));
}

/** The token starts a place, an organization or another title, not a name. */
function startsOther(ctx: ScanContext, i: number): boolean {
  return (ctx.kindsAt(i) & (KIND_BIT.orgHead | KIND_BIT.org | KIND_BIT.level | KIND_BIT.title)) !== 0 || (has(ctx, i, "place") && !ctx.lex.surnames.has(ctx.tokens[i]!.key));
}

/**
 * "Tổng Bí thư Trường Chinh": after a title, a one-word body head ("Trường", "Ban") and one given
 * name that ends there is a name (organizations.ts reads no body there either).
 */
function headAsName(ctx: ScanContext, i: number): boolean {
  const { tokens } = ctx;
  if ((ctx.kindsAt(i) & (KIND_BIT.org | KIND_BIT.level | KIND_BIT.title)) !== 0 || has(ctx, i, "place")) return false;
  if (!longest(ctx, i, "orgHead", (_e, end) => end === i + 1) || longest(ctx, i, "orgHead", (_e, end) => end > i + 1)) return false;
  const given = tokens[i + 1];
  const after = tokens[i + 2];
  return !!given && isProperLike(given) && !given.allCaps && !given.lineBreakBefore && ctx.lex.givenNames.has(given.key) && !(after && isProperLike(after) && !after.lineBreakBefore);
}

/**
 * "sinh viên Việt Nam", "doanh nhân Nhật Bản", "nông dân Việt Nam": after a profession or any
 * other word for a group, a country or province written alone is where they are from, not a name.
 * After "ông", "bà" a one-syllable place may be a given name ("anh Đức"), a longer country is not.
 */
function nationality(ctx: ScanContext, addressKind: string, a: number, b: number): boolean {
  const place = longest(ctx, a, "place", (e, end) => end === b && e.info.bare);
  if (!place) return false;
  return addressKind !== "address" || (place.entry.info.kind === "country" && b - a >= 2);
}

/** Token i is inside a known place that starts before it: "Đào Nha" of "Bồ Đào Nha" is no name. */
function insidePlace(ctx: ScanContext, i: number): boolean {
  for (let s = i - 1; s >= 0 && s >= i - 3; s--) {
    if (isProperLike(ctx.tokens[s]) && has(ctx, s, "place") && bareBeyond(ctx, s, i)) return true;
  }
  return false;
}

/** A bare known place at s that ends after token i (apart: its closure would cost a context at every call of insidePlace). */
function bareBeyond(ctx: ScanContext, s: number, i: number): boolean {
  // (Or any known place of three syllables or more: "Hai Bà Trưng" is no "bà Trưng".)
  return !!longest(ctx, s, "place", (e, end) => end > i && (e.info.bare || end - s >= 3));
}

/**
 * "Tổng Giám đốc Tổ chức Y tế thế giới (WHO) Tedros Adhanom", "Chủ tịch Đảng Hành động Nhân dân Singapore
 * (PAP) Khaw Boon Wan": the body's letters in brackets between the title and the name.
 */
function afterTitleAndAbbreviation(tokens: Token[], afterTitle: Uint8Array, i: number): boolean {
  if (tokens[i - 1]?.key !== ")") return false;
  for (let k = i - 2; k > 0 && k >= i - 5; k--) {
    if (tokens[k]!.key === "(") return afterTitle[k] === 1 && k < i - 2;
    if (tokens[k]!.kind !== "w" || !tokens[k]!.cap) return false;
  }
  return false;
}

/**
 * "Chủ tịch Hội đồng Liên bang (Thượng viện) Nga Valentina Matviyenko", "Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc
 * (UNICEF) tại Việt Nam Rana Flowers": after a title, a body's other name in parentheses (capitalized first, up to
 * four words), then the country or where the office is, the name at i.
 */
function afterTitleAliasCountry(ctx: ScanContext, afterTitle: Uint8Array, i: number): boolean {
  const { tokens } = ctx;
  for (let c = i - 1; c > 0 && c >= i - 4; c--) {
    const at = tokens[c - 1]?.key === "tại";
    const close = at ? c - 2 : c - 1;
    if (tokens[close]?.key !== ")" || (at ? placeAt(ctx, c, true) : placeCountryAt(ctx, c))?.end !== i) continue;
    for (let k = close - 1; k > 0 && k >= close - 5; k--) {
      const t = tokens[k]!;
      if (t.key === "(") return afterTitle[k] === 1 && k < close - 1 && !!tokens[k + 1]!.cap;
      if (t.kind !== "w") return false;
    }
    return false;
  }
  return false;
}

/** A capitalized word at the start of a sentence is not evidence of a name by itself. */
function isSentenceStartWord(ctx: ScanContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  // ("… (Nguồn: TTXVN) Nhân dịp …": a photo credit ends a caption.)
  return !prev || ctx.tokens[i]!.lineBreakBefore || prev.key === "." || prev.key === "!" || prev.key === "?" || prev.key === ":" || prev.key === '"' || !!ctx.inCredit[i - 1] || (prev.key === ")" && !!ctx.inCredit[i - 2]);
}

// (Closures that read the loop's variables would make V8 allocate a context for every token of the
// loop below, about 30 MB a corpus pass: the look-ups that need them live in these helpers.)
/** A known place at i that reaches `end` or beyond: bare, or any place after another place in a list. */
function placeThrough(ctx: ScanContext, i: number, end: number, listed: boolean) {
  return longest(ctx, i, "place", (e, e2) => e2 >= end && (e.info.bare || listed));
}

/** A province or a city at `from` that reaches `end`. */
function provinceAt(ctx: ScanContext, from: number, end: number) {
  return longest(ctx, from, "place", (e, e2) => e2 >= end && (e.info.kind === "province" || e.info.kind === "city"));
}

/** A capitalized word inside a sentence at i that starts a known place of two or more words ("Bà Rịa"). */
function writtenPlaceAt(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  return t.cap && !t.allCaps && !isSentenceStartWord(ctx, i) && !!longestEnding(ctx, i, "place", i + 2, Infinity); // (at every token: no closure)
}

/** A country of two or more syllables at `from` that reaches `end` (`through`) or ends before it. */
/** The end of a country's name of two words or more that starts inside (i, end) and ends by `end`, else 0. */
function countryInside(ctx: ScanContext, i: number, end: number): number {
  for (let k = i + 1; k < end - 1; k++) {
    const c = countryAt(ctx, k, end + 1, false); // (ending by `end`)
    if (c) return c.end;
  }
  return 0;
}

function countryAt(ctx: ScanContext, from: number, end: number, through: boolean) {
  return longest(ctx, from, "place", (e, e2) => e.info.kind === "country" && e2 - from >= 2 && (through ? e2 >= end : e2 < end));
}

const AT_PLACE = grammarWords("at-place");
const VENUE = grammarWords("venue");

/** A word for a shop or a venue (one or two syllables) ends right before i, and no "chủ" (owner) before it. */
function venueBefore(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1], b = tokens[i - 2];
  if (!a || a.cap) return false;
  const at = VENUE.has(a.key) ? i - 1 : b && !b.cap && VENUE.has(`${b.key} ${a.key}`) ? i - 2 : -1;
  return at >= 0 && tokens[at - 1]?.key !== "chủ";
}
const NAME_JOINERS = grammarWords("name-joiner");

const BANK_RE = /^\p{Lu}\p{L}+bank$/u;
// Two capitals in a row inside a word with small letters too ("PETROCONs", "HDBank", "SeABank"), which no name has.
const CAPS_RUN_RE = /\p{Lu}\p{Lu}.*\p{Ll}|\p{Ll}.*\p{Lu}\p{Lu}/u;
/** A word in capitals, or one with a run of capitals among small letters: an abbreviation or a brand, not a name. */
const brandLike = (t: Token): boolean => t.allCaps || CAPS_RUN_RE.test(t.cased);

/** A word of a company's name in [a, b): "Bank", "Group", "Holdings" (org-name-words.tsv company), or one glued to "bank" ("Vietbank"). */
function companyName(ctx: ScanContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== "w" || isVietnameseSyllable(t.key)) continue; // (the company words are English ones)
    if ((k > a && orgWordEnd(ctx, k, "company") > 0) || BANK_RE.test(t.cased)) return true;
  }
  return false;
}

/**
 * "Chủ tịch HĐQT Hà Đô cho biết": two Vietnamese syllables right after a company's board written without its company
 * (office-rules.tsv unit_of rows of "Công ty") are the company's name; a holder's full name has three or more.
 */
function nameOfBoardsCompany(ctx: ScanContext, a: number, b: number): boolean {
  if (b - a !== 2 || !isVietnameseSyllable(ctx.tokens[a]!.key) || !isVietnameseSyllable(ctx.tokens[a + 1]!.key)) return false;
  return COMPANY_BOARDS.some((words) => words.every((w, k) => ctx.tokens[a - words.length + k]?.key === w));
}
const COMPANY_BOARDS: string[][] = Object.entries(OFFICE_RULES.unitOf).filter(([, of]) => of.includes(normalizeKey("Công ty"))).map(([board]) => board.split(" "));

/** `afterTitle` / `titleStarts`: 1 at the token after a title / where a title starts. */
export function findPersons(ctx: ScanContext, taken: Uint8Array, afterTitle: Uint8Array, titleStarts: Uint8Array = new Uint8Array(ctx.tokens.length + 1)): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || ctx.inDate[i] || ctx.inCredit[i]) continue;
    // No name starts inside a known place: "người đồng cấp Ấn Độ Modi" is not "Độ Modi".
    if (isProperLike(tokens[i]) && insidePlace(ctx, i)) continue;
    const addressed = nameAfterAddress(ctx, i, taken);
    if (addressed) {
      out.push(addressed);
      i = addressed.end - 1;
      continue;
    }
    // "Cựu Tổng Giám đốc VietBank Nguyễn Văn An": a brand written in mixed case (no Vietnamese syllable) before a
    // Vietnamese full name is the body's, not the first word of the name (the name is read from its surname below).
    if (brandBeforeName(ctx, i)) continue;
    // ("Chủ tịch Petro Vietnam Nguyễn Văn An": two foreign words of a brand, right after a title, the same.)
    if (afterTitle[i] && twoWordBrandBeforeName(ctx, i)) {
      i++;
      continue;
    }
    const titled = nameAfterTitle(ctx, i, taken, afterTitle, titleStarts, out);
    // ("lên làm chủ tịch Vietbank", "Chủ tịch Hội đồng Quản trị DongA Bank": a bank's or a company's name after a title is
    // the body's, never its holder.)
    if (titled && (companyName(ctx, titled.start, titled.end) || nameOfBoardsCompany(ctx, titled.start, titled.end))) {
      i = titled.end - 1;
      continue;
    }
    if (titled) {
      out.push(titled);
      i = titled.end - 1;
      continue;
    }
    if (!isProperLike(tokens[i])) continue;
    const led = nameAfterLeader(ctx, i, taken, titleStarts);
    if (led) {
      out.push(led);
      i = led.end - 1;
      continue;
    }
    const appositive = nameBeforeAppositive(ctx, i, taken, titleStarts);
    if (appositive) {
      out.push(appositive);
      i = appositive.end - 1;
      continue;
    }
    const read = nameFromSurname(ctx, i, taken);
    if (!read) continue;
    if (read.person) out.push(read.person);
    i = read.end - 1;
  }
  // "Tập Cận Bình": a foreigner's name in Vietnamese syllables (data/foreign-persons.tsv).
  for (const c of out) if (!c.data.short && c.data.origin !== "foreign" && listedForeigner(c.data.name)) c.data.origin = "foreign";
  const joined = foreignNamesJoined(ctx, taken, out);
  return out.concat(joined, foreignShortReferences(ctx, taken, out.concat(joined)));
}

/** Every token of [a, b) is a given-name syllable. (A loop, not a closure over `lex`: V8 then made a context at every call.) */
function allGivenNames(lex: ScanContext["lex"], tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!lex.givenNames.has(tokens[k]!.key)) return false;
  return true;
}

/** One or two particles at j, then a capitalized word ("von der Leyen", "de Gaulle"): where the name ends, or -1. */
function particledSurname(ctx: ScanContext, j: number, taken: Uint8Array): number {
  const { tokens } = ctx;
  if (!particleAt(ctx, j)) return -1;
  const k = particleAt(ctx, j + 1) ? j + 2 : j + 1;
  const t = tokens[k];
  if (!t || !isProperLike(t) || t.lineBreakBefore || taken[k]) return -1;
  return nameEnd(ctx, k, taken, 3, true);
}

const STUDY_FIELDS = grammarWordList("study-field");

/** "TS Luật", "Thạc sĩ Kinh tế": after a degree or a profession, the name's words are exactly a field of study (grammar-words.tsv study-field). */
function degreeField(tokens: readonly Token[], kind: string, j: number, end: number): boolean {
  return (kind === "academic" || kind === "profession") && end - j <= 2 && STUDY_FIELDS.at(tokens, j) === end - j;
}

/** A religious title written in initials ("TT" for Thượng tọa) with no "Thích" after it: some other abbreviation ("Thường trực"). */
function religiousInitialsAlone(ctx: ScanContext, i: number, addr: { end: number; entry: { kind: string } }): boolean {
  const { tokens } = ctx;
  if (addr.entry.kind !== "religious" || addr.end - i !== 1 || !tokens[i]!.allCaps || tokens[i]!.capsLine) return false;
  return tokens[addr.end]?.key !== "thích";
}

/** 1. After an address word ("ông", "PGS.TS", "Samdech"): any proper name, short references included; or null. */
function nameAfterAddress(ctx: ScanContext, i: number, taken: Uint8Array): PersonCandidate | null {
  const { tokens, lex } = ctx;
  // ("Long Thành - Bà Rịa": a capitalized address word inside a sentence that starts a known place is that place.)
  const found = writtenPlaceAt(ctx, i) ? null : longest(ctx, i, "address");
  // ("Phó Chủ tịch TT TƯ GHPG VN": a religious title's initials, "TT", "HT", stand only before "Thích" (address-words.tsv).)
  const addr = found && religiousInitialsAlone(ctx, i, found) ? null : found;
  let j = -1;
  let reason = "";
  let foreignAddr = false;
  if (addr && !taken[addr.end]) {
    // "đồng chí Thượng tướng", "ông bà": address words may stack, at most a few.
    j = addr.end;
    foreignAddr = addr.entry.kind === "foreign-honorific";
    for (let more = longest(ctx, j, "address"), guard = 0; more && guard < 3; more = longest(ctx, j, "address"), guard++) {
      j = more.end;
      if (more.entry.kind === "foreign-honorific") foreignAddr = true;
    }
    reason = "address+name";
  }
  // "Bà von der Leyen": a foreign surname written with its particles (name-particles.tsv), the person named before.
  const named = j >= 0 ? particledSurname(ctx, j, taken) : -1;
  if (named > j) return { type: "person", start: j, end: named, priority: 80, reason, data: { name: displayName(tokens, j, named), origin: "foreign", short: true } satisfies PersonData };
  if (j >= 0 && isProperLike(tokens[j])) {
    const end = nameEnd(ctx, j, taken, 6, true, true);
    // "Tiến sĩ Kinh tế", "Kỹ sư Xây dựng": after a degree or a profession one capitalized word is
    // a field, not a short name.
    const field = (end - j === 1 && addr!.entry.kind !== "address" && tokens[end]?.kind === "w" && !tokens[end]!.cap) || degreeField(tokens, addr!.entry.kind, j, end);
    // "các đồng chí Lãnh đạo Đảng": after a plural address, one capitalized word going on in lower case
    // is a word written with a capital of respect; a list of people names them in full.
    // ("các ông Tư và Ba": short names joined are names.)
    const plural = precededByPlural(ctx, i) || precededByPlural(ctx, i + 1);
    const group = end - j === 1 && plural && tokens[end]?.kind === "w" && !tokens[end]!.cap && !NAME_JOINERS.has(tokens[end]!.key);
    // "PV Lao Động", "chiến sĩ Tây Tiến": after a profession, Vietnamese words that neither start with
    // a surname nor are all given names name a paper or a unit, not a person ("PV Thu Hà" is one).
    const sur0 = lex.surnames.has(tokens[j]!.key);
    // ("PV Báo CAND": nor a body's head word that is no surname.)
    const notName = addr!.entry.kind === "profession" && !sur0 && ((end - j > 1 && isVietnameseSyllable(tokens[j]!.key) && !allGivenNames(lex, tokens, j, end)) || (end - j === 1 && startsOther(ctx, j) && isProperLike(tokens[end])));
    if (end > j && !field && !group && !notName && !nationality(ctx, addr!.entry.kind, j, end)) {
      const sur = lex.surnames.get(tokens[j]!.key);
      const syll = end - j;
      return {
        type: "person",
        start: j,
        end,
        priority: 80,
        reason,
        // ("Samdech Hun Sen": after a foreign honorific, a foreigner's name, though its syllables are Vietnamese.)
        // ("đồng chí Somdy Douangdy": no surname, and syllables Vietnamese has not: a foreigner.)
        data: { name: displayName(tokens, j, end), surname: sur && syll > 1 ? tokens[j]!.cased : undefined, origin: foreignAddr ? "foreign" : sur ? (sur.origin === "kinh" ? "kinh" : "ethnic") : syll > 1 && !minorityName(lex, tokens, j, end) && foreignWordIn(tokens, j, end) ? "foreign" : "unknown", short: syll === 1 } satisfies PersonData,
      };
    }
  }
  return null;
}

/** After a title: a proper name (one syllable only when it can be a name), not a body's words after the title; or null. */
// `marked`: a token that counts as after a title too (the name after a company's local name stands where the title's
// name would), not written into `afterTitle`: a copy of it per such name was quadratic in a chunk.
function nameAfterTitle(ctx: ScanContext, i: number, taken: Uint8Array, afterTitle: Uint8Array, titleStarts: Uint8Array, found: readonly PersonCandidate[], marked = -1): PersonCandidate | null {
  const { tokens, lex } = ctx;
  if ((afterTitle[i] || i === marked || afterTitleAndAbbreviation(tokens, afterTitle, i) || (tokens[i - 1]?.kind === "w" && afterTitleAliasCountry(ctx, afterTitle, i))) && isProperLike(tokens[i]) && !tokens[i]!.lineBreakBefore && (!startsOther(ctx, i) || headAsName(ctx, i))) {
    // (Two initials open a name after a title whose body cannot follow it, "Phó Tổng thống JD Vance"; after "CEO" they
    // may be a brand, "CEO HP Enrique Lores".)
    const initials = tokens[i]!.allCaps && tokens[i]!.cased.length === 2 && afterTitle[i] === 1 && !bodyMayFollow(ctx, i);
    const end = nameEnd(ctx, i, taken, 5, true, initials);
    // One syllable after a title is a name only when it is one and nothing follows it in the
    // phrase ("Ủy viên Ban cán sự…", "Ủy viên Trung ương" are not names).
    const next = tokens[end];
    // A foreign surname alone is one ("Tổng thống Putin cho biết", "Bộ trưởng Cabral"): it is no Vietnamese syllable.
    const foreign = !isVietnameseSyllable(tokens[i]!.key) && !tokens[i]!.allCaps && !tokens[i]!.capsLine;
    const oneOk = end - i > 1 || foreign || (lex.givenNames.has(tokens[i]!.key) && (!next || next.kind !== "w"));
    // "ủy viên UB TƯ MTTQ": words in capitals in a line that is not, not starting with a surname, abbreviate a body.
    // ("Tổng Giám đốc PETROCONs", "Chủ tịch HDBank": a word with a run of capitals and small letters is a brand, as one in
    // capitals is.)
    const abbreviation = !tokens[i]!.capsLine && !lex.surnames.has(tokens[i]!.key) && tokens.slice(i, end).every(brandLike);
    // ("… phòng, chống dịch Covid-19": a word glued to a number by a hyphen names a thing.)
    const code = end - i === 1 && tokens[end]?.key === "-" && !tokens[end]!.spaceBefore && tokens[end + 1]?.kind === "n" && !tokens[end + 1]!.spaceBefore;
    // "Bà Rosalind Brewer, Giám đốc điều hành Walgreens, từ chức", "Ông Bob Iger trở lại làm CEO Disney.": the holder
    // is named before the title; foreign words after it, up to the clause's end, are the body's name, not a holder's.
    const body = end > i && holderNamedBefore(ctx, found, titleStarts, i) && foreignRunToClauseEnd(ctx, i, end);
    // "Tổng giám đốc Unilever Việt Nam Ajay Kumar", "Tổng giám đốc LG Display Việt Nam Lee Sang Hoon": a country's name
    // after the first word of a run that opens with no surname ends a company's local name; the holder is named after it.
    const firm = end - i > 2 && !lex.surnames.has(tokens[i]!.key) ? countryInside(ctx, i, end) : 0;
    if (firm > 0) return end - firm >= 2 && !taken[firm] ? nameAfterTitle(ctx, firm, taken, afterTitle, titleStarts, found, firm) : null;
    if (end > i && oneOk && !abbreviation && !code && !body) {
      const sur = lex.surnames.get(tokens[i]!.key);
      return {
        type: "person",
        start: i,
        end,
        priority: 78,
        reason: "title+name",
        data: { name: displayName(tokens, i, end), surname: sur && end - i > 1 ? tokens[i]!.cased : undefined, origin: sur ? (sur.origin === "kinh" ? "kinh" : "ethnic") : startsOther(ctx, i) || minorityName(lex, tokens, i, end) ? "unknown" : "foreign", short: end - i === 1 } satisfies PersonData,
      };
    }
  }
  return null;
}

const UNNAMED_POST = grammarWords("unnamed-post");
const TOWARD_PLACE = grammarWords("toward-place");

/**
 * "Lãnh đạo đảng Bảo thủ Kemi Badenoch", "Thủ lĩnh phe thiểu số tại Thượng viện Mỹ Chuck Schumer": a foreign full name
 * (two words or more, one no Vietnamese syllable, no place or body) that ends the phrase of a leader's word
 * (grammar-words.tsv unnamed-post) and what is led, in one clause: the leader's name; no post (eval/CONVENTIONS.md makes
 * "lãnh đạo" none). At least one word stands between ("Thủ lĩnh Hamas Yahya Sinwar": the first word is what is led, and
 * "lãnh đạo Samsung Electronics" names no one), and none of "tại", "ở", "đến" … right before it (a place's name).
 */
function nameAfterLeader(ctx: ScanContext, i: number, taken: Uint8Array, titleStarts: Uint8Array): PersonCandidate | null {
  const { tokens } = ctx;
  const before = tokens[i - 1];
  if (!before || AT_PLACE.has(before.key) || TOWARD_PLACE.has(before.key)) return null;
  let lead = -1;
  for (let k = i - 1; k >= 1 && k >= i - 12; k--) {
    const t = tokens[k]!;
    if (t.kind !== "w" || tokens[k + 1]!.lineBreakBefore || titleStarts[k] || ctx.inDate[k]) return null;
    if (UNNAMED_POST.has(`${tokens[k - 1]!.key} ${t.key}`)) {
      lead = k + 1;
      break;
    }
  }
  if (lead < 0 || lead === i) return null;
  const end = nameEnd(ctx, i, taken, 4, false);
  if (end - i < 2 || !foreignWordIn(tokens, i, end) || placeOrOrgIn(ctx, i, end)) return null;
  return { type: "person", start: i, end, priority: 72, reason: "leader+name", data: { name: displayName(tokens, i, end), origin: "foreign", short: false } satisfies PersonData };
}

/** Some word of tokens a..b is no Vietnamese syllable ("Manet", "Widodo"). */
function foreignWordIn(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.kind === "w" && !isVietnameseSyllable(tokens[k]!.key)) return true;
  return false;
}

/**
 * 3. Any name written like one and followed by ", <title>" or " - <title>" (a name-then-title appositive):
 * "Souphanh Keomixay, Ủy viên Trung ương Đảng, Bộ trưởng …"; or null.
 */
function nameBeforeAppositive(ctx: ScanContext, i: number, taken: Uint8Array, titleStarts: Uint8Array): PersonCandidate | null {
  const { tokens, lex } = ctx;
  const t = tokens[i]!;
  // ("Hun Manet, Thủ tướng Campuchia, …": at a sentence's start only a name with a foreign word, whose capitals say it
  // is a name whatever the position.)
  const opens = isSentenceStartWord(ctx, i);
  if (!lex.surnames.has(t.key) && !t.capsLine && !t.allCaps && !startsOther(ctx, i)) {
    const end = nameEnd(ctx, i, taken, 4, false);
    const sep = tokens[end];
    if (opens && !foreignWordIn(tokens, i, end)) return null;
    if (end - i >= 2 && sep && (sep.key === "," || sep.key === "-") && titleStarts[end + 1] && !placeOrOrgIn(ctx, i, end)) {
      return { type: "person", start: i, end, priority: 72, reason: "name+appositive-title", data: { name: displayName(tokens, i, end), origin: "foreign", short: false } satisfies PersonData };
    }
  }
  return null;
}

/**
 * 2. A surname and at least one given syllable. Where the reading at i goes on (`end`, with the person read, if any),
 * or null for the next token.
 */
function nameFromSurname(ctx: ScanContext, i: number, taken: Uint8Array): { end: number; person?: PersonCandidate } | null {
  const { tokens, lex } = ctx;
  const t = tokens[i]!;
  // "Phó Giáo sư kinh tế", "Bác sĩ": an address phrase of several words is not a surname and a name.
  const addressPhrase = longest(ctx, i, "address");
  if (addressPhrase && addressPhrase.end > i + 1) return { end: addressPhrase.end };
  const sur = longest(ctx, i, "surname");
  // ("Minh Hà⏎Nguồn: Báo Chính phủ": a name never runs across a line break, not from its surname either.)
  if (!sur || tokens[sur.end]?.lineBreakBefore) return null;
  const ethnic = sur.entry.origin !== "kinh";
  const end = nameEnd(ctx, sur.end, taken, ethnic ? 5 : 3, true);
  if (end === sur.end) return null;
  // "Đoàn Đại biểu Quốc hội tỉnh": the word after the surname opens a title or a body that goes on in
  // lower case; it is no given name.
  if (end === sur.end + 1 && opensLowerPhrase(ctx, sur.end)) return null;
  // "Đoàn Cấp cao Quốc hội Campuchia": a body's head (a delegation) that starts at the surname and goes on
  // in lower case after the name is that head.
  if (end === sur.end + 1 && longestEnding(ctx, i, "orgHead", end + 1, Infinity) && !tokens[end]!.cap) return null;
  // In a headline every word is capitalized: demand known given-name syllables.
  if (t.capsLine && !allGivenNames(lex, tokens, sur.end, end)) return null;
  // A known place is not a person ("Hà Nội", "Lâm Đồng") unless something says so.
  // After another place in a list ("Hà Nội - Hà Đông") any known place is read as one.
  const listed = listedAfterPlace(ctx, i);
  const asPlace = placeThrough(ctx, i, end, listed);
  if (asPlace) return null; // (a name inside a known place was skipped at the loop's top)
  // "vấn đề Sơn Trà", "khu du lịch Sơn Trà": two syllables that are exactly a known place, with no title
  // or address word before them, are that place.
  if (end - i === 2 && longestEnding(ctx, i, "place", end)) return null;
  // "Phố sách Xuân Đinh Dậu", "lứa tuổi Canh Tý": a stem and a branch (data/date-words.tsv) are a year's name.
  if (end - i === 2 && canChiName(tokens, i)) return { end };
  // "Đoàn Cu Ba", "đoàn Việt Nam": a surname word before a country is no name; nor a body's head word
  // before a province or a city ("sinh hoạt tại Đoàn Thanh Hóa", "Đoàn TPHCM": a delegation).
  if (countryAt(ctx, sur.end, end, true) || (has(ctx, i, "orgHead") && provinceAt(ctx, sur.end, end))) return null;
  // "Hàn Quốc Kim Jong Un": a country of two or more syllables is the country; the name comes after it.
  const country = countryAt(ctx, i, end, false);
  if (country) return { end: country.end };
  // "các quán bar tại Bùi Viện": a bare name right after "tại" or "ở" is a place named after someone
  // (a street, a school), not a person; people are met "tại nhà ông X".
  if (AT_PLACE.has(tokens[i - 1]?.key ?? "")) return { end };
  // "quán karaoke Hoàng Gia", "nhà hàng Thu Hương": two syllables right after a word for a shop or a venue are
  // its name (a full name there is someone's: "nhân viên nhà hàng Lê Văn Bình"; so is the owner's, "chủ quán …").
  if (end - i <= 2 && venueBefore(tokens, i)) return { end };
  const person: PersonCandidate = {
    type: "person",
    start: i,
    end,
    priority: 70,
    reason: ethnic ? "ethnic-name" : "surname+given",
    data: { name: displayName(tokens, i, end), surname: nameText(tokens, i, sur.end), origin: ethnic ? "ethnic" : "kinh", short: false } satisfies PersonData,
  };
  return { end, person };
}

/** Tokens i, i+1 are a can-chi year ("Đinh Dậu"), as the date engine reads them. */
const canChiName = (tokens: readonly Token[], i: number): boolean => canChiIndex(tokens[i]!.key, tokens[i + 1]!.key) !== null;

/**
 * "Chuẩn Đô đốc Ohier và Roze": a foreign name after a title, then "và" and another foreign name
 * (words no Vietnamese syllable is, up to three), is a second person.
 */
function foreignNamesJoined(ctx: ScanContext, taken: Uint8Array, found: PersonCandidate[]): PersonCandidate[] {
  const { tokens } = ctx;
  const out: PersonCandidate[] = [];
  for (const c of found) {
    if (c.reason !== "title+name" || c.data.origin !== "foreign" || tokens[c.end]?.key !== "và") continue;
    const j = c.end + 1;
    let end = j;
    while (end < j + 3 && tokens[end] && !taken[end] && !tokens[end]!.lineBreakBefore && foreignNameWord(ctx, end)) end++;
    if (end === j || isProperLike(tokens[end])) continue;
    out.push({ type: "person", start: j, end, priority: 72, reason: "title+name-and-name", data: { name: displayName(tokens, j, end), origin: "foreign", short: end - j === 1 } satisfies PersonData });
  }
  return out;
}

/** Where the title that ends right before i starts (back over a chain "Chủ tịch kiêm CEO …"), or -1. */
function titleStartBefore(tokens: readonly Token[], titleStarts: Uint8Array, i: number): number {
  let s = -1;
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    if (titleStarts[k]) {
      s = k;
      break;
    }
    if (tokens[k]!.kind !== "w") return -1;
  }
  if (s > 0 && tokens[s - 1]!.key === "kiêm") {
    const before = titleStartBefore(tokens, titleStarts, s - 1);
    if (before >= 0) return before;
  }
  return s;
}

/** Words that, right before a title, say its holder is the subject named before it ("ông X trở lại làm CEO …"). */
const HOLDER_BEFORE = grammarWords("copula");
const CLAUSE_ENDS = new Set([",", ".", ")", ";", ":", "!", "?"]);

/**
 * The title that ends right before i has its holder named before it: a name set off by a comma before the title
 * ("Bà Rosalind Brewer, Giám đốc điều hành …"), read from an address word or a surname (not another title's holder,
 * as in a list "Tổng thống Mỹ Joe Biden, Thủ tướng Nhật Bản Kishida Fumio"), or the subject of "làm"/"là" in the sentence.
 */
function holderNamedBefore(ctx: ScanContext, found: readonly PersonCandidate[], titleStarts: Uint8Array, i: number): boolean {
  const { tokens } = ctx;
  const s = titleStartBefore(tokens, titleStarts, i);
  if (s < 2) return false;
  const before = tokens[s - 1]!.key;
  const last = found[found.length - 1];
  if (!last || last.end > s || last.reason === "title+name" || last.reason === "title+name-and-name") return false;
  if (before === ",") return last.end === s - 1;
  if (!HOLDER_BEFORE.has(before)) return false;
  for (let k = last.end; k < s; k++) if (tokens[k]!.kind === "p" && tokens[k]!.key !== "," || tokens[k]!.lineBreakBefore) return false;
  return true;
}

/** Tokens [i, end) are foreign words (no Vietnamese syllable) and the clause ends after them. */
function foreignRunToClauseEnd(ctx: ScanContext, i: number, end: number): boolean {
  const { tokens } = ctx;
  for (let k = i; k < end; k++) if (tokens[k]!.kind === "w" && isVietnameseSyllable(tokens[k]!.key)) return false;
  const after = tokens[end];
  return !after || after.lineBreakBefore || CLAUSE_ENDS.has(after.key);
}

/** A mixed-case word ("VietBank", "PGBank", "OceanBank") that no Vietnamese name begins with, before a Vietnamese full name. */
function brandBeforeName(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  return t.kind === "w" && mixedCase(t) && !isVietnameseSyllable(t.key) && fullNameStartsAt(ctx, i + 1) && isVietnameseSyllable(ctx.tokens[i + 2]!.key);
}

/** Two capitalized foreign words ("Petro Vietnam", "Vina Capital") before a Vietnamese full name of three syllables or more. */
function twoWordBrandBeforeName(ctx: ScanContext, i: number): boolean {
  const { tokens } = ctx;
  return foreignCapWord(tokens[i]) && foreignCapWord(tokens[i + 1]) && fullNameStartsAt(ctx, i + 2) && isVietnameseSyllable(tokens[i + 3]?.key ?? "") && isVietnameseSyllable(tokens[i + 4]?.key ?? "") && !!tokens[i + 4]!.cap;
}
function foreignCapWord(t: Token | undefined): boolean {
  return !!t && t.kind === "w" && t.cap && !t.allCaps && !isVietnameseSyllable(t.key);
}

/**
 * Capitalized, not in capitals, and with another capital after the first letter ("VietBank", "PVcomBank"). (Compared
 * with the lower-case key, of the same length: a regex here ran at every word and cost 4 ms a corpus pass.)
 */
function mixedCase(t: Token): boolean {
  if (!t.cap || t.allCaps) return false;
  for (let k = 1; k < t.cased.length; k++) if (t.cased.charCodeAt(k) !== t.key.charCodeAt(k)) return true;
  return false;
}

/** A word of a foreign name that may stand for it alone: no Vietnamese syllable, three letters or more, capitalized, no place or body. */
function foreignNameWord(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return t.kind === "w" && t.cap && !t.allCaps && t.key.length >= 3 && !isVietnameseSyllable(t.key) && !has(ctx, k, "place") && !has(ctx, k, "org") && !has(ctx, k, "title");
}

/**
 * The bare title right before token k may be followed by the name of its body ("Tổng giám đốc
 * Huawei", "Tổng thống Putin"): one word after it may be a company, not a person. Not so after a rank,
 * a title whose body is fixed ("Thủ tướng", "Ngoại trưởng"), or a title with its country or body.
 */
function bodyMayFollow(ctx: ScanContext, k: number): boolean {
  for (let s = k - 1; s >= 0 && s >= k - 4; s--) {
    const head = longest(ctx, s, "title", (_e, end) => end === k);
    if (head) return head.entry.info.kind !== "rank" && (head.entry.info.org.mode === "follows" || head.entry.info.follows);
  }
  return false;
}

/**
 * "Antony J. Blinken … Blinken cho biết", "Thủ tướng Lào Thongloun Sisoulith … Thongloun đánh giá",
 * "Tổng thống Putin … Putin nói": the last or first name of a foreign full name found in this text,
 * or a foreign name found alone after a title or an address word, standing alone later, is that
 * person. Foreign syllables are no Vietnamese words, so they may open a sentence; they must not sit
 * inside a longer capitalized name.
 */
function foreignShortReferences(ctx: ScanContext, taken: Uint8Array, found: PersonCandidate[]): PersonCandidate[] {
  const { tokens } = ctx;
  const last = new Set<string>();
  const covered = new Uint8Array(tokens.length);
  for (const c of found) {
    for (let k = c.start; k < c.end; k++) covered[k] = 1;
    if (c.data.origin === "kinh" || c.data.origin === "ethnic") continue;
    if (c.end - c.start === 1 && !(c.reason === "address+name" || c.reason === "title+name-and-name" || (c.reason === "title+name" && !bodyMayFollow(ctx, c.start)))) continue;
    if (foreignNameWord(ctx, c.end - 1)) last.add(tokens[c.end - 1]!.key);
    if (c.end - c.start >= 2 && foreignNameWord(ctx, c.start) && tokens[c.start + 1]!.key !== ".") last.add(tokens[c.start]!.key);
  }
  const out: PersonCandidate[] = [];
  if (!last.size) return out;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (covered[k] || taken[k] || ctx.inDate[k] || ctx.inCredit[k] || t.kind !== "w" || !t.cap || t.allCaps || t.capsLine || !last.has(t.key)) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if (prev && prev.kind === "w" && prev.cap && !t.lineBreakBefore && !has(ctx, k - 1, "address")) continue;
    if (prev?.key === "-" && !t.spaceBefore) continue;
    // "Quốc hội Fiij": right after a body or a title the word is theirs (a title's own name was read above).
    if (k > 0 && taken[k - 1]) continue;
    if (next && ((next.kind === "w" && next.cap && !next.lineBreakBefore) || (next.key === "-" && !next.spaceBefore))) continue;
    out.push({ type: "person", start: k, end: k + 1, priority: 60, reason: "foreign-name-reference", data: { name: t.cased, origin: "foreign", short: true } satisfies PersonData });
  }
  return out;
}

const PEOPLE_WORDS = grammarWords("people-word");

/**
 * A given name alone ("cho Liễu", "Liễu nói chuyện" after "Lê Thị Liễu" was named): a person when
 * it is the last syllable of a full name already seen, stands apart from other capitalized words,
 * and does not open a sentence (where "Bình thường" would be read as a name).
 */
export function findGivenNameReferences(ctx: ScanContext, occupied: Uint8Array, knownGiven: Set<string>): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  if (!knownGiven.size) return out;
  const { tokens } = ctx;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (occupied[k] || ctx.inDate[k] || ctx.inCredit[k] || t.kind !== "w" || !t.cap || t.allCaps || t.capsLine || !knownGiven.has(t.key)) continue;
    if (isSentenceStartWord(ctx, k)) continue;
    const prev = tokens[k - 1]!;
    const next = tokens[k + 1];
    if (prev.kind === "w" && (prev.cap || has(ctx, k - 1, "level") || has(ctx, k - 1, "orgHead"))) continue;
    // "người Việt", "tiếng Việt", "gốc Hoa": a people or a language, not the man named Việt.
    if (PEOPLE_WORDS.has(prev.key)) continue;
    // "quan hệ Việt - Trung", "Ủy ban Tài chính - Ngân sách": a dash between two words joins a pair, not a name
    // (after a quote it may: "“…” – Lan chia sẻ").
    if ((prev.key === "-" || prev.key === "–") && tokens[k - 2]?.kind === "w") continue;
    if (next && next.kind === "w" && next.cap && !next.lineBreakBefore) continue;
    if (has(ctx, k, "place") || has(ctx, k, "org") || has(ctx, k, "title")) continue;
    // A given name that is also a body's head word ("Bộ" of "Đoàn Xuân Bộ") only after an address word ("ông Bộ"), not in "Bộ đội".
    if (has(ctx, k, "orgHead") && !has(ctx, k - 1, "address")) continue;
    out.push({ type: "person", start: k, end: k + 1, priority: 60, reason: "given-name-reference", data: { name: t.cased, origin: "kinh", short: true } satisfies PersonData });
  }
  return out;
}

/** One person addressed right before token k: "đồng chí", "ông" (kind address), not "các chiến sĩ", "cầu thủ". */
function personallyAddressed(ctx: ScanContext, k: number): boolean {
  for (let s = k - 1; s >= 0 && s >= k - 3; s--) {
    if (longest(ctx, s, "address", (e, end) => end === k && e.kind === "address")) return !["các", "những", "hai"].includes(ctx.tokens[s - 1]?.key ?? "");
  }
  return false;
}

/**
 * "Tổng Bí thư Trường Chinh … Trường Chinh tên thật là …", "đồng chí Trường Chinh … Trường Chinh - nhà lý luận":
 * a name of two or more words with no surname, found after a title or an address word, is that
 * person where the text writes it again alone, also where a body was read from its first word
 * ("Trường", "Ban" and a name run on in lower case). Returns the new persons and those bodies.
 */
export function namesWrittenAgain(ctx: ScanContext, found: readonly PersonCandidate[], strong: readonly Candidate[]): { persons: PersonCandidate[]; bodies: Set<Candidate> } {
  const { tokens, lex } = ctx;
  const persons: PersonCandidate[] = [];
  const bodies = new Set<Candidate>();
  const names = new Map<string, PersonCandidate>();
  const covered = new Uint8Array(tokens.length + 1);
  for (const c of found) {
    covered.fill(1, c.start, c.end);
    if (c.end - c.start < 2 || lex.surnames.has(tokens[c.start]!.key) || !(c.reason === "title+name" || (c.reason === "address+name" && personallyAddressed(ctx, c.start)))) continue;
    if (tokens.slice(c.start, c.end).some((t) => t.kind !== "w" || t.allCaps)) continue;
    names.set(spanKey(ctx, c.start, c.end), c);
  }
  if (!names.size) return { persons, bodies };
  // (Made at the first name written again: most chunks have none.)
  let strongAt: Map<number, Candidate[]> | undefined;
  for (const [key, model] of names) {
    const len = model.end - model.start;
    const words = key.split(" ");
    for (let k = 0; k + len <= tokens.length; k++) {
      if (covered[k] || tokens[k]!.key !== words[0]) continue;
      let same = true;
      for (let q = 1; q < len && same; q++) same = tokens[k + q]!.key === words[q] && !tokens[k + q]!.lineBreakBefore && !covered[k + q];
      if (!same || !writtenAsName(ctx, k, k + len)) continue;
      const prev = tokens[k - 1];
      const next = tokens[k + len];
      if (prev && isProperLike(prev) && !tokens[k]!.lineBreakBefore) continue;
      if (next && isProperLike(next) && !next.lineBreakBefore) continue;
      // "đội Nà Ếch", "Đoàn quân Tây Tiến": after a body's head or a level word it is the body's name.
      if (prev && (has(ctx, k - 1, "orgHead") || has(ctx, k - 1, "level"))) continue;
      // What the strong readings put there: nothing, or one body that starts here by its head.
      if (!strongAt) {
        strongAt = new Map();
        for (const c of strong) {
          for (let q = c.start; q < c.end; q++) {
            const at = strongAt.get(q);
            if (at) at.push(c);
            else strongAt.set(q, [c]); // (not a spread copy per token)
          }
        }
      }
      const over = new Set<Candidate>();
      for (let q = k; q < k + len; q++) for (const c of strongAt.get(q) ?? []) over.add(c);
      const body = [...over][0];
      if (over.size > 1 || (body && (body.type !== "organization" || body.start !== k || !body.reason.startsWith("org-head")))) continue;
      if (body) bodies.add(body);
      persons.push({ type: "person", start: k, end: k + len, priority: 78, reason: "name-written-again", data: { ...model.data, short: false } });
      covered.fill(1, k, k + len);
    }
  }
  return { persons, bodies };
}

/** A token of [start, end) starts a place's or a body's name. */
function placeOrOrgIn(ctx: ScanContext, start: number, end: number): boolean {
  for (let k = start, stop = Math.min(end, ctx.tokens.length); k < stop; k++) if (has(ctx, k, "place") || has(ctx, k, "org")) return true;
  return false;
}

/** Every token of [start, end) is capitalized in running text and outside a date. */
function writtenAsName(ctx: ScanContext, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = ctx.tokens[k]!;
    if (!t.cap || t.capsLine || ctx.inDate[k]) return false;
  }
  return true;
}

/**
 * A spaced dash at k between two foreign words of a name that the text also writes glued by a hyphen
 * ("Broekers – Knol", "Broekers-Knol"): one double name. ("Obama – Medvedev" joins two names.)
 */
function spacedDoubleName(ctx: ScanContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if ((t.key !== "-" && t.key !== "–") || !t.spaceBefore || !prev || prev.kind !== "w" || !next || next.kind !== "w" || !next.cap || next.lineBreakBefore) return false;
  if (isVietnameseSyllable(prev.key) || isVietnameseSyllable(next.key)) return false;
  let pairs = HYPHEN_PAIRS.get(ctx.nt);
  if (!pairs) HYPHEN_PAIRS.set(ctx.nt, (pairs = hyphenPairs(ctx.nt.lower)));
  return pairs.has(`${prev.key}-${next.key}`);
}

/** By text: the words it glues with a hyphen, "broekers-knol" (read once: a search of the whole text per dash was quadratic). */
const HYPHEN_PAIRS = new WeakMap<object, Set<string>>();
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’]/u;

function hyphenPairs(lower: string): Set<string> {
  const out = new Set<string>();
  for (let h = lower.indexOf("-"); h >= 0; h = lower.indexOf("-", h + 1)) {
    let a = h;
    while (a > 0 && WORD_CHAR.test(lower[a - 1]!)) a--;
    let b = h + 1;
    while (b < lower.length && WORD_CHAR.test(lower[b]!)) b++;
    if (a < h && b > h + 1) out.add(lower.slice(a, b));
  }
  return out;
}
