import { describe, expect, it } from "vitest";
import { personnelGraph } from "../helpers";

/**
 * A decision's titles, then the list of those it names after "đối với" (issue 13, provincial personnel news): every name
 * of the list holds the titles and gets the events; names of one item that a ";" ends share the titles written after
 * the last of them. Made-up sentences in the shapes of approvals, elections and dismissals of provincial officials.
 */

describe("titles then a list of holders after 'đối với'", () => {
  it.each([
    // Names joined by "," and "và", after a colon.
    [
      "Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Lạng Sơn nhiệm kỳ 2021 - 2026 đối với: ông Hoàng Văn An, ông Lý Minh Tâm và bà Đinh Thị Hoa.",
      ["Hoàng Văn An > Phó Chủ tịch UBND tỉnh Lạng Sơn [current term 2021–2026]", "Lý Minh Tâm > Phó Chủ tịch UBND tỉnh Lạng Sơn [current term 2021–2026]", "Đinh Thị Hoa > Phó Chủ tịch UBND tỉnh Lạng Sơn [current term 2021–2026]"],
    ],
    // Each item with its reason, the next item after the ";".
    [
      "Thủ tướng phê chuẩn việc miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Lạng Sơn đối với: ông Hoàng Văn An, để nghỉ hưu theo chế độ; ông Lý Minh Tâm để nhận nhiệm vụ mới.",
      ["Hoàng Văn An > Phó Chủ tịch UBND tỉnh Lạng Sơn [former]", "Lý Minh Tâm > Phó Chủ tịch UBND tỉnh Lạng Sơn [former]"],
    ],
    // An item's own titles, then "và" and the next name.
    [
      "HĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Hoàng Văn An, Giám đốc Sở Tài chính và ông Lý Minh Tâm, Giám đốc Sở Xây dựng.",
      ["Hoàng Văn An > Ủy viên UBND tỉnh [former]", "Lý Minh Tâm > Ủy viên UBND tỉnh [former]", "Hoàng Văn An > Giám đốc Sở Tài chính [current]", "Lý Minh Tâm > Giám đốc Sở Xây dựng [current]"],
    ],
    // Items split by ";": the names of one item share the titles after its last name.
    [
      "Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Lạng Sơn đối với: bà Đinh Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy; ông Lý Minh Tâm, ông Hoàng Văn An, Tỉnh ủy viên.",
      [
        "Đinh Thị Hoa > Phó Chủ tịch UBND tỉnh Lạng Sơn [current]",
        "Lý Minh Tâm > Phó Chủ tịch UBND tỉnh Lạng Sơn [current]",
        "Hoàng Văn An > Phó Chủ tịch UBND tỉnh Lạng Sơn [current]",
        "Lý Minh Tâm > Tỉnh ủy viên [current]",
        "Hoàng Văn An > Tỉnh ủy viên [current]",
        "Đinh Thị Hoa > Ủy viên Ban Thường vụ Tỉnh ủy [current]",
      ],
    ],
    // … also when a sentence about another place follows.
    [
      "Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Lạng Sơn đối với: bà Đinh Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy; ông Lý Minh Tâm, ông Hoàng Văn An, Tỉnh ủy viên. Với tỉnh Cao Bằng, Thủ tướng phê chuẩn kết quả bầu Chủ tịch UBND tỉnh.",
      [
        "Đinh Thị Hoa > Phó Chủ tịch UBND tỉnh Lạng Sơn [current]",
        "Lý Minh Tâm > Phó Chủ tịch UBND tỉnh Lạng Sơn [current]",
        "Hoàng Văn An > Phó Chủ tịch UBND tỉnh Lạng Sơn [current]",
        "Lý Minh Tâm > Tỉnh ủy viên [current]",
        "Hoàng Văn An > Tỉnh ủy viên [current]",
        "Đinh Thị Hoa > Ủy viên Ban Thường vụ Tỉnh ủy [current]",
      ],
    ],
    // … also when a sentence about another place follows.
    [
      "Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Lạng Sơn đối với: bà Đinh Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy; ông Lý Minh Tâm, ông Hoàng Văn An, Tỉnh ủy viên. Với tỉnh Cao Bằng, Thủ tướng phê chuẩn kết quả bầu Chủ tịch UBND tỉnh.",
      [
        "Đinh Thị Hoa > Phó Chủ tịch UBND tỉnh Lạng Sơn [current]",
        "Lý Minh Tâm > Phó Chủ tịch UBND tỉnh Lạng Sơn [current]",
        "Hoàng Văn An > Phó Chủ tịch UBND tỉnh Lạng Sơn [current]",
        "Lý Minh Tâm > Tỉnh ủy viên [current]",
        "Hoàng Văn An > Tỉnh ủy viên [current]",
        "Đinh Thị Hoa > Ủy viên Ban Thường vụ Tỉnh ủy [current]",
      ],
    ],
    // Without a ";" the items are not known: the title after the last name is its own.
    [
      "Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Lạng Sơn đối với ông Lý Minh Tâm, ông Hoàng Văn An, Tỉnh ủy viên.",
      ["Lý Minh Tâm > Phó Chủ tịch UBND tỉnh Lạng Sơn [current]", "Hoàng Văn An > Phó Chủ tịch UBND tỉnh Lạng Sơn [current]", "Hoàng Văn An > Tỉnh ủy viên [current]"],
    ],
    // A reason without a ";" ends the list: the name after it is no item of it.
    [
      "HĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Hoàng Văn An để nhận nhiệm vụ mới, ông Lý Minh Tâm chủ trì kỳ họp.",
      ["Hoàng Văn An > Chủ tịch UBND tỉnh [former]"],
    ],
  ])("%s", (text, expected) => {
    expect(personnelGraph(text).holds).toEqual(expected);
  });

  it.each([
    [
      "Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Lạng Sơn đối với: ông Hoàng Văn An và bà Đinh Thị Hoa.",
      [
        "approval: Hoàng Văn An | Phó Chủ tịch UBND tỉnh Lạng Sơn by Thủ tướng",
        "election: Hoàng Văn An | Phó Chủ tịch UBND tỉnh Lạng Sơn",
        "approval: Đinh Thị Hoa | Phó Chủ tịch UBND tỉnh Lạng Sơn by Thủ tướng",
        "election: Đinh Thị Hoa | Phó Chủ tịch UBND tỉnh Lạng Sơn",
      ],
    ],
    [
      "Thủ tướng phê chuẩn việc miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Lạng Sơn đối với: ông Hoàng Văn An, để nghỉ hưu theo chế độ; ông Lý Minh Tâm để nhận nhiệm vụ mới.",
      ["dismissal: Hoàng Văn An | Phó Chủ tịch UBND tỉnh Lạng Sơn", "dismissal: Lý Minh Tâm | Phó Chủ tịch UBND tỉnh Lạng Sơn"],
    ],
  ])("%s", (text, expected) => {
    expect(personnelGraph(text).events).toEqual(expected);
  });
});
