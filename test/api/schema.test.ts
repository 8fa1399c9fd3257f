import { describe, expect, it } from "vitest";
import { EntityGraph, entityGraphJsonSchema, extract, extractOptionsJsonSchema } from "../../src/index";

describe("schemas", () => {
  it("a graph passes its own zod schema", () => {
    const g = extract("Sáng 10/1, Thủ tướng Chính phủ Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản tại Hà Nội.", { referenceDate: "2019-01-11" });
    expect(EntityGraph.safeParse(g).success).toBe(true);
  });

  it("a graph with holds qualifiers and personnel events passes it too", () => {
    const g = extract("Ông Nguyễn Văn An được Chủ tịch UBND tỉnh bổ nhiệm giữ chức Giám đốc Sở Y tế từ ngày 1/7/2017.", { referenceDate: "2017-06-01" });
    expect(g.events).toHaveLength(1);
    expect(g.relations.find((r) => r.type === "holds")?.start).toBe("2017-07-01");
    expect(EntityGraph.safeParse(g).success).toBe(true);
  });

  it("exports JSON Schema for the graph and the options", () => {
    const graph = entityGraphJsonSchema() as { type: string; properties: Record<string, unknown>; required: string[] };
    expect(graph.type).toBe("object");
    expect(Object.keys(graph.properties)).toEqual(["text", "referenceDate", "referenceDateSource", "entities", "mentions", "relations", "events", "warnings"]);
    expect(graph.required).toContain("relations");
    expect(graph.required).toContain("events");
    const options = extractOptionsJsonSchema() as { properties: Record<string, unknown>; additionalProperties: unknown };
    expect(Object.keys(options.properties)).toEqual(["referenceDate", "forwardDate", "types"]);
    expect(options.additionalProperties).toBe(false);
  });
});
