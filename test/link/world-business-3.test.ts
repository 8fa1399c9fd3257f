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
  ["Ông Larry Fink, Chủ tịch kiêm CEO BlackRock, cho biết.", ["Larry Fink | CEO BlackRock", "Larry Fink | Chủ tịch"], ["CEO BlackRock | BlackRock"], []],
  ["Ông Arvind Krishna, CEO IBM, cho biết.", ["Arvind Krishna | CEO IBM"], ["CEO IBM | IBM"], []],
  ["Kinh tế trưởng Ngân hàng Thế giới Indermit Gill cho biết.", ["Indermit Gill | Kinh tế trưởng Ngân hàng Thế giới"], ["Kinh tế trưởng Ngân hàng Thế giới | Ngân hàng Thế giới"], []],
  ["Ông Indermit Gill, Kinh tế trưởng Ngân hàng Thế giới, cho biết.", ["Indermit Gill | Kinh tế trưởng Ngân hàng Thế giới"], ["Kinh tế trưởng Ngân hàng Thế giới | Ngân hàng Thế giới"], []],
  // A place's letters are no company.
  ["Ông Nguyễn Văn An, CEO VN, cho biết.", ["Nguyễn Văn An | CEO"], [], []],
]);
