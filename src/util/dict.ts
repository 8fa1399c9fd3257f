/**
 * A look-up table without a prototype: user text indexes these tables, and on a plain object a key
 * such as "toString", "constructor" or "__proto__" would find an inherited member instead of nothing.
 */
export function dict<T>(o: Record<string, T> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, o);
}
