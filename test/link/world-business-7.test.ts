/**
 * Issue 13, world and business news (session 31, h/world7): shapes seen on real world and business pages of other outlets
 * than ../shared, written here as made-up sentences. Each row: the text, the holds (person | post, with the status when it
 * is not plain "current"), the `of` relations (post | body) and the events.
 */
import { edgeTable } from "../helpers";

edgeTable("world news: a name after \"của\" inside an appositive (grammar-words.tsv owner-before) is not the subject of the verb after the comma that closes it", [
  [
    "Ông Nguyễn Văn An, Phó Chủ tịch đảng Dân chủ của Thủ tướng Lê Văn Bình, nhậm chức Bộ trưởng Nội vụ.",
    ["Lê Văn Bình | Thủ tướng", "Nguyễn Văn An | Phó Chủ tịch đảng Dân chủ", "Nguyễn Văn An | Bộ trưởng Nội vụ"],
    ["Phó Chủ tịch đảng Dân chủ | Đảng Dân chủ", "Thủ tướng | Chính phủ", "Bộ trưởng Nội vụ | Bộ Nội vụ"],
    [],
  ],
  ["Ông Ahmad Zahid, Tổng thư ký đảng Liên minh Quốc gia của Thủ tướng Anwar Ibrahim, trở thành Bộ trưởng Quốc phòng.", ["Anwar Ibrahim | Thủ tướng", "Ahmad Zahid | Tổng thư ký đảng Liên minh Quốc gia", "Ahmad Zahid | Bộ trưởng Quốc phòng"], ["Tổng thư ký đảng Liên minh Quốc gia | Đảng Liên minh Quốc gia"], []],
  // The one name of the sentence still holds what its clause says ("khuyết điểm của ông X, … trong giai đoạn giữ chức vụ T").
  ["Đó là khuyết điểm của ông Trần Văn Nam trong giai đoạn giữ chức vụ Chủ tịch HĐTV Tập đoàn Than.", ["Trần Văn Nam | Chủ tịch HĐTV Tập đoàn Than"], ["Chủ tịch HĐTV Tập đoàn Than | HĐTV Tập đoàn Than"], []],
]);

edgeTable("world news: a cabinet's compound fields (portfolios.tsv \"Phát triển Nông thôn\", \"Nguồn nhân lực\", \"Công nghiệp Quốc phòng\") are one ministry", [
  ["Bà Siti Aminah trở thành Bộ trưởng Phát triển Nông thôn Malaysia.", ["Siti Aminah | Bộ trưởng Phát triển Nông thôn Malaysia"], ["Bộ trưởng Phát triển Nông thôn Malaysia | Bộ Phát triển Nông thôn Malaysia"], []],
  ["Ông Arjun Kumar giữ chức Bộ trưởng Nguồn nhân lực Ấn Độ.", ["Arjun Kumar | Bộ trưởng Nguồn nhân lực Ấn Độ"], ["Bộ trưởng Nguồn nhân lực Ấn Độ | Bộ Nguồn nhân lực Ấn Độ"], []],
  ["Bà Nur Hidayah, Bộ trưởng Phụ nữ và Phát triển Gia đình Malaysia, cho biết.", ["Nur Hidayah | Bộ trưởng Phụ nữ và Phát triển Gia đình Malaysia"], ["Bộ trưởng Phụ nữ và Phát triển Gia đình Malaysia | Bộ Phụ nữ và Phát triển Gia đình Malaysia"], []],
  // A shorter title of another ministry is no short form of the fuller one (src/link/post-refs.ts).
  [
    "Cựu Bộ trưởng Công nghiệp Quốc phòng Sarah Collins được bổ nhiệm làm Bộ trưởng Quốc phòng.",
    ["Sarah Collins | Bộ trưởng Công nghiệp Quốc phòng | former", "Sarah Collins | Bộ trưởng Quốc phòng"],
    [],
    ["appointment: Sarah Collins | Bộ trưởng Quốc phòng"],
  ],
  // The same ministry written with and without its country stays one post.
  ["Bộ trưởng Ngoại giao Hàn Quốc Park Jin cho biết. Bộ trưởng Ngoại giao Park Jin nói thêm.", ["Park Jin | Bộ trưởng Ngoại giao Hàn Quốc"], ["Bộ trưởng Ngoại giao Hàn Quốc | Bộ Ngoại giao Hàn Quốc"], []],
]);

edgeTable("world news: an envoy's field after \"về\", then \"của\" and the international body whose office it is (office-rules.tsv field_after)", [
  [
    "Đại diện cấp cao về chính sách đối ngoại và an ninh của Liên minh châu Âu (EU) Kaja Kallas cho biết.",
    ["Kaja Kallas | Đại diện cấp cao về chính sách đối ngoại và an ninh của Liên minh châu Âu"],
    ["Đại diện cấp cao về chính sách đối ngoại và an ninh của Liên minh châu Âu | Liên minh châu Âu"],
    [],
  ],
  ["Cao ủy về người tị nạn của Liên hợp quốc Filippo Grandi đến Hà Nội.", ["Filippo Grandi | Cao ủy về người tị nạn của Liên hợp quốc"], ["Cao ủy về người tị nạn của Liên hợp quốc | Liên hợp quốc"], []],
]);

edgeTable("business news: a board or a business title takes the company named by \"tại\" right after it, or the one company the sentence opens with", [
  ["Ông Lê Quang Huy về giữ chức vụ Chủ tịch HĐQT tại Vietcombank.", ["Lê Quang Huy | Chủ tịch HĐQT"], ["Chủ tịch HĐQT | HĐQT Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], []],
  ["Ông Nguyễn Văn An là Tổng giám đốc tại Công ty cổ phần Thép Hòa Bình.", ["Nguyễn Văn An | Tổng giám đốc"], ["Tổng giám đốc | Công ty cổ phần Thép Hòa Bình"], []],
  [
    "Theo đó, Techcombank cũng đã bầu ông Phạm Văn Long, Phó Chủ tịch HĐQT, giữ chức vụ Chủ tịch HĐQT nhiệm kỳ 2023-2028.",
    ["Phạm Văn Long | Phó Chủ tịch HĐQT | former", "Phạm Văn Long | Chủ tịch HĐQT"],
    ["Phó Chủ tịch HĐQT | HĐQT Ngân hàng Thương mại Cổ phần Kỹ thương Việt Nam", "Chủ tịch HĐQT | HĐQT Ngân hàng Thương mại Cổ phần Kỹ thương Việt Nam"],
    ["election: Phạm Văn Long | Chủ tịch HĐQT"],
  ],
  // Another body before the board: which company it is, the sentence does not say.
  ["Sáng nay, Bộ Tài chính cho biết Vietcombank đã bầu bà Trần Thị Hoa làm Chủ tịch HĐQT.", ["Trần Thị Hoa | Chủ tịch HĐQT"], ["Chủ tịch HĐQT | HĐQT"], ["election: Trần Thị Hoa | Chủ tịch HĐQT"]],
  // "tại" before a place is no company.
  ["Ông John Smith là Giám đốc điều hành tại Việt Nam của Grab.", ["John Smith | Giám đốc điều hành"], [], []],
]);

edgeTable("business news: \"thôi đảm nhiệm\" leaves each post of its chain (link-cues.tsv), and a board of the company of its chain is no short form of another board its holder takes", [
  [
    "Ông Trịnh Văn Quang đã công bố thôi đảm nhiệm Chủ tịch HĐQT kiêm Tổng giám đốc của Tập đoàn Kim Long để giữ chức vụ Chủ tịch HĐQT Vietcombank.",
    ["Trịnh Văn Quang | Chủ tịch HĐQT | former", "Trịnh Văn Quang | Tổng giám đốc của Tập đoàn Kim Long | former", "Trịnh Văn Quang | Chủ tịch HĐQT Vietcombank"],
    ["Chủ tịch HĐQT | HĐQT Tập đoàn Kim Long", "Tổng giám đốc của Tập đoàn Kim Long | Tập đoàn Kim Long", "Chủ tịch HĐQT Vietcombank | HĐQT Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"],
    [],
  ],
]);

edgeTable("a term counted after \"nhiệm kỳ\" in capital roman numerals is the title's term (src/recognizers/terms.ts): the chain of titles goes on after it", [
  [
    "Ông Nguyễn Văn An, Bí thư Tỉnh ủy nhiệm kỳ IV, Chủ tịch HĐND tỉnh, phát biểu.",
    ["Nguyễn Văn An | Bí thư Tỉnh ủy", "Nguyễn Văn An | Chủ tịch HĐND tỉnh"],
    ["Bí thư Tỉnh ủy | Tỉnh ủy", "Chủ tịch HĐND tỉnh | HĐND tỉnh"],
    [],
  ],
  ["Ông Sok Chenda, Thủ tướng Chính phủ Hoàng gia Campuchia nhiệm kỳ V, Chủ tịch đảng Nhân dân Campuchia, phát biểu.", ["Sok Chenda | Thủ tướng Chính phủ Hoàng gia Campuchia", "Sok Chenda | Chủ tịch đảng Nhân dân Campuchia"], ["Thủ tướng Chính phủ Hoàng gia Campuchia | Chính phủ Hoàng gia Campuchia", "Chủ tịch đảng Nhân dân Campuchia | Đảng Nhân dân Campuchia"], []],
]);

edgeTable("a relative clause (\", người …\", grammar-words.tsv relative-pronoun) is about the noun right before its comma, never the sentence's earlier name", [
  // The name after "gặp" is not read as a person here: the title is then no one's, not the subject's.
  ["Ông Lavrov gặp John Sullivan, người đã được chỉ định làm Đại sứ Mỹ tại Nga.", [], ["Đại sứ Mỹ tại Nga | Đại sứ quán Mỹ tại Nga"], []],
  ["Ông Nguyễn Văn An, người vừa được bổ nhiệm làm Giám đốc Sở Y tế, cho biết.", ["Nguyễn Văn An | Giám đốc Sở Y tế"], ["Giám đốc Sở Y tế | Sở Y tế"], ["appointment: Nguyễn Văn An | Giám đốc Sở Y tế"]],
  [
    "Ông Nguyễn Văn An, Phó Chủ tịch tỉnh, người vừa được bổ nhiệm làm Giám đốc Sở Y tế, cho biết.",
    ["Nguyễn Văn An | Phó Chủ tịch tỉnh", "Nguyễn Văn An | Giám đốc Sở Y tế"],
    ["Giám đốc Sở Y tế | Sở Y tế", "Phó Chủ tịch tỉnh | UBND tỉnh"],
    ["appointment: Nguyễn Văn An | Giám đốc Sở Y tế"],
  ],
]);

edgeTable("business news: state groups and listed companies by the names the press writes (organizations.tsv), and a bare \"CEO\" takes the company around it (office-rules.tsv body_in_context)", [
  ["Ông Trần Minh Đức, Phó Tổng Giám đốc Petro Việt Nam, phát biểu.", ["Trần Minh Đức | Phó Tổng Giám đốc Petro Việt Nam"], ["Phó Tổng Giám đốc Petro Việt Nam | Tập đoàn Dầu khí Quốc gia Việt Nam"], []],
  [
    "Ông Lê Văn Bảo được bổ nhiệm làm Tổng Giám đốc điều hành Vinashin.",
    ["Lê Văn Bảo | Tổng Giám đốc điều hành Vinashin"],
    ["Tổng Giám đốc điều hành Vinashin | Tập đoàn Công nghiệp Tàu thủy Việt Nam"],
    ["appointment: Lê Văn Bảo | Tổng Giám đốc điều hành Vinashin"],
  ],
  ["Bà Nguyễn Thu Hà làm CEO của BacA Bank.", ["Nguyễn Thu Hà | CEO của BacA Bank"], ["CEO của BacA Bank | Ngân hàng Thương mại Cổ phần Bắc Á"], []],
  ["Ông Trần Văn Hải đảm nhiệm cương vị CEO tại PNJ từ năm 2018.", ["Trần Văn Hải | CEO"], ["CEO | Công ty Cổ phần Vàng bạc Đá quý Phú Nhuận"], []],
  ["Công ty cổ phần Thế Giới Di Động vừa bổ nhiệm ông Vũ Đăng Linh làm CEO.", ["Vũ Đăng Linh | CEO"], ["CEO | Công ty Cổ phần Thế giới Di động"], ["appointment: Vũ Đăng Linh | CEO"]],
]);

edgeTable("business news: \"có thể\", \"nhiều khả năng\" before a personnel step make it a possibility, as \"dự kiến\" (link-cues.tsv nomination): no event, no holding from that sentence", [
  ["Bà Lisa Su có thể được bổ nhiệm làm CEO Intel vào năm sau.", [], ["CEO Intel | Intel"], []],
  ["Ông Tim Cook có thể từ chức CEO Apple vào năm sau.", [], ["CEO Apple | Apple"], []],
  ["Ông Tim Cook nhiều khả năng sẽ rời ghế CEO Apple.", [], ["CEO Apple | Apple"], []],
  // Done, it is an event.
  ["Ông Tim Cook đã từ chức CEO Apple.", ["Tim Cook | CEO Apple | former"], ["CEO Apple | Apple"], ["resignation: Tim Cook | CEO Apple"]],
  // Elsewhere in the sentence, after the title and its holder, the word changes nothing.
  ["Việc này có thể kéo dài, ông Nguyễn Văn An, Giám đốc Sở Y tế, cho biết.", ["Nguyễn Văn An | Giám đốc Sở Y tế"], ["Giám đốc Sở Y tế | Sở Y tế"], []],
]);

edgeTable("business news: a company's senior vice president (titles.tsv \"Phó Chủ tịch cấp cao\"), its field after \"về\" and the company after \"của\"", [
  [
    "Ông Greg Joswiak, Phó Chủ tịch cấp cao về tiếp thị toàn cầu của Apple, cho biết.",
    ["Greg Joswiak | Phó Chủ tịch cấp cao về tiếp thị toàn cầu của Apple"],
    ["Phó Chủ tịch cấp cao về tiếp thị toàn cầu của Apple | Apple"],
    [],
  ],
  ["Ông John Ternus, Phó chủ tịch cấp cao về kỹ thuật phần cứng, đang được coi là ứng cử viên.", ["John Ternus | Phó chủ tịch cấp cao"], [], []],
  ["Ông Nguyễn Văn An, Phó Chủ tịch cấp cao của Vietcombank, cho biết.", ["Nguyễn Văn An | Phó Chủ tịch cấp cao của Vietcombank"], ["Phó Chủ tịch cấp cao của Vietcombank | Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"], []],
]);
