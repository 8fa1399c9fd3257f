import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, extract, toCsv, toTriples } from "../../src/index";
import { GraphBuilder, officeholders } from "./fixtures";

/** Reads CSV as a strict RFC 4180 reader does (csv-parse, no relaxing options). */
const read = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: false });

describe("toCsv", () => {
  it("writes a header and one row per holds relation", () => {
    expect(read(toCsv(officeholders()))).toEqual([
      [...CSV_COLUMNS],
      [
        "Đinh La Thăng",
        "Ủy viên Bộ Chính trị",
        "Bộ Chính trị",
        "former",
        "2016-01",
        "2017-05-07",
        "XII",
        "Đinh La Thăng, nguyên Ủy viên Bộ Chính trị khóa XII | Bộ Chính trị cho ông Đinh La Thăng thôi giữ chức",
      ],
      ["Trương Thị Mai", "Trưởng Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương", "current", "2021-04", "", "", "Trương Thị Mai, Trưởng Ban Tổ chức Trung ương từ tháng 4/2021"],
    ]);
  });

  it("ends every record with CRLF and quotes only the fields that need it", () => {
    const csv = toCsv(officeholders());
    expect(csv.split("\r\n")).toHaveLength(4);
    expect(csv.replace(/\r\n/g, "")).not.toContain("\n");
    expect(csv).toContain('\r\nTrương Thị Mai,Trưởng Ban Tổ chức Trung ương,');
  });

  it.each([
    // names that need quoting: comma, quote, line breaks
    ['Công ty "Sao Mai", chi nhánh 1'],
    ["hai\ndòng"],
    ["ba\r\ndòng\rcuối"],
    ['"'],
    [","],
  ])("reads %j back unchanged", (name) => {
    const b = new GraphBuilder(`${name} | ${name}`);
    const person = b.add({ type: "person", name, origin: "unknown" }, [name, 0]);
    const post = b.add({ type: "position", name, head: name, modifiers: [], kind: "office" }, [name, 1]);
    b.holds(person, post, [`${name} | ${name}`], { term: name });
    const [, row] = read(toCsv(b.build()));
    expect(row).toEqual([name, name, "", "", "", "", name, `${name} | ${name}`]);
  });

  it("adds a byte order mark when asked, for spreadsheet programs", () => {
    expect(toCsv(officeholders(), { bom: true }).startsWith("\uFEFFperson,")).toBe(true);
    expect(toCsv(officeholders()).startsWith("person,")).toBe(true);
    expect(() => toCsv(officeholders(), { bom: "yes" } as never)).toThrow("bom");
  });

  it("writes a real extraction, and the header alone when nothing is held", () => {
    expect(read(toCsv(extract("Thủ tướng Chính phủ Phạm Minh Chính phát biểu.")))).toEqual([
      [...CSV_COLUMNS],
      ["Phạm Minh Chính", "Thủ tướng Chính phủ", "Chính phủ", "current", "", "", "", "Thủ tướng Chính phủ Phạm Minh Chính"],
    ]);
    expect(toCsv(extract("Trời mưa."))).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
  });
});

describe("toTriples", () => {
  it.each([
    [
      "Phó Thủ tướng Chính phủ Trần Hồng Hà làm việc.",
      [
        ["Phó Thủ tướng Chính phủ", "of", "Chính phủ"],
        ["Trần Hồng Hà", "holds", "Phó Thủ tướng Chính phủ"],
      ],
    ],
    ["Bộ Tài chính họp.", []],
  ])("%s", (text, triples) => {
    expect(toTriples(extract(text))).toEqual(triples);
  });

  it("gives each triple once, for a hand-made graph with qualifiers", () => {
    const g = officeholders();
    expect(toTriples({ ...g, relations: [...g.relations, ...g.relations] })).toEqual([
      ["Ủy viên Bộ Chính trị", "of", "Bộ Chính trị"],
      ["Trưởng Ban Tổ chức Trung ương", "of", "Ban Tổ chức Trung ương"],
      ["Đinh La Thăng", "holds", "Ủy viên Bộ Chính trị"],
      ["Trương Thị Mai", "holds", "Trưởng Ban Tổ chức Trung ương"],
    ]);
  });
});
