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
  // Entries after ";", and a bare year up to now ("1990 - nay:", dates/parsers/year.ts untilNowEntry).
  [
    "Bà Trần Thị Hoa, sinh năm 1970. Tháng 8/2015 - 3/2020: Phó Chủ tịch UBND tỉnh Nghệ An; tháng 3/2020 - nay: Chủ tịch UBND tỉnh Nghệ An.",
    ["Trần Thị Hoa > Phó Chủ tịch UBND tỉnh Nghệ An [former start 2015-08 end 2020-03]", "Trần Thị Hoa > Chủ tịch UBND tỉnh Nghệ An [current start 2020-03]"],
    [],
  ],
  [
    "Ông Nguyễn Văn An sinh năm 1965. 1985 - 1990: Phó Bí thư Huyện ủy Nam Đàn. 1990 - nay: Bí thư Huyện ủy Nam Đàn.",
    ["Nguyễn Văn An > Phó Bí thư Huyện ủy Nam Đàn [former start 1985 end 1990]", "Nguyễn Văn An > Bí thư Huyện ủy Nam Đàn [current start 1990]"],
    [],
  ],
  [
    "Ông Nguyễn Văn An sinh năm 1965.\n- 1985 - 1990: Phó Bí thư Huyện ủy Nam Đàn.\n- 1990 - nay: Bí thư Huyện ủy Nam Đàn.",
    ["Nguyễn Văn An > Phó Bí thư Huyện ủy Nam Đàn [former start 1985 end 1990]", "Nguyễn Văn An > Bí thư Huyện ủy Nam Đàn [current start 1990]"],
    [],
  ],
  // A post written right after the name's colon is still the name's.
  ["Ông Nguyễn Văn An: Phó Giám đốc Sở Tài chính.", ["Nguyễn Văn An > Phó Giám đốc Sở Tài chính [current]"], []],
]);

table("posts held in turn: \"lần lượt giữ các chức vụ T1, T2\"", [
  // link-cues.tsv time in-turn (tenure-career.ts markInTurn): each post but the last was left for the next one; the
  // last keeps what the words say of it.
  [
    "Ông Nguyễn Văn An lần lượt giữ các chức vụ Phó Giám đốc Sở Y tế, Giám đốc Sở Y tế.",
    ["Nguyễn Văn An > Phó Giám đốc Sở Y tế [former]", "Nguyễn Văn An > Giám đốc Sở Y tế [current]"],
    [],
  ],
  [
    "Ông Nguyễn Văn An lần lượt giữ các chức vụ Phó Giám đốc Sở Y tế, Giám đốc Sở Y tế, Phó Chủ tịch UBND tỉnh Nghệ An.",
    ["Nguyễn Văn An > Phó Giám đốc Sở Y tế [former]", "Nguyễn Văn An > Giám đốc Sở Y tế [former]", "Nguyễn Văn An > Phó Chủ tịch UBND tỉnh Nghệ An [current]"],
    [],
  ],
  // A period told for the whole list begins the first post and ends the last, not each of them.
  [
    "Từ năm 2010 đến năm 2020, ông Nguyễn Văn An lần lượt là Phó Giám đốc Sở Y tế, Giám đốc Sở Y tế.",
    ["Nguyễn Văn An > Phó Giám đốc Sở Y tế [former start 2010]", "Nguyễn Văn An > Giám đốc Sở Y tế [former end 2020]"],
    [],
  ],
  [
    "Từ năm 2010 đến nay, ông Nguyễn Văn An lần lượt là Phó Giám đốc Sở Y tế, Giám đốc Sở Y tế.",
    ["Nguyễn Văn An > Phó Giám đốc Sở Y tế [former start 2010]", "Nguyễn Văn An > Giám đốc Sở Y tế [current]"],
    [],
  ],
  // Not two people's posts one to one ("A và B lần lượt giữ chức T1 và T2": respectively).
  [
    "Ông Trần Văn Bình và ông Lê Văn Cường lần lượt giữ chức Giám đốc Sở Y tế và Giám đốc Sở Tài chính.",
    ["Trần Văn Bình > Giám đốc Sở Y tế [current]", "Lê Văn Cường > Giám đốc Sở Tài chính [current]"],
    [],
  ],
  // … nor, after names joined, the last name's posts one after another when the counts differ (holds.ts joinedToName).
  ["Ông Nguyễn Văn Tuấn và ông Lê Minh Hưng lần lượt là Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính và Giám đốc Sở Y tế.", [], []],
  ["Ông Nguyễn Văn Tuấn, ông Lê Minh Hưng lần lượt giữ các chức vụ Phó Giám đốc Sở Y tế, Giám đốc Sở Y tế, Giám đốc Sở Nội vụ.", [], []],
  // Without "lần lượt", posts listed after "giữ các chức vụ" stay as they were.
  [
    "Ông Nguyễn Văn An giữ các chức vụ Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An.",
    ["Nguyễn Văn An > Phó Bí thư Tỉnh ủy [current]", "Nguyễn Văn An > Chủ tịch UBND tỉnh Nghệ An [current]"],
    [],
  ],
]);

table("terms of years after a post", [
  // Counted terms (grammar-words.tsv term-count) and more terms joined by "và" or a comma (tenure-dates.ts termAfter);
  // every term ended before the article's year: the holding is past.
  ["Ông Nguyễn Văn An là Đại biểu Quốc hội trong hai nhiệm kỳ 2010-2015 và 2015-2020.", ["Nguyễn Văn An > Đại biểu Quốc hội [former term 2010–2015, 2015–2020]"], []],
  ["Ông Nguyễn Văn An là Bí thư Tỉnh ủy Nghệ An nhiệm kỳ 2010-2015 và 2015-2020.", ["Nguyễn Văn An > Bí thư Tỉnh ủy Nghệ An [former term 2010–2015, 2015–2020]"], []],
  ["Ông Nguyễn Văn An là Đại biểu Quốc hội hai nhiệm kỳ 2016 - 2021, 2021 - 2026.", ["Nguyễn Văn An > Đại biểu Quốc hội [current term 2016–2021, 2021–2026]"], []],
  // Not a year that dates what follows ("… nhiệm kỳ 2015-2020 và năm 2021 được bầu …").
  [
    "Ông Nguyễn Văn An là Bí thư Tỉnh ủy Nghệ An nhiệm kỳ 2015-2020 và năm 2021 được bầu làm Chủ tịch HĐND tỉnh.",
    ["Nguyễn Văn An > Bí thư Tỉnh ủy Nghệ An [former term 2015–2020]", "Nguyễn Văn An > Chủ tịch HĐND tỉnh [start 2021]"],
    ["election: Nguyễn Văn An | Chủ tịch HĐND tỉnh on 2021"],
  ],
]);
