/** JSON Schema documents generated from the zod schemas (for non-TypeScript consumers). */
import * as z from "zod";
import { EntityGraph } from "./graph";
import { ExtractOptions } from "./options";

export function entityGraphJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(EntityGraph, { target: "draft-2020-12" }) as Record<string, unknown>;
}

export function extractOptionsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ExtractOptions, { target: "draft-2020-12", unrepresentable: "any", io: "input" }) as Record<string, unknown>;
}
