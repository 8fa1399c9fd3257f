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
    ["Lê Văn Tùng > Ủy viên Ban Thường vụ Thành đoàn [former end 1988]", "Lê Văn Tùng > Phó Bí thư Thành đoàn [former start 1988]", "Lê Văn Tùng > Bí thư Thành đoàn [current]"],
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
  // "Sau này", "Về sau", "Tiếp đó" open such a sentence too (link-cues.tsv career, moves); a post the subject leaves there
  // leaves nothing before it.
  [
    "Ông Tô Văn Lâm là Phó Giám đốc Sở Tài chính. Sau này, ông trở thành Giám đốc Sở Tài chính.",
    ["Tô Văn Lâm > Phó Giám đốc Sở Tài chính [former]", "Tô Văn Lâm > Giám đốc Sở Tài chính [current]"],
    [],
  ],
  [
    "Ông Nguyễn Văn Nhân là Phó Bí thư Thành đoàn. Sau thời gian học tập ở nước ngoài, ông trở thành Phó Hiệu trưởng Trường Đại học Bách khoa.",
    ["Nguyễn Văn Nhân > Phó Bí thư Thành đoàn [former]", "Nguyễn Văn Nhân > Phó Hiệu trưởng Trường Đại học Bách khoa [current]"],
    [],
  ],
  [
    "Ông Tô Văn Lâm là Trưởng phòng Tổ chức Sở Nội vụ. Về sau, ông làm Chánh Văn phòng UBND tỉnh.",
    ["Tô Văn Lâm > Trưởng phòng Tổ chức Sở Nội vụ [former]", "Tô Văn Lâm > Chánh Văn phòng UBND tỉnh [current]"],
    [],
  ],
  [
    "Ông Tô Văn Lâm là Ủy viên Ban Thường vụ Tỉnh ủy. Sau đó, ông thôi giữ chức Giám đốc Sở Nội vụ.",
    ["Tô Văn Lâm > Ủy viên Ban Thường vụ Tỉnh ủy [current]", "Tô Văn Lâm > Giám đốc Sở Nội vụ [former]"],
    ["dismissal: Tô Văn Lâm | Giám đốc Sở Nội vụ"],
  ],
  // … also when the post of the "sau đó" sentence is given by a transfer ("được điều động làm T").
  [
    "Ông Phạm Minh Đức là Phó Chủ tịch UBND huyện Quế Sơn. Sau đó, ông được điều động làm Chủ tịch UBND huyện Duy Xuyên.",
    ["Phạm Minh Đức > Phó Chủ tịch UBND huyện Quế Sơn [former]", "Phạm Minh Đức > Chủ tịch UBND huyện Duy Xuyên [current]"],
    ["appointment: Phạm Minh Đức | Chủ tịch UBND huyện Duy Xuyên"],
  ],
]);

table("events: who decided", [
  // "tiến hành" (link-cues.tsv decides) between the body and its act: that body decided.
  [
    "HĐND tỉnh Nghệ An đã tiến hành bầu bổ sung chức danh Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 đối với ông Hồ Văn Phúc.",
    ["Hồ Văn Phúc > Phó Chủ tịch UBND tỉnh [current term 2021–2026]"],
    ["election: Hồ Văn Phúc | Phó Chủ tịch UBND tỉnh by HĐND tỉnh Nghệ An"],
  ],
  ["Ông Hồ Văn Phúc, Giám đốc Sở Y tế, tiến hành kiểm tra bệnh viện.", ["Hồ Văn Phúc > Giám đốc Sở Y tế [current]"], []],
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
  // ("… đến tháng 6/2020 thì nghỉ hưu": the step that ended the post after the time it was held, link-cues.tsv until-step
  // "thì": a retirement, dated by that end, eval/CONVENTIONS.md.)
  ["Ông Đỗ Văn Chiến giữ chức Phó Chủ tịch UBND tỉnh Hà Nam đến tháng 6/2020 thì nghỉ hưu.", ["Đỗ Văn Chiến > Phó Chủ tịch UBND tỉnh Hà Nam [former end 2020-06]"], ["retirement: Đỗ Văn Chiến | Phó Chủ tịch UBND tỉnh Hà Nam on 2020-06"]],
  ["Ông Trần Quốc Nam đã có thời gian giữ chức Chủ tịch UBND tỉnh từ tháng 3/2018 đến tháng 6/2021.", ["Trần Quốc Nam > Chủ tịch UBND tỉnh [former start 2018-03 end 2021-06]"], []],
  // "Đến tháng 3/2024," opening a sentence dates what it tells (an event's date, its post's start), as "Tháng 3/2024," does.
  [
    "Năm 2020, ông Hồ Văn Phúc được bầu làm Bí thư Tỉnh ủy Hà Tĩnh. Đến tháng 3/2024, ông được Bộ Chính trị điều động làm Phó Trưởng Ban Tổ chức Trung ương.",
    ["Hồ Văn Phúc > Bí thư Tỉnh ủy Hà Tĩnh [former start 2020]", "Hồ Văn Phúc > Phó Trưởng Ban Tổ chức Trung ương [current start 2024-03]"],
    ["election: Hồ Văn Phúc | Bí thư Tỉnh ủy Hà Tĩnh on 2020", "appointment: Hồ Văn Phúc | Phó Trưởng Ban Tổ chức Trung ương by Bộ Chính trị on 2024-03"],
  ],
  ["Đến nay, ông Hồ Văn Phúc là Giám đốc Sở Y tế.", ["Hồ Văn Phúc > Giám đốc Sở Y tế [current]"], []],
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
  // "(đã) kinh qua" (link-cues.tsv holds, former): a list of posts gone through, each held before (as after "từng").
  [
    "Ông Hồ Văn Phúc đã kinh qua nhiều vị trí như Bí thư Huyện ủy Can Lộc, Giám đốc Sở Nội vụ, Phó Chủ tịch UBND tỉnh.",
    ["Hồ Văn Phúc > Bí thư Huyện ủy Can Lộc [former]", "Hồ Văn Phúc > Giám đốc Sở Nội vụ [former]", "Hồ Văn Phúc > Phó Chủ tịch UBND tỉnh [former]"],
    [],
  ],
  ["Ông Hồ Văn Phúc kinh qua các chức vụ Bí thư Huyện ủy Can Lộc, Giám đốc Sở Nội vụ.", ["Hồ Văn Phúc > Bí thư Huyện ủy Can Lộc [former]", "Hồ Văn Phúc > Giám đốc Sở Nội vụ [former]"], []],
  ["Ông Hồ Văn Phúc đã kinh qua nhiều khó khăn trong công tác.", [], []],
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

// More made-up sentences in the shapes of careers, biographies and personnel news, each checked by hand: the whole graph
// as it stands (the rules behind them: the tables above, test/link/domestic-personnel*.test.ts, tenure.test.ts).
table("career and personnel probes", [
  ["Năm 1985, ông Nguyễn Văn Hòa là Phó Giám đốc Sở Tài chính. Năm 1990, ông được bổ nhiệm Giám đốc Sở Tài chính.", ["Nguyễn Văn Hòa > Phó Giám đốc Sở Tài chính [former end 1990]","Nguyễn Văn Hòa > Giám đốc Sở Tài chính [start 1990]"], ["appointment: Nguyễn Văn Hòa | Giám đốc Sở Tài chính on 1990"]],
  ["Năm 1985, ông Nguyễn Văn Hòa là Phó Giám đốc Sở Tài chính tỉnh Nghệ An. Năm 1990, ông được bổ nhiệm giữ chức Giám đốc Sở Tài chính tỉnh Nghệ An.", ["Nguyễn Văn Hòa > Phó Giám đốc Sở Tài chính tỉnh Nghệ An [former end 1990]","Nguyễn Văn Hòa > Giám đốc Sở Tài chính tỉnh Nghệ An [start 1990]"], ["appointment: Nguyễn Văn Hòa | Giám đốc Sở Tài chính tỉnh Nghệ An on 1990"]],
  ["Ông Lê Văn Tùng từng là Phó Bí thư Thành đoàn rồi trở thành Bí thư Thành đoàn.", ["Lê Văn Tùng > Phó Bí thư Thành đoàn [former]","Lê Văn Tùng > Bí thư Thành đoàn [current]"], []],
  ["Ông Phạm Minh Đức là Phó Chủ tịch UBND huyện Quế Sơn, sau đó chuyển sang làm Giám đốc Sở Nội vụ.", ["Phạm Minh Đức > Phó Chủ tịch UBND huyện Quế Sơn [former]","Phạm Minh Đức > Giám đốc Sở Nội vụ [current]"], []],
  ["Từ năm 2016 đến năm 2021 ông Nguyễn Đắc Vinh là Bí thư Tỉnh ủy Nghệ An.", ["Nguyễn Đắc Vinh > Bí thư Tỉnh ủy Nghệ An [former start 2016 end 2021]"], []],
  ["Ông Trần Minh Tâm nhận quyết định của Chủ tịch UBND tỉnh bổ nhiệm giữ chức Giám đốc Sở Xây dựng.", ["Trần Minh Tâm > Giám đốc Sở Xây dựng [current]"], ["appointment: Trần Minh Tâm | Giám đốc Sở Xây dựng by Chủ tịch UBND tỉnh"]],
  ["Ông Trần Minh Tâm được giới thiệu để bầu giữ chức Chủ tịch UBND tỉnh.", [], []],
  ["Ông Trần Minh Tâm được luân chuyển giữ chức Bí thư Huyện ủy Nam Đàn.", ["Trần Minh Tâm > Bí thư Huyện ủy Nam Đàn [current]"], ["appointment: Trần Minh Tâm | Bí thư Huyện ủy Nam Đàn"]],
  ["Ông Trần Minh Tâm được luân chuyển về làm Bí thư Huyện ủy Nam Đàn.", ["Trần Minh Tâm > Bí thư Huyện ủy Nam Đàn [current]"], ["appointment: Trần Minh Tâm | Bí thư Huyện ủy Nam Đàn"]],
  ["Ông Trần Minh Tâm được bầu bổ sung giữ chức Phó Chủ tịch HĐND tỉnh.", ["Trần Minh Tâm > Phó Chủ tịch HĐND tỉnh [current]"], ["election: Trần Minh Tâm | Phó Chủ tịch HĐND tỉnh"]],
  ["Ông Trần Minh Tâm thôi tham gia Ban Chấp hành Đảng bộ tỉnh.", [], []],
  ["Ông Trần Minh Tâm, Phó Giám đốc Sở Công Thương, xin nghỉ việc.", ["Trần Minh Tâm > Phó Giám đốc Sở Công Thương [former]"], ["resignation: Trần Minh Tâm | Phó Giám đốc Sở Công Thương"]],
  ["Ông Trần Minh Tâm, Phó Giám đốc Sở Công Thương, xin nghỉ hưu trước tuổi.", ["Trần Minh Tâm > Phó Giám đốc Sở Công Thương [former]"], ["retirement: Trần Minh Tâm | Phó Giám đốc Sở Công Thương"]],
  ["Kể từ ngày 1/8/2025, ông Trần Minh Tâm giữ chức Giám đốc Sở Nội vụ.", ["Trần Minh Tâm > Giám đốc Sở Nội vụ [current start 2025-08-01]"], []],
  ["Ông Trần Minh Tâm được bổ nhiệm giữ chức Giám đốc Sở Nội vụ kể từ ngày 1/8/2025.", ["Trần Minh Tâm > Giám đốc Sở Nội vụ [current start 2025-08-01]"], ["appointment: Trần Minh Tâm | Giám đốc Sở Nội vụ on 2025-08-01"]],
  ["Ông Trần Minh Tâm được bổ nhiệm giữ chức Giám đốc Sở Nội vụ từ ngày 15/3.", ["Trần Minh Tâm > Giám đốc Sở Nội vụ [current start 2025-03-15]"], ["appointment: Trần Minh Tâm | Giám đốc Sở Nội vụ on 2025-03-15"]],
  ["Sáng 2/7, ông Trần Minh Tâm được bổ nhiệm giữ chức Giám đốc Sở Nội vụ.", ["Trần Minh Tâm > Giám đốc Sở Nội vụ [current start 2025-07-02]"], ["appointment: Trần Minh Tâm | Giám đốc Sở Nội vụ on 2025-07-02"]],
  ["Ban Thường vụ Tỉnh ủy quyết định bổ nhiệm ông Trần Minh Tâm giữ chức Giám đốc Sở Nội vụ.", ["Trần Minh Tâm > Giám đốc Sở Nội vụ [current]"], ["appointment: Trần Minh Tâm | Giám đốc Sở Nội vụ by Ban Thường vụ Tỉnh ủy"]],
  ["Bộ trưởng Bộ Nội vụ trao quyết định bổ nhiệm ông Trần Minh Tâm giữ chức Phó Vụ trưởng Vụ Tổ chức cán bộ.", ["Trần Minh Tâm > Phó Vụ trưởng Vụ Tổ chức cán bộ [current]"], ["appointment: Trần Minh Tâm | Phó Vụ trưởng Vụ Tổ chức cán bộ"]],
  ["Theo Quyết định số 123/QĐ-TTg của Thủ tướng, ông Trần Minh Tâm được bổ nhiệm giữ chức Thứ trưởng Bộ Tài chính.", ["Trần Minh Tâm > Thứ trưởng Bộ Tài chính [current]"], ["appointment: Trần Minh Tâm | Thứ trưởng Bộ Tài chính by Thủ tướng"]],
  ["Ông Trần Minh Tâm được Thủ tướng bổ nhiệm giữ chức Thứ trưởng Bộ Tài chính theo Quyết định số 123/QĐ-TTg.", ["Trần Minh Tâm > Thứ trưởng Bộ Tài chính [current]"], ["appointment: Trần Minh Tâm | Thứ trưởng Bộ Tài chính by Thủ tướng"]],
  ["Năm 2005, ông Võ Văn Lộc được bổ nhiệm Phó Giám đốc Sở Nội vụ tỉnh Quảng Nam. Tháng 5/2010, ông được bổ nhiệm Giám đốc Sở Nội vụ tỉnh Quảng Nam.", ["Võ Văn Lộc > Phó Giám đốc Sở Nội vụ tỉnh Quảng Nam [former start 2005]","Võ Văn Lộc > Giám đốc Sở Nội vụ tỉnh Quảng Nam [start 2010-05]"], ["appointment: Võ Văn Lộc | Phó Giám đốc Sở Nội vụ tỉnh Quảng Nam on 2005","appointment: Võ Văn Lộc | Giám đốc Sở Nội vụ tỉnh Quảng Nam on 2010-05"]],
  ["Năm 2005, ông Võ Văn Lộc giữ chức Phó Chủ tịch UBND tỉnh. Năm 2010, ông giữ chức Chủ tịch UBND tỉnh.", ["Võ Văn Lộc > Phó Chủ tịch UBND tỉnh [former]","Võ Văn Lộc > Chủ tịch UBND tỉnh"], []],
  ["Ông Võ Văn Lộc từng giữ chức Phó Giám đốc Sở Tài chính, rồi chuyển sang làm Phó Chủ tịch UBND huyện.", ["Võ Văn Lộc > Phó Giám đốc Sở Tài chính [former]","Võ Văn Lộc > Phó Chủ tịch UBND huyện [current]"], []],
  ["Ông Võ Văn Lộc là Trưởng phòng Tổ chức, sau đó được điều động làm Chánh Văn phòng Sở Nội vụ.", ["Võ Văn Lộc > Trưởng phòng Tổ chức [former]","Võ Văn Lộc > Chánh Văn phòng Sở Nội vụ [current]"], ["appointment: Võ Văn Lộc | Chánh Văn phòng Sở Nội vụ"]],
  ["Ông Nguyễn Hữu Thắng từ năm 2016 đến năm 2021 giữ chức Phó Chủ tịch UBND tỉnh Gia Lai.", ["Nguyễn Hữu Thắng > Phó Chủ tịch UBND tỉnh Gia Lai [former start 2016 end 2021]"], []],
  ["Ông Nguyễn Hữu Thắng giữ chức Phó Chủ tịch UBND tỉnh Gia Lai từ năm 2016 đến năm 2021.", ["Nguyễn Hữu Thắng > Phó Chủ tịch UBND tỉnh Gia Lai [former start 2016 end 2021]"], []],
  ["Ông Nguyễn Hữu Thắng là Đại biểu Quốc hội khóa XIV, XV.", ["Nguyễn Hữu Thắng > Đại biểu Quốc hội [current term XIV, XV]"], []],
  ["Ông Nguyễn Hữu Thắng là Bí thư Tỉnh ủy Gia Lai nhiệm kỳ 2015 - 2020.", ["Nguyễn Hữu Thắng > Bí thư Tỉnh ủy Gia Lai [former term 2015–2020]"], []],
  ["Ông Nguyễn Hữu Thắng giữ chức Giám đốc Sở Y tế đến tháng 6/2020 thì nghỉ hưu.", ["Nguyễn Hữu Thắng > Giám đốc Sở Y tế [former end 2020-06]"], ["retirement: Nguyễn Hữu Thắng | Giám đốc Sở Y tế on 2020-06"]],
  ["Ông Nguyễn Hữu Thắng, nguyên Giám đốc Sở Y tế, đã nghỉ hưu từ tháng 6/2020.", ["Nguyễn Hữu Thắng > Giám đốc Sở Y tế [former]"], ["retirement: Nguyễn Hữu Thắng | Giám đốc Sở Y tế on 2020-06"]],
  ["Ông Nguyễn Hữu Thắng được giao giữ chức Phó Giám đốc phụ trách Sở Y tế.", ["Nguyễn Hữu Thắng > Phó Giám đốc phụ trách Sở Y tế [current]"], ["appointment: Nguyễn Hữu Thắng | Phó Giám đốc phụ trách Sở Y tế"]],
  ["Ông Nguyễn Hữu Thắng được giới thiệu để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh.", [], []],
  ["Ông Nguyễn Hữu Thắng được Ban Thường vụ Tỉnh ủy luân chuyển, chỉ định giữ chức Bí thư Huyện ủy Nam Đàn.", ["Nguyễn Hữu Thắng > Bí thư Huyện ủy Nam Đàn [current]"], ["appointment: Nguyễn Hữu Thắng | Bí thư Huyện ủy Nam Đàn by Ban Thường vụ Tỉnh ủy"]],
  ["Ông Nguyễn Hữu Thắng được bầu bổ sung làm Ủy viên UBND tỉnh.", ["Nguyễn Hữu Thắng > Ủy viên UBND tỉnh [current]"], ["election: Nguyễn Hữu Thắng | Ủy viên UBND tỉnh"]],
  ["Ông Nguyễn Hữu Thắng, Giám đốc Sở Tài chính, được bầu bổ sung Ủy viên Ban Thường vụ Tỉnh ủy.", ["Nguyễn Hữu Thắng > Giám đốc Sở Tài chính [current]","Nguyễn Hữu Thắng > Ủy viên Ban Thường vụ Tỉnh ủy [current]"], ["election: Nguyễn Hữu Thắng | Ủy viên Ban Thường vụ Tỉnh ủy"]],
  ["Ông Nguyễn Hữu Thắng thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và thôi giữ chức Phó Bí thư Tỉnh ủy.", ["Nguyễn Hữu Thắng > Phó Bí thư Tỉnh ủy [former]"], ["dismissal: Nguyễn Hữu Thắng | Phó Bí thư Tỉnh ủy"]],
  ["Ông Nguyễn Hữu Thắng, Phó Chủ tịch UBND tỉnh, có đơn xin nghỉ việc.", ["Nguyễn Hữu Thắng > Phó Chủ tịch UBND tỉnh [former]"], ["resignation: Nguyễn Hữu Thắng | Phó Chủ tịch UBND tỉnh"]],
  ["Ông Nguyễn Hữu Thắng, Phó Chủ tịch UBND tỉnh, xin thôi giữ chức.", ["Nguyễn Hữu Thắng > Phó Chủ tịch UBND tỉnh [former]"], ["resignation: Nguyễn Hữu Thắng | Phó Chủ tịch UBND tỉnh"]],
  ["Ông Nguyễn Hữu Thắng, Phó Chủ tịch UBND tỉnh, xin nghỉ hưu trước tuổi.", ["Nguyễn Hữu Thắng > Phó Chủ tịch UBND tỉnh [former]"], ["retirement: Nguyễn Hữu Thắng | Phó Chủ tịch UBND tỉnh"]],
  ["Ông Nguyễn Hữu Thắng, Phó Giám đốc Sở Tài chính, được nghỉ hưu trước tuổi theo Nghị định 178.", ["Nguyễn Hữu Thắng > Phó Giám đốc Sở Tài chính [former]"], ["retirement: Nguyễn Hữu Thắng | Phó Giám đốc Sở Tài chính"]],
  ["Ông Nguyễn Hữu Thắng được bổ nhiệm giữ chức Phó Cục trưởng Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao.", ["Nguyễn Hữu Thắng > Phó Cục trưởng Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao [current]"], ["appointment: Nguyễn Hữu Thắng | Phó Cục trưởng Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"]],
  ["Ông Nguyễn Hữu Thắng được bổ nhiệm, sau hơn 10 năm công tác tại địa phương và nhiều năm kinh nghiệm quản lý, giữ chức Giám đốc Sở Tài chính.", ["Nguyễn Hữu Thắng > Giám đốc Sở Tài chính [current]"], ["appointment: Nguyễn Hữu Thắng | Giám đốc Sở Tài chính"]],
  ["Ông Nguyễn Hữu Thắng được Chủ tịch UBND tỉnh ký quyết định bổ nhiệm lại giữ chức Giám đốc Sở Tài chính tỉnh Bắc Giang.", ["Nguyễn Hữu Thắng > Giám đốc Sở Tài chính tỉnh Bắc Giang [current]"], ["appointment: Nguyễn Hữu Thắng | Giám đốc Sở Tài chính tỉnh Bắc Giang by Chủ tịch UBND tỉnh"]],
  ["Kể từ ngày 1/8/2025, ông Nguyễn Hữu Thắng được bổ nhiệm giữ chức Giám đốc Sở Tài chính.", ["Nguyễn Hữu Thắng > Giám đốc Sở Tài chính [current start 2025-08-01]"], ["appointment: Nguyễn Hữu Thắng | Giám đốc Sở Tài chính on 2025-08-01"]],
  ["Ông Nguyễn Hữu Thắng được điều động, bổ nhiệm giữ chức Giám đốc Sở Tài chính từ ngày 15/3.", ["Nguyễn Hữu Thắng > Giám đốc Sở Tài chính [current start 2025-03-15]"], ["appointment: Nguyễn Hữu Thắng | Giám đốc Sở Tài chính on 2025-03-15"]],
  ["Chiều 2/7, Ban Thường vụ Tỉnh ủy công bố quyết định điều động ông Nguyễn Hữu Thắng giữ chức Bí thư Huyện ủy.", ["Nguyễn Hữu Thắng > Bí thư Huyện ủy [current start 2025-07-02]"], ["appointment: Nguyễn Hữu Thắng | Bí thư Huyện ủy on 2025-07-02"]],
  ["Bộ trưởng Bộ Nội vụ trao quyết định bổ nhiệm ông Nguyễn Hữu Thắng giữ chức Phó Vụ trưởng Vụ Tổ chức cán bộ.", ["Nguyễn Hữu Thắng > Phó Vụ trưởng Vụ Tổ chức cán bộ [current]"], ["appointment: Nguyễn Hữu Thắng | Phó Vụ trưởng Vụ Tổ chức cán bộ"]],
  ["Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà ký quyết định bổ nhiệm ông Nguyễn Hữu Thắng giữ chức Vụ trưởng Vụ Pháp chế.", ["Phạm Thị Thanh Trà > Bộ trưởng Bộ Nội vụ [current]","Nguyễn Hữu Thắng > Vụ trưởng Vụ Pháp chế [current]"], ["appointment: Nguyễn Hữu Thắng | Vụ trưởng Vụ Pháp chế by Phạm Thị Thanh Trà"]],
  ["Theo Quyết định số 123/QĐ-TTg ngày 10/7/2025 của Thủ tướng Chính phủ, ông Nguyễn Hữu Thắng được bổ nhiệm giữ chức Thứ trưởng Bộ Xây dựng.", ["Nguyễn Hữu Thắng > Thứ trưởng Bộ Xây dựng [current start 2025-07-10]"], ["appointment: Nguyễn Hữu Thắng | Thứ trưởng Bộ Xây dựng by Thủ tướng Chính phủ on 2025-07-10"]],
  ["Thủ tướng Chính phủ ký Quyết định số 123/QĐ-TTg bổ nhiệm ông Nguyễn Hữu Thắng giữ chức Thứ trưởng Bộ Xây dựng.", ["Nguyễn Hữu Thắng > Thứ trưởng Bộ Xây dựng [current]"], ["appointment: Nguyễn Hữu Thắng | Thứ trưởng Bộ Xây dựng by Thủ tướng Chính phủ"]],
  ["Ông Trần Quốc Nam sinh năm 1970. Từ năm 1995 đến năm 2000, ông là Phó Trưởng phòng Tổ chức Sở Nội vụ. Từ năm 2000 đến năm 2005, ông là Trưởng phòng Tổ chức Sở Nội vụ. Năm 2010, ông được bổ nhiệm Phó Giám đốc Sở Nội vụ. Từ tháng 5/2015 đến nay, ông là Giám đốc Sở Nội vụ.", ["Trần Quốc Nam > Phó Trưởng phòng Tổ chức Sở Nội vụ [former start 1995 end 2000]","Trần Quốc Nam > Trưởng phòng Tổ chức Sở Nội vụ [former start 2000 end 2005]","Trần Quốc Nam > Phó Giám đốc Sở Nội vụ [former start 2010]","Trần Quốc Nam > Giám đốc Sở Nội vụ [current start 2015-05]"], ["appointment: Trần Quốc Nam | Phó Giám đốc Sở Nội vụ on 2010"]],
  ["Tháng 10/2015, ông Trần Quốc Nam được bầu làm Phó Bí thư Tỉnh ủy. Tháng 6/2016, ông được bầu giữ chức Chủ tịch UBND tỉnh. Tháng 10/2020, ông được bầu làm Bí thư Tỉnh ủy.", ["Trần Quốc Nam > Phó Bí thư Tỉnh ủy [former start 2015-10]","Trần Quốc Nam > Chủ tịch UBND tỉnh [start 2016-06]","Trần Quốc Nam > Bí thư Tỉnh ủy [start 2020-10]"], ["election: Trần Quốc Nam | Phó Bí thư Tỉnh ủy on 2015-10","election: Trần Quốc Nam | Chủ tịch UBND tỉnh on 2016-06","election: Trần Quốc Nam | Bí thư Tỉnh ủy on 2020-10"]],
  ["Ông Trần Quốc Nam từng giữ các chức vụ: Phó Giám đốc Sở Tài chính, Giám đốc Sở Tài chính, Phó Chủ tịch UBND tỉnh.", ["Trần Quốc Nam > Phó Giám đốc Sở Tài chính [former]","Trần Quốc Nam > Giám đốc Sở Tài chính [former]","Trần Quốc Nam > Phó Chủ tịch UBND tỉnh [former]"], []],
  ["Ông Trần Quốc Nam, Phó Chủ tịch UBND tỉnh, được điều động giữ chức Giám đốc Sở Tài chính.", ["Trần Quốc Nam > Phó Chủ tịch UBND tỉnh [former]","Trần Quốc Nam > Giám đốc Sở Tài chính [current]"], ["appointment: Trần Quốc Nam | Giám đốc Sở Tài chính"]],
  ["UBND tỉnh điều động ông Trần Quốc Nam, Chủ tịch UBND huyện Nam Đàn, giữ chức Giám đốc Sở Tài chính.", ["Trần Quốc Nam > Chủ tịch UBND huyện Nam Đàn [former]","Trần Quốc Nam > Giám đốc Sở Tài chính [current]"], ["appointment: Trần Quốc Nam | Giám đốc Sở Tài chính by UBND tỉnh"]],
  ["Ông Trần Quốc Nam là Ủy viên Trung ương Đảng khóa XII, XIII, Bí thư Tỉnh ủy Hà Tĩnh.", ["Trần Quốc Nam > Ủy viên Trung ương Đảng [current term XII, XIII]","Trần Quốc Nam > Bí thư Tỉnh ủy Hà Tĩnh [current]"], []],
  ["Ông Trần Quốc Nam giữ chức Chủ tịch UBND tỉnh từ tháng 3/2018 đến tháng 6/2021.", ["Trần Quốc Nam > Chủ tịch UBND tỉnh [former start 2018-03 end 2021-06]"], []],
  ["Ông Trần Quốc Nam, nguyên Chủ tịch UBND tỉnh giai đoạn 2016-2021, vừa bị khởi tố.", ["Trần Quốc Nam > Chủ tịch UBND tỉnh [former start 2016 end 2021]"], []],
  ["Ông Trần Quốc Nam, Chủ tịch UBND tỉnh giai đoạn 2016-2021, vừa bị khởi tố.", ["Trần Quốc Nam > Chủ tịch UBND tỉnh [former start 2016 end 2021]"], []],
  ["Ông Trần Quốc Nam, Giám đốc Sở Y tế, nghỉ hưu theo chế độ kể từ ngày 1/8/2025.", ["Trần Quốc Nam > Giám đốc Sở Y tế [former end 2025-08-01]"], ["retirement: Trần Quốc Nam | Giám đốc Sở Y tế on 2025-08-01"]],
  ["Ông Trần Quốc Nam được bổ nhiệm giữ chức Giám đốc Sở Y tế kể từ ngày 1/10/2025.", ["Trần Quốc Nam > Giám đốc Sở Y tế [incoming start 2025-10-01]"], ["appointment: Trần Quốc Nam | Giám đốc Sở Y tế on 2025-10-01"]],
  ["Từ ngày 1/7/2025, ông Trần Quốc Nam thôi giữ chức Giám đốc Sở Y tế.", ["Trần Quốc Nam > Giám đốc Sở Y tế [former end 2025-07-01]"], ["dismissal: Trần Quốc Nam | Giám đốc Sở Y tế on 2025-07-01"]],
  ["Ông Trần Quốc Nam thôi giữ chức Giám đốc Sở Y tế kể từ ngày 1/7/2025 để nghỉ hưu.", ["Trần Quốc Nam > Giám đốc Sở Y tế [former end 2025-07-01]"], ["retirement: Trần Quốc Nam | Giám đốc Sở Y tế on 2025-07-01"]],
  ["Ông Trần Quốc Nam giữ chức Giám đốc Sở Y tế đến tháng 6/2020 thì nghỉ hưu.", ["Trần Quốc Nam > Giám đốc Sở Y tế [former end 2020-06]"], ["retirement: Trần Quốc Nam | Giám đốc Sở Y tế on 2020-06"]],
  ["Ông Trần Quốc Nam giữ chức Giám đốc Sở Y tế đến năm 2020 thì được điều động làm Phó Chủ tịch UBND tỉnh.", ["Trần Quốc Nam > Giám đốc Sở Y tế [former end 2020]","Trần Quốc Nam > Phó Chủ tịch UBND tỉnh [current]"], ["appointment: Trần Quốc Nam | Phó Chủ tịch UBND tỉnh"]],
  ["Từ năm 2016 đến năm 2021, ông Trần Quốc Nam là Bí thư Tỉnh ủy Nghệ An; từ năm 2021 đến nay, ông là Trưởng ban Tổ chức Trung ương.", ["Trần Quốc Nam > Bí thư Tỉnh ủy Nghệ An [former start 2016 end 2021]","Trần Quốc Nam > Trưởng ban Tổ chức Trung ương [current start 2021]"], []],
  ["Giai đoạn 2016 - 2021, ông Trần Quốc Nam giữ chức Bí thư Tỉnh ủy Nghệ An.", ["Trần Quốc Nam > Bí thư Tỉnh ủy Nghệ An [former start 2016 end 2021]"], []],
  ["Trong giai đoạn 2016-2021, ông Trần Quốc Nam là Bí thư Tỉnh ủy Nghệ An.", ["Trần Quốc Nam > Bí thư Tỉnh ủy Nghệ An [former start 2016 end 2021]"], []],
  ["Năm 2016, ông Trần Quốc Nam là Bí thư Tỉnh ủy Nghệ An. Năm 2021, ông Trần Quốc Nam được điều động làm Trưởng ban Tổ chức Trung ương.", ["Trần Quốc Nam > Bí thư Tỉnh ủy Nghệ An [former]","Trần Quốc Nam > Trưởng ban Tổ chức Trung ương [start 2021]"], ["appointment: Trần Quốc Nam | Trưởng ban Tổ chức Trung ương on 2021"]],
  ["Ông Trần Quốc Nam thôi giữ chức Bí thư Tỉnh ủy Nghệ An để nhận nhiệm vụ mới. Sau đó, ông được phân công làm Trưởng ban Tổ chức Trung ương.", ["Trần Quốc Nam > Bí thư Tỉnh ủy Nghệ An [former]","Trần Quốc Nam > Trưởng ban Tổ chức Trung ương [current]"], ["dismissal: Trần Quốc Nam | Bí thư Tỉnh ủy Nghệ An","appointment: Trần Quốc Nam | Trưởng ban Tổ chức Trung ương"]],
  ["Ông Trần Quốc Nam làm Phó Giám đốc Sở Tài chính từ năm 2010, rồi làm Giám đốc Sở Tài chính từ năm 2015.", ["Trần Quốc Nam > Phó Giám đốc Sở Tài chính [former start 2010 end 2015]","Trần Quốc Nam > Giám đốc Sở Tài chính [current start 2015]"], []],
  ["Ông Lê Văn Hải xin từ chức Giám đốc Bệnh viện Đa khoa tỉnh.", ["Lê Văn Hải > Giám đốc Bệnh viện Đa khoa tỉnh [former]"], ["resignation: Lê Văn Hải | Giám đốc Bệnh viện Đa khoa tỉnh"]],
  ["Ông Lê Văn Hải được bổ nhiệm lại giữ chức Phó Giám đốc Sở Y tế.", ["Lê Văn Hải > Phó Giám đốc Sở Y tế [current]"], ["appointment: Lê Văn Hải | Phó Giám đốc Sở Y tế"]],
  ["Ông Lê Văn Hải được tái bổ nhiệm giữ chức Phó Giám đốc Sở Y tế.", ["Lê Văn Hải > Phó Giám đốc Sở Y tế [current]"], ["appointment: Lê Văn Hải | Phó Giám đốc Sở Y tế"]],
  ["Ông Lê Văn Hải được phân công giữ chức Phó Bí thư Đảng ủy Khối.", ["Lê Văn Hải > Phó Bí thư Đảng ủy Khối [current]"], ["appointment: Lê Văn Hải | Phó Bí thư Đảng ủy Khối"]],
  ["Ông Lê Văn Hải được chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Huyện ủy Nam Đàn.", ["Lê Văn Hải > Bí thư Huyện ủy Nam Đàn [current]"], ["appointment: Lê Văn Hải | Bí thư Huyện ủy Nam Đàn"]],
  ["Ông Lê Văn Hải được chỉ định giữ chức Bí thư Đảng ủy xã Tân Lập.", ["Lê Văn Hải > Bí thư Đảng ủy xã Tân Lập [current]"], ["appointment: Lê Văn Hải | Bí thư Đảng ủy xã Tân Lập"]],
  ["Ông Lê Văn Hải được bầu giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 với 100% đại biểu tán thành.", ["Lê Văn Hải > Phó Chủ tịch UBND tỉnh [current term 2021–2026]"], ["election: Lê Văn Hải | Phó Chủ tịch UBND tỉnh"]],
  ["HĐND tỉnh đã tiến hành miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Hải do nghỉ hưu.", ["Lê Văn Hải > Phó Chủ tịch UBND tỉnh [former]"], ["dismissal: Lê Văn Hải | Phó Chủ tịch UBND tỉnh by HĐND tỉnh"]],
  ["Sáng 15/7, Thủ tướng Chính phủ đã phê chuẩn kết quả bầu ông Lê Văn Hải giữ chức Chủ tịch UBND tỉnh.", ["Lê Văn Hải > Chủ tịch UBND tỉnh [current start 2025-07-15]"], ["approval: Lê Văn Hải | Chủ tịch UBND tỉnh by Thủ tướng Chính phủ on 2025-07-15","election: Lê Văn Hải | Chủ tịch UBND tỉnh on 2025-07-15"]],
  ["Thủ tướng phê chuẩn việc miễn nhiệm ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh.", ["Lê Văn Hải > Phó Chủ tịch UBND tỉnh [former]"], ["dismissal: Lê Văn Hải | Phó Chủ tịch UBND tỉnh by Thủ tướng"]],
  ["Ông Lê Văn Hải đã được Ban Bí thư chuẩn y giữ chức Phó Bí thư Tỉnh ủy.", ["Lê Văn Hải > Phó Bí thư Tỉnh ủy [current]"], ["approval: Lê Văn Hải | Phó Bí thư Tỉnh ủy by Ban Bí thư"]],
  ["Ông Lê Văn Hải được Ban Bí thư chuẩn y chức vụ Phó Bí thư Tỉnh ủy nhiệm kỳ 2020-2025.", ["Lê Văn Hải > Phó Bí thư Tỉnh ủy [current term 2020–2025]"], ["approval: Lê Văn Hải | Phó Bí thư Tỉnh ủy by Ban Bí thư"]],
  ["Bộ Chính trị quyết định cho ông Lê Văn Hải thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức Bí thư Tỉnh ủy.", ["Lê Văn Hải > Bí thư Tỉnh ủy [former]"], ["dismissal: Lê Văn Hải | Bí thư Tỉnh ủy by Bộ Chính trị"]],
  ["Ông Lê Văn Hải bị cách chức Phó Giám đốc Sở Y tế.", ["Lê Văn Hải > Phó Giám đốc Sở Y tế [former]"], ["dismissal: Lê Văn Hải | Phó Giám đốc Sở Y tế"]],
  ["Ông Lê Văn Hải, nguyên Phó Giám đốc Sở Y tế, từ trần ngày 3/7/2025.", ["Lê Văn Hải > Phó Giám đốc Sở Y tế [former]"], ["death: Lê Văn Hải | Phó Giám đốc Sở Y tế on 2025-07-03"]],
  ["Ông Lê Văn Hải, Phó Giám đốc Sở Y tế, được điều động, bổ nhiệm giữ chức Giám đốc Sở Nội vụ kể từ ngày 1/8/2025.", ["Lê Văn Hải > Phó Giám đốc Sở Y tế [former end 2025-08-01]","Lê Văn Hải > Giám đốc Sở Nội vụ [current start 2025-08-01]"], ["appointment: Lê Văn Hải | Giám đốc Sở Nội vụ on 2025-08-01"]],
  ["Chủ tịch UBND tỉnh Nguyễn Văn Nam đã trao quyết định điều động, bổ nhiệm ông Lê Văn Hải giữ chức Giám đốc Sở Nội vụ.", ["Nguyễn Văn Nam > Chủ tịch UBND tỉnh [current]","Lê Văn Hải > Giám đốc Sở Nội vụ [current]"], ["appointment: Lê Văn Hải | Giám đốc Sở Nội vụ"]],
  ["Theo Quyết định số 1234/QĐ-UBND ngày 20/7/2025 của UBND tỉnh, ông Lê Văn Hải được bổ nhiệm giữ chức Giám đốc Sở Nội vụ.", ["Lê Văn Hải > Giám đốc Sở Nội vụ [current start 2025-07-20]"], ["appointment: Lê Văn Hải | Giám đốc Sở Nội vụ by UBND tỉnh on 2025-07-20"]],
  ["Ngày 20/7/2025, Bộ trưởng Bộ Nội vụ ký quyết định bổ nhiệm ông Lê Văn Hải giữ chức Cục trưởng Cục Văn thư và Lưu trữ nhà nước.", ["Lê Văn Hải > Cục trưởng Cục Văn thư và Lưu trữ nhà nước [current start 2025-07-20]"], ["appointment: Lê Văn Hải | Cục trưởng Cục Văn thư và Lưu trữ nhà nước by Bộ trưởng Bộ Nội vụ on 2025-07-20"]],
  ["Ông Lê Văn Hải được bổ nhiệm giữ chức Giám đốc Sở Nội vụ, thay ông Trần Văn Bình nghỉ hưu.", ["Lê Văn Hải > Giám đốc Sở Nội vụ [current]","Trần Văn Bình > Giám đốc Sở Nội vụ [former]"], ["appointment: Lê Văn Hải | Giám đốc Sở Nội vụ","retirement: Trần Văn Bình | Giám đốc Sở Nội vụ"]],
  ["Ông Lê Văn Hải được bầu làm Chủ tịch HĐND tỉnh thay ông Trần Văn Bình đã nghỉ hưu theo chế độ.", ["Lê Văn Hải > Chủ tịch HĐND tỉnh [current]","Trần Văn Bình > Chủ tịch HĐND tỉnh [former]"], ["election: Lê Văn Hải | Chủ tịch HĐND tỉnh","retirement: Trần Văn Bình | Chủ tịch HĐND tỉnh"]],
  ["Ông Lê Văn Hải được giao quyền Giám đốc Sở Nội vụ.", ["Lê Văn Hải > Giám đốc Sở Nội vụ [acting]"], ["appointment: Lê Văn Hải | Giám đốc Sở Nội vụ"]],
  ["Ông Lê Văn Hải được giao nhiệm vụ Quyền Giám đốc Sở Nội vụ.", ["Lê Văn Hải > Giám đốc Sở Nội vụ [acting]"], ["appointment: Lê Văn Hải | Giám đốc Sở Nội vụ"]],
  ["Năm 2010, ông Tô Văn Lâm là Thứ trưởng Bộ Công an. Năm 2012, ông kiêm nhiệm Tổng cục trưởng Tổng cục Cảnh sát.", ["Tô Văn Lâm > Thứ trưởng Bộ Công an","Tô Văn Lâm > Tổng cục trưởng Tổng cục Cảnh sát"], []],
  ["Năm 2015, ông Tô Văn Lâm là Bí thư Tỉnh ủy Nghệ An. Năm 2016, ông được bầu làm Chủ tịch HĐND tỉnh Nghệ An.", ["Tô Văn Lâm > Bí thư Tỉnh ủy Nghệ An","Tô Văn Lâm > Chủ tịch HĐND tỉnh Nghệ An [start 2016]"], ["election: Tô Văn Lâm | Chủ tịch HĐND tỉnh Nghệ An on 2016"]],
  ["Năm 2015, ông Tô Văn Lâm là Phó Bí thư Tỉnh ủy. Năm 2016, ông được bầu làm Chủ tịch UBND tỉnh.", ["Tô Văn Lâm > Phó Bí thư Tỉnh ủy","Tô Văn Lâm > Chủ tịch UBND tỉnh [start 2016]"], ["election: Tô Văn Lâm | Chủ tịch UBND tỉnh on 2016"]],
  ["Ông Tô Văn Lâm là Phó Bí thư Tỉnh ủy. Sau đó, ông được bầu làm Chủ tịch UBND tỉnh.", ["Tô Văn Lâm > Phó Bí thư Tỉnh ủy [former]","Tô Văn Lâm > Chủ tịch UBND tỉnh [current]"], ["election: Tô Văn Lâm | Chủ tịch UBND tỉnh"]],
  ["Ông Tô Văn Lâm là Bí thư Huyện ủy. Sau đó ông làm việc với Sở Y tế.", ["Tô Văn Lâm > Bí thư Huyện ủy [current]"], []],
  ["Đại tá Tô Văn Lâm là Phó Giám đốc Công an tỉnh. Sau đó, ông được bổ nhiệm giữ chức Giám đốc Công an tỉnh.", ["Tô Văn Lâm > Đại tá [current]","Tô Văn Lâm > Phó Giám đốc Công an tỉnh [former]","Tô Văn Lâm > Giám đốc Công an tỉnh [current]"], ["appointment: Tô Văn Lâm | Giám đốc Công an tỉnh"]],
  ["Ông Tô Văn Lâm là Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy. Sau đó, ông được bầu làm Phó Bí thư Tỉnh ủy.", ["Tô Văn Lâm > Ủy viên Ban Thường vụ Tỉnh ủy [current]","Tô Văn Lâm > Trưởng ban Tổ chức Tỉnh ủy [former]","Tô Văn Lâm > Phó Bí thư Tỉnh ủy [current]"], ["election: Tô Văn Lâm | Phó Bí thư Tỉnh ủy"]],
  ["Ông Tô Văn Lâm (sinh năm 1970) từng giữ chức Phó Chủ tịch UBND tỉnh. Tháng 4/2021, ông được bầu làm Chủ tịch UBND tỉnh.", ["Tô Văn Lâm > Phó Chủ tịch UBND tỉnh [former]","Tô Văn Lâm > Chủ tịch UBND tỉnh [start 2021-04]"], ["election: Tô Văn Lâm | Chủ tịch UBND tỉnh on 2021-04"]],
  ["Trước khi giữ chức Chủ tịch UBND tỉnh, ông Tô Văn Lâm là Phó Chủ tịch Thường trực UBND tỉnh.", ["Tô Văn Lâm > Chủ tịch UBND tỉnh [current]","Tô Văn Lâm > Phó Chủ tịch Thường trực UBND tỉnh [former]"], []],
  ["Ông Tô Văn Lâm, Giám đốc Sở Y tế giai đoạn 2015-2020, nay là Phó Chủ tịch UBND tỉnh.", ["Tô Văn Lâm > Giám đốc Sở Y tế [former start 2015 end 2020]","Tô Văn Lâm > Phó Chủ tịch UBND tỉnh [current]"], []],
  ["Ông Tô Văn Lâm, lúc đó là Giám đốc Sở Y tế, đã ký văn bản.", ["Tô Văn Lâm > Giám đốc Sở Y tế [former]"], []],
  ["Ông Võ Minh Tuấn được Ban Thường vụ Tỉnh ủy Nghệ An điều động, phân công, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Huyện ủy Nam Đàn nhiệm kỳ 2020-2025.", ["Võ Minh Tuấn > Bí thư Huyện ủy Nam Đàn [current term 2020–2025]"], ["appointment: Võ Minh Tuấn | Bí thư Huyện ủy Nam Đàn by Ban Thường vụ Tỉnh ủy Nghệ An"]],
  ["HĐND tỉnh đã bầu ông Võ Minh Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy, giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.", ["Võ Minh Tuấn > Ủy viên Ban Thường vụ Tỉnh ủy [current]","Võ Minh Tuấn > Trưởng ban Tổ chức Tỉnh ủy [current]","Võ Minh Tuấn > Phó Chủ tịch UBND tỉnh [current term 2021–2026]"], ["election: Võ Minh Tuấn | Phó Chủ tịch UBND tỉnh by HĐND tỉnh"]],
  ["Chủ tịch UBND tỉnh trao quyết định điều động và bổ nhiệm ông Võ Minh Tuấn, Phó Giám đốc Sở Kế hoạch và Đầu tư, đến nhận công tác tại Sở Tài chính và giữ chức Phó Giám đốc Sở Tài chính.", ["Võ Minh Tuấn > Phó Giám đốc Sở Kế hoạch và Đầu tư [former]","Võ Minh Tuấn > Phó Giám đốc Sở Tài chính [current]"], ["appointment: Võ Minh Tuấn | Phó Giám đốc Sở Tài chính"]],
  ["Ban Thường vụ Tỉnh ủy đã công bố quyết định của Ban Thường vụ Tỉnh ủy về việc điều động ông Võ Minh Tuấn giữ chức Bí thư Huyện ủy Nam Đàn.", ["Võ Minh Tuấn > Bí thư Huyện ủy Nam Đàn [current]"], ["appointment: Võ Minh Tuấn | Bí thư Huyện ủy Nam Đàn by Ban Thường vụ Tỉnh ủy"]],
  ["Sáng 5/8, Tỉnh ủy Nghệ An tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ. Theo đó, ông Võ Minh Tuấn được chỉ định giữ chức Bí thư Tỉnh ủy Nghệ An nhiệm kỳ 2020-2025.", ["Võ Minh Tuấn > Bí thư Tỉnh ủy Nghệ An [current term 2020–2025 start 2025-08-05]"], ["appointment: Võ Minh Tuấn | Bí thư Tỉnh ủy Nghệ An by Bộ Chính trị on 2025-08-05"]],
  ["Tại hội nghị, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã trao quyết định của Thủ tướng Chính phủ bổ nhiệm ông Võ Minh Tuấn giữ chức Thứ trưởng Bộ Nội vụ.", ["Phạm Thị Thanh Trà > Bộ trưởng Bộ Nội vụ [current]","Võ Minh Tuấn > Thứ trưởng Bộ Nội vụ [current]"], ["appointment: Võ Minh Tuấn | Thứ trưởng Bộ Nội vụ by Thủ tướng Chính phủ"]],
]);

table("near the shapes of the new career cues and statuses, nothing left or moved (review): a cue word in other use", [
  ["Ông Nguyễn Văn An là Giám đốc Sở Y tế. Sau thời gian dài chờ đợi, người dân đã được cấp sổ đỏ.", ["Nguyễn Văn An > Giám đốc Sở Y tế [current]"], []],
  ["Ông Nguyễn Văn An là Giám đốc Sở Y tế. Về sau, ông cho biết sẽ tiếp tục chỉ đạo.", ["Nguyễn Văn An > Giám đốc Sở Y tế [current]"], []],
  ["Ông Nguyễn Văn An, Bí thư Tỉnh ủy, nay là Ủy viên Trung ương Đảng.", ["Nguyễn Văn An > Bí thư Tỉnh ủy [former]","Nguyễn Văn An > Ủy viên Trung ương Đảng [current]"], []],
  ["Bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh, nay đã 60 tuổi, vẫn tiếp tục công tác.", ["Lê Thị Hoa > Phó Chủ tịch UBND tỉnh [current]"], []],
  ["Ông Nguyễn Văn An hiện là Chủ tịch UBND tỉnh, trước đó là thời gian khó khăn.", ["Nguyễn Văn An > Chủ tịch UBND tỉnh [current]"], []],
  ["Ông Nguyễn Văn An, Giám đốc Sở Y tế, cho biết trước đó ông đã chỉ đạo kiểm tra.", ["Nguyễn Văn An > Giám đốc Sở Y tế [current]"], []],
  ["Ông Nguyễn Văn An kinh qua nhiều khó khăn khi làm Giám đốc Sở Y tế.", ["Nguyễn Văn An > Giám đốc Sở Y tế"], []],
  ["Ông Nguyễn Văn An nghỉ hưu trước tuổi vì sức khỏe; ông Trần Văn Bình thôi giữ chức Giám đốc Sở Y tế.", ["Trần Văn Bình > Giám đốc Sở Y tế [former]"], ["dismissal: Trần Văn Bình | Giám đốc Sở Y tế"]],
]);
