import { describe, expect, it } from "vitest";
import { createExtractor, extract } from "../../src/index";

describe("createExtractor: gazetteer entries added at run time", () => {
  it("recognizes a user organization by name and abbreviation, over a bundled entry with the same abbreviation", () => {
    const ex = createExtractor({ organizations: [{ name: "Công ty Cổ phần Sách Ví Dụ", abbreviations: ["VDB"], kind: "company" }] });
    const g = ex.extract("Ông Trần Văn Nam, Tổng Giám đốc VDB, cho biết.");
    expect(g.entities.filter((e) => e.type === "organization").map((e) => e.name)).toEqual(["Công ty Cổ phần Sách Ví Dụ"]);
  });

  it("adds a title head", () => {
    const text = "Trưởng làng Hà Văn Tám cho biết.";
    expect(extract(text).mentions.filter((m) => m.type === "position")).toEqual([]);
    const g = createExtractor({ titles: [{ head: "Trưởng làng", gloss: "Village Head", org: "" }] }).extract(text);
    expect(g.mentions.filter((m) => m.type === "position").map((m) => m.text)).toEqual(["Trưởng làng"]);
  });

  it("adds a surname", () => {
    const text = "Theo Zơrâm Thị Blưu, ...";
    const g = createExtractor({ names: [{ surname: "Zơrâm" }] }).extract(text);
    expect(g.mentions.filter((m) => m.type === "person").map((m) => m.text)).toEqual(["Zơrâm Thị Blưu"]);
  });

  it("applies its default options", () => {
    const g = createExtractor({ referenceDate: "2024-05-01" }).extract("hôm qua");
    expect(g.entities[0]).toMatchObject({ type: "date", value: "2024-04-30" });
  });

  it("names a bad entry's field", () => {
    expect(() => createExtractor({ titles: [{ gloss: "x" } as never] })).toThrow(/head/);
  });
});
