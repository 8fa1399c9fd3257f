import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

/** "type: person | post [by authority]" for every personnel event, in order. */
function events(text: string, referenceDate = "2025-06-01"): string[] {
  const g = extract(text, { referenceDate });
  const name = (id: string | undefined) => g.entities.find((e) => e.id === id)?.name;
  return g.events.map((e) => [`${e.type}: ${name(e.person)} | ${name(e.position)}`, e.authority && `by ${name(e.authority)}`].filter(Boolean).join(" "));
}

/** "post → organization" for every `of` relation, and "person | post status" for every `holds`, sorted. */
function edges(text: string, referenceDate = "2025-06-01"): string[] {
  const g = extract(text, { referenceDate });
  const name = (id: string | undefined) => g.entities.find((e) => e.id === id)?.name;
  return g.relations
    .map((r) => (r.type === "of" ? `of ${name(r.from)} → ${name(r.to)}` : `${name(r.from)} | ${name(r.to)}${r.type === "holds" && r.status ? ` ${r.status}` : ""}`))
    .sort();
}

describe("a task handed to a post's holder is no appointment (grammar-words.tsv task-verb)", () => {
  it.each([
    // "giao" right before a title and its holder, the sentence ending after the name: the director is given a task.
    ["Sở Giáo dục đã giao Hiệu trưởng Trường THPT Chu Văn An Đỗ Thị Hằng.", []],
    ["UBND huyện giao Trưởng phòng Tài chính Lê Văn Sỹ.", []],
    // The same after the name and its title ("giao ông X, T."); "phân công" likewise.
    ["UBND tỉnh đã giao ông Vương Đình Khải, Giám đốc Sở Xây dựng.", []],
    ["Chủ tịch UBND tỉnh phân công Phó Chủ tịch UBND tỉnh Ninh Văn Tấn.", []],
    // A decision that gives a post keeps its reading ("bổ nhiệm lại Thứ trưởng X.", "giao ông X giữ chức T").
    ["Thủ tướng bổ nhiệm lại Thứ trưởng Bộ Nội vụ Tạ Văn Quang.", ["appointment: Tạ Văn Quang | Thứ trưởng Bộ Nội vụ by Thủ tướng"]],
    ["UBND tỉnh giao ông Khúc Văn Định giữ chức Giám đốc Sở Tư pháp.", ["appointment: Khúc Văn Định | Giám đốc Sở Tư pháp by UBND tỉnh"]],
  ])("%s", (text, expected) => expect(events(text)).toEqual(expected));
});

describe("a bare title after a foreign leader's is that leader's post, not Việt Nam's", () => {
  it.each([
    // "Cùng đi với Thủ tướng": the visiting prime minister's post, no "of" to Việt Nam's Chính phủ.
    [
      "Thủ tướng Campuchia Hun Manet đến Hà Nội. Cùng đi với Thủ tướng có Phó Thủ tướng Sun Chanthol.",
      ["Hun Manet | Thủ tướng Campuchia current", "Sun Chanthol | Phó Thủ tướng current", "of Phó Thủ tướng → Chính phủ Campuchia", "of Thủ tướng Campuchia → Chính phủ Campuchia"],
    ],
    // A foreign leader written with no country, only foreigners holding the title: no body either.
    ["Đoàn Lào do Thủ tướng Sonexay Siphandone dẫn đầu. Cùng đi với Thủ tướng có nhiều quan chức.", ["Sonexay Siphandone | Thủ tướng current"]],
    // Việt Nam's own prime minister named before: his post, with its body.
    ["Thủ tướng Phạm Văn Thành tiếp Đại sứ Lào. Thủ tướng đề nghị hai bên hợp tác.", ["Phạm Văn Thành | Thủ tướng current", "of Thủ tướng → Chính phủ", "of Đại sứ Lào → Đại sứ quán Lào"]],
    // The bare title opening its clause, or in the foreign leader's own sentence: Việt Nam's (the host).
    ["Thủ tướng Lào Sonexay Siphandone đến Hà Nội. Thủ tướng chủ trì lễ đón.", ["Sonexay Siphandone | Thủ tướng Lào current", "of Thủ tướng Lào → Chính phủ Lào", "of Thủ tướng → Chính phủ"]],
    ["Nhận lời mời của Thủ tướng Lào Sonexay Siphandone, Thủ tướng đã thăm Lào.", ["Sonexay Siphandone | Thủ tướng Lào current", "of Thủ tướng Lào → Chính phủ Lào", "of Thủ tướng → Chính phủ"]],
    // Another paragraph: the bare title is Việt Nam's again.
    ["Thủ tướng Lào Sonexay Siphandone đến Hà Nội.\nTheo chỉ đạo của Thủ tướng, các bộ rà soát dự án.", ["Sonexay Siphandone | Thủ tướng Lào current", "of Thủ tướng Lào → Chính phủ Lào", "of Thủ tướng → Chính phủ"]],
  ])("%s", (text, expected) => expect(edges(text)).toEqual(expected));
});

describe("a promotion in rank leaves the old rank (link-cues.tsv 'lên'; tenure-career.ts)", () => {
  it.each([
    // "từ R1 lên R2": R2 held now, R1 left.
    ["Đồng chí Hoàng Văn Lực được thăng quân hàm từ Đại tá lên Thiếu tướng.", ["Hoàng Văn Lực | Thiếu tướng current", "Hoàng Văn Lực | Đại tá former"]],
    ["Ông Vi Văn Sáng được thăng cấp bậc hàm lên Thượng tá.", ["Vi Văn Sáng | Thượng tá current"]],
    // The rank given "cho" the holder, the address word of two syllables passed over; the rank before the name left.
    ["Chủ tịch nước thăng quân hàm Thượng tướng cho đồng chí Lò Văn Pháo.", ["Lò Văn Pháo | Thượng tướng current", "of Chủ tịch nước → Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam"]],
    ["Bộ trưởng quyết định thăng cấp bậc hàm Đại tá đối với Thượng tá Cầm Văn Hiệp.", ["Cầm Văn Hiệp | Thượng tá former", "Cầm Văn Hiệp | Đại tá current"]],
    // No promotion: "lên" before no title says nothing of a rank left; one after a post moves up from it.
    ["Thiếu tướng Nông Văn Thạch lên phát biểu.", ["Nông Văn Thạch | Thiếu tướng current"]],
    ["Ông Mai Văn Chiến, Phó Giám đốc Sở Y tế, lên Giám đốc Sở Y tế.", ["Mai Văn Chiến | Phó Giám đốc Sở Y tế former", "Mai Văn Chiến | Giám đốc Sở Y tế current", "of Phó Giám đốc Sở Y tế → Sở Y tế", "of Giám đốc Sở Y tế → Sở Y tế"]],
  ])("%s", (text, expected) => expect(edges(text).sort()).toEqual([...expected].sort()));
});

describe("a decision before a list of names, each with its title, is each one's (tenure-events.ts pairs)", () => {
  it.each([
    [
      "Giám đốc Sở Nội vụ quyết định bổ nhiệm lại ông Trịnh Văn Cần, Trưởng phòng Công chức và bà Lã Thị Nhung, Chánh Thanh tra Sở.",
      ["appointment: Trịnh Văn Cần | Trưởng phòng Công chức by Giám đốc Sở Nội vụ", "appointment: Lã Thị Nhung | Chánh Thanh tra Sở by Giám đốc Sở Nội vụ"],
    ],
    [
      "HĐND huyện đã miễn nhiệm ông Âu Văn Tình, Phó Chủ tịch UBND huyện; bà Đinh Thị Nụ, Ủy viên UBND huyện.",
      ["dismissal: Âu Văn Tình | Phó Chủ tịch UBND huyện by HĐND huyện", "dismissal: Đinh Thị Nụ | Ủy viên UBND huyện by HĐND huyện"],
    ],
    // The sentence going on after the last title: a task, no post given.
    ["Bộ trưởng bổ nhiệm lại ông Trịnh Văn Cần, Trưởng phòng Công chức và bà Lã Thị Nhung, Chánh Thanh tra Sở, tham gia tổ công tác.", []],
    // Not a list of names with titles (the second named with none): what was given to whom is not said, nothing is read.
    ["Thủ tướng bổ nhiệm lại ông Trịnh Văn Cần, Thứ trưởng Bộ Nội vụ, và ông Lã Văn Hiếu.", []],
  ])("%s", (text, expected) => expect(events(text)).toEqual(expected));
});

describe("names and as many parallel posts of different bodies are one to one without 'lần lượt' (holds.ts parallelPosts)", () => {
  it.each([
    [
      "Ông Hầu Văn Lý, bà Thào Thị Dợ và ông Sùng A Páo được bầu làm Chủ tịch HĐND xã Pả Vi, Chủ tịch HĐND xã Lũng Cú và Chủ tịch HĐND xã Sủng Là.",
      ["election: Hầu Văn Lý | Chủ tịch HĐND xã Pả Vi", "election: Thào Thị Dợ | Chủ tịch HĐND xã Lũng Cú", "election: Sùng A Páo | Chủ tịch HĐND xã Sủng Là"],
    ],
    [
      "Bà Lò Thị Mai và ông Cà Văn Pọm được bổ nhiệm làm Phó Giám đốc Sở Tài chính và Phó Giám đốc Sở Xây dựng.",
      ["appointment: Lò Thị Mai | Phó Giám đốc Sở Tài chính", "appointment: Cà Văn Pọm | Phó Giám đốc Sở Xây dựng"],
    ],
    // Counts that do not match, or one post several hold: not one to one.
    ["Ông Hầu Văn Lý và ông Sùng A Páo được bầu làm Phó Chủ tịch UBND huyện.", ["election: Sùng A Páo | Phó Chủ tịch UBND huyện", "election: Hầu Văn Lý | Phó Chủ tịch UBND huyện"]],
  ])("%s", (text, expected) => expect(events(text)).toEqual(expected));
});

describe("a short form of a body whose name ends with Việt Nam takes the country written after it (organizations.ts countryAfter)", () => {
  it.each([
    // "VN" after "UBTW MTTQ" is the rest of the Front's name: the title runs to it and the name after it is its holder's,
    // not an appositive of the name before.
    [
      "Chủ tịch Quốc hội Đặng Văn Thành, Chủ tịch UBTW MTTQ VN Phùng Văn Hà chủ trì hội nghị.",
      ["Phùng Văn Hà | Chủ tịch UBTW MTTQ VN current", "Đặng Văn Thành | Chủ tịch Quốc hội current", "of Chủ tịch Quốc hội → Quốc hội", "of Chủ tịch UBTW MTTQ VN → Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"],
    ],
  ])("%s", (text, expected) => expect(edges(text).sort()).toEqual([...expected].sort()));
});

describe("an approved appointment still to be made is the approval alone (personnel-events.tsv, tenure-events.ts approvalBefore)", () => {
  it.each([
    ["Quốc hội phê chuẩn bổ nhiệm bà Kha Thị Tuyết giữ chức Bộ trưởng Bộ Nội vụ.", ["approval: Kha Thị Tuyết | Bộ trưởng Bộ Nội vụ by Quốc hội"]],
    ["Bà Kha Thị Tuyết được Quốc hội phê chuẩn bổ nhiệm làm Bộ trưởng Bộ Nội vụ.", ["approval: Kha Thị Tuyết | Bộ trưởng Bộ Nội vụ by Quốc hội"]],
    // The appointment's own maker written: two events, each with its decider.
    [
      "Quốc hội phê chuẩn việc Thủ tướng bổ nhiệm bà Kha Thị Tuyết làm Bộ trưởng Bộ Nội vụ.",
      ["appointment: Kha Thị Tuyết | Bộ trưởng Bộ Nội vụ by Thủ tướng", "approval: Kha Thị Tuyết | Bộ trưởng Bộ Nội vụ by Quốc hội"],
    ],
    // An election approved has taken place: both.
    [
      "Thủ tướng đã phê chuẩn kết quả bầu Chủ tịch UBND tỉnh Lai Châu đối với ông Tẩn Văn Lở.",
      ["approval: Tẩn Văn Lở | Chủ tịch UBND tỉnh Lai Châu by Thủ tướng", "election: Tẩn Văn Lở | Chủ tịch UBND tỉnh Lai Châu"],
    ],
  ])("%s", (text, expected) => expect(events(text)).toEqual(expected));
});

describe("the deciding body's short name in parentheses stands between it and its decision (tenure-events.ts authorityBefore)", () => {
  it.each([
    ["Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) vừa bổ nhiệm ông Lê Quang Vinh làm Tổng giám đốc.", ["appointment: Lê Quang Vinh | Tổng giám đốc by Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"]],
    ["Bộ Nội vụ (BNV) đã bổ nhiệm bà Phan Thị Hoa làm Vụ trưởng Vụ Tổ chức.", ["appointment: Phan Thị Hoa | Vụ trưởng Vụ Tổ chức by Bộ Nội vụ"]],
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
