/** The category of a goal: the taxonomy entry (goal-categories.json) whose keywords it mentions most. */
import { CATEGORIES, hasBit, literalFilter, pairSlot } from './lexicon';

/** Keywords numbered so far (both languages): the size of the per-call stamp table. */
let keywordCount = 0;

/** A trie over the keywords of one language; a node lists the (category, keyword) pairs ending there. */
interface KeywordNode {
  next: Map<number, KeywordNode>;
  /** The (category, keyword) pairs ending here; `id` numbers every keyword of the taxonomy. */
  out: Array<{ category: number; id: number }> | null;
}

const TRIES = { ko: keywordTrie('ko'), en: keywordTrie('en') };
/** Per-call counts by category and the call that last counted each keyword (shared: one goal at a time). */
const HITS: number[] = CATEGORIES.map(() => 0);
const SEEN = new Int32Array(keywordCount);
let generation = 0;
/** Bit sets of the one-letter keywords and of the (hashed) first pairs of the longer ones. */
const FILTERS = { ko: keywordFilter('ko'), en: keywordFilter('en') };

/**
 * The English category label for a goal's `text` in `language`, or null when no keyword of the
 * taxonomy occurs. Korean keywords are substrings of the text; English ones are matched on the
 * lower-cased text. Ties go to the earlier category. One walk of a keyword trie counts every
 * category's distinct keywords at once.
 */
export function categorize(text: string, language: 'ko' | 'en'): string | null {
  const haystack = language === 'en' ? text.toLowerCase() : text;
  const root = TRIES[language];
  // a keyword counts once: its stamp is this call's
  const stamp = ++generation;
  const hits = HITS.fill(0);
  const { single, pairs } = FILTERS[language];
  for (let i = 0; i < haystack.length; i++) {
    const code = haystack.charCodeAt(i);
    if (!hasBit(single, code) && (i + 1 >= haystack.length || !hasBit(pairs, pairSlot(code, haystack.charCodeAt(i + 1))))) continue;
    let node = root.next.get(code);
    for (let k = i + 1; node; k++) {
      if (node.out) {
        for (const o of node.out) {
          if (SEEN[o.id] === stamp) continue;
          SEEN[o.id] = stamp;
          hits[o.category] = (hits[o.category] as number) + 1;
        }
      }
      if (k >= haystack.length) break;
      node = node.next.get(haystack.charCodeAt(k));
    }
  }
  let best: string | null = null;
  let bestHits = 0;
  CATEGORIES.forEach((c, index) => {
    if ((hits[index] as number) > bestHits) {
      best = c.label;
      bestHits = hits[index] as number;
    }
  });
  return best;
}

function keywordFilter(language: 'ko' | 'en'): { single: Uint32Array; pairs: Uint32Array } {
  return literalFilter(CATEGORIES.flatMap((c) => (language === 'en' ? c.en : c.ko)));
}

function keywordTrie(language: 'ko' | 'en'): KeywordNode {
  const root: KeywordNode = { next: new Map(), out: null };
  CATEGORIES.forEach((c, category) => {
    (language === 'en' ? c.en : c.ko).forEach((keyword) => {
      if (!keyword) return;
      let node = root;
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        let n = node.next.get(code);
        if (!n) {
          n = { next: new Map(), out: null };
          node.next.set(code, n);
        }
        node = n;
      }
      (node.out ??= []).push({ category, id: keywordCount++ });
    });
  });
  return root;
}
