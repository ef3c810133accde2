/**
 * Reading mecab-ko-dic output: one line `surface<TAB>f1,f2,…,f8` per morpheme. The eight feature
 * fields are POS, semantic class, final consonant (T/F), reading, type, first POS, last POS and
 * expression; `*` means "none" and becomes `null`.
 *
 * Everything here works on index ranges of a larger string (mecab's stdout buffer) so the hot path
 * slices only the fields it keeps.
 */

import type { ExpressionPart, Morpheme } from '../types';

/** A parsed line: a morpheme without offsets. */
export type MecabEntry = Omit<Morpheme, 'start' | 'end'>;

const STAR = 42; // '*'

/**
 * Parse one line of mecab-ko-dic output, e.g. `인\tVCP+ETM,*,T,인,Inflect,VCP,ETM,이/VCP/*+ᆫ/ETM/*`.
 * Missing trailing fields are `null`; a line without a tab has an empty feature string.
 */
export function parseMecabLine(line: string): MecabEntry {
  let end = line.length;
  if (end > 0 && line.charCodeAt(end - 1) === 10) end--; // tolerate a trailing '\n'
  if (end > 0 && line.charCodeAt(end - 1) === 13) end--;
  const tab = line.indexOf('\t');
  const surfaceEnd = tab < 0 || tab > end ? end : tab;
  const featuresStart = tab < 0 || tab > end ? end : tab + 1;
  const { start: _start, end: _end, ...entry } = buildMorpheme(
    line.slice(0, surfaceEnd),
    0,
    0,
    line,
    featuresStart,
    end,
  );
  return entry;
}

/**
 * Build a morpheme from the feature string `s.slice(from, to)` (the part after the tab).
 * The eighth field (expression) runs to `to`, so an expression never loses a comma.
 */
export function buildMorpheme(
  surface: string,
  start: number,
  end: number,
  s: string,
  from: number,
  to: number,
): Morpheme {
  // field boundaries: c1..c7 are the commas after fields 1..7 (or `to` when a field is missing)
  const c1 = nextComma(s, from, to);
  const c2 = nextComma(s, c1 + 1, to);
  const c3 = nextComma(s, c2 + 1, to);
  const c4 = nextComma(s, c3 + 1, to);
  const c5 = nextComma(s, c4 + 1, to);
  const c6 = nextComma(s, c5 + 1, to);
  const c7 = nextComma(s, c6 + 1, to);
  const pos = posOf(s.slice(from, c1));
  return {
    surface,
    start,
    end,
    pos: pos.pos,
    tags: pos.tags,
    semanticClass: internField(s, c1 + 1, c2),
    hasFinalConsonant: finalConsonant(s, c2 + 1, c3),
    // the reading is usually the surface itself: share the string
    reading: c4 - c3 - 1 === surface.length && s.startsWith(surface, c3 + 1) ? surface : field(s, c3 + 1, c4),
    type: morphemeType(s, c4 + 1, c5),
    firstPos: internField(s, c5 + 1, c6),
    lastPos: internField(s, c6 + 1, c7),
    expression: c7 + 1 >= to || (to - c7 === 2 && s.charCodeAt(c7 + 1) === STAR) ? null : expressionOf(s.slice(c7 + 1, to)),
  };
}

// ---- sharing ------------------------------------------------------------------------------------
// Hundreds of thousands of morphemes share a few hundred POS strings, tag lists and expressions.
// They are shared (and frozen, so an accidental mutation throws instead of spreading) to keep
// memory and garbage-collection time down: the mecab backend's speed depends on it.

interface PosEntry {
  pos: string;
  tags: string[];
}

const CACHE_LIMIT = 50_000;
const posCache = new Map<string, PosEntry>();
const stringCache = new Map<string, string>();
const expressionCache = new Map<string, ExpressionPart[]>();

function posOf(pos: string): PosEntry {
  let entry = posCache.get(pos);
  if (entry === undefined) {
    entry = { pos, tags: Object.freeze(pos === '' ? [] : pos.split('+')) as string[] };
    if (posCache.size >= CACHE_LIMIT) posCache.clear();
    posCache.set(pos, entry);
  }
  return entry;
}

function internField(s: string, from: number, to: number): string | null {
  const value = field(s, from, to);
  if (value === null) return null;
  const shared = stringCache.get(value);
  if (shared !== undefined) return shared;
  if (stringCache.size >= CACHE_LIMIT) stringCache.clear();
  stringCache.set(value, value);
  return value;
}

function expressionOf(expression: string): ExpressionPart[] {
  let parts = expressionCache.get(expression);
  if (parts === undefined) {
    parts = Object.freeze(parseExpression(expression).map((part) => Object.freeze(part))) as ExpressionPart[];
    if (expressionCache.size >= CACHE_LIMIT) expressionCache.clear();
    expressionCache.set(expression, parts);
  }
  return parts;
}

/**
 * Build a morpheme from already split feature fields (the embedded backend's dictionary gives
 * them as an array): `fields[0]` is the POS.
 */
export function morphemeFromFields(
  surface: string,
  start: number,
  end: number,
  fields: readonly (string | undefined)[],
): Morpheme {
  const pos = posOf(fields[0] ?? '');
  const expression = star(fields[7]);
  const final = fields[2];
  const type = fields[4];
  return {
    surface,
    start,
    end,
    pos: pos.pos,
    tags: pos.tags,
    semanticClass: star(fields[1]),
    hasFinalConsonant: final === 'T' ? true : final === 'F' ? false : null,
    reading: star(fields[3]),
    type: type === 'Inflect' || type === 'Compound' || type === 'Preanalysis' ? type : null,
    firstPos: star(fields[5]),
    lastPos: star(fields[6]),
    expression: expression === null ? null : expressionOf(expression),
  };
}

/** A morpheme that only has a POS (the mecab-ya backend): every other field is `null`. */
export function morphemeFromPos(surface: string, start: number, end: number, pos: string): Morpheme {
  const entry = posOf(pos);
  return {
    surface,
    start,
    end,
    pos: entry.pos,
    tags: entry.tags,
    semanticClass: null,
    hasFinalConsonant: null,
    reading: null,
    type: null,
    firstPos: null,
    lastPos: null,
    expression: null,
  };
}

/**
 * Parse the expression field: `이/VCP/*+ᆫ/ETM/*` → two parts. A part is `morpheme/POS/class`;
 * the morpheme may be empty (`고양이/NNG/*+/VCP/*+…`) or itself hold `/` or `+`, so parts are cut
 * at a `+` only once they hold two slashes, and each part is read from the right.
 */
export function parseExpression(expression: string): ExpressionPart[] {
  const parts: ExpressionPart[] = [];
  let partStart = 0;
  let slashes = 0;
  for (let i = 0; i < expression.length; i++) {
    const c = expression.charCodeAt(i);
    if (c === 47 /* / */) slashes++;
    else if (c === 43 /* + */ && slashes >= 2) {
      parts.push(expressionPart(expression, partStart, i));
      partStart = i + 1;
      slashes = 0;
    }
  }
  if (partStart < expression.length) parts.push(expressionPart(expression, partStart, expression.length));
  return parts;
}

function expressionPart(s: string, from: number, to: number): ExpressionPart {
  const last = s.lastIndexOf('/', to - 1);
  if (last < from) return { morpheme: s.slice(from, to), pos: '', semanticClass: null };
  const middle = last > from ? s.lastIndexOf('/', last - 1) : -1;
  if (middle < from) {
    // `morpheme/POS` without a class
    return { morpheme: s.slice(from, last), pos: s.slice(last + 1, to), semanticClass: null };
  }
  return {
    morpheme: s.slice(from, middle),
    pos: s.slice(middle + 1, last),
    semanticClass: field(s, last + 1, to),
  };
}

function nextComma(s: string, from: number, to: number): number {
  if (from >= to) return to;
  const i = s.indexOf(',', from);
  return i < 0 || i > to ? to : i;
}

/** `s.slice(from, to)`, or `null` for `*` and for a missing field. */
function field(s: string, from: number, to: number): string | null {
  if (from >= to) return null;
  if (to - from === 1 && s.charCodeAt(from) === STAR) return null;
  return s.slice(from, to);
}

function finalConsonant(s: string, from: number, to: number): boolean | null {
  if (to - from !== 1) return null;
  const c = s.charCodeAt(from);
  return c === 84 /* T */ ? true : c === 70 /* F */ ? false : null;
}

function morphemeType(s: string, from: number, to: number): Morpheme['type'] {
  switch (to - from) {
    case 7:
      return s.startsWith('Inflect', from) ? 'Inflect' : null;
    case 8:
      return s.startsWith('Compound', from) ? 'Compound' : null;
    case 11:
      return s.startsWith('Preanalysis', from) ? 'Preanalysis' : null;
    default:
      return null;
  }
}

function star(value: string | undefined): string | null {
  return value === undefined || value === '' || value === '*' ? null : value;
}
