import { describe, expect, it } from "vitest";
import { personnelGraph } from "../helpers";

/**
 * Biography entries told as the holder's own election or appointment with the subject left out (issue 13):
 * "Tháng 1/2016: được bầu làm …", "Năm 2019, được điều động, bổ nhiệm giữ chức …", "Tháng 4/2021: được Quốc hội bầu
 * làm …" after a sentence naming the person (holds.ts datedEntryBefore, careerEntries). Made-up sentences in the shapes
 * of "Tóm tắt tiểu sử" pages, each with the graph's whole holds relations ("person > post [status term start end]")
 * and events ("type: person | post by authority on date"), reference date 2025-08-15.
 */
type Row = [text: string, holds: string[], events: string[]];

const table = (title: string, rows: Row[]) =>
  describe(title, () => {
    it.each(rows)("%s", (text, holds, events) => expect(personnelGraph(text)).toEqual({ holds, events }));
  });

table("a dated entry opened by 'được' and a decision word: the person of the biography holds the post", [
  [
    "Tiểu sử đồng chí Phan Văn Lộc. Tháng 10/2015: được bầu làm Ủy viên Ban Chấp hành Đảng bộ tỉnh khóa XVI.",
    ["Phan Văn Lộc > Ủy viên Ban Chấp hành Đảng bộ tỉnh [term XVI start 2015-10]"],
    ["election: Phan Văn Lộc | Ủy viên Ban Chấp hành Đảng bộ tỉnh on 2015-10"],
  ],
  [
    "Ông Đoàn Minh Khôi sinh năm 1972. Năm 2018, được bổ nhiệm làm Phó Giám đốc Sở Công Thương tỉnh Phú Thọ.",
    ["Đoàn Minh Khôi > Phó Giám đốc Sở Công Thương tỉnh Phú Thọ [start 2018]"],
    ["appointment: Đoàn Minh Khôi | Phó Giám đốc Sở Công Thương tỉnh Phú Thọ on 2018"],
  ],
  // Two decision words joined by a comma are one act.
  [
    "Ông Đoàn Minh Khôi sinh năm 1972. Tháng 6/2019, được điều động, bổ nhiệm giữ chức Giám đốc Sở Nội vụ tỉnh Phú Thọ.",
    ["Đoàn Minh Khôi > Giám đốc Sở Nội vụ tỉnh Phú Thọ [start 2019-06]"],
    ["appointment: Đoàn Minh Khôi | Giám đốc Sở Nội vụ tỉnh Phú Thọ on 2019-06"],
  ],
  // The decider written between "được" and the decision word is the event's authority, not a holder.
  [
    "Tóm tắt tiểu sử đồng chí Phan Văn Lộc. Tháng 7/2021: được Quốc hội bầu làm Phó Chủ tịch Quốc hội.",
    ["Phan Văn Lộc > Phó Chủ tịch Quốc hội [start 2021-07]"],
    ["election: Phan Văn Lộc | Phó Chủ tịch Quốc hội by Quốc hội on 2021-07"],
  ],
  [
    "Tóm tắt tiểu sử đồng chí Phan Văn Lộc. Tháng 3/2020, được Bộ Chính trị điều động, phân công giữ chức Bí thư Tỉnh ủy Phú Thọ.",
    ["Phan Văn Lộc > Bí thư Tỉnh ủy Phú Thọ [start 2020-03]"],
    ["appointment: Phan Văn Lộc | Bí thư Tỉnh ủy Phú Thọ by Bộ Chính trị on 2020-03"],
  ],
  // On lines of a list, then a later entry up to now: the earlier post was left.
  [
    "Tóm tắt tiểu sử đồng chí Phan Văn Lộc.\n- 2/2016: được bổ nhiệm làm Thứ trưởng Bộ Tài chính.\n- 9/2020 - nay: Thứ trưởng Bộ Kế hoạch và Đầu tư.",
    ["Phan Văn Lộc > Thứ trưởng Bộ Tài chính [former start 2016-02]", "Phan Văn Lộc > Thứ trưởng Bộ Kế hoạch và Đầu tư [current start 2020-09]"],
    ["appointment: Phan Văn Lộc | Thứ trưởng Bộ Tài chính on 2016-02"],
  ],
]);

table("not an entry of the person's own career", [
  // Two people named before: whose entry it is stays open.
  ["Ông Đoàn Minh Khôi phát biểu. Bà Hà Thu Trang cũng phát biểu. Tháng 6/2019, được bổ nhiệm làm Giám đốc Sở Y tế.", [], []],
  // A proposal is no event and gives no post.
  ["Ông Đoàn Minh Khôi sinh năm 1972. Tháng 6/2019, được giới thiệu để bầu làm Chủ tịch UBND huyện Thanh Sơn.", [], []],
  // A schedule's item with no "được": no holder is left out of it.
  ["Ông Đoàn Minh Khôi sinh năm 1972. Ngày 5/7: bầu Chủ tịch HĐND huyện Thanh Sơn.", [], []],
  // A person written between "được" and the decision word is a decider named with a title; the entry is not read.
  ["Ông Đoàn Minh Khôi phát biểu. Tháng 6/2019, được Thủ tướng Lê Văn Tài bổ nhiệm làm Thứ trưởng Bộ Y tế.", ["Lê Văn Tài > Thủ tướng"], []],
]);

table("congress and council results: who decided", [
  // A body written between "được" and "bầu làm" (org-name-words.tsv: "bầu làm", "bầu giữ chức" end its name) decides.
  [
    "Đồng chí Lò Văn Pả được Ban Chấp hành bầu làm Phó Bí thư Tỉnh ủy Điện Biên với số phiếu tán thành tuyệt đối.",
    ["Lò Văn Pả > Phó Bí thư Tỉnh ủy Điện Biên [current]"],
    ["election: Lò Văn Pả | Phó Bí thư Tỉnh ủy Điện Biên by Ban Chấp hành"],
  ],
  // A decision word opening the clause after a semicolon has the subject of the clause before: the decider of the event
  // told there, or the body opening the sentence with a decision of its own (its term after it).
  [
    "Tại kỳ họp, HĐND tỉnh đã miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh Điện Biên đối với ông Mùa A Sơn; bầu ông Vừ A Bằng giữ chức Phó Chủ tịch UBND tỉnh Điện Biên.",
    ["Mùa A Sơn > Phó Chủ tịch UBND tỉnh Điện Biên [former]", "Vừ A Bằng > Phó Chủ tịch UBND tỉnh Điện Biên [current]"],
    ["dismissal: Mùa A Sơn | Phó Chủ tịch UBND tỉnh Điện Biên by HĐND tỉnh Điện Biên", "election: Vừ A Bằng | Phó Chủ tịch UBND tỉnh Điện Biên by HĐND tỉnh Điện Biên"],
  ],
  [
    "Ban Chấp hành Đảng bộ tỉnh khóa XV đã bầu Ban Thường vụ Tỉnh ủy gồm 13 đồng chí; bầu đồng chí Lò Văn Pả giữ chức Bí thư Tỉnh ủy Điện Biên.",
    ["Lò Văn Pả > Bí thư Tỉnh ủy Điện Biên [current]"],
    ["election: Lò Văn Pả | Bí thư Tỉnh ủy Điện Biên by Ban Chấp hành Đảng bộ tỉnh Điện Biên"],
  ],
  // Not a person opening the sentence, and not a clause with a subject of its own.
  [
    "Ông Lò Văn Pả phát biểu tại kỳ họp; bầu ông Vừ A Bằng giữ chức Phó Chủ tịch UBND tỉnh.",
    ["Vừ A Bằng > Phó Chủ tịch UBND tỉnh [current]"],
    ["election: Vừ A Bằng | Phó Chủ tịch UBND tỉnh"],
  ],
]);

table("obituaries: profile fields between semicolons, and the main clause after a clause that names nobody", [
  // The fields after the name (link-cues.tsv profile, age-before, home) are passed over; the titles of the field after
  // them are the name's, and the holder's own step after the titles' semicolon is about each of them.
  [
    "Đồng chí Trịnh Văn Lực, sinh ngày 2/9/1938; quê quán: xã Yên Lâm, huyện Yên Mô, tỉnh Ninh Bình; nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy Ninh Bình; đã từ trần hồi 14 giờ 30 phút ngày 3/8/2025.",
    ["Trịnh Văn Lực > Ủy viên Trung ương Đảng [former]", "Trịnh Văn Lực > Bí thư Tỉnh ủy Ninh Bình [former]"],
    ["death: Trịnh Văn Lực | Ủy viên Trung ương Đảng on 2025-08-03T14:30", "death: Trịnh Văn Lực | Bí thư Tỉnh ủy Ninh Bình on 2025-08-03T14:30"],
  ],
  [
    "Đồng chí Trịnh Văn Lực, sinh ngày 2/9/1938; trú quán: phường Đông Thành, thành phố Ninh Bình; vào Đảng ngày 5/6/1960; nguyên Phó Chủ tịch UBND tỉnh Ninh Bình.",
    ["Trịnh Văn Lực > Phó Chủ tịch UBND tỉnh Ninh Bình [former]"],
    [],
  ],
  // Fields that end in a clause of another subject give the name nothing.
  ["Ông Trịnh Văn Lực, sinh năm 1958; quê quán: tỉnh Ninh Bình; dự hội nghị; Chủ tịch UBND tỉnh Đinh Văn Điến phát biểu.", ["Đinh Văn Điến > Chủ tịch UBND tỉnh [current]"], []],
  // In a list of people with their titles, a step after the last one's semicolon is not read as the last one's alone.
  ["Ông Trịnh Văn Lực, Giám đốc Sở Y tế; bà Đinh Thị Thu, Phó Giám đốc Sở Y tế; nghỉ hưu từ ngày 1/7/2025.", ["Trịnh Văn Lực > Giám đốc Sở Y tế [current]", "Đinh Thị Thu > Phó Giám đốc Sở Y tế [current]"], []],
  // "Do tuổi cao, sức yếu, mặc dù …, đồng chí đã từ trần": the pronoun opens the main clause; the one person of the
  // sentences before died, holding the posts told there.
  [
    "Đồng chí Trịnh Văn Lực, nguyên Phó Bí thư Tỉnh ủy Ninh Bình. Do tuổi cao, sức yếu, mặc dù được các bác sĩ tận tình cứu chữa, đồng chí đã từ trần vào hồi 9 giờ ngày 3/8/2025.",
    ["Trịnh Văn Lực > Phó Bí thư Tỉnh ủy Ninh Bình [former]"],
    ["death: Trịnh Văn Lực | Phó Bí thư Tỉnh ủy Ninh Bình on 2025-08-03T09:00"],
  ],
  // Not when the clause before names someone.
  [
    "Ông Trịnh Văn Lực là Giám đốc Sở Y tế tỉnh Ninh Bình. Theo bà Đinh Thị Thu, ông đã nghỉ hưu.",
    ["Trịnh Văn Lực > Giám đốc Sở Y tế tỉnh Ninh Bình [current]"],
    [],
  ],
]);
