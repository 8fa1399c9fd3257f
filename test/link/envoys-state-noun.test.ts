import { describe, expect, it } from "vitest";
import { personnelGraph } from "../helpers";

/**
 * Envoys named with their state's formal name after "nước" (grammar-words.tsv state-noun), as provincial and ministry
 * news write them: the country is the envoy's, the name after the posting is the holder. Made-up sentences.
 */
describe("envoys: 'nước' before the country's formal name", () => {
  it.each([
    ["Đại sứ nước Cộng hòa Pháp tại Việt Nam Olivier Brochet đến thăm tỉnh.", ["Olivier Brochet > Đại sứ nước Cộng hòa Pháp tại Việt Nam [current]"]],
    ["Sáng 21/5, Tổng lãnh sự nước Cộng hòa dân chủ nhân dân Lào tại TP Hồ Chí Minh - ông Khamphao Vongsa đến thăm.", ["Khamphao Vongsa > Tổng lãnh sự nước Cộng hòa dân chủ nhân dân Lào tại TP Hồ Chí Minh [current]"]],
    ["Bộ trưởng tiếp Đại sứ Đặc mệnh toàn quyền nước Cộng hòa Ấn Độ tại Việt Nam Sandeep Arya.", ["Sandeep Arya > Đại sứ Đặc mệnh toàn quyền nước Cộng hòa Ấn Độ tại Việt Nam [current]"]],
    // (In lower case "nước" stays a word for a state only before a capitalized name.)
    ["Đại sứ nước ngoài tại Việt Nam dự lễ.", []],
  ])("%s", (text, expected) => {
    expect(personnelGraph(text).holds).toEqual(expected);
  });
});
