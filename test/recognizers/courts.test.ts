import { describe, expect, it } from "vitest";
import { mentions } from "../helpers";

describe("courts, procuracies and prisons named by where they sit", () => {
  it.each([
    // [text, organizations, locations]
    ["VKSND Cấp cao tại Hà Nội đã kháng nghị", ["VKSND Cấp cao tại Hà Nội"], []],
    ["Tòa án nhân dân cấp cao tại Đà Nẵng xử phúc thẩm", ["Tòa án nhân dân cấp cao tại Đà Nẵng"], []],
    ["phạm nhân ở Trại giam tỉnh Quảng Ninh", ["Trại giam tỉnh Quảng Ninh"], []],
    ["Trại giam Z30D", ["Trại giam Z30D"], []],
    // "tại" after a body of another kind, or after the court's own place, is no part of its name.
    ["TAND TP Hà Nội tại phiên tòa", ["TAND TP Hà Nội"], []],
    ["UBND tỉnh họp tại Hà Nội", ["UBND tỉnh"], ["Hà Nội"]],
  ])("%s", (text, orgs, locs) => {
    expect(mentions(text, "organization")).toEqual(orgs);
    expect(mentions(text, "location")).toEqual(locs);
  });
});

describe("border gates and foreign leaders' offices", () => {
  it.each([
    // [text, organizations, locations]
    ["xe qua Cửa khẩu quốc tế Lao Bảo", [], ["Cửa khẩu quốc tế Lao Bảo"]],
    ["qua cửa khẩu quốc gia Cha Lo", [], ["cửa khẩu quốc gia Cha Lo"]],
    ["tại Phủ Thủ tướng Lào", ["Phủ Thủ tướng Lào"], []],
  ])("%s", (text, orgs, locs) => {
    expect(mentions(text, "organization")).toEqual(orgs);
    expect(mentions(text, "location")).toEqual(locs);
  });
});
