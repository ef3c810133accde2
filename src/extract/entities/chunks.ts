/**
 * Words as the entity rules see them: each space-separated word of the text, cut again at
 * punctuation, with its nominal stem (particles, copula and endings stripped: `메타를` → `메타`,
 * `이사인` → `이사` + `인`). Built from mecab's morphemes, so offsets are exact.
 */
import type { Doc } from '../../doc';
import type { Morpheme } from '../../types';

/** A word of the text between spaces and punctuation. */
export interface Chunk {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** End of the nominal stem; equals `start` when the word is not nominal (a verb, an adverb). */
  readonly stemEnd: number;
  readonly tokens: readonly Morpheme[];
  /** The tokens of the stem (those that end by `stemEnd`). */
  readonly stemTokens: readonly Morpheme[];
  /** The stripped tail as written (`는`, `인`, `과의`), '' when none. */
  readonly tail: string;
  /** How many of `tokens` form the stem (the rest, the tail's morphemes, carry the tags `tailHas` reads). */
  readonly stemCount: number;
  /** Whether the stem is a noun phrase piece. */
  readonly nominal: boolean;
  /** Punctuation between the previous word and this one, spaces removed (`‘`, `,`). */
  readonly before: string;
  /** Punctuation between this word and the next, spaces removed (`’(`, `,`). */
  readonly after: string;
  /** Whether whitespace (or a line start) stands directly before the word. */
  readonly spaceBefore: boolean;
  /** Whether the next word follows on the same line. */
  readonly sameLineNext: boolean;
  readonly sentence: number;
}

const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NNG', 'NNP', 'NNB', 'NNBC', 'NR', 'NP', 'SL', 'SH', 'SN', 'XSN', 'XR', 'XPN', 'UNKNOWN', 'UNK']);
const PUNCT_TAGS: ReadonlySet<string> = new Set(['SF', 'SE', 'SSO', 'SSC', 'SC', 'SY', 'SP']);

/** The words of `doc`, in order. */
export function buildChunks(doc: Doc): Chunk[] {
  const text = doc.text;
  // the words: runs of tokens without a gap or punctuation between them (sliced once, at their size)
  const tokensAll = doc.tokens;
  const groups: Morpheme[][] = [];
  let from = -1;
  let lastEnd = -1;
  for (let i = 0; i < tokensAll.length; i++) {
    const t = tokensAll[i] as Morpheme;
    const punct = isPunct(t);
    const gap = lastEnd >= 0 && t.start > lastEnd;
    if (from >= 0 && (punct || gap)) {
      groups.push(tokensAll.slice(from, i));
      from = -1;
    }
    if (!punct && from < 0) from = i;
    lastEnd = t.end;
  }
  if (from >= 0) groups.push(tokensAll.slice(from));

  const chunks: Chunk[] = [];
  const sentences = doc.sentences;
  let sentence = -1;
  // the text between two words, computed once: `after` of one word is `before` of the next
  let gapBefore = gapOf(text, 0, groups.length > 0 ? ((groups[0] as Morpheme[])[0] as Morpheme).start : 0);
  for (let i = 0; i < groups.length; i++) {
    const tokens = groups[i] as Morpheme[];
    const start = (tokens[0] as Morpheme).start;
    const end = (tokens[tokens.length - 1] as Morpheme).end;
    const nextStart = i + 1 < groups.length ? ((groups[i + 1] as Morpheme[])[0] as Morpheme).start : text.length;
    const gapAfter = gapOf(text, end, nextStart);
    // sentences are in order: move forward to the last one that starts at or before the word
    while (sentence + 1 < sentences.length && (sentences[sentence + 1] as { start: number }).start <= start) sentence++;
    STEM.stemEnd = start;
    stemOf(text, tokens, STEM);
    const { stemEnd, tail, stemCount, nominal } = STEM;
    chunks.push({
      index: i,
      start,
      end,
      stemEnd,
      tokens,
      stemTokens: stemCount === tokens.length ? tokens : stemCount === 0 ? NO_TOKENS : tokens.slice(0, stemCount),
      tail,
      stemCount,
      nominal,
      before: gapBefore.marks,
      after: gapAfter.marks,
      spaceBefore: i === 0 || gapBefore.space,
      sameLineNext: !gapAfter.newline,
      sentence,
    });
    gapBefore = gapAfter;
  }
  return chunks;
}

const NO_TOKENS: readonly Morpheme[] = [];

/** What stands between two words: its punctuation (spaces removed), and whether it holds a space or a line break. */
interface Gap {
  marks: string;
  space: boolean;
  newline: boolean;
}

const NO_GAP: Gap = { marks: '', space: false, newline: false };
const ONE_SPACE: Gap = { marks: '', space: true, newline: false };

function gapOf(text: string, from: number, to: number): Gap {
  if (to <= from) return NO_GAP;
  if (to === from + 1 && text.charCodeAt(from) === 32) return ONE_SPACE;
  let marks = '';
  let space = false;
  let newline = false;
  let run = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (i > run) marks += text.slice(run, i);
      run = i + 1;
      space = true;
      if (c === 10) newline = true;
    }
  }
  if (to > run) marks += run === from ? text.slice(from, to) : text.slice(run, to);
  return { marks, space, newline };
}

/** Whitespace as `\s` matches it (the text is normalized: mostly spaces, tabs and line breaks). */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/** `s` without whitespace; the common cases (nothing, one space) without a regex. */
function noSpaces(s: string): string {
  if (s.length === 0 || s === ' ') return '';
  return s.replace(/\s+/gu, '');
}

/** Whether `c` is a bare noun: nominal with nothing stripped. */
export function isBare(c: Chunk): boolean {
  return c.nominal && c.tail === '';
}

/** The index of the chunk that contains `pos`, or -1. */
export function chunkIndexAt(chunks: readonly Chunk[], pos: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = chunks[mid] as Chunk;
    if (pos < c.start) hi = mid - 1;
    else if (pos >= c.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The indexes of the chunks that overlap `[start, end)`. */
export function chunksIn(chunks: readonly Chunk[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let k = chunkIndexAt(chunks, start); k >= 0 && k < chunks.length && (chunks[k] as Chunk).start < end; k++) out.push(k);
  return out;
}

/** Whether the tail holds a tag starting with `prefix` (`JKG`, `ETM`, `VCP`). */
export function tailHas(c: Chunk, prefix: string): boolean {
  for (let j = c.stemCount; j < c.tokens.length; j++) for (const t of (c.tokens[j] as Morpheme).tags) if (t.startsWith(prefix)) return true;
  return false;
}

/** Whether the chunk ends in an adnominal (`…인`, `…한`, `…된`): it modifies the next noun. */
export function isAdnominal(c: Chunk): boolean {
  const last = lastOf(c.tokens as Morpheme[]);
  return last.tags.includes('ETM');
}

/** Whether the chunk ends a clause (a connective or final ending on a verb or copula). */
export function endsClause(c: Chunk): boolean {
  const last = lastOf(c.tokens as Morpheme[]);
  const tag = last.tags[last.tags.length - 1] ?? '';
  return tag === 'EF' || tag === 'EC';
}

/** The stem of a word, written into `out` (one object reused for every word). */
interface StemInfo {
  stemEnd: number;
  tail: string;
  stemCount: number;
  nominal: boolean;
}

const STEM: StemInfo = { stemEnd: 0, tail: '', stemCount: 0, nominal: false };

function stemOf(text: string, tokens: readonly Morpheme[], out: StemInfo): void {
  let k = tokens.length;
  while (k > 0 && isFunctional(tokens[k - 1] as Morpheme, tokens[k - 2])) k--;
  const start = (tokens[0] as Morpheme).start;
  const end = (tokens[tokens.length - 1] as Morpheme).end;
  if (k === 0) {
    out.stemEnd = start;
    out.tail = text.slice(start, end);
    out.stemCount = 0;
    out.nominal = false;
    return;
  }
  const lastStem = tokens[k - 1] as Morpheme;
  const nominal = (NOMINAL_TAGS.has(lastStem.tags[0] ?? '') && !hasEnding(lastStem)) || isDepartmentGwa(lastStem, tokens[k - 2]);
  const stemEnd = lastStem.end;
  out.stemEnd = nominal ? stemEnd : start;
  out.tail = nominal ? (stemEnd === end ? '' : text.slice(stemEnd, end)) : text.slice(start, end);
  out.stemCount = nominal ? k : 0;
  out.nominal = nominal;
}

function hasEnding(t: Morpheme): boolean {
  for (const tag of t.tags) if (tag.charCodeAt(0) === 69 /* E */) return true;
  return false;
}

/** Particles, endings and the copula, stripped from the end of a word. */
function isFunctional(t: Morpheme, prev: Morpheme | undefined): boolean {
  const first = t.tags[0] ?? '';
  if (isDepartmentGwa(t, prev)) return false;
  if (first.startsWith('J') || first.startsWith('E') || first === 'VCP') return true;
  if (first === 'XSN' && t.surface === '들') return true;
  // mecab reads the 의 of 과의 / 와의 / 에서의 as a noun
  if (t.surface === '의' && prev !== undefined && (prev.tags[0] ?? '').startsWith('J')) return true;
  return false;
}

/** mecab reads the 과 of 경영학과 (a department) as a conjunction. */
function isDepartmentGwa(t: Morpheme, prev: Morpheme | undefined): boolean {
  return t.tags[0] === 'JC' && t.surface === '과' && prev !== undefined && prev.surface.endsWith('학');
}

function isPunct(t: Morpheme): boolean {
  const tag = t.tags[0] ?? '';
  // every punctuation tag starts with S (most tokens are nouns, particles, verbs and endings)
  if (tag.charCodeAt(0) !== 83 || !PUNCT_TAGS.has(tag)) return false;
  const s = t.surface;
  // ASCII punctuation without a regex; other characters by their Unicode class
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return !/[\p{L}\p{N}]/u.test(s);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
  }
  return true;
}

function lastOf<T>(xs: readonly T[]): T {
  return xs[xs.length - 1] as T;
}
