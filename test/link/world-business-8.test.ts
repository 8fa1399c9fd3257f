/**
 * Issue 13, world and business news, the shapes h/world8 found on real excerpts of other outlets (made-up sentences of
 * the same shapes). Each row: the text, the holds (person | post, with the status when it is not plain "current"), the
 * `of` relations (post | body) and the events; a row may expect fewer edges than an annotator would list.
 */
import { edgeTable } from "../helpers";

edgeTable("business news: \"sẽ tiếp tục\" (will go on) before a post is a holding that goes on, not one to come (link-cues.tsv)", [
  ["Ông Trần Văn Bình sẽ tiếp tục là thành viên Hội đồng Quản trị FPT.", ["Trần Văn Bình | thành viên Hội đồng Quản trị FPT"], ["thành viên Hội đồng Quản trị FPT | Hội đồng Quản trị Tập đoàn FPT"], []],
  ["Ông Lê Văn Nam sẽ tiếp tục giữ chức Tổng giám đốc Công ty Hòa Phát đến hết năm.", ["Lê Văn Nam | Tổng giám đốc Công ty Hòa Phát"], ["Tổng giám đốc Công ty Hòa Phát | Công ty Hòa Phát"], []],
  // "sẽ" alone still says the post is to come.
  ["Ông Lê Văn Nam sẽ là Tổng giám đốc Công ty Hòa Phát.", ["Lê Văn Nam | Tổng giám đốc Công ty Hòa Phát | incoming"], ["Tổng giám đốc Công ty Hòa Phát | Công ty Hòa Phát"], []],
]);

edgeTable("world news: a foreign envoy's title after \"tiếp\"/\"gặp\" and a subject, then \", ông\" and a foreign name: the name is its holder (holds.ts objectNotAppositive)", [
  ["Ông Nguyễn Văn An đã tiếp Đại sứ Nhật Bản tại Việt Nam, ông Yamada Takio đến chào.", ["Yamada Takio | Đại sứ Nhật Bản tại Việt Nam"], ["Đại sứ Nhật Bản tại Việt Nam | Đại sứ quán Nhật Bản tại Việt Nam"], []],
  ["Phó Chủ tịch UBND thành phố Lê Văn Bình gặp Tổng Lãnh sự Pháp tại TPHCM, bà Emmanuelle Pavillon-Grosser đến chào xã giao.", ["Emmanuelle Pavillon-Grosser | Tổng Lãnh sự Pháp tại TPHCM", "Lê Văn Bình | Phó Chủ tịch UBND thành phố"], ["Phó Chủ tịch UBND thành phố | UBND thành phố Hồ Chí Minh", "Tổng Lãnh sự Pháp tại TPHCM | Tổng Lãnh sự quán Pháp tại Thành phố Hồ Chí Minh"], []],
  // No subject before the object word: the name after the comma begins the main clause (no edge).
  ["Trong cuộc gặp với Thủ tướng Nhật Bản, ông Donald Trump cho biết như vậy.", [], ["Thủ tướng Nhật Bản | Chính phủ Nhật Bản"], []],
  // A Vietnamese name after a foreign office, or a Vietnamese office: someone else.
  ["Chủ tịch nước đã tiếp Đại sứ Lào, ông Nguyễn Văn Cường cho biết.", [], ["Chủ tịch nước | Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Đại sứ Lào | Đại sứ quán Lào"], []],
  ["Ông Lê Văn Hải làm việc với Bộ trưởng Bộ Y tế, ông Trần Văn Thuấn đề nghị hỗ trợ.", [], ["Bộ trưởng Bộ Y tế | Bộ Y tế"], []],
]);

edgeTable("business news: the one replaced (\"thay ông B\", \"từ người tiền nhiệm B\") held the title before it, also across its term and dated tenure (successions.ts titleEndingAt; link-cues.tsv, org-name-words.tsv)", [
  ["Bà Nguyễn Thị Mai được bầu làm Chủ tịch HĐQT Eximbank nhiệm kỳ VI (2015 - 2020) thay ông Lê Văn Quốc.", ["Lê Văn Quốc | Chủ tịch HĐQT Eximbank | former", "Nguyễn Thị Mai | Chủ tịch HĐQT Eximbank | former"], ["Chủ tịch HĐQT Eximbank | HĐQT Ngân hàng Thương mại Cổ phần Xuất Nhập khẩu Việt Nam"], ["election: Nguyễn Thị Mai | Chủ tịch HĐQT Eximbank"]],
  ["Bà Nguyễn Thị Mai giữ chức Chủ tịch HĐQT Ngân hàng ABC nhiệm kỳ 2023 - 2028 thay ông Lê Văn Quốc.", ["Lê Văn Quốc | Chủ tịch HĐQT Ngân hàng ABC | former", "Nguyễn Thị Mai | Chủ tịch HĐQT Ngân hàng ABC"], ["Chủ tịch HĐQT Ngân hàng ABC | HĐQT Ngân hàng ABC"], []],
  // "thay" ends a company's name written before it.
  ["Bà Nguyễn Thị Mai giữ chức Chủ tịch HĐQT Ngân hàng ABC thay ông Lê Văn Quốc.", ["Lê Văn Quốc | Chủ tịch HĐQT Ngân hàng ABC | former", "Nguyễn Thị Mai | Chủ tịch HĐQT Ngân hàng ABC"], ["Chủ tịch HĐQT Ngân hàng ABC | HĐQT Ngân hàng ABC"], []],
  ["Ông Trần Văn Hùng làm Tổng giám đốc Công ty Sông Đà thay thế ông Lê Văn Quốc.", ["Lê Văn Quốc | Tổng giám đốc Công ty Sông Đà | former", "Trần Văn Hùng | Tổng giám đốc Công ty Sông Đà"], ["Tổng giám đốc Công ty Sông Đà | Công ty Sông Đà"], []],
  ["Ông Lê Văn Thông đảm nhiệm cương vị CEO tại PNJ từ năm 2018, kế nhiệm bà Cao Thị Ngọc Dung.", ["Cao Thị Ngọc Dung | CEO | former", "Lê Văn Thông | CEO"], ["CEO | Công ty Cổ phần Vàng bạc Đá quý Phú Nhuận"], []],
  ["Tháng 2/2011, ông Trương Văn An tiếp quản chức vụ Tổng giám đốc FPT từ người tiền nhiệm Nguyễn Thành Nam.", ["Nguyễn Thành Nam | Tổng giám đốc FPT | former", "Trương Văn An | Tổng giám đốc FPT"], ["Tổng giám đốc FPT | Tập đoàn FPT"], []],
]);

edgeTable("world news: a ministry of another cabinet whose fields run past a Vietnamese ministry's name (\"Ngoại giao và Hợp tác quốc tế\", \"Ngoại giao và Thương mại\") before the country: that country's ministry, its holder the name after it (portfolios.ts)", [
  ["Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia Prak Sokhonn cho biết.", ["Prak Sokhonn | Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia"], ["Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia | Bộ Ngoại giao và Hợp tác quốc tế Campuchia"], []],
  ["Bộ trưởng Ngoại giao và Kinh tế đối ngoại Hungary Szijjártó Péter cho biết.", ["Szijjártó Péter | Bộ trưởng Ngoại giao và Kinh tế đối ngoại Hungary"], ["Bộ trưởng Ngoại giao và Kinh tế đối ngoại Hungary | Bộ Ngoại giao và Kinh tế đối ngoại Hungary"], []],
  ["Phó thủ tướng, Bộ trưởng Bộ Ngoại giao và Hợp tác quốc tế Campuchia Sok Chenda Sophea cho biết.", ["Sok Chenda Sophea | Bộ trưởng Bộ Ngoại giao và Hợp tác quốc tế Campuchia", "Sok Chenda Sophea | Phó thủ tướng"], ["Bộ trưởng Bộ Ngoại giao và Hợp tác quốc tế Campuchia | Bộ Ngoại giao và Hợp tác quốc tế Campuchia", "Phó thủ tướng | Chính phủ Campuchia"], []],
  // No country after the fields: Việt Nam's ministry; two ministries joined by "và" stay two.
  ["Bộ trưởng Ngoại giao và Thương mại Bùi Văn An cho biết.", [], ["Bộ trưởng Ngoại giao | Bộ Ngoại giao"], []],
  ["Bộ Công Thương và Bộ Tài chính Lào ký kết.", [], [], []],
]);

edgeTable("business news: a bare board (\"thành viên HĐQT\") is the board of the one company or bank its sentence names (context-bodies.ts onlyBoardParent)", [
  ["Bà Trần Thị Hoa - thành viên hội đồng quản trị - giữ chức vụ chủ tịch hội đồng quản trị Eximbank.", ["Trần Thị Hoa | chủ tịch hội đồng quản trị Eximbank", "Trần Thị Hoa | thành viên hội đồng quản trị"], ["chủ tịch hội đồng quản trị Eximbank | hội đồng quản trị Ngân hàng Thương mại Cổ phần Xuất Nhập khẩu Việt Nam", "thành viên hội đồng quản trị | hội đồng quản trị Ngân hàng Thương mại Cổ phần Xuất Nhập khẩu Việt Nam"], []],
  ["Ông Lê Văn Hùng, thành viên HĐQT, được bầu làm Chủ tịch HĐQT Vietcombank.", ["Lê Văn Hùng | Chủ tịch HĐQT Vietcombank", "Lê Văn Hùng | thành viên HĐQT"], ["Chủ tịch HĐQT Vietcombank | HĐQT Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam", "thành viên HĐQT | HĐQT Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], ["election: Lê Văn Hùng | Chủ tịch HĐQT Vietcombank"]],
  // Another body in the sentence, or two companies: the bare board stays bare.
  ["Bộ Tài chính cho biết ông Lê Văn Hùng, thành viên HĐQT, đã làm việc với Vietcombank.", ["Lê Văn Hùng | thành viên HĐQT"], ["thành viên HĐQT | HĐQT"], []],
  ["Ông Lê Văn Hùng, thành viên HĐQT, được bầu làm Chủ tịch HĐQT Vietcombank và Chủ tịch HĐQT Vietinbank.", ["Lê Văn Hùng | Chủ tịch HĐQT Vietcombank", "Lê Văn Hùng | Chủ tịch HĐQT Vietinbank", "Lê Văn Hùng | thành viên HĐQT"], ["Chủ tịch HĐQT Vietcombank | HĐQT Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam", "Chủ tịch HĐQT Vietinbank | HĐQT Ngân hàng Thương mại Cổ phần Công Thương Việt Nam", "thành viên HĐQT | HĐQT"], ["election: Lê Văn Hùng | Chủ tịch HĐQT Vietcombank", "election: Lê Văn Hùng | Chủ tịch HĐQT Vietinbank"]],
]);

edgeTable("world news: a career list after \"nhiều vị trí chủ chốt/quan trọng như\" (key, important posts) is the subject's, held before (link-cues.tsv)", [
  ["Ông Park Min-soo từng giữ nhiều vị trí chủ chốt như Công sứ Hàn Quốc tại Nhật Bản.", ["Park Min-soo | Công sứ Hàn Quốc | former"], [], []],
  ["Ông Nguyễn Văn An từng đảm nhận nhiều vị trí quan trọng như Giám đốc Sở Y tế, Phó Chủ tịch UBND tỉnh.", ["Nguyễn Văn An | Giám đốc Sở Y tế | former", "Nguyễn Văn An | Phó Chủ tịch UBND tỉnh | former"], ["Giám đốc Sở Y tế | Sở Y tế", "Phó Chủ tịch UBND tỉnh | UBND tỉnh"], []],
]);

edgeTable("business news: \"công ty\", \"tập đoàn\" in lower case after a title, then punctuation, is the company named around it (grammar-words.tsv referent; context-bodies.ts endsBare)", [
  ["HĐQT Công ty Hòa Phát bổ nhiệm ông Trần Tiến Thanh - hiện là Phó tổng giám đốc công ty - giữ chức vụ Tổng giám đốc.", ["Trần Tiến Thanh | Phó tổng giám đốc", "Trần Tiến Thanh | Tổng giám đốc"], ["Phó tổng giám đốc | Công ty Hòa Phát", "Tổng giám đốc | Công ty Hòa Phát"], ["appointment: Trần Tiến Thanh | Tổng giám đốc"]],
  // No company before it: no body.
  ["Ông Lê Văn Tám, Giám đốc công ty, cho biết Công ty Minh Long sẽ mở rộng.", ["Lê Văn Tám | Giám đốc"], [], []],
]);

edgeTable("world news: a foreigner's bare head title takes the one international body the sentence names before it, wherever the sentence opens (context-bodies.ts)", [
  ["Ngày 29/8, người phát ngôn Quỹ Tiền tệ quốc tế (IMF) cho biết Tổng giám đốc Kristalina Georgieva sẽ thăm Hà Nội.", ["Kristalina Georgieva | Tổng giám đốc"], ["người phát ngôn Quỹ Tiền tệ quốc tế | Quỹ Tiền tệ Quốc tế", "Tổng giám đốc | Quỹ Tiền tệ Quốc tế"], []],
  // (Two bodies named before it: none is taken.)
  ["Theo WHO và IMF, Tổng giám đốc Anna Schmidt sẽ tới Hà Nội.", ["Anna Schmidt | Tổng giám đốc"], [], []],
]);
