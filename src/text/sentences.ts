/**
 * A quote-aware sentence splitter for Korean and English news.
 *
 * Sentences never cross a paragraph (line) boundary and never end inside a balanced pair of quote
 * marks: `그는 “A다. B다”라고 말했다.` is one sentence. Marks that are not closed within the paragraph
 * do not protect anything, so one stray mark cannot swallow the rest of a paragraph.
 */
import { ENGLISH_ABBREVIATIONS, KOREAN_SENTENCE_FINAL_SYLLABLES, QUOTE_PAIRS } from '../lexicon/punctuation';

/** A half-open range `[start, end)` in the text a component works on. */
export interface Range {
  start: number;
  end: number;
}

// how far down the stack of open marks a closing mark looks for its opener
const MAX_NESTING = 6;

/** Sentences of `text` within each of `paragraphs`, in order. */
export function splitSentences(text: string, paragraphs: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const p of paragraphs) splitParagraph(text, p, out);
  return out;
}

/**
 * Balanced quote pairs inside `[start, end)`: `[open, close]` index pairs (the marks' own positions),
 * innermost first within their nesting. Unclosed openers are dropped; a doubled opener (`““`) pairs
 * its inner mark.
 */
export function quotePairs(text: string, start: number, end: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const stack: Array<{ pos: number; close: string }> = [];
  let straightOpen = -1;
  for (let i = start; i < end; i++) {
    // most characters are no quote mark at all: decide that on the code unit
    const c = text.charCodeAt(i);
    if (c !== 0x22 && !isMarkCode(c)) continue;
    const ch = text[i] as string;
    if (ch === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        pairs.push([straightOpen, i]);
        straightOpen = -1;
      }
      continue;
    }
    const close = QUOTE_PAIRS[ch];
    if (close !== undefined) {
      // ‘ in English text may be an apostrophe-like opener too; we only pair what closes
      stack.push({ pos: i, close });
      continue;
    }
    if (stack.length > 0) {
      // find the nearest opener this mark closes (tolerates an unclosed inner mark)
      for (let k = stack.length - 1; k >= Math.max(0, stack.length - MAX_NESTING); k--) {
        if ((stack[k] as { close: string }).close === ch) {
          pairs.push([(stack[k] as { pos: number }).pos, i]);
          stack.length = k;
          break;
        }
      }
    }
  }
  return pairs;
}

/** Whether code unit `c` is one of the paired quote marks (‘ ’ “ ” « » ‹ › 「 」 『 』). */
function isMarkCode(c: number): boolean {
  return (c >= 0x2018 && c <= 0x201d) || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a || (c >= 0x300c && c <= 0x300f);
}

/** Whether code unit `c` is a sentence terminal (. ? ! 。 … ？ ！). */
function isTerminalCode(c: number): boolean {
  return c === 0x2e || c === 0x3f || c === 0x21 || c === 0x3002 || c === 0x2026 || c === 0xff1f || c === 0xff01;
}

function splitParagraph(text: string, p: Range, out: Range[]): void {
  // protected[i] > 0 when i lies strictly inside a balanced quote pair
  const pairs = quotePairs(text, p.start, p.end);
  const depth = new Int32Array(p.end - p.start + 2);
  for (const [a, b] of pairs) {
    depth[a + 1 - p.start] = (depth[a + 1 - p.start] as number) + 1;
    depth[b - p.start] = (depth[b - p.start] as number) - 1;
  }
  const inside = new Uint8Array(p.end - p.start + 1);
  for (let k = 0, d = 0; k < inside.length; k++) {
    d += depth[k] as number;
    inside[k] = d > 0 ? 1 : 0;
  }

  // a quote that is itself a full sentence ends one when a new word follows: “좋다.” 그는 …
  const closesSentence = new Set<number>();
  for (const [, b] of pairs) {
    if (isTerminal(text[b - 1] ?? '') && isSpace(text[b + 1])) {
      const after = text.slice(b + 1, b + 41).trimStart()[0];
      if (after !== undefined && !/[a-z]/.test(after)) closesSentence.add(b);
    }
  }

  let sStart = skipSpace(text, p.start, p.end);
  let i = sStart;
  while (i < p.end) {
    const code = text.charCodeAt(i);
    if (!isTerminalCode(code) && (closesSentence.size === 0 || !closesSentence.has(i))) {
      i++;
      continue;
    }
    const ch = text[i] as string;
    if (closesSentence.has(i) && !inside[i - p.start]) {
      const e = trimEnd(text, sStart, i + 1);
      if (e > sStart) out.push({ start: sStart, end: e });
      sStart = skipSpace(text, i + 1, p.end);
      i = sStart;
      continue;
    }
    if (!isTerminal(ch) || inside[i - p.start]) {
      i++;
      continue;
    }
    // absorb a run of terminals (?!, ..., …) and closing marks
    let j = i + 1;
    while (j < p.end && isTerminal(text[j] as string)) j++;
    while (j < p.end && isCloser(text[j] as string) && !inside[j - p.start]) j++;
    if (!isBoundary(text, i, j, p.end)) {
      i = j;
      continue;
    }
    const e = trimEnd(text, sStart, j);
    if (e > sStart) out.push({ start: sStart, end: e });
    sStart = skipSpace(text, j, p.end);
    i = sStart;
  }
  const e = trimEnd(text, sStart, p.end);
  if (e > sStart) out.push({ start: sStart, end: e });
}

function isTerminal(ch: string): boolean {
  return ch === '.' || ch === '?' || ch === '!' || ch === '。' || ch === '…' || ch === '？' || ch === '！';
}

function isCloser(ch: string): boolean {
  return ch === '”' || ch === '’' || ch === '"' || ch === "'" || ch === '」' || ch === '』' || ch === ')' || ch === ']' || ch === '»';
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n';
}

function isHangul(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 0xac00 && c <= 0xd7a3;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Whether the terminal run `[i, j)` ends a sentence: it is followed by space or the paragraph end,
 * or (Korean) a sentence-final syllable is glued to the next sentence (`지냈습니다.특히`).
 */
function isBoundary(text: string, i: number, j: number, end: number): boolean {
  const ch = text[i] as string;
  const prev = text[i - 1];
  const next = text[j];
  const ellipsis = ch === '…' || (ch === '.' && text[i + 1] === '.');
  if (j >= end) return true;
  if (!isSpace(next)) {
    // 다.특히 — a Korean sentence ending with no space after the period
    return ch === '.' && !ellipsis && j === i + 1 && isHangul(next) && KOREAN_SENTENCE_FINAL_SYLLABLES.has(prev ?? '');
  }
  if (ch === '.' && !ellipsis) {
    if (isDigit(prev) && isDigit(next)) return false;
    const word = wordBefore(text, i);
    if (ENGLISH_ABBREVIATIONS.has(word.toLowerCase())) return false;
    if (/^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) {
      // initials (J. Smith, U.S.) end a sentence only before a capitalised word that is not a name
      const after = text.slice(j).trimStart()[0];
      return after !== undefined && isHangul(after);
    }
    const after = text.slice(j, j + 40).trimStart()[0];
    if (after !== undefined && /[a-z]/.test(after)) return false;
  }
  if (ellipsis) {
    // an ellipsis ends a sentence after a Korean sentence ending or before a capital letter
    const after = text.slice(j, j + 40).trimStart()[0];
    const before = text[i - 1];
    return KOREAN_SENTENCE_FINAL_SYLLABLES.has(before ?? '') || (after !== undefined && /[A-Z]/.test(after));
  }
  return true;
}

function wordBefore(text: string, i: number): string {
  let k = i;
  while (k > 0 && /[A-Za-z.]/.test(text[k - 1] as string)) k--;
  return text.slice(k, i);
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text[i])) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text[end - 1])) end--;
  return end;
}
