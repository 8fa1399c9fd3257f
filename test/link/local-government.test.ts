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
