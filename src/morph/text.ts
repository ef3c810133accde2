/**
 * Text plumbing shared by the backends: same-length sanitizing (so offsets survive), cutting text
 * into pieces a backend handles well, and mapping returned surfaces back to offsets.
 */

/**
 * Characters a backend mangles, each replaced by a stand-in of the same UTF-16 length:
 * C0/C1 controls (NUL ends mecab's line, `\r` and tabs are noise) and Unicode spaces become a
 * space, which every backend skips; a lone surrogate (invalid UTF-8 for mecab, a crash in
 * kuromoji-ko) becomes U+FFFD. `\n` is kept: it separates lines.
 */
const MANGLED =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function standIn(ch: string): string {
  const c = ch.charCodeAt(0);
  return c >= 0xd800 && c <= 0xdfff ? '\ufffd' : ' ';
}

/** Same-length copy of `text` a backend reads safely (see `MANGLED`). */
export function sanitize(text: string): string {
  return text.replace(MANGLED, standIn);
}

/** Longest piece sent to mecab: 2000 UTF-16 units are at most 6000 UTF-8 bytes, under mecab's 8192-byte line buffer. */
export const MAX_PIECE = 2000;

/**
 * Cut sanitized text into pieces: one per line (`\n`), lines longer than `maxLen` cut at a space
 * in the second half of the window, or else anywhere but inside a surrogate pair. Pieces are
 * trimmed of spaces; blank pieces are dropped. Returns flat `[start0, end0, start1, end1, …]`.
 */
export function pieces(clean: string, maxLen: number = MAX_PIECE): number[] {
  const out: number[] = [];
  const n = clean.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = clean.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    let s = lineStart;
    while (lineEnd - s > maxLen) {
      let cut = s + maxLen;
      const floor = s + (maxLen >> 1);
      let space = cut;
      while (space > floor && clean.charCodeAt(space - 1) !== 32) space--;
      if (space > floor) cut = space;
      else if (isHigh(clean.charCodeAt(cut - 1))) cut--;
      pushTrimmed(out, clean, s, cut);
      s = cut;
    }
    pushTrimmed(out, clean, s, lineEnd);
    lineStart = lineEnd + 1;
  }
  return out;
}

function pushTrimmed(out: number[], clean: string, s: number, e: number): void {
  while (s < e && clean.charCodeAt(s) === 32) s++;
  while (e > s && clean.charCodeAt(e - 1) === 32) e--;
  if (s < e) out.push(s, e);
}

/** How far past the cursor a surface may be found before the token is given up. */
const MAX_SKIP = 64;

/**
 * Where `surface` starts in `clean`, looking from `cursor` (spaces and newlines skipped) and no
 * further than `limit`: at the cursor, or else within a short distance after it. `-1` when it is
 * not there; the caller skips the token and keeps its cursor.
 */
export function locate(clean: string, surface: string, cursor: number, limit: number): number {
  let i = cursor;
  while (i < limit && isSpace(clean.charCodeAt(i))) i++;
  if (surface.length === 0) return -1;
  if (clean.startsWith(surface, i)) return i + surface.length <= limit ? i : -1;
  const window = clean.slice(i, Math.min(limit, i + MAX_SKIP + surface.length));
  const j = window.indexOf(surface);
  return j < 0 ? -1 : i + j;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

export function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
