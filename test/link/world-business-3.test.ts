/**
 * Issue 13, world and business news, the shapes h/world and h/world2 left (see world-business.test.ts and
 * world-business-2.test.ts): made-up sentences in the shapes Vietnamese outlets use for envoys to international
 * bodies, heads of international bodies, appositives after a foreign name, company boards and foreign parties.
 * Each row: the text, the holds (person | post, with the status when it is not plain "current"), the `of` relations
 * (post | body) and the events. A wrong edge is worse than a missing one, so a row may expect fewer edges than an
 * annotator would list; "người đồng cấp" (a counterpart) gives no edge the conventions do not decide.
 */
import { edgeTable } from "../helpers";

edgeTable("world news: an ambassador to an international body heads the country's standing mission there", [
  ["Đại sứ Việt Nam tại Liên hợp quốc Đặng Hoàng Giang phát biểu.", ["Đặng Hoàng Giang | Đại sứ Việt Nam tại Liên hợp quốc"], ["Đại sứ Việt Nam tại Liên hợp quốc | Phái đoàn thường trực Việt Nam tại Liên hợp quốc"], []],
  ["Ông Đặng Hoàng Giang, Đại sứ Việt Nam tại Liên hợp quốc, cho biết.", ["Đặng Hoàng Giang | Đại sứ Việt Nam tại Liên hợp quốc"], ["Đại sứ Việt Nam tại Liên hợp quốc | Phái đoàn thường trực Việt Nam tại Liên hợp quốc"], []],
  ["Đại sứ Việt Nam tại ASEAN Nguyễn Hải Bằng cho biết.", ["Nguyễn Hải Bằng | Đại sứ Việt Nam tại ASEAN"], ["Đại sứ Việt Nam tại ASEAN | Phái đoàn thường trực Việt Nam tại Hiệp hội các quốc gia Đông Nam Á"], []],
  ["Đại sứ Việt Nam tại LHQ Đặng Hoàng Giang phát biểu.", ["Đặng Hoàng Giang | Đại sứ Việt Nam tại LHQ"], ["Đại sứ Việt Nam tại LHQ | Phái đoàn thường trực Việt Nam tại Liên hợp quốc"], []],
  ["Đại sứ Mỹ tại Liên hợp quốc Linda Thomas-Greenfield cho biết.", ["Linda Thomas-Greenfield | Đại sứ Mỹ tại Liên hợp quốc"], ["Đại sứ Mỹ tại Liên hợp quốc | Phái đoàn thường trực Mỹ tại Liên hợp quốc"], []],
  ["Bà Linda Thomas-Greenfield, Đại sứ Mỹ tại Liên hợp quốc, cho biết.", ["Linda Thomas-Greenfield | Đại sứ Mỹ tại Liên hợp quốc"], ["Đại sứ Mỹ tại Liên hợp quốc | Phái đoàn thường trực Mỹ tại Liên hợp quốc"], []],
  ["Đại sứ Nga tại Liên hợp quốc Vassily Nebenzia phản đối.", ["Vassily Nebenzia | Đại sứ Nga tại Liên hợp quốc"], ["Đại sứ Nga tại Liên hợp quốc | Phái đoàn thường trực Nga tại Liên hợp quốc"], []],
  ["Đại sứ Việt Nam tại Liên minh châu Âu Nguyễn Văn Thảo cho biết.", ["Nguyễn Văn Thảo | Đại sứ Việt Nam tại Liên minh châu Âu"], ["Đại sứ Việt Nam tại Liên minh châu Âu | Phái đoàn thường trực Việt Nam tại Liên minh châu Âu"], []],
  ["Đại sứ Việt Nam tại Liên hợp quốc phát biểu tại phiên họp.", [], ["Đại sứ Việt Nam tại Liên hợp quốc | Phái đoàn thường trực Việt Nam tại Liên hợp quốc"], []],
  ["Đại sứ Mỹ tại Liên hợp quốc Linda Thomas-Greenfield và Đại sứ Nga Vassily Nebenzia tranh luận.", ["Linda Thomas-Greenfield | Đại sứ Mỹ tại Liên hợp quốc", "Vassily Nebenzia | Đại sứ Nga"], ["Đại sứ Mỹ tại Liên hợp quốc | Phái đoàn thường trực Mỹ tại Liên hợp quốc", "Đại sứ Nga | Đại sứ quán Nga"], []],
  // An embassy in a country is still the ambassador's body.
  ["Đại sứ Việt Nam tại Pháp Đinh Toàn Thắng dự lễ.", ["Đinh Toàn Thắng | Đại sứ Việt Nam tại Pháp"], ["Đại sứ Việt Nam tại Pháp | Đại sứ quán Việt Nam tại Pháp"], []],
  ["Đại sứ Trung Quốc tại Việt Nam Hùng Ba cho biết.", ["Hùng Ba | Đại sứ Trung Quốc tại Việt Nam"], ["Đại sứ Trung Quốc tại Việt Nam | Đại sứ quán Trung Quốc tại Việt Nam"], []],
  ["Đại sứ Đặng Hoàng Giang, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc, phát biểu.", ["Đặng Hoàng Giang | Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc", "Đặng Hoàng Giang | Đại sứ"], ["Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc | Phái đoàn thường trực Việt Nam tại Liên hợp quốc"], []],
]);

edgeTable("business news: a founder's or a CEO's title said of a person, then a company's one-word name that ends the clause", [
  ["Ông Jeff Bezos, nhà sáng lập Amazon, cho biết.", ["Jeff Bezos | nhà sáng lập Amazon"], ["nhà sáng lập Amazon | Amazon"], []],
  ["Ông Jeff Bezos là nhà sáng lập Amazon.", ["Jeff Bezos | nhà sáng lập Amazon"], ["nhà sáng lập Amazon | Amazon"], []],
  ["Ông Elon Musk - nhà sáng lập SpaceX - cho biết.", ["Elon Musk | nhà sáng lập SpaceX"], ["nhà sáng lập SpaceX | SpaceX"], []],
  ["Ông Reed Hastings, đồng sáng lập Netflix, cho biết.", ["Reed Hastings | đồng sáng lập Netflix"], ["đồng sáng lập Netflix | Netflix"], []],
  ["Ông Andy Jassy, CEO Amazon, cho biết.", ["Andy Jassy | CEO Amazon"], ["CEO Amazon | Amazon"], []],
  ["Ông Sundar Pichai, CEO của Alphabet, cho biết.", ["Sundar Pichai | CEO của Alphabet"], ["CEO của Alphabet | Alphabet"], []],
  ["Bà Rosalind Brewer, Giám đốc điều hành của Walgreens, từ chức.", ["Rosalind Brewer | Giám đốc điều hành của Walgreens | former"], ["Giám đốc điều hành của Walgreens | Walgreens"], ["resignation: Rosalind Brewer | Giám đốc điều hành của Walgreens"]],
  ["Ông Mark Zuckerberg, nhà sáng lập kiêm CEO của Meta, cho biết.", ["Mark Zuckerberg | CEO của Meta", "Mark Zuckerberg | nhà sáng lập"], ["CEO của Meta | Meta"], []],
  // The last word of a name written before is that person ("CEO Musk"), no company; a lower-case body names none.
  ["Ông Elon Musk cho biết. Người giàu nhất là CEO Musk.", ["Elon Musk | CEO"], [], []],
  ["Ông Trần Văn Bình, Tổng Giám đốc của công ty, cho biết.", ["Trần Văn Bình | Tổng Giám đốc"], [], []],
]);

edgeTable("business news: an independent board member (\"độc lập\" after the board, then its company)", [
  ["Ông Nguyễn Văn An, thành viên HĐQT độc lập Vietcombank, cho biết.", ["Nguyễn Văn An | thành viên HĐQT độc lập Vietcombank"], ["thành viên HĐQT độc lập Vietcombank | HĐQT Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], []],
  ["Thành viên HĐQT độc lập Ngân hàng TMCP Á Châu Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Thành viên HĐQT độc lập Ngân hàng TMCP Á Châu"], ["Thành viên HĐQT độc lập Ngân hàng TMCP Á Châu | HĐQT Ngân hàng Thương mại Cổ phần Á Châu"], []],
  ["Ông Nguyễn Văn An là thành viên HĐQT độc lập của Công ty CP Sông Đà.", ["Nguyễn Văn An | thành viên HĐQT độc lập của Công ty CP Sông Đà"], ["thành viên HĐQT độc lập của Công ty CP Sông Đà | HĐQT Công ty CP Sông Đà"], []],
  ["Bà Lê Thị Hoa, thành viên độc lập HĐQT Vinamilk, cho biết.", ["Lê Thị Hoa | thành viên độc lập HĐQT Vinamilk"], ["thành viên độc lập HĐQT Vinamilk | HĐQT Công ty Cổ phần Sữa Việt Nam"], []],
  ["Thành viên HĐQT độc lập Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Thành viên HĐQT độc lập"], ["Thành viên HĐQT độc lập | HĐQT"], []],
  ["Việt Nam là một quốc gia độc lập.", [], [], []],
]);

edgeTable("the field an office is in charge of (\"phụ trách\" and lower-case words) before its body or its holder's name", [
  ["Phó Tổng Giám đốc phụ trách tài chính Vietinbank Trần Văn Bình cho biết.", ["Trần Văn Bình | Phó Tổng Giám đốc phụ trách tài chính Vietinbank"], ["Phó Tổng Giám đốc phụ trách tài chính Vietinbank | Ngân hàng Thương mại Cổ phần Công Thương Việt Nam"], []],
  ["Ông Trần Văn Bình, Phó Tổng Giám đốc phụ trách khối bán lẻ của Vietinbank, cho biết.", ["Trần Văn Bình | Phó Tổng Giám đốc phụ trách khối bán lẻ của Vietinbank"], ["Phó Tổng Giám đốc phụ trách khối bán lẻ của Vietinbank | Ngân hàng Thương mại Cổ phần Công Thương Việt Nam"], []],
  ["Ông Nguyễn Văn An, Phó Giám đốc phụ trách chuyên môn Bệnh viện Bạch Mai, cho biết.", ["Nguyễn Văn An | Phó Giám đốc phụ trách chuyên môn Bệnh viện Bạch Mai"], ["Phó Giám đốc phụ trách chuyên môn Bệnh viện Bạch Mai | Bệnh viện Bạch Mai"], []],
  ["Phó Thủ tướng phụ trách kinh tế Lê Minh Khái cho biết.", ["Lê Minh Khái | Phó Thủ tướng phụ trách kinh tế"], ["Phó Thủ tướng phụ trách kinh tế | Chính phủ"], []],
  ["Phó Tổng Giám đốc phụ trách kinh doanh Nguyễn Văn An đã từ nhiệm.", ["Nguyễn Văn An | Phó Tổng Giám đốc phụ trách kinh doanh | former"], [], ["resignation: Nguyễn Văn An | Phó Tổng Giám đốc phụ trách kinh doanh"]],
  // The body right after "phụ trách" is the title's, as before.
  ["Phó Giám đốc phụ trách Sở Y tế Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Phó Giám đốc phụ trách Sở Y tế"], ["Phó Giám đốc phụ trách Sở Y tế | Sở Y tế"], []],
  ["Ông An là Phó Giám đốc phụ trách Công ty Hoàng Long.", ["An | Phó Giám đốc phụ trách Công ty Hoàng Long"], ["Phó Giám đốc phụ trách Công ty Hoàng Long | Công ty Hoàng Long"], []],
]);

edgeTable("world news: a commercial counsellor heads the trade office, a defence attaché serves in the embassy", [
  ["Tham tán Thương mại Việt Nam tại Mỹ Đỗ Ngọc Hưng cho biết.", ["Đỗ Ngọc Hưng | Tham tán Thương mại Việt Nam tại Mỹ"], ["Tham tán Thương mại Việt Nam tại Mỹ | Thương vụ Việt Nam tại Mỹ"], []],
  ["Ông Đỗ Ngọc Hưng, Tham tán Thương mại Việt Nam tại Mỹ, cho biết.", ["Đỗ Ngọc Hưng | Tham tán Thương mại Việt Nam tại Mỹ"], ["Tham tán Thương mại Việt Nam tại Mỹ | Thương vụ Việt Nam tại Mỹ"], []],
  ["Tham tán Thương mại Hàn Quốc Kim Min-su cho biết.", ["Kim Min-su | Tham tán Thương mại Hàn Quốc"], ["Tham tán Thương mại Hàn Quốc | Thương vụ Hàn Quốc"], []],
  ["Tham tán Thương mại Đỗ Ngọc Hưng cho biết.", ["Đỗ Ngọc Hưng | Tham tán Thương mại"], [], []],
  ["Tùy viên Quốc phòng Việt Nam tại Nga Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Tùy viên Quốc phòng Việt Nam tại Nga"], ["Tùy viên Quốc phòng Việt Nam tại Nga | Đại sứ quán Việt Nam tại Nga"], []],
  ["Tùy viên Quốc phòng Mỹ tại Việt Nam John Smith cho biết.", ["John Smith | Tùy viên Quốc phòng Mỹ tại Việt Nam"], ["Tùy viên Quốc phòng Mỹ tại Việt Nam | Đại sứ quán Mỹ tại Việt Nam"], []],
  ["Tham tán Công sứ Đại sứ quán Việt Nam tại Nhật Bản Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Tham tán Công sứ Đại sứ quán Việt Nam tại Nhật Bản"], ["Tham tán Công sứ Đại sứ quán Việt Nam tại Nhật Bản | Đại sứ quán Việt Nam tại Nhật Bản"], []],
]);

edgeTable("world news: a commissioner's or an envoy's field before the international body whose office it is", [
  ["Cao ủy Nhân quyền Liên hợp quốc Volker Türk cho biết.", ["Volker Türk | Cao ủy Nhân quyền Liên hợp quốc"], ["Cao ủy Nhân quyền Liên hợp quốc | Liên hợp quốc"], []],
  ["Ông Volker Türk, Cao ủy Nhân quyền Liên hợp quốc, cho biết.", ["Volker Türk | Cao ủy Nhân quyền Liên hợp quốc"], ["Cao ủy Nhân quyền Liên hợp quốc | Liên hợp quốc"], []],
  ["Cao ủy Nhân quyền LHQ Volker Türk cho biết.", ["Volker Türk | Cao ủy Nhân quyền LHQ"], ["Cao ủy Nhân quyền LHQ | Liên hợp quốc"], []],
  ["Cao ủy Liên hợp quốc về Nhân quyền Volker Türk cho biết.", ["Volker Türk | Cao ủy Liên hợp quốc về Nhân quyền"], ["Cao ủy Liên hợp quốc về Nhân quyền | Liên hợp quốc"], []],
  // A foreign cabinet's ministry of that field (data/portfolios.tsv).
  ["Bộ trưởng Nhân quyền Pakistan Azam Tarar cho biết.", ["Azam Tarar | Bộ trưởng Nhân quyền Pakistan"], ["Bộ trưởng Nhân quyền Pakistan | Bộ Nhân quyền Pakistan"], []],
]);

edgeTable("\"Anh\" after \"tại\" is the country, after a company's capitalized syllable the end of its name (not the holder's address)", [
  ["Đại sứ Việt Nam tại Anh Đỗ Minh Hùng cho biết.", ["Đỗ Minh Hùng | Đại sứ Việt Nam tại Anh"], ["Đại sứ Việt Nam tại Anh | Đại sứ quán Việt Nam tại Anh"], []],
  ["Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty Cổ phần Hoàng Anh Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Chủ tịch HĐQT", "Nguyễn Văn An | Tổng Giám đốc Công ty Cổ phần Hoàng Anh"], ["Chủ tịch HĐQT | HĐQT Công ty Cổ phần Hoàng Anh", "Tổng Giám đốc Công ty Cổ phần Hoàng Anh | Công ty Cổ phần Hoàng Anh"], []],
  ["Giám đốc Công ty TNHH Hoàng Anh Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Giám đốc Công ty TNHH Hoàng Anh"], ["Giám đốc Công ty TNHH Hoàng Anh | Công ty TNHH Hoàng Anh"], []],
  ["Chủ tịch HĐQT Công ty CP Việt Anh Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Chủ tịch HĐQT Công ty CP Việt Anh"], ["Chủ tịch HĐQT Công ty CP Việt Anh | HĐQT Công ty CP Việt Anh"], []],
  // An address word that is no given name's syllable still ends the body's name.
  ["Giám đốc Công ty Minh Phát Ông Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Giám đốc Công ty Minh Phát"], ["Giám đốc Công ty Minh Phát | Công ty Minh Phát"], []],
]);

edgeTable("business news: a chief technology officer; a company's legal representative (a post of the company, as a spokesperson's)", [
  ["Giám đốc công nghệ (CTO) FPT Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Giám đốc công nghệ FPT"], ["Giám đốc công nghệ FPT | Tập đoàn FPT"], []],
  ["Ông Nguyễn Văn An, CTO của FPT, cho biết.", ["Nguyễn Văn An | CTO của FPT"], ["CTO của FPT | Tập đoàn FPT"], []],
  ["Ông Nguyễn Văn An là người đại diện theo pháp luật của Công ty TNHH Minh Phát.", ["Nguyễn Văn An | người đại diện theo pháp luật của Công ty TNHH Minh Phát"], ["người đại diện theo pháp luật của Công ty TNHH Minh Phát | Công ty TNHH Minh Phát"], []],
  ["Người đại diện theo pháp luật của Công ty TNHH Minh Phát là ông Nguyễn Văn An.", ["Nguyễn Văn An | Người đại diện theo pháp luật của Công ty TNHH Minh Phát"], ["Người đại diện theo pháp luật của Công ty TNHH Minh Phát | Công ty TNHH Minh Phát"], []],
  ["Ông Nguyễn Văn An, Giám đốc kiêm người đại diện theo pháp luật của Công ty TNHH Minh Phát, bị khởi tố.", ["Nguyễn Văn An | Giám đốc", "Nguyễn Văn An | người đại diện theo pháp luật của Công ty TNHH Minh Phát"], ["Giám đốc | Công ty TNHH Minh Phát", "người đại diện theo pháp luật của Công ty TNHH Minh Phát | Công ty TNHH Minh Phát"], []],
  // Any company's representative, or one with no body named, is no one's post.
  ["Doanh nghiệp phải có người đại diện theo pháp luật.", [], [], []],
  ["Ông Nguyễn Văn An là người đại diện theo pháp luật của doanh nghiệp.", [], [], []],
]);

edgeTable("business news: a CEO's company after \"kiêm\" or in letters; a chief economist", [
  ["Bà Lisa Su, Chủ tịch kiêm CEO AMD, cho biết.", ["Lisa Su | CEO AMD", "Lisa Su | Chủ tịch"], ["CEO AMD | AMD"], []],
  ["Ông Larry Fink, Chủ tịch kiêm CEO BlackRock, cho biết.", ["Larry Fink | CEO BlackRock", "Larry Fink | Chủ tịch"], ["CEO BlackRock | BlackRock", "Chủ tịch | BlackRock"], []],
  ["Ông Arvind Krishna, CEO IBM, cho biết.", ["Arvind Krishna | CEO IBM"], ["CEO IBM | IBM"], []],
  ["Kinh tế trưởng Ngân hàng Thế giới Indermit Gill cho biết.", ["Indermit Gill | Kinh tế trưởng Ngân hàng Thế giới"], ["Kinh tế trưởng Ngân hàng Thế giới | Ngân hàng Thế giới"], []],
  ["Ông Indermit Gill, Kinh tế trưởng Ngân hàng Thế giới, cho biết.", ["Indermit Gill | Kinh tế trưởng Ngân hàng Thế giới"], ["Kinh tế trưởng Ngân hàng Thế giới | Ngân hàng Thế giới"], []],
  // A place's letters are no company.
  ["Ông Nguyễn Văn An, CEO VN, cho biết.", ["Nguyễn Văn An | CEO"], [], []],
]);

edgeTable("world and business news, shapes that already read right (kept as a guard): heads of international bodies, boards, counterparts, foreign parties", [
  // "người đồng cấp" (a counterpart) gives the person named after it no post: the conventions do not decide one.
  ["Tổng Thư ký Liên hợp quốc António Guterres kêu gọi ngừng bắn.",["António Guterres | Tổng Thư ký Liên hợp quốc"], ["Tổng Thư ký Liên hợp quốc | Liên hợp quốc"], []],
  ["Giám đốc điều hành IMF Kristalina Georgieva cho biết.",["Kristalina Georgieva | Giám đốc điều hành IMF"], ["Giám đốc điều hành IMF | Quỹ Tiền tệ Quốc tế"], []],
  ["Bà Kristalina Georgieva, Tổng Giám đốc IMF, cho biết.",["Kristalina Georgieva | Tổng Giám đốc IMF"], ["Tổng Giám đốc IMF | Quỹ Tiền tệ Quốc tế"], []],
  ["Chủ tịch Ngân hàng Thế giới Ajay Banga cho biết.",["Ajay Banga | Chủ tịch Ngân hàng Thế giới"], ["Chủ tịch Ngân hàng Thế giới | Ngân hàng Thế giới"], []],
  ["Ông Ajay Banga, Chủ tịch Ngân hàng Thế giới, cho biết.",["Ajay Banga | Chủ tịch Ngân hàng Thế giới"], ["Chủ tịch Ngân hàng Thế giới | Ngân hàng Thế giới"], []],
  ["Tổng Giám đốc WTO Ngozi Okonjo-Iweala cho biết.",["Ngozi Okonjo-Iweala | Tổng Giám đốc WTO"], ["Tổng Giám đốc WTO | Tổ chức Thương mại Thế giới"], []],
  ["Chủ tịch Hội đồng châu Âu Charles Michel cho biết.",["Charles Michel | Chủ tịch Hội đồng châu Âu"], ["Chủ tịch Hội đồng châu Âu | Hội đồng châu Âu"], []],
  ["Chủ tịch ADB Masato Kanda cho biết.",["Masato Kanda | Chủ tịch ADB"], ["Chủ tịch ADB | Ngân hàng Phát triển châu Á"], []],
  ["Tổng Thư ký ASEAN Kao Kim Hourn cho biết.",["Kao Kim Hourn | Tổng Thư ký ASEAN"], ["Tổng Thư ký ASEAN | Hiệp hội các quốc gia Đông Nam Á"], []],
  ["Chủ tịch Nghị viện châu Âu Roberta Metsola phát biểu.",["Roberta Metsola | Chủ tịch Nghị viện châu Âu"], ["Chủ tịch Nghị viện châu Âu | Nghị viện châu Âu"], []],
  ["Tổng Giám đốc IAEA Rafael Grossi cho biết.",["Rafael Grossi | Tổng Giám đốc IAEA"], ["Tổng Giám đốc IAEA | Cơ quan Năng lượng Nguyên tử Quốc tế"], []],
  ["Điều phối viên thường trú Liên hợp quốc tại Việt Nam Pauline Tamesis cho biết.",["Pauline Tamesis | Điều phối viên thường trú Liên hợp quốc tại Việt Nam"], ["Điều phối viên thường trú Liên hợp quốc tại Việt Nam | Liên hợp quốc"], []],
  ["Trưởng Đại diện UNDP tại Việt Nam Ramla Khalidi cho biết.",["Ramla Khalidi | Trưởng Đại diện UNDP tại Việt Nam"], ["Trưởng Đại diện UNDP tại Việt Nam | Chương trình Phát triển Liên hợp quốc"], []],
  ["Chủ tịch Đại hội đồng Liên hợp quốc Philemon Yang phát biểu.",["Philemon Yang | Chủ tịch Đại hội đồng Liên hợp quốc"], ["Chủ tịch Đại hội đồng Liên hợp quốc | Đại hội đồng Liên hợp quốc"], []],
  ["Phó Tổng Thư ký Liên hợp quốc Amina Mohammed cho biết.",["Amina Mohammed | Phó Tổng Thư ký Liên hợp quốc"], ["Phó Tổng Thư ký Liên hợp quốc | Liên hợp quốc"], []],
  ["Chủ tịch Fed Jerome Powell cho biết.",["Jerome Powell | Chủ tịch Fed"], ["Chủ tịch Fed | Cục Dự trữ Liên bang Mỹ"], []],
  ["Chủ tịch ECB Christine Lagarde cho biết.",["Christine Lagarde | Chủ tịch ECB"], ["Chủ tịch ECB | Ngân hàng Trung ương châu Âu"], []],
  ["Phó Tổng Giám đốc thứ nhất IMF Gita Gopinath cho biết.",["Gita Gopinath | Phó Tổng Giám đốc thứ nhất IMF"], ["Phó Tổng Giám đốc thứ nhất IMF | Quỹ Tiền tệ Quốc tế"], []],
  ["Ông Ajay Banga được bầu làm Chủ tịch Ngân hàng Thế giới.",["Ajay Banga | Chủ tịch Ngân hàng Thế giới"], ["Chủ tịch Ngân hàng Thế giới | Ngân hàng Thế giới"], ["election: Ajay Banga | Chủ tịch Ngân hàng Thế giới"]],
  ["Bà Kristalina Georgieva tái đắc cử Tổng Giám đốc IMF.",["Kristalina Georgieva | Tổng Giám đốc IMF"], ["Tổng Giám đốc IMF | Quỹ Tiền tệ Quốc tế"], ["election: Kristalina Georgieva | Tổng Giám đốc IMF"]],
  ["Ông David Malpass đã từ chức Chủ tịch Ngân hàng Thế giới.",["David Malpass | Chủ tịch Ngân hàng Thế giới | former"], ["Chủ tịch Ngân hàng Thế giới | Ngân hàng Thế giới"], ["resignation: David Malpass | Chủ tịch Ngân hàng Thế giới"]],
  ["Ông Phạm Nhật Vượng - Chủ tịch Tập đoàn Vingroup - cho biết.",["Phạm Nhật Vượng | Chủ tịch Tập đoàn Vingroup"], ["Chủ tịch Tập đoàn Vingroup | Tập đoàn Vingroup"], []],
  ["Ông Đỗ Minh Phú - Chủ tịch HĐQT TPBank - cho biết.",["Đỗ Minh Phú | Chủ tịch HĐQT TPBank"], ["Chủ tịch HĐQT TPBank | HĐQT Ngân hàng Thương mại Cổ phần Tiên Phong"], []],
  ["Ông Lee Jae-yong, Chủ tịch Tập đoàn Samsung, thăm Hà Nội.",["Lee Jae-yong | Chủ tịch Tập đoàn Samsung"], ["Chủ tịch Tập đoàn Samsung | Samsung"], []],
  ["Ông Jensen Huang (CEO Nvidia) cho biết.",["Jensen Huang | CEO Nvidia"], ["CEO Nvidia | Nvidia"], []],
  ["Ông Jack Dorsey, cựu CEO Twitter, cho biết.",["Jack Dorsey | CEO Twitter | former"], ["CEO Twitter | Twitter"], []],
  ["Tổng Giám đốc điều hành Vietcombank Nguyễn Thanh Tùng cho biết.",["Nguyễn Thanh Tùng | Tổng Giám đốc điều hành Vietcombank"], ["Tổng Giám đốc điều hành Vietcombank | Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], []],
  ["Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty Cổ phần Sông Đà Nguyễn Văn An phát biểu.",["Nguyễn Văn An | Chủ tịch HĐQT", "Nguyễn Văn An | Tổng Giám đốc Công ty Cổ phần Sông Đà"], ["Chủ tịch HĐQT | HĐQT Công ty Cổ phần Sông Đà", "Tổng Giám đốc Công ty Cổ phần Sông Đà | Công ty Cổ phần Sông Đà"], []],
  ["Ông Nguyễn Văn An, Tổng Giám đốc điều hành Công ty CP Hoàng Anh, cho biết.",["Nguyễn Văn An | Tổng Giám đốc điều hành Công ty CP Hoàng Anh"], ["Tổng Giám đốc điều hành Công ty CP Hoàng Anh | Công ty CP Hoàng Anh"], []],
  ["Kế toán trưởng Vietcombank Lê Thị Hoa cho biết.",["Lê Thị Hoa | Kế toán trưởng Vietcombank"], ["Kế toán trưởng Vietcombank | Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], []],
  ["Bà Nguyễn Thị Mai được bổ nhiệm làm Kế toán trưởng Công ty CP Sông Đà.",["Nguyễn Thị Mai | Kế toán trưởng Công ty CP Sông Đà"], ["Kế toán trưởng Công ty CP Sông Đà | Công ty CP Sông Đà"], ["appointment: Nguyễn Thị Mai | Kế toán trưởng Công ty CP Sông Đà"]],
  ["Trưởng Ban Kiểm soát Vietcombank Nguyễn Văn Hải cho biết.",["Nguyễn Văn Hải | Trưởng Ban Kiểm soát Vietcombank"], ["Trưởng Ban Kiểm soát Vietcombank | Ban Kiểm soát Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], []],
  ["Ông Nguyễn Văn Hải được bầu làm Trưởng Ban Kiểm soát Vietcombank.",["Nguyễn Văn Hải | Trưởng Ban Kiểm soát Vietcombank"], ["Trưởng Ban Kiểm soát Vietcombank | Ban Kiểm soát Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], ["election: Nguyễn Văn Hải | Trưởng Ban Kiểm soát Vietcombank"]],
  ["Ông Nguyễn Văn An thôi giữ chức Trưởng Ban Kiểm soát Vietcombank từ ngày 1/5.",["Nguyễn Văn An | Trưởng Ban Kiểm soát Vietcombank | former"], ["Trưởng Ban Kiểm soát Vietcombank | Ban Kiểm soát Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], ["dismissal: Nguyễn Văn An | Trưởng Ban Kiểm soát Vietcombank"]],
  ["CEO Techcombank Jens Lottner cho biết.",["Jens Lottner | CEO Techcombank"], ["CEO Techcombank | Ngân hàng Thương mại Cổ phần Kỹ thương Việt Nam"], []],
  ["Giám đốc tài chính (CFO) Techcombank Alexandre Macaire cho biết.",["Alexandre Macaire | Giám đốc tài chính Techcombank"], ["Giám đốc tài chính Techcombank | Ngân hàng Thương mại Cổ phần Kỹ thương Việt Nam"], []],
  ["CFO của VPBank Lưu Thị Thảo cho biết.",["Lưu Thị Thảo | CFO của VPBank"], ["CFO của VPBank | Ngân hàng Thương mại Cổ phần Việt Nam Thịnh Vượng"], []],
  ["Tổng Giám đốc (CEO) VPBank Nguyễn Đức Vinh cho biết.",["Nguyễn Đức Vinh | Tổng Giám đốc VPBank"], ["Tổng Giám đốc VPBank | Ngân hàng Thương mại Cổ phần Việt Nam Thịnh Vượng"], []],
  ["COO Vietjet Nguyễn Văn An cho biết.",["Nguyễn Văn An | COO Vietjet"], ["COO Vietjet | Công ty Cổ phần Hàng không VietJet"], []],
  ["Thư ký HĐQT Vinamilk Nguyễn Văn An cho biết.",["Nguyễn Văn An | Thư ký HĐQT Vinamilk"], ["Thư ký HĐQT Vinamilk | HĐQT Công ty Cổ phần Sữa Việt Nam"], []],
  ["Ông Nguyễn Văn An đã từ nhiệm thành viên HĐQT Vietcombank.",["Nguyễn Văn An | thành viên HĐQT Vietcombank | former"], ["thành viên HĐQT Vietcombank | HĐQT Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], ["resignation: Nguyễn Văn An | thành viên HĐQT Vietcombank"]],
  ["Ông Nguyễn Thanh Tùng, quyền Tổng Giám đốc Vietcombank, cho biết.",["Nguyễn Thanh Tùng | Tổng Giám đốc Vietcombank | acting"], ["Tổng Giám đốc Vietcombank | Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], []],
  ["Ngoại trưởng Nga Sergei Lavrov hội đàm với người đồng cấp Trung Quốc Vương Nghị.",["Sergei Lavrov | Ngoại trưởng Nga"], ["Ngoại trưởng Nga | Bộ Ngoại giao Nga"], []],
  ["Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với người đồng cấp Mỹ Antony Blinken.",["Bùi Thanh Sơn | Bộ trưởng Ngoại giao"], ["Bộ trưởng Ngoại giao | Bộ Ngoại giao"], []],
  ["Tổng thống Mỹ Joe Biden và người đồng cấp Trung Quốc Tập Cận Bình đã hội đàm.",["Joe Biden | Tổng thống Mỹ"], ["Tổng thống Mỹ | Nhà nước Mỹ"], []],
  ["Ông Marco Rubio, người đồng cấp Mỹ của ông Lavrov, cho biết.",[], [], []],
  ["Thủ tướng Nhật Bản Ishiba Shigeru, Chủ tịch Đảng Dân chủ Tự do, cho biết.",["Ishiba Shigeru | Chủ tịch Đảng Dân chủ Tự do", "Ishiba Shigeru | Thủ tướng Nhật Bản"], ["Chủ tịch Đảng Dân chủ Tự do | Đảng Dân chủ Tự do", "Thủ tướng Nhật Bản | Chính phủ Nhật Bản"], []],
  ["Chủ tịch đảng Dân chủ Tiến bộ Lại Thanh Đức cho biết.",["Lại Thanh Đức | Chủ tịch đảng Dân chủ Tiến bộ"], ["Chủ tịch đảng Dân chủ Tiến bộ | Đảng Dân chủ Tiến bộ"], []],
  ["Tổng Thư ký Đảng Dân chủ Tự do Moriyama Hiroshi cho biết.",["Moriyama Hiroshi | Tổng Thư ký Đảng Dân chủ Tự do"], ["Tổng Thư ký Đảng Dân chủ Tự do | Đảng Dân chủ Tự do"], []],
  ["Chủ tịch Đảng Nhân dân Campuchia Hun Sen cho biết.",["Hun Sen | Chủ tịch Đảng Nhân dân Campuchia"], ["Chủ tịch Đảng Nhân dân Campuchia | Đảng Nhân dân Campuchia"], []],
  ["Tổng thống Pháp Emmanuel Macron, người sáng lập đảng Phục hưng, cho biết.",["Emmanuel Macron | Tổng thống Pháp", "Emmanuel Macron | người sáng lập đảng Phục hưng"], ["Tổng thống Pháp | Nhà nước Pháp", "người sáng lập đảng Phục hưng | Đảng Phục hưng"], []],
  ["Ngoại trưởng Pháp Jean-Noël Barrot cho biết.",["Jean-Noël Barrot | Ngoại trưởng Pháp"], ["Ngoại trưởng Pháp | Bộ Ngoại giao Pháp"], []],
  ["Bộ trưởng Tài chính Mỹ Janet Yellen cho biết.",["Janet Yellen | Bộ trưởng Tài chính Mỹ"], ["Bộ trưởng Tài chính Mỹ | Bộ Tài chính Mỹ"], []],
  ["Ông Valery Zaluzhny được bổ nhiệm làm Đại sứ Ukraine tại Anh.",["Valery Zaluzhny | Đại sứ Ukraine tại Anh"], ["Đại sứ Ukraine tại Anh | Đại sứ quán Ukraine tại Anh"], ["appointment: Valery Zaluzhny | Đại sứ Ukraine tại Anh"]],
  ["Tổng Lãnh sự Mỹ tại TP.HCM Susan Burns cho biết.",["Susan Burns | Tổng Lãnh sự Mỹ tại TP.HCM"], ["Tổng Lãnh sự Mỹ tại TP.HCM | Tổng Lãnh sự quán Mỹ tại Thành phố Hồ Chí Minh"], []],
  ["Ông Jeff Bezos, người sáng lập tập đoàn Amazon, cho biết.",["Jeff Bezos | người sáng lập tập đoàn Amazon"], ["người sáng lập tập đoàn Amazon | Tập đoàn Amazon"], []],
]);

edgeTable("a founder's or a CEO's title said of a person, then two companies joined by \"và\": the first is no holder", [
  ["Ông Jeff Bezos, nhà sáng lập Amazon và Blue Origin, cho biết.", ["Jeff Bezos | nhà sáng lập Amazon"], ["nhà sáng lập Amazon | Amazon"], []],
  ["Ông Elon Musk, CEO Tesla và SpaceX, cho biết.", ["Elon Musk | CEO Tesla"], ["CEO Tesla | Tesla"], []],
]);

edgeTable("world news: \"bên cạnh\" (to) an international body, as \"tại\"; one mission whichever word", [
  ["Đại sứ Việt Nam bên cạnh Liên hợp quốc Đặng Hoàng Giang phát biểu.", ["Đặng Hoàng Giang | Đại sứ Việt Nam bên cạnh Liên hợp quốc"], ["Đại sứ Việt Nam bên cạnh Liên hợp quốc | Phái đoàn thường trực Việt Nam tại Liên hợp quốc"], []],
  ["Trưởng Phái đoàn thường trực Việt Nam bên cạnh Liên hợp quốc Đặng Hoàng Giang phát biểu.", ["Đặng Hoàng Giang | Trưởng Phái đoàn thường trực Việt Nam bên cạnh Liên hợp quốc"], ["Trưởng Phái đoàn thường trực Việt Nam bên cạnh Liên hợp quốc | Phái đoàn thường trực Việt Nam tại Liên hợp quốc"], []],
  ["Đại sứ Việt Nam tại WTO Mai Phan Dũng cho biết.", ["Mai Phan Dũng | Đại sứ Việt Nam tại WTO"], ["Đại sứ Việt Nam tại WTO | Phái đoàn thường trực Việt Nam tại Tổ chức Thương mại Thế giới"], []],
  ["Đại sứ Việt Nam bên cạnh Liên hợp quốc Đặng Hoàng Giang phát biểu. Đại sứ Việt Nam tại Liên hợp quốc nhấn mạnh.", ["Đặng Hoàng Giang | Đại sứ Việt Nam bên cạnh Liên hợp quốc"], ["Đại sứ Việt Nam bên cạnh Liên hợp quốc | Phái đoàn thường trực Việt Nam tại Liên hợp quốc"], []],
]);

edgeTable("world news: \"của\" and a country after a minister's or a head's title (one title, \"X của Y\"), not Việt Nam's office", [
  ["Bộ trưởng Ngoại giao của Nga Sergei Lavrov cho biết.", ["Sergei Lavrov | Bộ trưởng Ngoại giao của Nga"], ["Bộ trưởng Ngoại giao của Nga | Bộ Ngoại giao Nga"], []],
  ["Ông Sergei Lavrov, Ngoại trưởng của Nga, cho biết.", ["Sergei Lavrov | Ngoại trưởng của Nga"], ["Ngoại trưởng của Nga | Bộ Ngoại giao Nga"], []],
  ["Thủ tướng của Nhật Bản Ishiba Shigeru cho biết.", ["Ishiba Shigeru | Thủ tướng của Nhật Bản"], ["Thủ tướng của Nhật Bản | Chính phủ Nhật Bản"], []],
  ["Bộ trưởng Ngoại giao Bùi Thanh Sơn thăm Nga và gặp Bộ trưởng Ngoại giao của Nga.", ["Bùi Thanh Sơn | Bộ trưởng Ngoại giao"], ["Bộ trưởng Ngoại giao | Bộ Ngoại giao", "Bộ trưởng Ngoại giao của Nga | Bộ Ngoại giao Nga"], []],
  ["Bộ trưởng Ngoại giao của Việt Nam Bùi Thanh Sơn cho biết.", ["Bùi Thanh Sơn | Bộ trưởng Ngoại giao của Việt Nam"], ["Bộ trưởng Ngoại giao của Việt Nam | Bộ Ngoại giao"], []],
  ["Thủ tướng của Việt Nam đã phát biểu.", [], ["Thủ tướng | Chính phủ"], []],
]);

edgeTable("a title followed by \"hai nước\", \"các nước\" (each side's office) is a plural, no one country's", [
  ["Bộ trưởng Ngoại giao hai nước đã hội đàm.", [], [], []],
  ["Thủ tướng hai nước đã hội đàm.", [], [], []],
  ["Hội nghị Bộ trưởng Quốc phòng các nước ASEAN đã khai mạc.", [], [], []],
  // A body or a country written after the title is still the one office.
  ["Thủ tướng Nhật Bản Ishiba Shigeru thăm hai nước.", ["Ishiba Shigeru | Thủ tướng Nhật Bản"], ["Thủ tướng Nhật Bản | Chính phủ Nhật Bản"], []],
]);

edgeTable("world news: \"đại diện thường trực\" after the head of a mission says standing, as \"thường trực\"", [
  ["Đại sứ, Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc Đặng Hoàng Giang phát biểu.", ["Đặng Hoàng Giang | Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc", "Đặng Hoàng Giang | Đại sứ"], ["Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc | Phái đoàn thường trực Việt Nam tại Liên hợp quốc"], []],
  ["Ông An là đại diện thường trực của công ty.", [], [], []],
]);

edgeTable("a country the text does not name after a title (\"nước chủ nhà\"): part of the title, its body the holder's country's", [
  ["Ngoại trưởng nước chủ nhà Penny Wong cho biết.", ["Penny Wong | Ngoại trưởng nước chủ nhà"], [], []],
  ["Thủ tướng nước chủ nhà Anthony Albanese phát biểu.", ["Anthony Albanese | Thủ tướng nước chủ nhà"], [], []],
  ["Ông Phạm Minh Chính, Thủ tướng nước chủ nhà, phát biểu khai mạc.", ["Phạm Minh Chính | Thủ tướng nước chủ nhà"], ["Thủ tướng nước chủ nhà | Chính phủ"], []],
  // (Review: after "của" too, "nước này" as well; with no holder to say it is Việt Nam, no body at all, not Việt Nam's ministry.)
  ["Bộ trưởng Ngoại giao của nước chủ nhà Penny Wong phát biểu.", ["Penny Wong | Bộ trưởng Ngoại giao của nước chủ nhà"], [], []],
  ["Ngoại trưởng nước chủ nhà cho biết sẽ hợp tác.", [], [], []],
  ["Bộ trưởng Ngoại giao nước này cho biết.", [], [], []],
  ["Bộ trưởng Ngoại giao của nước này cho biết.", [], [], []],
  ["Bộ trưởng Quốc phòng của hai nước đã gặp nhau.", [], [], []],
  ["Thủ tướng nước bạn Hun Manet phát biểu.", ["Hun Manet | Thủ tướng nước bạn"], [], []],
]);
