import { describe, expect, expectTypeOf, it } from "vitest";
import { extract, type HoldsRelation, type HoldingStatus, type OfRelation, type TextSpan } from "../../src/index";

describe("named relation types", () => {
  it("narrow a graph's relations to holds and of", () => {
    const g = extract("Nguyên Chủ tịch nước Trương Tấn Sang dự lễ.");
    const holds = g.relations.filter((r): r is HoldsRelation => r.type === "holds");
    const ofs = g.relations.filter((r): r is OfRelation => r.type === "of");
    expectTypeOf(holds[0]!.status).toEqualTypeOf<HoldingStatus | undefined>();
    expectTypeOf(holds[0]!.evidences).toEqualTypeOf<TextSpan[]>();
    expect(holds.map((r) => r.status)).toEqual(["former"]);
    expect(ofs).toHaveLength(1);
  });
});
