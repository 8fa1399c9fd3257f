/**
 * Issue 13, a foreign official's post never gets Việt Nam's body (helper h/foreign; src/link/post-entities.ts abroad):
 * a national body of Việt Nam's name (organizations.tsv kind party, assembly, government, ministry) written with no
 * country in a title only foreigners hold is that of the country the text gives them, or no `of` at all. Made-up
 * sentences, foreign and domestic side by side. Each row lists "holder | post | body" ("" for no `of`).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

function bodies(text: string): string[] {
  const g = extract(text, { referenceDate: "2024-06-01" });
  const name = (id: string | undefined) => g.entities.find((e) => e.id === id)?.name ?? "";
  const of = new Map<string, string>();
  for (const r of g.relations) if (r.type === "of") of.set(r.from, name(r.to));
  return g.relations.filter((r) => r.type === "holds").map((r) => `${name(r.from)} | ${name(r.to)} | ${of.get(r.to) ?? ""}`).sort();
}

describe("a foreigner's title with Việt Nam's body written bare takes their country's, or none", () => {
  it.each([
    // The country of the one foreign state whose titles the text names (a delegation's list after its leader).
    [
      "Thủ tướng Lào Phankham Viphavanh đến Hà Nội. Cùng đi có ông Bounmy Sayavong, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Công an.",
      ["Bounmy Sayavong | Bộ trưởng Bộ Công an | Bộ Công an Lào", "Bounmy Sayavong | Ủy viên Trung ương Đảng | Trung ương Đảng Lào", "Phankham Viphavanh | Thủ tướng Lào | Chính phủ Lào"],
    ],
    // The holder's own other title names the country (a dash between titles, the assembly's country after the second).
    [
      "Thủ tướng tiếp ông Roberto Morales Ojeda - Ủy viên Bộ Chính trị - Chủ tịch Quốc hội Cuba.",
      ["Roberto Morales Ojeda | Chủ tịch Quốc hội Cuba | Quốc hội Cuba", "Roberto Morales Ojeda | Ủy viên Bộ Chính trị | Bộ Chính trị Cuba"],
    ],
    // A committee of the assembly (organizations.tsv assembly-committee), of the holder's country.
    [
      "Ông Thongloun Sisoulith, Thủ tướng Lào, từng là Chủ nhiệm Ủy ban Đối ngoại của Quốc hội.",
      ["Thongloun Sisoulith | Chủ nhiệm Ủy ban Đối ngoại của Quốc hội | Ủy ban Đối ngoại của Quốc hội Lào", "Thongloun Sisoulith | Thủ tướng Lào | Chính phủ Lào"],
    ],
    // A foreign party after the chain: its later bare title is that country's too.
    [
      "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trung ương Đảng Nhân dân Cách mạng Lào Bounthong Chitmany thăm Việt Nam. Ông Bounthong Chitmany, Ủy viên Bộ Chính trị, cảm ơn.",
      ["Bounthong Chitmany | Thường trực Ban Bí thư Trung ương Đảng Nhân dân Cách mạng Lào | Trung ương Đảng Nhân dân Cách mạng Lào", "Bounthong Chitmany | Ủy viên Bộ Chính trị | Bộ Chính trị Lào"],
    ],
    // A Chinese name read the Vietnamese way whose other title names one foreign country only.
    [
      "Thượng tướng Phạm Trường Long, Phó Chủ tịch Quân ủy Trung ương Trung Quốc, đến Hà Nội. Ông Phạm Trường Long, Ủy viên Bộ Chính trị, cảm ơn.",
      ["Phạm Trường Long | Phó Chủ tịch Quân ủy Trung ương Trung Quốc | Quân ủy Trung ương Trung Quốc", "Phạm Trường Long | Thượng tướng | ", "Phạm Trường Long | Ủy viên Bộ Chính trị | Bộ Chính trị Trung Quốc"],
    ],
    // Two foreign states: which one is not known, no body.
    [
      "Thủ tướng Lào và Tổng thống Pháp đến Hà Nội. Cùng đi có ông Bounmy Sayavong, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Công an.",
      ["Bounmy Sayavong | Bộ trưởng Bộ Công an | ", "Bounmy Sayavong | Ủy viên Trung ương Đảng | "],
    ],
    // A foreign country named only as a place: no body either.
    ["Ông Bounmy Sayavong, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Công an, phát biểu tại Lào.", ["Bounmy Sayavong | Bộ trưởng Bộ Công an | ", "Bounmy Sayavong | Ủy viên Trung ương Đảng | "]],
  ])("%s", (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});

describe("a foreigner's bare title implying a body, or naming one every country has, is of their country's", () => {
  it.each([
    // Written: a body every country has that the text names with no country, of the holder's country (the text's one).
    [
      "Thủ tướng Lào Phankham Viphavanh đến Hà Nội. Cùng đi có ông Bounmy Sayavong, Bộ trưởng Bộ Ngoại giao.",
      ["Bounmy Sayavong | Bộ trưởng Bộ Ngoại giao | Bộ Ngoại giao Lào", "Phankham Viphavanh | Thủ tướng Lào | Chính phủ Lào"],
    ],
    // Implied: a body every country has, a ministry, the ruling party (office-rules.tsv ruling_party), when the holder's
    // own titles name the country; beside Việt Nam's.
    [
      "Ông Saleumxay Kommasith, Bộ trưởng Ngoại giao Lào, cho biết. Ông Saleumxay Kommasith từng là Phó Thủ tướng, Bộ trưởng Tài chính.",
      ["Saleumxay Kommasith | Bộ trưởng Ngoại giao Lào | Bộ Ngoại giao Lào", "Saleumxay Kommasith | Bộ trưởng Tài chính | Bộ Tài chính Lào", "Saleumxay Kommasith | Phó Thủ tướng | Chính phủ Lào"],
    ],
    [
      "Ông Thongloun Sisoulith, Chủ tịch nước Lào, đến Hà Nội. Tổng Bí thư Tô Lâm tiếp ông Thongloun Sisoulith, Tổng Bí thư.",
      ["Thongloun Sisoulith | Chủ tịch nước Lào | Nhà nước Lào", "Thongloun Sisoulith | Tổng Bí thư | Đảng Nhân dân Cách mạng Lào", "Tô Lâm | Tổng Bí thư | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"],
    ],
    // "nước bạn": the holder's country.
    [
      "Ông Saleumxay Kommasith, Phó Thủ tướng Lào, cho biết. Tham dự có Bộ trưởng Ngoại giao nước bạn Saleumxay Kommasith.",
      ["Saleumxay Kommasith | Bộ trưởng Ngoại giao nước bạn | Bộ Ngoại giao Lào", "Saleumxay Kommasith | Phó Thủ tướng Lào | Chính phủ Lào"],
    ],
    // An implied body from the text's one country: a state's office (office-rules.tsv country_in_text) when the text names
    // no other foreign country at all (a delegation member's "Phó Thủ tướng"); one of an unnamed country with no country
    // of the holder's stays unsaid.
    [
      "Thủ tướng Lào Phankham Viphavanh đến Hà Nội. Cùng đi có ông Bounmy Sayavong, Phó Thủ tướng.",
      ["Bounmy Sayavong | Phó Thủ tướng | Chính phủ Lào", "Phankham Viphavanh | Thủ tướng Lào | Chính phủ Lào"],
    ],
    ["Ngoại trưởng nước chủ nhà Penny Wong cho biết.", ["Penny Wong | Ngoại trưởng nước chủ nhà | "]],
    // Another country written as a place near the title may be the holder's: none.
    ["Thủ tướng Singapore Lý Hiển Long tiếp Bộ trưởng Bộ Ngoại giao Vivian Balakrishnan tại Malaysia.", ["Lý Hiển Long | Thủ tướng Singapore | Chính phủ Singapore", "Vivian Balakrishnan | Bộ trưởng Bộ Ngoại giao | "]],
    // A one-word "name" in a list of leaders: its other title says nothing.
    [
      "Thủ tướng đã gặp lãnh đạo các nước (Tổng thống Hàn Quốc, Thủ tướng Ấn Độ, Thủ tướng Cananda, Tổng thống Thổ Nhĩ Kỳ, Tổng thống Senegal).",
      ["Cananda | Thủ tướng | ", "Cananda | Tổng thống Thổ Nhĩ Kỳ | Nhà nước Thổ Nhĩ Kỳ"],
    ],
  ])("%s", (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});

describe("Vietnamese holders keep Việt Nam's bodies beside foreign ones", () => {
  it.each([
    [
      "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng tiếp Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Lào Pany Yathotou.",
      ["Pany Yathotou | Chủ tịch Quốc hội Lào | Quốc hội Lào", "Pany Yathotou | Ủy viên Bộ Chính trị | Bộ Chính trị Lào", "Đinh Tiến Dũng | Bí thư Thành ủy Hà Nội | Thành ủy Hà Nội", "Đinh Tiến Dũng | Ủy viên Bộ Chính trị | Bộ Chính trị"],
    ],
    [
      "Ông Nguyễn Văn An, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Công an, tiếp Thủ tướng Lào Phankham Viphavanh.",
      ["Nguyễn Văn An | Bộ trưởng Bộ Công an | Bộ Công an", "Nguyễn Văn An | Ủy viên Trung ương Đảng | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Phankham Viphavanh | Thủ tướng Lào | Chính phủ Lào"],
    ],
    // A name of the Central Highlands' peoples (an Ê Đê or K'Ho prefix glued by an apostrophe, surnames.tsv prefix) is no
    // foreigner's, whatever its other syllables: Việt Nam's body beside a foreign envoy.
    [
      "Bà H'Yim Kđoh, Ủy viên Trung ương Đảng, tiếp Đại sứ Lào tại Việt Nam.",
      ["H'Yim Kđoh | Ủy viên Trung ương Đảng | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"],
    ],
    // … also right after the title, where a foreign party's name could stand ("Trung ương Đảng K'Bơn Đrông" is no party).
    [
      "Ủy viên Trung ương Đảng K'Bơn Đrông tiếp Đại sứ Campuchia.",
      ["K'Bơn Đrông | Ủy viên Trung ương Đảng | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"],
    ],
    // A Vietnamese name read as a foreign one, whose other title is of a body only Việt Nam has or of a Vietnamese place.
    [
      "Ủy viên Ủy ban Đối ngoại của Quốc hội, Phó Chủ tịch phụ trách Liên hiệp các tổ chức hữu nghị Việt Nam Đôn Tuấn Phong tiếp Đại sứ Cuba.",
      ["Đôn Tuấn Phong | Phó Chủ tịch phụ trách Liên hiệp các tổ chức hữu nghị Việt Nam | Liên hiệp các tổ chức hữu nghị Việt Nam", "Đôn Tuấn Phong | Ủy viên Ủy ban Đối ngoại của Quốc hội | Ủy ban Đối ngoại"],
    ],
    [
      "Bà H'Yim Kđoh, Ủy viên Trung ương Đảng, Phó Chủ tịch UBND tỉnh Đắk Lắk, tiếp Đại sứ Lào.",
      ["H'Yim Kđoh | Phó Chủ tịch UBND tỉnh Đắk Lắk | UBND tỉnh Đắk Lắk", "H'Yim Kđoh | Ủy viên Trung ương Đảng | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"],
    ],
    // A Vietnamese name whose other titles name Việt Nam, or a friendship body, or none.
    [
      "Ông Nguyễn Văn An, Ủy viên Trung ương Đảng, Đại sứ đặc mệnh toàn quyền Việt Nam tại Trung Quốc, dự lễ.",
      ["Nguyễn Văn An | Đại sứ đặc mệnh toàn quyền Việt Nam tại Trung Quốc | Đại sứ quán Việt Nam tại Trung Quốc", "Nguyễn Văn An | Ủy viên Trung ương Đảng | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"],
    ],
    [
      "Bà Trương Thị Mai, Ủy viên Bộ Chính trị, Chủ tịch Hội Hữu nghị Việt Nam-Cuba, tiếp Chủ tịch Quốc hội Cuba.",
      ["Trương Thị Mai | Chủ tịch Hội Hữu nghị Việt Nam-Cuba | Hội Hữu nghị Việt Nam-Cuba", "Trương Thị Mai | Ủy viên Bộ Chính trị | Bộ Chính trị"],
    ],
    // A name of the Central Highlands' peoples read as a foreign one, in a text that names no other country: Việt Nam's.
    ["Bà H'Yim Kđoh, Ủy viên Trung ương Đảng, phát biểu tại Đắk Lắk.", ["H'Yim Kđoh | Ủy viên Trung ương Đảng | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"]],
  ])("%s", (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});

describe("a foreigner's bare state office is of the one foreign country the text names (office-rules.tsv country_in_text)", () => {
  it.each([
    // A cabinet list after the head of state written with the country: each minister's ministry is that country's, as written.
    [
      "Tổng thống Hàn Quốc Park Min-soo hôm qua bổ nhiệm 3 bộ trưởng, gồm Bộ trưởng Giáo dục Choi Hye-jin và Bộ trưởng Văn hóa Jung Woo-sung.",
      ["Choi Hye-jin | Bộ trưởng Giáo dục | Bộ Giáo dục Hàn Quốc", "Jung Woo-sung | Bộ trưởng Văn hóa | Bộ Văn hóa Hàn Quốc", "Park Min-soo | Tổng thống Hàn Quốc | Nhà nước Hàn Quốc"],
    ],
    // A head of state written bare in a story of one country: that state's office.
    [
      "Ngoại trưởng Hoa Kỳ Michael Brown điện đàm với Bộ trưởng Ngoại giao Trần Văn Nam. Ông khẳng định chính sách của Tổng thống George Miller.",
      ["George Miller | Tổng thống | Nhà nước Mỹ", "Michael Brown | Ngoại trưởng Hoa Kỳ | Bộ Ngoại giao Mỹ", "Trần Văn Nam | Bộ trưởng Ngoại giao | Bộ Ngoại giao"],
    ],
    // A field no Vietnamese ministry is named by alone (portfolios.tsv), a place's own government beside the country.
    [
      "Tổng thống Hàn Quốc Park Min-soo bổ nhiệm ông Choi Sung-ho, cựu Tỉnh trưởng tỉnh Gyeonggi, làm Bộ trưởng Nông nghiệp.",
      ["Choi Sung-ho | Bộ trưởng Nông nghiệp | Bộ Nông nghiệp Hàn Quốc", "Choi Sung-ho | Tỉnh trưởng tỉnh Gyeonggi | Chính quyền tỉnh Gyeonggi", "Park Min-soo | Tổng thống Hàn Quốc | Nhà nước Hàn Quốc"],
    ],
    // A field no gazetteer lists ("Phát triển Nông thôn"): the ministry as written, of that country.
    [
      "Phó Thủ tướng Malaysia Ahmad Zahid cho biết bà Siti Aminah trở thành Bộ trưởng Phát triển Nông thôn.",
      ["Ahmad Zahid | Phó Thủ tướng Malaysia | Chính phủ Malaysia", "Siti Aminah | Bộ trưởng Phát triển Nông thôn | Bộ Phát triển Nông thôn Malaysia"],
    ],
    // A minister with no field written: no body.
    ["Tổng thống Hàn Quốc Park Min-soo bổ nhiệm Bộ trưởng Lee Kang-in.", ["Lee Kang-in | Bộ trưởng | ", "Park Min-soo | Tổng thống Hàn Quốc | Nhà nước Hàn Quốc"]],
    // The same title written with the country for someone else: the bare one may be another country's, no body.
    ["Tổng thống Mỹ Joe Biden gặp Tổng thống Vladimir Putin tại Geneva.", ["Joe Biden | Tổng thống Mỹ | Nhà nước Mỹ", "Vladimir Putin | Tổng thống | "]],
    // Two foreign countries named: none is chosen.
    [
      "Tổng thống Mỹ Joe Biden và Thủ tướng Nhật Bản Fumio Kishida họp. Bộ trưởng Quốc phòng Lloyd Austin cũng dự.",
      ["Fumio Kishida | Thủ tướng Nhật Bản | Chính phủ Nhật Bản", "Joe Biden | Tổng thống Mỹ | Nhà nước Mỹ", "Lloyd Austin | Bộ trưởng Quốc phòng | "],
    ],
    // A Vietnamese holder keeps Việt Nam's ministry; a foreign name of one word takes nothing from the text.
    [
      "Tổng thống Hàn Quốc Park Min-soo tiếp Bộ trưởng Giáo dục Nguyễn Văn An và Thủ tướng Mahathir.",
      ["Mahathir | Thủ tướng | ", "Nguyễn Văn An | Bộ trưởng Giáo dục | Bộ Giáo dục và Đào tạo", "Park Min-soo | Tổng thống Hàn Quốc | Nhà nước Hàn Quốc"],
    ],
  ])("%s", (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});

describe("the state a bare head of state takes from the text is also named as the text writes its country", () => {
  it("Ngoại trưởng Hoa Kỳ … Tổng thống Barack Obama … thăm Hoa Kỳ: Nhà nước Mỹ also goes by Hoa Kỳ", () => {
    const g = extract("Ngoại trưởng Hoa Kỳ John Brown cho biết Tổng thống George Miller sẽ thăm Việt Nam. Phó Thủ tướng Trần Văn Nam sẽ thăm Hoa Kỳ.", { referenceDate: "2024-06-01" });
    const state = g.entities.find((e) => e.type === "organization" && e.name === "Nhà nước Mỹ");
    expect(state && "aliases" in state ? state.aliases : []).toEqual(["Mỹ", "Hoa Kỳ"]);
  });
});
