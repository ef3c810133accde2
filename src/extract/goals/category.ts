/** The category of a goal: the taxonomy entry (goal-categories.json) whose keywords it mentions most. */
import { CATEGORIES } from './lexicon';

/**
 * The English category label for a goal's `text` in `language`, or null when no keyword of the
 * taxonomy occurs. Korean keywords are substrings of the text; English ones are matched on the
 * lower-cased text. Ties go to the earlier category.
 */
export function categorize(text: string, language: 'ko' | 'en'): string | null {
  const haystack = language === 'en' ? text.toLowerCase() : text;
  let best: string | null = null;
  let bestHits = 0;
  for (const c of CATEGORIES) {
    const keys = language === 'en' ? c.en : c.ko;
    let hits = 0;
    for (const k of keys) if (haystack.includes(k)) hits++;
    if (hits > bestHits) {
      best = c.label;
      bestHits = hits;
    }
  }
  return best;
}
