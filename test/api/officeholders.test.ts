import { describe, expect, it } from "vitest";
import { extract, officeholders, Officeholding } from "../../src/index";

describe("officeholders(graph): who holds what, in one call", () => {
  const text =
    "Đồng chí Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị khóa XI, XII, Bí thư Thành ủy TP.HCM. Bà Nguyễn Thị Kim Ngân, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội. " +
    "Nguyên Chủ tịch nước Trương Tấn Sang và Chủ tịch nước Trần Đại Quang dự lễ.";
  const rows = officeholders(extract(text, { referenceDate: "2017-06-01" }));

  it("gives names, the post's organization, status, term and every evidence", () => {
    expect(rows.map((r) => [r.person, r.position, r.organization, r.status, r.term])).toEqual([
      ["Nguyễn Thiện Nhân", "Ủy viên Bộ Chính trị", "Bộ Chính trị", "current", "XI, XII"],
      ["Nguyễn Thiện Nhân", "Bí thư Thành ủy TP.HCM", "Thành ủy TP.HCM", "current", undefined],
      ["Nguyễn Thị Kim Ngân", "Ủy viên Bộ Chính trị", "Bộ Chính trị", "current", undefined],
      ["Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội", "Quốc hội", "current", undefined],
      ["Trương Tấn Sang", "Chủ tịch nước", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "former", undefined],
      ["Trần Đại Quang", "Chủ tịch nước", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "current", undefined],
    ]);
    for (const r of rows) for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it("one post for everyone who holds it: the same position id, whatever the status words", () => {
    const ids = (name: string) => new Set(rows.filter((r) => r.position === name).map((r) => r.positionId));
    expect(ids("Chủ tịch nước").size).toBe(1);
    expect(ids("Ủy viên Bộ Chính trị").size).toBe(1);
  });

  it("rows pass their zod schema", () => {
    for (const r of rows) expect(Officeholding.safeParse(r).success).toBe(true);
  });

  it("a graph with no holds gives no rows", () => {
    expect(officeholders(extract("Hà Nội mưa to."))).toEqual([]);
  });
});
