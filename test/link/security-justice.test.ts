/**
 * Issue 13: shapes of security, justice, discipline and obituary news from other outlets (made-up sentences of the
 * same shapes). Each row lists every holding as "person | post | body of the post (or -) | status".
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

function holdings(text: string): string[] {
  const g = extract(text, { referenceDate: "2024-06-01" });
  const name = (id: string | undefined) => g.entities.find((e) => e.id === id)?.name ?? "-";
  const bodyOf = (post: string) => name(g.relations.find((r) => r.type === "of" && r.from === post)?.to);
  return g.relations
    .filter((r) => r.type === "holds")
    .map((r) => `${name(r.from)} | ${name(r.to)} | ${bodyOf(r.to)} | ${r.status ?? "-"}`)
    .sort();
}

function persons(text: string): string[] {
  return extract(text, { referenceDate: "2024-06-01" }).entities.filter((e) => e.type === "person").map((e) => e.name).sort();
}

function table(title: string, rows: Array<[string, string[]]>): void {
  describe(title, () => {
    it.each(rows)("%s", (text, expected) => expect(holdings(text)).toEqual([...expected].sort()));
  });
}

describe("a name whose last syllable is a body's head word, before an aside in parentheses", () => {
  it.each([
    ["Ông Trần Văn Viện (52 tuổi), Cục trưởng Cục Đối ngoại, phát biểu.", ["Trần Văn Viện"]],
    ["Bà Lê Thị Sở (SN 1975) đã bị bắt.", ["Lê Thị Sở"]],
    ["Ông Hoàng Văn Ban (48 tuổi) cho biết.", ["Hoàng Văn Ban"]],
  ])("%s", (text, expected) => expect(persons(text)).toEqual(expected));
});

table("the second of two names, each with its age and title in parentheses, the title followed by its body", [
  [
    "Cơ quan điều tra đã bắt Lê Văn Tám (45 tuổi, cựu Trưởng phòng Tài chính huyện) và Trương Văn Bảy (50 tuổi, cựu Phó phòng Quản lý đất đai thuộc Sở Tài chính).",
    ["Lê Văn Tám | Trưởng phòng Tài chính huyện | Phòng Tài chính huyện | former", "Trương Văn Bảy | Phó phòng Quản lý đất đai | Phòng Quản lý đất đai | former"],
  ],
]);

table("a management board's zone named after its level word is the board's name, not a holder", [
  ["Ông Lê Minh Tâm, Trưởng Ban Quản lý Khu kinh tế Vân Phong, cho biết.", ["Lê Minh Tâm | Trưởng Ban Quản lý Khu kinh tế Vân Phong | Ban Quản lý Khu kinh tế Vân Phong | current"]],
  ["Bà Phan Thị Hạnh, Phó Trưởng Ban Quản lý Khu kinh tế Nghi Sơn, phát biểu.", ["Phan Thị Hạnh | Phó Trưởng Ban Quản lý Khu kinh tế Nghi Sơn | Ban Quản lý Khu kinh tế Nghi Sơn | current"]],
  // A full name after it is still the holder.
  ["Trưởng Ban Quản lý Khu kinh tế Nguyễn Văn An cho biết.", ["Nguyễn Văn An | Trưởng Ban Quản lý Khu kinh tế | Ban Quản lý Khu kinh tế | current"]],
]);
