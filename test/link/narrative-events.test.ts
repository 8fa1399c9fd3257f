import { describe, expect, it } from "vitest";
import { eventLines, holdsWithStatus } from "../helpers";

/** Events, in order; holdings with their status (test/helpers.ts). */
const events = (text: string, referenceDate?: string): string[] => eventLines(text, referenceDate);
const holds = holdsWithStatus;

describe("an obituary's profile field of when the person began work or joined the revolution is passed over (link-cues.tsv profile)", () => {
  it.each([
    [
      "Đồng chí Trần Văn Khải, sinh ngày 2/3/1950; quê quán: xã Yên Lạc, huyện Ý Yên, tỉnh Nam Định; tham gia công tác tháng 5/1970; vào Đảng ngày 4/6/1975; nguyên Bí thư Tỉnh ủy Nam Định, nguyên Thứ trưởng Bộ Nội vụ. Đồng chí đã từ trần hồi 9 giờ ngày 3/4/2024.",
      ["Trần Văn Khải | Bí thư Tỉnh ủy Nam Định former", "Trần Văn Khải | Thứ trưởng Bộ Nội vụ former"],
      ["death: Trần Văn Khải | Bí thư Tỉnh ủy Nam Định", "death: Trần Văn Khải | Thứ trưởng Bộ Nội vụ"],
    ],
    [
      "Đồng chí Lê Thị Hạnh, sinh ngày 8/8/1940; quê quán: xã Tân Phú, huyện Đức Hòa, tỉnh Long An; tham gia hoạt động cách mạng tháng 1/1960; vào Đảng ngày 3/2/1965; nguyên Phó Chủ tịch UBND tỉnh Long An. Đồng chí đã từ trần ngày 5/5/2023.",
      ["Lê Thị Hạnh | Phó Chủ tịch UBND tỉnh Long An former"],
      ["death: Lê Thị Hạnh | Phó Chủ tịch UBND tỉnh Long An"],
    ],
    [
      "Đồng chí Phạm Quang Vinh, sinh ngày 1/1/1948; quê quán: xã Hải Đường, huyện Hải Hậu, tỉnh Nam Định; nhập ngũ tháng 4/1966; vào Đảng ngày 9/9/1968; nguyên Tư lệnh Quân khu 3. Đồng chí đã từ trần ngày 2/2/2022.",
      ["Phạm Quang Vinh | Tư lệnh Quân khu 3 former"],
      ["death: Phạm Quang Vinh | Tư lệnh Quân khu 3"],
    ],
  ])("%s", (text, h, e) => {
    expect(holds(text)).toEqual(h);
    expect(events(text)).toEqual(e);
  });
});

describe("a death told after the name past dashes or an obituary's illness wording (tenure-events.ts AFTER_TITLE, link-cues.tsv adverb, grammar-words.tsv held-span)", () => {
  it.each([
    // The title set off by dashes, as by commas.
    [
      "Ông Nguyễn Văn Tâm - nguyên Phó Chủ tịch UBND tỉnh Bình Định - đã qua đời sau một tai nạn giao thông.",
      ["Nguyễn Văn Tâm | Phó Chủ tịch UBND tỉnh Bình Định former"],
      ["death: Nguyễn Văn Tâm | Phó Chủ tịch UBND tỉnh Bình Định"],
    ],
    // The span the post was held, after it ("giai đoạn" + its dates: grammar-words.tsv held-span).
    [
      "Ông Nguyễn Văn Tâm - nguyên Phó Chủ tịch UBND tỉnh Bình Định giai đoạn từ năm 2010 đến năm 2015 - đã qua đời.",
      ["Nguyễn Văn Tâm | Phó Chủ tịch UBND tỉnh Bình Định former"],
      ["death: Nguyễn Văn Tâm | Phó Chủ tịch UBND tỉnh Bình Định"],
    ],
    // "sau (một) thời gian lâm bệnh (nặng, hiểm nghèo)" between the name and the death.
    [
      "Tối 12/5, Giám đốc Sở Xây dựng tỉnh Hà Nam Đỗ Văn Lực sau thời gian lâm bệnh hiểm nghèo đã qua đời ở tuổi 57.",
      ["Đỗ Văn Lực | Giám đốc Sở Xây dựng tỉnh Hà Nam former"],
      ["death: Đỗ Văn Lực | Giám đốc Sở Xây dựng tỉnh Hà Nam"],
    ],
    [
      "Ông Hoàng Minh Đức, nguyên Chủ tịch HĐND tỉnh Thái Bình, sau một thời gian lâm bệnh nặng đã từ trần.",
      ["Hoàng Minh Đức | Chủ tịch HĐND tỉnh Thái Bình former"],
      ["death: Hoàng Minh Đức | Chủ tịch HĐND tỉnh Thái Bình"],
    ],
    // Not someone else's death told after a verb of the titled speaker.
    [
      "Ông Hoàng Minh Đức - Giám đốc Sở Y tế - cho biết sau một thời gian lâm bệnh nặng ông Bình đã từ trần.",
      ["Hoàng Minh Đức | Giám đốc Sở Y tế current"],
      [],
    ],
  ])("%s", (text, h, e) => {
    expect(holds(text)).toEqual(h);
    expect(events(text)).toEqual(e);
  });
});

describe("'xin thôi chức T', 'xin thôi giữ chức vụ T' are the holder's resignation, not a dismissal; 'bổ nhiệm có thời hạn' an appointment (personnel-events.tsv)", () => {
  it.each([
    ["Ông Trịnh Văn Hùng xin thôi chức Phó Chủ tịch UBND tỉnh Hòa Bình sau khi bị cảnh cáo.", ["resignation: Trịnh Văn Hùng | Phó Chủ tịch UBND tỉnh Hòa Bình"]],
    ["Ông Trịnh Văn Hùng đã có đơn xin thôi giữ chức vụ Giám đốc Sở Tài chính tỉnh Hòa Bình.", ["resignation: Trịnh Văn Hùng | Giám đốc Sở Tài chính tỉnh Hòa Bình"]],
    ["Ông Trịnh Văn Hùng xin thôi giữ các chức vụ Phó Bí thư Tỉnh ủy Hòa Bình.", ["resignation: Trịnh Văn Hùng | Phó Bí thư Tỉnh ủy Hòa Bình"]],
    // "bổ nhiệm có thời hạn": appointed for a fixed term.
    ["Thủ tướng bổ nhiệm có thời hạn ông Trịnh Văn Hùng, Vụ trưởng Vụ Pháp chế, giữ chức Thứ trưởng Bộ Tư pháp.", ["appointment: Trịnh Văn Hùng | Thứ trưởng Bộ Tư pháp"]],
    // (The decision that relieves stays a dismissal.)
    ["Ông Trịnh Văn Hùng thôi giữ chức vụ Giám đốc Sở Tài chính tỉnh Hòa Bình.", ["dismissal: Trịnh Văn Hùng | Giám đốc Sở Tài chính tỉnh Hòa Bình"]],
  ])("%s", (text, e) => {
    expect(events(text)).toEqual(e);
  });
});

describe("'điều động, phân công, chỉ định' is one transfer that gives the post after it (personnel-events.tsv, holds.ts listedDecisionWords)", () => {
  it.each([
    // After "được" and the deciding body: the post after it is the name's, the one written with the name is left.
    [
      "Ông Đinh Văn Toàn, Giám đốc Công an tỉnh Quảng Trị, được Bộ Chính trị điều động, phân công, chỉ định giữ chức Phó Bí thư Tỉnh ủy Quảng Bình.",
      ["Đinh Văn Toàn | Giám đốc Công an tỉnh Quảng Trị former", "Đinh Văn Toàn | Phó Bí thư Tỉnh ủy Quảng Bình current"],
      ["appointment: Đinh Văn Toàn | Phó Bí thư Tỉnh ủy Quảng Bình"],
    ],
    // With the committees joined before the post.
    [
      "Bà Vũ Thị Lan, Chủ tịch Hội Nông dân Việt Nam, được Bộ Chính trị điều động, phân công, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Đảng ủy Quốc hội.",
      ["Vũ Thị Lan | Chủ tịch Hội Nông dân Việt Nam former", "Vũ Thị Lan | Phó Bí thư Đảng ủy Quốc hội current"],
      ["appointment: Vũ Thị Lan | Phó Bí thư Đảng ủy Quốc hội"],
    ],
    // The deciding body first.
    [
      "Bộ Chính trị điều động, phân công, chỉ định ông Đinh Văn Toàn, Giám đốc Công an tỉnh Quảng Trị, giữ chức Phó Bí thư Tỉnh ủy Quảng Bình.",
      ["Đinh Văn Toàn | Giám đốc Công an tỉnh Quảng Trị former", "Đinh Văn Toàn | Phó Bí thư Tỉnh ủy Quảng Bình current"],
      ["appointment: Đinh Văn Toàn | Phó Bí thư Tỉnh ủy Quảng Bình"],
    ],
    // Two words, no transfer: the post written with the name is not said to be left.
    [
      "Ông Đinh Văn Toàn, Phó Chủ tịch UBND tỉnh, được Ban Thường vụ Tỉnh ủy phân công, chỉ định giữ chức Bí thư Huyện ủy Lệ Thủy.",
      ["Đinh Văn Toàn | Bí thư Huyện ủy Lệ Thủy current", "Đinh Văn Toàn | Phó Chủ tịch UBND tỉnh current"],
      ["appointment: Đinh Văn Toàn | Bí thư Huyện ủy Lệ Thủy"],
    ],
  ])("%s", (text, h, e) => {
    expect(holds(text)).toEqual(h);
    expect(events(text)).toEqual(e);
  });
});

describe("the posts of a person told dead are former, those given with the name written short or a pronoun too (holdings.ts noPostsOfTheDead)", () => {
  it.each([
    [
      "Tối 3/4, Phó Chủ tịch UBND tỉnh Hà Nam Trần Đức Lâm đã qua đời ở tuổi 58. Ông Lâm sinh năm 1966. Tháng 7/2021, HĐND tỉnh bầu ông giữ chức Phó Chủ tịch UBND tỉnh Hà Nam; Đại biểu HĐND tỉnh khóa XIX.",
      ["Trần Đức Lâm | Phó Chủ tịch UBND tỉnh Hà Nam former", "Trần Đức Lâm | Đại biểu HĐND tỉnh former"],
    ],
    [
      "Ông Vũ Văn Nam, nguyên Phó Chủ tịch UBND tỉnh Thái Bình, đã qua đời. Thời điểm đó, ông là Ủy viên Ban Thường vụ Tỉnh ủy Thái Bình.",
      ["Vũ Văn Nam | Phó Chủ tịch UBND tỉnh Thái Bình former", "Vũ Văn Nam | Ủy viên Ban Thường vụ Tỉnh ủy Thái Bình former"],
    ],
    // (Someone else named in the text keeps a current post.)
    [
      "Ông Vũ Văn Nam, nguyên Phó Chủ tịch UBND tỉnh Thái Bình, đã qua đời. Ông Lê Văn Hòa, Chủ tịch UBND tỉnh Thái Bình, đến viếng.",
      ["Lê Văn Hòa | Chủ tịch UBND tỉnh Thái Bình current", "Vũ Văn Nam | Phó Chủ tịch UBND tỉnh Thái Bình former"],
    ],
  ])("%s", (text, h) => {
    expect(holds(text)).toEqual(h);
  });
});

describe("a transfer told after 'được' and a chain of the name's titles still gives the post after it (tenure-events.ts eventInGap)", () => {
  it.each([
    [
      "Bà Vũ Thị Lan, Ủy viên Trung ương Đảng, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Chủ tịch Hội Nông dân Việt Nam, được Bộ Chính trị điều động, phân công, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Đảng ủy Quốc hội.",
      ["appointment: Vũ Thị Lan | Phó Bí thư Đảng ủy Quốc hội"],
    ],
  ])("%s", (text, e) => {
    expect(events(text)).toEqual(e);
  });
});

describe("a death told of the name after an opening clause that names nobody else, the posts sentences before (tenure-events.ts clauseSubject)", () => {
  it.each([
    [
      "Sáng 5/6, lễ tang ông Đào Văn Lực, nguyên Chủ nhiệm Ủy ban Dân tộc được cử hành tại Hà Nội. Đoàn Chính phủ do Phó Thủ tướng Lê Minh Khái dẫn đầu. Sau một thời gian lâm bệnh, song do tuổi cao, sức yếu, ông Đào Văn Lực đã từ trần ngày 1/6.",
      ["death: Đào Văn Lực | Chủ nhiệm Ủy ban Dân tộc"],
    ],
    // (An opening clause that names someone else: not the subject's own death.)
    [
      "Ông Đào Văn Lực, nguyên Chủ nhiệm Ủy ban Dân tộc, đến viếng. Theo ông Trần Văn Nam, ông Đào Văn Lực đã nghỉ hưu.",
      [],
    ],
  ])("%s", (text, e) => {
    expect(events(text)).toEqual(e);
  });
});

describe("'(decider) quyết định ông X thôi giữ chức T1 để giữ chức T2': T2 is an appointment by that decider (tenure-events.ts postsTakenByDecision)", () => {
  it.each([
    [
      "Ngày 3/3, Thủ tướng Chính phủ quyết định ông Lưu Văn Khang thôi giữ chức Chủ tịch Hội đồng thành viên Tập đoàn Hóa chất để giữ chức Thứ trưởng Bộ Công Thương.",
      ["dismissal: Lưu Văn Khang | Chủ tịch Hội đồng thành viên Tập đoàn Hóa chất", "appointment: Lưu Văn Khang | Thứ trưởng Bộ Công Thương"],
    ],
    [
      "Bộ Chính trị quyết định ông Lưu Văn Khang thôi giữ chức Trưởng ban Dân vận Trung ương để giữ chức Trưởng ban Nội chính Trung ương.",
      ["dismissal: Lưu Văn Khang | Trưởng ban Dân vận Trung ương", "appointment: Lưu Văn Khang | Trưởng ban Nội chính Trung ương"],
    ],
    // No decider told: the step is the holder's, nothing says what gave T2.
    ["Ông Lưu Văn Khang thôi giữ chức Trưởng ban Dân vận Trung ương để giữ chức Trưởng ban Nội chính Trung ương.", ["dismissal: Lưu Văn Khang | Trưởng ban Dân vận Trung ương"]],
    // A dismissal decided by a body ("miễn nhiệm") does not give the post after "để".
    [
      "Quốc hội đã miễn nhiệm ông Lưu Văn Khang, Thống đốc Ngân hàng Nhà nước, để giữ chức Trưởng ban Kinh tế Trung ương.",
      ["dismissal: Lưu Văn Khang | Thống đốc Ngân hàng Nhà nước"],
    ],
  ])("%s", (text, e) => {
    expect(events(text)).toEqual(e);
  });
});

describe("a step that ends a post, handed over 'đối với' a title written before its holder's name, ends that title (tenure-events.ts eventBeforeTarget)", () => {
  it.each([
    [
      "Lãnh đạo Tòa án nhân dân tối cao trao quyết định nghỉ hưu theo chế độ đối với Chánh án Tòa án nhân dân tỉnh Bến Tre Võ Văn Lực.",
      ["Võ Văn Lực | Chánh án Tòa án nhân dân tỉnh Bến Tre former"],
      ["retirement: Võ Văn Lực | Chánh án Tòa án nhân dân tỉnh Bến Tre"],
    ],
  ])("%s", (text, h, e) => {
    expect(holds(text)).toEqual(h);
    expect(events(text)).toEqual(e);
  });

  // A decision that gives a post: the title before the name gets no event of it.
  it("trao quyết định bổ nhiệm đối với T1 X giữ chức T2", () => {
    const e = events("UBND tỉnh trao quyết định bổ nhiệm đối với Phó Giám đốc Sở Y tế Võ Văn Lực giữ chức Giám đốc Sở Y tế.");
    expect(e.filter((x) => x.endsWith("| Phó Giám đốc Sở Y tế"))).toEqual([]);
  });
});
