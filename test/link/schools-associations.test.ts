import { edgeTable } from "../helpers";

/**
 * Posts outside government and party that news names often (issue 13, helper edu9): schools and hospitals, unions and
 * associations. Made-up sentences of the shapes real articles use.
 */
edgeTable("a school named after a person whose last two syllables are a name themselves (name-runs.ts namedAfterFullName)", [
  ["Ông Lê Văn Bình, Hiệu trưởng Trường Đại học Phan Châu Trinh cho biết.", ["Lê Văn Bình | Hiệu trưởng Trường Đại học Phan Châu Trinh"], ["Hiệu trưởng Trường Đại học Phan Châu Trinh | Trường Đại học Phan Châu Trinh"], []],
  ["Bà Trần Thị Mai, Hiệu trưởng Trường THPT Phan Châu Trinh phát biểu tại lễ khai giảng.", ["Trần Thị Mai | Hiệu trưởng Trường THPT Phan Châu Trinh"], ["Hiệu trưởng Trường THPT Phan Châu Trinh | Trường THPT Phan Châu Trinh"], []],
  // (A holder's full name after a company's name of two syllables stays the holder's.)
  ["Chủ tịch Công ty Hòa Phát Trần Văn Long cho biết.", ["Trần Văn Long | Chủ tịch Công ty Hòa Phát"], ["Chủ tịch Công ty Hòa Phát | Công ty Hòa Phát"], []],
  ["Hiệu trưởng Trường Đại học Phan Châu Trinh Lê Văn Bình cho biết.", ["Lê Văn Bình | Hiệu trưởng Trường Đại học Phan Châu Trinh"], ["Hiệu trưởng Trường Đại học Phan Châu Trinh | Trường Đại học Phan Châu Trinh"], []],
]);

edgeTable("a local Federation of Labour written LĐLĐ (org-heads.tsv)", [
  ["Hội nghị đã bầu chức vụ Chủ tịch LĐLĐ tỉnh đối với đồng chí Lê Văn Bình.", ["Lê Văn Bình | Chủ tịch LĐLĐ tỉnh"], ["Chủ tịch LĐLĐ tỉnh | LĐLĐ tỉnh"], ["election: Lê Văn Bình | Chủ tịch LĐLĐ tỉnh"]],
  ["Đồng chí Lê Văn An được bầu giữ chức Chủ tịch LĐLĐ huyện Cái Bè.", ["Lê Văn An | Chủ tịch LĐLĐ huyện Cái Bè"], ["Chủ tịch LĐLĐ huyện Cái Bè | LĐLĐ huyện Cái Bè"], ["election: Lê Văn An | Chủ tịch LĐLĐ huyện Cái Bè"]],
  // (The national one keeps its own entry.)
  ["Ông Trần Văn Hải, Phó Chủ tịch Thường trực Tổng LĐLĐ Việt Nam dự hội nghị.", ["Trần Văn Hải | Phó Chủ tịch Thường trực Tổng LĐLĐ Việt Nam"], ["Phó Chủ tịch Thường trực Tổng LĐLĐ Việt Nam | Tổng Liên đoàn Lao động Việt Nam"], []],
]);

edgeTable("the holder's own step ends the body's name written before it (org-name-words.tsv ends)", [
  ["Bác sĩ Lê Văn Đính, Giám đốc Bệnh viện Nhi đồng nghỉ hưu theo chế độ.", ["Lê Văn Đính | Giám đốc Bệnh viện Nhi đồng | former"], ["Giám đốc Bệnh viện Nhi đồng | Bệnh viện Nhi đồng"], ["retirement: Lê Văn Đính | Giám đốc Bệnh viện Nhi đồng"]],
  ["Trung ương Hội chuẩn y ông Lê Văn An giữ chức vụ Chủ tịch Hội CCB tỉnh thay ông Trần Văn Tâm, Chủ tịch Hội CCB tỉnh thôi tham gia công tác Hội.", ["Lê Văn An | Chủ tịch Hội CCB tỉnh", "Trần Văn Tâm | Chủ tịch Hội CCB tỉnh | former"], ["Chủ tịch Hội CCB tỉnh | Hội CCB tỉnh"], ["approval: Lê Văn An | Chủ tịch Hội CCB tỉnh"]],
  // (A death was read so before.)
  ["Ông Lê Văn Đính, nguyên Giám đốc Bảo tàng Mỹ thuật từ trần tại nhà riêng.", ["Lê Văn Đính | Giám đốc Bảo tàng Mỹ thuật | former"], ["Giám đốc Bảo tàng Mỹ thuật | Bảo tàng Mỹ thuật"], ["death: Lê Văn Đính | Giám đốc Bảo tàng Mỹ thuật"]],
]);

edgeTable("a name after an object word, then the passive of a decision: that name's clause (holds.ts objectThenPassive)", [
  ["Ông An đảm nhiệm thay vị trí của ông Lê Quân vừa được bổ nhiệm chức vụ Thứ trưởng Bộ Y tế.", ["Lê Quân | Thứ trưởng Bộ Y tế"], ["Thứ trưởng Bộ Y tế | Bộ Y tế"], ["appointment: Lê Quân | Thứ trưởng Bộ Y tế"]],
  ["Ông Lê Văn An được bầu làm Chủ tịch UBND huyện, thay ông Trần Văn Bình vừa được điều động làm Bí thư Huyện ủy.", ["Lê Văn An | Chủ tịch UBND huyện", "Trần Văn Bình | Bí thư Huyện ủy", "Trần Văn Bình | Chủ tịch UBND huyện | former"], ["Chủ tịch UBND huyện | UBND huyện", "Bí thư Huyện ủy | Huyện ủy"], ["election: Lê Văn An | Chủ tịch UBND huyện", "appointment: Trần Văn Bình | Bí thư Huyện ủy"]],
  // (The one who decides between "được" and the decision word.)
  ["Tân Chủ tịch LĐLĐ tỉnh Lê Văn Linh cảm ơn Ban Chấp hành để tiếp nối công việc của đồng chí Trần Song Toàn vừa được Ban Thường vụ Tỉnh ủy chỉ định vào chức danh Bí thư Huyện ủy Châu Thành.", ["Lê Văn Linh | Chủ tịch LĐLĐ tỉnh", "Trần Song Toàn | Bí thư Huyện ủy Châu Thành"], ["Chủ tịch LĐLĐ tỉnh | LĐLĐ tỉnh", "Bí thư Huyện ủy Châu Thành | Huyện ủy Châu Thành"], ["appointment: Trần Song Toàn | Bí thư Huyện ủy Châu Thành"]],
  // (No passive: "A thay ông B làm T" is A's, as before.)
  ["Ông An thay ông Bình làm Giám đốc Sở Y tế.", ["An | Giám đốc Sở Y tế", "Bình | Giám đốc Sở Y tế | former"], ["Giám đốc Sở Y tế | Sở Y tế"], []],
]);

edgeTable("a group after the comma that closes a name's title opens a clause of its own (grammar-words.tsv group-subject)", [
  ["Theo đó, NSND Lê Hùng giữ vị trí Giám đốc Bảo tàng Hà Nội, các phó giám đốc đương nhiệm tiếp tục làm Phó giám đốc Bảo tàng Hà Nội.", ["Lê Hùng | Giám đốc Bảo tàng Hà Nội"], ["Giám đốc Bảo tàng Hà Nội | Bảo tàng Hà Nội", "Phó giám đốc Bảo tàng Hà Nội | Bảo tàng Hà Nội"], []],
  ["Ông Trần Văn Hải được bầu làm Chủ tịch Hội Nông dân tỉnh, những ủy viên còn lại tiếp tục làm Ủy viên Ban Thường vụ.", ["Trần Văn Hải | Chủ tịch Hội Nông dân tỉnh"], ["Chủ tịch Hội Nông dân tỉnh | Hội Nông dân tỉnh", "Ủy viên Ban Thường vụ | Ban Thường vụ"], ["election: Trần Văn Hải | Chủ tịch Hội Nông dân tỉnh"]],
  // (A time is no group: "những năm qua".)
  ["Ông Lê Văn An, nguyên Bí thư Huyện ủy, những năm qua làm Chủ tịch Hội Khuyến học tỉnh.", ["Lê Văn An | Bí thư Huyện ủy | former", "Lê Văn An | Chủ tịch Hội Khuyến học tỉnh"], ["Bí thư Huyện ủy | Huyện ủy", "Chủ tịch Hội Khuyến học tỉnh | Hội Khuyến học tỉnh"], []],
]);

edgeTable("a theatre named by its genre in lower case (org-heads.tsv Nhà hát Kịch …)", [
  ["Ông Lê Văn An là Giám đốc Nhà hát kịch Quốc gia.", ["Lê Văn An | Giám đốc Nhà hát kịch Quốc gia"], ["Giám đốc Nhà hát kịch Quốc gia | Nhà hát kịch Quốc gia"], []],
  ["Bà Lê Thị Hoa, Phó Giám đốc Nhà hát chèo Ninh Bình cho biết.", ["Lê Thị Hoa | Phó Giám đốc Nhà hát chèo Ninh Bình"], ["Phó Giám đốc Nhà hát chèo Ninh Bình | Nhà hát chèo Ninh Bình"], []],
]);

edgeTable("titles listed before 'và chức vụ' and the last title, then the holder after 'đối với' (holds.ts chainGapOk)", [
  ["Hội nghị đã tiến hành bầu bổ sung Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ và chức vụ Chủ tịch LĐLĐ tỉnh đối với đồng chí Lê Văn Linh.", ["Lê Văn Linh | Ủy viên Ban Chấp hành", "Lê Văn Linh | Ủy viên Ban Thường vụ", "Lê Văn Linh | Chủ tịch LĐLĐ tỉnh"], ["Ủy viên Ban Chấp hành | Ban Chấp hành", "Ủy viên Ban Thường vụ | Ban Thường vụ", "Chủ tịch LĐLĐ tỉnh | LĐLĐ tỉnh"], ["election: Lê Văn Linh | Ủy viên Ban Chấp hành", "election: Lê Văn Linh | Ủy viên Ban Thường vụ", "election: Lê Văn Linh | Chủ tịch LĐLĐ tỉnh"]],
  ["HĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh và chức vụ Ủy viên UBND tỉnh đối với ông Trần Văn Nam.", ["Trần Văn Nam | Phó Chủ tịch UBND tỉnh | former", "Trần Văn Nam | Ủy viên UBND tỉnh | former"], ["Phó Chủ tịch UBND tỉnh | UBND tỉnh", "Ủy viên UBND tỉnh | UBND tỉnh"], ["dismissal: Trần Văn Nam | Phó Chủ tịch UBND tỉnh", "dismissal: Trần Văn Nam | Ủy viên UBND tỉnh"]],
]);

edgeTable("'Chủ tịch Hội đồng' written alone before the next title of the chain (office-rules.tsv bare_body)", [
  ["Thủ tướng bổ nhiệm ông Lê Văn An giữ chức Chủ tịch Hội đồng, Giám đốc Đại học Quốc gia Hà Nội.", ["Lê Văn An | Chủ tịch Hội đồng", "Lê Văn An | Giám đốc Đại học Quốc gia Hà Nội"], ["Giám đốc Đại học Quốc gia Hà Nội | Đại học Quốc gia Hà Nội", "Thủ tướng | Chính phủ"], ["appointment: Lê Văn An | Chủ tịch Hội đồng", "appointment: Lê Văn An | Giám đốc Đại học Quốc gia Hà Nội"]],
]);

edgeTable("a religious title's initials (TT, HT) name a monk only before 'Thích' (persons.ts religiousInitialsAlone)", [
  ["Ông Lê Văn An, Phó Chủ tịch TT TƯ GHPG VN đã báo cáo.", ["Lê Văn An | Phó Chủ tịch"], [], []],
  // (Before "Thích" the initials stay the monk's address word.)
  ["TT Thích Nhật Minh, Phó Chủ tịch Hội đồng Trị sự, phát biểu.", ["Thích Nhật Minh | Phó Chủ tịch Hội đồng Trị sự"], ["Phó Chủ tịch Hội đồng Trị sự | Hội đồng Trị sự"], []],
]);

edgeTable("the Buddhist Sangha's elections (personnel-events.tsv suy cử, suy tôn) and its council written HĐTS (org-heads.tsv)", [
  ["Hòa thượng Thích Thiện Minh, nguyên Phó Chủ tịch HĐTS vừa được suy cử giữ chức Quyền Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam.", ["Thích Thiện Minh | Phó Chủ tịch HĐTS | former", "Thích Thiện Minh | Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam | acting"], ["Phó Chủ tịch HĐTS | HĐTS", "Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam | Hội đồng Trị sự Giáo hội Phật giáo Việt Nam"], ["election: Thích Thiện Minh | Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam"]],
  ["Hội đồng tái suy tôn Hòa thượng Thích Phổ Minh là Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam.", ["Thích Phổ Minh | Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam"], ["Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam | Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam"], ["election: Thích Phổ Minh | Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam"]],
]);

edgeTable("an approval told before 'thay ông B được … T2' is not of B's new post (tenure-events.ts replacedAfter)", [
  ["Ông Lê Văn Tư trao Quyết định chuẩn y Bí thư Tỉnh ủy Nam Định đối với ông Nguyễn Văn Hưng, thay ông Phạm Văn Hà được Trung ương điều động, phân công giữ chức vụ Thứ trưởng Bộ Xây dựng.", ["Nguyễn Văn Hưng | Bí thư Tỉnh ủy Nam Định", "Phạm Văn Hà | Thứ trưởng Bộ Xây dựng"], ["Bí thư Tỉnh ủy Nam Định | Tỉnh ủy Nam Định", "Thứ trưởng Bộ Xây dựng | Bộ Xây dựng"], ["approval: Nguyễn Văn Hưng | Bí thư Tỉnh ủy Nam Định", "appointment: Phạm Văn Hà | Thứ trưởng Bộ Xây dựng"]],
]);
