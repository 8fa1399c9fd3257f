import { describe, expect, it } from "vitest";
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
