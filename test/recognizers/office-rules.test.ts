import { describe, expect, it } from "vitest";
import { readOfficeRules } from "../../src/recognizers/office-rules";
import { extract } from "../../src/index";
import { holds, mentions, ofs } from "../helpers";

describe("data/office-rules.tsv", () => {
  it.each([
    // [text, the post's organization as read through the rules]
    ["Bí thư tỉnh Quảng Nam Lương Nguyễn Minh Triết dự họp", "Bí thư tỉnh Quảng Nam | Tỉnh ủy Quảng Nam"],
    ["Chủ tịch tỉnh Đồng Nai Võ Tấn Đức chủ trì", "Chủ tịch tỉnh Đồng Nai | UBND tỉnh Đồng Nai"],
    ["Bí thư xã Đức Thắng Nguyễn Văn An phát biểu", "Bí thư xã Đức Thắng | Đảng ủy xã Đức Thắng"],
    ["Thủ tướng Nhật Bản Ishiba Shigeru thăm Việt Nam", "Thủ tướng Nhật Bản | Chính phủ Nhật Bản"],
  ])("%s", (text, of) => {
    expect(ofs(text)).toContain(of);
  });

  it("reads its columns: body by place kind, aides, generic bodies; other rules are ignored", () => {
    const rules = readOfficeRules(
      ["name\trule\tvalue\tnote", "Bí thư\tbody_of_place\tprovince=Tỉnh ủy | commune=Đảng ủy xã\t", "Thư ký\tserves_office\t\t", "Quốc hội\tgeneric_body\t\t", "X\tunknown_rule\tv\t"].join("\n"),
    );
    expect({ ...rules.bodyOfPlace["bí thư"] }).toEqual({ province: "Tỉnh ủy", commune: "Đảng ủy xã" });
    expect([...rules.servesOffice]).toEqual(["thư ký"]);
    expect([...rules.genericBodies]).toEqual(["Quốc hội"]);
    expect(rules.bodyOfPlace["toString"]).toBeUndefined();
  });

  it("reads the kinds of body before which a needs_body head is still no title", () => {
    const rules = readOfficeRules(["name\trule\tvalue\tnote", "Thành viên\tneeds_body\tinternational\t"].join("\n"));
    expect([...rules.needsBody]).toEqual(["thành viên"]);
    expect(rules.memberOfKinds["thành viên"]).toEqual(["international"]);
  });

  it("reads the shorter heads a holder's post may be written with", () => {
    const rules = readOfficeRules(["name\trule\tvalue\tnote", "Chủ tịch nước\tshort_head\tChủ tịch\t"].join("\n"));
    expect(rules.shortHeads["chủ tịch nước"]).toEqual(["chủ tịch"]);
    expect(rules.shortHeads["chủ tịch"]).toBeUndefined();
  });

  it("reads envoys' titles, the longest first, with the word naming their mission", () => {
    const rules = readOfficeRules(["name\trule\tvalue\tnote", "Lãnh sự\tenvoy\tquán\t", "Tổng lãnh sự\tenvoy\tquán\t", "Trưởng đại diện\tenvoy\t\t"].join("\n"));
    expect(rules.envoys).toEqual([
      { prefix: "trưởng đại diện", mission: "" },
      { prefix: "tổng lãnh sự", mission: "quán" },
      { prefix: "lãnh sự", mission: "quán" },
    ]);
  });
});

describe("names_unit: a village-level head's title takes its unit's name", () => {
  it.each([
    // [text, positions, persons]
    ["Ông Lê Văn Tám, Trưởng thôn Trung Thành cho biết.", ["Trưởng thôn Trung Thành"], ["Lê Văn Tám"]],
    ["Trưởng ấp Phú Hòa Lê Văn Tám cho biết.", ["Trưởng ấp Phú Hòa"], ["Lê Văn Tám"]],
    ["Trưởng khu phố 3 Lê Văn Tám cho biết.", ["Trưởng khu phố 3"], ["Lê Văn Tám"]],
    // A surname first: the holder's name, not the unit's.
    ["Trưởng thôn Nguyễn Văn Tám cho biết.", ["Trưởng thôn"], ["Nguyễn Văn Tám"]],
    ["Trưởng bản Lò Văn Pọm cho biết.", ["Trưởng bản"], ["Lò Văn Pọm"]],
  ])("%s", (text, positions, persons) => {
    expect(mentions(text, "position")).toEqual(positions);
    expect(mentions(text, "person")).toEqual(persons);
  });
});

describe("heads of state", () => {
  it.each([
    // [text, the state's name, the names it also goes by]
    ["Tổng thống Mỹ Joe Biden phát biểu", "Nhà nước Mỹ", ["Mỹ"]],
    ["Nhà vua Nhật Bản Naruhito", "Nhà nước Nhật Bản", ["Nhật Bản"]],
  ])("%s", (text, state, aliases) => {
    const g = extract(text);
    const org = g.entities.find((e) => e.type === "organization");
    expect(org?.name).toBe(state);
    expect(org?.aliases).toEqual(aliases);
    expect(org?.type === "organization" && org.kind).toBe("state");
  });

  it("a head of Việt Nam's state keeps its own body, and a chairman of a body is no head of state", () => {
    expect(ofs("Chủ tịch nước Tô Lâm")).toEqual(["Chủ tịch nước | Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam"]);
    expect(ofs("Chủ tịch HĐQT Vietcombank phát biểu").some((o) => o.includes("Nhà nước"))).toBe(false);
  });
});

describe("needs_body: a head that in lower case and alone is a common word", () => {
  it.each([
    // [text, positions, holds]
    // "thành viên" alone is "member": of a bloc, of a front; no one's office.
    ["Chủ tịch nước Trần Đại Quang mong muốn hai nước ủng hộ nhau trong các tổ chức mà hai nước là thành viên, nhất là tại ASEAN.", ["Chủ tịch nước"], ["Trần Đại Quang | Chủ tịch nước"]],
    ["Ông Nguyễn Thiện Nhân khẳng định vai trò của MTTQ Việt Nam và các tổ chức thành viên, toàn thể nhân dân.", [], []],
    // With its body it stays a title, in lower case too.
    ["Bộ trưởng Nguyễn Chí Dũng là thành viên Chính phủ nhận nhiều ý kiến.", ["Bộ trưởng", "thành viên Chính phủ"], null],
    ["Thành viên Ủy ban Thường vụ Quốc hội không thể đồng thời là thành viên Chính phủ.", ["Thành viên Ủy ban Thường vụ Quốc hội", "thành viên Chính phủ"], null],
    ["Ông Lê Văn Bình là thành viên Hội đồng quản trị Vietcombank.", ["thành viên Hội đồng quản trị Vietcombank"], ["Lê Văn Bình | thành viên Hội đồng quản trị Vietcombank"]],
    // Before an international body (value "international") it is a country's or a parliament's membership.
    ["Từ khi trở thành thành viên WTO năm 2007, Việt Nam mở cửa thị trường.", [], []],
    ["Quốc hội gửi thư tới các Nghị viện thành viên APPF và các nước thành viên ASEAN.", [], []],
  ])("%s", (text, positions, expectedHolds) => {
    expect(mentions(text, "position")).toEqual(positions);
    if (expectedHolds) expect(holds(text)).toEqual(expectedHolds);
  });
});

describe("needs_name: a head that alone is a title only before its holder's name", () => {
  it.each([
    // [text, positions, holds]
    ["ĐB Phan Thị Lan (đoàn Thái Nguyên) đề nghị làm rõ trách nhiệm.", ["ĐB"], ["Phan Thị Lan | ĐB"]],
    ["Tranh luận với ĐB Hoàng Văn Tú, Bộ trưởng cho rằng cần thêm thời gian.", ["ĐB", "Bộ trưởng"], ["Hoàng Văn Tú | ĐB"]],
    // With no name after it, "ĐB" is "deputies" in general, or an abbreviation of something else.
    ["Đã có hơn 120 lượt ĐB đặt câu hỏi và 40 lượt ĐB tranh luận.", [], []],
    ["Vì thế, ĐB đề nghị thay quy định này.", [], []],
    ["Vùng ĐB sông Cửu Long thiếu nước ngọt.", [], []],
  ])("%s", (text, positions, expectedHolds) => {
    expect(mentions(text, "position")).toEqual(positions);
    expect(holds(text)).toEqual(expectedHolds);
  });

  it("reads the rule", () => {
    expect([...readOfficeRules(["name\trule\tvalue\tnote", "ĐB\tneeds_name\t\t"].join("\n")).needsName]).toEqual(["đb"]);
  });
  it("reads bare_body", () => {
    expect(readOfficeRules(["name\trule\tvalue\tnote", "Giám đốc\tbare_body\tSở | Bệnh viện\t"].join("\n")).bareBody["giám đốc"]).toEqual(["sở", "bệnh viện"]);
  });
});

describe("grammar-words.tsv gathering: a title right after 'Đại hội' names who meets", () => {
  it.each([
    // [text, positions, holds]
    ["Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng bế mạc. ĐB Lê Thị Mai phát biểu.", ["ĐB"], ["Lê Thị Mai | ĐB"]],
    ["Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh khai mạc. Đại biểu Trần Văn Hậu tham luận.", ["Đại biểu"], ["Trần Văn Hậu | Đại biểu"]],
    ["Đại hội Đảng viên chi bộ thôn Đông diễn ra sáng nay.", [], []],
  ])("%s", (text, positions, expectedHolds) => {
    expect(mentions(text, "position")).toEqual(positions);
    expect(holds(text)).toEqual(expectedHolds);
  });
});

describe("office-rules.tsv bare_body in lower case: only before the holder's name", () => {
  it.each([
    // [text, positions, holds]
    ["Giám đốc sở Ngô Văn Hải cho hay.", ["Giám đốc sở"], ["Ngô Văn Hải | Giám đốc sở"]],
    ["Giám đốc sở cho hay.", ["Giám đốc"], []],
    ["Tại Trường THCS Lê Lợi, Hiệu trưởng trường Nguyễn Thị Lan cho biết.", ["Hiệu trưởng trường"], ["Nguyễn Thị Lan | Hiệu trưởng trường"]],
    ["Công ty TNHH Minh Phát cho biết. Giám đốc công ty Lê Văn Hưng cho biết thêm.", ["Giám đốc công ty"], ["Lê Văn Hưng | Giám đốc công ty"]],
  ])("%s", (text, positions, expectedHolds) => {
    expect(mentions(text, "position")).toEqual(positions);
    expect(holds(text)).toEqual(expectedHolds);
  });
});
