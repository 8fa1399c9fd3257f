import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

/** "type: person | post [by authority] [on date]" for every personnel event, in order. */
function events(text: string, referenceDate = "2017-06-01"): string[] {
  const g = extract(text, { referenceDate });
  const name = (id: string | undefined) => g.entities.find((e) => e.id === id)?.name;
  const value = (id: string | undefined) => {
    const e = g.entities.find((x) => x.id === id);
    return e?.type === "date" ? e.value : undefined;
  };
  return g.events.map((e) => [`${e.type}: ${name(e.person)} | ${name(e.position)}`, e.authority && `by ${name(e.authority)}`, e.date && `on ${value(e.date)}`].filter(Boolean).join(" "));
}

describe("personnel events", () => {
  it.each([
    ["Ông Nguyễn Văn An được Chủ tịch UBND tỉnh bổ nhiệm giữ chức Giám đốc Sở Y tế từ ngày 1/7.", ["appointment: Nguyễn Văn An | Giám đốc Sở Y tế by Chủ tịch UBND tỉnh on 2017-07-01"]],
    ["Thủ tướng Chính phủ vừa ký quyết định bổ nhiệm ông Trần Văn Sơn giữ chức Thứ trưởng Bộ Tài chính.", ["appointment: Trần Văn Sơn | Thứ trưởng Bộ Tài chính by Thủ tướng Chính phủ"]],
    ["Ông Lê Văn Thành được bầu làm Chủ tịch UBND thành phố.", ["election: Lê Văn Thành | Chủ tịch UBND thành phố"]],
    ["HĐND tỉnh đã bầu ông Lê Văn Thành giữ chức Chủ tịch UBND tỉnh.", ["election: Lê Văn Thành | Chủ tịch UBND tỉnh by HĐND tỉnh"]],
    ["Ông Nguyễn Văn Bình được Quốc hội phê chuẩn làm Phó Thủ tướng Chính phủ.", ["approval: Nguyễn Văn Bình | Phó Thủ tướng Chính phủ by Quốc hội"]],
    ["HĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Bình.", ["dismissal: Lê Văn Bình | Phó Chủ tịch UBND tỉnh by HĐND tỉnh"]],
    ["Thường vụ Quốc hội đồng ý cho thôi nhiệm vụ đại biểu Quốc hội đối với ông Võ Kim Cự.", ["dismissal: Võ Kim Cự | đại biểu Quốc hội"]],
    ["Ngày 7/5, Ban Chấp hành Trung ương quyết định kỷ luật ông Đinh La Thăng và cho thôi giữ chức Ủy viên Bộ Chính trị.", ["dismissal: Đinh La Thăng | Ủy viên Bộ Chính trị by Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam on 2017-05-07"]],
    ["Ông Trần Văn Tâm, nguyên Giám đốc Sở Tài chính, đã từ trần ngày 5/6/2017.", ["death: Trần Văn Tâm | Giám đốc Sở Tài chính on 2017-06-05"]],
    ["Ông Lê Văn Hòa, Giám đốc Công an tỉnh, nghỉ hưu theo chế độ.", ["retirement: Lê Văn Hòa | Giám đốc Công an tỉnh"]],
    ["Ông Nguyễn Văn Nam được điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.", ["appointment: Nguyễn Văn Nam | Phó Giám đốc Sở Nội vụ"]],
    // Who acts on the person decides; an agent after a chain of titles decides the next one.
    ["Bộ Chính trị quyết định phân công ông Đinh La Thăng thôi giữ chức Bí thư Thành ủy TP.HCM.", ["dismissal: Đinh La Thăng | Bí thư Thành ủy TP.HCM by Bộ Chính trị"]],
    [
      "Sáng 10/5, ông Nguyễn Thiện Nhân - Ủy viên Bộ Chính trị - được Bộ Chính trị phân công làm Bí thư Thành ủy TPHCM.",
      ["appointment: Nguyễn Thiện Nhân | Bí thư Thành ủy TPHCM by Bộ Chính trị on 2017-05-10"],
    ],
    ["Ông Nguyễn Thiện Nhân được cử giữ chức Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.", ["election: Nguyễn Thiện Nhân | Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"]],
    ["Theo quyết định của Ban Bí thư, Thứ trưởng Bộ Xây dựng Đỗ Đức Duy giữ chức Phó Bí thư Tỉnh ủy Yên Bái.", ["appointment: Đỗ Đức Duy | Phó Bí thư Tỉnh ủy Yên Bái by Ban Bí thư"]],
    // Both titles of one appointment.
    ["Thủ tướng bổ nhiệm ông Trần Văn Sơn giữ chức Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ.", ["appointment: Trần Văn Sơn | Bộ trưởng by Thủ tướng", "appointment: Trần Văn Sơn | Chủ nhiệm Văn phòng Chính phủ by Thủ tướng"]],
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each([
    // A procedure, not an event: no one is named.
    ["Thủ tướng chỉ thị thực hiện nghiêm quy trình bầu, miễn nhiệm, bãi nhiệm Chủ tịch, Phó Chủ tịch Ủy ban nhân dân các cấp."],
    // A plan.
    ["Ông Lê Văn Thành sẽ được bổ nhiệm làm Giám đốc Sở Y tế."],
    // Only proposed.
    ["Bộ Chính trị giới thiệu ông Trần Thanh Mẫn để hiệp thương giữ chức Chủ tịch Ủy ban Trung ương MTTQ Việt Nam."],
    // The one who decides is not appointed.
    ["Chủ tịch UBND tỉnh Nguyễn Văn A đã ký quyết định bổ nhiệm Giám đốc Sở Y tế."],
  ])("no event: %s", (text) => {
    expect(events(text)).toEqual([]);
  });

  it("every event has its holds relation, with the status it implies", () => {
    const g = extract("Ông Trần Văn Tâm, Giám đốc Sở Tài chính, đã nghỉ hưu.", { referenceDate: "2017-06-01" });
    expect(g.events).toHaveLength(1);
    const r = g.relations.find((x) => x.type === "holds" && x.from === g.events[0]!.person && x.to === g.events[0]!.position);
    expect(r?.status).toBe("former");
  });
});
