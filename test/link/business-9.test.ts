/**
 * Issue 13, business news, the shapes h/biz9 found on real excerpts of other outlets (made-up sentences of the same
 * shapes). Each row: the text, the holds (person | post, with the status when it is not plain "current"), the `of`
 * relations (post | body) and the events; a row may expect fewer edges than an annotator would list.
 */
import { edgeTable } from "../helpers";

edgeTable("business news: a board written alone in a sentence that names no other body is the board of the one company or bank of the sentence before it, in the same paragraph (context-bodies.ts onlyBoardParent)", [
  ["Tháng 3/2018, Ngân hàng Sông Hồng đã thay đổi vị trí tổng giám đốc. Vị trí này sau đó được ông Trần Văn Bình, Phó chủ tịch HĐQT, đảm nhiệm.", ["Trần Văn Bình | Phó chủ tịch HĐQT"], ["Phó chủ tịch HĐQT | HĐQT Ngân hàng Sông Hồng"], []],
  ["HĐQT Vietcombank vừa họp phiên bất thường. Ông Nguyễn Văn An được bầu làm Chủ tịch HĐQT.", ["Nguyễn Văn An | Chủ tịch HĐQT"], ["Chủ tịch HĐQT | HĐQT Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], ["election: Nguyễn Văn An | Chủ tịch HĐQT"]],
  ["Công ty Cổ phần Tập đoàn Hòa Phát vừa công bố nghị quyết. Theo đó, bà Nguyễn Thị Bình, thành viên HĐQT, từ nhiệm.", ["Nguyễn Thị Bình | thành viên HĐQT | former"], ["thành viên HĐQT | HĐQT Công ty Cổ phần Tập đoàn Hòa Phát"], ["resignation: Nguyễn Thị Bình | thành viên HĐQT"]],
  // Two bodies in the sentence before, another body reporting it, or a new paragraph: the board stays bare.
  ["Vietcombank và Công ty Hòa Phát vừa họp. Ông Nguyễn Văn An được bầu làm Chủ tịch HĐQT.", ["Nguyễn Văn An | Chủ tịch HĐQT"], ["Chủ tịch HĐQT | HĐQT"], ["election: Nguyễn Văn An | Chủ tịch HĐQT"]],
  ["Bộ Tài chính cho biết Vietcombank đã họp. Ông Nguyễn Văn An được bầu làm Chủ tịch HĐQT.", ["Nguyễn Văn An | Chủ tịch HĐQT"], ["Chủ tịch HĐQT | HĐQT"], ["election: Nguyễn Văn An | Chủ tịch HĐQT"]],
  ["HĐQT Vietcombank vừa họp phiên bất thường.\nÔng Nguyễn Văn An được bầu làm Chủ tịch HĐQT.", ["Nguyễn Văn An | Chủ tịch HĐQT"], ["Chủ tịch HĐQT | HĐQT"], ["election: Nguyễn Văn An | Chủ tịch HĐQT"]],
]);

edgeTable("business news: a bank or company the gazetteer does not know, named by its head word (\"Ngân hàng Quốc Dân\"), is the company a bare board of its sentence belongs to (context-bodies.ts namesBusiness)", [
  ["Ngân hàng Quốc Dân cũng thay đổi nhân sự khi chủ tịch Hội đồng quản trị là ông Lê Văn Hưng nghỉ hưu.", ["Lê Văn Hưng | chủ tịch Hội đồng quản trị | former"], ["chủ tịch Hội đồng quản trị | Hội đồng quản trị Ngân hàng Quốc Dân"], ["retirement: Lê Văn Hưng | chủ tịch Hội đồng quản trị"]],
]);

edgeTable("business news: \"ngân hàng\" in lower case right after a bare title is the bank named around it (grammar-words.tsv referent; context-bodies.ts endsBare)", [
  ["Tháng 1/2017, Ngân hàng Sông Hồng đã có sự thay đổi khi ông Lê Văn Công rời ghế Tổng giám đốc để chuyển sang vị trí Phó chủ tịch ngân hàng.", ["Lê Văn Công | Phó chủ tịch", "Lê Văn Công | Tổng giám đốc | former"], ["Phó chủ tịch | Ngân hàng Sông Hồng"], []],
  ["Tại ACB, ông Lê Văn Hùng hiện là Phó tổng giám đốc ngân hàng, cho biết.", ["Lê Văn Hùng | Phó tổng giám đốc"], ["Phó tổng giám đốc | Ngân hàng Thương mại Cổ phần Á Châu"], []],
  // (No bank named around it: no body.)
  ["Ông Lê Văn Hùng, Phó tổng giám đốc ngân hàng, cho biết lãi suất sẽ giảm.", ["Lê Văn Hùng | Phó tổng giám đốc"], [], []],
]);

edgeTable("business news: a career list after \"trải qua / kinh qua các chức vụ như\" and after \"kiêm nhiệm (thêm) các vị trí\" is the subject's (link-cues.tsv holds)", [
  ["Ông Lê Văn Hải sinh năm 1970. Ông Hải đã trải qua các chức vụ như: Chủ tịch HĐTV, Tổng Giám đốc Công ty Cơ khí Sông Hồng.", ["Lê Văn Hải | Chủ tịch HĐTV", "Lê Văn Hải | Tổng Giám đốc Công ty Cơ khí Sông Hồng"], ["Chủ tịch HĐTV | HĐTV Công ty Cơ khí Sông Hồng", "Tổng Giám đốc Công ty Cơ khí Sông Hồng | Công ty Cơ khí Sông Hồng"], []],
  ["Từ năm 2016, ông Lê Văn Hải kiêm nhiệm thêm các vị trí Chủ tịch HĐQT Công ty Cổ phần Sông Đà 5, Ủy viên Ban Thường vụ Đảng ủy Tập đoàn.", ["Lê Văn Hải | Chủ tịch HĐQT Công ty Cổ phần Sông Đà 5", "Lê Văn Hải | Ủy viên Ban Thường vụ Đảng ủy Tập đoàn"], ["Chủ tịch HĐQT Công ty Cổ phần Sông Đà 5 | HĐQT Công ty Cổ phần Sông Đà 5", "Ủy viên Ban Thường vụ Đảng ủy Tập đoàn | Ban Thường vụ Đảng ủy Tập đoàn"], []],
]);

edgeTable("business news: \"(chấp thuận) đơn từ nhiệm / đơn xin từ chức của ông X, T\" is X's resignation from T (personnel-events.tsv)", [
  ["HĐQT Ngân hàng Sông Hồng đã chấp thuận đơn từ nhiệm của ông Nguyễn Văn An, thành viên HĐQT độc lập.", ["Nguyễn Văn An | thành viên HĐQT độc lập | former"], ["thành viên HĐQT độc lập | HĐQT Ngân hàng Sông Hồng"], ["resignation: Nguyễn Văn An | thành viên HĐQT độc lập"]],
  ["Bộ Tài chính đã chấp thuận đơn xin từ chức của ông Nguyễn Văn An, Tổng giám đốc Tập đoàn Sông Đà.", ["Nguyễn Văn An | Tổng giám đốc Tập đoàn Sông Đà | former"], ["Tổng giám đốc Tập đoàn Sông Đà | Tập đoàn Sông Đà"], ["resignation: Nguyễn Văn An | Tổng giám đốc Tập đoàn Sông Đà"]],
]);

edgeTable("business news: a company's unit after a title that holds its head word (\"Trưởng Ban Kiểm soát ACB\") is named by the company's full name, so its two spellings are one body and one post (positions.ts elidedOrg)", [
  ["Ông Lê Văn An, Trưởng Ban Kiểm soát ACB, cho biết.", ["Lê Văn An | Trưởng Ban Kiểm soát ACB"], ["Trưởng Ban Kiểm soát ACB | Ban Kiểm soát Ngân hàng Thương mại Cổ phần Á Châu"], []],
  ["Bà Lê Thị Hoa, Trưởng Ban Kiểm soát Ngân hàng TMCP Á Châu, cho biết. Bà Lê Thị Hoa, Trưởng Ban Kiểm soát ACB, nói thêm.", ["Lê Thị Hoa | Trưởng Ban Kiểm soát Ngân hàng TMCP Á Châu"], ["Trưởng Ban Kiểm soát Ngân hàng TMCP Á Châu | Ban Kiểm soát Ngân hàng Thương mại Cổ phần Á Châu"], []],
]);

edgeTable("business news: \"về hưu\" after a titled name opening a \"khi\" clause is the retirement (the adverb \"về\" is the event word's first syllable; tenure-events.ts eventsAfterTitles)", [
  ["Khi Tổng Giám đốc Lê Văn Thịnh về hưu, ông Phạm Văn Thắng được bổ nhiệm làm Tổng Giám đốc Tập đoàn Sông Đà.", ["Lê Văn Thịnh | Tổng Giám đốc | former", "Phạm Văn Thắng | Tổng Giám đốc Tập đoàn Sông Đà"], ["Tổng Giám đốc Tập đoàn Sông Đà | Tập đoàn Sông Đà"], ["appointment: Phạm Văn Thắng | Tổng Giám đốc Tập đoàn Sông Đà", "retirement: Lê Văn Thịnh | Tổng Giám đốc"]],
]);

edgeTable("business news: a step of the holder's own after a title set off by dashes (\"ông X - T - vừa có đơn xin từ nhiệm\") is X's step out of T (tenure-events.ts AFTER_TITLE; personnel-events.tsv)", [
  ["Ông Nguyễn Văn An - thành viên HĐQT độc lập Ngân hàng Sông Hồng - vừa có đơn xin từ nhiệm.", ["Nguyễn Văn An | thành viên HĐQT độc lập Ngân hàng Sông Hồng | former"], ["thành viên HĐQT độc lập Ngân hàng Sông Hồng | HĐQT Ngân hàng Sông Hồng"], ["resignation: Nguyễn Văn An | thành viên HĐQT độc lập Ngân hàng Sông Hồng"]],
  ["Ông Nguyễn Văn An - Giám đốc Sở Y tế - đã nộp đơn xin từ chức.", ["Nguyễn Văn An | Giám đốc Sở Y tế | former"], ["Giám đốc Sở Y tế | Sở Y tế"], ["resignation: Nguyễn Văn An | Giám đốc Sở Y tế"]],
]);

edgeTable("business news: \"miễn nhiệm ông X khỏi chức vụ / vị trí T\" names the post X is taken out of (link-cues.tsv holds)", [
  ["HĐQT Ngân hàng Sông Hồng đã miễn nhiệm ông Lê Văn Bình khỏi chức vụ Tổng giám đốc.", ["Lê Văn Bình | Tổng giám đốc | former"], ["Tổng giám đốc | Ngân hàng Sông Hồng"], ["dismissal: Lê Văn Bình | Tổng giám đốc"]],
  ["HĐQT Ngân hàng Sông Hồng đã miễn nhiệm ông Lê Văn Bình khỏi vị trí Phó Tổng giám đốc.", ["Lê Văn Bình | Phó Tổng giám đốc | former"], ["Phó Tổng giám đốc | Ngân hàng Sông Hồng"], ["dismissal: Lê Văn Bình | Phó Tổng giám đốc"]],
]);

edgeTable("business news: the term a counted title's list is elected for (\"nhiệm kỳ 2023-2028\", \"nhiệm kỳ mới\") stands between the title and its list word (holds.ts datedTermEnd)", [
  ["Cổ đông đã bầu 7 thành viên HĐQT nhiệm kỳ 2023-2028 gồm ông Lê Văn An, bà Trần Thị Bình và ông Phạm Văn Cường.", ["Lê Văn An | thành viên HĐQT", "Phạm Văn Cường | thành viên HĐQT", "Trần Thị Bình | thành viên HĐQT"], ["thành viên HĐQT | HĐQT"], ["election: Lê Văn An | thành viên HĐQT", "election: Phạm Văn Cường | thành viên HĐQT", "election: Trần Thị Bình | thành viên HĐQT"]],
  ["Tại đại hội, cổ đông đã bầu 5 thành viên HĐQT nhiệm kỳ mới, gồm ông Lê Văn An và bà Trần Thị Bình.", ["Lê Văn An | thành viên HĐQT", "Trần Thị Bình | thành viên HĐQT"], ["thành viên HĐQT | HĐQT"], ["election: Lê Văn An | thành viên HĐQT", "election: Trần Thị Bình | thành viên HĐQT"]],
]);
