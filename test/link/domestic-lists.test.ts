import { describe, expect, it } from "vitest";
import { personnelGraph } from "../helpers";

/**
 * Lists of titled names in Vietnamese domestic personnel news (issue 13): made-up sentences in the shapes such news
 * uses, each with the events the graph must have ("type: person | post by authority"). Only the lines listed are checked.
 */

describe("domestic lists: a verb after a list of titled names gives its post to every name", () => {
  it.each([
    // Each name's own titles after a dash or a comma, then "giữ chức T" (a post of several): every name holds T.
    [
      "HĐND TP đã bầu ông Lê Văn An - Giám đốc Sở Tài chính, ông Trần Văn Bình - Giám đốc Sở Xây dựng và ông Phạm Văn Cường - Chánh Văn phòng UBND TP giữ chức Phó Chủ tịch UBND TP.",
      ["election: Lê Văn An | Phó Chủ tịch UBND TP by HĐND TP", "election: Trần Văn Bình | Phó Chủ tịch UBND TP by HĐND TP", "election: Phạm Văn Cường | Phó Chủ tịch UBND TP by HĐND TP"],
    ],
    [
      "HĐND tỉnh đã bầu ông Lê Văn An, Giám đốc Sở Tài chính và ông Trần Văn Bình, Giám đốc Sở Xây dựng giữ chức Phó Chủ tịch UBND tỉnh.",
      ["election: Lê Văn An | Phó Chủ tịch UBND tỉnh by HĐND tỉnh", "election: Trần Văn Bình | Phó Chủ tịch UBND tỉnh by HĐND tỉnh"],
    ],
    // Items split by ";" after "các đồng chí:", the verb after the last ";".
    [
      "HĐND TP đã bầu các đồng chí: Lê Văn An, Ủy viên Ban Thường vụ Thành ủy; Trần Văn Bình, Giám đốc Sở Tài chính; Phạm Văn Cường, Chánh Thanh tra thành phố; giữ chức Phó Chủ tịch UBND TP.",
      ["election: Lê Văn An | Phó Chủ tịch UBND TP by HĐND TP", "election: Trần Văn Bình | Phó Chủ tịch UBND TP by HĐND TP", "election: Phạm Văn Cường | Phó Chủ tịch UBND TP by HĐND TP"],
    ],
    // … also when the last item's titles read on across its ";" and gave it T already.
    [
      "HĐND TP đã bầu các đồng chí: Lê Văn An, Ủy viên Ban Thường vụ Thành ủy; Trần Văn Bình, Giám đốc Sở Tài chính; Phạm Văn Cường, Chánh Thanh tra TPHCM; giữ chức Phó Chủ tịch UBND TPHCM.",
      ["election: Lê Văn An | Phó Chủ tịch UBND TPHCM by HĐND TP Hồ Chí Minh", "election: Trần Văn Bình | Phó Chủ tịch UBND TPHCM by HĐND TP Hồ Chí Minh", "election: Phạm Văn Cường | Phó Chủ tịch UBND TPHCM by HĐND TP Hồ Chí Minh"],
    ],
  ])("%s", (text, expected) => {
    const { events } = personnelGraph(text);
    for (const e of expected) expect(events).toContain(e);
  });
});

describe("domestic lists: a list after a plural address word and a colon", () => {
  it.each([
    // "với các ông: A, T1; B, T2" (link-cues.tsv people-list, then ":"): each name gets the new rank, the old one former.
    [
      "Chủ tịch nước trao quyết định thăng cấp bậc hàm từ trung tướng lên thượng tướng với các ông: Lê Văn An, Trợ lý Tổng Bí thư; Trần Văn Bình, Giám đốc Học viện Quốc phòng.",
      ["Lê Văn An > thượng tướng [current]", "Trần Văn Bình > thượng tướng [current]", "Lê Văn An > trung tướng [former]", "Trần Văn Bình > trung tướng [former]"],
    ],
    [
      "Thủ tướng phê chuẩn miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với các ông: Lê Văn An, Trần Văn Bình.",
      ["Lê Văn An > Phó Chủ tịch UBND tỉnh [former]", "Trần Văn Bình > Phó Chủ tịch UBND tỉnh [former]"],
    ],
  ])("%s", (text, expected) => {
    const { holds } = personnelGraph(text);
    for (const h of expected) expect(holds).toContain(h);
  });
});

describe("domestic lists: the approving body of a dismissal", () => {
  it.each([
    // "phê chuẩn việc miễn nhiệm chức vụ T đối với …" (personnel-events.tsv "phê chuẩn việc"): the approver is the authority.
    ["Thủ tướng phê chuẩn việc miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Nam Định đối với ông Lê Văn An.", ["dismissal: Lê Văn An | Phó Chủ tịch UBND tỉnh Nam Định by Thủ tướng"]],
    [
      "Thủ tướng Chính phủ phê chuẩn việc miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Nam Định đối với: ông Lê Văn An, ông Trần Văn Bình.",
      ["dismissal: Lê Văn An | Phó Chủ tịch UBND tỉnh Nam Định by Thủ tướng Chính phủ", "dismissal: Trần Văn Bình | Phó Chủ tịch UBND tỉnh Nam Định by Thủ tướng Chính phủ"],
    ],
    ["Thủ tướng phê chuẩn việc bổ nhiệm ông Lê Văn An giữ chức Phó Chủ tịch UBND tỉnh.", ["approval: Lê Văn An | Phó Chủ tịch UBND tỉnh by Thủ tướng"]],
  ])("%s", (text, expected) => {
    expect(personnelGraph(text).events).toEqual(expected);
  });
});

describe("domestic lists: a decision before a list of pairs opened by a colon", () => {
  it.each([
    // The decision before "các ông:" or before a list word ("là", "gồm") and its colon, the sentence ending after the
    // last pair: one event for each name with the title written with it.
    [
      "Ba giám đốc sở được bổ nhiệm mới là: ông Lê Văn An, Giám đốc Sở Tài chính; ông Trần Văn Bình, Giám đốc Sở Xây dựng; bà Phạm Thị Cúc, Giám đốc Sở Nội vụ.",
      ["appointment: Lê Văn An | Giám đốc Sở Tài chính", "appointment: Trần Văn Bình | Giám đốc Sở Xây dựng", "appointment: Phạm Thị Cúc | Giám đốc Sở Nội vụ"],
    ],
    [
      "UBND tỉnh bổ nhiệm các ông: Lê Văn An, Giám đốc Sở Tài chính; Trần Văn Bình, Giám đốc Sở Xây dựng.",
      ["appointment: Lê Văn An | Giám đốc Sở Tài chính by UBND tỉnh", "appointment: Trần Văn Bình | Giám đốc Sở Xây dựng by UBND tỉnh"],
    ],
    [
      "HĐND tỉnh miễn nhiệm các ông: Lê Văn An, Giám đốc Sở Tài chính; Trần Văn Bình, Giám đốc Sở Xây dựng.",
      ["dismissal: Lê Văn An | Giám đốc Sở Tài chính by HĐND tỉnh", "dismissal: Trần Văn Bình | Giám đốc Sở Xây dựng by HĐND tỉnh"],
    ],
    // No decision before the colon, or a vote (the seat may be another): no event.
    ["Dự hội nghị có các ông: Lê Văn An, Giám đốc Sở Tài chính; Trần Văn Bình, Giám đốc Sở Xây dựng.", []],
    ["HĐND tỉnh bầu các ông: Lê Văn An, Giám đốc Sở Tài chính; Trần Văn Bình, Giám đốc Sở Xây dựng.", []],
  ])("%s", (text, expected) => {
    expect(personnelGraph(text).events).toEqual(expected);
  });
});

describe("domestic lists: 'Kế nhiệm ông X là ông Y'", () => {
  it.each([
    // Opening its sentence, the one after "là" takes the post X was told to leave before (or X's one post); X held it.
    [
      "Giám đốc Sở Y tế Lê Văn An nghỉ hưu. Kế nhiệm ông Lê Văn An là ông Trần Văn Bình, Phó Giám đốc Sở Y tế.",
      ["Lê Văn An > Giám đốc Sở Y tế [former]", "Trần Văn Bình > Phó Giám đốc Sở Y tế [current]", "Trần Văn Bình > Giám đốc Sở Y tế [current]"],
    ],
    [
      "Ông Lê Văn An, Phó Bí thư Tỉnh ủy, thôi giữ chức Chủ tịch UBND tỉnh. Kế nhiệm ông An là ông Trần Văn Bình.",
      ["Lê Văn An > Phó Bí thư Tỉnh ủy [current]", "Lê Văn An > Chủ tịch UBND tỉnh [former]", "Trần Văn Bình > Chủ tịch UBND tỉnh [current]"],
    ],
    // Two posts and none told as left, or "ông An" for two people: not known which.
    [
      "Ông Lê Văn An, Chủ tịch UBND tỉnh, được điều động làm Thứ trưởng Bộ Nội vụ. Kế nhiệm ông An là ông Trần Văn Bình.",
      ["Lê Văn An > Chủ tịch UBND tỉnh [former]", "Lê Văn An > Thứ trưởng Bộ Nội vụ [current]"],
    ],
    ["Ông Lê Văn An thôi giữ chức Chủ tịch UBND huyện, ông Phạm Văn An nghỉ hưu. Kế nhiệm ông An là ông Trần Văn Bình.", ["Lê Văn An > Chủ tịch UBND huyện [former]"]],
  ])("%s", (text, expected) => {
    expect(personnelGraph(text).holds).toEqual(expected);
  });
});

describe("domestic lists: titles in mixed case", () => {
  it.each([
    // A lower-case syllable of a title after a capitalized modifier ("Phó tổng Tham mưu trưởng") is the title's.
    ["Ông Trần Văn Bình, Phó tổng Tham mưu trưởng Quân đội nhân dân Việt Nam phát biểu.", ["Trần Văn Bình > Phó tổng Tham mưu trưởng Quân đội nhân dân Việt Nam [current]"]],
    ["Ông Lê Văn An giữ chức vụ Phó Giám đốc Sở Y tế.", ["Lê Văn An > Phó Giám đốc Sở Y tế [current]"]],
  ])("%s", (text, expected) => {
    expect(personnelGraph(text).holds).toEqual(expected);
  });
});

describe("domestic lists: titled names that stay their own", () => {
  it.each([
    // Titled names with no verb after them keep only their own titles; one titled name before the verb keeps it alone.
    [
      "Dự buổi lễ có ông Lê Văn An, Giám đốc Sở Tài chính và ông Trần Văn Bình, Giám đốc Sở Xây dựng.",
      ["Lê Văn An > Giám đốc Sở Tài chính [current]", "Trần Văn Bình > Giám đốc Sở Xây dựng [current]"],
    ],
    [
      "Ông Lê Văn An, Giám đốc Sở Tài chính, và ông Trần Văn Bình, Giám đốc Sở Xây dựng được bầu giữ chức Chủ tịch UBND tỉnh.",
      ["Lê Văn An > Giám đốc Sở Tài chính [current]", "Trần Văn Bình > Giám đốc Sở Xây dựng [current]", "Trần Văn Bình > Chủ tịch UBND tỉnh [current]"],
    ],
  ])("%s", (text, expected) => {
    expect(personnelGraph(text).holds).toEqual(expected);
  });
});

describe("domestic lists: the day a decision takes effect", () => {
  it.each([
    // "Quyết định có hiệu lực (kể) từ ngày D" (grammar-words.tsv decision-noun, takes-effect) in the next sentence or after
    // a comma: the date of the events the decision made; after the article's date the post is still to come.
    [
      "Thủ tướng bổ nhiệm ông Lê Văn An giữ chức Thứ trưởng Bộ Tài chính. Quyết định có hiệu lực từ ngày 01/9/2025.",
      ["Lê Văn An > Thứ trưởng Bộ Tài chính [incoming start 2025-09-01]"],
      ["appointment: Lê Văn An | Thứ trưởng Bộ Tài chính by Thủ tướng on 2025-09-01"],
    ],
    [
      "UBND tỉnh điều động ông Lê Văn An giữ chức Giám đốc Sở Y tế; ông Trần Văn Bình giữ chức Giám đốc Sở Nội vụ. Các quyết định có hiệu lực kể từ ngày 1/8/2025.",
      ["Lê Văn An > Giám đốc Sở Y tế [current start 2025-08-01]", "Trần Văn Bình > Giám đốc Sở Nội vụ [current start 2025-08-01]"],
      ["appointment: Lê Văn An | Giám đốc Sở Y tế by UBND tỉnh on 2025-08-01", "appointment: Trần Văn Bình | Giám đốc Sở Nội vụ by UBND tỉnh on 2025-08-01"],
    ],
    // No decision told before it: nothing.
    ["Ông Lê Văn An là Giám đốc Sở Y tế. Quyết định có hiệu lực từ ngày 1/9/2025.", ["Lê Văn An > Giám đốc Sở Y tế [current]"], []],
  ])("%s", (text, holds, events) => {
    expect(personnelGraph(text)).toEqual({ holds, events });
  });
});
