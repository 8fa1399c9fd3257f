import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

/** The names of the organizations and places of a text's graph. */
function names(text: string): string[] {
  return extract(text)
    .entities.filter((e) => e.type === "organization" || e.type === "location")
    .map((e) => e.name);
}

describe("a bare local body takes the place of its level (data/admin-levels.tsv)", () => {
  it.each([
    // [text, a name the graph has, a name it must not have]
    ["TP Hạ Long đang triển khai các biện pháp phòng dịch. UBND thành phố yêu cầu các phòng, ban thực hiện nghiêm.", "UBND thành phố Hạ Long", "UBND thành phố"],
    ["Bí thư Đảng ủy phường Điện Dương (thị xã Điện Bàn, Quảng Nam) bị đưa ra khỏi danh sách bầu cử đại biểu HĐND thị xã.", "HĐND thị xã Điện Bàn", "HĐND thị xã Quảng Nam"],
    // A commune's body is not given the province: the text names many communes, and seldom its own last.
    ["Bệnh nhân ở thôn Quan Nhân, huyện Lý Nhân, tỉnh Hà Nam. Bố của bệnh nhân đã báo cho Trạm Y tế xã.", "Trạm Y tế xã", "Trạm Y tế xã Hà Nam"],
  ])("%s", (text, has, hasNot) => {
    expect(names(text)).toContain(has);
    expect(names(text)).not.toContain(hasNot);
  });

  it("takes TP. and TP as one place", () => {
    expect(names("Du khách đổ về TP. Vũng Tàu. Bãi biển ở TP Vũng Tàu rất đông.")).toEqual(["TP. Vũng Tàu"]);
  });
});
