/**
 * The public shapes are written twice: as TypeScript interfaces whose JSDoc is what editors show on
 * hover, and as zod schemas that validate. The texts are written once, in the interfaces:
 * `npm run build:data` copies each field's JSDoc into src/generated/docs.ts (scripts/compile-docs.ts),
 * and `documented` gives every field of a schema that text as its `.describe()` (so the JSON Schema
 * says the same). src/schema/agree.ts fails to compile when an interface and its schema differ.
 */
import type * as z from "zod";

/** `schema` with each field that has a text in `docs` described by it (and the object by `docs[""]`). */
export function documented<S extends z.ZodObject>(docs: Readonly<Record<string, string>>, schema: S): S {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const text = docs[key];
    shape[key] = text === undefined ? field : field.describe(text);
  }
  const out = schema.extend(shape) as unknown as S;
  return docs[""] === undefined ? out : (out.describe(docs[""]) as S);
}
