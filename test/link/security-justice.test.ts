/**
 * Issue 13: shapes of security, justice, discipline and obituary news from other outlets (made-up sentences of the
 * same shapes). Each row lists every holding as "person | post | body of the post (or -) | status".
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { holdingsWithBodies } from "../helpers";

const holdings = holdingsWithBodies;

/** Holds ("person | post | status") and events ("EV type | person | post"), sorted. */
function graph(text: string): string[] {
  const g = extract(text, { referenceDate: "2024-06-01" });
  const name = (id: string | undefined) => g.entities.find((e) => e.id === id)?.name ?? "-";
  const holds = g.relations.filter((r) => r.type === "holds").map((r) => `${name(r.from)} | ${name(r.to)} | ${r.status ?? "-"}`);
  const events = (g.events ?? []).map((e) => `EV ${e.type} | ${name(e.person)} | ${name(e.position)}`);
  return [...holds, ...events].sort();
}

function persons(text: string): string[] {
  return extract(text, { referenceDate: "2024-06-01" }).entities.filter((e) => e.type === "person").map((e) => e.name).sort();
}

function table(title: string, rows: Array<[string, string[]]>): void {
  describe(title, () => {
    it.each(rows)("%s", (text, expected) => expect(holdings(text)).toEqual([...expected].sort()));
  });
}

describe("a name whose last syllable is a body's head word, before an aside in parentheses", () => {
  it.each([
    ["Ông Trần Văn Viện (52 tuổi), Cục trưởng Cục Đối ngoại, phát biểu.", ["Trần Văn Viện"]],
    ["Bà Lê Thị Sở (SN 1975) đã bị bắt.", ["Lê Thị Sở"]],
    ["Ông Hoàng Văn Ban (48 tuổi) cho biết.", ["Hoàng Văn Ban"]],
  ])("%s", (text, expected) => expect(persons(text)).toEqual(expected));
});

table("the second of two names, each with its age and title in parentheses, the title followed by its body", [
  [
    "Cơ quan điều tra đã bắt Lê Văn Tám (45 tuổi, cựu Trưởng phòng Tài chính huyện) và Trương Văn Bảy (50 tuổi, cựu Phó phòng Quản lý đất đai thuộc Sở Tài chính).",
    ["Lê Văn Tám | Trưởng phòng Tài chính huyện | Phòng Tài chính huyện | former", "Trương Văn Bảy | Phó phòng Quản lý đất đai | Phòng Quản lý đất đai | former"],
  ],
]);

table("a management board's zone named after its level word is the board's name, not a holder", [
  ["Ông Lê Minh Tâm, Trưởng Ban Quản lý Khu kinh tế Vân Phong, cho biết.", ["Lê Minh Tâm | Trưởng Ban Quản lý Khu kinh tế Vân Phong | Ban Quản lý Khu kinh tế Vân Phong | current"]],
  ["Bà Phan Thị Hạnh, Phó Trưởng Ban Quản lý Khu kinh tế Nghi Sơn, phát biểu.", ["Phan Thị Hạnh | Phó Trưởng Ban Quản lý Khu kinh tế Nghi Sơn | Ban Quản lý Khu kinh tế Nghi Sơn | current"]],
  // A full name after it is still the holder.
  ["Trưởng Ban Quản lý Khu kinh tế Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Trưởng Ban Quản lý Khu kinh tế | Ban Quản lý Khu kinh tế | current"]],
]);

table("a plural or counted title, a list word and a colon, then names each written after its rank", [
  [
    "Bộ Công an hiện có 3 thứ trưởng gồm: Thượng tướng Trần Văn Tỏa, Thượng tướng Nguyễn Văn Sáng và Thiếu tướng Lê Quốc Hòa.",
    [
      "Trần Văn Tỏa | thứ trưởng | Bộ Công an | current",
      "Trần Văn Tỏa | Thượng tướng | - | current",
      "Nguyễn Văn Sáng | thứ trưởng | Bộ Công an | current",
      "Nguyễn Văn Sáng | Thượng tướng | - | current",
      "Lê Quốc Hòa | thứ trưởng | Bộ Công an | current",
      "Lê Quốc Hòa | Thiếu tướng | - | current",
    ],
  ],
  // The rank written with its service is a rank too.
  [
    "Bộ Quốc phòng hiện có 2 thứ trưởng gồm: Phó đô đốc hải quân Phạm Văn Nam, Tư lệnh Quân chủng Hải quân; Trung tướng Vũ Văn Sản, Tư lệnh Quân khu 3.",
    [
      "Phạm Văn Nam | thứ trưởng | Bộ Quốc phòng | current",
      "Phạm Văn Nam | Phó đô đốc hải quân | - | current",
      "Phạm Văn Nam | Tư lệnh Quân chủng Hải quân | Quân chủng Hải quân | current",
      "Vũ Văn Sản | thứ trưởng | Bộ Quốc phòng | current",
      "Vũ Văn Sản | Trung tướng | - | current",
      "Vũ Văn Sản | Tư lệnh Quân khu 3 | Quân khu 3 | current",
    ],
  ],
  // A name of the list with an address word instead of a rank is an item too (h/style8's list reading, after "gồm:").
  [
    "Bộ Công an hiện có 3 thứ trưởng gồm: Thượng tướng Trần Văn Tỏa, ông Nguyễn Văn Sáng và Thiếu tướng Lê Quốc Hòa.",
    ["Lê Quốc Hòa | Thiếu tướng | - | current", "Lê Quốc Hòa | thứ trưởng | Bộ Công an | current", "Nguyễn Văn Sáng | thứ trưởng | Bộ Công an | current", "Trần Văn Tỏa | Thượng tướng | - | current", "Trần Văn Tỏa | thứ trưởng | Bộ Công an | current"],
  ],
  // The ministry of an office several hold, named in the sentence, though others hold that office too.
  [
    "Ông Lê Văn Tiến và ông Đỗ Văn Lành được bổ nhiệm làm Thứ trưởng Bộ Công an. Bộ Công an hiện có 2 thứ trưởng gồm: Thượng tướng Trần Văn Tỏa và Thiếu tướng Lê Quốc Hòa.",
    [
      "Lê Văn Tiến | Thứ trưởng Bộ Công an | Bộ Công an | current",
      "Đỗ Văn Lành | Thứ trưởng Bộ Công an | Bộ Công an | current",
      "Trần Văn Tỏa | Thứ trưởng Bộ Công an | Bộ Công an | current",
      "Trần Văn Tỏa | Thượng tướng | - | current",
      "Lê Quốc Hòa | Thứ trưởng Bộ Công an | Bộ Công an | current",
      "Lê Quốc Hòa | Thiếu tướng | - | current",
    ],
  ],
]);

table("a plural title that refers back to the paragraph before", [
  [
    "Thủ tướng vừa bổ nhiệm hai Thứ trưởng Bộ Quốc phòng.\nCác Thứ trưởng mới được bổ nhiệm gồm: Trung tướng Vũ Văn Sản, Tư lệnh Quân khu 3; Trung tướng Hoàng Văn Chiên, Tư lệnh Bộ đội Biên phòng.",
    [
      "Vũ Văn Sản | Thứ trưởng Bộ Quốc phòng | Bộ Quốc phòng | current",
      "Vũ Văn Sản | Trung tướng | - | current",
      "Vũ Văn Sản | Tư lệnh Quân khu 3 | Quân khu 3 | current",
      "Hoàng Văn Chiên | Thứ trưởng Bộ Quốc phòng | Bộ Quốc phòng | current",
      "Hoàng Văn Chiên | Trung tướng | - | current",
      "Hoàng Văn Chiên | Tư lệnh Bộ đội Biên phòng | Bộ đội Biên phòng | current",
    ],
  ],
]);

table("a plural rank and a colon open a list of names, each with its own title", [
  [
    "Thủ tướng bổ nhiệm chức vụ Thứ trưởng Bộ Công an đối với các thiếu tướng: Lê Văn Tiến, Phó chủ nhiệm Ủy ban Kiểm tra và Nguyễn Văn Lành, Cục trưởng Cục Đối ngoại.",
    [
      "Lê Văn Tiến | thiếu tướng | - | current",
      "Lê Văn Tiến | Thứ trưởng Bộ Công an | Bộ Công an | current",
      "Lê Văn Tiến | Phó chủ nhiệm Ủy ban Kiểm tra | Ủy ban Kiểm tra | current",
      "Nguyễn Văn Lành | thiếu tướng | - | current",
      "Nguyễn Văn Lành | Thứ trưởng Bộ Công an | Bộ Công an | current",
      "Nguyễn Văn Lành | Cục trưởng Cục Đối ngoại | Cục Đối ngoại | current",
    ],
  ],
]);

describe("the event word between a list's title and its list word", () => {
  const events = (text: string): string[] => {
    const g = extract(text, { referenceDate: "2024-06-01" });
    const name = (id: string | undefined) => g.entities.find((e) => e.id === id)?.name ?? "-";
    return (g.events ?? []).map((e) => `${e.type} | ${name(e.person)} | ${name(e.position)} | ${name(e.authority)}`).sort();
  };
  it.each([
    [
      "Các Thứ trưởng mới được bổ nhiệm gồm: Trung tướng Vũ Văn Sản, Tư lệnh Quân khu 3; Trung tướng Hoàng Văn Chiên, Tư lệnh Bộ đội Biên phòng.",
      ["appointment | Hoàng Văn Chiên | Thứ trưởng | -", "appointment | Vũ Văn Sản | Thứ trưởng | -"],
    ],
    // A plan is no event.
    ["Các Thứ trưởng sẽ được bổ nhiệm gồm: Trung tướng Vũ Văn Sản, Tư lệnh Quân khu 3; Trung tướng Hoàng Văn Chiên, Tư lệnh Bộ đội Biên phòng.", []],
  ])("%s", (text, expected) => expect(events(text)).toEqual(expected));
});

describe("a second decision word or sanction joined by 'và' before the one holder named after 'đối với'", () => {
  it.each([
    [
      "Thủ tướng quyết định cách chức Chủ tịch UBND tỉnh Phú Yên nhiệm kỳ 2016-2021 và xóa tư cách Phó Chủ tịch UBND tỉnh Phú Yên nhiệm kỳ 2011-2016 đối với ông Trần Văn Lực.",
      ["Trần Văn Lực | Chủ tịch UBND tỉnh Phú Yên | former", "Trần Văn Lực | Phó Chủ tịch UBND tỉnh Phú Yên | former", "EV dismissal | Trần Văn Lực | Chủ tịch UBND tỉnh Phú Yên"],
    ],
    [
      "Hội đồng nhân dân tỉnh quyết định miễn nhiệm Chủ tịch UBND tỉnh Phú Yên và cách chức Phó Chủ tịch UBND tỉnh Phú Yên đối với ông Trần Văn Lực.",
      ["Trần Văn Lực | Chủ tịch UBND tỉnh Phú Yên | former", "Trần Văn Lực | Phó Chủ tịch UBND tỉnh Phú Yên | former", "EV dismissal | Trần Văn Lực | Chủ tịch UBND tỉnh Phú Yên", "EV dismissal | Trần Văn Lực | Phó Chủ tịch UBND tỉnh Phú Yên"],
    ],
    // A word that is no decision joins nothing.
    ["Thủ tướng quyết định bổ nhiệm Giám đốc Sở Tài chính và khen thưởng Giám đốc Sở Y tế đối với ông Trần Văn Lực.", []],
  ])("%s", (text, expected) => expect(graph(text)).toEqual([...expected].sort()));
});

describe("a retired officer keeps the rank; the one replaced after a rank left the post", () => {
  it.each([
    [
      "Ông Vũ Văn Chương được bổ nhiệm làm Giám đốc Công an tỉnh Hưng Yên thay đại tá Bùi Văn Phi nghỉ hưu.",
      [
        "Vũ Văn Chương | Giám đốc Công an tỉnh Hưng Yên | current",
        "Bùi Văn Phi | Giám đốc Công an tỉnh Hưng Yên | former",
        "Bùi Văn Phi | đại tá | current",
        "EV appointment | Vũ Văn Chương | Giám đốc Công an tỉnh Hưng Yên",
        "EV retirement | Bùi Văn Phi | Giám đốc Công an tỉnh Hưng Yên",
      ],
    ],
    ["Thiếu tướng Bùi Văn Phi nghỉ hưu.", ["Bùi Văn Phi | Thiếu tướng | current"]],
    // The rank a person held then, with "mang quân hàm", and the post the decision after it gives.
    [
      "Năm 2018, ông Vũ Văn Chương mang quân hàm đại tá, được Bộ Công an bổ nhiệm làm Giám đốc Công an tỉnh Hưng Yên.",
      // (Told of a past year: whether it is still held is not said.)
      ["Vũ Văn Chương | Giám đốc Công an tỉnh Hưng Yên | unknown", "Vũ Văn Chương | đại tá | unknown", "EV appointment | Vũ Văn Chương | Giám đốc Công an tỉnh Hưng Yên"],
    ],
  ])("%s", (text, expected) => expect(graph(text)).toEqual([...expected].sort()));
});

table("military and police offices and bodies whose names hold a venue, a department or 'và'", [
  // A venue inside a body the gazetteer knows is part of the body's name.
  [
    "Thiếu tướng Đinh Văn Hòa, Chính ủy Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh, phát biểu.",
    ["Đinh Văn Hòa | Thiếu tướng | - | current", "Đinh Văn Hòa | Chính ủy Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh | Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh | current"],
  ],
  ["Đại tá Đỗ Văn Ân, Chủ nhiệm Kỹ thuật Quân chủng Hải quân, phát biểu.", ["Đỗ Văn Ân | Đại tá | - | current", "Đỗ Văn Ân | Chủ nhiệm Kỹ thuật Quân chủng Hải quân | Quân chủng Hải quân | current"]],
  ["Đại tá Lê Văn An, Chủ nhiệm Hậu cần Quân khu 5, phát biểu.", ["Lê Văn An | Đại tá | - | current", "Lê Văn An | Chủ nhiệm Hậu cần Quân khu 5 | Quân khu 5 | current"]],
  [
    "Thiếu tướng Nguyễn Ngọc Toàn, Cục trưởng Cục Công tác Đảng và công tác chính trị, Bộ Công an, phát biểu.",
    ["Nguyễn Ngọc Toàn | Thiếu tướng | - | current", "Nguyễn Ngọc Toàn | Cục trưởng Cục Công tác Đảng và công tác chính trị | Cục Công tác Đảng và công tác chính trị | current"],
  ],
]);

describe("a venue alone stays a place", () => {
  it("Lăng Chủ tịch Hồ Chí Minh", () => {
    const g = extract("Đoàn đại biểu đến viếng Lăng Chủ tịch Hồ Chí Minh.", { referenceDate: "2024-06-01" });
    expect(g.entities.filter((e) => e.type === "location").map((e) => e.name)).toEqual(["Lăng Chủ tịch Hồ Chí Minh"]);
    expect(g.relations.filter((r) => r.type === "holds")).toEqual([]);
  });
});

table("a counted title and a list word with no colon before ranked names", [
  [
    "Tổng cục Chính trị Quân đội nhân dân Việt Nam có 2 Phó Chủ nhiệm gồm Thượng tướng Lê Văn Minh; Trung tướng Trương Văn Tô.",
    [
      "Lê Văn Minh | Phó Chủ nhiệm | Tổng cục Chính trị Quân đội nhân dân Việt Nam | current",
      "Lê Văn Minh | Thượng tướng | - | current",
      "Trương Văn Tô | Phó Chủ nhiệm | Tổng cục Chính trị Quân đội nhân dân Việt Nam | current",
      "Trương Văn Tô | Trung tướng | - | current",
    ],
  ],
]);

table("a title, 'hiện là' or 'hiện nay là', then its holder", [
  ["Giám đốc Sở Y tế hiện là ông Lê Văn An.", ["Lê Văn An | Giám đốc Sở Y tế | Sở Y tế | current"]],
  [
    "Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam hiện nay là Thượng tướng Trịnh Văn Quý.",
    ["Trịnh Văn Quý | Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam | Tổng cục Chính trị Quân đội nhân dân Việt Nam | current", "Trịnh Văn Quý | Thượng tướng | - | current"],
  ],
  // Not before a clause about somewhere else.
  ["Sở Y tế hiện là nơi ông Lê Văn An làm việc.", []],
]);
