import { describe, expect, it } from "vitest";
import { holds, mentions } from "../helpers";

// Local news names a commune or ward that no gazetteer lists and then, with no comma, the person
// who heads it: the unit's name must stop where the full name begins.
describe("a unit's name, then a person's", () => {
  it.each([
    // [text, holds, persons, locations]
    ["Chủ tịch UBND xã Tam Hiệp Nguyễn Văn An phát biểu", ["Nguyễn Văn An | Chủ tịch UBND xã Tam Hiệp"], ["Nguyễn Văn An"], []],
    ["Bí thư Đảng ủy phường Điện Dương Nguyễn Văn An phát biểu", ["Nguyễn Văn An | Bí thư Đảng ủy phường Điện Dương"], ["Nguyễn Văn An"], []],
    ["Chủ tịch UBND phường Hòa Cường Bắc Trần Thị Lan cho biết", ["Trần Thị Lan | Chủ tịch UBND phường Hòa Cường Bắc"], ["Trần Thị Lan"], []],
    ["người dân xã Đức Thắng Nguyễn Văn An cho biết", [], ["Nguyễn Văn An"], ["xã Đức Thắng"]],
    // A unit named after a person keeps its name; a known place after the name is no person.
    ["trên đường Nguyễn Văn Linh", [], [], ["đường Nguyễn Văn Linh"]],
    ["xã Nguyễn Huệ, thị xã Đông Triều", [], [], ["xã Nguyễn Huệ", "thị xã Đông Triều"]],
    ["từ khu công nghiệp Thăng Long - Hà Nội.", [], [], ["khu công nghiệp Thăng Long - Hà Nội"]],
  ])("%s", (text, holding, persons, locations) => {
    expect(holds(text)).toEqual(holding);
    expect(mentions(text, "person")).toEqual(persons);
    expect(mentions(text, "location")).toEqual(locations);
  });
});

describe("no name starts inside a known place", () => {
  it.each([
    // [text, persons, locations]
    // ("Modi" whole: a counterpart's name comes after the country, never "Độ Modi".)
    ["gặp lại người đồng cấp Ấn Độ Modi", ["Modi"], ["Ấn Độ"]],
    ["hội đàm với người đồng cấp Trung Quốc Vương Nghị", ["Vương Nghị"], ["Trung Quốc"]],
    ["đoàn của Bồ Đào Nha Nguyễn Văn An dẫn đầu", ["Nguyễn Văn An"], ["Bồ Đào Nha"]],
    ["ông Đức cho biết", ["Đức"], []],
  ])("%s", (text, persons, locations) => {
    expect(mentions(text, "person")).toEqual(persons);
    expect(mentions(text, "location")).toEqual(locations);
  });
});

// "UBND tỉnh", "UBND TP" with the place named elsewhere, then the holder's full name: provinces,
// cities and districts are all in the gazetteer, so an unknown full name after their level word is
// a person. Wards and communes are often named after people, and keep their names.
describe("a body's bare level word, then its holder", () => {
  it.each([
    // [text, holds, persons]
    ["Phó Chủ tịch UBND tỉnh Nguyễn Hồng Lĩnh ký quyết định", ["Nguyễn Hồng Lĩnh | Phó Chủ tịch UBND tỉnh"], ["Nguyễn Hồng Lĩnh"]],
    ["Chủ tịch UBND TP Nguyễn Đức Chung cho biết", ["Nguyễn Đức Chung | Chủ tịch UBND TP"], ["Nguyễn Đức Chung"]],
    ["Chủ tịch HĐND thành phố Nguyễn Ngọc Tuấn phát biểu", ["Nguyễn Ngọc Tuấn | Chủ tịch HĐND thành phố"], ["Nguyễn Ngọc Tuấn"]],
    ["Chủ tịch UBND huyện Lê Văn Tám dự", ["Lê Văn Tám | Chủ tịch UBND huyện"], ["Lê Văn Tám"]],
    ["Chủ tịch UBND phường Trần Hưng Đạo dự họp", [], []],
    ["Chủ tịch UBND huyện Trần Văn Thời Lê Văn An dự", ["Lê Văn An | Chủ tịch UBND huyện Trần Văn Thời"], ["Lê Văn An"]],
    // The given name may be one given-names.txt lacks ("Hưởng"); the middle names are listed.
    ["Chủ tịch UBND tỉnh Lê Văn Hưởng vừa được HĐND tỉnh bầu lại", ["Lê Văn Hưởng | Chủ tịch UBND tỉnh"], ["Lê Văn Hưởng"]],
    ["Chủ tịch UBND tỉnh Nguyễn Văn Hưởng phát biểu", ["Nguyễn Văn Hưởng | Chủ tịch UBND tỉnh"], ["Nguyễn Văn Hưởng"]],
    // (Not the middle name too: "Xưởng" and "Hưởng" both unlisted make no full name.)
    ["Chủ tịch UBND huyện Lê Xưởng Hưởng dự họp", [], []],
    ["Chủ tịch UBND huyện Trần Văn Thời cho biết", [], []],
  ])("%s", (text, holding, persons) => {
    expect(holds(text)).toEqual(holding);
    expect(mentions(text, "person")).toEqual(persons);
  });
});
