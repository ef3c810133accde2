/**
 * Words as the entity rules see them: each space-separated word of the text, cut again at
 * punctuation, with its nominal stem (particles, copula and endings stripped: `메타를` → `메타`,
 * `이사인` → `이사` + `인`). Built from mecab's morphemes, so offsets are exact.
 */
import { sentenceIndexAt, type Doc } from '../../doc';
import type { Morpheme } from '../../types';

/** A word of the text between spaces and punctuation. */
export interface Chunk {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** End of the nominal stem; equals `start` when the word is not nominal (a verb, an adverb). */
  readonly stemEnd: number;
  readonly tokens: readonly Morpheme[];
  /** The stripped tail as written (`는`, `인`, `과의`), '' when none. */
  readonly tail: string;
  /** Every tag of the tail's morphemes (`['VCP', 'ETM']`). */
  readonly tailTags: readonly string[];
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
  const groups: Morpheme[][] = [];
  let current: Morpheme[] = [];
  let lastEnd = -1;
  for (const t of doc.tokens) {
    const punct = isPunct(t);
    const gap = lastEnd >= 0 && t.start > lastEnd;
    if (current.length > 0 && (punct || gap)) {
      groups.push(current);
      current = [];
    }
    if (!punct) current.push(t);
    lastEnd = t.end;
  }
  if (current.length > 0) groups.push(current);

  const chunks: Chunk[] = [];
  for (let i = 0; i < groups.length; i++) {
    const tokens = groups[i] as Morpheme[];
    const start = (tokens[0] as Morpheme).start;
    const end = (tokens[tokens.length - 1] as Morpheme).end;
    const prevEnd = i > 0 ? lastOf(groups[i - 1] as Morpheme[]).end : 0;
    const nextStart = i + 1 < groups.length ? ((groups[i + 1] as Morpheme[])[0] as Morpheme).start : text.length;
    const between = text.slice(prevEnd, start);
    const betweenNext = text.slice(end, nextStart);
    const { stemEnd, tail, tailTags, nominal } = stemOf(text, tokens);
    chunks.push({
      index: i,
      start,
      end,
      stemEnd,
      tokens,
      tail,
      tailTags,
      nominal,
      before: noSpaces(between),
      after: noSpaces(betweenNext),
      spaceBefore: i === 0 || (between.length > 0 && noSpaces(between).length < between.length),
      sameLineNext: !betweenNext.includes('\n'),
      sentence: sentenceIndexAt(doc, start),
    });
  }
  return chunks;
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
  return c.tailTags.some((t) => t.startsWith(prefix));
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

function stemOf(text: string, tokens: readonly Morpheme[]): { stemEnd: number; tail: string; tailTags: string[]; nominal: boolean } {
  let k = tokens.length;
  while (k > 0 && isFunctional(tokens[k - 1] as Morpheme, tokens[k - 2])) k--;
  const start = (tokens[0] as Morpheme).start;
  const end = lastOf(tokens as Morpheme[]).end;
  if (k === 0) return { stemEnd: start, tail: text.slice(start, end), tailTags: tokens.flatMap((t) => t.tags), nominal: false };
  const lastStem = tokens[k - 1] as Morpheme;
  const nominal = (NOMINAL_TAGS.has(lastStem.tags[0] ?? '') && !lastStem.tags.some((t) => t.charCodeAt(0) === 69 /* E */)) || isDepartmentGwa(lastStem, tokens[k - 2]);
  const stemEnd = lastStem.end;
  const tailTags: string[] = [];
  for (let j = nominal ? k : 0; j < tokens.length; j++) for (const t of (tokens[j] as Morpheme).tags) tailTags.push(t);
  return {
    stemEnd: nominal ? stemEnd : start,
    tail: nominal ? (stemEnd === end ? '' : text.slice(stemEnd, end)) : text.slice(start, end),
    tailTags,
    nominal,
  };
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
  return PUNCT_TAGS.has(t.tags[0] ?? '') && !/[\p{L}\p{N}]/u.test(t.surface);
}

function lastOf<T>(xs: readonly T[]): T {
  return xs[xs.length - 1] as T;
}
