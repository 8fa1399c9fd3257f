/** Compares ISO 8601 date values as the gold files write them (see ../shared/eval/ANNOTATION.md, Values). */
/** Date values: equal as ranges of days, a part-of-day suffix allowed, "~V" accepts any value inside V. */
export function dateValueMatches(gold: string, got: string | null | undefined): boolean {
  if (!got) return false;
  const g = gold.replace(/T(MO|AF|EV|NI|NO)$/, "");
  const v = got.replace(/T(MO|AF|EV|NI|NO)$/, "");
  if (g === v) return true;
  if (g.startsWith("~")) {
    const outer = dayRange(g.slice(1));
    const inner = dayRange(v);
    return !!outer && !!inner && inner[0] >= outer[0] && inner[1] <= outer[1];
  }
  const a = dayRange(g);
  const b = dayRange(v);
  if (!a || !b) return false;
  // Times: compare as written when both carry one.
  if (g.includes("T") && v.includes("T")) return g === v || g.replace(/:00$/, "") === v.replace(/:00$/, "");
  return a[0] === b[0] && a[1] === b[1];
}

function dayRange(v: string): [number, number] | null {
  if (v.includes("/")) {
    const [s, e] = v.split("/");
    const a = dayRange(s!);
    const b = dayRange(e!);
    return a && b ? [a[0], b[1]] : null;
  }
  let m: RegExpExecArray | null;
  const day = (y: number, mo: number, d: number) => Date.UTC(y, mo - 1, d) / 86400000;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v))) return [day(+m[1]!, +m[2]!, +m[3]!), day(+m[1]!, +m[2]!, +m[3]!)];
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
    const y = +m[1]!;
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const mon = day(y, 1, 4) - ((jan4.getUTCDay() + 6) % 7) + (+m[2]! - 1) * 7;
    return [mon, mon + 6];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const q = +m[2]!;
    return [day(+m[1]!, q * 3 - 2, 1), day(+m[1]!, q * 3 + 1, 1) - 1];
  }
  if ((m = /^(\d{4})-H([12])$/.exec(v))) {
    const h = +m[2]!;
    return [day(+m[1]!, h * 6 - 5, 1), day(+m[1]!, h * 6 + 1, 1) - 1];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return [day(+m[1]!, +m[2]!, 1), day(+m[1]!, +m[2]! + 1, 1) - 1];
  if ((m = /^(\d{4})$/.exec(v))) return [day(+m[1]!, 1, 1), day(+m[1]! + 1, 1, 1) - 1];
  return null;
}
