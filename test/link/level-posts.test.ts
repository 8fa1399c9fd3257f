/**
 * Issue 13: a title followed by a bare level word of local government ("Chủ tịch tỉnh", "Bí thư huyện") or by a
 * lower-case generic body ("Giám đốc bệnh viện"), then a person's name. The level word belongs to the title (the
 * post of the body of that level, eval/CONVENTIONS.md "A chair written without its body"), the body is the one of
 * the place the text names around it, and the name holds the post; a unit named after a person stays a unit when
 * nothing says otherwise ("phường Trần Hưng Đạo"). Made-up sentences; a wrong edge is worse than a missing one.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

/** Mentions ("type:text", text order), holds ("person | post") and of ("post | body"), the last two sorted. */
function read(text: string) {
  const g = extract(text);
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name ?? "";
  const rel = (type: string) => g.relations.filter((r) => r.type === type).map((r) => `${name(r.from)} | ${name(r.to)}`).sort();
  return { mentions: g.mentions.filter((m) => m.type !== "date").map((m) => `${m.type.slice(0, 3)}:${m.text}`), holds: rel("holds"), of: rel("of") };
}

type Row = [text: string, mentions: string[], holds: string[], of: string[]];

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    it.each(rows)("%s", (text, mentions, holds, of) => expect(read(text)).toEqual({ mentions, holds: [...holds].sort(), of: [...of].sort() }));
  });
}

table("a title, a bare level word, its holder (provinces, cities and districts are closed lists)", [
  ["Chủ tịch tỉnh Nguyễn Văn An phát biểu tại hội nghị.", ["pos:Chủ tịch tỉnh", "per:Nguyễn Văn An"], ["Nguyễn Văn An | Chủ tịch tỉnh"], ["Chủ tịch tỉnh | UBND tỉnh"]],
  ["Phó Chủ tịch tỉnh Lê Thị Hoa đã ký quyết định.", ["pos:Phó Chủ tịch tỉnh", "per:Lê Thị Hoa"], ["Lê Thị Hoa | Phó Chủ tịch tỉnh"], ["Phó Chủ tịch tỉnh | UBND tỉnh"]],
  ["Bí thư tỉnh Trần Quốc Vượng dự lễ.", ["pos:Bí thư tỉnh", "per:Trần Quốc Vượng"], ["Trần Quốc Vượng | Bí thư tỉnh"], ["Bí thư tỉnh | Tỉnh ủy"]],
  ["Bí thư huyện Trần Văn Bình cho biết.", ["pos:Bí thư huyện", "per:Trần Văn Bình"], ["Trần Văn Bình | Bí thư huyện"], ["Bí thư huyện | Huyện ủy"]],
  ["Phó Bí thư huyện Hoàng Văn Lực cho biết.", ["pos:Phó Bí thư huyện", "per:Hoàng Văn Lực"], ["Hoàng Văn Lực | Phó Bí thư huyện"], ["Phó Bí thư huyện | Huyện ủy"]],
  ["Chủ tịch huyện Đỗ Văn Chiến kiểm tra đê.", ["pos:Chủ tịch huyện", "per:Đỗ Văn Chiến"], ["Đỗ Văn Chiến | Chủ tịch huyện"], ["Chủ tịch huyện | UBND huyện"]],
  // The body is the one of the level word written: a quận has a UBND quận and a Quận ủy, a thị xã a Thị ủy.
  ["Chủ tịch quận Nguyễn Văn Hòa cho biết.", ["pos:Chủ tịch quận", "per:Nguyễn Văn Hòa"], ["Nguyễn Văn Hòa | Chủ tịch quận"], ["Chủ tịch quận | UBND quận"]],
  ["Bí thư quận Nguyễn Văn Hòa cho biết.", ["pos:Bí thư quận", "per:Nguyễn Văn Hòa"], ["Nguyễn Văn Hòa | Bí thư quận"], ["Bí thư quận | Quận ủy"]],
  ["Chủ tịch thị xã Trần Văn Nam cho biết.", ["pos:Chủ tịch thị xã", "per:Trần Văn Nam"], ["Trần Văn Nam | Chủ tịch thị xã"], ["Chủ tịch thị xã | UBND thị xã"]],
  ["Bí thư thị xã Trần Văn Nam cho biết.", ["pos:Bí thư thị xã", "per:Trần Văn Nam"], ["Trần Văn Nam | Bí thư thị xã"], ["Bí thư thị xã | Thị ủy"]],
  // ("thành phố" whole: "phố Hoàng Minh Tuấn" is no street.)
  ["Chủ tịch thành phố Hoàng Minh Tuấn kiểm tra công trình.", ["pos:Chủ tịch thành phố", "per:Hoàng Minh Tuấn"], ["Hoàng Minh Tuấn | Chủ tịch thành phố"], ["Chủ tịch thành phố | UBND thành phố"]],
  ["Chủ tịch TP Phan Văn Mãi phát biểu.", ["pos:Chủ tịch TP", "per:Phan Văn Mãi"], ["Phan Văn Mãi | Chủ tịch TP"], ["Chủ tịch TP | UBND TP"]],
  ["Bí thư thành phố Nguyễn Văn Nên phát biểu.", ["pos:Bí thư thành phố", "per:Nguyễn Văn Nên"], ["Nguyễn Văn Nên | Bí thư thành phố"], ["Bí thư thành phố | Thành ủy"]],
  ["Phó Chủ tịch tỉnh Nguyễn Văn An và Phó Chủ tịch tỉnh Trần Văn Bình cùng dự.", ["pos:Phó Chủ tịch tỉnh", "per:Nguyễn Văn An", "pos:Phó Chủ tịch tỉnh", "per:Trần Văn Bình"], ["Nguyễn Văn An | Phó Chủ tịch tỉnh", "Trần Văn Bình | Phó Chủ tịch tỉnh"], ["Phó Chủ tịch tỉnh | UBND tỉnh"]],
  ["Nguyên Chủ tịch tỉnh Nguyễn Văn An đã nghỉ hưu.", ["pos:Nguyên Chủ tịch tỉnh", "per:Nguyễn Văn An"], ["Nguyễn Văn An | Chủ tịch tỉnh"], ["Chủ tịch tỉnh | UBND tỉnh"]],
]);

table("a title and a bare level word with no name after it", [
  ["Ông Nguyễn Văn An, Chủ tịch tỉnh, cho biết.", ["per:Nguyễn Văn An", "pos:Chủ tịch tỉnh"], ["Nguyễn Văn An | Chủ tịch tỉnh"], ["Chủ tịch tỉnh | UBND tỉnh"]],
  ["Bà Lê Thị Hoa, Phó Chủ tịch huyện, cho biết.", ["per:Lê Thị Hoa", "pos:Phó Chủ tịch huyện"], ["Lê Thị Hoa | Phó Chủ tịch huyện"], ["Phó Chủ tịch huyện | UBND huyện"]],
  ["Chủ tịch tỉnh cho biết sẽ kiểm tra.", ["pos:Chủ tịch tỉnh"], [], ["Chủ tịch tỉnh | UBND tỉnh"]],
]);

table("the body of the place the text names, one post with the fuller form", [
  ["Tại tỉnh Nghệ An, Chủ tịch tỉnh Nguyễn Văn An phát biểu.", ["loc:tỉnh Nghệ An", "pos:Chủ tịch tỉnh", "per:Nguyễn Văn An"], ["Nguyễn Văn An | Chủ tịch tỉnh"], ["Chủ tịch tỉnh | UBND tỉnh Nghệ An"]],
  ["Tại huyện Quỳnh Lưu, Bí thư huyện Trần Văn Bình cho biết.", ["loc:huyện Quỳnh Lưu", "pos:Bí thư huyện", "per:Trần Văn Bình"], ["Trần Văn Bình | Bí thư huyện"], ["Bí thư huyện | Huyện ủy Quỳnh Lưu"]],
  // (A headline's "Chủ tịch tỉnh", then the fuller form: one post, named by the fuller one.)
  ["Chủ tịch tỉnh Nguyễn Văn An cho biết. Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn An nói thêm.", ["pos:Chủ tịch tỉnh", "per:Nguyễn Văn An", "pos:Chủ tịch UBND tỉnh Nghệ An", "org:UBND tỉnh Nghệ An", "per:Nguyễn Văn An"], ["Nguyễn Văn An | Chủ tịch UBND tỉnh Nghệ An"], ["Chủ tịch UBND tỉnh Nghệ An | UBND tỉnh Nghệ An"]],
]);

table("a place written after the title stays the title's (unchanged)", [
  ["Chủ tịch tỉnh Quảng Nam Lê Trí Thanh phát biểu.", ["pos:Chủ tịch tỉnh Quảng Nam", "per:Lê Trí Thanh"], ["Lê Trí Thanh | Chủ tịch tỉnh Quảng Nam"], ["Chủ tịch tỉnh Quảng Nam | UBND tỉnh Quảng Nam"]],
  ["Bí thư huyện Quỳnh Lưu Trần Văn Bình cho biết.", ["pos:Bí thư huyện Quỳnh Lưu", "per:Trần Văn Bình"], ["Trần Văn Bình | Bí thư huyện Quỳnh Lưu"], ["Bí thư huyện Quỳnh Lưu | Huyện ủy Quỳnh Lưu"]],
  ["Chủ tịch xã Lê Lợi Nguyễn Văn Nam cho biết.", ["pos:Chủ tịch xã Lê Lợi", "per:Nguyễn Văn Nam"], ["Nguyễn Văn Nam | Chủ tịch xã Lê Lợi"], ["Chủ tịch xã Lê Lợi | UBND xã Lê Lợi"]],
  // (A district the gazetteer knows, named after a person: the place.)
  ["Chủ tịch huyện Trần Văn Thời cho biết.", ["pos:Chủ tịch huyện Trần Văn Thời"], [], ["Chủ tịch huyện Trần Văn Thời | UBND huyện Trần Văn Thời"]],
  ["Chủ tịch tỉnh Nghệ An cho biết.", ["pos:Chủ tịch tỉnh Nghệ An"], [], ["Chủ tịch tỉnh Nghệ An | UBND tỉnh Nghệ An"]],
  ["Người dân xã Đức Thắng Nguyễn Văn An cho biết.", ["loc:xã Đức Thắng", "per:Nguyễn Văn An"], [], []],
]);

table("a commune or ward: its holder with a middle name or named elsewhere, else the unit", [
  ["Chủ tịch xã Phạm Văn Dũng nói.", ["pos:Chủ tịch xã", "per:Phạm Văn Dũng"], ["Phạm Văn Dũng | Chủ tịch xã"], ["Chủ tịch xã | UBND xã"]],
  ["Phó Chủ tịch xã Lê Văn Cường cho biết.", ["pos:Phó Chủ tịch xã", "per:Lê Văn Cường"], ["Lê Văn Cường | Phó Chủ tịch xã"], ["Phó Chủ tịch xã | UBND xã"]],
  ["Bí thư xã Nguyễn Thị Mai cho biết.", ["pos:Bí thư xã", "per:Nguyễn Thị Mai"], ["Nguyễn Thị Mai | Bí thư xã"], ["Bí thư xã | Đảng ủy xã"]],
  ["Chủ tịch phường Trần Thị Lan cho biết.", ["pos:Chủ tịch phường", "per:Trần Thị Lan"], ["Trần Thị Lan | Chủ tịch phường"], ["Chủ tịch phường | UBND phường"]],
  ["Bí thư phường Lê Thị Mai cho biết.", ["pos:Bí thư phường", "per:Lê Thị Mai"], ["Lê Thị Mai | Bí thư phường"], ["Bí thư phường | Đảng ủy phường"]],
  // A name with no such middle name is a unit named after someone, unless the text names that person.
  ["Chủ tịch phường Trần Hưng Đạo dự họp.", ["pos:Chủ tịch phường Trần Hưng Đạo"], [], ["Chủ tịch phường Trần Hưng Đạo | UBND phường Trần Hưng Đạo"]],
  ["Chủ tịch xã Trần Quốc Toản cho biết.", ["pos:Chủ tịch xã Trần Quốc Toản"], [], ["Chủ tịch xã Trần Quốc Toản | UBND xã Trần Quốc Toản"]],
  ["Chủ tịch xã Trần Quốc Toản cho biết. Theo ông Toản, dự án sẽ xong.", ["pos:Chủ tịch xã", "per:Trần Quốc Toản", "per:Toản"], ["Trần Quốc Toản | Chủ tịch xã"], ["Chủ tịch xã | UBND xã"]],
  // With the committee written, only when the text names the person.
  ["Chủ tịch UBND phường Trần Hưng Đạo dự họp.", ["pos:Chủ tịch UBND phường Trần Hưng Đạo", "org:UBND phường Trần Hưng Đạo"], [], ["Chủ tịch UBND phường Trần Hưng Đạo | UBND phường Trần Hưng Đạo"]],
  ["Phó Chủ tịch UBND xã Lê Văn Cường cho biết.", ["pos:Phó Chủ tịch UBND xã Lê Văn Cường", "org:UBND xã Lê Văn Cường"], [], ["Phó Chủ tịch UBND xã Lê Văn Cường | UBND xã Lê Văn Cường"]],
  ["Phó Chủ tịch UBND xã Lê Văn Cường cho biết. Theo ông Cường, dự án sẽ xong.", ["pos:Phó Chủ tịch UBND xã", "org:UBND xã", "per:Lê Văn Cường", "per:Cường"], ["Lê Văn Cường | Phó Chủ tịch UBND xã"], ["Phó Chủ tịch UBND xã | UBND xã"]],
  // The unit written elsewhere, or a higher unit after the name: the unit.
  ["Phó Chủ tịch xã Lê Văn Cường cho biết. Người dân tại xã Lê Văn Cường rất vui.", ["pos:Phó Chủ tịch xã Lê Văn Cường", "loc:xã Lê Văn Cường"], [], ["Phó Chủ tịch xã Lê Văn Cường | UBND xã Lê Văn Cường"]],
  ["Chủ tịch xã Lê Văn Cường, huyện Quỳnh Lưu cho biết.", ["pos:Chủ tịch xã Lê Văn Cường", "loc:huyện Quỳnh Lưu"], [], ["Chủ tịch xã Lê Văn Cường | UBND xã Lê Văn Cường"]],
]);

table("a lower-case body after a title, then its holder: the body named around it", [
  ["Tại Bệnh viện Bạch Mai, Giám đốc bệnh viện Đào Xuân Cơ cho biết.", ["org:Bệnh viện Bạch Mai", "pos:Giám đốc bệnh viện", "per:Đào Xuân Cơ"], ["Đào Xuân Cơ | Giám đốc bệnh viện"], ["Giám đốc bệnh viện | Bệnh viện Bạch Mai"]],
  ["Giám đốc bệnh viện Đào Xuân Cơ cho biết. Theo ông Cơ, bệnh viện đã sẵn sàng.", ["pos:Giám đốc bệnh viện", "per:Đào Xuân Cơ", "per:Cơ"], ["Đào Xuân Cơ | Giám đốc bệnh viện"], []],
  ["Tại Trường THCS Lê Lợi, Hiệu trưởng trường Nguyễn Thị Lan cho biết.", ["org:Trường THCS Lê Lợi", "pos:Hiệu trưởng trường", "per:Nguyễn Thị Lan"], ["Nguyễn Thị Lan | Hiệu trưởng trường"], ["Hiệu trưởng trường | Trường THCS Lê Lợi"]],
  ["Công ty TNHH Minh Phát cho biết. Giám đốc công ty Lê Văn Hưng cho biết thêm.", ["org:Công ty TNHH Minh Phát", "pos:Giám đốc công ty", "per:Lê Văn Hưng"], ["Lê Văn Hưng | Giám đốc công ty"], ["Giám đốc công ty | Công ty TNHH Minh Phát"]],
  ["Phó Giám đốc trung tâm Lê Văn Minh cho biết. Ông Minh nói thêm.", ["pos:Phó Giám đốc trung tâm", "per:Lê Văn Minh", "per:Minh"], ["Lê Văn Minh | Phó Giám đốc trung tâm"], []],
  ["Giám đốc trung tâm Nguyễn Văn Hải cho hay. Ông Hải nói thêm.", ["pos:Giám đốc trung tâm", "per:Nguyễn Văn Hải", "per:Hải"], ["Nguyễn Văn Hải | Giám đốc trung tâm"], []],
  // No department is named after a person: "sở" in lower case before a full name is the holder's body.
  ["Giám đốc sở Ngô Văn Hải cho hay.", ["pos:Giám đốc sở", "per:Ngô Văn Hải"], ["Ngô Văn Hải | Giám đốc sở"], []],
  ["Phó Giám đốc sở Trần Thị Thu cho hay.", ["pos:Phó Giám đốc sở", "per:Trần Thị Thu"], ["Trần Thị Thu | Phó Giám đốc sở"], []],
  ["Sở Y tế Hà Nội vừa họp. Giám đốc sở Ngô Văn Hải cho hay.", ["org:Sở Y tế Hà Nội", "pos:Giám đốc sở", "per:Ngô Văn Hải"], ["Ngô Văn Hải | Giám đốc sở"], ["Giám đốc sở | Sở Y tế Hà Nội"]],
]);

table("bodies named after people stay names (hospitals, schools, companies with no other sign; legal forms; capitalized heads)", [
  ["Giám đốc bệnh viện Đào Xuân Cơ cho biết.", ["pos:Giám đốc bệnh viện Đào Xuân Cơ", "org:bệnh viện Đào Xuân Cơ"], [], ["Giám đốc bệnh viện Đào Xuân Cơ | Bệnh viện Đào Xuân Cơ"]],
  ["Giám đốc bệnh viện Nguyễn Tri Phương cho biết.", ["pos:Giám đốc bệnh viện Nguyễn Tri Phương", "org:bệnh viện Nguyễn Tri Phương"], [], ["Giám đốc bệnh viện Nguyễn Tri Phương | Bệnh viện Nguyễn Tri Phương"]],
  ["Hiệu trưởng trường Lê Văn Tám cho biết.", ["pos:Hiệu trưởng trường Lê Văn Tám", "org:trường Lê Văn Tám"], [], ["Hiệu trưởng trường Lê Văn Tám | Trường Lê Văn Tám"]],
  ["Giám đốc Cty TNHH một thành viên Lê Quang Lộc cho biết.", ["pos:Giám đốc Cty TNHH một thành viên Lê Quang Lộc", "org:Cty TNHH một thành viên Lê Quang Lộc"], [], ["Giám đốc Cty TNHH một thành viên Lê Quang Lộc | Cty TNHH một thành viên Lê Quang Lộc"]],
  // (A private enterprise or a household business is named after its owner, whoever the text names.)
  ["Giám đốc doanh nghiệp tư nhân Lê Văn Hưng cho biết. Ông Hưng nói thêm.", ["pos:Giám đốc doanh nghiệp tư nhân Lê Văn Hưng", "org:doanh nghiệp tư nhân Lê Văn Hưng", "per:Hưng"], [], ["Giám đốc doanh nghiệp tư nhân Lê Văn Hưng | Doanh nghiệp tư nhân Lê Văn Hưng"]],
  ["Giám đốc hộ kinh doanh Lê Văn Hưng cho biết. Ông Hưng nói thêm.", ["pos:Giám đốc hộ kinh doanh Lê Văn Hưng", "org:hộ kinh doanh Lê Văn Hưng", "per:Hưng"], [], ["Giám đốc hộ kinh doanh Lê Văn Hưng | Hộ kinh doanh Lê Văn Hưng"]],
  ["Giám đốc Công ty TNHH Lê Quang Lộc cho biết. Ông Lộc nói thêm.", ["pos:Giám đốc Công ty TNHH Lê Quang Lộc", "org:Công ty TNHH Lê Quang Lộc", "per:Lộc"], [], ["Giám đốc Công ty TNHH Lê Quang Lộc | Công ty TNHH Lê Quang Lộc"]],
  ["Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết.", ["pos:Giám đốc Bệnh viện Bạch Mai", "org:Bệnh viện Bạch Mai", "per:Đào Xuân Cơ"], ["Đào Xuân Cơ | Giám đốc Bệnh viện Bạch Mai"], ["Giám đốc Bệnh viện Bạch Mai | Bệnh viện Bạch Mai"]],
  ["Hiệu trưởng Trường THPT Nguyễn Du Lê Văn Tám cho biết.", ["pos:Hiệu trưởng Trường THPT Nguyễn Du", "org:Trường THPT Nguyễn Du", "per:Lê Văn Tám"], ["Lê Văn Tám | Hiệu trưởng Trường THPT Nguyễn Du"], ["Hiệu trưởng Trường THPT Nguyễn Du | Trường THPT Nguyễn Du"]],
]);

table("numbered military regions (organizations.tsv: Vùng 1–5 Hải quân, Vùng Cảnh sát biển 1–4, as Quân khu 1–9)", [
  ["Tư lệnh Vùng 2 Hải quân Nguyễn Văn Bình dự lễ.", ["pos:Tư lệnh Vùng 2 Hải quân", "org:Vùng 2 Hải quân", "per:Nguyễn Văn Bình"], ["Nguyễn Văn Bình | Tư lệnh Vùng 2 Hải quân"], ["Tư lệnh Vùng 2 Hải quân | Vùng 2 Hải quân"]],
  ["Phó Tư lệnh Vùng 1 Hải quân Nguyễn Văn Bình dự lễ.", ["pos:Phó Tư lệnh Vùng 1 Hải quân", "org:Vùng 1 Hải quân", "per:Nguyễn Văn Bình"], ["Nguyễn Văn Bình | Phó Tư lệnh Vùng 1 Hải quân"], ["Phó Tư lệnh Vùng 1 Hải quân | Vùng 1 Hải quân"]],
  ["Chính ủy Vùng 5 Hải quân Trần Văn Nam phát biểu.", ["pos:Chính ủy Vùng 5 Hải quân", "org:Vùng 5 Hải quân", "per:Trần Văn Nam"], ["Trần Văn Nam | Chính ủy Vùng 5 Hải quân"], ["Chính ủy Vùng 5 Hải quân | Vùng 5 Hải quân"]],
  ["Bộ Tư lệnh Vùng 2 Hải quân tổ chức lễ.", ["org:Bộ Tư lệnh Vùng 2 Hải quân"], [], []],
  ["Bộ Tư lệnh Vùng Cảnh sát biển 3 tổ chức lễ.", ["org:Bộ Tư lệnh Vùng Cảnh sát biển 3"], [], []],
  ["Vùng 5 Hải quân tổ chức lễ.", ["org:Vùng 5 Hải quân"], [], []],
  ["Tư lệnh Quân khu 7 Nguyễn Văn Bình dự lễ.", ["pos:Tư lệnh Quân khu 7", "org:Quân khu 7", "per:Nguyễn Văn Bình"], ["Nguyễn Văn Bình | Tư lệnh Quân khu 7"], ["Tư lệnh Quân khu 7 | Quân khu 7"]],
  ["Bộ Tư lệnh Quân khu 9 tổ chức lễ.", ["org:Bộ Tư lệnh Quân khu 9"], [], []],
  ["Sư đoàn trưởng Sư đoàn 312 Nguyễn Văn Bình dự lễ.", ["pos:Sư đoàn trưởng Sư đoàn 312", "org:Sư đoàn 312", "per:Nguyễn Văn Bình"], ["Nguyễn Văn Bình | Sư đoàn trưởng Sư đoàn 312"], ["Sư đoàn trưởng Sư đoàn 312 | Sư đoàn 312"]],
  ["Lữ đoàn trưởng Lữ đoàn 147 Nguyễn Văn Bình dự lễ.", ["pos:Lữ đoàn trưởng Lữ đoàn 147", "org:Lữ đoàn 147", "per:Nguyễn Văn Bình"], ["Nguyễn Văn Bình | Lữ đoàn trưởng Lữ đoàn 147"], ["Lữ đoàn trưởng Lữ đoàn 147 | Lữ đoàn 147"]],
]);

table("a city's short forms", [
  ["Chủ tịch TP.HCM Phan Văn Mãi phát biểu.", ["pos:Chủ tịch TP.HCM", "per:Phan Văn Mãi"], ["Phan Văn Mãi | Chủ tịch TP.HCM"], ["Chủ tịch TP.HCM | UBND thành phố Hồ Chí Minh"]],
  ["Bí thư TP.HCM Nguyễn Văn Nên phát biểu.", ["pos:Bí thư TP.HCM", "per:Nguyễn Văn Nên"], ["Nguyễn Văn Nên | Bí thư TP.HCM"], ["Bí thư TP.HCM | Thành ủy Thành phố Hồ Chí Minh"]],
  ["Bí thư Thành ủy TP Nguyễn Văn Nên phát biểu.", ["pos:Bí thư Thành ủy TP", "org:Thành ủy TP", "per:Nguyễn Văn Nên"], ["Nguyễn Văn Nên | Bí thư Thành ủy TP"], ["Bí thư Thành ủy TP | Thành ủy TP"]],
  ["Chủ tịch UBND TP Nguyễn Văn Nên phát biểu.", ["pos:Chủ tịch UBND TP", "org:UBND TP", "per:Nguyễn Văn Nên"], ["Nguyễn Văn Nên | Chủ tịch UBND TP"], ["Chủ tịch UBND TP | UBND TP"]],
  ["Chủ tịch TP. Phan Văn Mãi phát biểu.", ["pos:Chủ tịch TP.", "per:Phan Văn Mãi"], ["Phan Văn Mãi | Chủ tịch TP."], ["Chủ tịch TP. | UBND TP"]],
  ["Chủ tịch TP Hà Nội Trần Sỹ Thanh phát biểu.", ["pos:Chủ tịch TP Hà Nội", "per:Trần Sỹ Thanh"], ["Trần Sỹ Thanh | Chủ tịch TP Hà Nội"], ["Chủ tịch TP Hà Nội | UBND thành phố Hà Nội"]],
  ["Tại Hà Nội, Chủ tịch TP Trần Sỹ Thanh cho biết.", ["loc:Hà Nội", "pos:Chủ tịch TP", "per:Trần Sỹ Thanh"], ["Trần Sỹ Thanh | Chủ tịch TP"], ["Chủ tịch TP | UBND TP Hà Nội"]],
  ["Trong chuyến thăm Đồng Nai, Bí thư tỉnh Nguyễn Văn An cho biết.", ["loc:Đồng Nai", "pos:Bí thư tỉnh", "per:Nguyễn Văn An"], ["Nguyễn Văn An | Bí thư tỉnh"], ["Bí thư tỉnh | Tỉnh ủy Đồng Nai"]],
  ["Phó Chủ tịch Thường trực tỉnh Nguyễn Văn An phát biểu.", ["pos:Phó Chủ tịch Thường trực tỉnh", "per:Nguyễn Văn An"], ["Nguyễn Văn An | Phó Chủ tịch Thường trực tỉnh"], ["Phó Chủ tịch Thường trực tỉnh | UBND tỉnh"]],
]);

table("no post taken from a word that only begins with a level word, and no holder through a passive agent", [
  ["Chủ tịch tỉnh lộ 5 dài 10 km.", ["pos:Chủ tịch", "loc:tỉnh lộ 5"], [], []],
  ["Theo Chủ tịch tỉnh, dự án sẽ xong.", ["pos:Chủ tịch tỉnh"], [], ["Chủ tịch tỉnh | UBND tỉnh"]],
  ["Chủ tịch tỉnh đã ký quyết định bổ nhiệm ông Trần Văn Bình.", ["pos:Chủ tịch tỉnh", "per:Trần Văn Bình"], [], ["Chủ tịch tỉnh | UBND tỉnh"]],
  ["Ông An được Chủ tịch tỉnh bổ nhiệm giữ chức Giám đốc Sở Y tế.", ["per:An", "pos:Chủ tịch tỉnh", "pos:Giám đốc Sở Y tế", "org:Sở Y tế"], ["An | Giám đốc Sở Y tế"], ["Chủ tịch tỉnh | UBND tỉnh", "Giám đốc Sở Y tế | Sở Y tế"]],
]);

table("a unit's Party committee in lower case after \"Bí thư\"", [
  ["Đồng chí Trần Văn Bình, Bí thư huyện ủy, phát biểu.", ["per:Trần Văn Bình", "pos:Bí thư huyện ủy"], ["Trần Văn Bình | Bí thư huyện ủy"], ["Bí thư huyện ủy | Huyện ủy"]],
  ["Bí thư quận ủy Lê Văn Hòa phát biểu.", ["pos:Bí thư quận ủy", "per:Lê Văn Hòa"], ["Lê Văn Hòa | Bí thư quận ủy"], ["Bí thư quận ủy | Quận ủy"]],
  ["Tại huyện Quỳnh Lưu, Phó Bí thư thường trực huyện ủy Nguyễn Văn An phát biểu.", ["loc:huyện Quỳnh Lưu", "pos:Phó Bí thư thường trực huyện ủy", "per:Nguyễn Văn An"], ["Nguyễn Văn An | Phó Bí thư thường trực huyện ủy"], ["Phó Bí thư thường trực huyện ủy | Huyện ủy Quỳnh Lưu"]],
  ["Chủ tịch huyện ủy cho biết.", ["pos:Chủ tịch"], [], []],
]);

table("titles shared, chained and listed with a bare level word", [
  ["Ông Trần Văn Bình, Bí thư huyện, cho biết.", ["per:Trần Văn Bình", "pos:Bí thư huyện"], ["Trần Văn Bình | Bí thư huyện"], ["Bí thư huyện | Huyện ủy"]],
  ["Ông Trần Văn Bình - Chủ tịch xã cho biết.", ["per:Trần Văn Bình", "pos:Chủ tịch xã"], ["Trần Văn Bình | Chủ tịch xã"], ["Chủ tịch xã | UBND xã"]],
  ["Bà Lê Thị Hoa, Phó Chủ tịch phường, cho biết.", ["per:Lê Thị Hoa", "pos:Phó Chủ tịch phường"], ["Lê Thị Hoa | Phó Chủ tịch phường"], ["Phó Chủ tịch phường | UBND phường"]],
  ["Bí thư huyện kiêm Chủ tịch huyện Trần Văn Bình dự họp.", ["pos:Bí thư huyện", "pos:Chủ tịch huyện", "per:Trần Văn Bình"], ["Trần Văn Bình | Bí thư huyện", "Trần Văn Bình | Chủ tịch huyện"], ["Bí thư huyện | Huyện ủy", "Chủ tịch huyện | UBND huyện"]],
  ["Chủ tịch tỉnh Nguyễn Văn An, Phó Chủ tịch tỉnh Lê Văn Bình cùng dự.", ["pos:Chủ tịch tỉnh", "per:Nguyễn Văn An", "pos:Phó Chủ tịch tỉnh", "per:Lê Văn Bình"], ["Nguyễn Văn An | Chủ tịch tỉnh", "Lê Văn Bình | Phó Chủ tịch tỉnh"], ["Chủ tịch tỉnh | UBND tỉnh", "Phó Chủ tịch tỉnh | UBND tỉnh"]],
  ["Tại tỉnh Nghệ An, Chủ tịch tỉnh và Bí thư tỉnh cùng dự họp.", ["loc:tỉnh Nghệ An", "pos:Chủ tịch tỉnh", "pos:Bí thư tỉnh"], [], ["Chủ tịch tỉnh | UBND tỉnh Nghệ An", "Bí thư tỉnh | Tỉnh ủy Nghệ An"]],
  ["Phó Chủ tịch xã Lê Văn Cường và Chủ tịch xã Trần Văn Nam cùng dự.", ["pos:Phó Chủ tịch xã", "per:Lê Văn Cường", "pos:Chủ tịch xã", "per:Trần Văn Nam"], ["Lê Văn Cường | Phó Chủ tịch xã", "Trần Văn Nam | Chủ tịch xã"], ["Phó Chủ tịch xã | UBND xã", "Chủ tịch xã | UBND xã"]],
  ["Chủ tịch xã Nguyễn Văn An (huyện Quỳnh Lưu) cho biết.", ["pos:Chủ tịch xã", "per:Nguyễn Văn An", "loc:huyện Quỳnh Lưu"], ["Nguyễn Văn An | Chủ tịch xã"], ["Chủ tịch xã | UBND xã"]],
  ["Chủ tịch huyện Nguyễn Văn Hùng đã chỉ đạo các xã khẩn trương khắc phục.", ["pos:Chủ tịch huyện", "per:Nguyễn Văn Hùng"], ["Nguyễn Văn Hùng | Chủ tịch huyện"], ["Chủ tịch huyện | UBND huyện"]],
  ["Anh Nguyễn Văn Tuấn, cán bộ xã Lê Văn Cường, cho biết.", ["per:Nguyễn Văn Tuấn", "loc:xã Lê Văn Cường"], [], []],
  ["Người dân phường Nguyễn Thái Bình cho biết.", ["loc:phường Nguyễn Thái Bình"], [], []],
  ["Chủ tịch phường Nguyễn Thái Bình cho biết.", ["pos:Chủ tịch phường Nguyễn Thái Bình"], [], ["Chủ tịch phường Nguyễn Thái Bình | UBND phường Nguyễn Thái Bình"]],
]);

table("more sentence shapes around a title with a bare level word", [
  ["Chủ tịch tỉnh - ông Nguyễn Văn An cho biết.", ["pos:Chủ tịch tỉnh", "per:Nguyễn Văn An"], ["Nguyễn Văn An | Chủ tịch tỉnh"], ["Chủ tịch tỉnh | UBND tỉnh"]],
  ["Phát biểu tại hội nghị, Phó Chủ tịch tỉnh Hoàng Thị Mai nhấn mạnh.", ["pos:Phó Chủ tịch tỉnh", "per:Hoàng Thị Mai"], ["Hoàng Thị Mai | Phó Chủ tịch tỉnh"], ["Phó Chủ tịch tỉnh | UBND tỉnh"]],
  ["Theo Bí thư huyện Lê Văn Tám, huyện đã hoàn thành kế hoạch.", ["pos:Bí thư huyện", "per:Lê Văn Tám"], ["Lê Văn Tám | Bí thư huyện"], ["Bí thư huyện | Huyện ủy"]],
  ["Chủ tịch tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Thọ phát biểu.", ["pos:Chủ tịch tỉnh Bà Rịa - Vũng Tàu", "per:Nguyễn Văn Thọ"], ["Nguyễn Văn Thọ | Chủ tịch tỉnh Bà Rịa - Vũng Tàu"], ["Chủ tịch tỉnh Bà Rịa - Vũng Tàu | UBND tỉnh Bà Rịa - Vũng Tàu"]],
  ["Chủ tịch xã Hòa Bình Lê Văn Tư cho biết.", ["pos:Chủ tịch xã Hòa Bình", "per:Lê Văn Tư"], ["Lê Văn Tư | Chủ tịch xã Hòa Bình"], ["Chủ tịch xã Hòa Bình | UBND xã Hòa Bình"]],
  ["Chủ tịch xã này cho biết.", ["pos:Chủ tịch xã"], [], ["Chủ tịch xã | UBND xã"]],
  ["Ông Trần Văn Hiệp được bầu giữ chức Chủ tịch tỉnh.", ["per:Trần Văn Hiệp", "pos:Chủ tịch tỉnh"], ["Trần Văn Hiệp | Chủ tịch tỉnh"], ["Chủ tịch tỉnh | UBND tỉnh"]],
  ["Ông Nguyễn Văn An thôi giữ chức Bí thư huyện.", ["per:Nguyễn Văn An", "pos:Bí thư huyện"], ["Nguyễn Văn An | Bí thư huyện"], ["Bí thư huyện | Huyện ủy"]],
  ["Ông Lê Văn Tư, nguyên Chủ tịch xã, cho biết.", ["per:Lê Văn Tư", "pos:nguyên Chủ tịch xã"], ["Lê Văn Tư | Chủ tịch xã"], ["Chủ tịch xã | UBND xã"]],
  ["Chủ tịch tỉnh Nguyễn Văn An và Giám đốc Sở Y tế Lê Thị Hoa cùng dự.", ["pos:Chủ tịch tỉnh", "per:Nguyễn Văn An", "pos:Giám đốc Sở Y tế", "org:Sở Y tế", "per:Lê Thị Hoa"], ["Nguyễn Văn An | Chủ tịch tỉnh", "Lê Thị Hoa | Giám đốc Sở Y tế"], ["Chủ tịch tỉnh | UBND tỉnh", "Giám đốc Sở Y tế | Sở Y tế"]],
  ["Giám đốc bệnh viện Đào Xuân Cơ cho biết. Ông Cơ nói thêm rằng bệnh viện đã sẵn sàng.", ["pos:Giám đốc bệnh viện", "per:Đào Xuân Cơ", "per:Cơ"], ["Đào Xuân Cơ | Giám đốc bệnh viện"], []],
]);

table("a police chief's unit (office-rules.tsv body_of_place for \"Trưởng Công an\")", [
  ["Trưởng Công an xã Lê Văn Hùng cho biết.", ["pos:Trưởng Công an xã", "per:Lê Văn Hùng"], ["Lê Văn Hùng | Trưởng Công an xã"], ["Trưởng Công an xã | Công an xã"]],
  ["Trưởng công an xã Lê Văn Hùng cho biết.", ["pos:Trưởng công an xã", "per:Lê Văn Hùng"], ["Lê Văn Hùng | Trưởng công an xã"], ["Trưởng công an xã | Công an xã"]],
  ["Phó Trưởng Công an huyện Nguyễn Văn Tâm cho biết.", ["pos:Phó Trưởng Công an huyện", "per:Nguyễn Văn Tâm"], ["Nguyễn Văn Tâm | Phó Trưởng Công an huyện"], ["Phó Trưởng Công an huyện | Công an huyện"]],
  ["Trưởng Công an xã Yên Hòa Lê Văn Hùng cho biết.", ["pos:Trưởng Công an xã Yên Hòa", "per:Lê Văn Hùng"], ["Lê Văn Hùng | Trưởng Công an xã Yên Hòa"], ["Trưởng Công an xã Yên Hòa | Công an xã Yên Hòa"]],
  ["Trưởng Công an huyện Quỳnh Lưu cho biết.", ["pos:Trưởng Công an huyện Quỳnh Lưu"], [], ["Trưởng Công an huyện Quỳnh Lưu | Công an huyện Quỳnh Lưu"]],
  ["Ông Lê Văn Hùng, Trưởng Công an xã, cho biết.", ["per:Lê Văn Hùng", "pos:Trưởng Công an xã"], ["Lê Văn Hùng | Trưởng Công an xã"], ["Trưởng Công an xã | Công an xã"]],
  ["Trưởng Công an phường Trần Hưng Đạo cho biết.", ["pos:Trưởng Công an phường Trần Hưng Đạo"], [], ["Trưởng Công an phường Trần Hưng Đạo | Công an phường Trần Hưng Đạo"]],
]);

table("the place around a bare level word: only when the text names one of its level", [
  ["Đoàn công tác làm việc tại Bến Tre. Sau đó, Chủ tịch tỉnh Nguyễn Văn An cho biết.", ["loc:Bến Tre", "pos:Chủ tịch tỉnh", "per:Nguyễn Văn An"], ["Nguyễn Văn An | Chủ tịch tỉnh"], ["Chủ tịch tỉnh | UBND tỉnh Bến Tre"]],
  ["Đại biểu Trần Văn Hải (Bến Tre) và đại biểu Lê Văn Bình (Vĩnh Phúc) phát biểu. Nhiều tỉnh đề nghị Chủ tịch tỉnh có cảnh vệ.", ["pos:Đại biểu", "per:Trần Văn Hải", "loc:Bến Tre", "pos:đại biểu", "per:Lê Văn Bình", "loc:Vĩnh Phúc", "pos:Chủ tịch tỉnh"], ["Trần Văn Hải | Đại biểu", "Lê Văn Bình | Đại biểu"], ["Chủ tịch tỉnh | UBND tỉnh"]],
]);

table("a provincial or city Youth Union written alone after the title (org-heads.tsv bare)", [
  ["Bí thư Tỉnh đoàn Nguyễn Văn An phát biểu.", ["pos:Bí thư Tỉnh đoàn", "org:Tỉnh đoàn", "per:Nguyễn Văn An"], ["Nguyễn Văn An | Bí thư Tỉnh đoàn"], ["Bí thư Tỉnh đoàn | Tỉnh đoàn"]],
  ["Tại Nghệ An, Bí thư Tỉnh đoàn Nguyễn Văn An phát biểu.", ["loc:Nghệ An", "pos:Bí thư Tỉnh đoàn", "org:Tỉnh đoàn", "per:Nguyễn Văn An"], ["Nguyễn Văn An | Bí thư Tỉnh đoàn"], ["Bí thư Tỉnh đoàn | Tỉnh đoàn Nghệ An"]],
  ["Phó Bí thư Thành đoàn Lê Thị Hoa phát biểu.", ["pos:Phó Bí thư Thành đoàn", "org:Thành đoàn", "per:Lê Thị Hoa"], ["Lê Thị Hoa | Phó Bí thư Thành đoàn"], ["Phó Bí thư Thành đoàn | Thành đoàn"]],
  ["Tỉnh đoàn Nghệ An tổ chức lễ.", ["org:Tỉnh đoàn Nghệ An"], [], []],
]);

table("near the shape, no post held: ordinary text a rule must not read as a title and its holder (review, issue 13)", [
  ["Người dân trong tỉnh Nguyễn Văn An cho biết giá lúa tăng.", ["per:Nguyễn Văn An"], [], []],
  ["Cán bộ xã Lê Văn Cường đã nhận quyết định.", ["loc:xã Lê Văn Cường"], [], []],
  ["Phó Chủ tịch xã Lê Văn Cường, huyện Quỳnh Lưu, cho biết.", ["pos:Phó Chủ tịch xã Lê Văn Cường","loc:huyện Quỳnh Lưu"], [], ["Phó Chủ tịch xã Lê Văn Cường | UBND xã Lê Văn Cường"]],
  ["Ông Hùng là Chủ tịch xã Trần Hưng Đạo từ năm 2020.", ["per:Hùng","pos:Chủ tịch xã Trần Hưng Đạo"], ["Hùng | Chủ tịch xã Trần Hưng Đạo"], ["Chủ tịch xã Trần Hưng Đạo | UBND xã Trần Hưng Đạo"]],
  ["Giám đốc bệnh viện Chợ Rẫy cho biết.", ["pos:Giám đốc bệnh viện Chợ Rẫy","org:bệnh viện Chợ Rẫy"], [], ["Giám đốc bệnh viện Chợ Rẫy | Bệnh viện Chợ Rẫy"]],
  ["Hiệu trưởng trường Lê Quý Đôn phát biểu khai giảng.", ["pos:Hiệu trưởng trường Lê Quý Đôn","org:trường Lê Quý Đôn"], [], ["Hiệu trưởng trường Lê Quý Đôn | Trường Lê Quý Đôn"]],
  ["Đoàn công tác đã đến thăm Giám đốc công ty Nguyễn Văn Hải.", ["pos:Giám đốc công ty Nguyễn Văn Hải","org:công ty Nguyễn Văn Hải"], [], ["Giám đốc công ty Nguyễn Văn Hải | Công ty Nguyễn Văn Hải"]],
  ["Chủ tịch tỉnh đoàn kết các dân tộc.", ["pos:Chủ tịch"], [], []],
  ["Bí thư tỉnh lộ 8 là ai thì chưa rõ.", ["pos:Bí thư","loc:tỉnh lộ 8"], [], []],
  ["Chủ tịch xã Tân Lập cho biết.", ["pos:Chủ tịch xã Tân Lập"], [], ["Chủ tịch xã Tân Lập | UBND xã Tân Lập"]],
]);
