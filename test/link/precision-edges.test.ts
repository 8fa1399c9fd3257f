/**
 * Issue 13, wrong edges on business and world news (h/bizprec): made-up sentences in the shapes where a title was given
 * to a person who does not hold it. Each row: the text, the holds (person | post, with the status when it is not plain
 * "current"), the `of` relations (post | body) and the events; a row may expect fewer edges than an annotator would list.
 */
import { edgeTable } from "../helpers";

edgeTable("world news: a foreign head's office named alone (\"Phủ Tổng thống\", \"Phủ Thủ tướng\"; org-heads.tsv bare) is the body of the title before it, not a second title of the name after it", [
  ["Chánh Văn phòng Phủ Tổng thống Choi Min-soo phát biểu.", ["Choi Min-soo | Chánh Văn phòng Phủ Tổng thống"], ["Chánh Văn phòng Phủ Tổng thống | Phủ Tổng thống"], []],
  ["Người phát ngôn Phủ Tổng thống Kim Eun-hye cho biết.", ["Kim Eun-hye | Người phát ngôn Phủ Tổng thống"], ["Người phát ngôn Phủ Tổng thống | Phủ Tổng thống"], []],
  // The country after it stays part of the body; "Phủ Chủ tịch" (a palace in Hà Nội) is no body alone.
  ["Phủ Thủ tướng Lào ra thông báo.", [], [], []],
  ["Tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng tiếp khách.", ["Võ Văn Thưởng | Chủ tịch nước"], ["Chủ tịch nước | Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam"], []],
]);

edgeTable("a list of titled names: a title cut from its own holder by lower-case words is no appositive of the name before it (holds.ts cutFromHolder)", [
  ["Gồm Bộ trưởng Nông nghiệp Park Jae-Min, Bộ trưởng Kinh tế tri thức Lee Min-ho và Bộ trưởng Y tế Chin Soo-Hee.", ["Chin Soo-Hee | Bộ trưởng Y tế", "Park Jae-Min | Bộ trưởng Nông nghiệp"], ["Bộ trưởng Kinh tế | Bộ Kinh tế"], []],
  ["Dự họp có Bộ trưởng Nông nghiệp Trần Văn Nam, Bộ trưởng Phát triển bền vững Nguyễn Văn An và Bộ trưởng Y tế Lê Thị Hoa.", ["Lê Thị Hoa | Bộ trưởng Y tế", "Trần Văn Nam | Bộ trưởng Nông nghiệp"], ["Bộ trưởng Phát triển | Bộ Phát triển", "Bộ trưởng Y tế | Bộ Y tế"], []],
  // A title of the name's own, behind it, stays the name's: with nothing after it, or after a name with no title before it.
  ["Bộ trưởng Nông nghiệp Park Jae-Min, Bộ trưởng Kinh tế, cho biết.", ["Park Jae-Min | Bộ trưởng Kinh tế", "Park Jae-Min | Bộ trưởng Nông nghiệp"], [], []],
  ["Ông Trần Văn Nam, Bộ trưởng Kinh tế cho biết Samsung sẽ đầu tư.", ["Trần Văn Nam | Bộ trưởng Kinh tế"], ["Bộ trưởng Kinh tế | Bộ Kinh tế"], []],
]);

edgeTable("a candidate for a post (\"ứng cử viên\", \"ứng viên\" right before the title; grammar-words.tsv candidate-noun) does not hold it", [
  ["Ứng cử viên Bộ trưởng Quốc phòng John Smith điều trần trước Thượng viện.", [], ["Bộ trưởng Quốc phòng | Bộ Quốc phòng"], []],
  ["Ứng viên Tổng thống Kim Dae-su phát biểu tại Seoul.", [], [], []],
  ["Ông John Smith, ứng cử viên Bộ trưởng Quốc phòng, điều trần.", [], ["Bộ trưởng Quốc phòng | Bộ Quốc phòng"], []],
  // Without it, the title before the name is the name's.
  ["Tổng thống Kim Dae-su phát biểu tại Seoul.", ["Kim Dae-su | Tổng thống"], [], []],
]);

edgeTable("business news: two foreign words of a brand after a title, before a Vietnamese full name, are no part of the name (persons.ts twoWordBrandBeforeName)", [
  // The holder is no "Petro Vietnam Nguyễn Quốc Khánh": the edge is left out rather than given to a made-up name.
  ["Chủ tịch Petro Vietnam Nguyễn Văn Khánh phát biểu.", [], [], []],
  ["Tổng giám đốc Vina Capital Nguyễn Văn An cho biết.", [], [], []],
  // A foreign given name before a Vietnamese surname stays one name.
  ["Chủ tịch Johnathan Hạnh Nguyễn phát biểu.", ["Johnathan Hạnh Nguyễn | Chủ tịch"], [], []],
]);

edgeTable("business news: two Vietnamese syllables right after a company's board written alone (\"HĐQT\", \"Hội đồng thành viên\"; office-rules.tsv unit_of) are the company's name, no holder (persons.ts nameOfBoardsCompany)", [
  ["Chủ tịch HĐQT Hà Đô cho biết lợi nhuận giảm.", [], ["Chủ tịch HĐQT | HĐQT"], []],
  ["Ông Trần Văn Minh, Chủ tịch HĐQT Phú Đức, cho biết.", ["Trần Văn Minh | Chủ tịch HĐQT"], ["Chủ tịch HĐQT | HĐQT"], []],
  // A full name of three syllables is the holder's.
  ["Chủ tịch HĐQT Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Chủ tịch HĐQT"], ["Chủ tịch HĐQT | HĐQT"], []],
]);

edgeTable("a second clause \"…, B làm T2\" whose name no recognizer read gives T2 to no one, not to the sentence's first name (holds.ts unreadNameBefore)", [
  ["Ông Park Min-ho thông báo chỉ định Kim Dae-su làm Thủ tướng, Lee Min-ho làm Chánh Văn phòng Phủ Tổng thống.", ["Kim Dae-su | Thủ tướng"], ["Chánh Văn phòng Phủ Tổng thống | Phủ Tổng thống", "Thủ tướng | Chính phủ"], ["appointment: Kim Dae-su | Thủ tướng"]],
  ["Ông Park Min-ho thông báo chỉ định Kim Dae-su làm Thủ tướng và Lee Min-ho làm Bộ trưởng Quốc phòng.", ["Kim Dae-su | Thủ tướng"], ["Bộ trưởng Quốc phòng | Bộ Quốc phòng", "Thủ tướng | Chính phủ"], ["appointment: Kim Dae-su | Thủ tướng"]],
  // A place read before the verb is no name: the title stays the subject's.
  ["Ông Nguyễn Văn An sinh năm 1970, quê Hà Tĩnh, Nghệ An làm Giám đốc Sở Y tế.", ["Nguyễn Văn An | Giám đốc Sở Y tế"], ["Giám đốc Sở Y tế | Sở Y tế"], []],
]);
