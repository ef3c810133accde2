/**
 * The document that flows through the pipeline: the original text, its normalized form with the
 * offset map, language, structure, sentences and morphemes. Components read it and add annotations;
 * they work in normalized offsets and turn them into original-text spans with `doc.span()`.
 */
import { originalRange, type Normalized } from './text/normalize';
import type { Range } from './text/sentences';
import type { ParagraphInfo, StructureInfo } from './text/structure';
import type { Language, Morpheme, Span } from './types';

export interface Doc {
  /** The caller's input. */
  readonly original: string;
  /** The normalized text every component works on. */
  readonly text: string;
  readonly normalized: Normalized;
  readonly language: Language;
  readonly structure: StructureInfo;
  /** Sentences in normalized offsets, in order. */
  readonly sentences: readonly Range[];
  /** Morphemes in normalized offsets, in order (empty for English). */
  readonly tokens: readonly Morpheme[];
  /** Warnings collected on the way (also returned in `Analysis.warnings`). */
  readonly warnings: string[];
}

/** A span of the original input for the normalized range `[start, end)`. */
export function toSpan(doc: Pick<Doc, 'normalized'>, start: number, end: number): Span {
  const [s, e] = originalRange(doc.normalized, start, end);
  return { text: doc.normalized.original.slice(s, e), start: s, end: e };
}

/** Index of the sentence that contains normalized offset `pos` (or the nearest one before it); -1 if none. */
export function sentenceIndexAt(doc: Pick<Doc, 'sentences'>, pos: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((ss[mid] as Range).start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Index of the paragraph that contains normalized offset `pos`; -1 if none. */
export function paragraphIndexAt(doc: Pick<Doc, 'structure'>, pos: number): number {
  const ps = doc.structure.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ps[mid] as ParagraphInfo;
    if (pos < p.start) hi = mid - 1;
    else if (pos >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Morphemes that lie within `[start, end)`, by binary search. */
export function tokensIn(doc: Pick<Doc, 'tokens'>, start: number, end: number): Morpheme[] {
  const ts = doc.tokens;
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ts[mid] as Morpheme).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Morpheme[] = [];
  for (let i = lo; i < ts.length && (ts[i] as Morpheme).end <= end; i++) out.push(ts[i] as Morpheme);
  return out;
}
