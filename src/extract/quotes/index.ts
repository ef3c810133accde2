/**
 * Quotes and their speakers.
 *
 * Korean news (`korean.ts`): direct quotes in “ ”, " ", 「 」, 『 』 and ‘ ’ where speech follows,
 * partial quotes inside reported speech, headline quotes, broadcast sound bites; the speaker is
 * the subject of the reporting clause with its appositions, resolved to the person, organization,
 * group or document the article introduced. English news (`english.ts`): `"…," said X` and kin.
 *
 * Files: `marks.ts` pairs the quote marks and repairs broken ones; `frame.ts` reads the quotative
 * ending and speech verb after a quote (`verbs.ts` conjugates the lexicon's verbs); `phrase.ts`
 * finds and analyzes the speaker's noun phrase; `discourse.ts` remembers who was introduced;
 * `broadcast.ts` reads transcript labels ([녹취: …], [앵커]); `lexicon.ts` builds the word lists'
 * matchers once at load.
 */
import type { Doc } from '../../doc';
import type { EntityIndex, QuoteAnnotation } from '../model';
import { extractEnglish } from './english';
import { extractKorean } from './korean';

/**
 * Find every quote in `doc` with its speaker, in document order and normalized offsets.
 *
 * Takes the Doc and the entities component's result (`entities.refAt` names the person or
 * organization a speaker phrase refers to, when it knows). Broken quote marks are repaired where
 * the text allows and reported in `doc.warnings` with their original offset. Never throws.
 */
export function extractQuotes(doc: Doc, entities: EntityIndex): QuoteAnnotation[] {
  if (doc.language === 'en') return extractEnglish(doc, entities);
  if (doc.language === 'ko' || doc.tokens.length > 0) return extractKorean(doc, entities);
  return [];
}
