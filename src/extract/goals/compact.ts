/**
 * A compact view of one sentence for cue matching: whitespace and quote marks removed, every kept
 * character mapped back to its normalized offset and to the speech quote (“…”) it lies in.
 *
 * Korean spacing varies (`할 것` / `할것`, `하기로 했다` / `하기로했다`), and a quote mark may stand
 * between a predicate and its ending (`둘 것”임을`); matching on the compact string makes a cue
 * indifferent to both, while the maps keep every match tied to exact offsets.
 */
import type { Range } from '../../text/sentences';
import { QUOTE_PAIRS } from '../../lexicon/punctuation';

/** A speech quote inside the sentence: the marks' positions and the content between them. */
export interface SpeechQuote {
  open: number;
  close: number;
  /** Content range (marks excluded), normalized offsets. */
  content: Range;
}

export interface Compact {
  /** The sentence without whitespace and quote marks. */
  readonly s: string;
  /** Normalized offset of each character of `s` (a window on a shared buffer: see compactOf). */
  readonly pos: Int32Array;
  /** Index into `quotes` of the innermost speech quote holding each character, or -1. */
  readonly quote: Int32Array;
  /** Speech quotes of the sentence, in order of their opening mark. */
  readonly quotes: readonly SpeechQuote[];
  /** The sentence range. */
  readonly range: Range;
}

/** Marks that open a speech quote (single marks usually set off names and titles: transparent). */
const SPEECH_OPENERS = new Set(['“', '"', '「', '『', '«']);
const QUOTE_MARKS = ['“', '”', '"', '‘', '’', "'", '「', '」', '『', '』', '«', '»', '‹', '›'];

/**
 * Character classes by UTF-16 code unit, below U+3010 (everything above is plain text): SKIP for
 * what the compact view leaves out (spaces and quote marks), MARK for marks that may pair into a
 * quote (what `quotePairs` reads).
 */
const SKIP = 1;
const MARK = 2;
const CLASS_LIMIT = 0x3010;
const CLASS = new Uint8Array(CLASS_LIMIT);
for (const ch of [' ', '\t', '\n', '\u00a0']) CLASS[ch.charCodeAt(0)] = SKIP;
for (const ch of QUOTE_MARKS) CLASS[ch.charCodeAt(0)] = SKIP | (ch === "'" ? 0 : MARK);

/**
 * Buffers the compact views share (a fresh backing store per sentence costs more than the reading):
 * a view is read while its sentence is, synchronously, and never kept.
 */
let scratchPos = new Int32Array(1024);
let scratchCodes = new Uint16Array(1024);
let scratchQuote = new Int32Array(1024);

/** The string of the first `k` code units of `codes`, in chunks (one `apply` of a huge array overflows the stack). */
function stringOf(codes: Uint16Array, k: number): string {
  if (k <= 8192) return String.fromCharCode.apply(null, codes.subarray(0, k) as unknown as number[]);
  let out = '';
  for (let i = 0; i < k; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(k, i + 8192)) as unknown as number[]);
  return out;
}

/**
 * Build the compact view of `text[range]` in one pass (a second one only for a sentence with quote
 * marks). Its `pos` and `quote` arrays are windows on shared buffers: valid until the next call.
 */
export function compactOf(text: string, range: Range): Compact {
  const n = range.end - range.start;
  if (scratchPos.length < n) {
    scratchPos = new Int32Array(n * 2);
    scratchCodes = new Uint16Array(n * 2);
  }
  const codes = scratchCodes;
  const at = scratchPos;
  let k = 0;
  let marks: number[] | null = null;
  for (let i = range.start; i < range.end; i++) {
    const code = text.charCodeAt(i);
    const cls = code < CLASS_LIMIT ? (CLASS[code] as number) : 0;
    if (cls !== 0) {
      if (cls & MARK) (marks ??= []).push(i);
      if (cls & SKIP) continue;
    }
    codes[k] = code;
    at[k++] = i;
  }
  const parts = stringOf(codes, k);
  const kept = at.subarray(0, k);
  if (scratchQuote.length < k) scratchQuote = new Int32Array(scratchPos.length);
  const quote = scratchQuote.subarray(0, k).fill(-1);
  if (!marks) return { s: parts, pos: kept, quote, quotes: [], range };

  const quotes: SpeechQuote[] = pairMarks(text, marks)
    .filter(([a]) => SPEECH_OPENERS.has(text[a] as string))
    .map(([a, b]) => ({ open: a, close: b, content: { start: a + 1, end: b } }))
    .sort((x, y) => x.open - y.open);
  // quotes nest properly: marking outer ones first lets inner ones overwrite (innermost wins)
  quotes.forEach((q, index) => {
    for (let x = lowerBound(kept, q.open + 1); x < k && (kept[x] as number) < q.close; x++) quote[x] = index;
  });
  return { s: parts, pos: kept, quote, quotes, range };
}

/** Closing mark of each opening mark (`QUOTE_PAIRS`), by code unit. */
const CLOSER = new Map<number, number>(Object.entries(QUOTE_PAIRS).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const STRAIGHT_QUOTE = 0x22;
const MAX_NESTING = 6;

/**
 * The balanced quote pairs among the marks at `positions` (in order): what `quotePairs` finds
 * when it reads the whole sentence, since no other character opens, closes or pairs anything.
 * Straight `"` toggles; an opener waits for its closer, found at most MAX_NESTING openers down.
 */
function pairMarks(text: string, positions: readonly number[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const stack: Array<{ pos: number; close: number }> = [];
  let straightOpen = -1;
  for (const i of positions) {
    const ch = text.charCodeAt(i);
    if (ch === STRAIGHT_QUOTE) {
      if (straightOpen < 0) straightOpen = i;
      else {
        pairs.push([straightOpen, i]);
        straightOpen = -1;
      }
      continue;
    }
    const close = CLOSER.get(ch);
    if (close !== undefined) {
      stack.push({ pos: i, close });
      continue;
    }
    for (let k = stack.length - 1; k >= Math.max(0, stack.length - MAX_NESTING); k--) {
      if ((stack[k] as { close: number }).close === ch) {
        pairs.push([(stack[k] as { pos: number }).pos, i]);
        stack.length = k;
        break;
      }
    }
  }
  return pairs;
}

/** The first index of sorted `a` whose value is at least `v`. */
function lowerBound(a: Int32Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Normalized offset just after compact index `i - 1` (the end of a match ending before `i`). */
export function endOffset(c: Compact, i: number): number {
  return i <= 0 ? c.range.start : (c.pos[i - 1] as number) + 1;
}

/** Whether compact index `i` lies in quote `q` or in a quote nested inside it. */
export function inQuote(c: Compact, i: number, q: number): boolean {
  let k = c.quote[i] ?? -1;
  while (k >= 0) {
    if (k === q) return true;
    k = parentOf(c, k);
  }
  return false;
}

/** The quote that immediately encloses quote `q`, or -1. */
function parentOf(c: Compact, q: number): number {
  const inner = c.quotes[q] as SpeechQuote;
  for (let k = q - 1; k >= 0; k--) {
    const o = c.quotes[k] as SpeechQuote;
    if (o.open < inner.open && o.close > inner.close) return k;
  }
  return -1;
}

const PAIRED: ReadonlyArray<readonly [string, string]> = [
  ['‘', '’'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
];

/**
 * `[start, end)` widened by one character on either side where that completes a pair of quote
 * marks the range cuts (`‘책임감 있는 AI 개발’ …` rather than `책임감 있는 AI 개발’ …`).
 */
export function balanceMarks(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  for (const [open, close] of PAIRED) {
    let depth = 0;
    let unopened = 0;
    for (let i = s; i < e; i++) {
      const ch = text[i];
      if (ch === open) depth++;
      else if (ch === close) {
        if (depth > 0) depth--;
        else unopened++;
      }
    }
    if (unopened > 0 && text[s - 1] === open) s--;
    if (depth > 0 && text[e] === close) e++;
  }
  return { start: s, end: e };
}
