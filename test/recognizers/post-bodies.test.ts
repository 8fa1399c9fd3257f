import { describe, expect, it } from "vitest";
import { holds, mentions, ofs } from "../helpers";

/**
 * Bodies of posts the recognizer used to cut short: historical places and bodies (data/location-aliases.tsv,
 * data/organizations.tsv), "X của Y", lower-case bodies, titles in parentheses.
 */
describe("historical places and bodies in a post", () => {
  it.each([
    // A hyphenated historical city name is one place: the post does not end at "Sài Gòn".
    ["Ông Võ Văn Kiệt từng là Bí thư Thành ủy Sài Gòn - Gia Định.", ["Bí thư Thành ủy Sài Gòn - Gia Định"], ["Võ Văn Kiệt | Bí thư Thành ủy Sài Gòn - Gia Định"]],
    ["Ông Mai Chí Thọ, Chủ tịch UBND TP Sài Gòn-Gia Định, phát biểu.", ["Chủ tịch UBND TP Sài Gòn-Gia Định"], ["Mai Chí Thọ | Chủ tịch UBND TP Sài Gòn-Gia Định"]],
    // The Liberation Front's central committee is not the Fatherland Front's: its whole name (14 words) is read.
    [
      "Bà Nguyễn Thị Bình, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Dân tộc giải phóng miền Nam Việt Nam.",
      ["Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Dân tộc giải phóng miền Nam Việt Nam"],
      ["Nguyễn Thị Bình | Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Dân tộc giải phóng miền Nam Việt Nam"],
    ],
    [
      "Ông Nguyễn Hữu Thọ, Chủ tịch Ủy ban Trung ương Mặt trận Dân tộc Giải phóng miền Nam Việt Nam, phát biểu.",
      ["Chủ tịch Ủy ban Trung ương Mặt trận Dân tộc Giải phóng miền Nam Việt Nam"],
      ["Nguyễn Hữu Thọ | Chủ tịch Ủy ban Trung ương Mặt trận Dân tộc Giải phóng miền Nam Việt Nam"],
    ],
    // Historical Party committees, armies and governments (data/org-heads.tsv, organizations.tsv).
    ["Ông Võ Văn Kiệt, Bí thư Khu ủy Sài Gòn - Gia Định, phát biểu.", ["Bí thư Khu ủy Sài Gòn - Gia Định"], ["Võ Văn Kiệt | Bí thư Khu ủy Sài Gòn - Gia Định"]],
    ["Ông B, Bí thư Khu ủy Khu V, nói.", ["Bí thư Khu ủy Khu V"], ["B | Bí thư Khu ủy Khu V"]],
    ["Ông D, Bí thư Liên khu ủy Việt Bắc, nói.", ["Bí thư Liên khu ủy Việt Bắc"], ["D | Bí thư Liên khu ủy Việt Bắc"]],
    ["Ông C, Chính ủy Quân giải phóng miền Nam, nói.", ["Chính ủy Quân giải phóng miền Nam"], ["C | Chính ủy Quân giải phóng miền Nam"]],
    ["Ông Phạm Văn Đồng, Thủ tướng Chính phủ Việt Nam Dân chủ Cộng hòa, phát biểu.", ["Thủ tướng Chính phủ Việt Nam Dân chủ Cộng hòa"], ["Phạm Văn Đồng | Thủ tướng Chính phủ Việt Nam Dân chủ Cộng hòa"]],
    ["Ông Tôn Đức Thắng, Chủ tịch nước Việt Nam Dân chủ Cộng hòa, phát biểu.", ["Chủ tịch nước Việt Nam Dân chủ Cộng hòa"], ["Tôn Đức Thắng | Chủ tịch nước Việt Nam Dân chủ Cộng hòa"]],
    // A ministry's fields, then another government than today's: that government's ministry.
    [
      "Bà Bình, Bộ trưởng Ngoại giao Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam, ký.",
      ["Bộ trưởng Ngoại giao Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam"],
      ["Bình | Bộ trưởng Ngoại giao Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam"],
    ],
    ["Ông A, Bộ trưởng Ngoại giao, Chính phủ Cách mạng lâm thời, ký.", ["Bộ trưởng Ngoại giao"], ["A | Bộ trưởng Ngoại giao"]],
    // The Fatherland Front's committee is still read as before.
    ["Ông A là Chủ tịch Ủy ban Trung ương Mặt trận, phát biểu.", ["Chủ tịch Ủy ban Trung ương Mặt trận"], ["A | Chủ tịch Ủy ban Trung ương Mặt trận"]],
  ])("%s", (text, posts, held) => {
    expect(mentions(text, "position")).toEqual(posts);
    expect(holds(text)).toEqual(held);
  });
});

/** "X của Y" (eval/CONVENTIONS.md): a body named after a title goes on with "của" and the body it belongs to. */
describe("a post's body with the body it belongs to", () => {
  it.each([
    // A committee no gazetteer lists, "của" a known body: one post, one nested body.
    ["Ông Nguyễn Văn A từng là Phó Chủ nhiệm Ủy ban Văn hóa xã hội của Quốc hội.", ["Phó Chủ nhiệm Ủy ban Văn hóa xã hội của Quốc hội"], ["Ủy ban Văn hóa xã hội của Quốc hội"], ["Nguyễn Văn A | Phó Chủ nhiệm Ủy ban Văn hóa xã hội của Quốc hội"]],
    ["Ông Trương Minh Hoàng - Phó Chủ nhiệm Ủy ban Khoa học công nghệ và Môi trường của QH - đã từng nói", ["Phó Chủ nhiệm Ủy ban Khoa học công nghệ và Môi trường của QH"], ["Ủy ban Khoa học công nghệ và Môi trường của QH"], ["Trương Minh Hoàng | Phó Chủ nhiệm Ủy ban Khoa học công nghệ và Môi trường của QH"]],
    ["Ông A, Giám đốc Trung tâm Kiểm soát bệnh tật của Bộ Y tế, cho biết.", ["Giám đốc Trung tâm Kiểm soát bệnh tật của Bộ Y tế"], ["Trung tâm Kiểm soát bệnh tật của Bộ Y tế"], ["A | Giám đốc Trung tâm Kiểm soát bệnh tật của Bộ Y tế"]],
    // The term after it stays out of the span; a comma ends it.
    ["Ông Nguyễn Văn B, Ủy viên Ủy ban Khoa học kỹ thuật của Quốc hội khóa XV, đã phát biểu.", ["Ủy viên Ủy ban Khoa học kỹ thuật của Quốc hội"], ["Ủy ban Khoa học kỹ thuật của Quốc hội"], ["Nguyễn Văn B | Ủy viên Ủy ban Khoa học kỹ thuật của Quốc hội"]],
    ["Ông A, Phó Chủ nhiệm Ủy ban Văn hóa xã hội của Quốc hội, ông nói.", ["Phó Chủ nhiệm Ủy ban Văn hóa xã hội của Quốc hội"], ["Ủy ban Văn hóa xã hội của Quốc hội"], ["A | Phó Chủ nhiệm Ủy ban Văn hóa xã hội của Quốc hội"]],
    // An elided board ("Trưởng ban" + "Tuyên giáo") "của" a body named with its place: the body is a nested mention.
    ["Ông Nguyễn Văn A, Trưởng ban Tuyên giáo của Tỉnh ủy Nghệ An, cho biết.", ["Trưởng ban Tuyên giáo của Tỉnh ủy Nghệ An"], ["Tỉnh ủy Nghệ An"], ["Nguyễn Văn A | Trưởng ban Tuyên giáo của Tỉnh ủy Nghệ An"]],
    ["Trưởng Ban Dân nguyện của Ủy ban thường vụ Quốc hội Nguyễn Thanh Hải trình bày.", ["Trưởng Ban Dân nguyện của Ủy ban thường vụ Quốc hội"], ["Ủy ban thường vụ Quốc hội"], ["Nguyễn Thanh Hải | Trưởng Ban Dân nguyện của Ủy ban thường vụ Quốc hội"]],
    // A body named by its head and name after "của" too.
    ["Ông B, Giám đốc Trung tâm Dịch vụ của Công ty Thành Đạt, nói.", ["Giám đốc Trung tâm Dịch vụ của Công ty Thành Đạt"], ["Trung tâm Dịch vụ của Công ty Thành Đạt"], ["B | Giám đốc Trung tâm Dịch vụ của Công ty Thành Đạt"]],
    ["Ông A, Trưởng phòng Kinh doanh của Công ty Cổ phần Sông Đà, nói.", ["Trưởng phòng Kinh doanh của Công ty Cổ phần Sông Đà"], ["Công ty Cổ phần Sông Đà"], ["A | Trưởng phòng Kinh doanh của Công ty Cổ phần Sông Đà"]],
    // Not after "của": a place, or a head standing alone.
    ["Ông Chử Xuân Dũng, Trưởng Ban chỉ đạo phòng, chống dịch Covid-19 của Hà Nội đã làm việc", ["Trưởng Ban chỉ đạo phòng, chống dịch Covid-19"], [], ["Chử Xuân Dũng | Trưởng Ban chỉ đạo phòng, chống dịch Covid-19"]],
    ["Ông A, Trưởng ban Tuyên giáo của Tỉnh ủy, cho biết.", ["Trưởng ban Tuyên giáo"], ["Tỉnh ủy"], ["A | Trưởng ban Tuyên giáo"]],
  ])("%s", (text, posts, orgs, held) => {
    expect(mentions(text, "position")).toEqual(posts);
    expect(mentions(text, "organization")).toEqual(orgs);
    expect(holds(text)).toEqual(held);
  });
});

/** After a title, an association's or a common head's name may begin with up to six lower-case words before its capitalized part. */
describe("a post's body whose name begins in lower case", () => {
  it.each([
    ["Ông Lê Văn D, Chủ tịch Hiệp hội bệnh viện tư nhân VN, cho biết.", ["Chủ tịch Hiệp hội bệnh viện tư nhân VN"], ["Hiệp hội bệnh viện tư nhân VN"], ["Lê Văn D | Chủ tịch Hiệp hội bệnh viện tư nhân VN"]],
    ["Ông A, Chủ tịch Hội hữu nghị Việt Nam-Campuchia, phát biểu.", ["Chủ tịch Hội hữu nghị Việt Nam-Campuchia"], ["Hội hữu nghị Việt Nam-Campuchia"], ["A | Chủ tịch Hội hữu nghị Việt Nam-Campuchia"]],
    // Not through a title modifier ("phụ trách"), nor after a ministry's head ("Bộ môn", "Bộ trưởng").
    ["Ông A, Phó Giám đốc Sở phụ trách lĩnh vực Y tế, cho biết", ["Phó Giám đốc"], [], ["A | Phó Giám đốc"]],
    ["Ông A là Phó Chủ nhiệm Bộ môn Quản lý công nghiệp Trường Đại học Bách khoa TP.Hồ Chí Minh.", ["Phó Chủ nhiệm"], ["Trường Đại học Bách khoa TP.Hồ Chí Minh"], ["A | Phó Chủ nhiệm"]],
    ["Ông Nguyễn Trường Sơn, Thứ trưởng Bộ trưởng Bộ Y tế, cho biết.", ["Thứ trưởng", "Bộ trưởng Bộ Y tế"], ["Bộ Y tế"], ["Nguyễn Trường Sơn | Thứ trưởng", "Nguyễn Trường Sơn | Bộ trưởng Bộ Y tế"]],
  ])("%s", (text, posts, orgs, held) => {
    expect(mentions(text, "position")).toEqual(posts);
    expect(mentions(text, "organization")).toEqual(orgs);
    expect(holds(text)).toEqual(held);
  });
});

/** Bodies written in lower case or by letters: data/org-heads.tsv ("BCH", "Ban Trị sự", "Đoàn trường"), org-name-words.tsv (unit). */
describe("a post's lower-case or abbreviated body", () => {
  it.each([
    ["Ông Trần Văn E, ủy viên BCH VCCI, cho biết.", ["ủy viên BCH VCCI"], ["BCH VCCI"], ["Trần Văn E | ủy viên BCH VCCI"]],
    // "Ban Khu kinh tế" is the economic zone's management board written short (org-heads.tsv).
    ["Ông Lê Văn Hải, Trưởng Ban Quản lý KKT Nghi Sơn, cho biết.", ["Trưởng Ban Quản lý KKT Nghi Sơn"], [], ["Lê Văn Hải | Trưởng Ban Quản lý KKT Nghi Sơn"]],
    ["Ông Lê Văn Hải, nguyên Trưởng ban Khu kinh tế tỉnh Quảng Ngãi, nghỉ hưu.", ["nguyên Trưởng ban Khu kinh tế tỉnh Quảng Ngãi"], [], ["Lê Văn Hải | Trưởng ban Khu kinh tế tỉnh Quảng Ngãi"]],
    // A Buddhist Sangha's board, of the Sangha's chapter in a place.
    [
      "Hòa thượng Thích G, trưởng ban trị sự Giáo hội Phật giáo Việt Nam TP Hà Nội, dự lễ.",
      ["trưởng ban trị sự Giáo hội Phật giáo Việt Nam TP Hà Nội"],
      [],
      ["Thích G | trưởng ban trị sự Giáo hội Phật giáo Việt Nam TP Hà Nội"],
    ],
    ["Giáo hội Phật giáo Việt Nam tỉnh Nghệ An tổ chức lễ.", [], ["Giáo hội Phật giáo Việt Nam tỉnh Nghệ An"], []],
    // A unit with no name, "của" the body it belongs to: the post is the whole; the body is its only nested mention.
    ["Ông Phạm Văn F, tổ trưởng tổ công tác đặc biệt của VCCI, nói.", ["tổ trưởng tổ công tác đặc biệt của VCCI"], ["VCCI"], ["Phạm Văn F | tổ trưởng tổ công tác đặc biệt của VCCI"]],
    ["Ông A là tổ trưởng tổ công tác của Chính phủ khóa XV.", ["tổ trưởng tổ công tác của Chính phủ"], ["Chính phủ"], ["A | tổ trưởng tổ công tác của Chính phủ"]],
    ["Ông A, tổ trưởng tổ dân phố số 5, nói.", ["tổ trưởng"], [], ["A | tổ trưởng"]],
    // A title in parentheses after a name: its holder is that name.
    ["anh Lưu Hồng Quang (Phó bí thư Đoàn trường) cho biết.", ["Phó bí thư Đoàn trường"], ["Đoàn trường"], ["Lưu Hồng Quang | Phó bí thư Đoàn trường"]],
    // The Youth Union's and an association's cells.
    ["chị Hoàng Thị E (Bí thư Chi đoàn thôn 3) nói.", ["Bí thư Chi đoàn thôn 3"], ["Chi đoàn thôn 3"], ["Hoàng Thị E | Bí thư Chi đoàn thôn 3"]],
    ["Bà F, Chi hội trưởng Chi hội Phụ nữ thôn Đông, nói.", ["Chi hội trưởng Chi hội Phụ nữ thôn Đông"], ["Chi hội Phụ nữ thôn Đông"], ["F | Chi hội trưởng Chi hội Phụ nữ thôn Đông"]],
    // Capitalized as a name after the surname "Đoàn", it is a person; "Đoàn Đại biểu Quốc hội" stays the delegation.
    ["Ông Đoàn Trường Sơn, Giám đốc Sở Y tế, cho biết.", ["Giám đốc Sở Y tế"], ["Sở Y tế"], ["Đoàn Trường Sơn | Giám đốc Sở Y tế"]],
    ["Đoàn Đại biểu Quốc hội TP.HCM đã họp.", [], ["Đoàn Đại biểu Quốc hội TP.HCM"], []],
    // A former title in lower case keeps its place and its status.
    ["Ông Hồ Văn H, cựu chủ tịch xã Thạnh An, bị bắt.", ["cựu chủ tịch xã Thạnh An"], [], ["Hồ Văn H | chủ tịch xã Thạnh An"]],
  ])("%s", (text, posts, orgs, held) => {
    expect(mentions(text, "position")).toEqual(posts);
    expect(mentions(text, "organization")).toEqual(orgs);
    expect(holds(text)).toEqual(held);
  });
});

/** Historical provinces (data/location-aliases.tsv): the place of a post, not a person who holds it. */
describe("historical provinces in a post", () => {
  it.each([
    [
      "Ông A từng là Bí thư Tỉnh ủy Nghệ Tĩnh, Chủ tịch UBND tỉnh Hà Nam Ninh.",
      ["Bí thư Tỉnh ủy Nghệ Tĩnh", "Chủ tịch UBND tỉnh Hà Nam Ninh"],
      ["A | Bí thư Tỉnh ủy Nghệ Tĩnh", "A | Chủ tịch UBND tỉnh Hà Nam Ninh"],
    ],
    ["Ông B, nguyên Bí thư Tỉnh ủy Quảng Nam - Đà Nẵng, phát biểu.", ["nguyên Bí thư Tỉnh ủy Quảng Nam - Đà Nẵng"], ["B | Bí thư Tỉnh ủy Quảng Nam - Đà Nẵng"]],
    // Also a given name: a place after a body's head, a person alone.
    ["Ông C từng là Bí thư Tỉnh ủy Minh Hải.", ["Bí thư Tỉnh ủy Minh Hải"], ["C | Bí thư Tỉnh ủy Minh Hải"]],
    ["Bà Nguyễn Thị Hà Tuyên - Phó hiệu trưởng cho biết.", ["Phó hiệu trưởng"], ["Nguyễn Thị Hà Tuyên | Phó hiệu trưởng"]],
  ])("%s", (text, posts, held) => {
    expect(mentions(text, "position")).toEqual(posts);
    expect(holds(text)).toEqual(held);
  });
  it("a given name alone stays a person", () => {
    expect(mentions("Hôm qua anh Minh Hải nói với chị Hà Tuyên.", "person")).toEqual(["Minh Hải", "Hà Tuyên"]);
    expect(mentions("Hôm qua anh Minh Hải nói với chị Hà Tuyên.", "location")).toEqual([]);
  });
});

describe("a body's word written in full after its head's title", () => {
  // Its name goes on in lower case up to where a name ends (a comma, a function word).
  it.each([
    ["Ông B, Viện trưởng Viện chiến lược chính sách, nói.", ["Viện trưởng Viện chiến lược chính sách | Viện chiến lược chính sách"]],
    ["ông Lương Thế Huy, Viện trưởng Viện nghiên cứu xã hội, kinh tế và môi trường, tự ứng cử.", ["Viện trưởng Viện nghiên cứu xã hội | Viện nghiên cứu xã hội"]],
    ["Ông A, Viện trưởng Viện nghiên cứu Hán Nôm, nói.", ["Viện trưởng Viện nghiên cứu Hán Nôm | Viện nghiên cứu Hán Nôm"]],
    // A body's word of two syllables is not put back a second time either.
    ["Ông A, Phó Tổng cục trưởng Tổng cục Chính trị CAND, phát biểu.", ["Phó Tổng cục trưởng Tổng cục Chính trị CAND | Tổng cục Chính trị Công an nhân dân"]],
  ])("%s", (text, of) => {
    expect(ofs(text)).toEqual(of);
  });
});

/** A known body after a spaced dash, which the post's body belongs to, is part of the post (and a nested mention). */
describe("a post's body, a dash, and the body it belongs to", () => {
  it.each([
    [
      "Ông Lê Ngọc Canh, nguyên Phó Viện trưởng Viện nghiên cứu Văn hóa - Viện Hàn lâm Khoa học xã hội Việt Nam, nói.",
      ["nguyên Phó Viện trưởng Viện nghiên cứu Văn hóa - Viện Hàn lâm Khoa học xã hội Việt Nam"],
      ["Viện nghiên cứu Văn hóa", "Viện Hàn lâm Khoa học xã hội Việt Nam"],
    ],
    // Not a person or an unknown name after the dash.
    ["Giám đốc Sở Y tế Hà Nội - Nguyễn Văn A cho biết.", ["Giám đốc Sở Y tế Hà Nội"], ["Sở Y tế Hà Nội"]],
  ])("%s", (text, posts, orgs) => {
    expect(mentions(text, "position")).toEqual(posts);
    expect(mentions(text, "organization")).toEqual(orgs);
  });
});
