import { describe, expect, it } from "vitest";
import { EntityGraph, entityGraphJsonSchema, extract, extractOptionsJsonSchema } from "../../src/index";

describe("schemas", () => {
  it("a graph passes its own zod schema", () => {
    const g = extract("Sáng 10/1, Thủ tướng Chính phủ Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản tại Hà Nội.", { referenceDate: "2019-01-11" });
    expect(EntityGraph.safeParse(g).success).toBe(true);
  });

  it("exports JSON Schema for the graph and the options", () => {
    const graph = entityGraphJsonSchema() as { type: string; properties: Record<string, unknown>; required: string[] };
    expect(graph.type).toBe("object");
    expect(Object.keys(graph.properties)).toEqual(["text", "referenceDate", "referenceDateSource", "entities", "mentions", "relations", "warnings"]);
    expect(graph.required).toContain("relations");
    const options = extractOptionsJsonSchema() as { properties: Record<string, unknown>; additionalProperties: unknown };
    expect(Object.keys(options.properties)).toEqual(["referenceDate", "forwardDate", "types"]);
    expect(options.additionalProperties).toBe(false);
  });
});
