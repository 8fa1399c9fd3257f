import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { orgKey } from "../../src/link/name-entities";

/** The names of the organizations and places of a text's graph. */
function names(text: string): string[] {
  return extract(text)
    .entities.filter((e) => e.type === "organization" || e.type === "location")
    .map((e) => e.name);
}

describe("a bare local body takes the place of its level (data/admin-levels.tsv)", () => {
  it.each([
    // [text, a name the graph has, a name it must not have]
    ["TP Hạ Long đang triển khai các biện pháp phòng dịch. UBND thành phố yêu cầu các phòng, ban thực hiện nghiêm.", "UBND thành phố Hạ Long", "UBND thành phố"],
    ["Bí thư Đảng ủy phường Điện Dương (thị xã Điện Bàn, Quảng Nam) bị đưa ra khỏi danh sách bầu cử đại biểu HĐND thị xã.", "HĐND thị xã Điện Bàn", "HĐND thị xã Quảng Nam"],
    // A commune's body is not given the province: the text names many communes, and seldom its own last.
    ["Bệnh nhân ở thôn Quan Nhân, huyện Lý Nhân, tỉnh Hà Nam. Bố của bệnh nhân đã báo cho Trạm Y tế xã.", "Trạm Y tế xã", "Trạm Y tế xã Hà Nam"],
    // A bare "Đảng ủy" is a commune's, a ward's or an agency's, never a province's (that is the Tỉnh ủy).
    ["Ông Đinh La Thăng quê Nam Định, nguyên Bí thư Đảng ủy, nguyên Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam.", "Đảng ủy", "Đảng ủy Nam Định"],
    ["Ông Bùi Mạnh Khoa, Bí thư Đảng ủy, Cục trưởng Cục Thi hành án dân sự tỉnh Thanh Hóa.", "Đảng ủy", "Đảng ủy Thanh Hóa"],
    // (Joined to the next title of its chain, it is that commune's: "Đảng ủy xã Húc Động".)
    ["Ông La Ngọc Dương, Bí thư Đảng ủy, Chủ tịch UBND xã Húc Động (Quảng Ninh) cho hay.", "Đảng ủy xã Húc Động", "Đảng ủy Quảng Ninh"],
    // So "Đảng đoàn" (a Party group in a body) and "Ban Thường vụ Đảng ủy": org-heads.tsv heads that take a place or a body.
    // (The Party group is of the union the next title names: office-rules.tsv unit_of.)
    ["Ông Võ Mạnh Sơn (Thanh Hóa), Bí thư Đảng đoàn, Chủ tịch Liên đoàn lao động tỉnh.", "Đảng đoàn Liên đoàn lao động tỉnh", "Đảng đoàn Thanh Hóa"],
    ["Bà Trịnh Thị Minh Hường (Thanh Hóa), Ủy viên Ban Thường vụ Đảng ủy, phát biểu.", "Ban Thường vụ Đảng ủy", "Ban Thường vụ Đảng ủy Thanh Hóa"],
    // (A body that takes only a place keeps the one named nearby.)
    ["Đoàn công tác làm việc tại Thanh Hóa. Sở Y tế đã báo cáo.", "Sở Y tế Thanh Hóa", "Sở Y tế"],
    // The same body named in a title before, unless a place of its level is written right after it.
    // A place someone comes from (data/link-cues.tsv, role home) is no body's place; another place nearby still is.
    ["Ông Lê Văn A sinh năm 1960, quê quán: Trà Vinh. Từ năm 2001, ông là Ủy viên Ban Thường vụ Thành ủy.", "Ban Thường vụ Thành ủy", "Ban Thường vụ Thành ủy Trà Vinh"],
    ["Ông Lê Văn A, sinh tại Nam Định, giữ chức Giám đốc Sở Khoa học và Công nghệ.", "Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ Nam Định"],
    ["Ông Lê Văn A (quê Nghệ An) làm việc tại tỉnh Hà Tĩnh. Ông là Phó Bí thư Tỉnh ủy.", "Tỉnh ủy Hà Tĩnh", "Tỉnh ủy Nghệ An"],
    ["Ông Lê Văn A là Bí thư Tỉnh ủy Hòa Bình. Đoàn làm việc với Tỉnh ủy, sau đó thăm Mai Châu.", "Tỉnh ủy Hòa Bình", "Tỉnh ủy"],
    ["Ông Lê Văn A là Bí thư Tỉnh ủy Hòa Bình. Đoàn làm việc với Tỉnh ủy ở Hậu Giang.", "Tỉnh ủy Hậu Giang", "Tỉnh ủy"],
    // The next title of the same chain names the place for both: not the province named before.
    ["Đoàn công tác làm việc tại tỉnh Lai Châu. Sau đó, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phú Thọ Lê Văn A phát biểu.", "Tỉnh ủy Phú Thọ", "Tỉnh ủy Lai Châu"],
    ["Đoàn thăm tỉnh Lai Châu. Ông Lê Văn A, Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Phú Thọ cho biết.", "Tỉnh ủy Phú Thọ", "Tỉnh ủy Lai Châu"],
    ["Ông Lê Văn A, Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Phú Thọ cho biết.", "Tỉnh ủy Phú Thọ", "Tỉnh ủy"],
    // With no place before it, a place far after it is its own only when the text names no other of that kind.
    ["Nhiều địa phương đề xuất Bí thư Tỉnh ủy cũng cần có cảnh vệ. Chiều nay, Quốc hội thảo luận về dự thảo luật, nội dung được nhiều đại biểu quan tâm góp ý nhất là nên mở rộng hay thu hẹp đối tượng. Đại biểu Lê Văn A (đoàn Bến Tre) và đại biểu Trần Văn B (đoàn Hà Nam) đồng tình.", "Tỉnh ủy", "Tỉnh ủy Bến Tre"],
    ["Bí thư Tỉnh ủy thăm công trình. Chiều 5/6, đoàn công tác của Tỉnh ủy đã đến thăm công trình thủy lợi đang được xây dựng tại huyện Tam Đường, tỉnh Lai Châu.", "Tỉnh ủy Lai Châu", "Tỉnh ủy"],
    // A place written in a body's name counts as named there, at that body's level only.
    ["Sáng 8/2, Tỉnh ủy Phú Thọ tổ chức hội nghị. Tại hội nghị, Ban Chấp hành Đảng bộ tỉnh đã thảo luận.", "Ban Chấp hành Đảng bộ tỉnh Phú Thọ", "Ban Chấp hành Đảng bộ tỉnh"],
    ["Ông Lê Văn A, nguyên Bí thư Tỉnh ủy Bình Định, đã ký văn bản thay mặt Ban Thường vụ Tỉnh ủy.", "Ban Thường vụ Tỉnh ủy Bình Định", "Ban Thường vụ Tỉnh ủy"],
    ["Chủ tịch UBND tỉnh Bình Thuận giao Công an tỉnh kiểm tra. Văn phòng UBND TP rà soát lại quy trình.", "Công an tỉnh Bình Thuận", "Văn phòng UBND TP Bình Thuận"],
    // (A place a title's implied body names counts too; a central city named before is no province before a bare Tỉnh ủy.)
    ["Ông Lê Văn A làm việc tại Hà Nội. Bà Trần Thị B, Trưởng Đoàn đại biểu Quốc hội tỉnh Phú Thọ, từng là Ủy viên Ban Thường vụ Tỉnh ủy.", "Ban Thường vụ Tỉnh ủy Phú Thọ", "Ban Thường vụ Tỉnh ủy"],
    // A roundup: a province named in the bare Tỉnh ủy's own sentence, or in a body's name in its paragraph or the one
    // before, after the Tỉnh ủy named in full in an earlier paragraph, is the one meant.
    ["Ông Lê Văn A được bầu làm Bí thư Tỉnh ủy Hà Giang.\n* Ngày 2-11, Đại hội Đảng bộ tỉnh Quảng Trị bế mạc, ông Trần Văn B tái đắc cử Bí thư Tỉnh ủy.", "Tỉnh ủy Quảng Trị", "Tỉnh ủy"],
    ["Ông Lê Văn A được bầu làm Bí thư Tỉnh ủy Hà Giang.\n* Ngày 2-11, HĐND tỉnh Sóc Trăng họp bất thường.\nCác đại biểu đã bầu ông Trần Văn B, Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch HĐND tỉnh.", "Tỉnh ủy Sóc Trăng", "Tỉnh ủy"],
    // (Not a place told in passing sentences before, nor one in the full body's own paragraph; not a city's "UBND TP".)
    ["Ông Lê Văn A là Bí thư Tỉnh ủy Hòa Bình.\nĐoàn đã học tập kinh nghiệm ở tỉnh Quảng Ninh. Bí thư Tỉnh ủy đề nghị các ngành vận dụng.", "Tỉnh ủy Hòa Bình", "Tỉnh ủy Quảng Ninh"],
    ["Ông Lê Văn A là Bí thư Tỉnh ủy Hòa Bình. Đại hội Đảng bộ tỉnh Quảng Ninh đã bế mạc, Bí thư Tỉnh ủy gửi điện chúc mừng.", "Tỉnh ủy Hòa Bình", "Tỉnh ủy Quảng Ninh"],
    ["Phó Chủ tịch UBND TP Hà Nội Lê Văn A chủ trì.\nBa địa phương có nhiều phản ánh là quận Hoàng Mai, TP Sơn Tây và huyện Gia Lâm.\nPhó Chủ tịch UBND TP đề nghị xử lý.", "UBND TP Hà Nội", "UBND TP Sơn Tây"],
    // A body whose name has no level (a Sở, "Ban Thường vụ Thành ủy") is a province's or a central city's: never a provincial city's.
    ["Đoàn kiểm tra làm việc tại Hải Phòng. Giám đốc Sở Y tế Lê Văn A cho biết.", "Sở Y tế Hải Phòng", "Sở Y tế"],
    ["Chủ tịch UBND TP Đà Nẵng giao Giám đốc Sở Xây dựng kiểm tra.", "Sở Xây dựng Thành phố Đà Nẵng", "Sở Xây dựng"],
    ["Chủ tịch UBND TP Phan Thiết giao Giám đốc Sở Xây dựng kiểm tra.", "Sở Xây dựng", "Sở Xây dựng Phan Thiết"],
    ["Ông Lê Văn A làm việc ở Cần Thơ. Ông từng là Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Ninh Kiều.", "Ban Thường vụ Thành ủy Cần Thơ", "Ban Thường vụ Thành ủy"],
    // A Party committee of a level carries the level: the place after it goes without its own level word.
    ["Ông Lê Văn A, Chủ tịch UBND huyện Đông Anh, được bầu làm Bí thư Huyện ủy.", "Huyện ủy Đông Anh", "Huyện ủy Huyện Đông Anh"],
    ["Bà Trần Thị B, Chủ tịch UBND quận Ba Đình, được chỉ định làm Bí thư Quận ủy.", "Quận ủy Ba Đình", "Quận ủy Quận Ba Đình"],
    ["Ông Lê Văn A, Chủ tịch UBND thị xã Sơn Tây, được bầu làm Bí thư Thị ủy.", "Thị ủy Sơn Tây", "Thị ủy Thị xã Sơn Tây"],
    // (A body's head with a level word in it names no place: "Ban chấp hành Huyện đoàn" after a bare "Huyện đoàn".)
    ["Ông Lê Văn A từng là cán bộ Huyện đoàn, Ủy viên Ban chấp hành Huyện đoàn, Chánh Văn phòng Huyện đoàn Châu Thành.", "Huyện đoàn Châu Thành", "Huyện đoàn đoàn"],
    // (A district's body after it names no province; a city under the central government has no Tỉnh ủy.)
    ["Đoàn thăm tỉnh Lai Châu. Ông Lê Văn A, Bí thư Tỉnh ủy, Chủ tịch UBND huyện Tam Đường phát biểu.", "Tỉnh ủy Lai Châu", "Tỉnh ủy Tam Đường"],
  ])("%s", (text, has, hasNot) => {
    expect(names(text)).toContain(has);
    expect(names(text)).not.toContain(hasNot);
  });

  it("takes TP. and TP as one place", () => {
    expect(names("Du khách đổ về TP. Vũng Tàu. Bãi biển ở TP Vũng Tàu rất đông.")).toEqual(["TP. Vũng Tàu"]);
  });

  it("writes a place's level word once when its name has it already ('sông Mekong' is 'Sông Mê Kông')", () => {
    expect(names("Nguồn nước sông Mekong và sông Mê Kông.")).toEqual(["Sông Mê Kông"]);
  });
});

/** "person | post" for every holds relation. */
function holds(text: string): string[] {
  const g = extract(text);
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
  return g.relations.filter((r) => r.type === "holds").map((r) => `${name(r.from)} | ${name(r.to)}`);
}

describe("a bare body is the one named in a title before it", () => {
  it.each([
    // [text, holds]: one post however the city is written
    ["Chiều 26/4, Phó Chủ tịch UBND TPHCM Võ Văn Hoan đã chủ trì. Phó Chủ tịch UBND TP Võ Văn Hoan nhấn mạnh.", ["Võ Văn Hoan | Phó Chủ tịch UBND TPHCM"]],
    ["Sáng 1/5, Phó Chủ tịch UBND TP.HCM Võ Văn Hoan đã chủ trì. Phó Chủ tịch UBND thành phố Võ Văn Hoan nhấn mạnh.", ["Võ Văn Hoan | Phó Chủ tịch UBND TP.HCM"]],
    // a province's committee is not a city's
    [
      "Ông Trần Văn A, Ủy viên Ủy ban nhân dân thành phố Cần Thơ, phát biểu. Ông Lê Văn B, Ủy viên Ủy ban nhân dân tỉnh, cho biết.",
      ["Trần Văn A | Ủy viên Ủy ban nhân dân thành phố Cần Thơ", "Lê Văn B | Ủy viên Ủy ban nhân dân tỉnh"],
    ],
  ])("%s", (text, expected) => {
    expect(holds(text).sort()).toEqual([...expected].sort());
  });
});

describe("one body, however its city's level word is written (\"TP\", \"thành phố\", \"Tp.\")", () => {
  it.each([
    ["Chủ tịch UBND TP Hà Nội Chu Ngọc Anh họp. Ông Chu Ngọc Anh, Chủ tịch UBND thành phố Hà Nội nói.", ["UBND TP Hà Nội"]],
    ["Thành ủy Thành phố Hồ Chí Minh họp. Thành ủy Tp. Hồ Chí Minh ra nghị quyết.", ["Thành ủy Thành phố Hồ Chí Minh"]],
    // (A city and the province of the same name stay two bodies.)
    ["UBND thành phố Thanh Hóa và UBND tỉnh Thanh Hóa ký kết.", ["UBND thành phố Thanh Hóa", "UBND tỉnh Thanh Hóa"]],
  ])("%s", (text, orgs) => {
    expect(extract(text).entities.filter((e) => e.type === "organization").map((e) => e.name)).toEqual(orgs);
  });
});

describe("orgKey: one key for the spellings of a body, the same when asked again (it is remembered)", () => {
  it.each([
    ["Thành ủy TP.HCM", "Thành ủy TPHCM"],
    ["Thành ủy TP HCM", "thành ủy tphcm"],
    ["Bộ VH-TT-DL", "Bộ VHTTDL"],
    ["Ủy ban nhân dân tỉnh Quảng Nam", "ủy ban nhân dân tỉnh quảng nam"],
  ])("%j and %j", (a, b) => {
    const first = orgKey(a);
    expect(orgKey(b)).toBe(first);
    expect(orgKey(a)).toBe(first);
    expect(first).not.toMatch(/[\s.\-–]/u);
  });
});

describe("a known organization carries its other names from the gazetteer, as its abbreviations", () => {
  it.each([
    ["Chủ tịch nước Trần Đại Quang dự.", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Nhà nước Việt Nam"],
    ["Tổng Bí thư Nguyễn Phú Trọng dự.", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Ban Chấp hành Trung ương Đảng"],
  ])("%s", (text, name, alias) => {
    const org = extract(text).entities.find((e) => e.type === "organization" && e.name === name);
    expect(org?.aliases).toContain(alias);
    // (the gazetteer's markers stay out: "Trung ương*" is "Trung ương")
    expect(org?.aliases?.some((a) => a.endsWith("*"))).toBe(false);
  });
});

describe("a person first named by a short form takes the full name's surname and origin", () => {
  it.each([
    ["Lễ tang đồng chí Fidel diễn ra trọng thể. Tổng tư lệnh Fidel Castro là người bạn lớn.", "Fidel Castro", undefined, "foreign"],
    ["Ông Nhân phát biểu. Sau đó, ông Nguyễn Thiện Nhân tặng hoa.", "Nguyễn Thiện Nhân", "Nguyễn", "kinh"],
  ])("%s", (text, name, surname, origin) => {
    const p = extract(text).entities.find((e) => e.type === "person" && e.name === name);
    expect(p && p.type === "person" ? [p.surname, p.origin] : null).toEqual([surname, origin]);
  });
});

describe("a name after an address word, with no surname, is a foreigner's when a syllable is not Vietnamese", () => {
  it.each([
    ["Cùng đi có đồng chí Somdy Douangdy, Phó Thủ tướng.", "Somdy Douangdy", "foreign"],
    ["Cùng đi có ông Đinh Văn Tư.", "Đinh Văn Tư", "kinh"],
    ["Cùng đi có anh Tuấn Anh.", "Tuấn Anh", "unknown"],
    // An Ê Đê or Mnông name: its prefix (H') first, its family name (Kbuôr, Niê) last: no foreigner's.
    ["Cùng đi có bà H'Vơn Kbuôr.", "H'Vơn Kbuôr", "unknown"],
    ["Cùng đi có đồng chí Y Biêr Niê, Phó Thủ tướng.", "Y Biêr Niê", "ethnic"],
  ])("%s", (text, name, origin) => {
    const p = extract(text).entities.find((e) => e.type === "person" && e.name === name);
    expect(p && p.type === "person" ? p.origin : null).toBe(origin);
  });

  it("a foreigner's bare national title is not given Việt Nam's government", () => {
    const g = extract("Cùng đi có đồng chí Somdy Douangdy, Phó Thủ tướng.");
    expect(g.relations.filter((r) => r.type === "of")).toEqual([]);
  });

  it("an Ê Đê woman's bare national title is Việt Nam's", () => {
    const g = extract("Cùng đi có bà H'Vơn Kbuôr, Phó Thủ tướng.");
    expect(g.relations.filter((r) => r.type === "of").length).toBe(1);
  });
});

describe("a two-syllable reference to a full name written before it is that person", () => {
  const persons = (text: string) => extract(text, { referenceDate: "2021-06-01" }).entities.filter((e) => e.type === "person").map((e) => e.name);
  it.each([
    // [text, persons]
    ["Chủ tịch Quốc hội Nguyễn Thị Kim Ngân phát biểu. Bà Kim Ngân nhấn mạnh vai trò của Quốc hội.", ["Nguyễn Thị Kim Ngân"]],
    ["Bí thư Thành ủy Nguyễn Thiện Nhân dự họp. Bí thư Thiện Nhân yêu cầu các sở báo cáo.", ["Nguyễn Thiện Nhân"]],
    ["Thủ tướng Nguyễn Xuân Phúc chủ trì. Thủ tướng Xuân Phúc yêu cầu.", ["Nguyễn Xuân Phúc"]],
    // Not before the full name, nor a foreign name.
    ["Bà Kim Ngân phát biểu. Chủ tịch Quốc hội Nguyễn Thị Kim Ngân cho biết.", ["Kim Ngân", "Nguyễn Thị Kim Ngân"]],
    ["Thủ tướng Shinzo Abe phát biểu. Ông Shinzo Abe cho biết.", ["Shinzo Abe"]],
  ])("%s", (text, expected) => expect(persons(text)).toEqual(expected));
});
