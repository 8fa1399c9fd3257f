import { describe, expect, it } from "vitest";
import { holds, mentions, ofs } from "../helpers";
import { tagged } from "./tagged";

describe("foreign cabinets: ministries named by their fields, without \"Bộ\"", () => {
  it.each([
    ["Bộ trưởng Giáo dục Nhật Bản thăm trường", "Bộ trưởng Giáo dục Nhật Bản", "Bộ Giáo dục Nhật Bản"],
    ["Quyền Bộ trưởng Văn hóa và Thể thao Hàn Quốc Kim Ho-il nói", "Quyền Bộ trưởng Văn hóa và Thể thao Hàn Quốc", "Bộ Văn hóa và Thể thao Hàn Quốc", "Bộ trưởng Văn hóa và Thể thao Hàn Quốc"],
    ["gặp Bộ trưởng Kinh tế và Năng lượng Đức; Thị trưởng Berlin", "Bộ trưởng Kinh tế và Năng lượng Đức", "Bộ Kinh tế và Năng lượng Đức"],
    ["Bộ trưởng Kinh tế, Thương mại và Công nghiệp Nhật Bản nói", "Bộ trưởng Kinh tế, Thương mại và Công nghiệp Nhật Bản", "Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản"],
    ["Bộ trưởng điều phối Cơ sở hạ tầng Singapore", "Bộ trưởng điều phối Cơ sở hạ tầng Singapore", "Bộ điều phối Cơ sở hạ tầng Singapore"],
  ])("%s", (text: string, position: string, org: string, post?: string) => {
    expect(mentions(text, "position")[0]).toBe(position);
    // The post is named without one person's status ("Quyền" = acting goes onto the holding).
    expect(ofs(text)).toContain(`${post ?? position} | ${org}`);
  });

  it.each([
    // written in lower case
    ["Bộ trưởng kinh tế Manuel Caldeira Cabral.", ["PER:Manuel Caldeira Cabral", "POS:Bộ trưởng kinh tế"]],
    // a Vietnamese minister keeps the listed ministry
    ["Bộ trưởng Tài chính Đinh Tiến Dũng", ["PER:Đinh Tiến Dũng", "POS:Bộ trưởng Tài chính"]],
    // lower-case field words with no name or country after them are a verb: "(the deputy minister) informs"
    ["\"Đã bắt 20 đối tượng\", Thứ trưởng thông tin.", ["POS:Thứ trưởng"]],
    ["Sau đó Thứ trưởng thông tin về kết quả.", ["POS:Thứ trưởng"]],
  ])("%s", (text, expected) => {
    expect(tagged(text)).toEqual(expected);
  });

  it.each([
    // at home, the one ministry whose name starts with the field; when two do (before and after 2025), none
    ["Bộ trưởng Giáo dục Nguyễn Kim Sơn", ["Bộ trưởng Giáo dục | Bộ Giáo dục và Đào tạo"]],
    ["Bộ trưởng Nông nghiệp Nguyễn Xuân Cường", []],
  ])("the ministry of %s", (text, expected) => {
    expect(ofs(text)).toEqual(expected);
  });
});

describe("Việt Nam's own name after a title with an implied body is part of the title", () => {
  it.each([
    // [text, mentions, holds]
    ["Chủ tịch nước CHXHCN Việt Nam Lê Văn An đã đến Bắc Kinh.", ["POS:Chủ tịch nước CHXHCN Việt Nam", "PER:Lê Văn An", "LOC:Bắc Kinh"], ["Lê Văn An | Chủ tịch nước CHXHCN Việt Nam"]],
    ["Thủ tướng Singapore Lý Minh và Thủ tướng Việt Nam Trần Văn Bình hội đàm.", ["POS:Thủ tướng Singapore", "PER:Lý Minh", "POS:Thủ tướng Việt Nam", "PER:Trần Văn Bình"], ["Lý Minh | Thủ tướng Singapore", "Trần Văn Bình | Thủ tướng Việt Nam"]],
    ["Bộ trưởng Quốc phòng Việt Nam Trần Văn Bình hội đàm với Bộ trưởng Quốc phòng Nhật Bản.", ["POS:Bộ trưởng Quốc phòng Việt Nam", "PER:Trần Văn Bình", "POS:Bộ trưởng Quốc phòng Nhật Bản"], ["Trần Văn Bình | Bộ trưởng Quốc phòng Việt Nam"]],
    ["Trên cương vị Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam có nhiều việc.", ["POS:Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam"], []],
    // The short name with another word after it is a place of its own.
    ["Tổng Bí thư thăm Việt Nam và Lào.", ["POS:Tổng Bí thư", "LOC:Việt Nam", "LOC:Lào"], []],
    // … and so is a name on the next line.
    ["Bài phát biểu của Thủ tướng\nViệt Nam.", ["POS:Thủ tướng", "LOC:Việt Nam"], []],
  ])("%s", (text, expected, expectedHolds) => {
    expect(tagged(text).sort()).toEqual([...expected].sort());
    expect(holds(text)).toEqual(expectedHolds);
  });

  it("keeps the post Việt Nam's", () => {
    expect(ofs("Thủ tướng Việt Nam Trần Văn Bình phát biểu.")).toEqual(["Thủ tướng Việt Nam | Chính phủ"]);
  });
});

describe("heads of international bodies named by their abbreviation (organizations.tsv)", () => {
  it.each([
    ["Ngài Chủ tịch danh dự APPF Tanaka phát biểu.", ["Tanaka | Chủ tịch danh dự APPF"], ["Chủ tịch danh dự APPF | Diễn đàn Nghị viện châu Á - Thái Bình Dương"]],
    ["Tổng thư ký SCO Ivan Petrov cho biết.", ["Ivan Petrov | Tổng thư ký SCO"], ["Tổng thư ký SCO | Tổ chức Hợp tác Thượng Hải"]],
    ["Chủ tịch ECB Maria Rossi cho biết lãi suất giữ nguyên.", ["Maria Rossi | Chủ tịch ECB"], ["Chủ tịch ECB | Ngân hàng Trung ương châu Âu"]],
    ["Việt Nam tham gia Liên minh nghị viện ASEAN (AIPA) và Liên minh Kinh tế Á-Âu.", [], []],
    // An international body's office in one country is written with the country; the holder's name follows.
    ["Trưởng đại diện WHO tại Việt Nam Maria Jensen cho biết.", ["Maria Jensen | Trưởng đại diện WHO tại Việt Nam"], ["Trưởng đại diện WHO tại Việt Nam | Tổ chức Y tế Thế giới"]],
    ["Bà Maria Jensen, Giám đốc quốc gia Ngân hàng Thế giới tại Việt Nam, cho biết.", ["Maria Jensen | Giám đốc quốc gia Ngân hàng Thế giới tại Việt Nam"], ["Giám đốc quốc gia Ngân hàng Thế giới tại Việt Nam | Ngân hàng Thế giới"]],
    ["Điều phối viên thường trú Liên hợp quốc tại Việt Nam John Miller phát biểu.", ["John Miller | Điều phối viên thường trú Liên hợp quốc tại Việt Nam"], ["Điều phối viên thường trú Liên hợp quốc tại Việt Nam | Liên hợp quốc"]],
  ])("%s", (text, expectedHolds, expectedOf) => {
    expect(holds(text)).toEqual(expectedHolds);
    expect(ofs(text)).toEqual(expectedOf);
  });

  it("names a loose form of a known body in full", () => {
    expect(mentions("Việt Nam tham gia Liên minh nghị viện ASEAN (AIPA) và Liên minh Kinh tế Á-Âu.", "organization")).toEqual(["Liên minh nghị viện ASEAN", "AIPA", "Liên minh Kinh tế Á-Âu"]);
  });
});

describe("foreign offices and titles of aides", () => {
  it.each([
    ["Quốc vụ khanh Bộ Ngoại giao Anh Hugo Swire", ["PER:Hugo Swire", "POS:Quốc vụ khanh Bộ Ngoại giao Anh", "ORG:Bộ Ngoại giao Anh"]],
    ["Thượng tướng Ngụy Phượng Hòa, Ủy viên Quốc vụ, Bộ trưởng Bộ Quốc phòng Trung Quốc", ["PER:Ngụy Phượng Hòa", "POS:Thượng tướng", "POS:Ủy viên Quốc vụ", "POS:Bộ trưởng Bộ Quốc phòng Trung Quốc", "ORG:Bộ Quốc phòng Trung Quốc"]],
    ["Đại tá, hàm thiếu tướng Nguyễn Văn Bình", ["PER:Nguyễn Văn Bình", "POS:Đại tá", "POS:hàm thiếu tướng"]],
    ["Thư ký riêng của Thủ tướng cho biết", ["POS:Thư ký riêng của Thủ tướng"]],
    ["Cố vấn của Tổng thống Pháp về châu Á Emmanuel Bonne", ["PER:Emmanuel Bonne", "POS:Cố vấn của Tổng thống Pháp về châu Á"]],
    ["thư ký Bộ trưởng Bộ Giáo dục, Vụ trưởng", ["POS:thư ký Bộ trưởng Bộ Giáo dục", "POS:Vụ trưởng", "ORG:Bộ Giáo dục"]],
    ["Đại sứ Đặc mệnh toàn quyền Cộng hòa Cuba tại Việt Nam Herminio Lopez Diaz và", ["PER:Herminio Lopez Diaz", "POS:Đại sứ Đặc mệnh toàn quyền Cộng hòa Cuba tại Việt Nam"]],
    ["có Đại sứ Việt Nam tại Liên bang Nga Nguyễn Thanh Sơn và", ["PER:Nguyễn Thanh Sơn", "POS:Đại sứ Việt Nam tại Liên bang Nga"]],
    ["Lãnh sự danh dự Việt Nam tại Nepal Rajesh Kazi Shrestha cùng", ["PER:Rajesh Kazi Shrestha", "POS:Lãnh sự danh dự Việt Nam tại Nepal"]],
    ["Chủ tịch Quốc hội Cộng hòa Fiji Ru-vơ-ni Na-đa-lô dự", ["PER:Ru-vơ-ni Na-đa-lô", "POS:Chủ tịch Quốc hội Cộng hòa Fiji", "ORG:Quốc hội Cộng hòa Fiji"]],
    ["Thủ hiến Bang Hessen Volker Bouffler", ["PER:Volker Bouffler", "POS:Thủ hiến Bang Hessen"]],
    // a mayor's city that no gazetteer lists is no person
    ["làm việc với Thị trưởng Rotterdam; thăm cảng", ["POS:Thị trưởng Rotterdam"]],
    ["Thị trưởng Rotterdam Ahmed Aboutaleb", ["PER:Ahmed Aboutaleb", "POS:Thị trưởng Rotterdam"]],
    ["Chủ tịch HĐQT Sacombank Dương Công Minh", ["PER:Dương Công Minh", "POS:Chủ tịch HĐQT Sacombank", "ORG:HĐQT Sacombank"]],
    ["Giám đốc Công ty TNHH Thương mại Minh Phát Trần Văn Lộc", ["PER:Trần Văn Lộc", "POS:Giám đốc Công ty TNHH Thương mại Minh Phát", "ORG:Công ty TNHH Thương mại Minh Phát"]],
    ["Phó Chủ tịch Hội đồng Nhà nước Cuba", ["POS:Phó Chủ tịch Hội đồng Nhà nước Cuba", "ORG:Hội đồng Nhà nước Cuba"]],
    // a title of two words, the second capitalized, then its country
    ["chuyến thăm của Nhà Vua và Hoàng Hậu Nhật Bản vào tháng 2", ["POS:Nhà Vua", "POS:Hoàng Hậu Nhật Bản"]],
    // a unit named by its number is the organization, no person
    ["Chính ủy Đoàn 125 Nguyễn Văn An", ["PER:Nguyễn Văn An", "POS:Chính ủy Đoàn 125", "ORG:Đoàn 125"]],
    // a legislator's party, no formal country ("Cộng hòa Lindsey Graham"): office-rules.tsv party_after
    ["nghị sĩ Cộng hòa Lindsey Graham nói", ["PER:Lindsey Graham", "POS:nghị sĩ Cộng hòa"]],
    // the body's letters in brackets between the title and the name
    ["Tổng Giám đốc Tổ chức Y tế thế giới (WHO) Tedros Adhanom Ghebreyesus. Thay", ["PER:Tedros Adhanom Ghebreyesus", "POS:Tổng Giám đốc Tổ chức Y tế thế giới", "ORG:Tổ chức Y tế thế giới", "ORG:WHO"]],
  ])("%s", (text, expected) => {
    expect(tagged(text)).toEqual(expected);
  });

  it.each([
    // an embassy, a delegation: no ambassador, no delegate
    ["nhân viên Đại sứ quán và cộng đồng người Việt", []],
    ["Đoàn đại biểu Bộ Quốc phòng Việt Nam dự", ["ORG:Bộ Quốc phòng Việt Nam"]],
    ["Đoàn 20 người đã đến", []],
  ])("no office in %s", (text, expected) => {
    expect(tagged(text).filter((m) => !m.startsWith("PER:"))).toEqual(expected);
  });
});

describe("a headline ends at its line", () => {
  it.each([
    ["Bổ nhiệm Phó Chủ tịch\nThường trực HĐND tỉnh vừa họp", "Phó Chủ tịch"],
    ["Tân Bí thư Tỉnh ủy Nghệ An\nKhóa XVIII của Đảng bộ tỉnh", "Bí thư Tỉnh ủy Nghệ An"],
    ["Bổ nhiệm Chủ tịch UBND tỉnh\nNguyễn Văn A giữ chức", "Chủ tịch UBND tỉnh"],
  ])("%s", (text, position) => {
    expect(mentions(text, "position")[0]).toBe(position);
  });
});

describe("foreign names after a title", () => {
  it.each([
    ["Tổng thống Putin cho biết", ["Putin"]],
    ["Thủ tướng Abe và Tổng thống Trump", ["Abe", "Trump"]],
    ["Phó Tổng thống Ấn Độ Hamid. Ảnh", ["Hamid"]],
    ["Ngoại trưởng Mỹ Antony J. Blinken nói", ["Antony J. Blinken"]],
    ["Tổng thống Indonesia J. Widodo và Thủ tướng Ấn Độ N.Modi", ["J. Widodo", "N.Modi"]],
    ["Quyền Bộ trưởng Văn hóa và Thể thao Hàn Quốc Kim Ho-il nói", ["Kim Ho-il"]],
    // a Vietnamese syllable alone after a title is a name only when it is a given name and ends the phrase
    ["Chủ tịch Hùng nói", []],
    // a word with a run of capitals among small letters is a brand, not a foreign surname; one capital inside is a name
    ["Hôm qua, Tổng Giám đốc PETROCONs phát biểu.", []],
    ["Sáng nay, Chủ tịch VinFAST Holdings cho biết", []],
    ["Bộ trưởng McMaster và Thủ tướng LeBlanc nói", ["McMaster", "LeBlanc"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "person")).toEqual(expected);
  });
});

describe("envoys and states of the past", () => {
  it.each([
    // An envoy's country may be Việt Nam itself, with or without the place of the mission.
    ["Bộ trưởng Lào tiếp Đại sứ Việt Nam Nguyễn Văn Kiên.", ["PER:Nguyễn Văn Kiên", "POS:Bộ trưởng Lào", "POS:Đại sứ Việt Nam"]],
    ["Đại sứ Việt Nam tại Mỹ Phạm Quang Vinh trao quà.", ["PER:Phạm Quang Vinh", "POS:Đại sứ Việt Nam tại Mỹ"]],
    // Historical states are countries, written with their lower-case words.
    ["Tổng thống Việt Nam Cộng hòa Ngô Đình Diệm.", ["PER:Ngô Đình Diệm", "POS:Tổng thống Việt Nam Cộng hòa"]],
    ["Ông sang Tiệp Khắc và Nam Tư.", ["LOC:Tiệp Khắc", "LOC:Nam Tư"]],
  ])("%s", (text, expected) => {
    expect(tagged(text)).toEqual(expected);
  });
});

describe("foreign ministers and vice presidents: the body of their own country", () => {
  it.each([
    ["Ngoại trưởng Mỹ Rex Tillerson đến Hà Nội.", ["Ngoại trưởng Mỹ | Bộ Ngoại giao Mỹ"]],
    ["Phó Tổng thống Mỹ Kamala Harris đến Hà Nội.", ["Phó Tổng thống Mỹ | Nhà nước Mỹ"]],
  ])("%s", (text, expected) => {
    expect(ofs(text)).toEqual(expected);
  });
});

describe("a chamber's title with no country and no holder is the post written in full from those words", () => {
  it.each([
    [
      "Thủ tướng hội kiến Chủ tịch Thượng viện Quốc hội Hà Lan Anna Berg. Thủ tướng mời Chủ tịch Thượng viện và Chủ tịch Hạ viện Quốc hội Hà Lan.",
      ["Thủ tướng | Chính phủ", "Chủ tịch Thượng viện Quốc hội Hà Lan | Thượng viện Quốc hội Hà Lan", "Chủ tịch Hạ viện Quốc hội Hà Lan | Hạ viện Quốc hội Hà Lan"],
    ],
    // (With none written in full, it stays a post of its own.)
    ["Thủ tướng gửi lời mời tới Chủ tịch Thượng viện.", ["Thủ tướng | Chính phủ", "Chủ tịch Thượng viện | Thượng viện"]],
  ])("%s", (text, expected) => {
    expect(ofs(text)).toEqual(expected);
  });
});

describe("a foreign envoy with no posting written heads that country's mission", () => {
  it.each([
    ["Thứ trưởng tiếp Đại sứ Hàn Quốc Park Noh Wan đến chào.", ["Đại sứ Hàn Quốc | Đại sứ quán Hàn Quốc"]],
    ["Tổng lãnh sự Pháp Emmanuel Dupont dự lễ.", ["Tổng lãnh sự Pháp | Tổng lãnh sự quán Pháp"]],
    // (Việt Nam's own envoy, posted where the text does not say, heads no mission it names.)
    ["Đại sứ Việt Nam Nguyễn Văn Kiên trình quốc thư.", []],
  ])("%s", (text, expected) => {
    expect(ofs(text)).toEqual(expected);
  });
});

describe("colonial offices govern a region", () => {
  it.each([
    ["Toàn quyền Đông Dương Paul Doumer chuyển về Hà Nội.", ["PER:Paul Doumer", "POS:Toàn quyền Đông Dương", "LOC:Hà Nội"]],
    ["Thống đốc Nam Kỳ Pierre-Paul de La Grandière cho xây dinh.", ["PER:Pierre-Paul de La Grandière", "POS:Thống đốc Nam Kỳ"]],
    ["Đồng chí Lê Duẩn làm Bí thư Xứ ủy Nam Bộ.", ["PER:Lê Duẩn", "POS:Bí thư Xứ ủy Nam Bộ", "ORG:Xứ ủy Nam Bộ"]],
  ])("%s", (text, expected) => {
    expect(tagged(text)).toEqual(expected);
  });
});

describe("a body every country has, written with no country, is not Việt Nam's when only foreigners hold the title", () => {
  it.each([
    ["Tiếp Chủ tịch QH Pany Yathotou, Tổng Bí thư đề nghị hai bên phối hợp.", ["Tổng Bí thư | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"]],
    ["Chủ tịch QH Nguyễn Thị Kim Ngân phát biểu.", ["Chủ tịch QH | Quốc hội"]],
    ["Nhận lời mời của Chủ tịch nước CHND Trung Hoa Tập Cận Bình, Chủ tịch nước đã thăm Trung Quốc.", ["Chủ tịch nước CHND Trung Hoa | Nhà nước Trung Quốc", "Chủ tịch nước | Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam"]],
  ])("%s", (text, expected) => {
    expect(ofs(text).sort()).toEqual(expected);
  });
});

describe("a foreigner whose name is written in Vietnamese syllables (data/foreign-persons.tsv) holds no office of Việt Nam's", () => {
  it.each([
    ["Tổng Bí thư, Chủ tịch nước Tập Cận Bình sẽ thăm Việt Nam.", [], ["Tập Cận Bình | Tổng Bí thư", "Tập Cận Bình | Chủ tịch nước"]],
    // (A body only another country has stays the title's.)
    ["Ông Vương Nghị, Ủy viên Quốc vụ, nói.", ["Ủy viên Quốc vụ | Quốc vụ viện Trung Quốc"], ["Vương Nghị | Ủy viên Quốc vụ"]],
    // (A Vietnamese holder of the same words keeps Việt Nam's office.)
    ["Chủ tịch nước Trần Đại Quang phát biểu.", ["Chủ tịch nước | Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam"], ["Trần Đại Quang | Chủ tịch nước"]],
  ])("%s", (text, of, held) => {
    expect(ofs(text)).toEqual(of);
    expect(holds(text).sort()).toEqual([...held].sort());
  });
});

describe("a foreign body the text names with its country is that country's when written bare, and one body however its country is written", () => {
  it.each([
    // Việt Nam has no Senate: a bare one is the one the text names with a country.
    ["Đoàn Thượng viện Cộng hòa Haiti do Chủ tịch Thượng viện Youri Latortue dẫn đầu.", ["Chủ tịch Thượng viện | Thượng viện Cộng hòa Haiti"]],
    ["Thượng viện Mỹ và Thượng viện Pháp họp. Chủ tịch Thượng viện Gérard Larcher phát biểu.", ["Chủ tịch Thượng viện | Thượng viện"]],
    // A body every country has, held by a foreigner: the one country's the text names it with.
    ["Đoàn Quốc hội Lào thăm Hà Nội. Tiếp Chủ tịch QH Pany Yathotou, ông nói.", ["Chủ tịch QH | Quốc hội Lào"]],
    ["Đoàn Quốc hội Lào và Quốc hội Campuchia. Tiếp Chủ tịch QH Pany Yathotou, ông nói.", []],
    ["Đoàn Quốc hội Lào thăm Hà Nội. Chủ tịch QH Nguyễn Thị Kim Ngân tiếp đoàn.", ["Chủ tịch QH | Quốc hội"]],
    // "Cộng hòa", "Vương quốc" before the country: the same body.
    ["Chủ tịch Quốc hội Cộng hòa Cuba Esteban Lazo đến. Chủ tịch Quốc hội Cuba Esteban Lazo cảm ơn.", ["Chủ tịch Quốc hội Cộng hòa Cuba | Quốc hội Cộng hòa Cuba"]],
    ["Chủ tịch Quốc hội Campuchia Heng Samrin đến. Chủ tịch Quốc hội Vương quốc Campuchia nói.", ["Chủ tịch Quốc hội Vương quốc Campuchia | Quốc hội Campuchia"]],
  ])("%s", (text, expected) => {
    expect(ofs(text).filter((x) => !x.startsWith("Tổng Bí thư")).sort()).toEqual(expected);
  });

  it.each([
    ["Chủ tịch Quốc hội Cộng hòa Cuba Esteban Lazo đến. Chủ tịch Quốc hội Cuba Esteban Lazo cảm ơn.", ["Esteban Lazo | Chủ tịch Quốc hội Cộng hòa Cuba"]],
  ])("%s", (text, expected) => {
    expect(holds(text)).toEqual(expected);
  });
});

describe("a party, assembly or government body written with no country in a list before another country's title is that country's", () => {
  it.each([
    ["Tổng Bí thư tiếp Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Lào Pany Yathotou.", ["Ủy viên Bộ Chính trị | Bộ Chính trị Lào"]],
    ["Ông Phạm Trường Long, Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc, thăm Hà Nội.", ["Ủy viên Bộ Chính trị | Bộ Chính trị Trung Quốc"]],
    ["Đoàn do Ủy viên Trung ương Đảng, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith dẫn đầu.", ["Ủy viên Trung ương Đảng | Trung ương Đảng Lào"]],
    // Việt Nam's own: no other country in the list, or the country is Việt Nam's envoy's.
    ["Ông Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, tiếp đoàn Lào.", ["Ủy viên Bộ Chính trị | Bộ Chính trị"]],
    ["Ông Nguyễn Văn An, Ủy viên Trung ương Đảng, Đại sứ Việt Nam tại Lào, dự lễ.", ["Ủy viên Trung ương Đảng | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"]],
    // So is an assembly or a government: "Chủ tịch Quốc hội kiêm Chủ tịch Thượng viện Myanmar".
    ["Chủ tịch nước tiếp Ngài Min Aung Soe, Chủ tịch Quốc hội kiêm Chủ tịch Thượng viện Myanmar, đang thăm Việt Nam.", ["Chủ tịch Quốc hội | Quốc hội Myanmar"]],
    ["Ông Somsavat Lengsavad, Phó Thủ tướng Chính phủ kiêm Bộ trưởng Ngoại giao Lào, dự họp.", ["Phó Thủ tướng Chính phủ | Chính phủ Lào"]],
    // (After a comma, not: the inviting Prime Minister is Việt Nam's.)
    ["Nhận lời mời của Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith đã thăm Việt Nam.", ["Thủ tướng Chính phủ | Chính phủ"]],
    ["Bà Nguyễn Thị Hòa, Chủ tịch Quốc hội, Trưởng đoàn đại biểu Quốc hội Việt Nam, dự họp.", ["Chủ tịch Quốc hội | Quốc hội"]],
    ["Ông Trần Văn Bình, Phó Thủ tướng Chính phủ kiêm Bộ trưởng Ngoại giao, tiếp Đại sứ Lào.", ["Phó Thủ tướng Chính phủ | Chính phủ"]],
  ])("%s", (text, expected) => {
    expect(ofs(text).filter((x) => /^(Ủy viên|(Chủ tịch Quốc hội|(Phó )?Thủ tướng Chính phủ) \|)/.test(x))).toEqual(expected);
  });

  it.each([
    ["Tổng Bí thư tiếp Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Lào Pany Yathotou.", ["Pany Yathotou | Chủ tịch Quốc hội Lào", "Pany Yathotou | Ủy viên Bộ Chính trị"]],
  ])("%s: the holder keeps both titles", (text, expected) => {
    expect(holds(text).sort()).toEqual(expected);
  });
});

describe("a state's supreme court written without 'nhân dân' (organizations.tsv Tòa án Tối cao)", () => {
  it.each([
    ["Chánh án Tòa án Tối cao John Roberts nhận lời tuyên thệ.", ["John Roberts | Chánh án Tòa án Tối cao"]],
    ["Chủ trì là Thẩm phán Tòa án Tối cao Sonia Sotomayor.", ["Sonia Sotomayor | Thẩm phán Tòa án Tối cao"]],
    // Việt Nam's court keeps its own name.
    ["Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình phát biểu.", ["Nguyễn Hòa Bình | Chánh án Tòa án nhân dân tối cao"]],
  ])("%s", (text, expected) => expect(holds(text)).toEqual(expected));
});

describe("the place a mayor governs is no country for the holder's other titles (name-entities.ts countryOfTitle)", () => {
  it.each([
    ["Ông Sadiq Khan, Thị trưởng London, Bộ trưởng Giao thông, phát biểu.", ["Bộ trưởng Giao thông | -", "Thị trưởng London | Chính quyền London"]],
    ["Đảng Bảo thủ thông báo cựu Thị trưởng London, cựu Ngoại trưởng Boris Johnson chiến thắng.", ["Ngoại trưởng | -", "Thị trưởng London | Chính quyền London"]],
  ])("%s", (text, expected) => {
    const bodies = new Map(ofs(text).map((l) => [l.split(" | ")[0]!, l.split(" | ")[1]!]));
    expect(holds(text).map((h) => h.split(" | ")[1]!).map((p) => `${p} | ${bodies.get(p) ?? "-"}`).sort()).toEqual(expected);
  });
});
