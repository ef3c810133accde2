/**
 * A compact view of one sentence for cue matching: whitespace and quote marks removed, every kept
 * character mapped back to its normalized offset and to the speech quote (“…”) it lies in.
 *
 * Korean spacing varies (`할 것` / `할것`, `하기로 했다` / `하기로했다`), and a quote mark may stand
 * between a predicate and its ending (`둘 것”임을`); matching on the compact string makes a cue
 * indifferent to both, while the maps keep every match tied to exact offsets.
 */
import type { Range } from '../../text/sentences';
import { quotePairs } from '../../text/sentences';

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
  /** Normalized offset of each character of `s`. */
  readonly pos: readonly number[];
  /** Index into `quotes` of the innermost speech quote holding each character, or -1. */
  readonly quote: readonly number[];
  /** Speech quotes of the sentence, in order of their opening mark. */
  readonly quotes: readonly SpeechQuote[];
  /** The sentence range. */
  readonly range: Range;
}

/** Marks that open a speech quote (single marks usually set off names and titles: transparent). */
const SPEECH_OPENERS = new Set(['“', '"', '「', '『', '«']);
const QUOTE_MARKS = new Set(['“', '”', '"', '‘', '’', "'", '「', '」', '『', '』', '«', '»', '‹', '›']);

/** Build the compact view of `text[range]`. */
export function compactOf(text: string, range: Range): Compact {
  const quotes: SpeechQuote[] = quotePairs(text, range.start, range.end)
    .filter(([a]) => SPEECH_OPENERS.has(text[a] as string))
    .map(([a, b]) => ({ open: a, close: b, content: { start: a + 1, end: b } }))
    .sort((x, y) => x.open - y.open);

  // innermost quote per position: quotes are properly nested, so a stack sweep suffices
  const s: string[] = [];
  const pos: number[] = [];
  const quote: number[] = [];
  const stack: number[] = [];
  let next = 0;
  for (let i = range.start; i < range.end; i++) {
    while (stack.length > 0 && (quotes[stack[stack.length - 1] as number] as SpeechQuote).close <= i) stack.pop();
    while (next < quotes.length && (quotes[next] as SpeechQuote).open === i) stack.push(next++);
    const ch = text[i] as string;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0' || QUOTE_MARKS.has(ch)) continue;
    s.push(ch);
    pos.push(i);
    quote.push(stack.length > 0 ? (stack[stack.length - 1] as number) : -1);
  }
  return { s: s.join(''), pos, quote, quotes, range };
}

/** Normalized offset just after compact index `i - 1` (the end of a match ending before `i`). */
export function endOffset(c: Compact, i: number): number {
  return i <= 0 ? c.range.start : (c.pos[i - 1] as number) + 1;
}

/** Every index where `needle` occurs in the compact string. */
export function findAll(c: Compact, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = c.s.indexOf(needle); i >= 0; i = c.s.indexOf(needle, i + 1)) out.push(i);
  return out;
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
