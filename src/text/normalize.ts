/**
 * Normalization with an offset map back to the original string.
 *
 * kornews works on a normalized copy of the input (NFC Hangul, one newline convention, plain spaces,
 * ASCII instead of full-width forms, one set of curly quote marks, no zero-width characters, HTML
 * markup and entities resolved) and reports every span in the caller's original coordinates through
 * the map built here.
 */
import { HTML_BLOCK_TAGS, HTML_ENTITIES, HTML_DROP_CONTENT_TAGS, QUOTE_VARIANTS } from '../lexicon/characters';

/** A normalized text and the way back to the original. */
export interface Normalized {
  /** The normalized text that every component works on. */
  readonly text: string;
  /** The caller's original input. */
  readonly original: string;
  /** Original index where normalized character `i` starts; `null` when the text was unchanged. */
  readonly starts: Int32Array | null;
  /** Original index (exclusive) where normalized character `i` ends; `null` when unchanged. */
  readonly ends: Int32Array | null;
}

export interface NormalizeOptions {
  /**
   * Strip HTML markup and decode entities: `'auto'` (default) does so when the text contains HTML
   * tags; entities such as `&quot;` are decoded in any case.
   */
  html?: boolean | 'auto';
}

// Anything that may need work; text without any of these is returned as it is (the common case).
const NEEDS_WORK =
  /[\0-\x08\x0B-\x1F\x7F-\x9F\u00A0\u00AD\u2000-\u200F\u2028\u2029\u202A-\u202F\u205F-\u2064\u3000\uFEFF\uFF01-\uFF5E\u1100-\u11FF\uD800-\uDFFF&<\u0300-\u036F\u3099\u309A„‟〝〞〟″‚‛＂＇]|\p{M}/u;
const HTML_TAG_HINT = /<\/?(?:p|br|div|span|a|b|i|u|em|strong|h[1-6]|li|ul|ol|table|tr|td|th|img|figure|figcaption|script|style|html|body|head|meta|article|section|header|footer|blockquote|iframe|font)\b[^<>]{0,2000}>/i;
const COMBINING = /\p{M}/u;

/**
 * Normalize `input` and keep the offset map. Never throws; lone surrogates become U+FFFD and control
 * characters become spaces (each one character for one, so offsets stay simple).
 */
export function normalize(input: string, options: NormalizeOptions = {}): Normalized {
  if (!NEEDS_WORK.test(input)) return { text: input, original: input, starts: null, ends: null };
  const stripTags = options.html === true || (options.html !== false && HTML_TAG_HINT.test(input));
  const scan: Scan = {
    semicolon: new NextChar(input, ';'),
    gt: new NextChar(input, '>'),
    closers: new ClosingTags(input),
    gtAfterCloser: new NextChar(input, '>'),
  };
  const b = new Builder(input.length);
  const n = input.length;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    // CRLF and CR
    if (c === 0x0d) {
      if (input.charCodeAt(i + 1) === 0x0a) {
        b.push('\n', i, i + 2);
        i += 2;
      } else {
        b.push('\n', i, i + 1);
        i++;
      }
      continue;
    }
    if (c === 0x26 /* & */) {
      const m = matchEntity(input, i, scan.semicolon);
      if (m) {
        b.push(m.value, i, i + m.length);
        i += m.length;
        continue;
      }
    }
    if (c === 0x3c /* < */ && stripTags) {
      const t = matchTag(input, i, scan);
      if (t) {
        if (t.replacement) b.push(t.replacement, i, i + t.length);
        i += t.length;
        continue;
      }
    }
    // Hangul jamo sequences (NFD Hangul) and combining marks: compose the cluster with NFC
    if (isClusterStart(input, i)) {
      let j = i + (isHighSurrogate(c) && isLowSurrogate(input.charCodeAt(i + 1)) ? 2 : 1);
      while (j < n && continuesCluster(input, j)) j += isHighSurrogate(input.charCodeAt(j)) ? 2 : 1;
      const cluster = input.slice(i, j);
      const composed = cluster.normalize('NFC');
      b.push(composed, i, j);
      i = j;
      continue;
    }
    // surrogates: keep valid pairs, replace lone halves
    if (isHighSurrogate(c)) {
      if (isLowSurrogate(input.charCodeAt(i + 1))) {
        b.pushPair(input.slice(i, i + 2), i);
        i += 2;
      } else {
        b.push('\uFFFD', i, i + 1);
        i++;
      }
      continue;
    }
    if (isLowSurrogate(c)) {
      b.push('\uFFFD', i, i + 1);
      i++;
      continue;
    }
    b.push(mapChar(c, input[i] as string), i, i + 1);
    i++;
  }
  return { text: b.text(), original: input, starts: b.starts(), ends: b.ends() };
}

/** Original offset of normalized position `pos` taken as a span start. */
export function originalStart(n: Normalized, pos: number): number {
  if (!n.starts) return pos;
  if (pos >= n.text.length) return n.original.length;
  return n.starts[pos] as number;
}

/** Original offset of normalized position `pos` taken as a span end (exclusive). */
export function originalEnd(n: Normalized, pos: number): number {
  if (!n.ends) return pos;
  if (pos <= 0) return n.text.length === 0 ? 0 : (n.starts![0] as number);
  return n.ends[pos - 1] as number;
}

/** Map a normalized range to the original string: `[start, end)` with `end >= start`. */
export function originalRange(n: Normalized, start: number, end: number): [number, number] {
  const s = originalStart(n, start);
  if (end <= start) return [s, s];
  const e = originalEnd(n, end);
  return [s, Math.max(s, e)];
}

// ---- helpers ----------------------------------------------------------------------------------

function mapChar(c: number, ch: string): string {
  if (c === 0x09 || c === 0x0a) return ch;
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return ' ';
  if (c === 0x00a0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f) return ' ';
  if (c === 0x2028 || c === 0x2029) return '\n';
  if (c === 0x00ad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff) return '';
  const q = QUOTE_VARIANTS[ch];
  if (q !== undefined) return q;
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return ch;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
function isJamoLeading(c: number): boolean {
  return c >= 0x1100 && c <= 0x115f;
}
function isJamoFollowing(c: number): boolean {
  return c >= 0x1160 && c <= 0x11ff;
}

/** Whether a cluster that NFC may change starts at `i`: a base followed by combining marks or jamo. */
function isClusterStart(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  const width = isHighSurrogate(c) && isLowSurrogate(s.charCodeAt(i + 1)) ? 2 : 1;
  if (i + width >= s.length) return isJamoLeading(c) || isJamoFollowing(c);
  if (isJamoLeading(c) || isJamoFollowing(c)) return true;
  return continuesCluster(s, i + width) && !(c === 0x0a || c === 0x20);
}

function continuesCluster(s: string, j: number): boolean {
  const c = s.charCodeAt(j);
  if (isJamoFollowing(c)) return true;
  if (c < 0x0300) return false;
  if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0x2000 && c <= 0x206f)) return false;
  const cp = s.codePointAt(j) as number;
  return COMBINING.test(String.fromCodePoint(cp));
}

interface EntityMatch {
  value: string;
  length: number;
}

/** Longest entity, `&` and `;` included, that is decoded: a name of up to 11 letters and digits. */
const MAX_ENTITY = 13;

function matchEntity(s: string, i: number, semicolon: NextChar): EntityMatch | null {
  // &name; or &#123; or &#x1F600;
  const end = semicolon.after(i + 1);
  if (end < 0 || end - i + 1 > MAX_ENTITY) return null;
  const body = s.slice(i + 1, end);
  let value: string | undefined;
  if (body.charCodeAt(0) === 0x23 /* # */) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return null;
    const cp = parseInt(digits, hex ? 16 : 10);
    if (cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    value = String.fromCodePoint(cp);
    const q = QUOTE_VARIANTS[value];
    if (q !== undefined) value = q;
    if (cp === 0xa0) value = ' ';
  } else {
    if (!/^[A-Za-z][A-Za-z0-9]{1,10}$/.test(body)) return null;
    value = HTML_ENTITIES[body];
  }
  if (value === undefined) return null;
  return { value, length: end - i + 1 };
}

interface TagMatch {
  replacement: string;
  length: number;
}

/** Longest tag, `<` and `>` included, that is stripped; a longer one is left as text. */
const MAX_TAG = 2001;

function matchTag(s: string, i: number, scan: Scan): TagMatch | null {
  const next = s.charCodeAt(i + 1);
  const isLetter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
  if (!(isLetter || next === 0x2f /* / */ || next === 0x21 /* ! */)) return null;
  if (s.startsWith('<!--', i)) {
    // an unclosed comment runs to the end (it is searched for once: the rest is then consumed)
    const close = s.indexOf('-->', i + 4);
    return { replacement: '', length: (close < 0 ? s.length : close + 3) - i };
  }
  const close = scan.gt.after(i + 1);
  if (close < 0 || close - i + 1 > MAX_TAG) return null;
  const inner = s.slice(i + 1, close);
  if (inner.includes('<')) return null;
  const name = (/^\/?([A-Za-z][A-Za-z0-9]*)/.exec(inner)?.[1] ?? '').toLowerCase();
  if (!name && next !== 0x21) return null;
  if (HTML_DROP_CONTENT_TAGS.has(name) && next !== 0x2f) {
    // <script> ... </script>: drop the content too
    const endTag = scan.closers.next(name, close);
    const endClose = endTag < 0 ? -1 : scan.gtAfterCloser.after(endTag);
    const stop = endClose < 0 ? close + 1 : endClose + 1;
    return { replacement: '', length: stop - i };
  }
  return { replacement: HTML_BLOCK_TAGS.has(name) ? '\n' : '', length: close - i + 1 };
}

/**
 * The searches one normalization makes ahead of its position. Each remembers its last answer so
 * that the text is scanned about once in all, however many `&`, `<a` or `<script>` it holds (a
 * plain `indexOf` per candidate would make such text quadratic).
 */
interface Scan {
  /** The `;` that ends an entity. */
  semicolon: NextChar;
  /** The `>` that ends a tag. */
  gt: NextChar;
  /** `</script`, `</style` … after an element whose content is dropped. */
  closers: ClosingTags;
  /** The `>` after such a closing tag (asked for in its own increasing order). */
  gtAfterCloser: NextChar;
}

/** The next occurrence of one character at or after a position, for positions asked in increasing order. */
class NextChar {
  private from = -1;
  private at = -1;
  constructor(
    private readonly s: string,
    private readonly ch: string,
  ) {}

  /** Index of the first `ch` at or after `from`; -1 if none. */
  after(from: number): number {
    if (from >= this.from && this.from >= 0 && (this.at < 0 || from <= this.at)) return this.at;
    this.from = from;
    this.at = this.s.indexOf(this.ch, from);
    return this.at;
  }
}

/**
 * Finds `</name` (any case) after a position, remembering each answer: the opening tags of one
 * element come in increasing order, so each search resumes where the last one ended and the whole
 * text is scanned at most once per element name, however many unclosed `<script>` it holds.
 */
class ClosingTags {
  private readonly found = new Map<string, { from: number; at: number }>();
  constructor(private readonly s: string) {}

  /** Index of the first `</name` (case-insensitive) at or after `from`; -1 if none. */
  next(name: string, from: number): number {
    const known = this.found.get(name);
    if (known && from >= known.from && (known.at < 0 || from <= known.at)) return known.at;
    const s = this.s;
    let at = s.indexOf('</', from);
    while (at >= 0 && s.slice(at + 2, at + 2 + name.length).toLowerCase() !== name) at = s.indexOf('</', at + 2);
    this.found.set(name, { from, at });
    return at;
  }
}

/** Accumulates normalized text with, for each output character, its original [start, end). */
class Builder {
  private parts: string[] = [];
  private st: Int32Array;
  private en: Int32Array;
  private len = 0;

  constructor(capacity: number) {
    this.st = new Int32Array(capacity + 16);
    this.en = new Int32Array(capacity + 16);
  }

  /** Emit `out` (possibly empty) for the original range [from, to). */
  push(out: string, from: number, to: number): void {
    const k = out.length;
    if (k === 0) return;
    this.ensure(k);
    this.parts.push(out);
    for (let j = 0; j < k; j++) {
      this.st[this.len + j] = from;
      this.en[this.len + j] = to;
    }
    this.len += k;
  }

  /** Emit a surrogate pair copied as is (each half maps to itself). */
  pushPair(pair: string, from: number): void {
    this.ensure(2);
    this.parts.push(pair);
    this.st[this.len] = from;
    this.en[this.len] = from + 2;
    this.st[this.len + 1] = from;
    this.en[this.len + 1] = from + 2;
    this.len += 2;
  }

  private ensure(k: number): void {
    if (this.len + k <= this.st.length) return;
    const size = Math.max(this.st.length * 2, this.len + k + 16);
    const st = new Int32Array(size);
    const en = new Int32Array(size);
    st.set(this.st.subarray(0, this.len));
    en.set(this.en.subarray(0, this.len));
    this.st = st;
    this.en = en;
  }

  text(): string {
    return this.parts.join('');
  }
  starts(): Int32Array {
    return this.st.slice(0, this.len);
  }
  ends(): Int32Array {
    return this.en.slice(0, this.len);
  }
}
