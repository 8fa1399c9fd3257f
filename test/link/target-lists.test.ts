import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
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
    // Without a ";" the items are not known: the title after the last name is its own.
    [
      "Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Lạng Sơn đối với ông Lý Minh Tâm, ông Hoàng Văn An, Tỉnh ủy viên.",
      ["Lý Minh Tâm > Phó Chủ tịch UBND tỉnh Lạng Sơn [current]", "Hoàng Văn An > Phó Chủ tịch UBND tỉnh Lạng Sơn [current]", "Hoàng Văn An > Tỉnh ủy viên [current]"],
    ],
    // A count of those named, a list word and "các ông" between the target and the names; items "name - title".
    [
      "HĐND tỉnh bầu bổ sung Ủy viên UBND tỉnh đối với 2 người, gồm các ông Hoàng Văn An - Giám đốc Sở Tài chính và Lý Minh Tâm - Giám đốc Sở Xây dựng.",
      ["Hoàng Văn An > Ủy viên UBND tỉnh [current]", "Lý Minh Tâm > Ủy viên UBND tỉnh [current]", "Hoàng Văn An > Giám đốc Sở Tài chính [current]", "Lý Minh Tâm > Giám đốc Sở Xây dựng [current]"],
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
      ["dismissal: Hoàng Văn An | Phó Chủ tịch UBND tỉnh Lạng Sơn by Thủ tướng", "dismissal: Lý Minh Tâm | Phó Chủ tịch UBND tỉnh Lạng Sơn by Thủ tướng"],
    ],
  ])("%s", (text, expected) => {
    expect(personnelGraph(text).events).toEqual(expected);
  });
});

describe("a counted title before 'là' and a list of names with their own titles", () => {
  it.each([
    [
      "Thủ tướng phê chuẩn bổ sung 2 Ủy viên UBND tỉnh Lạng Sơn là ông Hoàng Văn An, Giám đốc Sở Tài chính tỉnh và ông Lý Minh Tâm, Giám đốc Công an tỉnh.",
      ["Hoàng Văn An > Ủy viên UBND tỉnh Lạng Sơn [current]", "Lý Minh Tâm > Ủy viên UBND tỉnh Lạng Sơn [current]", "Hoàng Văn An > Giám đốc Sở Tài chính tỉnh [current]", "Lý Minh Tâm > Giám đốc Công an tỉnh [current]"],
      ["approval: Hoàng Văn An | Ủy viên UBND tỉnh Lạng Sơn by Thủ tướng", "approval: Lý Minh Tâm | Ủy viên UBND tỉnh Lạng Sơn by Thủ tướng"],
    ],
    [
      "Thủ tướng phê chuẩn miễn nhiệm 2 Ủy viên UBND tỉnh Lạng Sơn là ông Hoàng Văn An, nguyên Giám đốc Công an tỉnh và ông Lý Minh Tâm, nguyên Giám đốc Sở Nội vụ tỉnh, để nghỉ hưu theo chế độ.",
      ["Hoàng Văn An > Ủy viên UBND tỉnh Lạng Sơn [former]", "Lý Minh Tâm > Ủy viên UBND tỉnh Lạng Sơn [former]", "Hoàng Văn An > Giám đốc Công an tỉnh [former]", "Lý Minh Tâm > Giám đốc Sở Nội vụ tỉnh [former]"],
      ["dismissal: Hoàng Văn An | Ủy viên UBND tỉnh Lạng Sơn by Thủ tướng", "dismissal: Lý Minh Tâm | Ủy viên UBND tỉnh Lạng Sơn by Thủ tướng"],
    ],
    // An office one person holds is not a list's: the name after the first item's titles is another person.
    [
      "Chủ tịch UBND tỉnh Lạng Sơn là ông Hoàng Văn An, Phó Bí thư Tỉnh ủy và ông Lý Minh Tâm, Giám đốc Sở Y tế, cùng dự.",
      ["Hoàng Văn An > Chủ tịch UBND tỉnh Lạng Sơn [current]", "Hoàng Văn An > Phó Bí thư Tỉnh ủy [current]", "Lý Minh Tâm > Giám đốc Sở Y tế [current]"],
      [],
    ],
  ])("%s", (text, holds, events) => {
    const g = personnelGraph(text);
    expect(g.holds).toEqual(holds);
    expect(g.events).toEqual(events);
  });
});

describe("'chức vụ T của ông X' after an event word", () => {
  it.each([
    ["Thủ tướng phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh Lạng Sơn của ông Hoàng Văn Bình, để nhận nhiệm vụ mới.", ["Hoàng Văn Bình > Chủ tịch UBND tỉnh Lạng Sơn [former]"], ["dismissal: Hoàng Văn Bình | Chủ tịch UBND tỉnh Lạng Sơn by Thủ tướng"]],
    // Without a word for a post before the title, "của" names who decided.
    ["Quyết định bổ nhiệm Phó Giám đốc Sở Y tế của ông Hoàng Văn Bình là trái quy định.", [], []],
    // Without an event word it is a possessive like any other.
    ["Chức vụ Chủ tịch UBND tỉnh của ông Hoàng Văn Bình được nhắc tới.", [], []],
  ])("%s", (text, holds, events) => {
    const g = personnelGraph(text);
    expect(g.holds).toEqual(holds);
    expect(g.events).toEqual(events);
  });
});

describe("a bare body's province: not one of the next sentence over one before", () => {
  const bodies = (text: string) => {
    const g = extract(text, { referenceDate: "2025-08-15" });
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    return g.relations.filter((r) => r.type === "of").map((r) => `${name(r.from)} > ${name(r.to)}`);
  };
  it.each([
    [
      "Thủ tướng phê chuẩn miễn nhiệm Ủy viên UBND tỉnh Lạng Sơn đối với ông Hoàng Văn An, nguyên Giám đốc Sở Nội vụ tỉnh.\n\nThủ tướng cũng phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh Cao Bằng của ông Lý Minh Tâm.",
      ["Thủ tướng > Chính phủ", "Ủy viên UBND tỉnh Lạng Sơn > UBND tỉnh Lạng Sơn", "Giám đốc Sở Nội vụ tỉnh > Sở Nội vụ tỉnh Lạng Sơn", "Chủ tịch UBND tỉnh Cao Bằng > UBND tỉnh Cao Bằng"],
    ],
    // (In its own sentence the nearer place after it is still its own.)
    [
      "Ông Hoàng Văn An, Giám đốc Sở Nội vụ tỉnh, cho biết tỉnh Cao Bằng đã hoàn thành. Trước đó, tỉnh Lạng Sơn cũng vậy.",
      ["Giám đốc Sở Nội vụ tỉnh > Sở Nội vụ tỉnh Cao Bằng"],
    ],
  ])("%s", (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});

describe("an event word at a line's end says nothing of a title on the next line", () => {
  it.each([
    [
      "Lãnh đạo các tỉnh Sơn La, Hòa Bình chính thức được Thủ tướng phê chuẩn\n\nThủ tướng Chính phủ Nguyễn Văn An.",
      ["Nguyễn Văn An > Thủ tướng Chính phủ [current]"],
      [],
    ],
    // (On one line it is the decision on the title after it.)
    ["HĐND tỉnh miễn nhiệm Phó Chủ tịch UBND tỉnh Nguyễn Văn An.", ["Nguyễn Văn An > Phó Chủ tịch UBND tỉnh [former]"], ["dismissal: Nguyễn Văn An | Phó Chủ tịch UBND tỉnh by HĐND tỉnh"]],
  ])("%s", (text, holds, events) => {
    const g = personnelGraph(text);
    expect(g.holds).toEqual(holds);
    expect(g.events).toEqual(events);
  });
});

describe("'điều động ông X, T1 đến nhận công tác tại [body] và bổ nhiệm giữ chức T2'", () => {
  it.each([
    [
      "UBND tỉnh điều động ông Hoàng Văn An, Phó Giám đốc Sở Nội vụ đến nhận công tác tại Sở Tư pháp và bổ nhiệm giữ chức Phó Giám đốc.",
      ["Hoàng Văn An > Phó Giám đốc Sở Nội vụ [former]", "Hoàng Văn An > Phó Giám đốc [current]"],
      ["appointment: Hoàng Văn An | Phó Giám đốc by UBND tỉnh"],
    ],
    [
      "Điều động ông Lý Minh Tâm, Phó Giám đốc Sở Y tế đến nhận công tác tại Sở Xây dựng và bổ nhiệm giữ chức Phó Giám đốc Sở.",
      ["Lý Minh Tâm > Phó Giám đốc Sở Y tế [former]", "Lý Minh Tâm > Phó Giám đốc Sở [current]"],
      ["appointment: Lý Minh Tâm | Phó Giám đốc Sở"],
    ],
  ])("%s", (text, holds, events) => {
    const g = personnelGraph(text);
    expect(g.holds).toEqual(holds);
    expect(g.events).toEqual(events);
  });

  // The new post's body is the one moved to.
  it("gives the bare title the body moved to", () => {
    const g = extract("UBND tỉnh điều động ông Hoàng Văn An, Phó Giám đốc Sở Nội vụ đến nhận công tác tại Sở Tư pháp và bổ nhiệm giữ chức Phó Giám đốc.", { referenceDate: "2025-08-15" });
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    expect(g.relations.filter((r) => r.type === "of").map((r) => `${name(r.from)} > ${name(r.to)}`)).toEqual(["Phó Giám đốc Sở Nội vụ > Sở Nội vụ", "Phó Giám đốc > Sở Tư pháp"]);
  });
});

describe("a term in parentheses between the titles and 'đối với' (holds.ts termAside)", () => {
  // (The link and the event; the term in parentheses is not read into the tenure yet.)
  it.each([
    ["HĐND thành phố miễn nhiệm chức danh Chủ tịch UBND TP Đà Nẵng khóa X (nhiệm kỳ 2021 - 2026) đối với ông Lương Văn Trí.", ["Lương Văn Trí > Chủ tịch UBND TP Đà Nẵng [former term X]"], ["dismissal: Lương Văn Trí | Chủ tịch UBND TP Đà Nẵng by HĐND thành phố Đà Nẵng"]],
    ["HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Lạng Sơn (khóa XV) đối với bà Lê Thị Hoa.", ["Lê Thị Hoa > Phó Chủ tịch UBND tỉnh Lạng Sơn [former]"], ["dismissal: Lê Thị Hoa | Phó Chủ tịch UBND tỉnh Lạng Sơn by HĐND tỉnh Lạng Sơn"]],
    // A parenthesis that says more than a term is an aside of its own.
    ["HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Lạng Sơn (theo đề nghị của Thường trực) đối với bà Lê Thị Hoa.", [], []],
  ])("%s", (text, holds, events) => {
    const g = personnelGraph(text);
    expect(g.holds).toEqual(holds);
    expect(g.events).toEqual(events);
  });
});

describe("a purpose after the name passed over before an aside in parentheses (holds.ts purposeBeforeAside)", () => {
  it.each([
    [
      "HĐND thành phố miễn nhiệm chức danh Chủ tịch UBND TP Đà Nẵng đối với ông Lương Văn Trí để nhận nhiệm vụ mới (vừa được Bộ Chính trị chỉ định làm Bí thư Thành ủy Đà Nẵng).",
      ["Lương Văn Trí > Bí thư Thành ủy Đà Nẵng [current]", "Lương Văn Trí > Chủ tịch UBND TP Đà Nẵng [former]"],
    ],
  ])("%s", (text, holds) => {
    expect([...personnelGraph(text).holds].sort()).toEqual(holds);
  });
});
