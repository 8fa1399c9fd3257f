import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { eventLines, holdsWithStatus } from "../helpers";

/** Events with who decided; holdings with their status (test/helpers.ts). */
const events = (text: string, referenceDate?: string): string[] => eventLines(text, referenceDate, true);
const holds = holdsWithStatus;

describe("a promotion 'từ R1 lên R2' with its holders named after it leaves R1 for each (holds.ts promotedFrom)", () => {
  it.each([
    // The holder after "cho" / "đối với": the old rank is held and left.
    [
      "Chủ tịch nước trao quyết định thăng quân hàm từ Trung tướng lên Thượng tướng cho ông Đặng Văn Khiêm, Thứ trưởng Bộ Quốc phòng.",
      ["Đặng Văn Khiêm | Thượng tướng current", "Đặng Văn Khiêm | Thứ trưởng Bộ Quốc phòng current", "Đặng Văn Khiêm | Trung tướng former"],
    ],
    // Lower-case ranks, police ranks.
    [
      "Chủ tịch nước trao quyết định thăng cấp bậc hàm từ thượng tướng lên đại tướng đối với ông Lò Minh Sơn, Bộ trưởng Bộ Công an.",
      ["Lò Minh Sơn | Bộ trưởng Bộ Công an current", "Lò Minh Sơn | thượng tướng former", "Lò Minh Sơn | đại tướng current"],
    ],
    // A list after "gồm:", each name with its post: each holder left the old rank.
    [
      "Các sĩ quan được thăng quân hàm từ Đại tá lên Thiếu tướng gồm: Hà Văn Tuấn, Chỉ huy trưởng Bộ CHQS tỉnh Nam Định; Mạc Văn Lộc, Chỉ huy trưởng Bộ CHQS tỉnh Hà Nam.",
      [
        "Hà Văn Tuấn | Chỉ huy trưởng Bộ CHQS tỉnh Nam Định current",
        "Hà Văn Tuấn | Thiếu tướng current",
        "Hà Văn Tuấn | Đại tá former",
        "Mạc Văn Lộc | Chỉ huy trưởng Bộ CHQS tỉnh Hà Nam current",
        "Mạc Văn Lộc | Thiếu tướng current",
        "Mạc Văn Lộc | Đại tá former",
      ],
    ],
    // The holder before, as already read: one link for the old rank, not two.
    ["Đại tá Vi Văn Long được thăng quân hàm từ Đại tá lên Thiếu tướng.", ["Vi Văn Long | Thiếu tướng current", "Vi Văn Long | Đại tá former"]],
    // No "từ": the rank before "lên" is no rank left ("Thiếu tướng X lên phát biểu" stays as it was).
    ["Thiếu tướng Nông Văn Thạch lên phát biểu.", ["Nông Văn Thạch | Thiếu tướng current"]],
  ])("%s", (text, expected) => expect(holds(text)).toEqual([...expected].sort()));
});

describe("an obituary's titles all end at the death its pronoun tells in the same sentence (tenure-events.ts clauseSubject)", () => {
  it.each([
    [
      "Ban Bảo vệ sức khỏe cán bộ Trung ương thông báo ông Tạ Văn Hiển, sinh năm 1938, nguyên Ủy viên Bộ Chính trị, nguyên Phó Thủ tướng Chính phủ, sau một thời gian lâm bệnh, do tuổi cao, sức yếu, ông đã từ trần tại nhà riêng.",
      ["death: Tạ Văn Hiển | Ủy viên Bộ Chính trị", "death: Tạ Văn Hiển | Phó Thủ tướng Chính phủ"],
    ],
    // Another person named in the clause before the pronoun: whose death it is is not said.
    ["Ông Tạ Văn Hiển, nguyên Phó Thủ tướng Chính phủ, cho biết bà Lê Thị Mai sau thời gian lâm bệnh, bà đã từ trần.", []],
  ])("%s", (text, expected) => expect(events(text)).toEqual(expected));
});

describe("headlines on their own lines each give their event (a title on the next line is no event's object)", () => {
  it.each([
    [
      "Nguyên Trưởng Ban Tổ chức Trung ương Mạc Văn Dũng từ trần\n\nNguyên Ủy viên Bộ Chính trị Mạc Văn Dũng từ trần",
      ["death: Mạc Văn Dũng | Trưởng Ban Tổ chức Trung ương", "death: Mạc Văn Dũng | Ủy viên Bộ Chính trị"],
    ],
    // On one line the title after the event word is its object, as before.
    ["Ông Mạc Văn Dũng, Phó Chủ tịch UBND tỉnh, thôi giữ chức Giám đốc Sở Tài chính.", ["dismissal: Mạc Văn Dũng | Giám đốc Sở Tài chính"]],
  ])("%s", (text, expected) => expect(events(text)).toEqual(expected));
});

describe("a decision 'đối với' a list of pairs of a name and its title is each one's (tenure-events.ts targetBeforePairs)", () => {
  it.each([
    [
      "Thủ tướng đã ký quyết định nghỉ hưu theo chế độ đối với ông Hồ Văn Quý, Thứ trưởng Bộ Công Thương; ông Lò Văn Danh, Thứ trưởng Bộ Xây dựng.",
      ["retirement: Hồ Văn Quý | Thứ trưởng Bộ Công Thương by Thủ tướng", "retirement: Lò Văn Danh | Thứ trưởng Bộ Xây dựng by Thủ tướng"],
    ],
    // The sentence going on after the last title: the later names are not read into the decision.
    [
      "Thủ tướng đã ký quyết định nghỉ hưu theo chế độ đối với ông Hồ Văn Quý, Thứ trưởng Bộ Công Thương; ông Lò Văn Danh, Thứ trưởng Bộ Xây dựng, dự họp.",
      ["retirement: Hồ Văn Quý | Thứ trưởng Bộ Công Thương by Thủ tướng"],
    ],
  ])("%s", (text, expected) => expect(events(text)).toEqual(expected));
});

/** "post → organization" for every `of` relation, sorted. */
function ofs(text: string, referenceDate = "2025-06-01"): string[] {
  const g = extract(text, { referenceDate });
  const name = (id: string | undefined) => g.entities.find((e) => e.id === id)?.name;
  return g.relations
    .filter((r) => r.type === "of")
    .map((r) => `${name(r.from)} → ${name(r.to)}`)
    .sort();
}

describe("a bare body's province is not one named in the next paragraph when one was named before (name-entities.ts nearestAround)", () => {
  it.each([
    [
      "Đại hội Đảng bộ tỉnh Bình Thuận đã bầu Ban Chấp hành khóa mới. Bà Trần Thị Yến và ông Đặng Văn Trình (Chủ tịch UBND tỉnh) tái đắc cử phó bí thư Tỉnh ủy.\n\nChiều 22-10, Đại hội đại biểu Đảng bộ tỉnh Long An bế mạc.",
      ["Chủ tịch UBND tỉnh → UBND tỉnh Bình Thuận", "phó bí thư Tỉnh ủy → Tỉnh ủy Bình Thuận"],
    ],
    // In one paragraph the nearer place after it is still its own.
    ["Ông Đặng Văn Trình, Chủ tịch UBND tỉnh, cho biết tỉnh Long An sẽ xây cầu. Trước đó, tỉnh Bình Thuận đã làm.", ["Chủ tịch UBND tỉnh → UBND tỉnh Long An"]],
  ])("%s", (text, expected) => expect(ofs(text)).toEqual([...expected].sort()));
});

describe("a deputy post left for another deputy post of the same body (tenure-career.ts markDeputyMoved)", () => {
  it.each([
    [
      "Thủ tướng bổ nhiệm Thiếu tướng Vi Văn Thế, Phó Tham mưu trưởng Quân khu 7 giữ chức Phó Tư lệnh Quân khu 7.",
      ["Vi Văn Thế | Phó Tham mưu trưởng Quân khu 7 former", "Vi Văn Thế | Phó Tư lệnh Quân khu 7 current", "Vi Văn Thế | Thiếu tướng current"],
    ],
    [
      "Đại tá Mạc Văn Hương, Phó Chủ nhiệm Chính trị Quân khu 5 được Thủ tướng bổ nhiệm giữ chức Phó Chính ủy Quân khu 5.",
      ["Mạc Văn Hương | Phó Chủ nhiệm Chính trị Quân khu 5 former", "Mạc Văn Hương | Phó Chính ủy Quân khu 5 current", "Mạc Văn Hương | Đại tá current"],
    ],
    // Another body's deputy post: nothing says it was left.
    [
      "Ông Lò Văn Hương, Phó Bí thư Tỉnh ủy Nam Định được bầu giữ chức Phó Chủ tịch UBND tỉnh Nam Định.",
      ["Lò Văn Hương | Phó Bí thư Tỉnh ủy Nam Định current", "Lò Văn Hương | Phó Chủ tịch UBND tỉnh Nam Định current"],
    ],
  ])("%s", (text, expected) => expect(holds(text)).toEqual([...expected].sort()));
});

describe("a plural title's list opened by 'gồm các ông, bà:' (holds.ts pluralTitles)", () => {
  it.each([
    [
      "5 Phó Chủ tịch Quốc hội gồm các ông, bà: Đàm Văn Chiến, Lò Đức Hải, Hà Thị Thanh.",
      ["Hà Thị Thanh | Phó Chủ tịch Quốc hội current", "Lò Đức Hải | Phó Chủ tịch Quốc hội current", "Đàm Văn Chiến | Phó Chủ tịch Quốc hội current"],
    ],
    // Words other than list words and address words between: no list.
    ["5 Phó Chủ tịch Quốc hội đã gặp ông, bà con: Đàm Văn Chiến, Lò Đức Hải.", []],
  ])("%s", (text, expected) => expect(holds(text)).toEqual([...expected].sort()));
});

/** "person | post [term]" for every `holds`, sorted. */
function terms(text: string, referenceDate = "2025-06-01"): string[] {
  const g = extract(text, { referenceDate });
  const name = (id: string | undefined) => g.entities.find((e) => e.id === id)?.name;
  return g.relations
    .filter((r) => r.type === "holds")
    .map((r) => `${name(r.from)} | ${name(r.to)} [${r.type === "holds" ? (r.term ?? "") : ""}]`)
    .sort();
}

describe("terms in a biography's list of seats (recognizers/terms.ts)", () => {
  it.each([
    // "Khóa" capitalized is a term word, never a name ("Khóa X" no person, "Đảng Khóa IX" no party).
    [
      "Ông Phùng Văn Tâm là Ủy viên Bộ Chính trị Khóa X; Bí thư Trung ương Đảng Khóa IX, X; đại biểu Quốc hội Khóa VIII, XI.",
      ["Phùng Văn Tâm | Bí thư Trung ương Đảng [IX, X]", "Phùng Văn Tâm | Ủy viên Bộ Chính trị [X]", "Phùng Văn Tâm | đại biểu Quốc hội [VIII, XI]"],
    ],
    // A count of terms with the terms in parentheses; an alternate's seat in parentheses inside the terms.
    [
      "Ông Đàm Văn Chiến là Ủy viên Trung ương 4 khóa (X - dự khuyết, XI, XII, XIII); đại biểu Quốc hội khóa XIII, XIV.",
      ["Đàm Văn Chiến | Ủy viên Trung ương [X, XI, XII, XIII]", "Đàm Văn Chiến | đại biểu Quốc hội [XIII, XIV]"],
    ],
    ["Ông Đàm Văn Chiến là Ủy viên Trung ương Đảng khóa VI (dự khuyết), VII, VIII.", ["Đàm Văn Chiến | Ủy viên Trung ương Đảng [VI, VII, VIII]"]],
  ])("%s", (text, expected) => expect(terms(text)).toEqual([...expected].sort()));
});

describe("the State President's title as commander of the armed forces (titles.tsv)", () => {
  it.each([
    [
      "Chủ tịch nước Lạc Văn An, Chủ tịch Hội đồng Quốc phòng và An ninh, Thống lĩnh các lực lượng vũ trang chủ trì buổi lễ.",
      ["Lạc Văn An | Chủ tịch Hội đồng Quốc phòng và An ninh current", "Lạc Văn An | Chủ tịch nước current", "Lạc Văn An | Thống lĩnh các lực lượng vũ trang current"],
    ],
  ])("%s", (text, expected) => expect(holds(text)).toEqual([...expected].sort()));
});

describe("names joined by 'và', each with its title in parentheses, before the verb share its post (holds.ts coordinatedSubjects)", () => {
  it.each([
    [
      "Bà Hứa Thị Yến (Phó Bí thư nhiệm kỳ trước) và ông Đinh Văn Trình (Chủ tịch UBND tỉnh Long An) tái đắc cử phó bí thư Tỉnh ủy Long An.",
      ["election: Đinh Văn Trình | phó bí thư Tỉnh ủy Long An", "election: Hứa Thị Yến | phó bí thư Tỉnh ủy Long An"],
    ],
    ["Ông Lò Văn An và ông Đinh Văn Trình (Chủ tịch UBND tỉnh Long An) được bầu làm Phó Bí thư Tỉnh ủy Long An.", ["election: Đinh Văn Trình | Phó Bí thư Tỉnh ủy Long An", "election: Lò Văn An | Phó Bí thư Tỉnh ủy Long An"]],
    // The parentheses followed by a comma: an appositive, no verb; nothing is shared.
    ["Ông Lò Văn An và ông Đinh Văn Trình (Chủ tịch UBND tỉnh Long An), Phó Bí thư Tỉnh ủy Long An, dự họp.", []],
  ])("%s", (text, expected) => expect(events(text).sort()).toEqual([...expected].sort()));
});

describe("the province after a hometown's district is no bare body's place (name-entities.ts homeBefore)", () => {
  it.each([
    [
      "Đại hội Đảng bộ tỉnh Bình Thuận đã bầu Ban Chấp hành. Ông Lê Văn Hòa sinh năm 1964, quê quán huyện Cần Đước, Long An. Ông Đặng Văn Trình (Chủ tịch UBND tỉnh) tái đắc cử phó bí thư Tỉnh ủy.",
      ["Chủ tịch UBND tỉnh → UBND tỉnh Bình Thuận", "phó bí thư Tỉnh ủy → Tỉnh ủy Bình Thuận"],
    ],
    // A place after a comma that follows no hometown is a place named as before.
    ["Đoàn công tác đến huyện Cần Đước, Long An. Ông Đặng Văn Trình, Chủ tịch UBND tỉnh, tiếp đoàn.", ["Chủ tịch UBND tỉnh → UBND tỉnh Long An"]],
  ])("%s", (text, expected) => expect(ofs(text)).toEqual([...expected].sort()));
});

describe("a retirement told before a list word and pairs of a name and its title is each one's (tenure-events.ts ownStepBeforePairs)", () => {
  it.each([
    [
      "Các cán bộ nghỉ hưu từ ngày 1/6/2014 gồm ông Hồ Văn Quý, Thứ trưởng Bộ Công Thương; ông Lò Văn Danh, Chủ tịch Hội đồng thành viên Tập đoàn Dệt may Việt Nam.",
      ["retirement: Hồ Văn Quý | Thứ trưởng Bộ Công Thương", "retirement: Lò Văn Danh | Chủ tịch Hội đồng thành viên Tập đoàn Dệt may Việt Nam"],
    ],
    // Not a step of their own before the list word: nothing happened to them.
    ["Những người dự họp gồm ông Hồ Văn Quý, Thứ trưởng Bộ Công Thương; ông Lò Văn Danh, Thứ trưởng Bộ Xây dựng.", []],
    // The sentence going on after the pairs: not a list of those who retired.
    ["Các cán bộ nghỉ hưu gồm ông Hồ Văn Quý, Thứ trưởng Bộ Công Thương; ông Lò Văn Danh, Thứ trưởng Bộ Xây dựng, đã dự lễ.", []],
  ])("%s", (text, expected) => expect(events(text)).toEqual(expected));
});

describe("a bare military office in a 'kiêm' chain is of the command its next title names (office-rules.tsv body_in_context)", () => {
  it.each([
    [
      "Thiếu tướng Lò Văn Thế, Phó Tư lệnh kiêm Tham mưu trưởng Bộ Tư lệnh Thành phố Hồ Chí Minh phát biểu.",
      ["Phó Tư lệnh → Bộ Tư lệnh Thành phố Hồ Chí Minh", "Tham mưu trưởng Bộ Tư lệnh Thành phố Hồ Chí Minh → Bộ Tư lệnh Thành phố Hồ Chí Minh"],
    ],
    ["Đại tá Lò Văn Hùng, Phó Chính ủy kiêm Chủ nhiệm Chính trị Quân khu 9 dự lễ.", ["Phó Chính ủy → Quân khu 9", "Chủ nhiệm Chính trị Quân khu 9 → Quân khu 9"]],
  ])("%s", (text, expected) => expect(ofs(text)).toEqual([...expected].sort()));
});

describe("a sentence of titles alone after an obituary's profile fields lists the profile's person's posts (holds.ts profileTitles)", () => {
  it.each([
    [
      "Đồng chí Mạc Văn Tâm, sinh ngày 14 tháng 4 năm 1944; quê quán: xã Đông Hội, huyện Đông Anh.\n\nTham gia công tác từ năm 1967; vào Đảng ngày 19 tháng 12 năm 1967. Uỷ viên Bộ Chính trị các khoá VIII, IX; tham gia Thường trực Bộ Chính trị khoá VIII; Chủ tịch Quốc hội khoá XI, XII.",
      ["Mạc Văn Tâm | Chủ tịch Quốc hội unknown", "Mạc Văn Tâm | Thường trực Bộ Chính trị unknown", "Mạc Văn Tâm | Ủy viên Bộ Chính trị unknown"],
    ],
    // Two persons named before: whose posts they are is not said.
    ["Ông Mạc Văn Tâm và ông Lò Văn Hải sinh năm 1944. Ủy viên Bộ Chính trị khóa VIII.", []],
    // No profile before: a title opening a sentence is read as before.
    ["Ông Mạc Văn Tâm dự họp. Ủy viên Bộ Chính trị khóa VIII.", []],
  ])("%s", (text, expected) => expect(holds(text)).toEqual([...expected].sort()));
});

describe("a post a profile lists with a term of years that ended before the article is former (holdings.ts termEnded)", () => {
  it.each([
    [
      "Đồng chí Mạc Văn Tâm, sinh ngày 14 tháng 4 năm 1944. Uỷ viên Bộ Chính trị các khoá VIII, IX; Chủ tịch nước nhiệm kỳ 2016 - 2021.",
      ["Mạc Văn Tâm | Chủ tịch nước former", "Mạc Văn Tâm | Ủy viên Bộ Chính trị unknown"],
    ],
  ])("%s", (text, expected) => expect(holds(text, "2024-07-20")).toEqual([...expected].sort()));
});

describe("a plural title's list whose names carry their own titles in parentheses (holds.ts pluralTitles)", () => {
  it.each([
    [
      "Các Phó Chủ tịch gồm: ông Vương Văn Thạch (Giám đốc Sở Tài chính) và ông Lò Văn Kiệt (Giám đốc Sở Xây dựng).",
      ["Lò Văn Kiệt | Giám đốc Sở Xây dựng current", "Lò Văn Kiệt | Phó Chủ tịch current", "Vương Văn Thạch | Giám đốc Sở Tài chính current", "Vương Văn Thạch | Phó Chủ tịch current"],
    ],
  ])("%s", (text, expected) => expect(holds(text)).toEqual([...expected].sort()));
});

describe("a sentence of titles alone after a profile's fields is the profiled person's (holds.ts profileTitles)", () => {
  it.each([
    // A degree's field is no person's name ("TS Luật"), and the degree is a profile field; a term's date in parentheses.
    [
      "Ông Lê Hoài Nam sinh năm 1961, quê ở Huế. Ông là TS Luật, ThS Luật quốc tế. Ủy viên Trung ương Đảng khóa XII, XIII; Bí thư Trung ương Đảng khóa XIII (từ 10/2023); Đại biểu Quốc hội khóa XV.",
      ["Lê Hoài Nam | Bí thư Trung ương Đảng unknown", "Lê Hoài Nam | Đại biểu Quốc hội unknown", "Lê Hoài Nam | Ủy viên Trung ương Đảng unknown"],
    ],
    // The profile opens with the name: names in the sentences before it are of another story.
    [
      "Các ông Lê Hoài Nam và Đỗ Văn Bình vừa nhận quyết định. Ông Lê Hoài Nam sinh năm 1961; quê quán: Huế. Ủy viên Trung ương Đảng khóa XIII; Đại biểu Quốc hội khóa XV.",
      ["Lê Hoài Nam | Đại biểu Quốc hội unknown", "Lê Hoài Nam | Ủy viên Trung ương Đảng unknown"],
    ],
    // Two people in the profile's sentences: no one's.
    ["Ông Lê Hoài Nam và ông Đỗ Văn Bình sinh năm 1961, quê ở Huế. Ủy viên Trung ương Đảng khóa XIII.", []],
  ])("%s", (text, expected) => expect(holds(text)).toEqual(expected));
});

describe("an event word whose cue ends inside 'chức danh' gives the title after it, not the holder's appositive (tenure-events.ts)", () => {
  it.each([
    [
      "Ông Nguyễn Văn Thành, Phó Chủ tịch Thường trực UBND TP. Huế được HĐND TP. Huế bầu giữ chức danh Chủ tịch UBND Thành phố.",
      ["election: Nguyễn Văn Thành | Chủ tịch UBND Thành phố by HĐND TP. Huế"],
    ],
    ["Ông Lê Văn Hòa, Phó Giám đốc Sở Y tế được UBND tỉnh bổ nhiệm giữ chức vụ Giám đốc Sở Y tế.", ["appointment: Lê Văn Hòa | Giám đốc Sở Y tế by UBND tỉnh"]],
  ])("%s", (text, expected) => expect(events(text)).toEqual(expected));
});

describe("clauses after ';' that give a post with the verb alone share the first clause's decision, also after titles in parentheses (tenure-events.ts parallelDecision)", () => {
  it.each([
    [
      "Theo đó, ông Lê Văn Trung (quyền Bộ trưởng Ngoại giao) được phê chuẩn bổ nhiệm giữ chức Bộ trưởng Bộ Ngoại giao; ông Đỗ Văn Bình (Thứ trưởng Thường trực Bộ Nội vụ) giữ chức Bộ trưởng Bộ Nội vụ.",
      ["approval: Lê Văn Trung | Bộ trưởng Bộ Ngoại giao", "approval: Đỗ Văn Bình | Bộ trưởng Bộ Nội vụ"],
    ],
    // A clause of its own that tells no decision ("vẫn làm") stays without one.
    [
      "Theo đó, ông Lê Văn Trung được phê chuẩn bổ nhiệm giữ chức Bộ trưởng Bộ Ngoại giao; ông Đỗ Văn Bình (Thứ trưởng Bộ Nội vụ) vẫn làm Thứ trưởng Bộ Nội vụ.",
      ["approval: Lê Văn Trung | Bộ trưởng Bộ Ngoại giao"],
    ],
  ])("%s", (text, expected) => expect(events(text).map((e) => e.replace(/ by .*/, ""))).toEqual(expected));
});
