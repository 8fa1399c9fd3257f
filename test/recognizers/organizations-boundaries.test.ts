import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { holds, mentions } from "../helpers";

/** Where a body's name ends when it goes on in lower case (data/org-name-words.tsv). */
describe("organization names that go on in lower case", () => {
  it.each([
    // The sentence's verb after the body is not part of its name.
    ["Giao Trung tâm Y tế rà soát, thực hiện lấy mẫu.", ["Trung tâm Y tế"]],
    ["Đa số thành viên Ủy ban Kinh tế tán thành với phương án.", ["Ủy ban Kinh tế"]],
    ["Nghị quyết được Ủy ban Thường vụ thông qua về nội dung trên.", ["Ủy ban Thường vụ"]],
    ["Các chiến sĩ Đồn Biên phòng Thông Thụ tuần tra trên sông.", ["Đồn Biên phòng Thông Thụ"]],
    ["Tỉnh yêu cầu Sở Y tế chỉ đạo các bệnh viện.", ["Sở Y tế"]],
    // A common word whose second syllable is a function word stays whole inside a name (grammar-words.tsv compound).
    ["Trung tâm Dịch vụ Việc làm Hà Nội tuyển sinh; Công ty Thiết bị Y tế Minh An và Công ty cổ phần Dịch vụ Hàng không Nội Bài trúng thầu.", ["Trung tâm Dịch vụ Việc làm Hà Nội", "Công ty Thiết bị Y tế Minh An", "Công ty cổ phần Dịch vụ Hàng không Nội Bài"]],
    // A known body whose name has a comma and more than five lower-case words (organizations.tsv, org-heads.tsv).
    ["Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương báo tin; bệnh nhân được đưa về Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh.", ["Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương", "Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh"]],
    // A surname that ends a known place begun before it ("Thái Bình Dương") is no holder's name starting there.
    ["Vụ Châu Á-Thái Bình Dương Bộ Ngoại giao đã họp.", ["Vụ Châu Á-Thái Bình Dương Bộ Ngoại giao"]],
    // A gathering's word after a unit's name starts the event ("Đại hội", grammar-words.tsv gathering).
    ["Đảng bộ xã Tân Lập Đại hội đại biểu lần thứ XV thành công.", ["Đảng bộ xã Tân Lập"]],
    ["287 người được Sở TN-MT báo cáo tại tờ trình; Chủ tịch Liên đoàn Luật sư VN phân tích, Khoản 1", ["Sở TN-MT", "Liên đoàn Luật sư VN"]],
    ["Chính phủ mới chuyển ý kiến của Hội đồng Thẩm định Quốc gia sang, vẫn còn", ["Chính phủ", "Hội đồng Thẩm định Quốc gia"]],
    ["UBND tỉnh chấp thuận cho Công ty Cường Hưng đầu tư dự án Khu dân cư", ["UBND tỉnh", "Công ty Cường Hưng"]],
    // A personnel decision with the body as its subject ("Ủy ban bầu cử" keeps its "bầu").
    ["Ngân hàng Vietcombank bổ nhiệm ông Nguyễn Văn Bình làm Phó Tổng Giám đốc.", ["Ngân hàng Vietcombank"]],
    // What a company does ends its name (org-name-words.tsv, business verbs); its lower-case trade words before the name stay.
    ["Công ty TNHH Minh Phát trúng thầu.", ["Công ty TNHH Minh Phát"]],
    // In a line in capitals a title longer than a body's head starts there: "BỘ TRƯỞNG" is no body "Bộ Trưởng …".
    ["BỘ TRƯỞNG BỘ Y TẾ NGUYỄN THỊ KIM TIẾN PHÁT BIỂU", ["BỘ Y TẾ"]],
    ["Công ty Cổ phần Xây dựng Minh Phát khởi công dự án và Công ty Minh Phát lãi lớn.", ["Công ty Cổ phần Xây dựng Minh Phát", "Công ty Minh Phát"]],
    ["Công ty cổ phần giống bò sữa Mộc Châu tăng vốn; Tập đoàn Viễn thông Quân đội giảm giá.", ["Công ty cổ phần giống bò sữa Mộc Châu", "Tập đoàn Viễn thông Quân đội"]],
    ["Ngân hàng Agribank bầu bà Lê Thị Hoa làm Chủ tịch.", ["Ngân hàng Agribank"]],
    ["Ông là Chủ tịch Ủy ban bầu cử phường Bắc Sơn.", ["Ủy ban bầu cử phường Bắc Sơn"]],
    // "bầu làm", "bầu giữ chức", "bầu bổ sung" after a body written before its decision ("được X bầu làm …").
    ["Bà Đinh Thị Lụa được Ban Thường vụ bầu làm Phó Bí thư.", ["Ban Thường vụ"]],
    ["Ông Vi Văn Kiên được Hội đồng quản trị bầu giữ chức Chủ tịch.", ["Hội đồng quản trị"]],
    ["Ông Vi Văn Kiên được Ban Chấp hành bầu bổ sung vào Ban Thường vụ.", ["Ban Chấp hành", "Ban Thường vụ"]],
    // A name that goes on in lower case may end right before such a verb.
    ["Cục Đầu tư nước ngoài yêu cầu các tỉnh báo cáo.", ["Cục Đầu tư nước ngoài"]],
    // "đối với" (the person or thing a decision or a debt is about) is no part of a name.
    ["Ban Bí thư cách chức Bí thư Đảng ủy Sở Y tế đối với ông Nguyễn Văn Hùng.", ["Ban Bí thư", "Đảng ủy Sở Y tế"]],
    ["Đề nghị cách ly tại Trung tâm Y tế huyện đối với các trường hợp trên.", ["Trung tâm Y tế huyện"]],
    ["Cục Đầu tư đối với các dự án lớn đã có ý kiến.", ["Cục Đầu tư"]],
    // Lower case right after a place that ends the name is the sentence going on.
    ["Sân vận động được giao cho CLB Hà Nội quản lý.", ["CLB Hà Nội"]],
    // "phòng, chống" is written with a comma inside the name.
    ["Ban Chỉ đạo phòng, chống dịch tỉnh Nghệ An họp.", ["Ban Chỉ đạo phòng, chống dịch tỉnh Nghệ An"]],
    ["Ban chỉ đạo phòng, chống dịch Covid-19 huyện Lý Nhân chủ trì.", ["Ban chỉ đạo phòng, chống dịch Covid-19 huyện Lý Nhân"]],
    // "nhỏ và vừa", "Khối các cơ quan": "và" and "các" stay inside these names; elsewhere they end one.
    ["Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Bình Dương kiến nghị giảm thuế.", ["Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Bình Dương"]],
    ["Đảng ủy Khối các cơ quan tỉnh Hà Nam tổng kết năm.", ["Đảng ủy Khối các cơ quan tỉnh Hà Nam"]],
    ["Tỉnh ủy yêu cầu Ban Quản lý các cơ quan báo cáo.", ["Tỉnh ủy", "Ban Quản lý"]],
    ["Ban chỉ đạo Quốc gia phòng, chống dịch Covid-19 thống nhất tạm dừng.", ["Ban chỉ đạo Quốc gia phòng, chống dịch Covid-19"]],
    // Capitalized, the same words are the name's own.
    ["Ủy ban Kiểm tra Trung ương đã họp.", ["Ủy ban Kiểm tra Trung ương"]],
    // A body that opens its sentence: lower-case words that run to the sentence's end are what it does.
    ["Bệnh viện Nguyễn Trãi quá tải.", ["Bệnh viện Nguyễn Trãi"]],
    ["Trường Đại học Bách khoa tuyển sinh.", []],
    ["Cục Đầu tư nước ngoài cho biết.", ["Cục Đầu tư nước ngoài"]],
    ["Ông làm việc tại Cục Đầu tư nước ngoài.", ["Cục Đầu tư nước ngoài"]],
    // A name that is a person's ("Lê Lợi", "Chu Văn An") does not go on in lower case.
    ["Trường THCS Lê Lợi khai giảng năm học mới.", ["Trường THCS Lê Lợi"]],
    ["Hôm qua, Trường THPT Chu Văn An khai giảng năm học mới.", ["Trường THPT Chu Văn An"]],
    // A place written with its level word glued to it ends the name whole ("TP.HCM"), read as the body's place.
    ["Ông là Chủ tịch Hiệp hội Bất động sản TP.HCM.", ["Hiệp hội Bất động sản TP.HCM"]],
    ["Hiệp hội Bất động sản TP.HCM (HoREA) kiến nghị.", ["Hiệp hội Bất động sản TP.HCM", "HoREA"]],
    // A unit's number after "số" is its own, whatever verb follows; a count is not ("Đoàn 20 cán bộ").
    ["Đội CSGT số 7 xử lý vi phạm; Đội Cảnh sát giao thông số 3 tuần tra.", ["Đội CSGT số 7", "Đội Cảnh sát giao thông số 3"]],
    // "tổ chức" in lower case after a body is what it does (org-name-words.tsv ends).
    ["Hội đồng Thi đua - Khen thưởng Trung ương tổ chức hội nghị; Đội CSGT Bàn Cờ tổ chức diễn tập.", ["Hội đồng Thi đua - Khen thưởng Trung ương", "Đội CSGT Bàn Cờ"]],
    // A head word in capitals after another word in capitals ("QUỐC HỘI"), in a line not all capitals, starts no body.
    ["Nghị quyết số 35/2017/QH14. QUỐC HỘI Căn cứ Hiến pháp năm 2013.", ["QUỐC HỘI"]],
    // In a line in capitals, one common word after a common head ("PHÒNG DỊCH": epidemic prevention) names no body.
    ["BỘ TRƯỞNG BỘ Y TẾ ĐÀO HỒNG LAN: CẦN CHỦ ĐỘNG PHÒNG DỊCH\nBộ trưởng cho biết.", ["BỘ Y TẾ"]],
    // A regional unit numbered in roman numerals (location-levels.tsv numbered: "khu vực"); "khu vực 2, 3" are sectors.
    ["Chi cục Hải quan khu vực VIII thu ngân sách; Chi cục Thuế khu vực II thông báo.", ["Chi cục Hải quan khu vực VIII", "Chi cục Thuế khu vực II"]],
    ["Thuế tỉnh Nghệ An thu ngân sách đạt 80%; thuế thu nhập cá nhân tăng; Thuế thu nhập doanh nghiệp giảm.", ["Thuế tỉnh Nghệ An"]],
    // An agency named by a number (of the decision that made it), with its place or "Trung ương"/"quốc gia"; not a count.
    ["Ban Chỉ đạo 35 Trung ương họp; Ban Chỉ đạo 389 quốc gia và Ban Chỉ đạo 24 tỉnh Thanh Hóa kiểm tra.", ["Ban Chỉ đạo 35 Trung ương", "Ban Chỉ đạo 389 quốc gia", "Ban Chỉ đạo 24 tỉnh Thanh Hóa"]],
    ["Ban Chỉ đạo 3 năm qua đã làm tốt; Cục 2 lần kiểm tra.", []],
  ])("%s", (text, expected) => {
    expect(mentions(text, "organization")).toEqual(expected);
  });
});

/** Bodies that were missed: kinds of body in data/org-heads.tsv, chambers in organizations.tsv, foreign names after a common head. */
describe("organizations missed before", () => {
  it.each([
    // A presidium is a body of its own, not the "Chủ tịch" of the body after it.
    ["Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam đã khẩn trương triển khai.", ["Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"]],
    ["bổ sung nhân sự Ban Thường trực, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam (khóa VIII).", ["Ban Thường trực", "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"]],
    // Steering committees written with or without the comma, with or without their place.
    ["Ban Chỉ đạo phòng chống dịch bệnh Covid-19 tỉnh Hải Dương yêu cầu.", ["Ban Chỉ đạo phòng chống dịch bệnh Covid-19 tỉnh Hải Dương"]],
    ["làm việc với lãnh đạo tỉnh, Ban Chỉ đạo phòng chống dịch Covid-19 của tỉnh Hà Nam.", ["Ban Chỉ đạo phòng chống dịch Covid-19"]],
    ["Chấp hành viên Chi cục Thi hành án dân sự quận Tây Hồ ban hành thông báo.", ["Chi cục Thi hành án dân sự quận Tây Hồ"]],
    ["Quốc hội khóa XIV thành lập Nhóm Nghị sỹ Hữu nghị Việt Nam-Cuba.", ["Quốc hội", "Nhóm Nghị sỹ Hữu nghị Việt Nam-Cuba"]],
    ["Chủ tịch Viện Đại biểu Quốc hội Belarus Vladimir Andreichenko phát biểu.", ["Viện Đại biểu Quốc hội Belarus"]],
    // After a common head ("Báo", "Hội"), a name of no Vietnamese syllable is a name; Vietnamese words are not.
    ["cán bộ của Chi cục Kiểm lâm TPHCM phối hợp với người dân.", ["Chi cục Kiểm lâm TPHCM"]],
    ["đặt tên cho Trường Mẫu giáo Lương Hòa ở xã Lương Hòa.", ["Trường Mẫu giáo Lương Hòa"]],
    ["Báo Sankei cho biết hai bên đã thảo luận.", ["Báo Sankei"]],
    ["Báo Japan Today ngày 7/6 có bài viết.", ["Báo Japan Today"]],
    ["Hội An bắt đầu đông khách.", []],
    // A party's name is capitalized word by word: lower case after it is the sentence going on.
    ["Đảng Cộng hòa tranh cãi với Đảng Dân chủ.", ["Đảng Cộng hòa", "Đảng Dân chủ"]],
    ["Đảng Hành động Nhân dân Singapore cầm quyền.", ["Đảng Hành động Nhân dân Singapore"]],
    ["Chủ tịch Đảng Hành động nhân dân Singapore (PAP) Khaw Boon Wan.", ["Đảng Hành động nhân dân Singapore", "PAP"]],
    ["Đảng Dân chủ Tự do Nhật Bản thắng cử.", ["Đảng Dân chủ Tự do Nhật Bản"]],
    // A company's country after "của" says where it is from; a government body's names another body.
    ["Máy bay của Boeing của Mỹ được giao.", ["Boeing"]],
    ["Ủy ban Đối ngoại của Hàn Quốc họp.", ["Ủy ban Đối ngoại của Hàn Quốc"]],
    ["Phủ Tổng thống Hàn Quốc thông báo.", ["Phủ Tổng thống Hàn Quốc"]],
    // A word of the country's formal name between the body and the country ("Hoàng gia").
    ["Chính phủ Hoàng gia Campuchia và Quốc hội Vương quốc Campuchia ký kết.", ["Chính phủ Hoàng gia Campuchia", "Quốc hội Vương quốc Campuchia"]],
    // … also after "của": the assembly of another country is no "Quốc hội" of Việt Nam.
    ["Đoàn đại biểu cấp cao Quốc hội của Chính quyền Nhân dân nước Cộng hòa Cuba do ông dẫn đầu", ["Quốc hội của Chính quyền Nhân dân nước Cộng hòa Cuba"]],
    // After a title, one Vietnamese syllable after such a head is a person's name, not a body ("Trường Chinh").
    ["Kỷ niệm 110 năm ngày sinh Tổng Bí thư Trường Chinh.", []],
    ["Ông A, Giám đốc Trung tâm Y tế huyện, cho biết.", ["Trung tâm Y tế huyện"]],
    ["Cục trưởng Cục Thuế cho biết.", ["Cục Thuế"]],
    // A spaced dash before another body's head or name ends a name: the body it belongs to is a mention of its own.
    ["1/1980-3/1983: Công tác tại Viện Kỹ thuật quân sự - Bộ Quốc phòng, Thượng úy.", ["Viện Kỹ thuật quân sự", "Bộ Quốc phòng"]],
    ["GS. Lê Ngọc Canh, nguyên Phó Viện trưởng Viện nghiên cứu Văn hóa - Viện Hàn lâm Khoa học xã hội Việt Nam; nhà thơ", ["Viện nghiên cứu Văn hóa", "Viện Hàn lâm Khoa học xã hội Việt Nam"]],
    ["Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An và Ban Thi đua - Khen thưởng Trung ương", ["Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An", "Ban Thi đua - Khen thưởng Trung ương"]],
    // One foreign word that ends a name going on in lower case is its city; after a title it is the holder.
    ["Ông học tại Trường Đại học Kỹ thuật Magdeburg – Cộng hòa Liên bang Đức.", ["Trường Đại học Kỹ thuật Magdeburg"]],
    ["thạc sỹ Ngôn ngữ-Văn học, Học viện Giáo dục Gerzen tại Thành phố Saint Petersburg", ["Học viện Giáo dục Gerzen"]],
    ["Konstantin Vnukov, Cục trưởng Cục Lễ tân Philatov cùng các quan chức", ["Cục Lễ tân"]],
    // One syllable after a head that is a common word, then a spaced dash: a person, as after a title ("Trường Chinh").
    ["Tổng Bí thư Trường Chinh - Một nhân cách lớn của Cách mạng Việt Nam", []],
    // A known place written with glued hyphens stays whole in the name; a headline's body stops at its line.
    ["Mặt trận Tổ quốc Việt Nam, Hội Hữu nghị Việt Nam - Cu-ba và toàn thể nhân dân", ["Mặt trận Tổ quốc Việt Nam", "Hội Hữu nghị Việt Nam - Cu-ba"]],
    ["tiếp nhận chức Chủ tịch Diễn đàn Nghị viện châu Á - TBD\nQuốc hội Việt Nam cam kết", ["Diễn đàn Nghị viện châu Á - TBD", "Quốc hội Việt Nam"]],
    // The Chinese People's Political Consultative Conference written with "toàn quốc" (data/organizations.tsv).
    ["Phó Chủ tịch Hội nghị Hiệp thương chính trị nhân dân toàn quốc Trung Quốc Vương Gia Thụy", ["Hội nghị Hiệp thương chính trị nhân dân toàn quốc Trung Quốc"]],
    // After a company's legal form, the name may begin with lower-case words of its trade (data/org-heads.tsv "legal form").
    ["đàn bò sữa của Công ty cổ phần giống bò sữa Mộc Châu có gần 22.000 con", ["Công ty cổ phần giống bò sữa Mộc Châu"]],
    ["bà Khương Thị Mai, Giám đốc điều hành công ty TNHH nhôm Namsung Việt Nam, tự ứng cử", ["công ty TNHH nhôm Namsung Việt Nam"]],
    ["Công ty cổ phần này có trụ sở tại Hà Nội; Công ty cổ phần hóa thành công", []],
    // A description after a spaced dash is no part of the name (data/org-name-words.tsv "apposition").
    ["viết bài cho Báo Cứu quốc - Cơ quan ngôn luận của Tổng bộ Việt Minh;", ["Báo Cứu quốc", "Tổng bộ Việt Minh"]],
    // An investigation agency stands alone.
    ["Làm việc với Cơ quan An ninh điều tra về việc phong tỏa tài khoản", ["Cơ quan An ninh điều tra"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "organization")).toEqual(expected);
  });
});

/** Historical bodies (data/organizations.tsv) keep the name the text writes. */
describe("historical organizations", () => {
  it.each([
    ["Đồng chí Trường Chinh là Tổng Bí thư Đảng Cộng sản Đông Dương.", ["Đảng Cộng sản Đông Dương"]],
    ["mở rộng Mặt trận Việt Minh, củng cố các an toàn khu", ["Mặt trận Việt Minh"]],
    ["Phó Chủ tịch Hội đồng Bộ trưởng Võ Văn Kiệt", ["Hội đồng Bộ trưởng"]],
    ["Chủ tịch Ủy ban Kháng chiến Hành chính Nam Bộ", ["Ủy ban Kháng chiến Hành chính Nam Bộ"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "organization")).toEqual(expected);
  });
});

describe("organizations: places, schools and lists", () => {
  it.each([
    // A level word with a known place after a body's name is the body's place, also with a dot ("TP. Hồ Chí Minh").
    ["Ông là Phó Hiệu trưởng Trường Đại học Bách khoa TP. Hồ Chí Minh.", ["Trường Đại học Bách khoa TP. Hồ Chí Minh"]],
    ["Trường Đại học Bách khoa TP.HCM tuyển sinh.", ["Trường Đại học Bách khoa TP.HCM"]],
    // "chuyên" in lower case between the school's head and its name.
    ["Trường THPT chuyên Lê Quý Đôn tổ chức lễ khai giảng.", ["Trường THPT chuyên Lê Quý Đôn"]],
    // Bare bodies listed with spaced dashes share the place of the last one; a glued dash is one name.
    ["Lãnh đạo Tỉnh ủy - HĐND - UBND - Ủy ban MTTQ tỉnh Bắc Ninh dự.", ["Tỉnh ủy", "HĐND", "UBND", "Ủy ban MTTQ tỉnh Bắc Ninh"]],
    ["Ông A làm việc tại Vụ Tài chính các ngân hàng và tổ chức tài chính từ năm 2010.", ["Vụ Tài chính các ngân hàng và tổ chức tài chính"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "organization")).toEqual(expected);
  });

  it("bodies listed with dashes get the place of the last one", () => {
    const g = extract("Lãnh đạo Tỉnh ủy - HĐND - UBND - Ủy ban MTTQ tỉnh Bắc Ninh dự.");
    expect(g.entities.filter((e) => e.type === "organization").map((e) => e.name)).toEqual(["Tỉnh ủy Bắc Ninh", "HĐND tỉnh Bắc Ninh", "UBND tỉnh Bắc Ninh", "Ủy ban MTTQ tỉnh Bắc Ninh"]);
  });
});

/** A company's proper name written alone after its full name is the company (an alias), not a person. */
describe("company short names", () => {
  it.each([
    ["Công ty TNHH Minh Phát trúng thầu. Sau đó, Minh Phát đã thi công; ông Minh Phát cho biết.", ["Công ty TNHH Minh Phát", "Minh Phát"], ["Minh Phát"]],
    ["Tập đoàn Hoa Sen có nhà máy tại Nghệ An. Hoa Sen xuất khẩu thép.", ["Tập đoàn Hoa Sen", "Hoa Sen"], []],
    // (Before the full name, or inside a longer name, it stays what it was.)
    ["Minh Phát nói. Công ty TNHH Minh Phát trúng thầu; Lê Minh Phát đến.", ["Công ty TNHH Minh Phát"], ["Lê Minh Phát"]],
    // (A company named after its owner: his full name alone is the person.)
    ["Công ty TNHH Trần Văn Nam được thành lập năm 2010. Trần Văn Nam, Giám đốc công ty, cho biết.", ["Công ty TNHH Trần Văn Nam"], ["Trần Văn Nam"]],
  ])("%s", (text, orgs, persons) => {
    expect(mentions(text, "organization")).toEqual(orgs);
    expect(mentions(text, "person")).toEqual(persons);
  });

  it("the short name is one of the company's aliases", () => {
    const g = extract("Công ty Cổ phần Xây dựng Minh Phát khởi công. Minh Phát cho biết.");
    const orgs = g.entities.filter((e) => e.type === "organization");
    expect(orgs.map((e) => [e.name, e.type === "organization" ? e.aliases : []])).toEqual([["Công ty Cổ phần Xây dựng Minh Phát", ["Minh Phát"]]]);
  });
});

/**
 * A company's name that ends in a word that is also a surname ("Hoàng Long", "Đại Dương"): it ends where a full
 * name begins (three words or more, the one that opens with "Văn"/"Thị" when two surnames stand in the run), and
 * two capitalized words before a comma are the company's.
 */
describe("a company name ending in a surname-like word, then its head's name", () => {
  it.each([
    // [text, organizations, persons, holds]
    ["Giám đốc Công ty TNHH Xây dựng Hoàng Long Nguyễn Văn Long bị bắt.", ["Công ty TNHH Xây dựng Hoàng Long"], ["Nguyễn Văn Long"], ["Nguyễn Văn Long | Giám đốc Công ty TNHH Xây dựng Hoàng Long"]],
    ["Ông Nguyễn Văn Long, Giám đốc Công ty TNHH Xây dựng Hoàng Long, bị bắt.", ["Công ty TNHH Xây dựng Hoàng Long"], ["Nguyễn Văn Long"], ["Nguyễn Văn Long | Giám đốc Công ty TNHH Xây dựng Hoàng Long"]],
    ["Giám đốc Công ty TNHH Đại Dương Nguyễn Văn An cho biết.", ["Công ty TNHH Đại Dương"], ["Nguyễn Văn An"], ["Nguyễn Văn An | Giám đốc Công ty TNHH Đại Dương"]],
    ["Giám đốc Công ty TNHH Hoàng Long, ông Nguyễn Văn Long, bị bắt.", ["Công ty TNHH Hoàng Long"], ["Nguyễn Văn Long"], ["Nguyễn Văn Long | Giám đốc Công ty TNHH Hoàng Long"]],
    // (A name of three words after the company's own is the person: unchanged.)
    ["Chủ tịch HĐQT Tập đoàn Đèo Cả Hồ Minh Hoàng phát biểu.", ["HĐQT Tập đoàn Đèo Cả"], ["Hồ Minh Hoàng"], ["Hồ Minh Hoàng | Chủ tịch HĐQT Tập đoàn Đèo Cả"]],
  ])("%s", (text, orgs, persons, holding) => {
    expect(mentions(text, "organization")).toEqual(orgs);
    expect(mentions(text, "person")).toEqual(persons);
    expect(holds(text)).toEqual(holding);
  });
});
