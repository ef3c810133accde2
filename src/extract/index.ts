/**
 * The extraction pipeline: components run in order over one Doc; each adds one kind of annotation
 * (entities, then quotes and speakers, then goals, then critique) and later ones may read earlier
 * ones' results.
 */
import type { Doc } from '../doc';
import type { Critique, Goal, Organization, Person, Quote } from '../types';

/** Everything the extractors found in one document. */
export interface Extracted {
  quotes: Quote[];
  organizations: Organization[];
  persons: Person[];
  goals: Goal[];
  critique: Critique;
}

/** Run every extractor over `doc`. */
export function runExtractors(_doc: Doc): Extracted {
  return { quotes: [], organizations: [], persons: [], goals: [], critique: { sentences: [], section: null } };
}
