import { describe, expect, it } from "vitest";
import { personnelGraph } from "../helpers";

/**
 * CV-style career entries (issue 13): "Ông X: <period>: <posts>. <period>: <posts>." — made-up sentences in the shapes
 * biographies in appointment articles, obituaries and candidate lists use, each with the graph's whole holds relations
 * ("person > post [status term start end]") and events, reference date 2025-08-15. The list-line shapes ("- Từ 1985 đến
 * 1990: …" on lines of their own) are in careers.test.ts and tenure.test.ts.
 */
type Row = [text: string, holds: string[], events: string[]];

const table = (title: string, rows: Row[]) =>
  describe(title, () => {
    it.each(rows)("%s", (text, holds, events) => expect(personnelGraph(text)).toEqual({ holds, events }));
  });

table("entries written after the name and its colon, inside one line", [
  // The period between the name's colon and the entry's colon dates the posts (holds.ts datedEntryBefore), not a post
  // written with the name; an entry up to now ("Tháng 10/2015 - nay:", dates/refiners/interval.ts) is current.
  [
    "Ông Nguyễn Văn An: Tháng 5/2010 - 10/2015: Phó Giám đốc Sở Tài chính. Tháng 10/2015 - nay: Giám đốc Sở Tài chính.",
    ["Nguyễn Văn An > Phó Giám đốc Sở Tài chính [former start 2010-05 end 2015-10]", "Nguyễn Văn An > Giám đốc Sở Tài chính [current start 2015-10]"],
    [],
  ],
  [
    "Bà Trần Thị Hoa: 8/2015 - 3/2020: Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nghệ An.",
    ["Trần Thị Hoa > Ủy viên Ban Thường vụ Tỉnh ủy [former start 2015-08 end 2020-03]", "Trần Thị Hoa > Phó Chủ tịch UBND tỉnh Nghệ An [former start 2015-08 end 2020-03]"],
    [],
  ],
  [
    "Đồng chí Lê Văn Bình: Từ tháng 4/2021 đến nay: Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An.",
    ["Lê Văn Bình > Ủy viên Trung ương Đảng [current start 2021-04]", "Lê Văn Bình > Bí thư Tỉnh ủy Nghệ An [current start 2021-04]"],
    [],
  ],
  // The entries after a sentence about the person, written on in the same line.
  [
    "Ông Nguyễn Văn An sinh năm 1965. Tháng 5/2010 - 10/2015: Phó Giám đốc Sở Tài chính. Tháng 10/2015 - nay: Giám đốc Sở Tài chính.",
    ["Nguyễn Văn An > Phó Giám đốc Sở Tài chính [former start 2010-05 end 2015-10]", "Nguyễn Văn An > Giám đốc Sở Tài chính [current start 2015-10]"],
    [],
  ],
  // A post written right after the name's colon is still the name's.
  ["Ông Nguyễn Văn An: Phó Giám đốc Sở Tài chính.", ["Nguyễn Văn An > Phó Giám đốc Sở Tài chính [current]"], []],
]);
