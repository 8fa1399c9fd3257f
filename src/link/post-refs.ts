/**
 * Shorter forms of one holder's post: "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến … Bộ trưởng Kim Tiến",
 * "Chủ tịch Hạ viện Nhật Bản Tadamori Oshima … Chủ tịch Hạ viện Tadamori Oshima", "Phó Thủ tướng
 * Thường trực Trương Hòa Bình … Phó Thủ tướng Trương Hòa Bình". A title held by one person is the
 * post of that person written with more words when there is exactly one such post: the same head,
 * its modifiers and words all in the fuller one, and no modifier there that makes another rank
 * ("Phó", "dự khuyết": "Chủ tịch X" is never "Phó Chủ tịch X").
 */
import type { PositionCandidate } from "../recognizers/context";
import { OFFICE_RULES } from "../recognizers/office-rules";
import { normalizeKey } from "../text/normalize";
import type { HoldLink } from "./holds";
import { orgKey, personKey, type NameIndex } from "./name-entities";
import { push } from "../util/maps";
import { postName, postShape } from "./posts";

/** Modifiers a fuller form may add and still be the same office spoken of more briefly. */
const SAME_RANK = new Set(["standing", "permanent", "first", "in-charge", "full-time", "concurrent"]);
/** A holder with more posts than this is a list, not one career: no short forms are read for them. */
const MAX_POSTS = 40;

interface Form {
  cand: PositionCandidate;
  head: string;
  mods: Set<string>;
  words: Set<string>;
  /** The post it names: modifiers, head and body or country ("Bộ trưởng Bộ VH-TT-DL" = "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"). */
  post: string;
  /** A country is written with it (or with the next title of its list: "Tổng Bí thư, Chủ tịch Trung Quốc"). */
  placed: boolean;
  /** The key of the body written with it, if any. */
  bodyKey?: string;
  /** The words of that body's name (the gazetteer's, if it knows the body). */
  bodyWords?: string[];
  /** The key of the body a transfer moved its holder to (a bare title given after it), if any. */
  movedTo?: string;
  /** The key of the body it names ("Bộ trưởng Quốc phòng" → Bộ Quốc phòng). */
  body?: string;
  /** That body is named by the title's own words with "Bộ" left out, or is a board of the company of its chain. */
  ownBody: boolean;
}

function form(c: PositionCandidate, text: string): Form {
  const d = c.data;
  const words = normalizeKey(postName(text, d))
    .split(/[\s.,()\-–]+/u)
    .filter((w) => w);
  const shape = postShape(d);
  const mods = shape.modifiers.map((m) => m.meaning);
  const head = normalizeKey(shape.head);
  const ctxBody = d.contextBody && "cand" in d.contextBody ? d.contextBody.cand.data : d.contextBody;
  const org = d.orgCandidate?.data ?? ctxBody;
  const body = org ? (org.known?.name ?? org.name) : (d.impliedOrg?.known?.name ?? d.impliedOrg?.name ?? (d.country ? `country:${d.country.data.name}` : `title:${words.join(" ")}`));
  const placed = !!(d.country || d.foreignCountry);
  const moved = !!d.contextBody && "cand" in d.contextBody && !!d.contextBody.moved;
  // (A body the title's own words name, "Bộ" left out: "Bộ trưởng Quốc phòng", "Bộ trưởng Công nghiệp Quốc phòng"; a board
  // of the company the next title of its chain names: "Chủ tịch HĐQT kiêm Tổng giám đốc của Tập đoàn X".)
  const elided = !org && d.impliedOrg && d.head.org.mode === "elided" ? d.impliedOrg : undefined;
  const parent = d.unitParent && d.orgCandidate ? ("cand" in d.unitParent ? d.unitParent.cand.data : d.unitParent) : undefined;
  const own = elided ? (elided.known?.name ?? elided.name) : parent ? `${d.orgCandidate!.data.name} ${parent.known?.name ?? parent.name}` : undefined;
  const written = org ? (org.known?.name ?? org.name) : undefined;
  const named = own ?? written;
  return { cand: c, head, mods: new Set(mods), words: new Set(words), post: `${mods.sort().join(" ")}|${head}|${orgKey(body)}`, placed, ownBody: !!own, ...(named ? { body: orgKey(named) } : {}), ...(moved ? { movedTo: orgKey(body) } : {}), ...(d.orgCandidate ? { bodyKey: orgKey(body), bodyWords: normalizeKey(body).split(" ") } : {}) };
}

const subset = <T>(a: Set<T>, b: Set<T>): boolean => {
  if (a.size > b.size) return false;
  for (const x of a) if (!b.has(x)) return false; // (no array made of a)
  return true;
};

/** Every word of `a` in `b`, in the same order. */
function inOrder(a: readonly string[], b: readonly string[]): boolean {
  let k = 0;
  for (const w of b) if (k < a.length && w === a[k]) k++;
  return k === a.length;
}

/** `t` says all `c` says, and more: more words, or the same words and the country they were written with ("Phó Thủ tướng" of Slovakia, "Phó Thủ tướng"). */
function covers(t: Form, c: Form): boolean {
  // ("Chủ tịch" may be the "Chủ tịch nước" of the same holder: data/office-rules.tsv, short_head.)
  const sameHead = t.head === c.head || (OFFICE_RULES.shortHeads[t.head]?.includes(c.head) ?? false);
  if (!sameHead || !subset(c.mods, t.mods) || !subset(c.words, t.words)) return false;
  // (A bare title given the body a transfer leads to is not a shorter form of the post of the body written: "Phó giám đốc Sở
  // Nội vụ … đến nhận công tác tại Sở Tư pháp và bổ nhiệm giữ chức Phó giám đốc".)
  if (c.movedTo !== undefined && t.bodyKey !== undefined && c.movedTo !== t.bodyKey) return false;
  // ("Bộ trưởng Quốc phòng" is not "Bộ trưởng Công nghiệp Quốc phòng", "Chủ tịch HĐQT" of Doji's board not "Chủ tịch HĐQT
  // TPBank": the shorter form's own body is the fuller one's or the start of its name, as "Bộ Ngoại giao" of "Bộ Ngoại
  // giao Hàn Quốc".)
  if (c.ownBody && c.body && t.body && !t.body.startsWith(c.body)) return false;
  // ("Ủy viên Trung ương Đảng" is no shorter form of "Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương": its words are all
  // there, but the words of the body written with it are not, in order, the fuller one's: "Quốc hội Cuba" is of "Quốc hội
  // nước Cộng hòa Cuba".)
  if (c.bodyWords && t.bodyWords && !inOrder(c.bodyWords, t.bodyWords)) return false;
  for (const m of t.mods) if (!c.mods.has(m) && !SAME_RANK.has(m)) return false;
  return t.words.size > c.words.size || t.mods.size > c.mods.size || (t.placed && !c.placed);
}

/** For each title that is a shorter form of its one holder's fuller post, a title written in that fuller form. */
export function shortForms(links: readonly HoldLink[], names: NameIndex, text: (c: PositionCandidate) => string): Map<PositionCandidate, PositionCandidate> {
  const holders = new Map<PositionCandidate, Set<string>>();
  const posts = new Map<string, PositionCandidate[]>();
  for (const l of links) {
    const who = personKey(names, l.person);
    let set = holders.get(l.position);
    if (!set) holders.set(l.position, (set = new Set()));
    if (!set.has(who)) {
      set.add(who);
      push(posts, who, l.position);
    }
  }
  const out = new Map<PositionCandidate, PositionCandidate>();
  for (const list of posts.values()) {
    // (One post alone has no fuller form: its words are not read.)
    if (list.length > MAX_POSTS || list.length < 2) continue;
    const forms = list.map((c) => form(c, text(c)));
    for (const f of forms) {
      if (holders.get(f.cand)!.size !== 1) continue;
      const covering = forms.filter((t) => t !== f && covers(t, f));
      // Those with the same head first: "Chủ tịch" is rather "Chủ tịch Trung Quốc" than "Chủ tịch nước …".
      const sameHead = covering.filter((t) => t.head === f.head);
      const fuller = sameHead.length ? sameHead : covering;
      // Those with the same modifiers first: "Phó Chủ tịch" is rather "Phó Chủ tịch Ủy ban X" than
      // "Phó Chủ tịch Thường trực Y".
      const same = fuller.filter((t) => t.mods.size === f.mods.size);
      const full = fullest(same.length ? same : fuller);
      if (full) out.set(f.cand, full.cand);
    }
  }
  return out;
}

/** The fullest of `forms` (those no other says more than), when they are all one post (perhaps written in several ways). */
function fullest(forms: Form[]): Form | undefined {
  const top = forms.filter((t) => !forms.some((u) => u !== t && covers(u, t)));
  const first = top[0];
  return first && top.every((t) => t.post === first.post) ? first : undefined;
}
