/**
 * Organization anaphors: `이 기구`, `해당 기업`, `동 재단`, `동사`, `양사` become mentions of the
 * organization meant: the one the same anaphor meant last time (an article keeps calling its
 * subject 이 기구), else the most recent organization whose name ends in the head word (이 재단 →
 * 한빛미래재단), else the most recent organization of a compatible type (기구 → not a company).
 */
import type { OrgEntity } from '../model';
import { paragraphIndexAt } from '../../doc';
import { quotePairs } from '../../text/sentences';
import { chunkIndexAt, type Chunk } from './chunks';
import type { Ctx } from './context';
import { ANAPHOR_TYPES, DEMONSTRATIVES, ORG_ANAPHORS, ORG_DESCRIPTOR_WORDS, squash } from './lexicon';

/** An anaphor resolved to an organization entity. */
export interface AnaphorMention {
  start: number;
  end: number;
  entity: number;
}

/** Demonstratives that refer to more than one body (양 기관, 두 회사): not resolved to one. */
const PLURAL = new Set(['양', '두']);
/** Anaphors that mean two companies at once. */
const BOTH = new Set(['양사']);
/** How many name mentions back an anaphor looks for a compatible organization. */
const MAX_LOOKBACK = 200;
/** How many sentences back a name that ends in the head word is still preferred. */
const NAME_WINDOW = 4;

/** Find and resolve the anaphors of `ctx` against the name mentions found so far. */
export function resolveAnaphors(ctx: Ctx, entities: readonly OrgEntity[], mentions: ReadonlyArray<{ start: number; end: number; entity: number }>): AnaphorMention[] {
  // name mentions by end: those before an anaphor are a prefix of this list (anaphors come in order)
  const names = [...mentions].sort((a, b) => a.end - b.end);
  const out: AnaphorMention[] = [];
  const last = new Map<string, { entity: number; at: number }>();
  // built only when an anaphor needs it
  let quoteLookup: ((pos: number) => number | null) | null = null;
  const quoteAt = (pos: number): number | null => (quoteLookup ??= quoteIndex(ctx))(pos);
  let n = 0;
  for (const a of findAnaphors(ctx)) {
    while (n < names.length && (names[n] as { end: number }).end <= a.start) n++;
    const before = { length: n, at: (k: number) => names[k] as { start: number; end: number; entity: number } };
    const types = ANAPHOR_TYPES.get(a.head);
    const fits = (i: number): boolean => !types || types.has('*') || types.has((entities[i] as OrgEntity).type);
    if (BOTH.has(a.head)) {
      const picked: number[] = [];
      for (let k = before.length - 1; k >= 0 && picked.length < 2; k--) {
        const i = before.at(k).entity;
        if (fits(i) && !picked.includes(i)) picked.push(i);
      }
      if (picked.length === 2) for (const i of picked) out.push({ start: a.start, end: a.end, entity: i });
      continue;
    }
    const endsInHead = (i: number): boolean => squash((entities[i] as OrgEntity).name).endsWith(a.head);
    let entity: number | null = null;
    const prev = last.get(a.head);
    if (prev) {
      let renamed = false;
      for (let k = before.length - 1; k >= 0 && before.at(k).end > prev.at; k--) {
        const m = before.at(k);
        if (m.start > prev.at && endsInHead(m.entity) && m.entity !== prev.entity) renamed = true;
      }
      if (!renamed) entity = prev.entity;
    }
    if (entity === null) {
      const sentence = a.sentence;
      for (let k = before.length - 1; k >= 0; k--) {
        const m = before.at(k);
        if (sentence - sentenceAt(ctx, m.start) > NAME_WINDOW) break;
        if (endsInHead(m.entity) && fits(m.entity)) {
          entity = m.entity;
          break;
        }
      }
    }
    if (entity === null) {
      // the most recent compatible organization, preferring one named in the narrative over one
      // named inside a quotation (“TSMC와 인텔도 …” 이 회사는 → not 인텔), and a subject over the rest
      const quoteOfAnaphor = quoteAt(a.start);
      let inQuote: number | null = null;
      let other: number | null = null;
      for (let k = before.length - 1; k >= 0 && before.length - k <= MAX_LOOKBACK; k--) {
        const m = before.at(k);
        if (!fits(m.entity)) continue;
        const q = quoteAt(m.start);
        if (q !== null && q !== quoteOfAnaphor) {
          inQuote ??= m.entity;
          continue;
        }
        if (a.sentence - sentenceAt(ctx, m.start) > NAME_WINDOW) {
          other ??= m.entity;
          break;
        }
        if (isSubject(ctx, m.end)) {
          entity = m.entity;
          break;
        }
        other ??= m.entity;
      }
      entity ??= other ?? inQuote;
    }
    if (entity === null) continue;
    last.set(a.head, { entity, at: a.start });
    out.push({ start: a.start, end: a.end, entity });
  }
  return out;
}

/**
 * A lookup from a position to the quotation (its opening mark's position) it lies in, or null:
 * balanced “ ” pairs within each paragraph.
 */
function quoteIndex(ctx: Ctx): (pos: number) => number | null {
  // quotations never cross paragraphs: each paragraph's are found when a position in it is asked about
  const byParagraph = new Map<number, Array<[number, number]>>();
  const rangesOf = (k: number): Array<[number, number]> => {
    let ranges = byParagraph.get(k);
    if (ranges) return ranges;
    ranges = [];
    const p = ctx.doc.structure.paragraphs[k];
    if (p) for (const [open, close] of quotePairs(ctx.text, p.start, p.end)) if (ctx.text[open] === '“' || ctx.text[open] === '"') ranges.push([open, close]);
    ranges.sort((x, y) => x[0] - y[0]);
    byParagraph.set(k, ranges);
    return ranges;
  };
  return (pos: number): number | null => {
    const k = paragraphIndexAt(ctx.doc, pos);
    if (k < 0) return null;
    const ranges = rangesOf(k);
    let lo = 0;
    let hi = ranges.length - 1;
    let found: number | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid] as [number, number];
      if (r[0] <= pos) {
        if (pos <= r[1]) found = r[0];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** Whether the mention ending at `end` is a subject or topic (`…은/는/이/가`). */
function isSubject(ctx: Ctx, end: number): boolean {
  const k = chunkIndexAt(ctx.chunks, end - 1);
  const c = ctx.chunks[k];
  return c !== undefined && c.stemEnd === end && /^(?:은|는|이|가)$/u.test(c.tail);
}

interface Anaphor {
  start: number;
  end: number;
  head: string;
  sentence: number;
}

function findAnaphors(ctx: Ctx): Anaphor[] {
  const out: Anaphor[] = [];
  const { chunks, text } = ctx;
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k] as Chunk;
    const word = ctx.words[k] as string;
    const next = chunks[k + 1];
    if (next && DEMONSTRATIVES.has(word) && !PLURAL.has(word) && isDeterminer(c) && c.after === '' && c.sameLineNext && next.nominal) {
      const head = (ctx.keys[next.index] ?? '');
      if (ORG_DESCRIPTOR_WORDS.has(head) && !next.tail.startsWith('들')) {
        out.push({ start: c.start, end: next.stemEnd, head, sentence: c.sentence });
        k++;
        continue;
      }
    }
    if (c.nominal) {
      const stem = (ctx.keys[k] ?? '');
      if (ORG_ANAPHORS.has(stem) && !DEMONSTRATIVES.has(stem)) out.push({ start: c.start, end: c.stemEnd, head: stem, sentence: c.sentence });
    }
  }
  return out;
}

/** A determiner (이, 그) or a determining noun (해당, 동) rather than a pronoun or particle. */
function isDeterminer(c: Chunk): boolean {
  const first = c.tokens[0];
  if (!first) return false;
  return first.tags[0] === 'MM' || first.tags[0] === 'NNG' || first.tags[0] === 'XPN' || first.surface === '동' || first.surface === '해당';
}

function sentenceAt(ctx: Ctx, pos: number): number {
  let lo = 0;
  let hi = ctx.chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = ctx.chunks[mid] as Chunk;
    if (pos < c.start) hi = mid - 1;
    else if (pos >= c.end) lo = mid + 1;
    else return c.sentence;
  }
  return ctx.chunks[Math.max(0, hi)]?.sentence ?? 0;
}
