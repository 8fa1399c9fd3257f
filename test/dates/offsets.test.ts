import { describe, expect, it } from "vitest";
import { find } from "./helpers";

// lower.slice(start, end) is the phrase without its preposition
describe("offsets exclude prepositions", () => {
  it.each([
    ["Hội nghị diễn ra vào ngày 17/3/2023 tại Hà Nội", "ngày 17/3/2023"],
    ["Đoàn đến lúc 14 giờ 30 phút", "14 giờ 30 phút"],
    ["Trong năm qua, tỉnh đã", "năm qua"],
    ["khoảng 3 giờ chiều", "3 giờ chiều"],
    ["trước ngày 10/3", "ngày 10/3"],
    ["Lễ hội từ ngày 5/3 đến ngày 10/3/2023 tại", "từ ngày 5/3 đến ngày 10/3/2023"],
    ["Báo cáo 2 tháng đầu năm 2023 cho thấy", "2 tháng đầu năm 2023"],
    ["thực hiện quý II/2025.", "quý II/2025"],
    ["kế hoạch giai đoạn 2021-2025;", "giai đoạn 2021-2025"],
    ["Vào thứ Hai (27/2), đoàn", "thứ Hai (27/2)"],
  ])("%s → %s", (text, phrase) => {
    const lower = text.toLowerCase();
    const spans = find(text);
    expect(spans.map((s) => lower.slice(s.start, s.end))).toEqual([phrase.toLowerCase()]);
  });
});
