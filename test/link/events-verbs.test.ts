import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { personnelGraph } from "../helpers";

/**
 * Personnel verbs of domestic news (issue 13, h/events3): made-up sentences in the shapes such news uses, each with the
 * graph's whole holds relations ("person > post [status term start end]") and events ("type: person | post by authority
 * on date"), reference date 2025-08-15.
 */
type Row = [text: string, holds: string[], events: string[]];

const table = (title: string, rows: Row[]) =>
  describe(title, () => {
    it.each(rows)("%s", (text, holds, events) => expect(personnelGraph(text)).toEqual({ holds, events }));
  });

table("a decision received: 'nhận quyết định của A về việc …' (link-cues.tsv decision-ref after the agent)", [
  [
    "Ông Nguyễn Văn Hùng nhận quyết định của Ban Thường vụ Tỉnh ủy về việc bổ nhiệm giữ chức Giám đốc Sở Nội vụ.",
    ["Nguyễn Văn Hùng > Giám đốc Sở Nội vụ [current]"],
    ["appointment: Nguyễn Văn Hùng | Giám đốc Sở Nội vụ by Ban Thường vụ Tỉnh ủy"],
  ],
  [
    "Ông Nguyễn Văn Hùng nhận quyết định của Ban Thường vụ Tỉnh ủy về việc điều động giữ chức Bí thư Huyện ủy Nam Đàn.",
    ["Nguyễn Văn Hùng > Bí thư Huyện ủy Nam Đàn [current]"],
    ["appointment: Nguyễn Văn Hùng | Bí thư Huyện ủy Nam Đàn by Ban Thường vụ Tỉnh ủy"],
  ],
  [
    "Bà Trần Thị Mai nhận quyết định của Tỉnh ủy về việc điều động, phân công giữ chức Bí thư Huyện ủy Yên Thành.",
    ["Trần Thị Mai > Bí thư Huyện ủy Yên Thành [current]"],
    ["appointment: Trần Thị Mai | Bí thư Huyện ủy Yên Thành by Tỉnh ủy"],
  ],
  [
    "Ngày 5/8/2025, ông Lê Quang Huy nhận quyết định của Chủ tịch UBND tỉnh về việc bổ nhiệm giữ chức Phó Giám đốc Sở Y tế.",
    ["Lê Quang Huy > Phó Giám đốc Sở Y tế [current start 2025-08-05]"],
    ["appointment: Lê Quang Huy | Phó Giám đốc Sở Y tế by Chủ tịch UBND tỉnh on 2025-08-05"],
  ],
  [
    "Ông Nguyễn Văn Hùng nhận quyết định về việc bổ nhiệm giữ chức Giám đốc Sở Nội vụ.",
    ["Nguyễn Văn Hùng > Giám đốc Sở Nội vụ [current]"],
    ["appointment: Nguyễn Văn Hùng | Giám đốc Sở Nội vụ"],
  ],
  [
    "Ông Nguyễn Văn Hùng nhận quyết định của UBND tỉnh về việc bổ nhiệm ông giữ chức Giám đốc Sở Nội vụ.",
    ["Nguyễn Văn Hùng > Giám đốc Sở Nội vụ [current]"],
    ["appointment: Nguyễn Văn Hùng | Giám đốc Sở Nội vụ by UBND tỉnh"],
  ],
  // Not a decision about the receiver: a report on a matter.
  ["Ông Nguyễn Văn Hùng, Giám đốc Sở Nội vụ, báo cáo về việc bổ nhiệm cán bộ.", ["Nguyễn Văn Hùng > Giám đốc Sở Nội vụ [current]"], []],
]);

table("an earlier holder named after the title: 'Trước đó, T là ông X'", [
  ["Trước đó, Giám đốc Sở Y tế là ông Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [former]"], []],
  ["Trước đó, Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An là ông Lê Văn Tâm.", ["Lê Văn Tâm > Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An [former]"], []],
  ["Trước đó, Chủ tịch UBND huyện Nam Đàn là bà Trần Thị Mai.", ["Trần Thị Mai > Chủ tịch UBND huyện Nam Đàn [former]"], []],
  ["Trước đó, ông Nguyễn Văn Hùng là Giám đốc Sở Y tế.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [former]"], []],
  // Without the opener it is now; with a date alone the title is only named.
  ["Giám đốc Sở Y tế là ông Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [current]"], []],
  ["Trước đó, ngày 27/4, Chủ tịch UBND tỉnh Võ Văn Hưng đã kiểm tra công tác phòng dịch.", ["Võ Văn Hưng > Chủ tịch UBND tỉnh [current]"], []],
]);

table("a retirement told as leaving work first: 'nghỉ công tác chờ nghỉ hưu' (personnel-events.tsv)", [
  ["Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, nghỉ công tác chờ nghỉ hưu.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [former]"], ["retirement: Nguyễn Văn Hùng | Giám đốc Sở Y tế"]],
  [
    "Bà Phạm Thị Lan, Phó Chủ tịch UBND huyện, nghỉ công tác để chờ đủ tuổi nghỉ hưu.",
    ["Phạm Thị Lan > Phó Chủ tịch UBND huyện [former]"],
    ["retirement: Phạm Thị Lan | Phó Chủ tịch UBND huyện"],
  ],
  ["Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, nghỉ hưu theo chế độ từ ngày 1/8/2025.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [former end 2025-08-01]"], ["retirement: Nguyễn Văn Hùng | Giám đốc Sở Y tế on 2025-08-01"]],
]);

table("a unit's office, then an office of the body it belongs to (grammar-words.tsv body-unit): the first was left", [
  [
    "Năm 2015, ông Nguyễn Văn Hùng là Vụ trưởng Vụ Pháp chế Bộ Tư pháp. Năm 2020, ông được bổ nhiệm Thứ trưởng Bộ Tư pháp.",
    ["Nguyễn Văn Hùng > Vụ trưởng Vụ Pháp chế Bộ Tư pháp [former]", "Nguyễn Văn Hùng > Thứ trưởng Bộ Tư pháp [start 2020]"],
    ["appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Tư pháp on 2020"],
  ],
  [
    "Năm 2015, ông Nguyễn Văn Hùng được bổ nhiệm Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế. Tháng 3/2021, ông được bổ nhiệm giữ chức Thứ trưởng Bộ Y tế.",
    ["Nguyễn Văn Hùng > Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế [former start 2015]", "Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [start 2021-03]"],
    ["appointment: Nguyễn Văn Hùng | Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế on 2015", "appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Y tế on 2021-03"],
  ],
  [
    "Năm 2014, bà Trần Thị Mai được bổ nhiệm Phó Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế. Năm 2019, bà được bổ nhiệm Thứ trưởng Bộ Y tế.",
    ["Trần Thị Mai > Phó Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế [former start 2014]", "Trần Thị Mai > Thứ trưởng Bộ Y tế [start 2019]"],
    ["appointment: Trần Thị Mai | Phó Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế on 2014", "appointment: Trần Thị Mai | Thứ trưởng Bộ Y tế on 2019"],
  ],
  [
    "Năm 2016, bà Trần Thị Mai là Trưởng phòng Tổ chức Sở Nội vụ tỉnh Nghệ An. Năm 2019, bà được bổ nhiệm Phó Giám đốc Sở Nội vụ tỉnh Nghệ An.",
    ["Trần Thị Mai > Trưởng phòng Tổ chức Sở Nội vụ tỉnh Nghệ An [former]", "Trần Thị Mai > Phó Giám đốc Sở Nội vụ tỉnh Nghệ An [start 2019]"],
    ["appointment: Trần Thị Mai | Phó Giám đốc Sở Nội vụ tỉnh Nghệ An on 2019"],
  ],
  [
    "Năm 2016, ông Lê Văn Tâm là Chánh Văn phòng Bộ Y tế. Năm 2021, ông được bổ nhiệm giữ chức Thứ trưởng Bộ Y tế.",
    ["Lê Văn Tâm > Chánh Văn phòng Bộ Y tế [former]", "Lê Văn Tâm > Thứ trưởng Bộ Y tế [start 2021]"],
    ["appointment: Lê Văn Tâm | Thứ trưởng Bộ Y tế on 2021"],
  ],
  // Kept: the later post told as held beside ("kiêm"), a party post of the ministry, a unit of another body, the
  // other order (a ministry's post, then a unit's).
  [
    "Năm 2012, ông Lê Văn Tâm được bổ nhiệm Cục trưởng Cục Quản lý thị trường Bộ Công Thương. Năm 2018, ông được bổ nhiệm kiêm Thứ trưởng Bộ Công Thương.",
    ["Lê Văn Tâm > Cục trưởng Cục Quản lý thị trường Bộ Công Thương [start 2012]", "Lê Văn Tâm > Thứ trưởng Bộ Công Thương [start 2018]"],
    ["appointment: Lê Văn Tâm | Cục trưởng Cục Quản lý thị trường Bộ Công Thương on 2012", "appointment: Lê Văn Tâm | Thứ trưởng Bộ Công Thương on 2018"],
  ],
  [
    "Năm 2016, ông Lê Văn Tâm là Bí thư Đảng ủy Bộ Y tế. Năm 2021, ông được bổ nhiệm giữ chức Thứ trưởng Bộ Y tế.",
    ["Lê Văn Tâm > Bí thư Đảng ủy Bộ Y tế", "Lê Văn Tâm > Thứ trưởng Bộ Y tế [start 2021]"],
    ["appointment: Lê Văn Tâm | Thứ trưởng Bộ Y tế on 2021"],
  ],
  [
    "Năm 2014, bà Trần Thị Mai được bổ nhiệm Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế. Năm 2019, bà được bổ nhiệm Thứ trưởng Bộ Tư pháp.",
    ["Trần Thị Mai > Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế [start 2014]", "Trần Thị Mai > Thứ trưởng Bộ Tư pháp [start 2019]"],
    ["appointment: Trần Thị Mai | Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế on 2014", "appointment: Trần Thị Mai | Thứ trưởng Bộ Tư pháp on 2019"],
  ],
  [
    "Năm 2010, ông Lê Văn Tâm được bổ nhiệm Thứ trưởng Bộ Công Thương. Năm 2012, ông được bổ nhiệm Cục trưởng Cục Quản lý thị trường Bộ Công Thương.",
    ["Lê Văn Tâm > Thứ trưởng Bộ Công Thương [start 2010]", "Lê Văn Tâm > Cục trưởng Cục Quản lý thị trường Bộ Công Thương [start 2012]"],
    ["appointment: Lê Văn Tâm | Thứ trưởng Bộ Công Thương on 2010", "appointment: Lê Văn Tâm | Cục trưởng Cục Quản lý thị trường Bộ Công Thương on 2012"],
  ],
]);

// A promotion in rank (link-cues.tsv "thăng hàm", "thăng quân hàm", "thăng cấp bậc hàm", "phong quân hàm", "nâng bậc hàm";
// grammar-words.tsv rank-noun: "hàm" there is the noun, outside the title): the rank is held from then and the rank written
// before it in its sentence was left. No event: eval/CONVENTIONS.md names none for a rank.
table("promotions in rank", [
  ["Ông Nguyễn Văn Hùng được thăng hàm Thiếu tướng.", ["Nguyễn Văn Hùng > Thiếu tướng [current]"], []],
  ["Đại tá Nguyễn Văn Hùng được thăng hàm Thiếu tướng.", ["Nguyễn Văn Hùng > Đại tá [former]", "Nguyễn Văn Hùng > Thiếu tướng [current]"], []],
  [
    "Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh, được thăng cấp bậc hàm Thiếu tướng.",
    ["Nguyễn Văn Hùng > Đại tá [former]", "Nguyễn Văn Hùng > Giám đốc Công an tỉnh [current]", "Nguyễn Văn Hùng > Thiếu tướng [current]"],
    [],
  ],
  ["Ông Nguyễn Văn Hùng được phong quân hàm Thiếu tướng.", ["Nguyễn Văn Hùng > Thiếu tướng [current]"], []],
  ["Ông Nguyễn Văn Hùng được nâng bậc hàm Đại tá.", ["Nguyễn Văn Hùng > Đại tá [current]"], []],
  ["Ông Nguyễn Văn Hùng được Chủ tịch nước quyết định thăng quân hàm Trung tướng.", ["Nguyễn Văn Hùng > Trung tướng [current]"], []],
  [
    "Ngày 10/7/2025, Đại tá Nguyễn Văn Hùng, Phó Giám đốc Công an tỉnh, được thăng cấp bậc hàm Thiếu tướng.",
    ["Nguyễn Văn Hùng > Đại tá [former end 2025-07-10]", "Nguyễn Văn Hùng > Phó Giám đốc Công an tỉnh [current]", "Nguyễn Văn Hùng > Thiếu tướng [current start 2025-07-10]"],
    [],
  ],
  [
    "Thiếu tướng Nguyễn Văn Hùng, Tư lệnh Quân khu 4, được thăng quân hàm Trung tướng.",
    ["Nguyễn Văn Hùng > Thiếu tướng [former]", "Nguyễn Văn Hùng > Tư lệnh Quân khu 4 [current]", "Nguyễn Văn Hùng > Trung tướng [current]"],
    [],
  ],
  ["Ông Nguyễn Văn Hùng, Tư lệnh Quân khu 4, được thăng quân hàm Trung tướng.", ["Nguyễn Văn Hùng > Tư lệnh Quân khu 4 [current]", "Nguyễn Văn Hùng > Trung tướng [current]"], []],
  // "hàm" as the modifier "with the rank of" stays in the title.
  ["Ông Nguyễn Văn Hùng, hàm Vụ trưởng.", ["Nguyễn Văn Hùng > hàm Vụ trưởng [current]"], []],
]);

table("more verbs of appointment, election and resignation (personnel-events.tsv, link-cues.tsv adverb 'tín nhiệm')", [
  ["Ông Nguyễn Văn Hùng được chọn làm Bí thư Đảng ủy xã Tân Lập.", ["Nguyễn Văn Hùng > Bí thư Đảng ủy xã Tân Lập [current]"], ["appointment: Nguyễn Văn Hùng | Bí thư Đảng ủy xã Tân Lập"]],
  ["Huyện Nam Đàn được chọn làm nơi tổ chức lễ hội.", [], []],
  ["Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, được chọn làm đại diện phát biểu.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [current]"], []],
  ["Ông Nguyễn Văn Hùng được tín nhiệm bầu giữ chức Chủ tịch HĐND tỉnh.", ["Nguyễn Văn Hùng > Chủ tịch HĐND tỉnh [current]"], ["election: Nguyễn Văn Hùng | Chủ tịch HĐND tỉnh"]],
  ["Ông Nguyễn Văn Hùng được tín nhiệm bầu làm Chủ tịch Hội Cựu chiến binh tỉnh.", ["Nguyễn Văn Hùng > Chủ tịch Hội Cựu chiến binh tỉnh [current]"], ["election: Nguyễn Văn Hùng | Chủ tịch Hội Cựu chiến binh tỉnh"]],
  ["Ông Nguyễn Văn Hùng được Quốc hội tín nhiệm bầu giữ chức Chủ tịch Quốc hội.", ["Nguyễn Văn Hùng > Chủ tịch Quốc hội [current]"], ["election: Nguyễn Văn Hùng | Chủ tịch Quốc hội by Quốc hội"]],
  ["Ông Nguyễn Văn Hùng được biệt phái giữ chức Phó Giám đốc Sở Y tế.", ["Nguyễn Văn Hùng > Phó Giám đốc Sở Y tế [current]"], ["appointment: Nguyễn Văn Hùng | Phó Giám đốc Sở Y tế"]],
  [
    "Bà Trần Thị Mai được Bộ Y tế biệt phái về làm Phó Giám đốc Sở Y tế tỉnh Nghệ An.",
    ["Trần Thị Mai > Phó Giám đốc Sở Y tế tỉnh Nghệ An [current]"],
    ["appointment: Trần Thị Mai | Phó Giám đốc Sở Y tế tỉnh Nghệ An by Bộ Y tế"],
  ],
  ["Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, đã nộp đơn xin từ chức.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [former]"], ["resignation: Nguyễn Văn Hùng | Giám đốc Sở Y tế"]],
  ["Bà Trần Thị Mai có đơn xin từ chức Phó Chủ tịch UBND huyện.", ["Trần Thị Mai > Phó Chủ tịch UBND huyện [former]"], ["resignation: Trần Thị Mai | Phó Chủ tịch UBND huyện"]],
  ["Ông Lê Văn Tâm, Giám đốc Công ty Cổ phần Sông Đà, có đơn xin từ chức.", ["Lê Văn Tâm > Giám đốc Công ty Cổ phần Sông Đà [former]"], ["resignation: Lê Văn Tâm | Giám đốc Công ty Cổ phần Sông Đà"]],
]);

// "là A, B rồi C": a career word (link-cues.tsv career, moves) after titles listed with commas alone leaves every office
// of the list, not only the one right before it; a seat ("Ủy viên …") stays.
table("career periods: 'A, B rồi C'", [
  [
    "Ông Nguyễn Văn Hùng là Phó Chủ tịch UBND huyện, Chủ tịch UBND huyện rồi Phó Giám đốc Sở, Giám đốc Sở Nội vụ.",
    ["Nguyễn Văn Hùng > Phó Chủ tịch UBND huyện [former]", "Nguyễn Văn Hùng > Chủ tịch UBND huyện [former]", "Nguyễn Văn Hùng > Phó Giám đốc Sở [current]", "Nguyễn Văn Hùng > Giám đốc Sở Nội vụ [current]"],
    [],
  ],
  [
    "Bà Trần Thị Mai là Trưởng phòng Tổ chức, Chánh Văn phòng Sở Y tế rồi Phó Giám đốc Sở Y tế.",
    ["Trần Thị Mai > Trưởng phòng Tổ chức [former]", "Trần Thị Mai > Chánh Văn phòng Sở Y tế [former]", "Trần Thị Mai > Phó Giám đốc Sở Y tế [current]"],
    [],
  ],
  [
    "Ông Lê Văn Tâm làm Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Nam Đàn rồi Bí thư Huyện ủy Nam Đàn.",
    ["Lê Văn Tâm > Phó Bí thư Huyện ủy [former]", "Lê Văn Tâm > Chủ tịch UBND huyện Nam Đàn [former]", "Lê Văn Tâm > Bí thư Huyện ủy Nam Đàn [current]"],
    [],
  ],
  [
    "Ông Lê Văn Tâm là Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy rồi Phó Bí thư Tỉnh ủy.",
    ["Lê Văn Tâm > Ủy viên Ban Thường vụ Tỉnh ủy [current]", "Lê Văn Tâm > Trưởng ban Tuyên giáo Tỉnh ủy [former]", "Lê Văn Tâm > Phó Bí thư Tỉnh ủy [current]"],
    [],
  ],
  [
    "Ông Nguyễn Văn Hùng là Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế rồi Thứ trưởng Bộ Y tế.",
    ["Nguyễn Văn Hùng > Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế [former]", "Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [current]"],
    [],
  ],
]);

table("a dismissal about the person after 'đối với' (org-name-words.tsv: 'đối với' ends a body's name)", [
  [
    "Ban Bí thư quyết định thi hành kỷ luật bằng hình thức cách chức Bí thư Đảng ủy Sở Y tế đối với ông Nguyễn Văn Hùng.",
    ["Nguyễn Văn Hùng > Bí thư Đảng ủy Sở Y tế [former]"],
    ["dismissal: Nguyễn Văn Hùng | Bí thư Đảng ủy Sở Y tế by Ban Bí thư"],
  ],
  [
    "Ban Thường vụ Tỉnh ủy quyết định cách chức Phó Bí thư Đảng ủy Công an tỉnh đối với ông Lê Văn Tâm.",
    ["Lê Văn Tâm > Phó Bí thư Đảng ủy Công an tỉnh [former]"],
    ["dismissal: Lê Văn Tâm | Phó Bí thư Đảng ủy Công an tỉnh by Ban Thường vụ Tỉnh ủy"],
  ],
]);

// A decision that gives a post, passive, right after a name with one title written for it, and no post after the event
// word (the clause ends, or a date, "hồi", "tại", "vào cương vị mới" follows; grammar-words.tsv bare-event-after,
// new-post): it is about that title. Not a transfer (it names no post), not when two titles are written.
table("a decision told after the name with no post: 'Tổng Thư ký Quốc hội X vừa được bầu'", [
  ["Tổng Thư ký Quốc hội Nguyễn Văn Hùng vừa được bầu hồi tháng 3.", ["Nguyễn Văn Hùng > Tổng Thư ký Quốc hội [current start 2025-03]"], ["election: Nguyễn Văn Hùng | Tổng Thư ký Quốc hội on 2025-03"]],
  // (Dates listed after the event word date neither the event nor the holding: eval/CONVENTIONS.md, fresh4.)
  ["Tổng Thư ký Quốc hội Nguyễn Văn Hùng vừa được bầu hồi tháng 3, tháng 4 vừa qua.", ["Nguyễn Văn Hùng > Tổng Thư ký Quốc hội [current]"], ["election: Nguyễn Văn Hùng | Tổng Thư ký Quốc hội"]],
  ["Ông Nguyễn Văn Hùng, tân Tổng Thư ký Quốc hội vừa được bầu, cho biết.", ["Nguyễn Văn Hùng > Tổng Thư ký Quốc hội [current]"], ["election: Nguyễn Văn Hùng | Tổng Thư ký Quốc hội"]],
  ["Chủ tịch UBND tỉnh Nguyễn Văn Hùng vừa được bầu tại kỳ họp thứ 5.", ["Nguyễn Văn Hùng > Chủ tịch UBND tỉnh [current]"], ["election: Nguyễn Văn Hùng | Chủ tịch UBND tỉnh"]],
  ["Thủ tướng Lào chúc mừng Thủ tướng Nguyễn Văn Hùng được bổ nhiệm vào cương vị mới.", ["Nguyễn Văn Hùng > Thủ tướng [current]"], ["appointment: Nguyễn Văn Hùng | Thủ tướng"]],
  ["Ông Lê Văn Tâm, Giám đốc Sở Y tế, vừa được bổ nhiệm lại.", ["Lê Văn Tâm > Giám đốc Sở Y tế [current]"], ["appointment: Lê Văn Tâm | Giám đốc Sở Y tế"]],
  ["Phó Chủ tịch UBND huyện Lê Văn An vừa được điều động.", ["Lê Văn An > Phó Chủ tịch UBND huyện [current]"], []],
  ["Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn Hưởng vừa được bầu.", ["Lê Văn Hưởng > Chủ tịch UBND tỉnh [current]", "Lê Văn Hưởng > Ủy viên Ban Thường vụ Tỉnh ủy [current]"], []],
  ["Chủ tịch UBND tỉnh Lê Văn Hưởng vừa được bầu vào Ban Chấp hành Trung ương.", ["Lê Văn Hưởng > Chủ tịch UBND tỉnh [current]"], []],
  ["Chủ tịch UBND tỉnh Lê Văn Hưởng sẽ được bầu tại kỳ họp tới.", ["Lê Văn Hưởng > Chủ tịch UBND tỉnh [current]"], []],
  // (Not when "của" makes the title and its holder the owner of the subject, grammar-words.tsv owner-before; nor when the
  // name is the agent of a clause inside the subject.)
  ["Con trai của Chủ tịch UBND tỉnh Lê Văn An vừa được bổ nhiệm.", ["Lê Văn An > Chủ tịch UBND tỉnh [current]"], []],
  ["Cấp phó của Giám đốc Sở Y tế Lê Văn Tâm được bổ nhiệm hồi tháng 3.", ["Lê Văn Tâm > Giám đốc Sở Y tế [current]"], []],
  ["Em trai của Giám đốc Sở Y tế Lê Văn Tâm bị cách chức.", ["Lê Văn Tâm > Giám đốc Sở Y tế [current]"], []],
  ["Ứng viên do Chủ tịch UBND tỉnh Lê Văn An giới thiệu được bầu.", ["Lê Văn An > Chủ tịch UBND tỉnh [current]"], []],
  ["Người được Bộ trưởng Lê Văn Tâm tin tưởng được bổ nhiệm.", ["Lê Văn Tâm > Bộ trưởng [current]"], []],
  ["Đề án của Giám đốc Sở Y tế Lê Văn Tâm được phê duyệt.", ["Lê Văn Tâm > Giám đốc Sở Y tế [current]"], []],
]);

// A step of the holder's own after the time the post was held ("… 17 năm trước khi về hưu", "… đến năm 2015 thì nghỉ
// hưu": link-cues.tsv until-step "trước khi", "thì"): the event, dated by the end when one is written.
table("a retirement after the time a post was held", [
  ["Ông Trần Văn Bình từng làm Chủ tịch UBND xã Tân Lập 17 năm trước khi về hưu.", ["Trần Văn Bình > Chủ tịch UBND xã Tân Lập [former]"], ["retirement: Trần Văn Bình | Chủ tịch UBND xã Tân Lập"]],
  ["Ông Trần Văn Bình làm Chủ tịch UBND xã Tân Lập đến năm 2015 thì nghỉ hưu.", ["Trần Văn Bình > Chủ tịch UBND xã Tân Lập [former end 2015]"], ["retirement: Trần Văn Bình | Chủ tịch UBND xã Tân Lập on 2015"]],
  ["Bà Lê Thị Hoa giữ chức Hiệu trưởng Trường THPT Nam Đàn trước khi nghỉ hưu.", ["Lê Thị Hoa > Hiệu trưởng Trường THPT Nam Đàn [former]"], ["retirement: Lê Thị Hoa | Hiệu trưởng Trường THPT Nam Đàn"]],
  // ("chủ tịch xã này": a demonstrative after the title, grammar-words.tsv demonstrative, is passed over.)
  ["Ông Trần Văn Bình từng làm chủ tịch xã này 17 năm trước khi về hưu.", ["Trần Văn Bình > chủ tịch xã [former]"], ["retirement: Trần Văn Bình | chủ tịch xã"]],
  ["Bà Lê Thị Hoa làm chủ tịch xã này đến năm 2019 thì nghỉ hưu.", ["Lê Thị Hoa > chủ tịch xã [former end 2019]"], ["retirement: Lê Thị Hoa | chủ tịch xã on 2019"]],
]);

table("chosen for a post: 'lựa chọn làm' (personnel-events.tsv)", [
  [
    "Ông Nguyễn Văn Hùng, Chủ tịch Hội Nông dân xã, được lựa chọn làm Tổ trưởng Tổ bầu cử số 3.",
    ["Nguyễn Văn Hùng > Chủ tịch Hội Nông dân xã [current]", "Nguyễn Văn Hùng > Tổ trưởng [current]"],
    ["appointment: Nguyễn Văn Hùng | Tổ trưởng"],
  ],
]);

// The shapes of issue 13's brief for this table that held before this branch, kept as a guard: acting and appointment
// verbs, decisions received and handed over, elections, retirements and deaths of former office-holders, event dates
// ("kể từ ngày", "Sáng 2/7", "tại kỳ họp … ngày 20/6") and deciders ("Thủ tướng Chính phủ ký quyết định",
// "Theo Quyết định số 123/QĐ-TTg của Thủ tướng").
table("personnel verbs, dates and deciders (guard)", [
  ["Ngày 3/7/2025, UBND tỉnh giao quyền Giám đốc Sở Y tế cho ông Nguyễn Văn Hùng, Phó Giám đốc Sở Y tế.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [acting start 2025-07-03]","Nguyễn Văn Hùng > Phó Giám đốc Sở Y tế [current]"], ["appointment: Nguyễn Văn Hùng | Giám đốc Sở Y tế by UBND tỉnh on 2025-07-03"]],
  ["Ông Nguyễn Văn Hùng được giao quyền Giám đốc Sở Y tế.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [acting]"], ["appointment: Nguyễn Văn Hùng | Giám đốc Sở Y tế"]],
  ["Ông Nguyễn Văn Hùng được cử làm Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An.", ["Nguyễn Văn Hùng > Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An [current]"], ["appointment: Nguyễn Văn Hùng | Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An"]],
  ["Ông Nguyễn Văn Hùng được phân công làm Phó Bí thư Thường trực Tỉnh ủy.", ["Nguyễn Văn Hùng > Phó Bí thư Thường trực Tỉnh ủy [current]"], ["appointment: Nguyễn Văn Hùng | Phó Bí thư Thường trực Tỉnh ủy"]],
  ["Ông Nguyễn Văn Hùng được luân chuyển giữ chức Bí thư Huyện ủy Nam Đàn.", ["Nguyễn Văn Hùng > Bí thư Huyện ủy Nam Đàn [current]"], ["appointment: Nguyễn Văn Hùng | Bí thư Huyện ủy Nam Đàn"]],
  ["Ông Nguyễn Văn Hùng được luân chuyển về giữ chức Bí thư Huyện ủy Nam Đàn.", ["Nguyễn Văn Hùng > Bí thư Huyện ủy Nam Đàn [current]"], ["appointment: Nguyễn Văn Hùng | Bí thư Huyện ủy Nam Đàn"]],
  ["Ông Nguyễn Văn Hùng được chỉ định tham gia Ban Chấp hành Đảng bộ tỉnh và giữ chức Bí thư Tỉnh ủy Nghệ An.", ["Nguyễn Văn Hùng > Bí thư Tỉnh ủy Nghệ An [current]"], ["appointment: Nguyễn Văn Hùng | Bí thư Tỉnh ủy Nghệ An"]],
  ["Ông Nguyễn Văn Hùng được Bộ Chính trị chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Nghệ An nhiệm kỳ 2020-2025.", ["Nguyễn Văn Hùng > Bí thư Tỉnh ủy Nghệ An [current term 2020–2025]"], ["appointment: Nguyễn Văn Hùng | Bí thư Tỉnh ủy Nghệ An by Bộ Chính trị"]],
  ["Ban Thường vụ Tỉnh ủy chỉ định ông Nguyễn Văn Hùng tham gia Ban Chấp hành, giữ chức Bí thư Huyện ủy Nam Đàn.", ["Nguyễn Văn Hùng > Bí thư Huyện ủy Nam Đàn [current]"], ["appointment: Nguyễn Văn Hùng | Bí thư Huyện ủy Nam Đàn by Ban Thường vụ Tỉnh ủy"]],
  ["Ông Nguyễn Văn Hùng nhận quyết định của Ban Thường vụ Tỉnh ủy về việc bổ nhiệm ông Nguyễn Văn Hùng giữ chức Giám đốc Sở Nội vụ.", ["Nguyễn Văn Hùng > Giám đốc Sở Nội vụ [current]"], ["appointment: Nguyễn Văn Hùng | Giám đốc Sở Nội vụ by Ban Thường vụ Tỉnh ủy"]],
  ["Ông Lê Văn Tâm trao quyết định bổ nhiệm Giám đốc Sở Nội vụ cho ông Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Giám đốc Sở Nội vụ [current]"], ["appointment: Nguyễn Văn Hùng | Giám đốc Sở Nội vụ"]],
  ["Chủ tịch UBND tỉnh Lê Văn Tâm trao quyết định bổ nhiệm ông Nguyễn Văn Hùng giữ chức Giám đốc Sở Nội vụ.", ["Lê Văn Tâm > Chủ tịch UBND tỉnh [current]","Nguyễn Văn Hùng > Giám đốc Sở Nội vụ [current]"], ["appointment: Nguyễn Văn Hùng | Giám đốc Sở Nội vụ"]],
  ["Ông Nguyễn Văn Hùng được bầu bổ sung làm Phó Chủ tịch UBND tỉnh.", ["Nguyễn Văn Hùng > Phó Chủ tịch UBND tỉnh [current]"], ["election: Nguyễn Văn Hùng | Phó Chủ tịch UBND tỉnh"]],
  ["Ông Nguyễn Văn Hùng được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ tỉnh.", ["Nguyễn Văn Hùng > Chủ tịch Ủy ban MTTQ tỉnh [current]"], ["election: Nguyễn Văn Hùng | Chủ tịch Ủy ban MTTQ tỉnh"]],
  ["Ông Nguyễn Văn Hùng tái đắc cử Chủ tịch Hội Nông dân tỉnh.", ["Nguyễn Văn Hùng > Chủ tịch Hội Nông dân tỉnh [current]"], ["election: Nguyễn Văn Hùng | Chủ tịch Hội Nông dân tỉnh"]],
  ["Ông Nguyễn Văn Hùng trúng cử đại biểu Quốc hội khóa XVI.", ["Nguyễn Văn Hùng > đại biểu Quốc hội [current term XVI]"], ["election: Nguyễn Văn Hùng | đại biểu Quốc hội"]],
  ["Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh, thôi giữ chức để nghỉ hưu theo chế độ.", ["Nguyễn Văn Hùng > Phó Chủ tịch UBND tỉnh [former]"], ["retirement: Nguyễn Văn Hùng | Phó Chủ tịch UBND tỉnh"]],
  ["Ông Nguyễn Văn Hùng thôi giữ chức Giám đốc Sở Y tế để nghỉ hưu theo chế độ.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [former]"], ["retirement: Nguyễn Văn Hùng | Giám đốc Sở Y tế"]],
  // A numbered line of a title and its holder, under a heading that ends with a colon and tells an event: that event.
  [
    "Theo nghị quyết, 2 thành viên Chính phủ được Quốc hội phê chuẩn miễn nhiệm gồm:\n1. Phó Thủ tướng Lê Văn Dũng\n2. Bộ trưởng Quốc phòng Trần Văn Lịch\nTiếp đó, Thủ tướng trình danh sách.",
    ["Lê Văn Dũng > Phó Thủ tướng [former]", "Trần Văn Lịch > Bộ trưởng Quốc phòng [former]"],
    ["dismissal: Lê Văn Dũng | Phó Thủ tướng by Quốc hội", "dismissal: Trần Văn Lịch | Bộ trưởng Quốc phòng by Quốc hội"],
  ],
  // (A heading that tells no event, or only a proposal, gives none.)
  ["Các ông sau đây được đề nghị miễn nhiệm gồm:\n1. Phó Thủ tướng Lê Văn Dũng\n2. Bộ trưởng Quốc phòng Trần Văn Lịch", ["Lê Văn Dũng > Phó Thủ tướng [current]", "Trần Văn Lịch > Bộ trưởng Quốc phòng [current]"], []],
  ["Nguyên Phó Chủ tịch nước Nguyễn Văn Hùng đã từ trần.", ["Nguyễn Văn Hùng > Phó Chủ tịch nước [former]"], ["death: Nguyễn Văn Hùng | Phó Chủ tịch nước"]],
  ["Ông Nguyễn Văn Hùng, nguyên Phó Chủ tịch nước, đã từ trần ngày 3/8/2025.", ["Nguyễn Văn Hùng > Phó Chủ tịch nước [former]"], ["death: Nguyễn Văn Hùng | Phó Chủ tịch nước on 2025-08-03"]],
  ["Kể từ ngày 1/8/2025, ông Nguyễn Văn Hùng được bổ nhiệm giữ chức Giám đốc Sở Y tế.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [current start 2025-08-01]"], ["appointment: Nguyễn Văn Hùng | Giám đốc Sở Y tế on 2025-08-01"]],
  ["Sáng 2/7, ông Nguyễn Văn Hùng được bầu giữ chức Chủ tịch HĐND tỉnh.", ["Nguyễn Văn Hùng > Chủ tịch HĐND tỉnh [current start 2025-07-02]"], ["election: Nguyễn Văn Hùng | Chủ tịch HĐND tỉnh on 2025-07-02"]],
  ["Tại kỳ họp thứ 9 ngày 20/6, Quốc hội đã bầu ông Nguyễn Văn Hùng giữ chức Phó Chủ tịch Quốc hội.", ["Nguyễn Văn Hùng > Phó Chủ tịch Quốc hội [current start 2025-06-20]"], ["election: Nguyễn Văn Hùng | Phó Chủ tịch Quốc hội by Quốc hội on 2025-06-20"]],
  ["Thủ tướng Chính phủ ký quyết định bổ nhiệm ông Nguyễn Văn Hùng giữ chức Thứ trưởng Bộ Y tế.", ["Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [current]"], ["appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Y tế by Thủ tướng Chính phủ"]],
  ["Theo Quyết định số 123/QĐ-TTg của Thủ tướng, ông Nguyễn Văn Hùng được bổ nhiệm giữ chức Thứ trưởng Bộ Y tế.", ["Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [current]"], ["appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Y tế by Thủ tướng"]],
  ["Thủ tướng Chính phủ vừa ký Quyết định số 123/QĐ-TTg bổ nhiệm ông Nguyễn Văn Hùng giữ chức Thứ trưởng Bộ Y tế.", ["Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [current]"], ["appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Y tế by Thủ tướng Chính phủ"]],
  ["Ngày 10/5, ông Nguyễn Văn Hùng đã nhận quyết định thôi chức Bí thư Huyện ủy Nam Đàn.", ["Nguyễn Văn Hùng > Bí thư Huyện ủy Nam Đàn [former end 2025-05-10]"], ["dismissal: Nguyễn Văn Hùng | Bí thư Huyện ủy Nam Đàn on 2025-05-10"]],
  ["Ban Bí thư quyết định cách chức Bí thư Tỉnh ủy nhiệm kỳ 2015-2020 đối với ông Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Bí thư Tỉnh ủy [former term 2015–2020]"], ["dismissal: Nguyễn Văn Hùng | Bí thư Tỉnh ủy by Ban Bí thư"]],
  ["Ban Bí thư đã quyết định kỷ luật cách chức Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2010 - 2015 đối với ông Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Ủy viên Ban Thường vụ Tỉnh ủy [former term 2010–2015]"], ["dismissal: Nguyễn Văn Hùng | Ủy viên Ban Thường vụ Tỉnh ủy by Ban Bí thư"]],
  ["Ông Nguyễn Văn Hùng được bầu tái cử Chủ tịch Hội Nông dân tỉnh nhiệm kỳ 2023-2028.", ["Nguyễn Văn Hùng > Chủ tịch Hội Nông dân tỉnh [current term 2023–2028]"], ["election: Nguyễn Văn Hùng | Chủ tịch Hội Nông dân tỉnh"]],
  ["Ông Nguyễn Văn Hùng tiếp tục được bầu giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2025-2030.", ["Nguyễn Văn Hùng > Bí thư Tỉnh ủy [current term 2025–2030]"], ["election: Nguyễn Văn Hùng | Bí thư Tỉnh ủy"]],
  ["Đại hội đã bầu ông Nguyễn Văn Hùng tái cử Bí thư Tỉnh ủy.", ["Nguyễn Văn Hùng > Bí thư Tỉnh ủy [current]"], ["election: Nguyễn Văn Hùng | Bí thư Tỉnh ủy"]],
  ["Tại kỳ họp, HĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Nguyễn Văn Hùng do nghỉ hưu theo chế độ.", ["Nguyễn Văn Hùng > Phó Chủ tịch UBND tỉnh [former]"], ["dismissal: Nguyễn Văn Hùng | Phó Chủ tịch UBND tỉnh by HĐND tỉnh"]],
  ["HĐND tỉnh đã miễn nhiệm ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh, để nghỉ hưu theo chế độ.", ["Nguyễn Văn Hùng > Phó Chủ tịch UBND tỉnh [former]"], ["dismissal: Nguyễn Văn Hùng | Phó Chủ tịch UBND tỉnh by HĐND tỉnh"]],
  ["HĐND tỉnh đã bầu ông Lê Văn Tâm giữ chức Phó Chủ tịch UBND tỉnh thay ông Nguyễn Văn Hùng nghỉ hưu.", ["Lê Văn Tâm > Phó Chủ tịch UBND tỉnh [current]","Nguyễn Văn Hùng > Phó Chủ tịch UBND tỉnh [former]"], ["election: Lê Văn Tâm | Phó Chủ tịch UBND tỉnh by HĐND tỉnh","retirement: Nguyễn Văn Hùng | Phó Chủ tịch UBND tỉnh"]],
  ["Ông Nguyễn Văn Hùng, nguyên Bí thư Tỉnh ủy, đã qua đời hồi 10 giờ ngày 3/8/2025.", ["Nguyễn Văn Hùng > Bí thư Tỉnh ủy [former]"], ["death: Nguyễn Văn Hùng | Bí thư Tỉnh ủy on 2025-08-03T10:00"]],
  ["Đồng chí Nguyễn Văn Hùng, nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy Nghệ An, từ trần.", ["Nguyễn Văn Hùng > Ủy viên Trung ương Đảng [former]","Nguyễn Văn Hùng > Bí thư Tỉnh ủy Nghệ An [former]"], ["death: Nguyễn Văn Hùng | Ủy viên Trung ương Đảng","death: Nguyễn Văn Hùng | Bí thư Tỉnh ủy Nghệ An"]],
  ["Ông Nguyễn Văn Hùng được Thủ tướng bổ nhiệm lại giữ chức Thứ trưởng Bộ Công Thương.", ["Nguyễn Văn Hùng > Thứ trưởng Bộ Công Thương [current]"], ["appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Công Thương by Thủ tướng"]],
  ["Ông Nguyễn Văn Hùng được điều động, bổ nhiệm giữ chức Phó Giám đốc Công an tỉnh kể từ ngày 1/9/2025.", ["Nguyễn Văn Hùng > Phó Giám đốc Công an tỉnh [incoming start 2025-09-01]"], ["appointment: Nguyễn Văn Hùng | Phó Giám đốc Công an tỉnh on 2025-09-01"]],
  ["Bộ trưởng Bộ Công an quyết định điều động Đại tá Nguyễn Văn Hùng, Phó Giám đốc Công an tỉnh Nghệ An, đến nhận công tác và giữ chức Giám đốc Công an tỉnh Hà Tĩnh.", ["Nguyễn Văn Hùng > Đại tá [current]","Nguyễn Văn Hùng > Phó Giám đốc Công an tỉnh Nghệ An [former]","Nguyễn Văn Hùng > Giám đốc Công an tỉnh Hà Tĩnh [current]"], ["appointment: Nguyễn Văn Hùng | Giám đốc Công an tỉnh Hà Tĩnh by Bộ trưởng Bộ Công an"]],
  ["Ông Nguyễn Văn Hùng được phê chuẩn kết quả bầu giữ chức Chủ tịch UBND tỉnh.", ["Nguyễn Văn Hùng > Chủ tịch UBND tỉnh [current]"], ["approval: Nguyễn Văn Hùng | Chủ tịch UBND tỉnh","election: Nguyễn Văn Hùng | Chủ tịch UBND tỉnh"]],
  ["Thủ tướng phê chuẩn kết quả bầu ông Nguyễn Văn Hùng giữ chức Chủ tịch UBND tỉnh Nghệ An nhiệm kỳ 2021-2026.", ["Nguyễn Văn Hùng > Chủ tịch UBND tỉnh Nghệ An [current term 2021–2026]"], ["approval: Nguyễn Văn Hùng | Chủ tịch UBND tỉnh Nghệ An by Thủ tướng","election: Nguyễn Văn Hùng | Chủ tịch UBND tỉnh Nghệ An"]],
  ["Thủ tướng Chính phủ phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh Nghệ An đối với ông Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Chủ tịch UBND tỉnh Nghệ An [former]"], ["dismissal: Nguyễn Văn Hùng | Chủ tịch UBND tỉnh Nghệ An by Thủ tướng Chính phủ"]],
  ["Ông Nguyễn Văn Hùng đã được Quốc hội bầu làm Chủ tịch nước với 100% đại biểu tán thành.", ["Nguyễn Văn Hùng > Chủ tịch nước [current]"], ["election: Nguyễn Văn Hùng | Chủ tịch nước by Quốc hội"]],
  ["Ông Nguyễn Văn Hùng được bổ nhiệm giữ chức Giám đốc Sở Y tế, thời hạn bổ nhiệm 5 năm kể từ ngày 1/8/2025.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [current start 2025-08-01]"], ["appointment: Nguyễn Văn Hùng | Giám đốc Sở Y tế on 2025-08-01"]],
  ["Ông Nguyễn Văn Hùng được Ban Bí thư chuẩn y giữ chức Phó Bí thư Tỉnh ủy.", ["Nguyễn Văn Hùng > Phó Bí thư Tỉnh ủy [current]"], ["approval: Nguyễn Văn Hùng | Phó Bí thư Tỉnh ủy by Ban Bí thư"]],
  ["Ông Nguyễn Văn Hùng được giao nhiệm vụ Phó Chủ tịch UBND huyện.", ["Nguyễn Văn Hùng > Phó Chủ tịch UBND huyện [current]"], ["appointment: Nguyễn Văn Hùng | Phó Chủ tịch UBND huyện"]],
  ["Ông Nguyễn Văn Hùng được giao giữ chức Phó Giám đốc Sở Y tế.", ["Nguyễn Văn Hùng > Phó Giám đốc Sở Y tế [current]"], ["appointment: Nguyễn Văn Hùng | Phó Giám đốc Sở Y tế"]],
  ["Ông Nguyễn Văn Hùng được điều động về làm Phó Giám đốc Sở Y tế.", ["Nguyễn Văn Hùng > Phó Giám đốc Sở Y tế [current]"], ["appointment: Nguyễn Văn Hùng | Phó Giám đốc Sở Y tế"]],
  ["Ông Nguyễn Văn Hùng bị miễn nhiệm chức vụ Giám đốc Sở Y tế.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [former]"], ["dismissal: Nguyễn Văn Hùng | Giám đốc Sở Y tế"]],
  ["Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, bị cách chức.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [former]"], ["dismissal: Nguyễn Văn Hùng | Giám đốc Sở Y tế"]],
  ["Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, được cho thôi giữ chức theo nguyện vọng cá nhân.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [former]"], ["dismissal: Nguyễn Văn Hùng | Giám đốc Sở Y tế"]],
  ["Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, sẽ nghỉ hưu từ ngày 1/9/2025.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [current]"], []],
  ["Ông Nguyễn Văn Hùng được bổ nhiệm giữ chức Giám đốc Sở Y tế từ ngày 1/9/2025.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [incoming start 2025-09-01]"], ["appointment: Nguyễn Văn Hùng | Giám đốc Sở Y tế on 2025-09-01"]],
  ["Sáng 20/6, HĐND tỉnh tổ chức kỳ họp bất thường. Tại kỳ họp, ông Nguyễn Văn Hùng được bầu giữ chức Chủ tịch UBND tỉnh.", ["Nguyễn Văn Hùng > Chủ tịch UBND tỉnh [current start 2025-06-20]"], ["election: Nguyễn Văn Hùng | Chủ tịch UBND tỉnh on 2025-06-20"]],
  ["Quốc hội biểu quyết thông qua nghị quyết miễn nhiệm ông Nguyễn Văn Hùng, Phó Chủ tịch Quốc hội.", ["Nguyễn Văn Hùng > Phó Chủ tịch Quốc hội [former]"], ["dismissal: Nguyễn Văn Hùng | Phó Chủ tịch Quốc hội by Quốc hội"]],
  ["Ông Nguyễn Văn Hùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Tĩnh được Bộ Chính trị điều động, phân công giữ chức Phó Trưởng Ban Tổ chức Trung ương.", ["Nguyễn Văn Hùng > Ủy viên Trung ương Đảng [current]","Nguyễn Văn Hùng > Bí thư Tỉnh ủy Hà Tĩnh [former]","Nguyễn Văn Hùng > Phó Trưởng Ban Tổ chức Trung ương [current]"], ["appointment: Nguyễn Văn Hùng | Phó Trưởng Ban Tổ chức Trung ương by Bộ Chính trị"]],
  ["Ông Nguyễn Văn Hùng được bổ nhiệm làm Giám đốc Sở Y tế thay ông Lê Văn Tâm nghỉ hưu.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [current]","Lê Văn Tâm > Giám đốc Sở Y tế [former]"], ["appointment: Nguyễn Văn Hùng | Giám đốc Sở Y tế","retirement: Lê Văn Tâm | Giám đốc Sở Y tế"]],
  ["Nguyên Bộ trưởng Bộ Y tế Nguyễn Văn Hùng qua đời ở tuổi 85.", ["Nguyễn Văn Hùng > Bộ trưởng Bộ Y tế [former]"], ["death: Nguyễn Văn Hùng | Bộ trưởng Bộ Y tế"]],
]);

// "là T1 trước khi được bổ nhiệm làm T2" (grammar-words.tsv before-clause between two titles of one chain): T1 was held
// first and left, T2 is the post the step gave.
table("'T1 trước khi được bổ nhiệm làm T2'", [
  [
    "Ông Lê Văn Tâm là Giám đốc Sở Y tế trước khi được bổ nhiệm làm Phó Chủ tịch UBND tỉnh.",
    ["Lê Văn Tâm > Giám đốc Sở Y tế [former]", "Lê Văn Tâm > Phó Chủ tịch UBND tỉnh [current]"],
    ["appointment: Lê Văn Tâm | Phó Chủ tịch UBND tỉnh"],
  ],
  [
    "Ông Lê Văn Tâm từng là Giám đốc Sở Y tế trước khi được bổ nhiệm làm Phó Chủ tịch UBND tỉnh.",
    ["Lê Văn Tâm > Giám đốc Sở Y tế [former]", "Lê Văn Tâm > Phó Chủ tịch UBND tỉnh [current]"],
    ["appointment: Lê Văn Tâm | Phó Chủ tịch UBND tỉnh"],
  ],
  [
    "Bà Trần Thị Mai giữ chức Trưởng phòng Tổ chức Sở Nội vụ trước khi được bầu làm Phó Chủ tịch UBND huyện.",
    ["Trần Thị Mai > Trưởng phòng Tổ chức Sở Nội vụ [former]", "Trần Thị Mai > Phó Chủ tịch UBND huyện [current]"],
    ["election: Trần Thị Mai | Phó Chủ tịch UBND huyện"],
  ],
  [
    "Trước khi được bổ nhiệm làm Phó Chủ tịch UBND tỉnh, ông Lê Văn Tâm là Giám đốc Sở Y tế.",
    ["Lê Văn Tâm > Phó Chủ tịch UBND tỉnh [current]", "Lê Văn Tâm > Giám đốc Sở Y tế [former]"],
    ["appointment: Lê Văn Tâm | Phó Chủ tịch UBND tỉnh"],
  ],
  ["Ông Lê Văn Tâm, Giám đốc Sở Y tế, trước đó là Phó Giám đốc Sở Y tế.", ["Lê Văn Tâm > Giám đốc Sở Y tế [current]", "Lê Văn Tâm > Phó Giám đốc Sở Y tế [former]"], []],
]);

// "… T đối với Đại tá X" (titlesThenTarget): the holder's rank written before the name after "đối với" is passed over.
table("a decision about a holder named with a rank after 'đối với'", [
  [
    "Bộ trưởng quyết định miễn nhiệm chức vụ Phó Cục trưởng đối với Đại tá Nguyễn Văn Hùng.",
    ["Nguyễn Văn Hùng > Đại tá [current]", "Nguyễn Văn Hùng > Phó Cục trưởng [former]"],
    ["dismissal: Nguyễn Văn Hùng | Phó Cục trưởng by Bộ trưởng"],
  ],
  [
    "Thủ tướng quyết định bổ nhiệm chức vụ Thứ trưởng Bộ Công an đối với Trung tướng Nguyễn Văn Hùng.",
    ["Nguyễn Văn Hùng > Trung tướng [current]", "Nguyễn Văn Hùng > Thứ trưởng Bộ Công an [current]"],
    ["appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Công an by Thủ tướng"],
  ],
  [
    "Ngày 10/7/2025, Thủ tướng Chính phủ ký quyết định thăng cấp bậc hàm Thiếu tướng đối với Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh.",
    ["Nguyễn Văn Hùng > Đại tá [former end 2025-07-10]", "Nguyễn Văn Hùng > Thiếu tướng [current start 2025-07-10]", "Nguyễn Văn Hùng > Giám đốc Công an tỉnh [current]"],
    [],
  ],
]);

// A decision that gives a post right before a title and its holder, the clause ending after the name: it gives that
// title ("Quốc hội đã bầu Chủ tịch nước X."); a title written before the name of one a decision gives another post to
// is passed over ("bổ nhiệm Thứ trưởng X làm Bộ trưởng"). Not "chào xã giao" (grammar-words.tsv not-event), not a rank,
// not before a comma.
table("a decision right before the title and its holder", [
  ["Quốc hội đã bầu Chủ tịch nước Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Chủ tịch nước [current]"], ["election: Nguyễn Văn Hùng | Chủ tịch nước by Quốc hội"]],
  ["Thủ tướng bổ nhiệm lại Thứ trưởng Bộ Y tế Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [current]"], ["appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Y tế by Thủ tướng"]],
  [
    "Thủ tướng bổ nhiệm Thứ trưởng Bộ Y tế Nguyễn Văn Hùng làm Bộ trưởng.",
    ["Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [current]", "Nguyễn Văn Hùng > Bộ trưởng [current]"],
    ["appointment: Nguyễn Văn Hùng | Bộ trưởng by Thủ tướng"],
  ],
  ["Thủ tướng miễn nhiệm Thứ trưởng Bộ Y tế Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [former]"], ["dismissal: Nguyễn Văn Hùng | Thứ trưởng Bộ Y tế by Thủ tướng"]],
  ["Đoàn đã chào xã giao Chủ tịch nước Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Chủ tịch nước [current]"], []],
  ["Ban Thường vụ điều động Phó Chủ tịch UBND huyện Lê Văn An.", ["Lê Văn An > Phó Chủ tịch UBND huyện [current]"], []],
  // (Guards: a decision to come, not taken, only proposed; a verb that is no decision.)
  ["Hội đồng nhân dân tỉnh sẽ bầu Chủ tịch UBND tỉnh Lê Văn An.", ["Lê Văn An > Chủ tịch UBND tỉnh [incoming]"], []],
  ["Tỉnh chưa bổ nhiệm Giám đốc Sở Y tế Lê Văn Tâm.", ["Lê Văn Tâm > Giám đốc Sở Y tế"], []],
  ["Ông Trần Văn Bình đề nghị bổ nhiệm Giám đốc Sở Y tế Lê Văn Tâm.", ["Lê Văn Tâm > Giám đốc Sở Y tế"], []],
  ["Các đại biểu đã chất vấn Bộ trưởng Lê Văn Tâm.", ["Lê Văn Tâm > Bộ trưởng [current]"], []],
  ["Bộ Y tế đã cử Thứ trưởng Lê Văn Tâm.", ["Lê Văn Tâm > Thứ trưởng [current]"], []],
]);

// h/events4 (issue 13): shapes the last pass left.

table("a filed request to retire: '(có/nộp/làm/gửi/viết) đơn xin nghỉ hưu (trước tuổi)' (personnel-events.tsv)", [
  ["Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, có đơn xin nghỉ hưu trước tuổi.", ["Nguyễn Văn Hùng > Giám đốc Sở Y tế [former]"], ["retirement: Nguyễn Văn Hùng | Giám đốc Sở Y tế"]],
  [
    "Bà Trần Thị Mai, Phó Chủ tịch UBND huyện Nam Đàn, đã nộp đơn xin nghỉ hưu trước tuổi.",
    ["Trần Thị Mai > Phó Chủ tịch UBND huyện Nam Đàn [former]"],
    ["retirement: Trần Thị Mai | Phó Chủ tịch UBND huyện Nam Đàn"],
  ],
  ["Ông Nguyễn Văn Hùng, Chủ tịch UBND xã, có đơn xin nghỉ hưu.", ["Nguyễn Văn Hùng > Chủ tịch UBND xã [former]"], ["retirement: Nguyễn Văn Hùng | Chủ tịch UBND xã"]],
  [
    "Ông Nguyễn Văn Hùng, Chủ tịch UBND xã, làm đơn xin nghỉ hưu trước tuổi từ ngày 1/8/2025.",
    ["Nguyễn Văn Hùng > Chủ tịch UBND xã [former end 2025-08-01]"],
    ["retirement: Nguyễn Văn Hùng | Chủ tịch UBND xã on 2025-08-01"],
  ],
  ["Ông Lê Văn Tâm, Trưởng phòng Tài chính huyện, gửi đơn xin nghỉ hưu.", ["Lê Văn Tâm > Trưởng phòng Tài chính huyện [former]"], ["retirement: Lê Văn Tâm | Trưởng phòng Tài chính huyện"]],
  ["Ông Lê Văn Tâm, Giám đốc Sở Xây dựng, xin nghỉ hưu trước tuổi.", ["Lê Văn Tâm > Giám đốc Sở Xây dựng [former]"], ["retirement: Lê Văn Tâm | Giám đốc Sở Xây dựng"]],
]);

// The rank written before the name is the one left: former (issue 13, a promotion leaves the old rank).
table("a rank given 'cho' the holder by a promotion word (link-cues.tsv holds, time moves): 'thăng quân hàm T cho X'", [
  ["Chủ tịch nước thăng quân hàm Trung tướng cho Thiếu tướng Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Thiếu tướng [former]", "Nguyễn Văn Hùng > Trung tướng [current]"], []],
  [
    "Chủ tịch nước đã ký quyết định thăng quân hàm Trung tướng cho Thiếu tướng Nguyễn Văn Hùng, Tư lệnh Quân khu 4.",
    ["Nguyễn Văn Hùng > Thiếu tướng [former]", "Nguyễn Văn Hùng > Trung tướng [current]", "Nguyễn Văn Hùng > Tư lệnh Quân khu 4 [current]"],
    [],
  ],
  [
    "Thủ tướng Chính phủ quyết định thăng cấp bậc hàm Thiếu tướng cho Đại tá Lê Văn Tâm, Giám đốc Công an tỉnh Nghệ An.",
    ["Lê Văn Tâm > Đại tá [former]", "Lê Văn Tâm > Thiếu tướng [current]", "Lê Văn Tâm > Giám đốc Công an tỉnh Nghệ An [current]"],
    [],
  ],
  ["Bộ trưởng Bộ Công an thăng cấp bậc hàm Đại tá cho Thượng tá Trần Văn Nam.", ["Trần Văn Nam > Thượng tá [former]", "Trần Văn Nam > Đại tá [current]"], []],
  ["Chủ tịch nước phong quân hàm Thượng tướng cho Trung tướng Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Trung tướng [former]", "Nguyễn Văn Hùng > Thượng tướng [current]"], []],
  ["Chủ tịch nước thăng quân hàm Trung tướng cho ông Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Trung tướng [current]"], []],
  // An office after "cho" is no promotion: the link stays unmade.
  ["Ông Nguyễn Văn Hùng chuyển sang làm Giám đốc Sở cho đến nay.", ["Nguyễn Văn Hùng > Giám đốc [current]"], []],
]);

table("an appointment right before a name whose one title ends the sentence: 'bổ nhiệm lại ông X, T.' (the post given)", [
  ["Thủ tướng bổ nhiệm lại ông Nguyễn Văn Hùng, Thứ trưởng Bộ Y tế.", ["Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [current]"], ["appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Y tế by Thủ tướng"]],
  [
    "Thủ tướng Chính phủ vừa ký quyết định bổ nhiệm lại ông Nguyễn Văn Hùng, Thứ trưởng Bộ Y tế.",
    ["Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [current]"],
    ["appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Y tế by Thủ tướng Chính phủ"],
  ],
  [
    "Ngày 5/8/2025, Thủ tướng Chính phủ đã bổ nhiệm lại bà Trần Thị Mai, Thứ trưởng Bộ Tư pháp.",
    ["Trần Thị Mai > Thứ trưởng Bộ Tư pháp [current start 2025-08-05]"],
    ["appointment: Trần Thị Mai | Thứ trưởng Bộ Tư pháp by Thủ tướng Chính phủ on 2025-08-05"],
  ],
  [
    "Bộ trưởng Bộ Nội vụ quyết định bổ nhiệm lại ông Lê Văn Tâm, Vụ trưởng Vụ Tổ chức cán bộ.",
    ["Lê Văn Tâm > Vụ trưởng Vụ Tổ chức cán bộ [current]"],
    ["appointment: Lê Văn Tâm | Vụ trưởng Vụ Tổ chức cán bộ by Bộ trưởng Bộ Nội vụ"],
  ],
  [
    "Chủ tịch UBND tỉnh đã ký quyết định tái bổ nhiệm ông Lê Văn Tâm, Giám đốc Sở Xây dựng.",
    ["Lê Văn Tâm > Giám đốc Sở Xây dựng [current]"],
    ["appointment: Lê Văn Tâm | Giám đốc Sở Xây dựng by Chủ tịch UBND tỉnh"],
  ],
  // The sentence goes on with the post given: the title after the comma is the one held before.
  [
    "Thủ tướng bổ nhiệm ông Nguyễn Văn Hùng, Vụ trưởng Vụ Pháp chế, giữ chức Thứ trưởng Bộ Tư pháp.",
    ["Nguyễn Văn Hùng > Vụ trưởng Vụ Pháp chế [current]", "Nguyễn Văn Hùng > Thứ trưởng Bộ Tư pháp [current]"],
    ["appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Tư pháp by Thủ tướng"],
  ],
  // Not an appointment: a meeting, a past title, a transfer (which names the post left), a vote (maybe for another seat).
  ["Thủ tướng tiếp ông Nguyễn Văn Hùng, Thứ trưởng Bộ Y tế.", ["Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [current]"], []],
  ["Thủ tướng bổ nhiệm lại ông Nguyễn Văn Hùng, nguyên Thứ trưởng Bộ Y tế.", ["Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [former]"], []],
  ["UBND tỉnh điều động ông Nguyễn Văn Hùng, Chủ tịch UBND huyện Nam Đàn.", ["Nguyễn Văn Hùng > Chủ tịch UBND huyện Nam Đàn [current]"], []],
  ["HĐND tỉnh bầu ông Nguyễn Văn Hùng, Giám đốc Sở Tài chính.", ["Nguyễn Văn Hùng > Giám đốc Sở Tài chính [current]"], []],
]);

table("the body a transfer leads to, before the post (link-cues.tsv transfer-to): 'điều động đến nhận công tác tại Sở X và bổ nhiệm giữ chức T'", [
  [
    "Ông Nguyễn Văn Hùng được điều động đến nhận công tác tại Sở Nội vụ và bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.",
    ["Nguyễn Văn Hùng > Phó Giám đốc Sở Nội vụ [current]"],
    ["appointment: Nguyễn Văn Hùng | Phó Giám đốc Sở Nội vụ"],
  ],
  [
    "Ông Nguyễn Văn Hùng được điều động đến công tác tại Sở Nội vụ và bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.",
    ["Nguyễn Văn Hùng > Phó Giám đốc Sở Nội vụ [current]"],
    ["appointment: Nguyễn Văn Hùng | Phó Giám đốc Sở Nội vụ"],
  ],
  [
    "Ông Nguyễn Văn Hùng được điều động đến nhận công tác tại Sở Nội vụ, bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.",
    ["Nguyễn Văn Hùng > Phó Giám đốc Sở Nội vụ [current]"],
    ["appointment: Nguyễn Văn Hùng | Phó Giám đốc Sở Nội vụ"],
  ],
  [
    "Ông Nguyễn Văn Hùng được điều động đến Sở Nội vụ và bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.",
    ["Nguyễn Văn Hùng > Phó Giám đốc Sở Nội vụ [current]"],
    ["appointment: Nguyễn Văn Hùng | Phó Giám đốc Sở Nội vụ"],
  ],
  [
    "Ông Nguyễn Văn Hùng được điều động về công tác tại Sở Nội vụ và bổ nhiệm giữ chức Giám đốc Sở Nội vụ.",
    ["Nguyễn Văn Hùng > Giám đốc Sở Nội vụ [current]"],
    ["appointment: Nguyễn Văn Hùng | Giám đốc Sở Nội vụ"],
  ],
  [
    "Ông Nguyễn Văn Hùng được điều động về nhận công tác tại Sở Y tế và chỉ định giữ chức Phó Giám đốc Sở Y tế.",
    ["Nguyễn Văn Hùng > Phó Giám đốc Sở Y tế [current]"],
    ["appointment: Nguyễn Văn Hùng | Phó Giám đốc Sở Y tế"],
  ],
  [
    "Bà Trần Thị Mai được biệt phái đến Ủy ban Kiểm tra Tỉnh ủy và phân công giữ chức Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.",
    ["Trần Thị Mai > Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy [current]"],
    ["appointment: Trần Thị Mai | Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"],
  ],
  [
    "Ông Nguyễn Văn Hùng được điều động đến nhận công tác tại Sở Nội vụ tỉnh Nghệ An và bổ nhiệm giữ chức Giám đốc Sở.",
    ["Nguyễn Văn Hùng > Giám đốc Sở [current]"],
    ["appointment: Nguyễn Văn Hùng | Giám đốc Sở"],
  ],
  // After an appositive title: that one is left (as in 'điều động và bổ nhiệm').
  [
    "Ông Lê Văn Tâm, Phó Chủ tịch UBND huyện, được điều động đến nhận công tác tại Sở Nội vụ và bổ nhiệm giữ chức Giám đốc Sở Nội vụ.",
    ["Lê Văn Tâm > Phó Chủ tịch UBND huyện [former]", "Lê Văn Tâm > Giám đốc Sở Nội vụ [current]"],
    ["appointment: Lê Văn Tâm | Giám đốc Sở Nội vụ"],
  ],
  // No transfer word: going to a body is no step to its post; a list of bodies is no post.
  ["Ông Nguyễn Văn Hùng đến Sở Nội vụ và bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.", [], []],
  ["Ông Nguyễn Văn Hùng được điều động đến Sở Nội vụ và Sở Tài chính.", [], []],
]);

describe("the body a transfer leads to is the one of a bare 'Giám đốc Sở' after it (office-rules.tsv bare_body)", () => {
  it("'điều động đến nhận công tác tại Sở Nội vụ tỉnh Nghệ An và bổ nhiệm giữ chức Giám đốc Sở'", () => {
    const g = extract("Ông Nguyễn Văn Hùng được điều động đến nhận công tác tại Sở Nội vụ tỉnh Nghệ An và bổ nhiệm giữ chức Giám đốc Sở.", { referenceDate: "2025-08-15" });
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    expect(g.relations.flatMap((r) => (r.type === "of" ? [`${name(r.from)} of ${name(r.to)}`] : []))).toEqual(["Giám đốc Sở of Sở Nội vụ tỉnh Nghệ An"]);
  });
});

table("terms between the title and 'đối với' (holds.ts termsAfter): 'T nhiệm kỳ A và nhiệm kỳ B đối với ông X', '2 nhiệm kỳ'", [
  [
    "HĐND tỉnh bầu Chủ tịch UBND tỉnh nhiệm kỳ 2005 - 2010 và nhiệm kỳ 2010 - 2015 đối với ông Nguyễn Văn Hùng.",
    ["Nguyễn Văn Hùng > Chủ tịch UBND tỉnh [current term 2005–2010, 2010–2015]"],
    ["election: Nguyễn Văn Hùng | Chủ tịch UBND tỉnh by HĐND tỉnh"],
  ],
  [
    "HĐND tỉnh bầu Chủ tịch UBND tỉnh hai nhiệm kỳ 2005 - 2010 và 2010 - 2015 đối với ông Nguyễn Văn Hùng.",
    ["Nguyễn Văn Hùng > Chủ tịch UBND tỉnh [current term 2005–2010, 2010–2015]"],
    ["election: Nguyễn Văn Hùng | Chủ tịch UBND tỉnh by HĐND tỉnh"],
  ],
  ["HĐND tỉnh bầu Chủ tịch UBND tỉnh 2 nhiệm kỳ đối với ông Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Chủ tịch UBND tỉnh [current]"], ["election: Nguyễn Văn Hùng | Chủ tịch UBND tỉnh by HĐND tỉnh"]],
  [
    "HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021 và nhiệm kỳ 2021 - 2026 đối với bà Trần Thị Mai.",
    ["Trần Thị Mai > Phó Chủ tịch UBND tỉnh [former term 2016–2021, 2021–2026]"],
    ["dismissal: Trần Thị Mai | Phó Chủ tịch UBND tỉnh by HĐND tỉnh"],
  ],
  [
    "Ban Bí thư chuẩn y Phó Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025, 2025 - 2030 đối với ông Lê Văn Tâm.",
    ["Lê Văn Tâm > Phó Bí thư Tỉnh ủy [current term 2020–2025, 2025–2030]"],
    ["approval: Lê Văn Tâm | Phó Bí thư Tỉnh ủy by Ban Bí thư"],
  ],
  [
    "HĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026 đối với ông Nguyễn Văn Hùng.",
    ["Nguyễn Văn Hùng > Chủ tịch UBND tỉnh [former term 2021–2026]"],
    ["dismissal: Nguyễn Văn Hùng | Chủ tịch UBND tỉnh by HĐND tỉnh"],
  ],
  // Other words after the count: no reading.
  ["HĐND tỉnh bầu Chủ tịch UBND tỉnh 2 nhiệm kỳ và một lần đối với ông Nguyễn Văn Hùng.", [], []],
]);

table("guards for the brief's shapes that already held: names joined before a decision of a post several hold", [
  [
    "Nguyễn Văn Hùng, Trần Văn Nam và Lê Văn Tâm được bầu làm Phó Chủ tịch UBND tỉnh.",
    ["Lê Văn Tâm > Phó Chủ tịch UBND tỉnh [current]", "Nguyễn Văn Hùng > Phó Chủ tịch UBND tỉnh [current]", "Trần Văn Nam > Phó Chủ tịch UBND tỉnh [current]"],
    ["election: Lê Văn Tâm | Phó Chủ tịch UBND tỉnh", "election: Nguyễn Văn Hùng | Phó Chủ tịch UBND tỉnh", "election: Trần Văn Nam | Phó Chủ tịch UBND tỉnh"],
  ],
  [
    "Các ông Nguyễn Văn Hùng, Trần Văn Nam được bầu làm Phó Chủ tịch UBND tỉnh Nghệ An.",
    ["Trần Văn Nam > Phó Chủ tịch UBND tỉnh Nghệ An [current]", "Nguyễn Văn Hùng > Phó Chủ tịch UBND tỉnh Nghệ An [current]"],
    ["election: Trần Văn Nam | Phó Chủ tịch UBND tỉnh Nghệ An", "election: Nguyễn Văn Hùng | Phó Chủ tịch UBND tỉnh Nghệ An"],
  ],
  [
    "Ông Nguyễn Văn Hùng và ông Trần Văn Nam được bổ nhiệm giữ chức Phó Giám đốc Sở Y tế.",
    ["Trần Văn Nam > Phó Giám đốc Sở Y tế [current]", "Nguyễn Văn Hùng > Phó Giám đốc Sở Y tế [current]"],
    ["appointment: Trần Văn Nam | Phó Giám đốc Sở Y tế", "appointment: Nguyễn Văn Hùng | Phó Giám đốc Sở Y tế"],
  ],
  [
    "Các ông Nguyễn Văn Hùng, Trần Văn Nam và Lê Văn Tâm được UBND tỉnh bổ nhiệm làm Phó Giám đốc Sở Y tế.",
    ["Lê Văn Tâm > Phó Giám đốc Sở Y tế [current]", "Nguyễn Văn Hùng > Phó Giám đốc Sở Y tế [current]", "Trần Văn Nam > Phó Giám đốc Sở Y tế [current]"],
    ["appointment: Lê Văn Tâm | Phó Giám đốc Sở Y tế by UBND tỉnh", "appointment: Nguyễn Văn Hùng | Phó Giám đốc Sở Y tế by UBND tỉnh", "appointment: Trần Văn Nam | Phó Giám đốc Sở Y tế by UBND tỉnh"],
  ],
  [
    "Bà Trần Thị Mai và ông Lê Văn Tâm được HĐND tỉnh bầu làm Ủy viên UBND tỉnh.",
    ["Lê Văn Tâm > Ủy viên UBND tỉnh [current]", "Trần Thị Mai > Ủy viên UBND tỉnh [current]"],
    ["election: Lê Văn Tâm | Ủy viên UBND tỉnh by HĐND tỉnh", "election: Trần Thị Mai | Ủy viên UBND tỉnh by HĐND tỉnh"],
  ],
  [
    "Các bà Trần Thị Mai, Phạm Thị Lan được bầu giữ chức Phó Chủ tịch HĐND huyện.",
    ["Phạm Thị Lan > Phó Chủ tịch HĐND huyện [current]", "Trần Thị Mai > Phó Chủ tịch HĐND huyện [current]"],
    ["election: Phạm Thị Lan | Phó Chủ tịch HĐND huyện", "election: Trần Thị Mai | Phó Chủ tịch HĐND huyện"],
  ],
  [
    "HĐND tỉnh bầu các ông Nguyễn Văn Hùng, Trần Văn Nam giữ chức Phó Chủ tịch UBND tỉnh.",
    ["Trần Văn Nam > Phó Chủ tịch UBND tỉnh [current]", "Nguyễn Văn Hùng > Phó Chủ tịch UBND tỉnh [current]"],
    ["election: Trần Văn Nam | Phó Chủ tịch UBND tỉnh by HĐND tỉnh", "election: Nguyễn Văn Hùng | Phó Chủ tịch UBND tỉnh by HĐND tỉnh"],
  ],
  [
    "Thủ tướng bổ nhiệm các ông Nguyễn Văn Hùng, Lê Văn Tâm giữ chức Thứ trưởng Bộ Y tế.",
    ["Lê Văn Tâm > Thứ trưởng Bộ Y tế [current]", "Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [current]"],
    ["appointment: Lê Văn Tâm | Thứ trưởng Bộ Y tế by Thủ tướng", "appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Y tế by Thủ tướng"],
  ],
  [
    "Ông Nguyễn Văn Hùng và ông Trần Văn Nam lần lượt được bầu giữ chức Chủ tịch và Phó Chủ tịch HĐND tỉnh.",
    ["Nguyễn Văn Hùng > Chủ tịch [current]", "Trần Văn Nam > Phó Chủ tịch HĐND tỉnh [current]"],
    ["election: Nguyễn Văn Hùng | Chủ tịch", "election: Trần Văn Nam | Phó Chủ tịch HĐND tỉnh"],
  ],
]);

table("guards: other decisions of the brief's shapes that already held", [
  [
    "Ông Nguyễn Văn Hùng được Ban Thường vụ Tỉnh ủy điều động, chỉ định giữ chức Bí thư Huyện ủy Nam Đàn.",
    ["Nguyễn Văn Hùng > Bí thư Huyện ủy Nam Đàn [current]"],
    ["appointment: Nguyễn Văn Hùng | Bí thư Huyện ủy Nam Đàn by Ban Thường vụ Tỉnh ủy"],
  ],
  [
    "Ông Nguyễn Văn Hùng được Hội đồng quản trị bổ nhiệm làm Tổng Giám đốc Công ty Cổ phần Sữa Việt Nam.",
    ["Nguyễn Văn Hùng > Tổng Giám đốc Công ty Cổ phần Sữa Việt Nam [current]"],
    ["appointment: Nguyễn Văn Hùng | Tổng Giám đốc Công ty Cổ phần Sữa Việt Nam by Hội đồng quản trị"],
  ],
  ["Ông Nguyễn Văn Hùng được Hội đồng quản trị bổ nhiệm làm Tổng Giám đốc.", ["Nguyễn Văn Hùng > Tổng Giám đốc [current]"], ["appointment: Nguyễn Văn Hùng | Tổng Giám đốc by Hội đồng quản trị"]],
  [
    "Ông Nguyễn Văn Hùng được giao nhiệm vụ Phó Giám đốc phụ trách Sở Y tế.",
    ["Nguyễn Văn Hùng > Phó Giám đốc phụ trách Sở Y tế [current]"],
    ["appointment: Nguyễn Văn Hùng | Phó Giám đốc phụ trách Sở Y tế"],
  ],
  // No title written: "phụ trách Sở Y tế" is at most an optional position (eval/CONVENTIONS.md), no holding, no event.
  ["Ông Nguyễn Văn Hùng được giao phụ trách Sở Y tế.", [], []],
  ["Thủ tướng Chính phủ bổ nhiệm lại Thứ trưởng Bộ Y tế Nguyễn Văn Hùng.", ["Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [current]"], ["appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Y tế by Thủ tướng Chính phủ"]],
  ["Ông Nguyễn Văn Hùng được bổ nhiệm lại giữ chức Thứ trưởng Bộ Y tế.", ["Nguyễn Văn Hùng > Thứ trưởng Bộ Y tế [current]"], ["appointment: Nguyễn Văn Hùng | Thứ trưởng Bộ Y tế"]],
  // "cử … làm" by a Party body may be a nomination to a front's consultation (dev gold: no event): the holding only.
  ["Ban Thường vụ Tỉnh ủy cử ông Nguyễn Văn Hùng giữ chức Bí thư Huyện ủy Nam Đàn.", ["Nguyễn Văn Hùng > Bí thư Huyện ủy Nam Đàn [current]"], []],
  ["Bộ Chính trị cử ông Nguyễn Văn Hùng làm Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.", ["Nguyễn Văn Hùng > Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam [current]"], []],
]);

table("names joined, then an office and its deputy without 'lần lượt' (holds.ts headAndDeputies): one to one", [
  [
    "Ông Nguyễn Văn Hùng và bà Trần Thị Mai được bầu làm Chủ tịch và Phó Chủ tịch HĐND tỉnh.",
    ["Nguyễn Văn Hùng > Chủ tịch [current]", "Trần Thị Mai > Phó Chủ tịch HĐND tỉnh [current]"],
    ["election: Nguyễn Văn Hùng | Chủ tịch", "election: Trần Thị Mai | Phó Chủ tịch HĐND tỉnh"],
  ],
  [
    "Ông Nguyễn Văn Hùng và bà Trần Thị Mai được bầu giữ chức Chủ tịch, Phó Chủ tịch HĐND tỉnh Nghệ An.",
    ["Nguyễn Văn Hùng > Chủ tịch [current]", "Trần Thị Mai > Phó Chủ tịch HĐND tỉnh Nghệ An [current]"],
    ["election: Nguyễn Văn Hùng | Chủ tịch", "election: Trần Thị Mai | Phó Chủ tịch HĐND tỉnh Nghệ An"],
  ],
  [
    "Ông Nguyễn Văn Hùng, ông Lê Văn Tâm và bà Trần Thị Mai được bầu giữ chức Bí thư, Phó Bí thư và Phó Bí thư Đảng ủy xã.",
    ["Nguyễn Văn Hùng > Bí thư [current]", "Lê Văn Tâm > Phó Bí thư [current]", "Trần Thị Mai > Phó Bí thư Đảng ủy xã [current]"],
    ["election: Nguyễn Văn Hùng | Bí thư", "election: Lê Văn Tâm | Phó Bí thư", "election: Trần Thị Mai | Phó Bí thư Đảng ủy xã"],
  ],
  [
    "Ông Nguyễn Văn Hùng và bà Trần Thị Mai được bổ nhiệm làm Giám đốc và Phó Giám đốc Sở Y tế.",
    ["Nguyễn Văn Hùng > Giám đốc [current]", "Trần Thị Mai > Phó Giám đốc Sở Y tế [current]"],
    ["appointment: Nguyễn Văn Hùng | Giám đốc", "appointment: Trần Thị Mai | Phó Giám đốc Sở Y tế"],
  ],
  ["Ông Nguyễn Văn Hùng và bà Trần Thị Mai là Giám đốc và Phó Giám đốc Sở Y tế.", ["Nguyễn Văn Hùng > Giám đốc [current]", "Trần Thị Mai > Phó Giám đốc Sở Y tế [current]"], []],
]);

table("a company's chief written with a bare 'Công ty' (office-rules.tsv Tổng Giám đốc bare_body): 'Tổng' is kept", [
  [
    "Ông Nguyễn Văn Hùng được Hội đồng quản trị bổ nhiệm làm Tổng Giám đốc Công ty.",
    ["Nguyễn Văn Hùng > Tổng Giám đốc Công ty [current]"],
    ["appointment: Nguyễn Văn Hùng | Tổng Giám đốc Công ty by Hội đồng quản trị"],
  ],
  [
    "Công ty Cổ phần Sữa Việt Nam vừa có thông báo. Ông Nguyễn Văn Hùng được Hội đồng quản trị bổ nhiệm làm Tổng Giám đốc Công ty.",
    ["Nguyễn Văn Hùng > Tổng Giám đốc Công ty [current]"],
    ["appointment: Nguyễn Văn Hùng | Tổng Giám đốc Công ty by Hội đồng quản trị"],
  ],
  ["Ông Nguyễn Văn Hùng, Tổng Giám đốc Công ty, cho biết.", ["Nguyễn Văn Hùng > Tổng Giám đốc Công ty [current]"], []],
  ["Ông Nguyễn Văn Hùng được bổ nhiệm làm Tổng Giám đốc Tập đoàn.", ["Nguyễn Văn Hùng > Tổng Giám đốc Tập đoàn [current]"], ["appointment: Nguyễn Văn Hùng | Tổng Giám đốc Tập đoàn"]],
  ["Ông Nguyễn Văn Hùng được bổ nhiệm làm Giám đốc Công ty.", ["Nguyễn Văn Hùng > Giám đốc Công ty [current]"], ["appointment: Nguyễn Văn Hùng | Giám đốc Công ty"]],
]);

describe("the company a bare 'Tổng Giám đốc Công ty' heads is the one the text names", () => {
  it("'Công ty Cổ phần Sữa Việt Nam … bổ nhiệm làm Tổng Giám đốc Công ty'", () => {
    const g = extract("Công ty Cổ phần Sữa Việt Nam vừa có thông báo. Ông Nguyễn Văn Hùng được Hội đồng quản trị bổ nhiệm làm Tổng Giám đốc Công ty.", { referenceDate: "2025-08-15" });
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    expect(g.relations.flatMap((r) => (r.type === "of" ? [`${name(r.from)} of ${name(r.to)}`] : []))).toEqual(["Tổng Giám đốc Công ty of Công ty Cổ phần Sữa Việt Nam"]);
  });
});

table("more rows of the h/events4 shapes (re-appointment after a comma, promotion 'cho', filed retirement, transfer to a body, office and deputy, terms before 'đối với', a corporation's chief)", [
  ["Chủ tịch UBND tỉnh quyết định bổ nhiệm lại bà Phạm Thị Lan, Giám đốc Sở Tư pháp.", ["Phạm Thị Lan > Giám đốc Sở Tư pháp [current]"], ["appointment: Phạm Thị Lan | Giám đốc Sở Tư pháp by Chủ tịch UBND tỉnh"]],
  [
    "Tháng 7/2025, Bộ trưởng Bộ Y tế đã ký quyết định bổ nhiệm lại ông Lê Văn Tâm, Cục trưởng Cục Quản lý Dược.",
    ["Lê Văn Tâm > Cục trưởng Cục Quản lý Dược [current start 2025-07]"],
    ["appointment: Lê Văn Tâm | Cục trưởng Cục Quản lý Dược by Bộ trưởng Bộ Y tế on 2025-07"],
  ],
  [
    "Chủ tịch nước quyết định thăng quân hàm Thiếu tướng cho Đại tá Trần Văn Nam, Chính ủy Quân khu 4.",
    ["Trần Văn Nam > Đại tá [former]", "Trần Văn Nam > Thiếu tướng [current]", "Trần Văn Nam > Chính ủy Quân khu 4 [current]"],
    [],
  ],
  ["Bộ trưởng Bộ Công an quyết định thăng cấp bậc hàm Thượng tá cho Trung tá Lê Văn Tâm.", ["Lê Văn Tâm > Trung tá [former]", "Lê Văn Tâm > Thượng tá [current]"], []],
  [
    "Bà Phạm Thị Lan, Hiệu trưởng Trường THPT Nam Đàn, có đơn xin nghỉ hưu trước tuổi từ ngày 1/9/2025.",
    ["Phạm Thị Lan > Hiệu trưởng Trường THPT Nam Đàn [former end 2025-09-01]"],
    ["retirement: Phạm Thị Lan | Hiệu trưởng Trường THPT Nam Đàn on 2025-09-01"],
  ],
  ["Ông Trần Văn Nam, Phó Giám đốc Sở Y tế, nộp đơn xin nghỉ hưu.", ["Trần Văn Nam > Phó Giám đốc Sở Y tế [former]"], ["retirement: Trần Văn Nam | Phó Giám đốc Sở Y tế"]],
  [
    "Ông Lê Văn Tâm được điều động về công tác tại Sở Tài chính và bổ nhiệm giữ chức Phó Giám đốc Sở Tài chính.",
    ["Lê Văn Tâm > Phó Giám đốc Sở Tài chính [current]"],
    ["appointment: Lê Văn Tâm | Phó Giám đốc Sở Tài chính"],
  ],
  [
    "Ông Trần Văn Nam được điều động đến nhận công tác tại Ban Tổ chức Tỉnh ủy và chỉ định giữ chức Phó trưởng Ban Tổ chức Tỉnh ủy.",
    ["Trần Văn Nam > Phó trưởng Ban Tổ chức Tỉnh ủy [current]"],
    ["appointment: Trần Văn Nam | Phó trưởng Ban Tổ chức Tỉnh ủy"],
  ],
  [
    "Ông Nguyễn Văn Hùng và bà Phạm Thị Lan được bầu giữ chức Trưởng ban và Phó trưởng ban Kinh tế - Ngân sách HĐND tỉnh.",
    ["Nguyễn Văn Hùng > Trưởng ban [current]", "Phạm Thị Lan > Phó trưởng ban Kinh tế - Ngân sách HĐND tỉnh [current]"],
    ["election: Nguyễn Văn Hùng | Trưởng ban", "election: Phạm Thị Lan | Phó trưởng ban Kinh tế - Ngân sách HĐND tỉnh"],
  ],
  [
    "Ban Bí thư thi hành kỷ luật cách chức Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2010 - 2015 và nhiệm kỳ 2015 - 2020 đối với ông Lê Văn Tâm.",
    ["Lê Văn Tâm > Ủy viên Ban Thường vụ Tỉnh ủy [former term 2010–2015, 2015–2020]"],
    ["dismissal: Lê Văn Tâm | Ủy viên Ban Thường vụ Tỉnh ủy by Ban Bí thư"],
  ],
  [
    "Ông Nguyễn Văn Hùng được Hội đồng thành viên bổ nhiệm làm Tổng Giám đốc Tổng công ty.",
    ["Nguyễn Văn Hùng > Tổng Giám đốc Tổng công ty [current]"],
    ["appointment: Nguyễn Văn Hùng | Tổng Giám đốc Tổng công ty by Hội đồng thành viên"],
  ],
]);

table("a decision, its count and plural noun, then a list word and items 'title name' ('bổ nhiệm 3 bộ trưởng mới, gồm T1 A, T2 B')", [
  [
    "Ngày 3/8, UBND tỉnh đã bổ nhiệm 2 giám đốc sở, gồm Giám đốc Sở Y tế Nguyễn Văn An và Giám đốc Sở Tài chính Trần Văn Bình.",
    ["Nguyễn Văn An > Giám đốc Sở Y tế [current start 2025-08-03]", "Trần Văn Bình > Giám đốc Sở Tài chính [current start 2025-08-03]"],
    ["appointment: Nguyễn Văn An | Giám đốc Sở Y tế by UBND tỉnh on 2025-08-03", "appointment: Trần Văn Bình | Giám đốc Sở Tài chính by UBND tỉnh on 2025-08-03"],
  ],
  [
    "Cùng được bổ nhiệm còn có 3/15 ghế bộ trưởng khác, gồm Bộ trưởng Y tế Park Min-soo, Bộ trưởng Lao động Choi Hye-jin và Bộ trưởng Giáo dục Jung Woo-sung.",
    ["Park Min-soo > Bộ trưởng Y tế [current]", "Choi Hye-jin > Bộ trưởng Lao động [current]", "Jung Woo-sung > Bộ trưởng Giáo dục [current]"],
    ["appointment: Park Min-soo | Bộ trưởng Y tế", "appointment: Choi Hye-jin | Bộ trưởng Lao động", "appointment: Jung Woo-sung | Bộ trưởng Giáo dục"],
  ],
  // No decision before the list word: guests, no event.
  ["Tham dự có nhiều đại biểu, gồm Giám đốc Sở Y tế Nguyễn Văn An và Giám đốc Sở Tài chính Trần Văn Bình.", ["Nguyễn Văn An > Giám đốc Sở Y tế [current]", "Trần Văn Bình > Giám đốc Sở Tài chính [current]"], []],
]);
