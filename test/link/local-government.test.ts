/**
 * Local government personnel in news (issue 13, district and commune level, provincial departments): made-up
 * sentences in the shapes of reports on HĐND sessions, with the graph's holds ("person | post", status when not
 * current), of ("post | body") and events. A wrong edge is worse than a missing one.
 */
import { edgeTable } from "../helpers";

// A bare body ("UBND huyện", "UBND TP") in a paragraph that names one other place of its level before it is that
// place's, not the body of the same head named in full in an earlier paragraph (name-entities.ts placeInParagraph).
edgeTable("a bare body after a paragraph break is of the one place its paragraph names", [
  [
    "Ông Lê Văn Ba được bầu giữ chức Chủ tịch UBND huyện Đông Anh.\nCùng ngày, HĐND huyện Gia Lâm họp để miễn nhiệm chức danh Chủ tịch UBND huyện đối với ông Trần Văn Nam.",
    ["Lê Văn Ba | Chủ tịch UBND huyện Đông Anh", "Trần Văn Nam | Chủ tịch UBND huyện | former"],
    ["Chủ tịch UBND huyện | UBND huyện Gia Lâm", "Chủ tịch UBND huyện Đông Anh | UBND huyện Đông Anh"],
    ["dismissal: Trần Văn Nam | Chủ tịch UBND huyện", "election: Lê Văn Ba | Chủ tịch UBND huyện Đông Anh"],
  ],
  [
    "Bà Ngô Thị Lan được bầu làm Chủ tịch UBND TP Hải Phòng.\nTại kỳ họp HĐND TP Cần Thơ, ông Phạm Văn Tư tái đắc cử chức Chủ tịch UBND TP.",
    ["Ngô Thị Lan | Chủ tịch UBND TP Hải Phòng", "Phạm Văn Tư | Chủ tịch UBND TP"],
    ["Chủ tịch UBND TP Hải Phòng | UBND TP Hải Phòng", "Chủ tịch UBND TP | UBND TP Cần Thơ"],
    ["election: Ngô Thị Lan | Chủ tịch UBND TP Hải Phòng", "election: Phạm Văn Tư | Chủ tịch UBND TP"],
  ],
  // The paragraph names the body's own place: the same body.
  [
    "Ông Lê Văn Ba là Chủ tịch UBND huyện Đông Anh.\nTại huyện Đông Anh, Phó Chủ tịch UBND huyện Nguyễn Văn Hùng tiếp đoàn.",
    ["Lê Văn Ba | Chủ tịch UBND huyện Đông Anh", "Nguyễn Văn Hùng | Phó Chủ tịch UBND huyện"],
    ["Chủ tịch UBND huyện Đông Anh | UBND huyện Đông Anh", "Phó Chủ tịch UBND huyện | UBND huyện Đông Anh"],
    [],
  ],
]);

// "BTV Tỉnh ủy", "BTV Thành ủy", "BTV Đảng ủy": the standing board written short (org-heads.tsv same_as), one body and
// one post with the full spelling; the title after it in the chain keeps its holder.
edgeTable("the standing board written short as BTV", [
  [
    "Ông Nguyễn Văn Hải, nguyên ủy viên BTV Tỉnh ủy, nguyên Trưởng Ban Dân vận Tỉnh ủy Nghệ An, nghỉ hưu.",
    ["Nguyễn Văn Hải | Trưởng Ban Dân vận Tỉnh ủy Nghệ An | former", "Nguyễn Văn Hải | ủy viên BTV Tỉnh ủy | former"],
    ["Trưởng Ban Dân vận Tỉnh ủy Nghệ An | Ban Dân vận Tỉnh ủy Nghệ An", "ủy viên BTV Tỉnh ủy | BTV Tỉnh ủy"],
    ["retirement: Nguyễn Văn Hải | Trưởng Ban Dân vận Tỉnh ủy Nghệ An", "retirement: Nguyễn Văn Hải | ủy viên BTV Tỉnh ủy"],
  ],
  [
    "Bà Lê Thị Mai, Ủy viên BTV Thành ủy Hải Phòng, dự họp. Ông Trần An, Ủy viên Ban Thường vụ Thành ủy Hải Phòng, phát biểu.",
    ["Lê Thị Mai | Ủy viên Ban Thường vụ Thành ủy Hải Phòng", "Trần An | Ủy viên Ban Thường vụ Thành ủy Hải Phòng"],
    ["Ủy viên Ban Thường vụ Thành ủy Hải Phòng | BTV Thành ủy Hải Phòng"],
    [],
  ],
  // "BTV" before a name is an editor (address-words.tsv): no body.
  ["Biên tập viên BTV Nguyễn Thu Trang dẫn chương trình.", [], [], []],
]);

// "tiếp tục" (goes on) says the holding is current (link-cues.tsv adverb), whatever earlier time the sentence opens with.
edgeTable("a holding told to go on is current, also after 'Trước đó'", [
  [
    "Ông Lê Văn Tâm được bầu làm Chủ tịch UBND tỉnh Hà Nam. Trước đó, bà Đỗ Thị Hạnh tiếp tục được đảm nhận chức Chủ tịch HĐND tỉnh Hà Nam.",
    ["Lê Văn Tâm | Chủ tịch UBND tỉnh Hà Nam", "Đỗ Thị Hạnh | Chủ tịch HĐND tỉnh Hà Nam"],
    ["Chủ tịch UBND tỉnh Hà Nam | UBND tỉnh Hà Nam", "Chủ tịch HĐND tỉnh Hà Nam | HĐND tỉnh Hà Nam"],
    ["election: Lê Văn Tâm | Chủ tịch UBND tỉnh Hà Nam"],
  ],
  // Without it, the sentence about an earlier time tells a past holding.
  [
    "Ông Lê Văn Tâm được bầu làm Chủ tịch UBND tỉnh Hà Nam. Trước đó, bà Đỗ Thị Hạnh là Chủ tịch HĐND tỉnh Hà Nam.",
    ["Lê Văn Tâm | Chủ tịch UBND tỉnh Hà Nam", "Đỗ Thị Hạnh | Chủ tịch HĐND tỉnh Hà Nam | former"],
    ["Chủ tịch UBND tỉnh Hà Nam | UBND tỉnh Hà Nam", "Chủ tịch HĐND tỉnh Hà Nam | HĐND tỉnh Hà Nam"],
    ["election: Lê Văn Tâm | Chủ tịch UBND tỉnh Hà Nam"],
  ],
]);

// A bare "Đảng ủy" (grammar-words.tsv paragraph-body) is the one Đảng ủy of a unit named before it in its paragraph,
// also the one a chain names with its unit ("Bí thư Đảng ủy, Chủ tịch HĐND phường X"); none when it names two, or when
// the one named is in an earlier paragraph (name-entities.ts paragraphBody).
edgeTable("a bare Đảng ủy after the one of a commune or ward in its paragraph", [
  [
    "Bà Trần Thị Hoa được chỉ định giữ chức Bí thư Đảng ủy, Chủ tịch HĐND phường Tân Định; ông Lý Văn Sơn làm Phó Bí thư Thường trực Đảng ủy.",
    ["Lý Văn Sơn | Phó Bí thư Thường trực Đảng ủy", "Trần Thị Hoa | Bí thư Đảng ủy", "Trần Thị Hoa | Chủ tịch HĐND phường Tân Định"],
    ["Bí thư Đảng ủy | Đảng ủy phường Tân Định", "Chủ tịch HĐND phường Tân Định | HĐND phường Tân Định", "Phó Bí thư Thường trực Đảng ủy | Đảng ủy phường Tân Định"],
    ["appointment: Lý Văn Sơn | Phó Bí thư Thường trực Đảng ủy", "appointment: Trần Thị Hoa | Bí thư Đảng ủy", "appointment: Trần Thị Hoa | Chủ tịch HĐND phường Tân Định"],
  ],
  [
    "Ông Lê Văn An, Bí thư Đảng ủy xã Tân Phú, phát biểu. Ông Trần Bình, Phó Bí thư Đảng ủy, cũng dự.",
    ["Lê Văn An | Bí thư Đảng ủy xã Tân Phú", "Trần Bình | Phó Bí thư Đảng ủy"],
    ["Bí thư Đảng ủy xã Tân Phú | Đảng ủy xã Tân Phú", "Phó Bí thư Đảng ủy | Đảng ủy xã Tân Phú"],
    [],
  ],
  [
    "Ông Lê Văn An, Bí thư Đảng ủy xã Tân Phú, và ông Lê Cường, Bí thư Đảng ủy xã Tân Lập, phát biểu. Ông Trần Bình, Phó Bí thư Đảng ủy, cũng dự.",
    ["Lê Cường | Bí thư Đảng ủy xã Tân Lập", "Lê Văn An | Bí thư Đảng ủy xã Tân Phú", "Trần Bình | Phó Bí thư Đảng ủy"],
    ["Bí thư Đảng ủy xã Tân Lập | Đảng ủy xã Tân Lập", "Bí thư Đảng ủy xã Tân Phú | Đảng ủy xã Tân Phú", "Phó Bí thư Đảng ủy | Đảng ủy"],
    [],
  ],
  [
    "Ông Lê Văn An là Bí thư Đảng ủy xã Tân Phú.\nÔng Trần Bình, Phó Bí thư Đảng ủy, cũng dự.",
    ["Lê Văn An | Bí thư Đảng ủy xã Tân Phú", "Trần Bình | Phó Bí thư Đảng ủy"],
    ["Bí thư Đảng ủy xã Tân Phú | Đảng ủy xã Tân Phú", "Phó Bí thư Đảng ủy | Đảng ủy"],
    [],
  ],
]);

// A clause about a time in a post, a date set off by commas, then the subject ("Khi đang giữ chức T1, vào tháng 5/2019,
// ông X được điều động về làm T2"): the date does not cut the clause from its subject (holds.ts afterDateClause), and
// "đang" there says T1 was held then, not now (tenure.ts clauseTimeAdverb): T1 is former beside the new post.
edgeTable("a time clause, a date between commas, its subject", [
  [
    "Ông Phạm Văn Long dự lễ. Khi đang giữ chức Giám đốc Sở Xây dựng tỉnh Nam Định, vào tháng 5/2019, ông Long được điều động về làm Chủ tịch UBND huyện Hải Hậu.",
    ["Phạm Văn Long | Chủ tịch UBND huyện Hải Hậu", "Phạm Văn Long | Giám đốc Sở Xây dựng tỉnh Nam Định | former"],
    ["Chủ tịch UBND huyện Hải Hậu | UBND huyện Hải Hậu", "Giám đốc Sở Xây dựng tỉnh Nam Định | Sở Xây dựng tỉnh Nam Định"],
    ["appointment: Phạm Văn Long | Chủ tịch UBND huyện Hải Hậu"],
  ],
  [
    "Trong thời gian giữ chức Giám đốc Sở Y tế, năm 2019, ông Lê Văn An đã ký nhiều hợp đồng.",
    ["Lê Văn An | Giám đốc Sở Y tế"],
    ["Giám đốc Sở Y tế | Sở Y tế"],
    [],
  ],
]);

// "Bí thư Đảng ủy, Chủ tịch HĐND phường": the Party committee chained to a ward's body written bare is that ward's, as the
// bare body is found to be (name-entities.ts bareWardJoinedAfter); a commune's bare body stays bare, and so does the
// committee before it.
edgeTable("a bare Đảng ủy chained to a ward's bare body", [
  [
    "Sáng 22/8, Đảng bộ phường Tân Định tổ chức Đại hội. Bà Lê Thị Ngọc giữ chức Bí thư Đảng ủy, Chủ tịch HĐND phường.",
    ["Lê Thị Ngọc | Bí thư Đảng ủy", "Lê Thị Ngọc | Chủ tịch HĐND phường"],
    ["Bí thư Đảng ủy | Đảng ủy phường Tân Định", "Chủ tịch HĐND phường | HĐND phường Tân Định"],
    [],
  ],
  [
    "Sáng 22/8, Đảng bộ xã Tân Phú tổ chức Đại hội. Bà Lê Thị Ngọc giữ chức Bí thư Đảng ủy, Chủ tịch HĐND xã.",
    ["Lê Thị Ngọc | Bí thư Đảng ủy", "Lê Thị Ngọc | Chủ tịch HĐND xã"],
    ["Bí thư Đảng ủy | Đảng ủy", "Chủ tịch HĐND xã | HĐND xã"],
    [],
  ],
]);

// "Bà A được chỉ định giữ chức T1, T2; ông B làm T3; ông C làm T4": the next names' bare verbs go on with the decision
// told of the first holder with "được" (tenure-events.ts parallelDecision), without taking a holder for its decider;
// not after "vẫn" (still) or for a decision that ends a post.
edgeTable("a decision told with 'được', then names with a bare verb", [
  [
    "Bà Trần Thị Hoa được chỉ định giữ chức Bí thư Đảng ủy xã Tân Phú; ông Lý Văn Sơn làm Phó Bí thư Thường trực Đảng ủy; ông Đỗ Văn Hải làm Phó Bí thư, Chủ tịch UBND xã Tân Phú.",
    ["Trần Thị Hoa | Bí thư Đảng ủy xã Tân Phú", "Lý Văn Sơn | Phó Bí thư Thường trực Đảng ủy", "Đỗ Văn Hải | Phó Bí thư", "Đỗ Văn Hải | Chủ tịch UBND xã Tân Phú"],
    ["Bí thư Đảng ủy xã Tân Phú | Đảng ủy xã Tân Phú", "Phó Bí thư Thường trực Đảng ủy | Đảng ủy xã Tân Phú", "Chủ tịch UBND xã Tân Phú | UBND xã Tân Phú"],
    ["appointment: Trần Thị Hoa | Bí thư Đảng ủy xã Tân Phú", "appointment: Lý Văn Sơn | Phó Bí thư Thường trực Đảng ủy", "appointment: Đỗ Văn Hải | Phó Bí thư", "appointment: Đỗ Văn Hải | Chủ tịch UBND xã Tân Phú"],
  ],
  [
    "Ông Lê An được bầu làm Chủ tịch UBND huyện Gia Lâm, ông Trần Bình làm Phó Chủ tịch UBND huyện Gia Lâm.",
    ["Lê An | Chủ tịch UBND huyện Gia Lâm", "Trần Bình | Phó Chủ tịch UBND huyện Gia Lâm"],
    ["Chủ tịch UBND huyện Gia Lâm | UBND huyện Gia Lâm", "Phó Chủ tịch UBND huyện Gia Lâm | UBND huyện Gia Lâm"],
    ["election: Lê An | Chủ tịch UBND huyện Gia Lâm", "election: Trần Bình | Phó Chủ tịch UBND huyện Gia Lâm"],
  ],
  [
    "Ông Lê An được bổ nhiệm làm Giám đốc Sở Y tế, ông Trần Bình vẫn làm Phó Giám đốc Sở Y tế.",
    ["Lê An | Giám đốc Sở Y tế", "Trần Bình | Phó Giám đốc Sở Y tế"],
    ["Giám đốc Sở Y tế | Sở Y tế", "Phó Giám đốc Sở Y tế | Sở Y tế"],
    ["appointment: Lê An | Giám đốc Sở Y tế"],
  ],
  [
    "Ông Lê An được miễn nhiệm chức Giám đốc Sở Y tế, ông Trần Bình làm Phó Giám đốc Sở Y tế.",
    ["Lê An | Giám đốc Sở Y tế | former", "Trần Bình | Phó Giám đốc Sở Y tế"],
    ["Giám đốc Sở Y tế | Sở Y tế", "Phó Giám đốc Sở Y tế | Sở Y tế"],
    ["dismissal: Lê An | Giám đốc Sở Y tế"],
  ],
]);
