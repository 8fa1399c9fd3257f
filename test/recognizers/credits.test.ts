import { describe, expect, it } from "vitest";
import { mentions } from "../helpers";
import { tagged } from "./tagged";

const namesAndPlaces = (text: string) => tagged(text, ["person", "location"]);

describe("credits: bylines and photo credits are not persons or places", () => {
  it.each([
    // photo credits, with or without brackets, ended by the outlet, a bracket or a new sentence
    ["Hai bên hội đàm. Ảnh: Huy Bình/TTXVN Theo phóng viên tại Ấn Độ", ["LOC:Ấn Độ"]],
    ["cột mốc biên giới. (Ảnh: Trọng Đức - TTXVN)\nTiếp tục chương trình", []],
    ["lễ ký. Ảnh: EPA Kết thúc hội đàm, Chủ tịch nước Trần Đại Quang phát biểu", ["PER:Trần Đại Quang"]],
    ["Ảnh minh họa: Hà Nam Ninh/VnExpress", []],
    // a name glued to an outlet by a slash, anywhere; the city after the outlet too
    ["vui vẻ nhận lời./. Thùy Vân/VOV-Paris", []],
    ["rút kinh nghiệm sâu sắc./. Trí Anh/VOV.VN", []],
    // the signature that ends a text: a name alone after the last sentence
    ["sẽ tiếp tục trong thời gian tới. Hiền Hạnh (TTXVN)", []],
    ["nhân dân hai nước.\nThái Bình\nTTXVN", []],
    ["lễ ký kết. Ảnh: Trọng Đức/TTXVN Hoàng Thị Hoa (TTXVN)", []],
    // …also written in capitals, on a line of its own ("THÁI BÌNH" is an author, not the province)
    ["Hội nghị kết thúc tốt đẹp.\nTHÁI BÌNH", []],
    ["Hợp tác Việt - Lào ngày càng phát triển.\nVIỆT NAM", ["LOC:Lào"]],
    ["Lễ ký kết diễn ra tại Hà Nội.\nNGUYỄN HƯNG", ["LOC:Hà Nội"]],
    // a name written in capitals is one byline part, not an outlet per word; a level word before the opener takes no name
    ["Ông Nhân phát biểu. Ảnh: HOÀNG GIANG Ông Đinh La Thăng cảm ơn.", ["PER:Nhân", "PER:Đinh La Thăng"]],
    ["Ông Nhân trưởng thành từ TP. Ảnh: NGUYỄN KHÁNH Ông Lê Văn Tám cảm ơn.", ["PER:Nhân", "PER:Lê Văn Tám"]],
    ["Ảnh: QUANG ĐỊNH/TTO Bí thư Nguyễn Văn An phát biểu tại Hà Nội.", ["PER:Nguyễn Văn An", "LOC:Hà Nội"]],
  ])("%s", (text, expected) => {
    expect(namesAndPlaces(text)).toEqual(expected);
  });

  it.each([
    ["Ảnh: Huy Bình/TTXVN", ["TTXVN"]],
    ["Bùi Hùng-Việt Dũng/VOV-Tokyo", ["VOV"]],
    ["Trí Anh/VOV.VN", ["VOV.VN"]],
    // a signature read like a body's head and a name ("Khoa" + "Nam") is no body; two authors on their own line too
    ["xử phạt 2 triệu đồng/người.\nKhoa Nam", []],
    ["ngưng tổ chức các chương trình nghệ thuật.\nTùng Nguyên - Khoa Nam", []],
    ["Hội nghị kết thúc.\nBộ trưởng Bộ Y tế - Nguyễn Thị Kim Tiến", ["Bộ Y tế"]],
  ])("the outlet of %s stays an organization", (text, expected) => {
    expect(mentions(text, "organization")).toEqual(expected);
  });

  it.each([
    // "Ảnh" not before a colon, a person in a last sentence, a code
    ["Ảnh hưởng của bão số 3 tới Hà Nội", ["LOC:Hà Nội"]],
    ["Người phát biểu cuối cùng. Ông Nguyễn Văn Bình", ["PER:Nguyễn Văn Bình"]],
    ["Bộ trưởng Bộ Y tế\nNguyễn Thị Kim Tiến", ["PER:Nguyễn Thị Kim Tiến"]],
    ["Nguyễn Văn Thường", ["PER:Nguyễn Văn Thường"]],
    ["Các đại biểu dự lễ.\nHÀ NỘI - VIỆT NAM", ["LOC:HÀ NỘI", "LOC:VIỆT NAM"]],
    ["Theo Quyết định 15/QĐ-TTg, ông Lê Văn Thành", ["PER:Lê Văn Thành"]],
  ])("not a credit: %s", (text, expected) => {
    expect(namesAndPlaces(text)).toEqual(expected);
  });
});

it("two places joined by a slash are no byline", () => {
  expect(namesAndPlaces("tuyến Hà Nội/TPHCM hoạt động")).toContain("LOC:Hà Nội");
});

describe("nationality after a word for a group of people is no person", () => {
  it.each([
    ["du học sinh Việt Nam tại Nhật Bản", ["LOC:Việt Nam", "LOC:Nhật Bản"]],
    ["các sinh viên, nghiên cứu sinh Việt Nam đang theo học", ["LOC:Việt Nam"]],
    ["doanh nhân Nhật Bản và nông dân Việt Nam", ["LOC:Nhật Bản", "LOC:Việt Nam"]],
    // a people or a language named like a man named before
    ["Ông Đoàn Khắc Việt cho biết. Cộng đồng người Việt ở Lào học tiếng Việt. Ông Việt nói", ["PER:Đoàn Khắc Việt", "PER:Việt", "LOC:Lào"]],
    // a one-syllable place after "anh", "ông" can be a given name
    ["anh Đức cho biết", ["PER:Đức"]],
    ["sinh viên Nguyễn Văn Nam", ["PER:Nguyễn Văn Nam"]],
  ])("%s", (text, expected) => {
    expect(namesAndPlaces(text)).toEqual(expected);
  });
});
