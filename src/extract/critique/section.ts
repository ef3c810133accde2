/**
 * The part of the article that critique sentences form. With in-body headings, the heading-delimited
 * section that holds most critique (its heading with it); without, the run of paragraphs where
 * critique sentences cluster (paragraphs at most one apart), the strongest run.
 */
import { paragraphIndexAt, type Doc } from '../../doc';
import type { Range } from '../../text/sentences';
import type { ParagraphInfo } from '../../text/structure';
import type { CritiqueAnnotation } from '../model';

type Scored = CritiqueAnnotation['sentences'][number];

/** Paragraphs further apart than this end a cluster. */
const MAX_PARAGRAPH_GAP = 2;

/** The section formed by critique `sentences` (in document order) of `doc`, or null for none. */
export function critiqueSection(doc: Doc, sentences: readonly Scored[]): CritiqueAnnotation['section'] {
  if (sentences.length === 0) return null;
  const paragraphs = doc.structure.paragraphs;
  const groups = paragraphs.some((p) => p.role === 'heading') ? headedSections(paragraphs) : clusters(doc, sentences);

  let best: { range: Range; heading: Range | null; count: number; score: number } | null = null;
  for (const g of groups) {
    const inside = sentences.filter((s) => s.start >= g.range.start && s.end <= g.range.end);
    if (inside.length === 0) continue;
    const score = inside.reduce((t, s) => t + s.score, 0);
    if (!best || inside.length > best.count || (inside.length === best.count && score > best.score)) {
      best = { ...g, count: inside.length, score };
    }
  }
  return best ? { ...best.range, heading: best.heading } : null;
}

/** Body sections between headings: from the first paragraph after a heading to the last before the next. */
function headedSections(paragraphs: readonly ParagraphInfo[]): Array<{ range: Range; heading: Range | null }> {
  const out: Array<{ range: Range; heading: Range | null }> = [];
  let heading: Range | null = null;
  let first: ParagraphInfo | null = null;
  let last: ParagraphInfo | null = null;
  const flush = (): void => {
    if (first && last) out.push({ range: { start: first.textStart, end: last.end }, heading });
    first = last = null;
  };
  for (const p of paragraphs) {
    if (p.role === 'heading') {
      flush();
      heading = { start: p.start, end: p.end };
    } else if (p.role === 'body') {
      first ??= p;
      last = p;
    }
  }
  flush();
  return out;
}

/** Runs of paragraphs holding critique, split where more than one paragraph without it intervenes. */
function clusters(doc: Doc, sentences: readonly Scored[]): Array<{ range: Range; heading: null }> {
  const ps = doc.structure.paragraphs;
  const indices = [...new Set(sentences.map((s) => paragraphIndexAt(doc, s.start)))].filter((i) => i >= 0).sort((a, b) => a - b);
  const out: Array<{ range: Range; heading: null }> = [];
  let from = indices[0];
  let to = from;
  for (const i of [...indices.slice(1), Infinity]) {
    if (from === undefined || to === undefined) break;
    if (i - to <= MAX_PARAGRAPH_GAP) {
      to = i;
      continue;
    }
    const a = ps[from] as ParagraphInfo;
    const b = ps[to] as ParagraphInfo;
    out.push({ range: { start: a.textStart, end: b.end }, heading: null });
    from = to = i;
  }
  return out;
}
