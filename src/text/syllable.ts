/**
 * Is a lower-case word a possible Vietnamese syllable? Onset + vowel nucleus + coda, as the
 * orthography allows. Used to tell where a foreign name starts after a Vietnamese organization
 * name ("Chủ tịch Đảng Công Minh Natsuo Yamaguchi").
 */
const V = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
const SYLLABLE_RE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[${V}]{1,3}(?:ng|nh|ch|[cmnpt])?$`, "u");

export function isVietnameseSyllable(key: string): boolean {
  return key.length <= 7 && SYLLABLE_RE.test(key);
}
