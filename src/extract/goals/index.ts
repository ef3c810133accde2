/**
 * Stated goals: clauses in which an actor says what it intends, plans, aims at or commits to.
 *
 * Korean: each body sentence is read for goal cores (korean.ts); a newspaper present-tense sentence
 * states a plan in the lead, with a time to come, or right after a goal (`또 … 조성한다.`).
 * Each clause gets its actor (actor.ts), a category (category.ts) and the names of the rules that
 * fired. English: english.ts. Titles, decks and headings are left out: a headline restates the body.
 */
import { paragraphIndexAt, tokensIn, type Doc } from '../../doc';
import type { EntityIndex, GoalAnnotation, QuoteAnnotation } from '../model';
import { Discourse, type Actor } from './actor';
import { categorize } from './category';
import { extractEnglishGoals } from './english';
import { findGoalClauses, presentDeclarative, sentenceContext, type GoalClause } from './korean';
import { PRESENT } from './lexicon';

/**
 * Find the goals stated in `doc`, in document order, in normalized offsets. `entities` resolves
 * subjects such as `이 기구` (its `refAt`); `quotes` gives the speaker of a quoted goal. Never throws.
 */
export function extractGoals(doc: Doc, entities: EntityIndex, quotes: readonly QuoteAnnotation[]): GoalAnnotation[] {
  if (doc.language === 'en') return extractEnglishGoals(doc, entities, quotes);
  if (doc.language !== 'ko') return [];

  const discourse = new Discourse(doc, entities, quotes);
  const out: GoalAnnotation[] = [];
  let lastGoalSentence = -Infinity;
  let seenBody = false;
  doc.sentences.forEach((sentence, index) => {
    const paragraph = doc.structure.paragraphs[paragraphIndexAt(doc, sentence.start)];
    if (!paragraph || paragraph.role !== 'body') return;
    const tokens = tokensIn(doc, sentence.start, sentence.end);

    const context = sentenceContext(doc, sentence, tokens);
    let clauses: GoalClause[] = findGoalClauses(doc, sentence, tokens, context);
    if (clauses.length === 0) {
      const afterGoal = index - lastGoalSentence <= PRESENT.maxGapSentences && !crossesHeading(doc, lastGoalSentence, index);
      const p = presentDeclarative(doc, sentence, tokens, { afterGoal, lead: !seenBody }, context);
      if (p) clauses = [p];
    }

    const actors: (Actor | null)[] = [];
    for (const g of clauses) {
      const { actor, via } = discourse.actorFor(g, tokens);
      if (discourse.isForecast(g, via, tokens) || discourse.isHappening(g, tokens)) continue;
      actors.push(actor);
      out.push({
        start: g.start,
        end: g.end,
        actor: actor && actor.name ? actor : null,
        category: categorize(doc.text.slice(g.start, g.end), 'ko'),
        cue: g.cue,
        modality: g.modality,
        evidence: [...g.evidence, `actor:${via}`],
      });
    }
    if (actors.length > 0) lastGoalSentence = index;
    discourse.afterSentence(index, tokens, actors, !seenBody);
    seenBody = true;
  });
  return out;
}

/** Whether a heading (or any non-body line) stands between sentences `a` and `b`. */
function crossesHeading(doc: Doc, a: number, b: number): boolean {
  for (let k = Math.max(0, a + 1); k < b; k++) {
    const s = doc.sentences[k];
    const p = s ? doc.structure.paragraphs[paragraphIndexAt(doc, s.start)] : undefined;
    if (!p || p.role !== 'body') return true;
  }
  return false;
}
