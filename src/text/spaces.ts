/** White space collapsed to single spaces and trimmed, for display forms and names. */

/** No white space but single inner spaces: the text is its own collapsed form (most mentions). */
function plainSpaced(s: string): boolean {
  let prevSpace = true; // a leading space is not plain
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c <= 32 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return false;
    else prevSpace = false;
  }
  return !prevSpace || s.length === 0;
}

/** `s` with every run of white space as one space, trimmed; most texts need no change and get no copy. */
export function collapseSpaces(s: string): string {
  return plainSpaced(s) ? s : s.replace(/\s+/g, " ").trim();
}
