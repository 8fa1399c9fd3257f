/**
 * Benchmark helpers: the corpus (real news or a deterministic synthetic one), timing, and which
 * build of the library to load. Sizes are UTF-8 bytes throughout: MB = 1e6 UTF-8 bytes.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_CORPUS = path.resolve(ROOT, "../shared/eval/news");
// The Node entry: what `import "vn-entity-graph"` loads under Node (the core plus extractMany).
export const DIST = path.join(ROOT, "dist/node.js");

export interface Corpus {
  name: string;
  texts: string[];
  bytes: number;
}

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, "utf8");
export const sumBytes = (texts: string[]): number => texts.reduce((n, t) => n + utf8Bytes(t), 0);
export const mbPerS = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1e3);

/** The .txt files of `dir` (sorted, so runs are comparable), or the synthetic corpus when it is absent. */
export function loadCorpus(dir: string = DEFAULT_CORPUS): Corpus {
  if (!fs.existsSync(dir)) return syntheticCorpus();
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  if (files.length === 0) return syntheticCorpus();
  const texts = files.map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
  return { name: path.relative(ROOT, dir) || dir, texts, bytes: sumBytes(texts) };
}

/** Whole articles joined with "\n" until at least `minBytes`: a fixed sample for the scaling test. */
export function sampleText(texts: string[], minBytes = 20_000): string {
  const parts: string[] = [];
  let n = 0;
  for (const t of texts) {
    if (n >= minBytes) break;
    parts.push(t);
    n += utf8Bytes(t) + 1;
  }
  return parts.join("\n");
}

export const repeatJoin = (s: string, times: number): string => Array.from({ length: times }, () => s).join("\n");

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function timeMs(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Median wall time of `runs` calls of `fn`, after `warmups` untimed calls (JIT, lazy lexicon). */
export function medianMs(fn: () => void, runs = 3, warmups = 1): number {
  for (let i = 0; i < warmups; i++) fn();
  return median(Array.from({ length: runs }, () => timeMs(fn)));
}

// ---------------------------------------------------------------------------------------------
// Which build to measure. dist/ is what users run (and the only build with worker threads), but
// src/ is being edited: a dist/ older than any src/ file would measure yesterday's code.

export type Lib = typeof import("../src/node");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

/** Whether dist/node.js exists and is at least as new as every file under src/. */
export function distStatus(): { exists: boolean; stale: boolean } {
  if (!fs.existsSync(DIST)) return { exists: false, stale: true };
  return { exists: true, stale: fs.statSync(DIST).mtimeMs < newestMtime(path.join(ROOT, "src")) };
}

/** dist/node.js when it is fresh, else the TypeScript sources (we run under tsx). */
export async function loadLib(): Promise<{ lib: Lib; from: string }> {
  const { stale } = distStatus();
  const file = stale ? path.join(ROOT, "src/node.ts") : DIST;
  return { lib: (await import(pathToFileURL(file).href)) as Lib, from: path.relative(ROOT, file) };
}

// ---------------------------------------------------------------------------------------------
// Synthetic Vietnamese news, for machines without ../shared/eval/news. Deterministic: a seeded PRNG.

/** mulberry32: tiny, fast, good enough to vary templates; the same seed gives the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Đức", "Xuân", "Minh", "Hữu", "Quốc", "Thanh", "Ngọc", "Hoàng", "Kim", "Thành"];
const GIVEN = ["Phúc", "Hùng", "Dũng", "Chung", "Lan", "Hương", "Tuấn", "Nam", "Hải", "Long", "Mai", "Bình", "Thắng", "Sơn"];
const TITLES = ["Thủ tướng", "Phó Thủ tướng", "Chủ tịch nước", "Chủ tịch Quốc hội"]; // need no organization
const ORG_TITLES = ["Bộ trưởng", "Thứ trưởng", "Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Tổng Giám đốc", "Trưởng ban"]; // "of" an org
const ORGS = ["Bộ Tài chính", "Bộ Y tế", "Bộ Giáo dục và Đào tạo", "UBND TP Hà Nội", "UBND tỉnh Quảng Nam", "Ngân hàng Nhà nước Việt Nam", "Tập đoàn Điện lực Việt Nam", "Sở Giao thông Vận tải TP.HCM", "Quốc hội", "Tổng cục Thống kê"];
const PLACES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "tỉnh Quảng Ninh", "huyện Củ Chi", "quận Hoàn Kiếm", "tỉnh Nghệ An", "Thừa Thiên Huế"];
const VERBS = ["đã tiếp", "đã làm việc với", "đã gặp", "đã chủ trì cuộc họp với", "đã ký quyết định bổ nhiệm", "đã trao đổi với"];
const FILLER = [
  "Theo báo cáo, tình hình kinh tế - xã hội tiếp tục chuyển biến tích cực, nhiều chỉ tiêu đạt và vượt kế hoạch.",
  "Các đại biểu đã thảo luận về giải pháp tháo gỡ khó khăn cho doanh nghiệp và người lao động.",
  "Hội nghị nhấn mạnh cần đẩy mạnh cải cách hành chính, nâng cao hiệu quả phục vụ người dân.",
  "Nhiều ý kiến cho rằng cần tăng cường kiểm tra, giám sát việc thực hiện các dự án đầu tư công.",
];

/** About `targetBytes` of articles: a dateline, then sentences with people, titles, organizations, places and dates. */
export function syntheticCorpus(targetBytes = 1_000_000, seed = 20201101): Corpus {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const person = () => `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  const date = () => {
    const [d, m, y] = [int(1, 28), int(1, 12), int(2015, 2022)];
    return pick([`ngày ${d}/${m}/${y}`, `ngày ${d} tháng ${m} năm ${y}`, `sáng ${d}/${m}`, `tháng ${m}/${y}`, "hôm qua", `thứ Hai tuần trước`]);
  };
  const sentence = () =>
    pick([
      () => `${pick(TITLES)} ${person()} ${pick(VERBS)} ${pick(ORG_TITLES).toLowerCase()} ${pick(ORGS)} ${person()} tại ${pick(PLACES)} ${date()}.`,
      () => `Phát biểu tại ${pick(PLACES)} ${date()}, ông ${person()}, ${pick(ORG_TITLES)} ${pick(ORGS)}, cho biết kế hoạch sẽ hoàn thành trước năm ${int(2023, 2030)}.`,
      () => `Bà ${person()} - ${pick(ORG_TITLES)} ${pick(ORGS)} - khẳng định ${pick(ORGS)} sẽ phối hợp với ${pick(ORGS)}.`,
      () => pick(FILLER),
    ])();
  const texts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const lines = [`${pick(PLACES)}, ngày ${int(1, 28)}/${int(1, 12)}/${int(2018, 2021)} - ${sentence()}`];
    for (let p = int(3, 8); p > 0; p--) lines.push(Array.from({ length: int(2, 5) }, sentence).join(" "));
    const text = lines.join("\n");
    texts.push(text);
    bytes += utf8Bytes(text);
  }
  return { name: `synthetic (seed ${seed})`, texts, bytes };
}
