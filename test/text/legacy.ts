/**
 * Produces legacy-encoded Vietnamese as a reader would see it: a Unicode sentence is written in
 * TCVN3 (ABC) or VNI-Windows bytes, and those bytes are read back as Windows-1252.
 */

const windows1252 = new TextDecoder("windows-1252");

// TCVN3 (ABC): one byte per letter. Capitals with a tone mark have no code of their own (ABC
// used a separate capital font over the same codes), so they take the lower-case code.
const TCVN3: Record<string, number> = {
  ă: 0xa8, â: 0xa9, ê: 0xaa, ô: 0xab, ơ: 0xac, ư: 0xad, đ: 0xae,
  Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7,
  à: 0xb5, ả: 0xb6, ã: 0xb7, á: 0xb8, ạ: 0xb9,
  ằ: 0xbb, ẳ: 0xbc, ẵ: 0xbd, ắ: 0xbe, ặ: 0xc6,
  ầ: 0xc7, ẩ: 0xc8, ẫ: 0xc9, ấ: 0xca, ậ: 0xcb,
  è: 0xcc, ẻ: 0xce, ẽ: 0xcf, é: 0xd0, ẹ: 0xd1,
  ề: 0xd2, ể: 0xd3, ễ: 0xd4, ế: 0xd5, ệ: 0xd6,
  ì: 0xd7, ỉ: 0xd8, ĩ: 0xdc, í: 0xdd, ị: 0xde,
  ò: 0xdf, ỏ: 0xe1, õ: 0xe2, ó: 0xe3, ọ: 0xe4,
  ồ: 0xe5, ổ: 0xe6, ỗ: 0xe7, ố: 0xe8, ộ: 0xe9,
  ờ: 0xea, ở: 0xeb, ỡ: 0xec, ớ: 0xed, ợ: 0xee,
  ù: 0xef, ủ: 0xf1, ũ: 0xf2, ú: 0xf3, ụ: 0xf4,
  ừ: 0xf5, ử: 0xf6, ữ: 0xf7, ứ: 0xf8, ự: 0xf9,
  ỳ: 0xfa, ỷ: 0xfb, ỹ: 0xfc, ý: 0xfd, ỵ: 0xfe,
};

/** Unicode Vietnamese → TCVN3 bytes → read as Windows-1252 (ư shows as a soft hyphen U+00AD). */
export function asTcvn3ReadAsLatin1(s: string): string {
  const bytes: number[] = [];
  for (const ch of s.normalize("NFC")) {
    const code = TCVN3[ch] ?? TCVN3[ch.toLowerCase()];
    if (code !== undefined) bytes.push(code);
    else if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else throw new Error(`no TCVN3 code for ${JSON.stringify(ch)}`);
  }
  return windows1252.decode(Uint8Array.from(bytes));
}

// VNI-Windows: a base letter followed by one byte for the vowel shape and/or the tone.
const VNI_BASE: Record<string, string> = { ă: "aê", â: "aâ", ê: "eâ", ô: "oâ", ơ: "ô", ư: "ö", đ: "ñ", Ă: "AÊ", Â: "AÂ", Ê: "EÂ", Ô: "OÂ", Ơ: "Ô", Ư: "Ö", Đ: "Ñ" };
// Tone bytes after a plain or shaped vowel: grave, acute, hook, tilde, dot.
const VNI_TONE = { plain: ["ø", "ù", "û", "õ", "ï"], circumflex: ["à", "á", "å", "ã", "ä"], breve: ["è", "é", "ú", "ü", "ë"] };
// The i letters and ỵ have codes of their own (ỵ is the single byte EE, "î": not y + î).
const VNI_I: Record<string, string> = { ì: "ì", í: "í", ỉ: "æ", ĩ: "ó", ị: "ò", Ì: "Ì", Í: "Í", Ỉ: "Æ", Ĩ: "Ó", Ị: "Ò", ỵ: "î", Ỵ: "Î" };
const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

/** Unicode Vietnamese → VNI-Windows bytes → read as Windows-1252. */
export function asVniReadAsLatin1(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    if (VNI_I[ch]) {
      out += VNI_I[ch];
      continue;
    }
    // The tone mark is not always last in NFD ("ộ" is o + dot below + circumflex).
    const d = ch.normalize("NFD");
    const tone = TONES.findIndex((t) => d.includes(t));
    const shaped = (tone >= 0 ? d.replace(TONES[tone]!, "") : d).normalize("NFC");
    const upper = shaped !== shaped.toLowerCase();
    let base = VNI_BASE[shaped] ?? (shaped.length === 1 && shaped.charCodeAt(0) < 0x80 ? shaped : undefined);
    if (base === undefined) throw new Error(`no VNI code for ${JSON.stringify(ch)}`);
    if (tone >= 0) {
      const lower = shaped.toLowerCase();
      const kind = lower === "â" || lower === "ê" || lower === "ô" ? "circumflex" : lower === "ă" ? "breve" : "plain";
      // The shape byte of â/ê/ô/ă is replaced by the combined shape+tone byte.
      if (kind !== "plain") base = base[0]!;
      let t = VNI_TONE[kind][tone]!;
      if (upper) t = t.toUpperCase();
      base += t;
    }
    out += base;
  }
  // The string above is already the Windows-1252 reading of the VNI bytes.
  return out;
}
