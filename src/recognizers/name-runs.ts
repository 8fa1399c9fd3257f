/**
 * Where a proper name ends. `nameRun`: capitalized words only (place names, standalone names).
 * `looseNameRun`: Vietnamese body names capitalize only their first word ("Vụ Tổ chức cán bộ",
 * "Hội Liên hiệp Văn học Nghệ thuật Hà Nội"), so after a title, where the organization is expected,
 * lower-case words may continue the name until punctuation or a word that cannot be in a name.
 */
import { isVietnameseSyllable } from "../text/syllable";
import { isProperLike, type Token } from "../text/tokenize";
import { has, KIND_BIT, longest, longestEnding, type ScanContext } from "./context";
import type { LexEntry } from "../lexicon/lexicon";
import { startsWithNumber } from "../text/chars";
import { grammarWords } from "../lexicon/grammar-words";
import { termWordAt } from "./terms";

/** A surname at k with a capitalized word after it on the same line: a full name may start there. */
export function fullNameStartsAt(ctx: ScanContext, k: number): boolean {
  const next = ctx.tokens[k + 1];
  return has(ctx, k, "surname") && isProperLike(next) && !next!.lineBreakBefore;
}

/**
 * "H'Vơn Kbuôr", "Y Bih Niê": an Ê Đê or Mnông name, its prefix first (H', K': surnames.tsv prefix) and its family
 * name last (surnames.tsv ethnic): no foreigner's though its syllables are not Vietnamese.
 */
export function minorityName(lex: ScanContext["lex"], tokens: readonly Token[], j: number, end: number): boolean {
  for (let k = j; k < end; k++) {
    const key = tokens[k]?.key;
    if (key === undefined) return false; // (past the text's end)
    const apostrophe = key.indexOf("'");
    // (The lexicon keys a prefix as its words: "H'" is "h '".)
    if (lex.surnames.get(key)?.origin === "ethnic" || (apostrophe > 0 && lex.surnames.get(`${key.slice(0, apostrophe)} '`)?.origin === "prefix")) return true;
  }
  return false;
}

/**
 * A capitalized level word at k with a known place after it ("TP. Hồ Chí Minh", "Tỉnh Nghệ An"): where a
 * name before it ends, so that the place is read as the body's place ("Trường Đại học Bách khoa TP. Hồ Chí Minh").
 */
function levelWithPlaceAt(ctx: ScanContext, k: number): boolean {
  const lv = isProperLike(ctx.tokens[k]) ? longest(ctx, k, "level") : null;
  if (!lv) return false;
  const at = ctx.tokens[lv.end]?.key === "." && lv.end - k === 1 ? lv.end + 1 : lv.end;
  // ("TP.HCM", "TP. HCM": a place the gazetteer lists with its level word glued to it.)
  return (isProperLike(ctx.tokens[at]) && !ctx.tokens[at]!.lineBreakBefore && has(ctx, at, "place")) || (longest(ctx, k, "place")?.end ?? 0) > lv.end;
}

/** A one-word organization head at k with a clause's punctuation right after it ("Hội," "Hội."): nothing it could head. */
function headEndsName(ctx: ScanContext, k: number): boolean {
  const next = ctx.tokens[k + 1];
  return longest(ctx, k, "orgHead")?.end === k + 1 && (!next || next.lineBreakBefore || (next.kind === "p" && NAME_END_MARKS.has(next.key)));
}
const NAME_END_MARKS = new Set([",", ".", ";", ")", "!", "?"]);

/** Capitalized words after a level word: the unit's own name (at most `max` syllables). */
export function nameRun(ctx: ScanContext, j: number, max = 5): number {
  let k = j;
  const tokens = ctx.tokens;
  while (k < tokens.length && k - j < max) {
    const t = tokens[k]!;
    if (ctx.inDate[k] || t.lineBreakBefore || termWordAt(ctx, k)) break;
    if (t.kind === "w" && isProperLike(t) && !startsWithNumber(t.key)) {
      // A title or organization head starts something else ("sông Ngũ Huyện Khê" keeps its "Huyện"), and so does a place with its level word.
      // ("xã Đông Hội, huyện Đông Anh": a one-word head with nothing after it to name is the name's last syllable.)
      if (k > j && (has(ctx, k, "title") || (has(ctx, k, "orgHead") && !headEndsName(ctx, k)) || levelWithPlaceAt(ctx, k))) break;
      // "công viên Rừng Sác Đây là …": a caption run into the next sentence, its full stop missing.
      if (k > j && !t.allCaps && SENTENCE_OPENERS.has(t.key)) break;
      // "Đảng bộ xã Tân Lập Đại hội đại biểu …": a gathering's word starts the event, not another syllable of the name.
      if (k > j && gatheringAt(tokens, k)) break;
      // After a two-syllable unit name, a surname with a given name is the person the text turns to
      // ("Chủ tịch UBND xã Tam Hiệp Nguyễn Văn An"); "đường Nguyễn Văn Linh" starts with its surname.
      if (k - j >= 2 && !has(ctx, k, "place") && !ctx.inDate[k + 1] && fullNameStartsAt(ctx, k)) break;
      // "Trung ương" is written with one capital inside names ("Bệnh viện Đa khoa Trung ương").
      if (t.key === "trung" && tokens[k + 1]?.key === "ương" && !tokens[k + 1]!.lineBreakBefore) {
        k += 2;
        continue;
      }
      k++;
      continue;
    }
    // "Bà Rịa - Vũng Tàu", "K'Ré": a hyphen between two capitalized words stays inside.
    if (t.kind === "p" && t.key === "-" && k > j && isProperLike(tokens[k + 1]) && !t.spaceBefore === !tokens[k + 1]!.spaceBefore) {
      k++;
      continue;
    }
    // "Chăm-pa-sắc", "Pác-xế": a transliterated name's syllables glued by hyphens, the later ones in lower case.
    const glued = tokens[k + 1];
    if (t.kind === "p" && t.key === "-" && k > j && !t.spaceBefore && glued && !glued.spaceBefore && glued.kind === "w" && tokens[k - 1]!.kind === "w") {
      k += 2;
      continue;
    }
    break;
  }
  // Never end on a hyphen.
  while (k > j && tokens[k - 1]!.kind === "p") k--;
  return k;
}


// Function words and common verbs: a name never continues through them.
export const STOP = new Set(
  ("của tại và với về cho đã đang sẽ là được bị khi trong đến từ có này đó nay thì mà để theo do vào ra lên xuống như nhưng " +
    "cũng vừa mới cùng các những một người ông bà anh chị trên dưới sau trước nhằm nên vẫn còn chưa không đều rất " +
    "biết nói phát khẳng yêu đề tiếp thăm gặp ký chủ dự tham trao nhận làm giữ kiêm hiện nhấn cần phải đây năm tháng ngày " +
    "lúc hôm sáng chiều tối vì nếu qua bởi hay hoặc thêm tới ở thuộc rồi sau").split(" "),
);

// Words with a stop word as their second syllable: "Đăng ký", "Thư ký", "Công nhận".
// Also words whose first syllable is a level word: "Xã hội".
const COMPOUND = grammarWords("compound");
const SENTENCE_OPENERS = grammarWords("sentence-opener");
/** A place the gazetteer knows starts in [max(j, k - 3), k) and ends right after token k ("Thái Bình Dương" at "Dương"). */
function placeEndsAt(ctx: ScanContext, j: number, k: number): boolean {
  for (let a = Math.max(j, k - 3); a < k; a++) if (longestEnding(ctx, a, "place", k + 1)) return true;
  return false;
}
const GATHERINGS = grammarWords("gathering");
/** A gathering's word of two syllables ("Đại hội") starts at k, not written all in capitals. */
function gatheringAt(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k]!, b = tokens[k + 1];
  return b !== undefined && !a.allCaps && b.kind === "w" && !b.lineBreakBefore && GATHERINGS.has(`${a.key} ${b.key}`);
}

const ORG_WORD_ROLES = ["ends", "joined", "branch", "of", "legal", "royal", "company", "apposition", "unit"] as const;
type OrgWordRole = (typeof ORG_WORD_ROLES)[number];
// One filter per role, made once: orgWordEnd is asked at most tokens, and a closure over `role`
// made there cost a context and a closure at every call.
const orgWordOf =
  (role: OrgWordRole) =>
  (e: Extract<LexEntry, { t: "cue" }>): boolean =>
    e.info.list === "org-word" && e.info.kind === role;
const ORG_WORD_FILTERS = new Map(ORG_WORD_ROLES.map((role) => [role, orgWordOf(role)]));

/** A word of data/org-name-words.tsv at k with that role, written in lower case (the roles that name a body's parts in any case, or `caseBlind` in a line in capitals): where it ends (or -1). */
export function orgWordEnd(ctx: ScanContext, k: number, role: OrgWordRole, caseBlind = false): number {
  const t = ctx.tokens[k];
  const anyCase = caseBlind || (role !== "ends" && role !== "joined" && role !== "of" && role !== "unit");
  if (!t || t.kind !== "w" || (!anyCase && isProperLike(t)) || t.lineBreakBefore) return -1;
  return longest(ctx, k, "cue", ORG_WORD_FILTERS.get(role)!)?.end ?? -1;
}

/** A lower-case verb or conjunction at k that a body's name never runs into ("rà soát", "thông qua"). */
export const endsOrgName = (ctx: ScanContext, k: number): boolean => orgWordEnd(ctx, k, "ends") > 0;

/** The same words in a line in capitals, where case cannot tell them from a name ("… KIM TIẾN PHÁT BIỂU"). */
export const endsNameInCaps = (ctx: ScanContext, k: number): boolean => !!ctx.tokens[k]?.capsLine && orgWordEnd(ctx, k, "ends", true) > 0;

/** A capitalized foreign word (no Vietnamese syllable) right after a Vietnamese one: a foreign name starts there. */
const foreignAfterVietnamese = (ctx: ScanContext, k: number): boolean => {
  const t = ctx.tokens[k]!;
  return !isVietnameseSyllable(t.key) && isVietnameseSyllable(ctx.tokens[k - 1]!.key) && !t.allCaps && !brandLastWord(ctx, k);
};

/**
 * "Tập đoàn TH - TH True Milk": a brand's English words ("True" only looks like a Vietnamese syllable) after a foreign
 * word or letters of the name: one last capitalized foreign word is the brand's, not a person's name.
 */
function brandLastWord(ctx: ScanContext, k: number): boolean {
  const { tokens } = ctx;
  const before = tokens[k - 2];
  const next = tokens[k + 1];
  if (!before || before.kind !== "w" || !before.cap || isVietnameseSyllable(before.key) || !tokens[k - 1]!.spaceBefore) return false;
  return !(next && next.kind === "w" && next.cap && next.spaceBefore && !next.lineBreakBefore);
}

/** "Cho Hyun-joon", "Lee Jae-yong": a capitalized word, then one glued by a hyphen to a lower-case syllable. */
function romanizedNameAt(ctx: ScanContext, k: number): boolean {
  const [a, b, dash, c] = [ctx.tokens[k], ctx.tokens[k + 1], ctx.tokens[k + 2], ctx.tokens[k + 3]];
  return !!a && !!b && !!dash && !!c && isProperLike(a) && !a.allCaps && isProperLike(b) && !b.allCaps && !b.lineBreakBefore && dash.key === "-" && !dash.spaceBefore && c.kind === "w" && !c.spaceBefore && !c.cap;
}

/** Middle names that all but always follow a surname: "Nguyễn Văn …", "Lê Thị …" (grammar-words.tsv middle-name). */
const MIDDLE_MARKERS = grammarWords("middle-name");
/** Marks after which two capitalized words end a body's name, not start a person's ("Công ty Hoàng Long, …"). */
const BODY_NAME_ENDS = new Set([",", ".", ")", ";"]);

/**
 * The surname at k inside a body's capitalized name starts the person named after it: the capitalized words from
 * k are a full name (three or more; two unless a comma, a stop or a bracket follows them),
 * and no later surname there opens one with "Văn"/"Thị" ("… Hoàng Long Nguyễn Văn Long": the name starts at
 * "Nguyễn"; "Công ty TNHH Xây dựng Hoàng Long, bị bắt": "Hoàng Long" is the company's).
 */
function nameStartsHere(ctx: ScanContext, k: number): boolean {
  const { tokens } = ctx;
  let run = k;
  while (run < tokens.length && run - k < 6 && tokens[run]!.kind === "w" && isProperLike(tokens[run]) && (run === k || !tokens[run]!.lineBreakBefore)) run++;
  const len = run - k;
  for (let m = k + 1; m < run - 1; m++) if (ctx.lex.surnames.has(tokens[m]!.key) && MIDDLE_MARKERS.has(tokens[m + 1]!.key)) return false;
  if (len >= 3) return true;
  const after = tokens[run];
  return !after || after.lineBreakBefore || !BODY_NAME_ENDS.has(after.key);
}

/**
 * The body's name so far [j, k) is one Kinh surname and, with the surname and given-name syllable at k, k + 1, makes one
 * full name of three syllables: the person the body is named after ("Trường Đại học Phan Châu Trinh"), not a holder's
 * name glued after a one-syllable name.
 */
function namedAfterFullName(ctx: ScanContext, j: number, k: number): boolean {
  const { tokens, lex } = ctx;
  if (k !== j + 1) return false;
  const surname = lex.surnames.get(tokens[j]!.key);
  return !!surname && surname.origin === "kinh" && !surname.common && tokens[j]!.cap && !tokens[j]!.allCaps && lex.givenNames.has(tokens[k + 1]!.key);
}

/**
 * `lowerStart`: the name may begin in lower case when a capitalized word comes within `lowerAhead` words
 * ("Viện nghiên cứu Văn hóa", "Ủy ban hợp tác Lào - Việt Nam", "Hiệp hội bệnh viện tư nhân VN"); used only where a body
 * is expected. Those lower-case words are no verb (org-name-words.tsv), title or title modifier ("Sở phụ trách …").
 */
export function looseNameRun(ctx: ScanContext, j: number, maxWords = 12, maxLower = 5, lowerStart = false, cityLast = false, lowerAhead = 3): number {
  const tokens = ctx.tokens;
  const first = tokens[j];
  if (!first || first.kind !== "w" || ctx.inDate[j] || first.lineBreakBefore || has(ctx, j, "title")) return j;
  if (!isProperLike(first)) {
    if (!lowerStart || STOP.has(first.key)) return j;
    const notInName = (k: number) => lowerAhead > 3 && (endsOrgName(ctx, k) || (ctx.kindsAt(k) & (KIND_BIT.title | KIND_BIT.modifier)) !== 0);
    if (notInName(j)) return j;
    let cap = -1;
    for (let k = j + 1; k < Math.min(tokens.length, j + 1 + lowerAhead); k++) {
      const t = tokens[k]!;
      if (t.kind !== "w" || STOP.has(t.key) || t.lineBreakBefore) break;
      if (!isProperLike(t) && notInName(k)) break;
      if (isProperLike(t)) {
        cap = k;
        break;
      }
    }
    if (cap < 0) return j;
  }
  let k = j;
  let end = j;
  let lowerRun = 0;
  // Lower-case words may follow a capitalized word ("Vụ Tổ chức cán bộ", "Liên hiệp Văn học Nghệ
  // thuật"); but after a proper name of two or more capitalized words that came after lower-case ones
  // ("… hạ tầng giao thông Đèo Cả"), lower case ends the name ("chia sẻ").
  let sawLower = false;
  let capRun = 0;
  while (k < tokens.length && k - j < maxWords) {
    const t = tokens[k]!;
    if (ctx.inDate[k] || (k > j && t.lineBreakBefore)) break;
    if (t.kind === "w") {
      const proper = isProperLike(t);
      if (!proper) {
        // "Ban Chỉ đạo phòng, chống dịch": a pair written with a comma inside the name.
        // ("Đảng ủy Khối các cơ quan tỉnh": a phrase whose first word, capitalized, came before.)
        const joined = k > j ? Math.max(orgWordEnd(ctx, k, "joined"), tokens[k - 1]!.cap ? orgWordEnd(ctx, k - 1, "joined", true) : -1) : -1;
        if (joined > 0 && tokens[joined - 1]!.kind === "w" && !tokens[joined]?.lineBreakBefore) {
          k = joined;
          end = k;
          continue;
        }
        // "Trung tâm Y tế rà soát …": the sentence's verb, not the name.
        if (k > j && endsOrgName(ctx, k)) break;
        // "… Khen thưởng Trung ương tặng hoa": "Trung ương" is one capitalized part.
        if (t.key === "ương" && tokens[k - 1]!.key === "trung" && tokens[k - 1]!.cap) {
          capRun++;
          k++;
          end = k;
          continue;
        }
        // "và" joins two capitalized parts of one name ("Bộ Năng lượng và Mỏ"), else it ends it.
        // (Not before another body: "Sở Y tế và UBND tỉnh X" are two.)
        if (t.key === "và" && isProperLike(tokens[k + 1]) && !(ctx.kindsAt(k + 1) & (KIND_BIT.title | KIND_BIT.org | KIND_BIT.orgHead))) {
          k++;
          continue;
        }
        // "… Môi trường TP chia sẻ": after a level word, lower case is the sentence going on.
        // ("Khoa học Xã hội": "xã hội" is a word of its own, not the level word "xã".)
        if (k > j && tokens[k - 1]!.cap && longestEnding(ctx, k - 1, "level", k) && !COMPOUND.has(`${tokens[k - 1]!.key} ${t.key}`)) break;
        const stop = STOP.has(t.key) && !COMPOUND.has(`${tokens[k - 1]!.key} ${t.key}`);
        if ((sawLower && capRun >= 2) || stop || has(ctx, k, "title") || ++lowerRun > maxLower) break;
        sawLower = true;
        capRun = 0;
      } else {
        lowerRun = 0;
        capRun++;
        // ("Công ty CP Hoàng Anh Nguyễn Văn An": an address word that is also a given name's syllable, right after a
        // capitalized syllable of the name, is the name's last syllable, not the holder's address.)
        const nameSyllable = ctx.lex.givenNames.has(t.key) && tokens[k - 1]!.kind === "w" && tokens[k - 1]!.cap && isVietnameseSyllable(tokens[k - 1]!.key);
        // ("Sở KH-CN", "Sở VH-TT-DL": a part glued after a hyphen is the abbreviation's, not a title or an address word.)
        if (k > j && !gluedPart(tokens, k) && (has(ctx, k, "title") || levelWithPlaceAt(ctx, k) || (has(ctx, k, "address") && !nameSyllable && !has(ctx, k, "orgHead") && !has(ctx, k, "org")))) break;
        // A person's name glued after the organization: "… Đèo Cả Nguyễn Văn A", or a foreign one
        // after a Vietnamese name: "Đảng Công Minh Natsuo Yamaguchi".
        // ("Vụ Châu Á-Thái Bình Dương Bộ Ngoại giao": not a surname that ends a place begun before it.)
        // ("Trường Đại học Phan Châu Trinh": not the second syllable of a full name the body is named after.)
        if (k > j && ctx.lex.surnames.has(t.key) && !has(ctx, k, "place") && isProperLike(tokens[k + 1]) && nameStartsHere(ctx, k) && !placeEndsAt(ctx, j, k) && !namedAfterFullName(ctx, j, k)) break;
        // "Tập đoàn Hyosung Cho Hyun-joon": a name in two capitalized words, the second glued by a hyphen to a
        // lower-case syllable (a romanized Korean or Chinese given name), is the holder's after the body.
        if (k > j && romanizedNameAt(ctx, k)) break;
        // (`cityLast`, where no title came before: one foreign word that ends a name going on in lower case is
        // the city it is named after, "Đại học Kỹ thuật Magdeburg"; after a title it is the holder, "Cục Lễ tân Philatov".)
        if (k > j && foreignAfterVietnamese(ctx, k) && !has(ctx, k, "place") && !(cityLast && sawLower && !isProperLike(tokens[k + 1]) && !(tokens[k + 1]?.key === "-" && !tokens[k + 1]!.spaceBefore))) break;
      }
      k++;
      end = k;
      continue;
    }
    // "… Chi nhánh quận 9": a number after a level word ends the name.
    if (t.kind === "n" && k > j && t.key.length <= 3 && has(ctx, k - 1, "level") && !t.lineBreakBefore) {
      k++;
      end = k;
      break;
    }
    // "Thi đua - Khen thưởng", "GD&ĐT": a joiner between two words stays inside.
    // ("Viện Kỹ thuật quân sự - Bộ Quốc phòng": a spaced dash before another body's head or name ends it.)
    // ("Báo Cứu quốc - Cơ quan ngôn luận …": nor before a description of the body, data/org-name-words.tsv "apposition".)
    if (t.key === "-" && t.spaceBefore && isProperLike(tokens[k + 1]) && (ctx.kindsAt(k + 1) & (KIND_BIT.org | KIND_BIT.orgHead) || orgWordEnd(ctx, k + 1, "apposition") > 0)) break;
    // ("Hội Hữu nghị Việt Nam - Cu-ba": a known place written with glued hyphens is one word of the name.)
    if (t.key === "-" && !t.spaceBefore && k > j && tokens[k + 1]?.kind === "w" && !tokens[k + 1]!.spaceBefore && !tokens[k + 1]!.cap && longest(ctx, k - 1, "place", (_e, e2) => e2 === k + 2)) {
      k += 2;
      end = k;
      continue;
    }
    if ((t.key === "-" || t.key === "&") && tokens[k + 1]?.kind === "w" && !tokens[k + 1]!.lineBreakBefore) {
      k++;
      continue;
    }
    break;
  }
  return end;
}

/** Token k is a part of an abbreviation glued after a hyphen or "&" ("KH-CN", "VH-TT&DL"): no space on either side. */
function gluedPart(tokens: ScanContext["tokens"], k: number): boolean {
  const prev = tokens[k - 1];
  return !!prev && (prev.key === "-" || prev.key === "&") && !prev.spaceBefore && !tokens[k]!.spaceBefore && tokens[k - 2]?.kind === "w";
}

/**
 * A party's name ("Dân chủ Tự do", "Hành động Nhân dân Singapore", "Cộng hòa"): every word capitalized on its
 * first syllable, so a lower-case syllable only ever follows a capitalized Vietnamese one ("Cộng hòa"); two
 * lower-case syllables in a row, or one after a foreign word, are the sentence going on ("Đảng Cộng hòa tranh
 * cãi", "… Singapore cầm quyền"). Where it ends (j when there is none).
 */
export function partyNameRun(ctx: ScanContext, j: number, max = 10): number {
  const { tokens } = ctx;
  let k = j;
  while (k < tokens.length && k - j < max) {
    const t = tokens[k]!;
    if (ctx.inDate[k] || (k > j && t.lineBreakBefore) || t.kind !== "w" || termWordAt(ctx, k)) break;
    if (k > j && has(ctx, k, "title")) break;
    if (!isProperLike(t)) {
      const prev = tokens[k - 1]!;
      const stop = STOP.has(t.key) && !COMPOUND.has(`${prev.key} ${t.key}`);
      if (k === j || stop || endsOrgName(ctx, k) || prev.allCaps || !isVietnameseSyllable(prev.key)) break;
      // Lower-case words written in lower case go on only into a capitalized word ("Hành động nhân dân Singapore").
      if (!isProperLike(prev) && !lowerRunLeadsToName(ctx, k)) break;
    } else if (k > j && (has(ctx, k, "place") || foreignAfterVietnamese(ctx, k) || (ctx.lex.surnames.has(t.key) && isProperLike(tokens[k + 1]) && !tokens[k + 1]!.lineBreakBefore))) {
      break; // the party's country ("Đảng Dân chủ Tự do Nhật Bản": read after it) or a person's name ("Đảng Công Minh Natsuo Yamaguchi")
    }
    k++;
  }
  return k;
}

/** Lower-case words from k (two at most, no function word) followed by a capitalized word on the line. */
function lowerRunLeadsToName(ctx: ScanContext, k: number): boolean {
  for (let n = k; n < k + 3; n++) {
    const t = ctx.tokens[n];
    if (!t || t.kind !== "w" || (n > k && t.lineBreakBefore)) return false;
    if (isProperLike(t)) return n > k && !has(ctx, n, "title");
    if (STOP.has(t.key) || endsOrgName(ctx, n)) return false;
  }
  return false;
}

const BRAND_LETTERS_RE = /^[A-ZĐ]{2,5}$/u;

/**
 * "MB Phạm Như Ánh", "VietBank Nguyễn Văn An", "CK Hutchison Lý Gia Thành": a company's short name the gazetteer does not
 * know at k (2–5 capitals, maybe with one capitalized foreign word after them, or one mixed-case foreign word), right
 * before a Vietnamese full name (a surname, then a Vietnamese syllable): where that short name ends, else -1. The caller
 * limits it to business titles and boards ("CSGT Nguyễn Văn An" after "Giám đốc" is no company).
 */
export function brandBeforeFullName(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t || t.kind !== "w" || !t.cap || t.lineBreakBefore || t.capsLine || !t.spaceBefore) return -1;
  if (has(ctx, k, "place") || has(ctx, k, "title") || has(ctx, k, "org") || has(ctx, k, "surname") || has(ctx, k, "address")) return -1;
  const letters = t.allCaps && BRAND_LETTERS_RE.test(t.cased);
  const mixed = !t.allCaps && !isVietnameseSyllable(t.key) && t.cased.slice(1) !== t.key.slice(1);
  if (!letters && !mixed) return -1;
  const second = tokens[k + 1];
  const two = letters && !!second && second.kind === "w" && second.cap && !second.allCaps && second.spaceBefore && !isVietnameseSyllable(second.key) && !has(ctx, k + 1, "place") && !has(ctx, k + 1, "title");
  const end = two ? k + 2 : k + 1;
  const name = tokens[end + 1];
  if (!fullNameStartsAt(ctx, end) || !name || name.kind !== "w" || !isVietnameseSyllable(name.key)) return -1;
  return end;
}

/**
 * "Ông Đinh Công Sứ, Phó Chủ tịch …", "ông Đinh Công Sứ giữ chức …": right after a capitalized surname (and at most one
 * more syllable), the title at [i, end) of two syllables or more, every syllable capitalized (prose writes "Công sứ",
 * "Đại tá"), whose last syllable is a given name and after which the name ends (punctuation, a lower-case word), is
 * the rest of a name, not a title.
 */
export function titleSpelledAsName(ctx: ScanContext, i: number, end: number): boolean {
  const { tokens, lex } = ctx;
  const after = tokens[end];
  if (end - i < 2 || tokens[i]!.capsLine || (after && ((after.kind === "w" && after.cap) || after.kind === "n"))) return false;
  let s = i - 1;
  if (s >= 0 && !lex.surnames.has(tokens[s]!.key)) s--;
  if (s < 0 || !lex.surnames.has(tokens[s]!.key) || end - s > 4) return false;
  for (let x = s; x < end; x++) {
    const t = tokens[x]!;
    if (t.kind !== "w" || !t.cap || t.allCaps || (x > s && (t.lineBreakBefore || !t.spaceBefore))) return false;
  }
  return lex.givenNames.has(tokens[end - 1]!.key);
}
