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
    ["gặp lại người đồng cấp Ấn Độ Modi", [], ["Ấn Độ"]],
    ["đoàn của Bồ Đào Nha Nguyễn Văn An dẫn đầu", ["Nguyễn Văn An"], ["Bồ Đào Nha"]],
    ["ông Đức cho biết", ["Đức"], []],
  ])("%s", (text, persons, locations) => {
    expect(mentions(text, "person")).toEqual(persons);
    expect(mentions(text, "location")).toEqual(locations);
  });
});
