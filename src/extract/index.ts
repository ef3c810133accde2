/**
 * The extraction pipeline: components run in order over one Doc; each adds one kind of annotation
 * (entities, then quotes and speakers, then goals, then critique) and later ones read earlier ones'
 * results. Everything here is in normalized offsets until `toSpan` turns it into original spans.
 */
import { toSpan, type Doc } from '../doc';
import type { Critique, Goal, Organization, Person, Quote, Span } from '../types';
import { extractCritique } from './critique';
import { extractEntities } from './entities';
import { extractGoals } from './goals';
import { emptyEntityIndex, type EntityIndex, type QuoteAnnotation } from './model';
import { extractQuotes } from './quotes';

/** Everything the extractors found in one document, in original-text spans. */
export interface Extracted {
  quotes: Quote[];
  organizations: Organization[];
  persons: Person[];
  goals: Goal[];
  critique: Critique;
}

/** How a warning about a failed component starts. */
export const INTERNAL_ERROR = 'internal error';

/** Milliseconds spent per stage, summed over calls (filled when a profile object is passed). */
export type StageTimes = Record<string, number>;

/** Run every extractor over `doc`; with `times`, add each component's time to it. */
export function runExtractors(doc: Doc, times?: StageTimes): Extracted {
  const timed = <T>(name: string, f: () => T): T => {
    if (!times) return f();
    const t0 = performance.now();
    const r = f();
    times[name] = (times[name] ?? 0) + performance.now() - t0;
    return r;
  };
  // a component that fails loses only its own annotations: the article is still analyzed, and a
  // warning says what happened (a bug to report; the fuzz tests fail on such warnings)
  const guarded = <T>(name: string, f: () => T, fallback: () => T): T => {
    try {
      return timed(name, f);
    } catch (e) {
      doc.warnings.push(`${INTERNAL_ERROR} in ${name}: ${(e as Error)?.message ?? String(e)}`);
      return fallback();
    }
  };
  const entities: EntityIndex = guarded('entities', () => extractEntities(doc), emptyEntityIndex);
  const quotes: QuoteAnnotation[] = guarded('quotes', () => extractQuotes(doc, entities), () => []);
  const goals = guarded('goals', () => extractGoals(doc, entities, quotes), () => []);
  const critique = guarded('critique', () => extractCritique(doc, quotes), () => ({ sentences: [], section: null }));
  const t0 = times ? performance.now() : 0;
  const span = (r: { start: number; end: number }): Span => toSpan(doc, r.start, r.end);

  const out: Extracted = {
    organizations: entities.organizations.map((o) => ({
      name: o.name,
      nameEn: o.nameEn,
      type: o.type,
      aliases: o.aliases,
      mentions: o.mentions.map(span),
      evidence: o.evidence,
    })),
    persons: entities.persons.map((p) => ({
      name: p.name,
      nameEn: p.nameEn,
      role: p.role,
      organization: p.organization,
      mentions: p.mentions.map(span),
      evidence: p.evidence,
    })),
    quotes: quotes.map((q) => ({
      ...span(q),
      kind: q.kind,
      speaker: q.speaker
        ? {
            name: q.speaker.name,
            nameEn: q.speaker.nameEn,
            role: q.speaker.role,
            kind: q.speaker.kind,
            mention: q.speaker.mention ? span(q.speaker.mention) : null,
            via: q.speaker.via,
          }
        : null,
      verb: q.verb,
      sentence: q.sentence,
      evidence: q.evidence,
    })),
    goals: goals.map((g) => ({
      ...span(g),
      actor: g.actor ? { name: g.actor.name, nameEn: g.actor.nameEn } : null,
      category: g.category,
      cue: g.cue,
      modality: g.modality,
      evidence: g.evidence,
    })),
    critique: {
      sentences: critique.sentences.map((c) => ({ ...span(c), cues: c.cues })),
      section: critique.section
        ? { ...span(critique.section), heading: critique.section.heading ? span(critique.section.heading) : null }
        : null,
    },
  };
  if (times) times.output = (times.output ?? 0) + performance.now() - t0;
  return out;
}
