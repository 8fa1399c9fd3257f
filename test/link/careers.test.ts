import { describe, expect, it } from "vitest";
import { personnelGraph } from "../helpers";

/**
 * Careers, tenure qualifiers and personnel events of domestic biography and personnel text (issue 13): made-up
 * sentences in the shapes such text uses, each with the graph's whole holds relations ("person > post [status term
 * start end]") and events ("type: person | post by authority on date"), reference date 2025-08-15.
 */
type Row = [text: string, holds: string[], events: string[]];

const table = (title: string, rows: Row[]) =>
  describe(title, () => {
    it.each(rows)("%s", (text, holds, events) => expect(personnelGraph(text)).toEqual({ holds, events }));
  });

table("career lists: a post replaced by a later one is former", [
  // A sentence opened by "sau đó" (link-cues.tsv career, moves) whose subject takes a post with a verb leaves the
  // office told with a verb in the sentence before, also one told in a chain ("rồi trở thành T").
  [
    "Ông Lê Văn Tùng làm Ủy viên Ban Thường vụ Thành đoàn rồi trở thành Phó Bí thư Thành đoàn (1988). Sau đó ông trở thành Bí thư Thành đoàn.",
    ["Lê Văn Tùng > Ủy viên Ban Thường vụ Thành đoàn [former]", "Lê Văn Tùng > Phó Bí thư [former]", "Lê Văn Tùng > Bí thư [current]"],
    [],
  ],
  // A later post of the same head line told over a span up to now ("Từ tháng 5/2015 đến nay") begins after the dated one.
  [
    "Năm 2010, ông Trần Quốc Nam được bổ nhiệm Phó Giám đốc Sở Nội vụ. Từ tháng 5/2015 đến nay, ông là Giám đốc Sở Nội vụ.",
    ["Trần Quốc Nam > Phó Giám đốc Sở Nội vụ [former start 2010]", "Trần Quốc Nam > Giám đốc Sở Nội vụ [current start 2015-05]"],
    ["appointment: Trần Quốc Nam | Phó Giám đốc Sở Nội vụ on 2010"],
  ],
  [
    "Năm 2012, ông Trần Quốc Nam là Phó Chủ tịch UBND tỉnh Nghệ An. Giai đoạn 2016 - 2021, ông là Chủ tịch UBND tỉnh Nghệ An.",
    ["Trần Quốc Nam > Phó Chủ tịch UBND tỉnh Nghệ An [former]", "Trần Quốc Nam > Chủ tịch UBND tỉnh Nghệ An [former start 2016 end 2021]"],
    [],
  ],
  // A transfer told later ("được điều động", "được luân chuyển": personnel-events.tsv moves) leaves the offices dated
  // before it, not a seat held beside them; an appointment alone leaves only its own head line.
  [
    "Năm 2016, ông Trần Quốc Nam là Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An. Tháng 3/2021, ông được Bộ Chính trị điều động, phân công làm Trưởng ban Tổ chức Trung ương.",
    ["Trần Quốc Nam > Ủy viên Trung ương Đảng", "Trần Quốc Nam > Bí thư Tỉnh ủy Nghệ An [former]", "Trần Quốc Nam > Trưởng ban Tổ chức Trung ương [start 2021-03]"],
    ["appointment: Trần Quốc Nam | Trưởng ban Tổ chức Trung ương by Bộ Chính trị on 2021-03"],
  ],
  [
    "Năm 2018, ông Trần Quốc Nam là Chủ tịch UBND huyện Nam Đàn. Năm 2020, ông được luân chuyển làm Bí thư Huyện ủy Thanh Chương.",
    ["Trần Quốc Nam > Chủ tịch UBND huyện Nam Đàn [former]", "Trần Quốc Nam > Bí thư Huyện ủy Thanh Chương [start 2020]"],
    ["appointment: Trần Quốc Nam | Bí thư Huyện ủy Thanh Chương on 2020"],
  ],
  [
    "Năm 2018, ông Trần Quốc Nam là Chủ tịch UBND huyện Nam Đàn. Năm 2020, ông được bổ nhiệm làm Giám đốc Sở Nội vụ.",
    ["Trần Quốc Nam > Chủ tịch UBND huyện Nam Đàn", "Trần Quốc Nam > Giám đốc Sở Nội vụ [start 2020]"],
    ["appointment: Trần Quốc Nam | Giám đốc Sở Nội vụ on 2020"],
  ],
  // A deputy post of the body the person is then appointed or elected to head (tenure-career.ts markPromoted) was left;
  // not a deputy post of another body, nor when the head post is only proposed.
  [
    "Ông Lê Văn Hải, Phó Giám đốc phụ trách Sở Nội vụ, được bổ nhiệm giữ chức Giám đốc Sở Nội vụ.",
    ["Lê Văn Hải > Phó Giám đốc phụ trách Sở Nội vụ [former]", "Lê Văn Hải > Giám đốc Sở Nội vụ [current]"],
    ["appointment: Lê Văn Hải | Giám đốc Sở Nội vụ"],
  ],
  [
    "Ông Lê Văn Hải, Phó Chủ tịch Thường trực HĐND tỉnh, được bầu giữ chức Chủ tịch HĐND tỉnh.",
    ["Lê Văn Hải > Phó Chủ tịch Thường trực HĐND tỉnh [former]", "Lê Văn Hải > Chủ tịch HĐND tỉnh [current]"],
    ["election: Lê Văn Hải | Chủ tịch HĐND tỉnh"],
  ],
  [
    "Ông Lê Văn Hải là Phó Giám đốc Sở Tài chính. Ngày 1/8/2025, ông được bổ nhiệm giữ chức Giám đốc Sở Tài chính.",
    ["Lê Văn Hải > Phó Giám đốc Sở Tài chính [former end 2025-08-01]", "Lê Văn Hải > Giám đốc Sở Tài chính [current start 2025-08-01]"],
    ["appointment: Lê Văn Hải | Giám đốc Sở Tài chính on 2025-08-01"],
  ],
  [
    "Ông Lê Văn Hải, Phó Giám đốc Sở Tài chính, được bổ nhiệm giữ chức Giám đốc Sở Nội vụ.",
    ["Lê Văn Hải > Phó Giám đốc Sở Tài chính [current]", "Lê Văn Hải > Giám đốc Sở Nội vụ [current]"],
    ["appointment: Lê Văn Hải | Giám đốc Sở Nội vụ"],
  ],
  [
    "Ông Lê Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, được bầu giữ chức Chủ tịch HĐND tỉnh.",
    ["Lê Văn Hải > Phó Bí thư Tỉnh ủy [current]", "Lê Văn Hải > Chủ tịch UBND tỉnh [current]", "Lê Văn Hải > Chủ tịch HĐND tỉnh [current]"],
    ["election: Lê Văn Hải | Chủ tịch HĐND tỉnh"],
  ],
  ["Ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh, được đề nghị bầu giữ chức Chủ tịch UBND tỉnh.", ["Lê Văn Hải > Phó Chủ tịch UBND tỉnh [current]"], []],
  [
    "Ông Nguyễn Văn Chung, Phó Chủ tịch UBND huyện, được giao quyền Chủ tịch UBND huyện.",
    ["Nguyễn Văn Chung > Phó Chủ tịch UBND huyện [current]", "Nguyễn Văn Chung > Chủ tịch UBND huyện [acting]"],
    ["appointment: Nguyễn Văn Chung | Chủ tịch UBND huyện"],
  ],
  // Posts that may be held together stay as they are: a later post told as held beside ("kiêm", "bổ nhiệm kiêm":
  // personnel-events.tsv), an agency's post after a ministry's (the agency may be the ministry's own).
  [
    "Năm 2010, ông Tô Văn Lâm được bổ nhiệm Thứ trưởng Bộ Công an. Năm 2012, ông được bổ nhiệm kiêm Tổng cục trưởng Tổng cục Cảnh sát.",
    ["Tô Văn Lâm > Thứ trưởng Bộ Công an [start 2010]", "Tô Văn Lâm > Tổng cục trưởng Tổng cục Cảnh sát [start 2012]"],
    ["appointment: Tô Văn Lâm | Thứ trưởng Bộ Công an on 2010", "appointment: Tô Văn Lâm | Tổng cục trưởng Tổng cục Cảnh sát on 2012"],
  ],
  [
    "Năm 2010, ông Tô Văn Lâm được bổ nhiệm Thứ trưởng Bộ Công an. Năm 2012, ông được bổ nhiệm Tổng cục trưởng Tổng cục Cảnh sát.",
    ["Tô Văn Lâm > Thứ trưởng Bộ Công an [start 2010]", "Tô Văn Lâm > Tổng cục trưởng Tổng cục Cảnh sát [start 2012]"],
    ["appointment: Tô Văn Lâm | Thứ trưởng Bộ Công an on 2010", "appointment: Tô Văn Lâm | Tổng cục trưởng Tổng cục Cảnh sát on 2012"],
  ],
  [
    "Tháng 7/2006, ông Tô Văn Lâm được bổ nhiệm Bộ trưởng Bộ Giáo dục và Đào tạo. Tháng 9/2013, ông được bầu làm Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
    ["Tô Văn Lâm > Bộ trưởng Bộ Giáo dục và Đào tạo [former start 2006-07]", "Tô Văn Lâm > Chủ tịch Ủy ban Trung ương MTTQ Việt Nam [start 2013-09]"],
    ["appointment: Tô Văn Lâm | Bộ trưởng Bộ Giáo dục và Đào tạo on 2006-07", "election: Tô Văn Lâm | Chủ tịch Ủy ban Trung ương MTTQ Việt Nam on 2013-09"],
  ],
  ["Ông Tô Văn Lâm được bổ nhiệm kiêm Tổng cục trưởng Tổng cục Cảnh sát.", ["Tô Văn Lâm > Tổng cục trưởng Tổng cục Cảnh sát [current]"], ["appointment: Tô Văn Lâm | Tổng cục trưởng Tổng cục Cảnh sát"]],
  // An alternate seat of a body the person also holds a full seat of (tenure-career.ts markFullMember) was left.
  [
    "Ông Võ Minh Tuấn là Ủy viên dự khuyết Trung ương Đảng khóa XI; Ủy viên Trung ương Đảng khóa XII, Đại biểu Quốc hội khóa XIV.",
    ["Võ Minh Tuấn > Ủy viên dự khuyết Trung ương Đảng [former term XI]", "Võ Minh Tuấn > Ủy viên Trung ương Đảng [current term XII]", "Võ Minh Tuấn > Đại biểu Quốc hội [current term XIV]"],
    [],
  ],
  [
    "Ông Võ Minh Tuấn là Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng khóa XII, Bí thư Tỉnh ủy Nghệ An.",
    ["Võ Minh Tuấn > Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng [current term XII]", "Võ Minh Tuấn > Bí thư Tỉnh ủy Nghệ An [current]"],
    [],
  ],
  [
    "Ông Võ Minh Tuấn là Ủy viên dự khuyết Trung ương Đảng. Ông Trần Văn Nam là Ủy viên Trung ương Đảng.",
    ["Võ Minh Tuấn > Ủy viên dự khuyết Trung ương Đảng [current]", "Trần Văn Nam > Ủy viên Trung ương Đảng [current]"],
    [],
  ],
  // … also when the post of the "sau đó" sentence is given by a transfer ("được điều động làm T").
  [
    "Ông Phạm Minh Đức là Phó Chủ tịch UBND huyện Quế Sơn. Sau đó, ông được điều động làm Chủ tịch UBND huyện Duy Xuyên.",
    ["Phạm Minh Đức > Phó Chủ tịch UBND huyện Quế Sơn [former]", "Phạm Minh Đức > Chủ tịch UBND huyện Duy Xuyên [current]"],
    ["appointment: Phạm Minh Đức | Chủ tịch UBND huyện Duy Xuyên"],
  ],
]);

table("events: who decided", [
  // "nhận quyết định của A bổ nhiệm …" (link-cues.tsv passive): the receiver holds the post, A decided it.
  [
    "Ông Nguyễn Hữu Thắng nhận quyết định của Chủ tịch UBND tỉnh bổ nhiệm giữ chức Giám đốc Sở Xây dựng.",
    ["Nguyễn Hữu Thắng > Giám đốc Sở Xây dựng [current]"],
    ["appointment: Nguyễn Hữu Thắng | Giám đốc Sở Xây dựng by Chủ tịch UBND tỉnh"],
  ],
  [
    "Ông Nguyễn Hữu Thắng nhận Quyết định của Ban Thường vụ Tỉnh ủy điều động giữ chức Bí thư Huyện ủy Nam Đàn.",
    ["Nguyễn Hữu Thắng > Bí thư Huyện ủy Nam Đàn [current]"],
    ["appointment: Nguyễn Hữu Thắng | Bí thư Huyện ủy Nam Đàn by Ban Thường vụ Tỉnh ủy"],
  ],
  [
    "Ngày 5/8/2025, ông Nguyễn Hữu Thắng nhận quyết định của Bộ trưởng Bộ Công an bổ nhiệm giữ chức Giám đốc Công an tỉnh.",
    ["Nguyễn Hữu Thắng > Giám đốc Công an tỉnh [current start 2025-08-05]"],
    ["appointment: Nguyễn Hữu Thắng | Giám đốc Công an tỉnh by Bộ trưởng Bộ Công an on 2025-08-05"],
  ],
]);

table("terms and dates of a holding", [
  // A term of years that ended before the article's year (holdings.ts termEnded): the holding is past.
  ["Ông Trần Quốc Nam, Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021, vừa bị khởi tố.", ["Trần Quốc Nam > Chủ tịch UBND tỉnh [former term 2016–2021]"], []],
  ["Ông Hoàng Văn Sơn là Chủ tịch HĐND tỉnh Thanh Hóa nhiệm kỳ 2020–2025.", ["Hoàng Văn Sơn > Chủ tịch HĐND tỉnh Thanh Hóa [current term 2020–2025]"], []],
  ["Ông Trần Quốc Nam được bầu làm Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.", ["Trần Quốc Nam > Chủ tịch UBND tỉnh [current term 2021–2026]"], ["election: Trần Quốc Nam | Chủ tịch UBND tỉnh"]],
  ["Ông Hoàng Văn Sơn là Ủy viên Ban Chấp hành Trung ương Đảng khóa XII, XIII.", ["Hoàng Văn Sơn > Ủy viên Ban Chấp hành Trung ương Đảng [current term XII, XIII]"], []],
  ["Ông Nguyễn Hữu Thắng là đại biểu Quốc hội các khóa XIII, XIV và XV.", ["Nguyễn Hữu Thắng > đại biểu Quốc hội [current term XIII, XIV, XV]"], []],
  // Spans: "từ … đến nay" is current from its start; "từ … đến …", "giai đoạn …" are past with both ends.
  ["Từ năm 2016 đến nay, ông Nguyễn Đắc Vinh là Bí thư Tỉnh ủy Nghệ An.", ["Nguyễn Đắc Vinh > Bí thư Tỉnh ủy Nghệ An [current start 2016]"], []],
  ["Từ năm 2016 đến 2021, ông Nguyễn Đắc Vinh là Bí thư Tỉnh ủy Nghệ An.", ["Nguyễn Đắc Vinh > Bí thư Tỉnh ủy Nghệ An [former start 2016 end 2021]"], []],
  ["Giai đoạn 2016–2021, ông Nguyễn Đắc Vinh là Bí thư Tỉnh ủy Nghệ An.", ["Nguyễn Đắc Vinh > Bí thư Tỉnh ủy Nghệ An [former start 2016 end 2021]"], []],
  ["Ông Nguyễn Đắc Vinh giữ chức Bí thư Tỉnh ủy Nghệ An giai đoạn 2016 - 2021.", ["Nguyễn Đắc Vinh > Bí thư Tỉnh ủy Nghệ An [former start 2016 end 2021]"], []],
  ["Ông Nguyễn Hữu Thắng giữ chức Phó Chủ tịch UBND tỉnh Gia Lai từ tháng 3/2018 đến nay.", ["Nguyễn Hữu Thắng > Phó Chủ tịch UBND tỉnh Gia Lai [current start 2018-03]"], []],
  ["Từ tháng 3/2018, ông Đỗ Văn Chiến giữ chức Phó Chủ tịch UBND tỉnh Hà Nam.", ["Đỗ Văn Chiến > Phó Chủ tịch UBND tỉnh Hà Nam [start 2018-03]"], []],
  ["Ông Đỗ Văn Chiến giữ chức Phó Chủ tịch UBND tỉnh Hà Nam đến tháng 6/2020 thì nghỉ hưu.", ["Đỗ Văn Chiến > Phó Chủ tịch UBND tỉnh Hà Nam [former end 2020-06]"], []],
  ["Ông Trần Quốc Nam đã có thời gian giữ chức Chủ tịch UBND tỉnh từ tháng 3/2018 đến tháng 6/2021.", ["Trần Quốc Nam > Chủ tịch UBND tỉnh [former start 2018-03 end 2021-06]"], []],
  // A date after the article's: incoming.
  ["Kể từ ngày 1/10/2025, ông Trần Quốc Nam giữ chức Giám đốc Sở Y tế.", ["Trần Quốc Nam > Giám đốc Sở Y tế [incoming start 2025-10-01]"], []],
]);

table("events: the holder's own steps", [
  // "xin nghỉ việc", "có đơn xin nghỉ việc" (personnel-events.tsv resignation): the holder asks to leave the post.
  [
    "Ông Lê Văn Hải, Phó Giám đốc Sở Y tế, có đơn xin nghỉ việc và đã được UBND tỉnh chấp thuận.",
    ["Lê Văn Hải > Phó Giám đốc Sở Y tế [former]"],
    ["resignation: Lê Văn Hải | Phó Giám đốc Sở Y tế"],
  ],
  [
    "Ông Lê Văn Hải, Giám đốc Bệnh viện Đa khoa tỉnh, xin nghỉ việc từ ngày 1/7/2025.",
    ["Lê Văn Hải > Giám đốc Bệnh viện Đa khoa tỉnh [former end 2025-07-01]"],
    ["resignation: Lê Văn Hải | Giám đốc Bệnh viện Đa khoa tỉnh on 2025-07-01"],
  ],
  // … not when someone else does ("cho biết nhiều bác sĩ xin nghỉ việc").
  ["Ông Lê Văn Hải, Phó Giám đốc Sở Y tế, cho biết nhiều bác sĩ xin nghỉ việc.", ["Lê Văn Hải > Phó Giám đốc Sở Y tế [current]"], []],
  ["Ông Lê Văn Hải xin thôi giữ chức Giám đốc Bệnh viện Đa khoa tỉnh.", ["Lê Văn Hải > Giám đốc Bệnh viện Đa khoa tỉnh [former]"], ["resignation: Lê Văn Hải | Giám đốc Bệnh viện Đa khoa tỉnh"]],
  [
    "Ông Trần Minh Tâm, Phó Giám đốc Sở Công Thương, nghỉ hưu trước tuổi từ ngày 1/9/2025.",
    ["Trần Minh Tâm > Phó Giám đốc Sở Công Thương [former end 2025-09-01]"],
    ["retirement: Trần Minh Tâm | Phó Giám đốc Sở Công Thương on 2025-09-01"],
  ],
  ["Ông Lê Văn Hải, Bí thư Huyện ủy, xin nghỉ hưu trước tuổi theo Nghị định 178.", ["Lê Văn Hải > Bí thư Huyện ủy [former]"], ["retirement: Lê Văn Hải | Bí thư Huyện ủy"]],
  // The holder's own "thôi giữ chức T" right after a retirement of the same subject ("nghỉ hưu trước tuổi, thôi giữ
  // chức T") is that retirement; after another person's, it stays a dismissal.
  [
    "Ông Lê Văn Hải được nghỉ hưu trước tuổi, thôi giữ chức Bí thư Huyện ủy Nam Đàn từ ngày 1/8/2025.",
    ["Lê Văn Hải > Bí thư Huyện ủy Nam Đàn [former end 2025-08-01]"],
    ["retirement: Lê Văn Hải | Bí thư Huyện ủy Nam Đàn on 2025-08-01"],
  ],
  ["Ông Lê Văn Hải nghỉ hưu theo chế độ và thôi giữ chức Giám đốc Sở Y tế.", ["Lê Văn Hải > Giám đốc Sở Y tế [former]"], ["retirement: Lê Văn Hải | Giám đốc Sở Y tế"]],
  ["Ông Lê Văn Hải nghỉ hưu, ông Trần Văn Bình thôi giữ chức Giám đốc Sở Y tế.", ["Trần Văn Bình > Giám đốc Sở Y tế [former]"], ["dismissal: Trần Văn Bình | Giám đốc Sở Y tế"]],
]);

table("statuses told by the words around a post", [
  // "trước đó" opening a clause after a comma or semicolon, right before its subject and a verb: a post held before.
  [
    "Ông Tô Văn Lâm hiện là Phó Bí thư Thường trực Tỉnh ủy, trước đó ông là Trưởng ban Tổ chức Tỉnh ủy.",
    ["Tô Văn Lâm > Phó Bí thư Thường trực Tỉnh ủy [current]", "Tô Văn Lâm > Trưởng ban Tổ chức Tỉnh ủy [former]"],
    [],
  ],
  [
    "Ông Tô Văn Lâm hiện là Phó Bí thư Thường trực Tỉnh ủy; trước đó, ông là Trưởng ban Tổ chức Tỉnh ủy.",
    ["Tô Văn Lâm > Phó Bí thư Thường trực Tỉnh ủy [current]", "Tô Văn Lâm > Trưởng ban Tổ chức Tỉnh ủy [former]"],
    [],
  ],
  ["Trước đó, ông Trần Quốc Nam là Phó Chủ tịch UBND tỉnh Nghệ An.", ["Trần Quốc Nam > Phó Chủ tịch UBND tỉnh Nghệ An [former]"], []],
  // "thời điểm đó là", "khi ấy là" (link-cues.tsv holds, former), as "khi đó là": held at the time told.
  ["Ông Tô Văn Lâm, thời điểm đó là Giám đốc Sở Y tế, đã ký văn bản.", ["Tô Văn Lâm > Giám đốc Sở Y tế [former]"], []],
  ["Ông Tô Văn Lâm, vào thời điểm đó là Giám đốc Sở Y tế, đã ký văn bản.", ["Tô Văn Lâm > Giám đốc Sở Y tế [former]"], []],
  ["Ông Tô Văn Lâm, khi ấy là Giám đốc Sở Y tế, đã ký văn bản.", ["Tô Văn Lâm > Giám đốc Sở Y tế [former]"], []],
  ["Ông Tô Văn Lâm, khi đó là Giám đốc Sở Y tế, đã ký văn bản.", ["Tô Văn Lâm > Giám đốc Sở Y tế [former]"], []],
  // "nay là T2" (link-cues.tsv, moves) after an office written with the name: that office was left; not a rank.
  ["Ông Tô Văn Lâm, Giám đốc Sở Y tế, nay là Phó Chủ tịch UBND tỉnh.", ["Tô Văn Lâm > Giám đốc Sở Y tế [former]", "Tô Văn Lâm > Phó Chủ tịch UBND tỉnh [current]"], []],
  ["Thiếu tướng Tô Văn Lâm, nay là Giám đốc Công an tỉnh, phát biểu.", ["Tô Văn Lâm > Thiếu tướng [current]", "Tô Văn Lâm > Giám đốc Công an tỉnh [current]"], []],
  // "nay đã nghỉ hưu" (link-cues.tsv adverb "nay đã"): the retirement of the post written with the name.
  ["Ông Tô Văn Lâm, Giám đốc Sở Y tế, nay đã nghỉ hưu.", ["Tô Văn Lâm > Giám đốc Sở Y tế [former]"], ["retirement: Tô Văn Lâm | Giám đốc Sở Y tế"]],
  // A story going on after "Sau đó" leaves nothing.
  ["Ông Tô Văn Lâm là Giám đốc Sở Tài chính. Sau đó, tại hội nghị, ông phát biểu ý kiến.", ["Tô Văn Lâm > Giám đốc Sở Tài chính [current]"], []],
  [
    "Ông Tô Văn Lâm từng là Phó Giám đốc Sở Tài chính, sau đó là Giám đốc Sở Tài chính, rồi Phó Chủ tịch UBND tỉnh.",
    ["Tô Văn Lâm > Phó Giám đốc Sở Tài chính [former]", "Tô Văn Lâm > Giám đốc Sở Tài chính [former]", "Tô Văn Lâm > Phó Chủ tịch UBND tỉnh [former]"],
    [],
  ],
  [
    "Ông Tô Văn Lâm, nguyên Phó Chủ tịch UBND tỉnh, vừa được bầu làm Chủ tịch HĐND tỉnh.",
    ["Tô Văn Lâm > Phó Chủ tịch UBND tỉnh [former]", "Tô Văn Lâm > Chủ tịch HĐND tỉnh [current]"],
    ["election: Tô Văn Lâm | Chủ tịch HĐND tỉnh"],
  ],
  [
    "Trước khi được bổ nhiệm Thứ trưởng Bộ Tài chính, ông Trần Quốc Nam là Tổng cục trưởng Tổng cục Thuế.",
    ["Trần Quốc Nam > Thứ trưởng Bộ Tài chính [current]", "Trần Quốc Nam > Tổng cục trưởng Tổng cục Thuế [former]"],
    ["appointment: Trần Quốc Nam | Thứ trưởng Bộ Tài chính"],
  ],
]);
