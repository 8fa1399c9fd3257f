import { describe, expect, it } from "vitest";
import { holds, mentions } from "../helpers";

describe("locations", () => {
  it.each([
    ["Tham dự tại điểm cầu tỉnh Thừa Thiên Huế", ["tỉnh Thừa Thiên Huế"]],
    ["Nhà ở đường Lê Duẩn", ["đường Lê Duẩn"]],
    // A numbered lane before the street it opens on is one address; a street named after a place is a street.
    ["Nhà ở ngõ 83 đường Dục Nội, hẻm 12 đường Lê Lợi và phố Huế.", ["ngõ 83 đường Dục Nội", "hẻm 12 đường Lê Lợi", "phố Huế"]],
    // a pedestrian street named after a person is a street, not the person
    ["Ông thăm phố đi bộ Nguyễn Huệ (quận 1)", ["phố đi bộ Nguyễn Huệ", "quận 1"]],
    ["Khách dạo phố đi bộ Trịnh Công Sơn buổi tối", ["phố đi bộ Trịnh Công Sơn"]],
    ["tại quận Đống Đa, Hà Nội", ["quận Đống Đa", "Hà Nội"]],
    ["trụ sở ở quận 1", ["quận 1"]],
    ["xã Ea Huar (huyện Buôn Đôn, Đắk Lắk)", ["xã Ea Huar", "huyện Buôn Đôn", "Đắk Lắk"]],
    ["chuyến thăm Nhật Bản và Hoa Kỳ", ["Nhật Bản", "Hoa Kỳ"]],
    // A country's other spelling (i / y): "Thụy Sỹ" is "Thụy Sĩ".
    ["gồm Ba Lan, Thụy Sỹ, Hy Lạp", ["Ba Lan", "Thụy Sỹ", "Hy Lạp"]],
    // "nước" before a state's formal name is its unit word (like "tỉnh"); not in "đất nước", "Chủ tịch nước", "Nhà nước".
    ["Đoàn đại biểu nước Cộng hòa Cuba và nhân dân nước Cộng hòa Dân chủ Nhân dân Lào đến Hà Nội.", ["nước Cộng hòa Cuba", "nước Cộng hòa Dân chủ Nhân dân Lào", "Hà Nội"]],
    ["Hiệp định giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Vương quốc Campuchia.", ["nước Cộng hòa xã hội chủ nghĩa Việt Nam", "nước Vương quốc Campuchia"]],
    ["Xây dựng đất nước Cộng hòa Cuba; nhân dân nước Lào.", ["Cộng hòa Cuba", "Lào"]],
    ["Chủ tịch nước Cộng hòa Cuba phát biểu.", []],
    ["thành phố Tam Kỳ", ["thành phố Tam Kỳ"]],
    // After a plural level word and a colon, the places are listed by their names alone.
    ["Đơn vị bầu cử số 2 gồm thị xã Bỉm Sơn và các huyện: Hà Trung, Nga Sơn, Vĩnh Lộc.", ["thị xã Bỉm Sơn", "Hà Trung", "Nga Sơn", "Vĩnh Lộc"]],
    ["các huyện: nhiều nơi bị ngập", []],
    // … after a count too ("8 phường, gồm:"), the last after "và"; wards and villages, which the gazetteer does not list,
    // by their capitalized names with a number ("Mỹ Đình 2"), not as persons.
    ["Quận Cầu Giấy có 4 phường, gồm: Mai Dịch, Quan Hoa, Mỹ Đình 2 và Nghĩa Tân.", ["Quận Cầu Giấy", "Mai Dịch", "Quan Hoa", "Mỹ Đình 2", "Nghĩa Tân"]],
    ["Sáp nhập 3 huyện: Hoài Đức, Gia Lâm và Đan Phượng thành quận.", ["Hoài Đức", "Gia Lâm", "Đan Phượng"]],
    // After a count (2 or more, after a function word), the places are named without their level word (eval/CONVENTIONS.md);
    // not a number that names a body, a unit or a house, nor one glued to a word.
    ["Huyện giáp với 2 tỉnh Salavan và Sê Kông; tỉnh có 2 thành phố Biên Hòa, Long Khánh.", ["Salavan", "Sê Kông", "Biên Hòa", "Long Khánh"]],
    ["Ban Chỉ đạo 24 huyện Quảng Xương họp; phòng dịch Covid-19 tỉnh Hà Nam; tổ 5 phường Mai Dịch.", ["tỉnh Hà Nam", "phường Mai Dịch"]],
    // A unit's level word before a region: the provinces of that region; the place is the region.
    ["Các tỉnh Nam Trung Bộ và các tỉnh Tây Nguyên cùng tỉnh Hà Nam.", ["Nam Trung Bộ", "Tây Nguyên", "tỉnh Hà Nam"]],
    // A named venue is one place, not a title inside it; a body named in it stays a body (see organizations).
    ["Tại Phủ Chủ tịch, Chủ tịch nước tiếp đoàn; sau đó viếng Lăng Chủ tịch Hồ Chí Minh.", ["Phủ Chủ tịch", "Lăng Chủ tịch Hồ Chí Minh"]],
    ["Đoàn đến Phủ Chủ tịch Lào và Nhà Quốc hội.", []],
    // A list of places joined by dashes: every one is a place, districts named without their level word too.
    ["liên khu Nam Định - Hà Nam - Ninh Bình", ["liên khu Nam Định", "Hà Nam", "Ninh Bình"]],
    ["tuyến đường sắt đô thị Hà Nội - Hà Đông", ["Hà Nội", "Hà Đông"]],
    // A road named by what it joins is one place.
    ["trên cao tốc TPHCM - Long Thành - Dầu Giây tăng", ["cao tốc TPHCM - Long Thành - Dầu Giây"]],
    ["đoạn đường Cao Bá Quát - Cầu Lùng bị ngập", ["đường Cao Bá Quát - Cầu Lùng"]],
    ["chuyến thăm chính thức Bồ Đào Nha", ["Bồ Đào Nha"]],
    // A place no gazetteer lists, where only a place can stand: after "và" (or a plural's comma list)
    // following a place with its level word, or after "ở"/"tại" before a known place in parentheses.
    ["đoạn qua huyện Hướng Hóa và Đakrông đang được thắt chặt", ["huyện Hướng Hóa", "Đakrông"]],
    ["tại các xã Phước Lộc, Phước Công và Phước Kim bị sạt lở", ["xã Phước Lộc", "Phước Công", "Phước Kim"]],
    ["hai cửa khẩu Lao Bảo và La Lay", ["cửa khẩu Lao Bảo", "La Lay"]],
    ["xả thải ở cụm công nghiệp Phú Lâm (huyện Tiên Du) và Phong Khê (TP Bắc Ninh)", ["cụm công nghiệp Phú Lâm", "huyện Tiên Du", "Phong Khê", "TP Bắc Ninh"]],
    ["Hai ca bệnh ở Lỗ Giao, Việt Hùng (Đông Anh) đã được cách ly.", ["Lỗ Giao", "Việt Hùng", "Đông Anh"]],
    ["các cơ sở ở Phong Khê (TP Bắc Ninh) bị đình chỉ", ["Phong Khê", "TP Bắc Ninh"]],
    ["trú tại khu Trung, Việt Hùng (Đông Anh); ở Lỗ Giao, Việt Hùng; công nhân", ["khu Trung", "Việt Hùng", "Đông Anh", "Lỗ Giao", "Việt Hùng"]],
    ["Ông sinh ra tại Tân Định, Sài Gòn và Hội nghị diễn ra tại Pác Bó, Cao Bằng.", ["Tân Định", "Sài Gòn", "Pác Bó", "Cao Bằng"]],
    ["Ông ở Hà Nội, Nguyễn Văn An cho biết.", ["Hà Nội"]],
    // A district named without its level word after "ở", "tại", "quê" (alone, such names are often given names).
    ["trồng cây ở Cần Giờ và quán ăn tại Lý Nhân, Hà Nam", ["Cần Giờ", "Lý Nhân", "Hà Nam"]],
    ["các trào lưu ở Mỹ La tinh và tháp Chàm tại Mỹ Sơn…", []],
    ["anh ở Tuấn Anh", []],
    // A city or district is named bare when its name cannot be a person's (data/given-names.txt, surnames.tsv)
    // and is no ordinary word or other name (data/ambiguous-places.tsv).
    ["lượng khách đến Vũng Tàu và Nha Trang tăng, Đà Lạt đông", ["Vũng Tàu", "Nha Trang", "Đà Lạt"]],
    ["tập thể Kim Liên (Đống Đa) và chè Mộc Châu", ["Đống Đa", "Mộc Châu"]],
    ["Chị Long Khánh cho biết", []],
    ["cuộc khởi nghĩa Hai Bà Trưng và phong trào Tây Sơn; quận Hai Bà Trưng", ["quận Hai Bà Trưng"]],
    // A number right after a ward's, village's or facility's name is the name's; not a count of things or time.
    ["tại phường Cổ Nhuế 1, quận Bắc Từ Liêm; cầu Thủ Thiêm 2 sẽ xong; hầm Hải Vân 1 (Đà Nẵng)", ["phường Cổ Nhuế 1", "quận Bắc Từ Liêm", "cầu Thủ Thiêm 2", "hầm Hải Vân 1", "Đà Nẵng"]],
    ["xã Tân Lập 3 năm liền đạt chuẩn; cầu Rồng 5 lần phun lửa", ["xã Tân Lập", "cầu Rồng"]],
    // Two level words that make one (location-levels.tsv: "hồ thủy điện", "đường đèo", "cảng biển"); the number after a known name too.
    ["nước hồ thủy điện Trị An 2, nhà máy thủy điện Hòa Bình và đường đèo Hải Vân", ["hồ thủy điện Trị An 2", "nhà máy thủy điện Hòa Bình", "đường đèo Hải Vân"]],
    ["tàu vào cảng biển Hải Phòng qua đường hầm Hải Vân; đường hầm dài 2 km", ["cảng biển Hải Phòng", "đường hầm Hải Vân"]],
    // Bridges, stations, villages, caves and peaks, but not inside another word (location-levels.tsv, not_after).
    ["xe qua cầu Vĩnh Tuy đến ga Hà Nội; người dân bản Ka Túc; hang Sơn Đoòng; đỉnh Fansipan", ["cầu Vĩnh Tuy", "ga Hà Nội", "bản Ka Túc", "hang Sơn Đoòng", "đỉnh Fansipan"]],
    ["Bộ yêu cầu Bộ Y tế trả lời văn bản Bộ Tài chính; tại điểm cầu Hà Nội; hội nghị thượng đỉnh Mekong", ["Hà Nội", "Mekong"]],
    ["bản Kế hoạch và bản Tuyên bố chung được thông qua", []],
    // After "ở"/"tại", a name the text gives a level word elsewhere, with its number; not a name it does not.
    ["trụ sở UBND phường Phong Khê bị ngập; 6 doanh nghiệp ở Phong Khê; thủy điện Đa Nhim 2 và ở Đa Nhim 2 có đảo; ông An ở Cẩm Phong", ["Phong Khê", "thủy điện Đa Nhim 2", "Đa Nhim 2"]],
    // "khu tập thể" (a collective housing quarter); a unit inside a district may be named after it with one more syllable.
    ["khu tập thể Kim Liên (Đống Đa), khu tập thể Thanh Xuân Bắc và phường Thanh Xuân Nam; xã Hoài Đức Nguyễn Văn An", ["khu tập thể Kim Liên", "Đống Đa", "khu tập thể Thanh Xuân Bắc", "phường Thanh Xuân Nam", "xã Hoài Đức"]],
    // In parentheses right after a place, a listed district is where it lies, though its name could be a person's.
    ["thị trấn Trới (Hạ Long, Quảng Ninh) và khu công nghiệp Việt Hưng (Hạ Long); ông Lê Văn An (Hạ Long)", ["thị trấn Trới", "Hạ Long", "Quảng Ninh", "khu công nghiệp Việt Hưng", "Hạ Long"]],
    // "bến" (a wharf) only in lower case (location-levels.tsv, lower_only): capitalized it starts a name.
    ["tàu neo ngoài bến Ngư Lộc; Bảo tàng Hồ Chí Minh (Bến Nhà Rồng); tỉnh Bến Tre", ["bến Ngư Lộc", "tỉnh Bến Tre"]],
    // Opening parentheses after a person, a listed district before a comma and a known place that closes them: where they live.
    ["chị Nguyễn Thị Ngà (Long Biên, Hà Nội) và anh Lê Văn An (Gia Lâm, Hà Nội) cho biết; ông Lê Văn Bình (Tuấn Minh, Hà Nội).", ["Long Biên", "Hà Nội", "Gia Lâm", "Hà Nội", "Hà Nội"]],
    // A Catholic parish is a place: the name after "giáo xứ" is no person's.
    ["cử tri Trần Văn Lộc, Chánh xứ giáo xứ Phú Nhai, phát biểu", ["giáo xứ Phú Nhai"]],

    // not a place: a capitalized word, initials, a body, a person with an address or a title after "và"
    ["cán bộ TP Hội An và Thanh tra Sở GTVT kiểm tra", ["TP Hội An"]],
    ["làm việc tại Khu công nghiệp Thăng Long và N.Đ.Đ - công nhân", ["Khu công nghiệp Thăng Long"]],
    ["UBND tỉnh Sơn La và Bộ Giao thông vận tải", []],
    ["người dân xã Tam Hiệp và ông Nguyễn Văn An", ["xã Tam Hiệp"]],
    ["làm việc với Nguyễn Văn An (Hà Nội)", ["Hà Nội"]],
    // a known place that begins with its level word in lower case, but not after another level word
    ["ở châu Á và châu Âu", ["châu Á", "châu Âu"]],
    ["các tỉnh miền Trung", ["miền Trung"]],
    // "TP." ends a sentence when an address word follows; a place after it is the city.
    ["vì hạnh phúc của nhân dân TP. Ông Nguyễn Thiện Nhân sinh năm 1953, quê Trà Vinh.", ["Trà Vinh"]],
    ["Ông là người con của TP. Hồ Chí Minh.", ["TP. Hồ Chí Minh"]],
    // A listed city or district whose name could be given names is a place after a verb of going (grammar-words.tsv
    // toward-place) as after "ở", "tại"; written alone it is not one, and a person's short name stays a person.
    ["Du khách đổ về Hội An và đến Biên Hòa.", ["Hội An", "Biên Hòa"]],
    ["Đoàn đến thăm Đông Hà rồi rời Long Khánh.", ["Đông Hà", "Long Khánh"]],
    ["Biên Hòa là thành phố công nghiệp.", []],
    ["Ông Vinh về thăm quê.", []],
    // An island district or commune keeps its whole level word (location-levels.tsv, admin-levels.tsv).
    ["Huyện đảo Lý Sơn đón khách; ông về xã đảo Thạnh An, huyện Cần Giờ.", ["Huyện đảo Lý Sơn", "xã đảo Thạnh An", "huyện Cần Giờ"]],
    // An epithet between the level word and the name stays in the span, as "huyện đảo" (location-levels.tsv); "núi" after
    // "miền" is no mountain.
    ["Lũ ở huyện miền núi Tương Dương, Xã miền núi Thanh Mỹ và xã biên giới Ia Mơ; huyện nghèo Thanh Chương; leo núi Bà Đen.", ["huyện miền núi Tương Dương", "Xã miền núi Thanh Mỹ", "xã biên giới Ia Mơ", "huyện nghèo Thanh Chương", "núi Bà Đen"]],
    // A canal keeps its feature word, its name in Vietnamese (location-levels.tsv native_name): "kênh Đảng", "kênh VTV1",
    // "Kênh Truyền hình" are channels. A trail named after a person is a place.
    ["Thi công kênh La Khê và kênh Nhiêu Lộc – Thị Nghè; tin qua kênh Đảng, kênh VTV1 và kênh Nhà nước; đi đường mòn Hồ Chí Minh.", ["kênh La Khê", "kênh Nhiêu Lộc – Thị Nghè", "đường mòn Hồ Chí Minh"]],
    // A quarter named after the place in it, with that place's level word, is one place; a safety zone of the resistance,
    // its abbreviation in parentheses kept inside (eval/CONVENTIONS.md, fresh8).
    ["Trồng cây ở khu công viên Rừng Sác; dân khu dân cư cầu Dần Xây và khu tập thể ga Cổ Loa.", ["khu công viên Rừng Sác", "khu dân cư cầu Dần Xây", "khu tập thể ga Cổ Loa"]],
    ["Về An toàn khu (ATK) Định Hóa, ATK Việt Bắc, An toàn khu Trung ương và Lán Tỉn Keo; Khu kinh tế (KKT) Vân Phong.", ["An toàn khu (ATK) Định Hóa", "ATK Việt Bắc", "An toàn khu Trung ương", "Lán Tỉn Keo", "Khu kinh tế (KKT) Vân Phong"]],
    // Landmarks whose names hold lower-case words or a title (location-aliases.tsv), one place with nothing inside; a
    // tunnel or bridge named after its river; a military sub-sector of the old regime.
    ["Đoàn đặt vòng hoa tại Đài tưởng niệm các Anh hùng liệt sỹ, thăm Khu di tích Chủ tịch Hồ Chí Minh và Đại lễ đường Nhân dân.", ["Đài tưởng niệm các Anh hùng liệt sỹ", "Khu di tích Chủ tịch Hồ Chí Minh", "Đại lễ đường Nhân dân"]],
    ["Xe qua đường hầm sông Sài Gòn và cầu sông Hàn; quân đánh chi khu Long Thành.", ["đường hầm sông Sài Gòn", "cầu sông Hàn", "chi khu Long Thành"]],
    // An unlisted name the text gives a level word is the same place written bare (two or three Vietnamese syllables, a
    // unit's number kept); not on a list after a comma (it may be a title's), nor a person's name.
    ["Chính phủ công nhận xã đảo Thạnh An. Người dân Thạnh An vui mừng; đi hầm Hải Vân 1 rồi về đi Hải Vân 2 (hầm Hải Vân 2).", ["xã đảo Thạnh An", "Thạnh An", "hầm Hải Vân 1", "Hải Vân 2", "hầm Hải Vân 2"]],
    ["Tổ trưởng tổ bầu cử thôn Yên Vực, Yên Cảnh họp; ông về thôn Hoàng Xá. Ông Hoàng Xá nói; khu đô thị mới Thủ Thiêm.", ["thôn Yên Vực", "thôn Hoàng Xá", "khu đô thị mới Thủ Thiêm"]],
    // A person-shaped name right after "tại" or "ở" is a place named after someone (a street, a quarter).
    ["Các quán bar tại Bùi Viện đóng cửa; anh N.Đ.Đ (ở Lỗ Giao; làm tại Công ty Vinco); gặp tại nhà ông Lê Văn An.", ["Bùi Viện", "Lỗ Giao"]],
    // … not a name the text gives a person elsewhere, whole after an address word or its given name after one.
    ["Anh Hoàng Văn Nam làm việc chăm chỉ; điều đáng quý ở Hoàng Văn Nam là sự tận tụy; quán của anh ở Bùi Viện.", ["Bùi Viện"]],
    ["Ông Khoa kể rằng cái hay ở Trần Đăng Khoa là giọng văn, tôi tin ở Trần Đăng Khoa.", []],
    // Land lots keep their feature word and their code (eval/CONVENTIONS.md).
    ["Nhà ở khu đất dịch vụ LK20A-20B phường Dương Nội bị nứt; khu đất vàng bị bỏ hoang.", ["khu đất dịch vụ LK20A-20B", "phường Dương Nội"]],
    // Forests and hills keep their feature word; a country after "rừng" is what the forests belong to.
    ["Thăm rừng ngập mặn Cần Giờ, rừng U Minh và đồi Him Lam; rừng Việt Nam bị phá.", ["rừng ngập mặn Cần Giờ", "rừng U Minh", "đồi Him Lam", "Việt Nam"]],
    // Numbered roads of a province, a district, a ring (location-levels.tsv); "vành đai" alone is any belt.
    ["Đường Vành đai 3 được khởi công; xe chạy trên đường tỉnh 842 và đường huyện 12.", ["Đường Vành đai 3", "đường tỉnh 842", "đường huyện 12"]],
    ["Lực lượng tạo nên một vành đai 3 lớp.", []],
    // A transliterated name's syllables glued by hyphens stay one name.
    ["Đoàn đến tỉnh Chăm-pa-sắc và thành phố Pác-xế của Lào.", ["tỉnh Chăm-pa-sắc", "thành phố Pác-xế", "Lào"]],
    // A listed place the text names with a level word is the same place written bare elsewhere; not after an address
    // word or inside a body's name.
    ["Quy hoạch bán đảo Sơn Trà được bàn. Vấn đề Sơn Trà cần thống nhất, vì Sơn Trà là tài sản chung.", ["bán đảo Sơn Trà", "Sơn Trà", "Sơn Trà"]],
    ["Du khách đến thành phố Hội An. Phòng Văn hóa thông tin Hội An cho biết; ông Hội An nói.", ["thành phố Hội An"]],
    // Regions written with "bộ" in lower case, as some papers do (location-aliases.tsv, matched as spelled); not "Thủ đô" before a capital's name.
    ["Lũ ở các tỉnh miền Trung và Nam bộ, ở miền Đông Nam bộ và vùng Bắc Trung bộ; Thủ đô Tokyo.", ["miền Trung", "Nam bộ", "miền Đông Nam bộ", "vùng Bắc Trung bộ", "Thủ đô Tokyo"]],
    // Chinese provinces and cities in their Sino-Vietnamese names, capitals' other spellings (foreign-places.tsv, countries.tsv);
    // after an address word, such a name that could be a person's is the person.
    ["Dịch bùng phát ở Hồ Bắc, Tứ Xuyên và Cáp Nhĩ Tân; đoàn đến Mátxcơva, Bruxelles và Ulan Bator; bà Hồ Nam nói.", ["Hồ Bắc", "Tứ Xuyên", "Cáp Nhĩ Tân", "Mátxcơva", "Bruxelles", "Ulan Bator"]],
    // Regions of the world (foreign-places.tsv).
    ["Các nước Đông Âu, Tây Âu, Nam Mỹ và Đông Á.", ["Đông Âu", "Tây Âu", "Nam Mỹ", "Đông Á"]],
    // Provinces and regions of Laos (foreign-places.tsv); a counted level word before a region is a plural's.
    ["Sơn La giúp 8 tỉnh Bắc Lào, gồm Hua Phan, Bokeo, Oudomxay và Phongsali; các tỉnh Bắc Lào cử đoàn.", ["Sơn La", "Bắc Lào", "Hua Phan", "Bokeo", "Oudomxay", "Phongsali", "Bắc Lào"]],
    ["Hợp tác giữa Rotterdam và TP.HCM; đặc khu ở cảng Mariel; ông mở ĐSQ tại Hai-ti.", ["Rotterdam", "TP.HCM", "cảng Mariel", "Hai-ti"]],
    // "phố" after "thành" is the second syllable of "thành phố" (location-levels.tsv not_after), not a street numbered 70.
    ["Quốc hội bổ sung cho thành phố 70% số tăng thu; cách trung tâm thành phố 50 km.", []],
    // Several levels joined before the colon: "các quận, huyện: A, B".
    ["Chủ tịch UBND các quận, huyện: Hà Đông, Nam Từ Liêm báo cáo; các xã, phường và thị trấn: Phước Lộc, Phước Công.", ["Hà Đông", "Nam Từ Liêm", "Phước Lộc", "Phước Công"]],
    // A one-word body head at a name's end with nothing after it to head is the name's ("Hội" in "xã Đông Hội").
    ["Đất đai tại xã Đông Hội, huyện Đông Anh và xã Tân Hội.", ["xã Đông Hội", "huyện Đông Anh", "xã Tân Hội"]],
    // A stream numbered by the data; an economy's sectors and a count after "khu vực" are no places.
    ["Mưa lớn ở suối 33; lao động chuyển sang khu vực 2, 3 ở khu vực 3 tỉnh Tây Nguyên.", ["suối 33", "Tây Nguyên"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "location")).toEqual(expected);
  });
});

describe("a place name inside another name is not a place", () => {
  it.each([
    ["ông Tuấn Anh và huyện Đông Anh", ["huyện Đông Anh"]],
    ["Tại Hà Nội, ghi nhận 3 trường hợp", ["Hà Nội"]],
    ["Thủ tướng Nhật Bản và Tổng thống Mỹ", []],
    // A district whose name ends in a country's is read whole, with or without its level word.
    ["trú tại xã Uy Nỗ (Đông Anh) từ năm ngoái", ["xã Uy Nỗ", "Đông Anh"]],
    ["5 huyện: Hoài Đức, Đông Anh, Thanh Trì", ["Hoài Đức", "Đông Anh", "Thanh Trì"]],
    ["ở (Anh) và Pháp", ["Anh", "Pháp"]],
    ["Theo anh Hoài Đức, dự án", []],
    // A one-syllable country before one more Vietnamese syllable starts another name.
    ["tôn tạo các Tháp Chàm tại Mỹ Sơn. Hai bên", []],
    ["xã Đức Thắng, xã Mỹ Đình", ["xã Đức Thắng", "xã Mỹ Đình"]],
    ["đại diện Fiji Ru-vơ-ni Na-đa-lô dự lễ", ["Fiji"]],
    // An everyday word whose first syllable is a country's name (data/place-words.tsv), at a sentence's
    // start or in an honorary title; the country itself stays a place.
    ["Anh hùng Lao động Nguyễn Văn An dự. Pháp luật quy định rõ. Ý kiến của ông. Nhật ký của bà.", []],
    ["Ông sang Anh học. Nước Pháp và thành phố Mỹ Tho.", ["Anh", "Pháp", "thành phố Mỹ Tho"]],
    // "Anh" before a Vietnamese full name is the address word; "Anh Quốc" is the country.
    ["Anh Nguyễn Văn An cho biết. Ông sang Anh Quốc, còn Thủ tướng Anh Boris Johnson thì không.", ["Anh Quốc"]],
    ["Anh L. (24 tuổi) cho biết.", []],
    // A line of two capitalized words, the second a one-word country, is an author's byline.
    ["Cử tri đi bầu ở Pháp.\nQuốc Anh\n", ["Pháp"]],
    ["Đoàn thăm Nga.\nThu Nga", ["Nga"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "location")).toEqual(expected);
  });
});

describe("a capitalized level word mid-sentence (data/admin-levels.tsv)", () => {
  it.each([
    // [text, the location mention]
    ["Đoàn công tác đã đến Huyện Ba Vì để kiểm tra.", "Huyện Ba Vì"],
    ["Đoàn công tác đã đến Thôn Yên Cảnh để kiểm tra.", "Thôn Yên Cảnh"],
    // "Hồ" (lake) capitalized mid-sentence starts a name, not a place
    ["Đoàn công tác đã gặp Phó Trưởng ban Hồ Quang Lợi để trao đổi.", null],
  ])("%s", (text, place) => {
    expect(mentions(text, "location")).toEqual(place ? [place] : []);
  });
});

describe("landmarks keep their feature word (location-levels.tsv; eval/CONVENTIONS.md: temples, towers, parks, landfills, airports)", () => {
  it.each([
    // [text, locations, persons]
    ["Đoàn dâng hương tại đền Hùng Vương rồi thăm tháp Bút.", ["đền Hùng Vương", "tháp Bút"], []],
    ["Phật tử về chùa Tam Chúc và đình Chu Quyến dự lễ.", ["chùa Tam Chúc", "đình Chu Quyến"], []],
    ["Nhiều người tập thể dục ở công viên Hòa Bình.", ["công viên Hòa Bình"], []],
    ["Rác được chở về bãi rác Khánh Sơn.", ["bãi rác Khánh Sơn"], []],
    ["Đoàn viếng Nghĩa trang liệt sĩ quốc gia Đường 9.", ["Nghĩa trang liệt sĩ quốc gia Đường 9"], []],
    ["Du khách đến Khu di tích Kim Liên và thành cổ Sơn Tây.", ["Khu di tích Kim Liên", "thành cổ Sơn Tây"], []],
    // Parks, halls, beaches, tourist areas, river islands and crossroads (location-levels.tsv).
    ["Trẻ em vui chơi ở công viên văn hóa Đầm Sen và vườn hoa Tao Đàn.", ["công viên văn hóa Đầm Sen", "vườn hoa Tao Đàn"], []],
    ["Đại biểu họp tại Hội trường Diên Hồng; khách tắm ở bãi tắm Bãi Cháy.", ["Hội trường Diên Hồng", "bãi tắm Bãi Cháy"], []],
    ["Đoàn đến khu du lịch quốc gia Sơn Trà rồi ra Cù lao Gò Gia.", ["khu du lịch quốc gia Sơn Trà", "Cù lao Gò Gia"], []],
    ["Ùn tắc ở ngã tư Lê Văn Lương - Hoàng Minh Giám và ngã ba Đồng Lộc.", ["ngã tư Lê Văn Lương - Hoàng Minh Giám", "ngã ba Đồng Lộc"], []],
    // A body's abbreviation after the level word names whose hall it is: no place.
    ["Cuộc họp ở hội trường UBND phường kéo dài.", [], []],
    // A known place inside a longer facility name does not cut it ("Tân Sơn" is a district).
    ["Chuyến bay hạ cánh xuống sân bay quốc tế Tân Sơn Nhất.", ["sân bay quốc tế Tân Sơn Nhất"], []],
    ["Cảng hàng không quốc tế Phú Bài đón khách.", ["Cảng hàng không quốc tế Phú Bài"], []],
    ["Tàu lạ xâm phạm bãi Tư Chính, bãi đỗ xe ở cảng quá tải.", ["bãi Tư Chính"], []],
    ["Ngư dân bám biển ở vùng biển Trường Sa.", ["vùng biển Trường Sa"], []],
    ["Cháy rừng ở tiểu bang Oregon.", ["tiểu bang Oregon"], []],
    // Capitalized, a lower_only level word is a syllable of a name: a middle name, a ward, "Văn Miếu".
    ["Ông Nguyễn Đình Hùng nhận tiền đền bù.", [], ["Nguyễn Đình Hùng"]],
    ["Lãnh đạo phường Mỹ Đình 1 cho biết.", ["phường Mỹ Đình 1"], []],
    ["Huyện Tháp Mười trồng sen.", ["Huyện Tháp Mười"], []],
  ])("%s", (text, locations, persons) => {
    expect(mentions(text, "location")).toEqual(locations);
    expect(mentions(text, "person")).toEqual(persons);
  });
});

describe("where a place's name stops", () => {
  it.each([
    // An acronym after "và" starts no second place of the same level ("BQL" is a board).
    ["BQL hoàng thành Thăng Long và BQL Văn Miếu họp.", ["hoàng thành Thăng Long"]],
    // A caption run into the next sentence, its full stop missing (grammar-words.tsv sentence-opener).
    ["Đoàn trồng cây tại công viên Gia Định Đây là hoạt động thường niên.", ["công viên Gia Định"]],
    ["Khách đông ở công viên Gia Định Các gia đình mang theo đồ ăn.", ["công viên Gia Định"]],
    // "Sau" is no opener: "Bãi Sau" is a beach.
    ["Du khách đổ về khu vực Bãi Sau.", ["khu vực Bãi Sau"]],
    // A river's, a lake's or a mountain's name is often one syllable, and a verb may follow it; so may "và"
    // after a street's. (A lower-case word after one syllable of a street's name may still be the name's: no place.)
    ["Lũ trên sông Hồng dâng cao, nước sông Lam lên nhanh.", ["sông Hồng", "sông Lam"]],
    ["Nhà ở đường Láng và phố Huế bị ngập; đường Nhân dân chưa có.", ["đường Láng", "phố Huế"]],
    ["cấm xả ra sông Ngũ huyện Khê nên xả thẳng ra đường", []],
    // Regions and straits (location-levels.tsv), a level word inside a region's name in lower case.
    ["Hạn mặn ở đồng bằng sông Cửu Long và vùng đồng bằng sông Hồng.", ["đồng bằng sông Cửu Long", "vùng đồng bằng sông Hồng"]],
    ["Tàu đi qua eo biển Đài Loan tới tỉnh bang Ontario và khu tự trị Tây Tạng.", ["eo biển Đài Loan", "tỉnh bang Ontario", "khu tự trị Tây Tạng"]],
  ])("%s", (text, locations) => {
    expect(mentions(text, "location")).toEqual(locations);
  });
});

describe("a street after a house number, and a list of places of one level", () => {
  it.each([
    // [text, locations, persons]
    ["UBND thành phố thu hồi nhà, đất: số 15 Lê Lợi, số 8 Phan Đình Phùng, 40 Hùng Vương.", ["Lê Lợi", "Phan Đình Phùng", "Hùng Vương"], []],
    ["Công ty có trụ sở tại số 25/3 Lý Tự Trọng, quận 1.", ["Lý Tự Trọng", "quận 1"], []],
    ["Ngôi nhà (số 12B Trần Quốc Toản) bị cháy.", ["Trần Quốc Toản"], []],
    // After a comma, an address that goes on with its place.
    ["Lễ viếng tổ chức tại Nhà tang lễ Quốc gia, số 5 Trần Thánh Tông, Hà Nội.", ["Nhà tang lễ Quốc gia", "Trần Thánh Tông", "Hà Nội"], []],
    ["Cầu thủ áo số 7, số 10 Nguyễn Văn Quyết, ghi bàn.", [], ["Nguyễn Văn Quyết"]],
    // Not after words that make the number a shirt's or a candidate's: the name is a person's.
    ["Tiền đạo mang áo số 9 Nguyễn Văn Toàn ghi bàn.", [], ["Nguyễn Văn Toàn"]],
    ["Ứng cử viên số 2 Lê Thị Hoa trúng cử.", [], ["Lê Thị Hoa"]],
    // A listed place after "và" or in a plural's list keeps the level of the first one.
    ["Mưa lớn gây ngập ở quận Cầu Giấy và Thanh Xuân.", ["quận Cầu Giấy", "Thanh Xuân"], []],
    ["Các huyện Yên Thành, Quỳnh Lưu và Diễn Châu bị lũ.", ["huyện Yên Thành", "Quỳnh Lưu", "Diễn Châu"], []],
    // A classifier between the plural and the level word ("các tuyến phố", "hai cây cầu").
    ["Cấm xe tải trên các tuyến phố Phan Chu Trinh, Lê Thánh Tông.", ["phố Phan Chu Trinh", "Lê Thánh Tông"], []],
    ["Hai cây cầu Thăng Long và Vĩnh Tuy được sửa.", ["cầu Thăng Long", "Vĩnh Tuy"], []],
  ])("%s", (text, locations, persons) => {
    expect(mentions(text, "location")).toEqual(locations);
    expect(mentions(text, "person")).toEqual(persons);
  });
});

describe("a body of an island district holds its place whole", () => {
  it.each([
    ["Chủ tịch UBND huyện đảo Lý Sơn Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Chủ tịch UBND huyện đảo Lý Sơn"]],
    ["Bí thư Huyện ủy Lý Sơn Trần Văn Bình phát biểu.", ["Trần Văn Bình | Bí thư Huyện ủy Lý Sơn"]],
  ])("%s", (text, expected) => {
    expect(holds(text)).toEqual(expected);
  });
});

describe("a title, a bare level word and its holder: no place (src/recognizers/locations.ts holderAfterLevel)", () => {
  it.each([
    // [text, locations]
    ["Chủ tịch thành phố Hoàng Minh Tuấn kiểm tra công trình.", []],
    ["Phó Chủ tịch xã Lê Văn Cường cho biết.", []],
    ["Chủ tịch phường Trần Thị Lan cho biết.", []],
    ["Chủ tịch phường Trần Hưng Đạo dự họp.", []],
    ["Người dân tại xã Lê Văn Cường rất vui.", ["xã Lê Văn Cường"]],
    ["Chủ tịch xã Lê Văn Cường, huyện Quỳnh Lưu cho biết.", ["huyện Quỳnh Lưu"]],
  ])("%s", (text, locations) => expect(mentions(text, "location")).toEqual(locations));
});
