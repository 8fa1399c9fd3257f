// The doc comments of the public types reach the zod schemas' .describe() texts, so the JSON Schema
// documents every field with the text editors show on hover (scripts/compile-docs.mjs).
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ExtractorConfig, entityGraphJsonSchema, extractOptionsJsonSchema } from "../../src/index";
import { DOCS } from "../../src/generated/docs";

type Node = { description?: string; properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; oneOf?: Node[]; $defs?: Record<string, Node> };

/** "path: description" of every property of every object in a JSON Schema. */
function propertyDocs(node: Node, at = "", out: string[] = []): string[] {
  for (const [key, p] of Object.entries(node.properties ?? {})) {
    out.push(`${at}${key}: ${p.description ?? "(none)"}`);
    propertyDocs(p, `${at}${key}.`, out);
  }
  for (const sub of [node.items, ...(node.anyOf ?? []), ...(node.oneOf ?? [])]) if (sub) propertyDocs(sub, at, out);
  return out;
}

describe("field docs in the JSON Schema", () => {
  it.each([
    ["the graph", entityGraphJsonSchema(), 60],
    ["the options", extractOptionsJsonSchema(), 3],
    ["createExtractor's config", z.toJSONSchema(ExtractorConfig, { io: "input", unrepresentable: "any" }), 20],
  ])("every property of %s has a description", (_what, schema, fields) => {
    const docs = propertyDocs(schema as Node);
    expect(docs.length).toBeGreaterThanOrEqual(fields);
    expect(docs.filter((d) => d.endsWith(": (none)"))).toEqual([]);
  });

  it.each([
    ["relations.status", DOCS.Relation.status],
    ["entities.head", DOCS.PositionEntity.head],
    ["mentions.start", DOCS.Mention.start],
    ["events.evidence.text", DOCS.TextSpan.text],
  ])("%s is described by its type's doc comment", (path, doc) => {
    expect(propertyDocs(entityGraphJsonSchema() as Node)).toContain(`${path}: ${doc}`);
  });
});
