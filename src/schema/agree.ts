/**
 * Compile-time check that each public interface and the zod schema of the same name describe the
 * same values (`npx tsc --noEmit` fails on a field added to one and not the other). Types only:
 * nothing imports this file, so it is in no bundle.
 */
import type * as z from "zod";
import type * as G from "./graph";
import type * as O from "./options";

/** true when A and B are assignable both ways (same fields, same optionality, same value types). */
type Agrees<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type All<T extends true[]> = T;

export type SchemasAgree = All<
  [
    Agrees<z.infer<typeof G.Modifier>, G.Modifier>,
    Agrees<z.infer<typeof G.PersonEntity>, G.PersonEntity>,
    Agrees<z.infer<typeof G.PositionEntity>, G.PositionEntity>,
    Agrees<z.infer<typeof G.OrganizationEntity>, G.OrganizationEntity>,
    Agrees<z.infer<typeof G.LocationEntity>, G.LocationEntity>,
    Agrees<z.infer<typeof G.DateEntity>, G.DateEntity>,
    Agrees<z.infer<typeof G.Entity>, G.Entity>,
    Agrees<z.infer<typeof G.Mention>, G.Mention>,
    Agrees<z.infer<typeof G.Span>, G.TextSpan>,
    Agrees<z.infer<typeof G.Relation>, G.Relation>,
    Agrees<z.infer<typeof G.PersonnelEvent>, G.PersonnelEvent>,
    Agrees<z.infer<typeof G.Warning>, G.Warning>,
    Agrees<z.infer<typeof G.EntityGraph>, G.EntityGraph>,
    // Options are what callers write: the schemas' input side.
    Agrees<z.input<typeof O.ExtractOptions>, O.ExtractOptions>,
    Agrees<z.input<typeof O.ExtractorConfig>, O.ExtractorConfig>,
  ]
>;
