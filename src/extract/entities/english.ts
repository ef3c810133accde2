/**
 * English articles have no morphemes; the entity rules work on words, so an English Doc gets a
 * simple word split: Latin words and numbers as `SL`/`SN` tokens, punctuation as `SY`.
 */
import type { Doc } from '../../doc';
import type { Morpheme } from '../../types';

// legal-form abbreviations keep their full stop (Toyota Motor Co., Hyundai Mobis America Inc.)
const WORD = /(?:Inc|Co|Corp|Ltd|Bros)\.(?![A-Za-z0-9])|[A-Za-z][A-Za-z0-9&'’.-]*[A-Za-z0-9]|[A-Za-z]|\d[\d,.]*|[^\sA-Za-z\d]/gu;

/** `doc` with word tokens for its English text. */
export function withEnglishTokens(doc: Doc): Doc {
  const tokens: Morpheme[] = [];
  for (const m of doc.text.matchAll(WORD)) {
    const surface = m[0];
    const start = m.index ?? 0;
    const pos = /^[A-Za-z]/u.test(surface) ? 'SL' : /^\d/u.test(surface) ? 'SN' : 'SY';
    tokens.push({ surface, start, end: start + surface.length, pos, tags: [pos], semanticClass: null, hasFinalConsonant: null, reading: null, type: null, firstPos: null, lastPos: null, expression: null });
  }
  return { ...doc, tokens };
}
