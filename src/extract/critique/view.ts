/**
 * The sentences of a document as the critique scorer reads them, built in one pass over the text:
 *
 * - Korean: each sentence without spaces and quote marks (`지적도 나온다` and `지적도나온다` read
 *   alike), each kept character's normalized offset, and whether it lies inside a speech quote;
 * - English: the lower-cased sentence, quote marks and all (words are matched at word boundaries).
 *
 * The whole document goes into one set of arrays and one string; a sentence's view is a window on
 * them (`base`, and `s` a slice), so no sentence copies anything. `scan` then finds every cue of the
 * compiled lexicon in one walk of its trie behind a bigram filter.
 */
import type { Range } from '../../text/sentences';
import { bigramSlot, hasBit, type Compiled, type Entry } from './lexicon';

export interface SentenceView {
  /** The matching string of the sentence (compact Korean or lower-cased English). */
  readonly s: string;
  /** Where the sentence starts in the document arrays below: index `k` of `s` is `base + k` there. */
  readonly base: number;
  /** Normalized offset of each character of the document's matching string. */
  readonly pos: Int32Array;
  /** 1 where the character lies inside a speech quote (“…”, "…", 「…」, 『…』). */
  readonly quoted: Uint8Array;
  /** The code units of the document's matching string. */
  readonly codes: Uint16Array;
  /** Length of `s` without trailing punctuation, closing marks and spaces. */
  readonly bodyEnd: number;
  readonly language: 'ko' | 'en';
}

/** A cue found at index `index` of the view. */
export interface Hit {
  entry: Entry;
  index: number;
}

/**
 * Character classes by UTF-16 code unit below U+3010 (everything above is plain text): spaces and
 * quote marks, which the compact Korean view leaves out, and the marks that open and close a
 * speech quote.
 */
const SPACE = 1;
const MARK = 2;
const OPEN = 4;
const CLOSE = 8;
const STRAIGHT = 16;
const CLASS_LIMIT = 0x3010;
const CLASS = new Uint8Array(CLASS_LIMIT);
for (const c of [' ', '\t', '\n', '\r', '\u00a0']) CLASS[c.charCodeAt(0)] = SPACE;
for (const c of ['‘', '’', "'"]) CLASS[c.charCodeAt(0)] = MARK;
for (const c of ['“', '「', '『', '«']) CLASS[c.charCodeAt(0)] = MARK | OPEN;
for (const c of ['”', '」', '』', '»']) CLASS[c.charCodeAt(0)] = MARK | CLOSE;
CLASS['"'.charCodeAt(0)] = MARK | STRAIGHT;
const TRAILING = new Set(['.', '!', '?', '…', '。', ' ', '\t', '\n', '“', '”', '"', '‘', '’', "'", '」', '』', ')'].map((c) => c.charCodeAt(0)));

/**
 * Buffers the views share (a fresh backing store per document costs more than the reading): the
 * views of one document are read while it is scored, synchronously, and never kept.
 */
let scratchPos = new Int32Array(8192);
let scratchQuoted = new Uint8Array(8192);
let scratchCodes = new Uint16Array(8192);

/**
 * The views of `sentences` of `text` (in order, not overlapping) for `language`, built in one pass.
 * Quote depth starts afresh with each sentence, as if each were read alone. The views share module
 * buffers: they are valid until the next call.
 */
export function viewsOf(text: string, sentences: readonly Range[], language: 'ko' | 'en'): SentenceView[] {
  let n = 0;
  for (const r of sentences) n += r.end - r.start;
  if (scratchPos.length < n) {
    scratchPos = new Int32Array(n * 2);
    scratchQuoted = new Uint8Array(n * 2);
    scratchCodes = new Uint16Array(n * 2);
  }
  const pos = scratchPos;
  const quoted = scratchQuoted;
  const codes = scratchCodes;
  const korean = language === 'ko';
  const bounds: number[] = new Array(sentences.length + 1);
  let k = 0;
  sentences.forEach((r, index) => {
    bounds[index] = k;
    let depth = 0;
    let straight = false;
    for (let i = r.start; i < r.end; i++) {
      let c = text.charCodeAt(i);
      const cls = c < CLASS_LIMIT ? (CLASS[c] as number) : 0;
      if (cls !== 0) {
        if (cls & OPEN) depth++;
        else if (cls & CLOSE) depth = depth > 0 ? depth - 1 : 0;
        else if (cls & STRAIGHT) straight = !straight;
        if (korean) continue;
      }
      // English is matched lower-cased; a letter that lower-cases to more than one unit (İ) keeps its first
      if (!korean && c >= 0x41 && (c <= 0x5a || c > 0x7f)) c = c <= 0x5a ? c + 0x20 : lowerUnit(c);
      codes[k] = c;
      pos[k] = i;
      quoted[k] = depth > 0 || straight ? 1 : 0;
      k++;
    }
  });
  bounds[sentences.length] = k;
  const all = stringOf(codes, k);
  const views: SentenceView[] = new Array(sentences.length);
  for (let index = 0; index < sentences.length; index++) {
    const base = bounds[index] as number;
    const end = bounds[index + 1] as number;
    let bodyEnd = end;
    while (bodyEnd > base && TRAILING.has(codes[bodyEnd - 1] as number)) bodyEnd--;
    views[index] = { s: all.slice(base, end), base, pos, quoted, codes, bodyEnd: bodyEnd - base, language };
  }
  return views;
}

/** The first code unit of a character's lower case. */
function lowerUnit(c: number): number {
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** The string of the first `k` code units of `codes`, in chunks (one `apply` of a huge array overflows the stack). */
function stringOf(codes: Uint16Array, k: number): string {
  if (k <= 8192) return String.fromCharCode.apply(null, codes.subarray(0, k) as unknown as number[]);
  let out = '';
  for (let i = 0; i < k; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(k, i + 8192)) as unknown as number[]);
  return out;
}

/** Every cue of `lexicon` in `view`, in order of position (English: at word boundaries only). */
export function scan(view: SentenceView, lexicon: Compiled): Hit[] {
  const hits: Hit[] = [];
  const s = view.codes;
  const base = view.base;
  const n = view.s.length;
  const english = view.language === 'en';
  const { single, bigrams, trie, pairs } = lexicon;
  const pos = view.pos;
  for (let i = 0; i < n; i++) {
    const c = s[base + i] as number;
    const next = i + 1 < n ? (s[base + i + 1] as number) : -1;
    const isSingle = hasBit(single, c);
    // most positions stop at the bigram filter, before any trie lookup
    if (!isSingle && (next < 0 || !hasBit(bigrams, bigramSlot(c, next)))) continue;
    if (english && i > 0 && isLatinLetter(s[base + i - 1] as number)) continue;
    if (isSingle) {
      const first = trie.next.get(c);
      if (first?.out && (!english || next < 0 || !isLatinLetter(next))) for (const entry of first.out) hits.push({ entry, index: i });
      if (next < 0) continue;
    }
    // straight to the node two letters deep
    let node = pairs.get(c * 0x10000 + next);
    for (let k = i + 1; node; k++) {
      if (k > i + 1) {
        node = node.next.get(s[base + k] as number);
        if (!node) break;
      }
      // a two-letter Korean word never spans a word break (의도 is not 나의 도시)
      if (node.out && (english ? k + 1 >= n || !isLatinLetter(s[base + k + 1] as number) : k - i > 1 || (pos[base + k] as number) === (pos[base + i] as number) + 1)) {
        for (const entry of node.out) hits.push({ entry, index: i });
      }
      if (k + 1 >= n) break;
    }
  }
  return hits;
}

/** Whether a word ends at index `k` of the view: the end, a comma, or a space in the text. */
export function wordEndsAt(view: SentenceView, k: number): boolean {
  if (k >= view.s.length) return false;
  if (view.language === 'en') return !isLatinLetter(view.s.charCodeAt(k));
  const ch = view.s[k];
  return ch === ',' || (view.pos[view.base + k] as number) > (view.pos[view.base + k - 1] as number) + 1;
}

/** Whether `word` ends within `window` characters of the sentence's end (its main predicate). */
export function endsNearEnd(view: SentenceView, index: number, length: number, window: number): boolean {
  const e = index + length;
  return e <= view.bodyEnd && view.bodyEnd - e <= window;
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
