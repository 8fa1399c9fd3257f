import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { resetWork, totalWork } from "../../src/util/work";
import { mentions } from "../helpers";

/** Bodies written inside or right before the body they belong to: one span for the whole. */
describe("organizations nested in organizations", () => {
  it.each([
    // A party body whose "Đảng" goes on with a party's own name: that party's body, not the Vietnamese one.
    ["Nhận lời mời của Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ tịch nước lên đường.", ["Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"]],
    ["Ông Vương Hỗ Ninh, Bí thư Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc.", ["Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc"]],
    ["Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam ra nghị quyết.", ["Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"]],
    // "Chánh Văn phòng" + a name that makes a known body with the title's own word: no "Trung ương Đảng" nested in it.
    ["Ông Lê Văn An, Phó Chánh văn phòng Trung ương Đảng, dự họp.", []],
    ["Ông Lê Văn An, Chánh Văn phòng UBND tỉnh Nghệ An, và ông Trần Bình, Trưởng ban Kinh tế Trung ương, dự họp.", ["UBND tỉnh Nghệ An"]],
    // A chamber or a committee written right before its assembly, without "của".
    ["Chủ tịch Thượng viện Quốc hội Hà Lan đón đoàn.", ["Thượng viện Quốc hội Hà Lan"]],
    ["Ủy ban Đối ngoại Quốc hội Nhật Bản họp.", ["Ủy ban Đối ngoại Quốc hội Nhật Bản"]],
    ["Ủy ban Kinh tế Quốc hội thẩm tra báo cáo.", ["Ủy ban Kinh tế Quốc hội"]],
    // A Party committee of a body written after it (maybe after "cơ quan"), the body's place included.
    ["Ban Chấp hành Đảng bộ cơ quan Báo Nhân Dân họp phiên thứ nhất.", ["Ban Chấp hành Đảng bộ cơ quan Báo Nhân Dân"]],
    ["Đảng ủy Bộ Ngoại giao tổ chức hội nghị.", ["Đảng ủy Bộ Ngoại giao"]],
    ["Phó Bí thư Thường trực Đảng ủy Bộ Lao động - Thương binh và Xã hội phát biểu.", ["Đảng ủy Bộ Lao động - Thương binh và Xã hội"]],
    ["Ban Thường vụ Đảng ủy Công an Trung ương họp.", ["Ban Thường vụ Đảng ủy Công an Trung ương"]],
    ["là nơi ra đời Chi bộ Đảng Cộng sản Phú Riềng - tổ chức cộng sản đầu tiên", ["Chi bộ Đảng Cộng sản Phú Riềng"]],
    ["Đảng ủy xã Tân Lập họp.", ["Đảng ủy xã Tân Lập"]],
    // A branch written after the body's name, in a place or by a name, is one body with it.
    ["Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An cho biết, lãi suất giảm.", ["Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An"]],
    ["Agribank Chi nhánh Hà Tây đã giải ngân.", ["Agribank Chi nhánh Hà Tây"]],
    ["Ngân hàng TMCP Công thương Việt Nam chi nhánh Đống Đa phát hiện sai phạm.", ["Ngân hàng TMCP Công thương Việt Nam chi nhánh Đống Đa"]],
    ["Vietcombank chi nhánh mới khai trương.", ["Vietcombank"]],
    // English words of a foreign company's name after a foreign word; a person named after it stays apart.
    ["Tập đoàn Toyota Motor công bố.", ["Tập đoàn Toyota Motor"]],
    ["Phó Chủ tịch Tập đoàn Samsung Lee Jae-yong bị bắt.", ["Tập đoàn Samsung"]],
    // A company's legal form after a dash is part of its name.
    ["Tổng công ty Đường sắt Việt Nam - CTCP công bố.", ["Tổng công ty Đường sắt Việt Nam - CTCP"]],
    ["Tổng công ty Cảng hàng không Việt Nam - Công ty cổ phần (ACV) cho biết.", ["Tổng công ty Cảng hàng không Việt Nam - Công ty cổ phần", "ACV"]],
    // Not before another body that is no assembly, nor across a line.
    ["Ủy ban Kinh tế\nQuốc hội họp.", ["Ủy ban Kinh tế", "Quốc hội"]],
    ["Bộ Y tế Chính phủ Lào hợp tác.", ["Bộ Y tế", "Chính phủ Lào"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "organization")).toEqual(expected);
  });

  it("a foreign party's body is that party's, with its own name", () => {
    const g = extract("Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc Tập Cận Bình");
    const names = g.entities.filter((e) => e.type === "organization").map((e) => e.name);
    expect(names).toEqual(["Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"]);
  });
});

/** Heads that read the body after them, repeated: bounded nesting, work linear in the length (counted, not timed). */
describe("bodies nested in bodies, repeated", () => {
  const perChar = (text: string) => {
    resetWork();
    const g = extract(text);
    expect(g.mentions.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
    return totalWork() / text.length;
  };
  it.each(["Đảng ủy ", "Đảng ủy cơ quan ", "Thượng viện ", "Ban Chấp hành Trung ương Đảng ", "Ngân hàng Nhà nước chi nhánh ", "Công ty Samsung Electronics ", "Đảng Cộng hòa "])("%s", (unit) => {
    const small = perChar(unit.repeat(Math.ceil(20000 / unit.length)));
    const large = perChar(unit.repeat(Math.ceil(200000 / unit.length)));
    expect(large).toBeLessThan(small * 1.2);
  });
});

