/**
 * Legacy Vietnamese encodings (TCVN3/ABC, VNI) read as if they were Unicode give text such as
 * "Thñ t−íng ChÝnh phñ" or "Thuû töôùng". Such text is reported, not mined for garbage entities.
 */
import type { Warning } from "../schema/graph";

// Letters and signs that TCVN3 or VNI text shows but Vietnamese in Unicode never uses.
const LEGACY_RE = /[\u00b8\u00b5\u00b6\u00b9\u00a8\u00aa\u00ac\u00c6\u00c7\u00cb\u00d1\u00d6\u00de\u00f1\u00f8\u00fb\u00fc\u00fe\u2212\u00ee\u00e6\u00f6\u00ef\u00e5\u00e4\u00dc\u00cf\u00c5\u00c4]/g;
const VIET_RE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/gi;

export function detectEncodingProblems(text: string): Warning[] {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const legacy = (sample.match(LEGACY_RE) ?? []).length;
  if (legacy < 4) return [];
  const viet = (sample.match(VIET_RE) ?? []).length;
  if (legacy < viet * 0.3) return [];
  return [
    {
      code: "legacy-encoding",
      message: "Text looks like Vietnamese in a legacy encoding (TCVN3/ABC or VNI) read as Unicode; convert it to Unicode first. No entities were extracted.",
    },
  ];
}
