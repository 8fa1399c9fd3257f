import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { mentions } from "../helpers";

describe("organizations", () => {
  it.each([
    ["Ban dân vận Trung ương tổ chức hội nghị", ["Ban dân vận Trung ương"]],
    ["Tỉnh ủy Quảng Nam họp", ["Tỉnh ủy Quảng Nam"]],
    ["UBND tỉnh Quảng Nam ban hành", ["UBND tỉnh Quảng Nam"]],
    ["Sở Y tế Hà Nội cho biết", ["Sở Y tế Hà Nội"]],
    // Numbered naval and coast guard regions (organizations.tsv), with their commands, not cut at "Vùng".
    ["Bộ Tư lệnh Vùng 2 Hải quân tổ chức lễ", ["Bộ Tư lệnh Vùng 2 Hải quân"]],
    ["Vùng III Hải quân và Vùng Cảnh sát biển 4 phối hợp", ["Vùng III Hải quân", "Vùng Cảnh sát biển 4"]],
    // "UB" is short for "Ủy ban" before a committee's name (data/org-heads.tsv).
    ["Chủ nhiệm UB Quốc phòng và An ninh Võ Trọng Việt, Ủy viên UB Kinh tế Lê Văn An dự họp.", ["UB Quốc phòng và An ninh", "UB Kinh tế"]],
    ["sự phối hợp của MTTQ", ["MTTQ"]],
    ["Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) công bố", ["Ngân hàng TMCP Ngoại thương Việt Nam", "Vietcombank"]],
    ["Bộ GD&ĐT hướng dẫn", ["Bộ GD&ĐT"]],
    ["Chủ tịch Nhóm nữ đại biểu Quốc hội Việt Nam khóa XIV Tòng Thị Phóng", ["Nhóm nữ đại biểu Quốc hội Việt Nam"]],
    ["luật sư Trần Tuấn Anh, Giám đốc Công ty luật Minh Bạch (Đoàn luật sư Hà Nội)", ["Công ty luật Minh Bạch", "Đoàn luật sư Hà Nội"]],
    // "Cty" is "Công ty"; "một thành viên" is a legal form, not a member.
    ["Giám đốc Cty TNHH một thành viên Lê Quang Lộc và bà Trinh, giám đốc Cty CP Talentnet", ["Cty TNHH một thành viên Lê Quang Lộc", "Cty CP Talentnet"]],
    ["Quốc hội Nhật Bản và Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào", ["Quốc hội Nhật Bản", "Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào"]],
    // A state body of Việt Nam's may be written with the country's name, as a foreign one is; a mass
    // organization's name has it already, and "của Việt Nam" is no part of a name.
    ["Bộ Quốc phòng Việt Nam và Bộ Kế hoạch và Đầu tư Việt Nam ký kết", ["Bộ Quốc phòng Việt Nam", "Bộ Kế hoạch và Đầu tư Việt Nam"]],
    ["Hội Nông dân Việt Nam và Bộ Y tế của Việt Nam", ["Hội Nông dân Việt Nam", "Bộ Y tế"]],
    ["Đội CSGT trật tự Công an quận 1 ra quân", ["Đội CSGT trật tự Công an quận 1"]],
    // A military unit's number is its name, whatever verb follows; a count is not ("Đoàn 20 cán bộ", "Công an 63 địa phương").
    ["Sư đoàn 308 đóng quân tại đây, Quân đoàn 2 gồm Sư đoàn 304.", ["Sư đoàn 308", "Quân đoàn 2", "Sư đoàn 304"]],
    ["Đoàn 20 cán bộ đến. Công an 63 địa phương đã làm sạch dữ liệu.", []],
    ["Bộ đội Biên phòng tỉnh Quảng Trị phối hợp", ["Bộ đội Biên phòng tỉnh Quảng Trị"]],
    ["Cục Đầu tư nước ngoài (Bộ KH&ĐT) cho biết", ["Cục Đầu tư nước ngoài", "Bộ KH&ĐT"]],
    ["Đại sứ quán Việt Nam tại Nhật Bản tổ chức", ["Đại sứ quán Việt Nam tại Nhật Bản"]],
    // a place in parentheses after a body is where it is, not another name for it
    ["trụ sở UBND phường Phong Khê (TP Bắc Ninh) luôn ngập", ["UBND phường Phong Khê"]],
    // A term in parentheses is the body's term, not another name for it.
    ["Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng (Khóa XII) về xây dựng Đảng", ["Ban Chấp hành Trung ương Đảng"]],
    ["Nghị quyết của Bộ Chính trị (khóa X) về chiến lược", ["Bộ Chính trị"]],
    // A known body's name all in lower case is a common noun; with its proper words capitalized it is the body.
    ["vốn trái phiếu chính phủ, cán bộ y tế và hợp tác nghị viện", []],
    ["Ông Tuấn nay là Giám đốc bệnh viện Bạch Mai.", ["bệnh viện Bạch Mai"]],
    // … nor when its lower-case head ends a common word begun before it ("cán bộ", "toàn bộ", "trụ sở").
    ["Hai cán bộ Công an xã đến; toàn bộ Công an huyện có mặt tại trụ sở Công an tỉnh.", ["Công an xã", "Công an huyện", "Công an tỉnh"]],
    // … but a capital on a word the name writes in lower case starts something else: no "Nghị viện" in "đề nghị Viện trưởng".
    ["Đề nghị Viện trưởng Viện KSND tỉnh xem xét; ông kiến nghị Viện trưởng trả lời.", ["Viện KSND tỉnh"]],
    // a space lost before a common word does not make it part of the name; brand names stay whole
    ["Giám đốc Sở Y tế TPHCMcho biết", ["Sở Y tế TPHCM"]],
    ["VNExpress và PVcomBank cho biết", ["VNExpress"]],
    ["theo báo Dân Việt, nông dân Việt Nam được mùa", ["Dân Việt"]],
    // Foreign news agencies and papers that world news cites (data/organizations.tsv, kind media).
    ["Theo Reuters, Hãng tin AFP và Tân Hoa xã đưa tin cùng ngày.", ["Reuters", "Hãng tin AFP", "Tân Hoa xã"]],
    ["Hãng thông tấn Yonhap dẫn lời, còn NHK và CNN cho biết.", ["Hãng thông tấn Yonhap", "NHK", "CNN"]],
    ["Theo tờ The New York Times, Thông tấn xã Nga TASS đã xác nhận.", ["The New York Times", "Thông tấn xã Nga TASS"]],
    // A high command and a trade union take the name after them (org-heads.tsv).
    ["Bộ Tư lệnh Quân khu 7 và Bộ Tư lệnh Hải quân diễn tập.", ["Bộ Tư lệnh Quân khu 7", "Bộ Tư lệnh Hải quân"]],
    ["Công đoàn Giáo dục Việt Nam thăm hỏi; tổ chức công đoàn cơ sở.", ["Công đoàn Giáo dục Việt Nam"]],
    // A name that goes on in lower case ends before the body's verb (org-name-words.tsv ends).
    ["Bộ Tư lệnh Biên phòng diễn tập; Cục Cảnh sát hình sự phát hiện đường dây.", ["Bộ Tư lệnh Biên phòng", "Cục Cảnh sát hình sự"]],
    ["Trung tâm thuộc Cục Đầu tư nước ngoài triển khai thực hiện.", ["Cục Đầu tư nước ngoài"]],
    // Lower-case words of what a body does between its head and its place (a unit of local government's).
    ["Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh Quảng Ninh là chủ đầu tư.", ["Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh Quảng Ninh"]],
    ["Phó Chủ tịch UBND thành phố Chử Xuân Dũng; Đảng bộ và chính quyền TP.HCM", ["UBND thành phố"]],
    // A company's number is part of its name, not a count ("20 năm", "10.000").
    ["Tại Công ty Cổ phần May 10, Tổng công ty Licogi 16 và Công ty Hòa Phát 20 năm qua; Công ty Minh Phát 10.000 đồng", ["Công ty Cổ phần May 10", "Tổng công ty Licogi 16", "Công ty Hòa Phát", "Công ty Minh Phát"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "organization")).toEqual(expected);
  });

  it("letters in parentheses stand for the body before them, whatever else they may stand for", () => {
    const g = extract("Bộ trưởng Bộ Công Thương (BCT) Trần Tuấn Anh");
    expect(g.entities.filter((e) => e.type === "organization").map((e) => [e.name, e.type === "organization" && e.abbreviations.includes("BCT")])).toEqual([["Bộ Công Thương", true]]);
  });

  it("an abbreviation in parentheses is an alias of the name before it", () => {
    const g = extract("Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) công bố");
    const ids = new Set(g.mentions.filter((m) => m.type === "organization").map((m) => m.entity));
    expect(ids.size).toBe(1);
  });

  it.each([
    ["Bà Liên Hương - Cục trưởng Cục Quản lý môi trường (Bộ Y tế) đề nghị", "Cục Quản lý môi trường", "Bộ Y tế"],
    ["xin hướng dẫn từ Tổng cục Thi hành án dân sự (Bộ Tư pháp). Quá trình", "Tổng cục Thi hành án dân sự", "Bộ Tư pháp"],
  ])("a body with its head in parentheses is the one it belongs to, not an alias: %s", (text, unit, parent) => {
    const g = extract(text);
    const entityOf = (name: string) => g.mentions.find((m) => m.type === "organization" && m.text === name)?.entity;
    expect(entityOf(unit)).toBeDefined();
    expect(entityOf(parent)).toBeDefined();
    expect(entityOf(unit)).not.toBe(entityOf(parent));
  });

  it("an alias found in one text is not carried into the next (the gazetteer is never changed)", () => {
    const next = "Bộ Công Thương họp báo.";
    const before = JSON.parse(JSON.stringify(extract(next))); // a copy: the leak shared arrays with it
    const first = extract("Bộ Công Thương (MOIT) vừa ban hành thông tư.");
    expect(first.entities[0]).toMatchObject({ name: "Bộ Công Thương", abbreviations: expect.arrayContaining(["MOIT"]) });
    expect(extract(next)).toEqual(before);
  });

  it.each([
    ["Tham dự tại điểm cầu tỉnh Thừa Thiên Huế có đại diện các Ban của Tỉnh ủy.", "Tỉnh ủy Thừa Thiên Huế"],
    // The place written just after it, when nearer than the one before.
    ["Tỉnh Bình Dương thu hút nhiều dự án đầu tư nước ngoài trong những năm qua và vẫn tiếp tục. Bà Mai, Phó Bí thư Tỉnh ủy, về thăm tỉnh Đồng Nai.", "Tỉnh ủy Đồng Nai"],
    // A city under the central government has no Tỉnh ủy.
    ["Từ ngày 27 đến ngày 30-6-2017, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp. Bà Phan Thị Mỹ Thanh, Phó Bí thư Tỉnh ủy.", "Tỉnh ủy"],
    // One level word: "UBND TP" + "TP Thủ Đức".
    ["Tại TP Thủ Đức, Phó Chủ tịch UBND TP Nguyễn Văn An cho biết.", "UBND TP Thủ Đức"],
  ])("a bare body takes the place named in context: %s", (text, name) => {
    const g = extract(text);
    expect(g.entities.filter((e) => e.type === "organization").map((e) => e.name)).toContain(name);
  });

  it.each(["Nghị định 15/2020/NĐ-CP quy định", "Trường Chinh là Tổng Bí thư", "Hội An, Trường Sa, Đài Loan và Trường Chinh", "Hội nghị Trung ương 5", "lãnh đạo và nhân dân Việt Nam", "ông Trần Văn Hòa phát biểu"])("no organization inside %s", (text) => {
    expect(mentions(text, "organization")).toEqual([]);
  });
});

describe("organizations: words that look like a level word or a function word", () => {
  it.each([
    ["Ông A là Hiệu trưởng Trường Đại học Khoa học Xã hội và Nhân văn.", "Trường Đại học Khoa học Xã hội và Nhân văn"],
    ["Bộ Lao động - Thương binh và Xã hội cho biết.", "Bộ Lao động - Thương binh và Xã hội"],
    // Words whose second syllable is also a function word: "Dân chủ", "Tự do".
    ["Đảng Dân chủ Tự do Nhật Bản thắng cử.", "Đảng Dân chủ Tự do Nhật Bản"],
    ["Chủ tịch Đảng Dân chủ Xã hội Đức phát biểu.", "Đảng Dân chủ Xã hội Đức"],
  ])("%s", (text, org) => {
    expect(mentions(text, "organization")).toEqual([org]);
  });
});

describe("organizations: written short", () => {
  it.each([
    ["Ban Dân vận TW và Ban Tuyên giáo TƯ họp", ["Ban Dân vận TW", "Ban Tuyên giáo TƯ"], ["Ban Dân vận Trung ương", "Ban Tuyên giáo Trung ương"]],
    ["Bộ Kế hoạch & Đầu tư và Bộ Giáo dục - Đào tạo", ["Bộ Kế hoạch & Đầu tư", "Bộ Giáo dục - Đào tạo"], ["Bộ Kế hoạch và Đầu tư", "Bộ Giáo dục và Đào tạo"]],
    // A head that takes a place or a name, then a level word alone: that level's body, the place written elsewhere.
    ["Tại TP Hồ Chí Minh, Đảng bộ Thành phố triển khai. Ban Chấp hành Đảng bộ Thành phố khóa XI họp.", ["Đảng bộ Thành phố", "Ban Chấp hành Đảng bộ Thành phố"], ["Đảng bộ Thành phố Hồ Chí Minh", "Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh"]],
  ])("%s", (text, written, canonical) => {
    const g = extract(text);
    expect(g.mentions.filter((m) => m.type === "organization").map((m) => m.text)).toEqual(written);
    expect(g.entities.filter((e) => e.type === "organization").map((e) => e.name)).toEqual(canonical);
  });
});

describe("organizations keep the name they had when the text was written", () => {
  it.each([
    ["Năm 2017, Tập đoàn Dầu khí Quốc gia Việt Nam (PVN) cho biết. PVN sẽ đầu tư", ["Tập đoàn Dầu khí Quốc gia Việt Nam"]],
    // (A former name is read whole; no body starts at the lower-case second word of a longer head.)
    ["Theo Tổng cục Đường bộ Việt Nam, dự án chậm tiến độ.", ["Tổng cục Đường bộ Việt Nam"]],
    ["Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam (PVN) cho biết", ["Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"]],
    ["Phòng Thương mại và Công nghiệp Việt Nam tổ chức diễn đàn", ["Phòng Thương mại và Công nghiệp Việt Nam"]],
    ["Ngân hàng TMCP Bưu điện Liên Việt (LienVietPostBank) công bố", ["Ngân hàng Thương mại Cổ phần Bưu điện Liên Việt"]],
  ])("%s", (text, names) => {
    const g = extract(text);
    expect(g.entities.filter((e) => e.type === "organization").map((e) => e.name)).toEqual(names);
  });
});

describe("bodies nested in bodies", () => {
  it.each([
    // a Party body of another party is that party's own (and the bare assembly of its member, that country's: post-entities.ts)
    ["ông Esteban Lazo, Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch Quốc hội", ["Bộ Chính trị Đảng Cộng sản Cuba", "Quốc hội"], ["Bộ Chính trị Đảng Cộng sản Cuba", "Quốc hội Cuba"]],
    ["Ủy viên Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc", ["Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc"], ["Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc"]],
    ["Ủy viên Bộ Chính trị Đảng Cộng sản Cu-ba", ["Bộ Chính trị Đảng Cộng sản Cu-ba"], ["Bộ Chính trị Đảng Cộng sản Cu-ba"]],
    // the Vietnamese party named after its own body changes nothing
    ["Bộ Chính trị Đảng Cộng sản Việt Nam họp", ["Bộ Chính trị Đảng Cộng sản Việt Nam"], ["Bộ Chính trị"]],
    ["với Trường Đảng Trung ương Đảng Cộng sản Trung Quốc và", ["Trường Đảng Trung ương Đảng Cộng sản Trung Quốc"], ["Trường Đảng Trung ương Đảng Cộng sản Trung Quốc"]],
    // the country's formal name closes a body's name, Việt Nam's too when "nước" is written
    ["giữa Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam và Bộ Ngoại giao nước Cộng hòa nhân dân Trung Hoa", ["Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Bộ Ngoại giao nước Cộng hòa nhân dân Trung Hoa"], ["Bộ Ngoại giao", "Bộ Ngoại giao nước Cộng hòa nhân dân Trung Hoa"]],
    // "Thường vụ" inside a longer head is no body of its own; in lower case it is a meeting
    ["Ban Thường vụ Tỉnh ủy Nghệ An họp", ["Ban Thường vụ Tỉnh ủy Nghệ An"], ["Ban Thường vụ Tỉnh ủy Nghệ An"]],
    ["sau cuộc họp thường vụ Thành ủy Hà Nội", ["Thành ủy Hà Nội"], ["Thành ủy Hà Nội"]],
    // a name that ends in a place ends there, whatever follows
    ["phối hợp Hội Hữu nghị Việt Nam - Cuba tổ chức lễ", ["Hội Hữu nghị Việt Nam - Cuba"], ["Hội Hữu nghị Việt Nam - Cuba"]],
  ])("%s", (text, written, names) => {
    const g = extract(text);
    expect(g.mentions.filter((m) => m.type === "organization").map((m) => m.text)).toEqual(written);
    expect(g.entities.filter((e) => e.type === "organization").map((e) => e.name)).toEqual(names);
  });
});

describe("bodies in coordination share the place of the last one", () => {
  it.each([
    ["Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh Nam Định tổ chức lễ.", ["Tỉnh ủy", "HĐND", "UBND", "Ủy ban MTTQ tỉnh Nam Định"], ["Tỉnh ủy Nam Định", "HĐND tỉnh Nam Định", "UBND tỉnh Nam Định", "Ủy ban MTTQ tỉnh Nam Định"]],
    ["Sở Y tế và UBND tỉnh Quảng Nam cùng kiểm tra", ["Sở Y tế", "UBND tỉnh Quảng Nam"], ["Sở Y tế tỉnh Quảng Nam", "UBND tỉnh Quảng Nam"]],
  ])("%s", (text, written, names) => {
    const g = extract(text);
    expect(g.mentions.filter((m) => m.type === "organization").map((m) => m.text)).toEqual(written);
    expect(g.entities.filter((e) => e.type === "organization").map((e) => e.name)).toEqual(names);
  });
});

it("a title between bodies ends the list: each title names its own body", () => {
  const g = extract("Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nam Định dự");
  expect(g.mentions.filter((m) => m.type === "organization").map((m) => [m.text, m.reason])).toEqual([
    ["Tỉnh ủy", "org-head:Tỉnh ủy"],
    ["UBND tỉnh Nam Định", "org-head+place:UBND"],
  ]);
});

describe("foreign bodies", () => {
  it.each([
    ["Bí thư Thứ nhất Tỉnh ủy Camagüey Jorge Luis Tapia", ["Tỉnh ủy Camagüey"]],
    ["gặp Chủ tịch Quốc hội Bang Hessen Norbert Kartmann", ["Quốc hội Bang Hessen"]],
    ["Chủ tịch Chính hiệp toàn quốc Trung Quốc", ["Chính hiệp toàn quốc Trung Quốc"]],
    ["giữa Quốc hội Việt Nam với Đại hội Đại biểu nhân dân toàn quốc Trung Quốc", ["Quốc hội Việt Nam", "Đại hội Đại biểu nhân dân toàn quốc Trung Quốc"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "organization")).toEqual(expected);
  });

  // A foreign company's arm in Việt Nam is a company of its own, and its head's post is of it; a company of
  // this country written before "Việt Nam", or one the country only follows, is the company alone.
  it.each([
    ["Tổng giám đốc Samsung Việt Nam Kim Min Soo cho biết", ["Samsung Việt Nam"], ["Kim Min Soo | Tổng giám đốc Samsung Việt Nam"]],
    ["Chủ tịch Honda Việt Nam Yamada Taro phát biểu", ["Honda Việt Nam"], ["Yamada Taro | Chủ tịch Honda Việt Nam"]],
    ["Samsung đầu tư thêm vào Việt Nam", ["Samsung"], []],
    ["Tổng giám đốc Vietcombank Việt Nam phát biểu", ["Vietcombank"], []],
  ])("%s", (text, orgs, holds) => {
    expect(mentions(text, "organization")).toEqual(orgs);
    const g = extract(text);
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    expect(g.relations.filter((r) => r.type === "holds").map((r) => `${name(r.from)} | ${name(r.to)}`)).toEqual(holds);
  });

  it.each(["sớm xây dựng Bộ Quy tắc ứng xử trên Biển Đông", "theo Bộ luật Hình sự năm 2015"])("a set or a code is no ministry: %s", (text) => {
    expect(mentions(text, "organization")).toEqual([]);
  });
});

describe("a delegation is no body: the body it comes from is", () => {
  it.each([
    ["Chủ tịch Quốc hội dẫn đầu Đoàn đại biểu cấp cao Quốc hội Cuba thăm chính thức Việt Nam", ["Quốc hội", "Quốc hội Cuba"]],
    ["Ngày 18/5, Đoàn đại biểu Ban Chấp hành Trung ương Đảng đã vào Lăng", ["Ban Chấp hành Trung ương Đảng"]],
    ["Chủ tịch nước đã tiếp Đoàn đại biểu Hội Hữu nghị đối ngoại Nhân dân Trung Quốc", ["Hội Hữu nghị đối ngoại Nhân dân Trung Quốc"]],
    ["Thủ tướng và Đoàn cấp cao Chính phủ Việt Nam đến Hà Lan", ["Chính phủ Việt Nam"]],
    ["sau lễ đón Đoàn Đại biểu cấp cao Thượng viện Cộng hòa Haiti", ["Thượng viện Cộng hòa Haiti"]],
    // (without "cấp cao": another country's assembly is no provincial delegation of deputies)
    ["Đoàn đại biểu Quốc hội Campuchia do Chủ tịch Quốc hội dẫn đầu", ["Quốc hội Campuchia", "Quốc hội"]],
    ["Thủ tướng tiếp đoàn Đại biểu Quốc hội Hungary sang thăm", ["Quốc hội Hungary"]],
    // alone, a delegation names nothing
    ["Chủ tịch nước và Đoàn đại biểu cấp cao Việt Nam rời Hà Nội", []],
    // the standing delegation of deputies at home is a body, with or without its place
    ["chuyển từ Đoàn đại biểu Quốc hội tỉnh Trà Vinh về các Đoàn đại biểu Quốc hội", ["Đoàn đại biểu Quốc hội tỉnh Trà Vinh", "Đoàn đại biểu Quốc hội"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "organization")).toEqual(expected);
  });
});

describe("no state body is named after a person (org-heads.tsv person_name)", () => {
  it.each([
    // [text, organizations, persons]
    ["Sở Y tế cho biết, Phó Giám đốc Sở Trần Thị Lan đã đi kiểm tra.", ["Sở Y tế"], ["Trần Thị Lan"]],
    ["Bộ Công an họp. Thứ trưởng Bộ Lê Văn Tuyến phát biểu.", ["Bộ Công an"], ["Lê Văn Tuyến"]],
    // Bodies that may bear a person's name keep it.
    ["Giám đốc Bảo tàng Hồ Chí Minh Vũ Mạnh Hà phát biểu.", ["Bảo tàng Hồ Chí Minh"], ["Vũ Mạnh Hà"]],
    ["Bệnh viện Nguyễn Tri Phương tiếp nhận bệnh nhân.", ["Bệnh viện Nguyễn Tri Phương"], []],
  ])("%s", (text, organizations, persons) => {
    expect(mentions(text, "organization")).toEqual(organizations);
    expect(mentions(text, "person")).toEqual(persons);
  });
});
