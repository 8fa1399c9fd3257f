// Vietnamese words the parsers need, all lower-case NFC.
import { NUMBER, WORD } from "./types";
import type { DateContext, PartOfDay } from "./types";
import { isW } from "./tokens";

import { dict } from "../util/dict";

export { dict };

const UNITS: Record<string, number> = dict({
  "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
});
// after "mươi"/"mười": "mốt" = 1, "lăm" = 5, "tư" = 4 ("năm" is left out: "tháng mười năm 2017")
const TAIL: Record<string, number> = dict({
  "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
});

/** Words that can start a number written in words (cheap pre-check before numberAt). */
export const NUMBER_WORDS = new Set([...Object.keys(UNITS), "mười"]);

/** A number written in words (1–99) or digits at token i. */
export function numberAt(ctx: DateContext, i: number, maxDigits = 2): { v: number; next: number } | null {
  const t = ctx.at(i);
  if (t.kind === NUMBER) return t.end - t.start <= maxDigits ? { v: t.value, next: i + 1 } : null;
  if (t.kind !== WORD) return null;
  if (t.text === "mười") {
    const u = ctx.at(i + 1);
    if (u.kind === WORD && TAIL[u.text] !== undefined && u.text !== "mốt") return { v: 10 + TAIL[u.text]!, next: i + 2 };
    return { v: 10, next: i + 1 };
  }
  const u = UNITS[t.text];
  if (u === undefined) return null;
  if (u >= 2 && isW(ctx, i + 1, "mươi")) {
    const w = ctx.at(i + 2);
    if (w.kind === WORD && TAIL[w.text] !== undefined) return { v: u * 10 + TAIL[w.text]!, next: i + 3 };
    return { v: u * 10, next: i + 2 };
  }
  return { v: u, next: i + 1 };
}

/** Month after "tháng": 1–12, plus the lunar names Giêng (1) and Chạp (12). */
export function monthAt(ctx: DateContext, i: number): { m: number; lunar: boolean; next: number } | null {
  const t = ctx.at(i);
  if (t.kind === WORD && t.text === "giêng") return { m: 1, lunar: true, next: i + 1 };
  if (t.kind === WORD && t.text === "chạp") return { m: 12, lunar: true, next: i + 1 };
  const n = numberAt(ctx, i);
  if (!n || n.v < 1 || n.v > 12) return null;
  return { m: n.v, lunar: false, next: n.next };
}

/** Weekday after "thứ": 2..7 (digits or words) → 2..7 in Vietnamese = Monday(1)..Saturday(6). */
export const WEEKDAY_WORDS: Record<string, number> = dict({
  "hai": 1, "ba": 2, "tư": 3, "năm": 4, "sáu": 5, "bảy": 6, "bẩy": 6,
  "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6,
});

/** "tuần này", "tuần tới", "tuần trước": the week relative to the reference. */
export const WEEK_REL: Record<string, number> = dict({ "này": 0, "nay": 0, "tới": 1, "sau": 1, "trước": -1, "qua": -1 });

/** Part-of-day words → part of day. */
export const POD_WORDS: Record<string, PartOfDay> = dict<PartOfDay>({
  "sáng": "morning", "trưa": "noon", "chiều": "afternoon", "tối": "evening", "đêm": "night", "khuya": "night",
});

/** Apply a part of day to an hour as written (1–12 style). */
export function hourWithPod(h: number, pod: PartOfDay): number {
  switch (pod) {
    case "morning": return h === 12 ? 0 : h;
    case "noon": return h <= 3 ? h + 12 : h; // "1 giờ trưa" = 13h
    case "afternoon": return h < 12 ? h + 12 : h;
    case "evening": return h < 12 ? h + 12 : h; // Duckling: "3 giờ tối" = 15:00
    case "night": return h >= 6 && h < 12 ? h + 12 : h === 12 ? 0 : h; // "11 giờ đêm" = 23h, "2 giờ đêm" = 2h
  }
}

/** Hours of a part of day [from, to) for interval values. */
export const POD_HOURS: Record<PartOfDay, [number, number]> = {
  morning: [4, 12], noon: [12, 14], afternoon: [12, 18], evening: [18, 24], night: [22, 28],
};

// Heavenly stems and earthly branches; year Y has stem (Y+6)%10 and branch (Y+8)%12.
export const STEMS = ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"];
export const BRANCHES = ["tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"];
const STEM_ALIASES: Record<string, string> = dict({ "kỉ": "kỷ" });
const BRANCH_ALIASES: Record<string, string> = dict({ "tí": "tý", "tị": "tỵ", "mẹo": "mão" });

/** A can-chi year name at i ("giáp thìn") → index in the 60-year cycle such that (Y - 4) % 60 === index. */
export function canChiAt(ctx: DateContext, i: number): { idx: number; next: number } | null {
  const a = ctx.at(i), b = ctx.at(i + 1);
  if (a.kind !== WORD || b.kind !== WORD) return null;
  const s = STEMS.indexOf(STEM_ALIASES[a.text] ?? a.text);
  const br = BRANCHES.indexOf(BRANCH_ALIASES[b.text] ?? b.text);
  if (s < 0 || br < 0 || s % 2 !== br % 2) return null;
  // Y-4 ≡ s (mod 10) and Y-4 ≡ br (mod 12) → unique idx mod 60
  for (let idx = s; idx < 60; idx += 10) if (idx % 12 === br) return { idx, next: i + 2 };
  return null;
}

export interface Holiday { names: string[][]; lunar: boolean; month: number; day: number }

/** Fixed-date holidays (reviewable list). Names are word sequences after lower-casing. */
export const HOLIDAYS: Holiday[] = [
  { names: [["quốc", "khánh"], ["ngày", "quốc", "khánh"]], lunar: false, month: 9, day: 2 },
  { names: [["giáng", "sinh"], ["ngày", "giáng", "sinh"], ["lễ", "giáng", "sinh"], ["noel"]], lunar: false, month: 12, day: 25 },
  { names: [["tết", "dương", "lịch"], ["tết", "tây"]], lunar: false, month: 1, day: 1 },
  { names: [["tết", "nguyên", "đán"], ["tết", "âm", "lịch"], ["tết", "cổ", "truyền"]], lunar: true, month: 1, day: 1 },
  { names: [["tết", "nguyên", "tiêu"], ["rằm", "tháng", "giêng"]], lunar: true, month: 1, day: 15 },
  { names: [["tết", "trung", "thu"]], lunar: true, month: 8, day: 15 },
  { names: [["tết", "đoan", "ngọ"]], lunar: true, month: 5, day: 5 },
  { names: [["giỗ", "tổ", "hùng", "vương"]], lunar: true, month: 3, day: 10 },
  { names: [["lễ", "vu", "lan"]], lunar: true, month: 7, day: 15 },
  { names: [["ông", "công", "ông", "táo"]], lunar: true, month: 12, day: 23 },
  { names: [["quốc", "tế", "lao", "động"]], lunar: false, month: 5, day: 1 },
  { names: [["quốc", "tế", "phụ", "nữ"]], lunar: false, month: 3, day: 8 },
  { names: [["ngày", "phụ", "nữ", "việt", "nam"]], lunar: false, month: 10, day: 20 },
  { names: [["ngày", "nhà", "giáo", "việt", "nam"]], lunar: false, month: 11, day: 20 },
  { names: [["ngày", "thầy", "thuốc", "việt", "nam"]], lunar: false, month: 2, day: 27 },
  { names: [["ngày", "thương", "binh", "liệt", "sĩ"]], lunar: false, month: 7, day: 27 },
  { names: [["ngày", "giải", "phóng", "miền", "nam"]], lunar: false, month: 4, day: 30 },
  { names: [["valentine"], ["lễ", "tình", "nhân"]], lunar: false, month: 2, day: 14 },
];

/** Words before a number that make it a code, not a date ("số 2", "Điều 5", "quận 1"). */
export const CODE_PREFIX = new Set([
  "số", "điều", "khoản", "điểm", "mục", "chương", "quận", "phường", "tuyến", "lô", "phòng", "nhà", "tầng", "khu", "xe",
  "version", "phiên", "bản", "v", "mã", "hiệu", "lần", "khóa", "lớp", "tổ", "đội", "ấp", "thôn", "kênh", "cổng", "ga",
  "nghị", "định", "quyết", "thông", "chỉ", "thị", "luật", "tờ", "trình", "hạng", "top",
  "tỷ", "lệ", "tỉ", "metro", "ql", "lộ", "đường", "km", "sđt", "điện", "thoại", "hotline", "fax", "tel",
]);
