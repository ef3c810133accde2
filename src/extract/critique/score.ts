/**
 * Critique scores for single sentences. Every cue family of critique-cues.json adds its weight;
 * what each cue means depends on its company:
 *
 * - a contrast word counts at the start of the sentence only (`한편으론`, `하지만`); `한편` alone is
 *   mostly 'meanwhile' and weighs little;
 * - a critic verb (`비판했다`, `반대한다는 입장`) weighs fully as the main predicate, half elsewhere;
 * - a neutral reporting verb (`지적했다`, `평가했다`) never reaches the threshold alone: it takes an
 *   accusation (`스파이`, `불법`) or a stance word (`한계`) to make criticism of it;
 * - evidence markers (`실제로`, `솔직히`, `털어놓았다`) count only when they back a doubt, in the
 *   sentence or the one before;
 * - a worry about a threat (`미사일 … 우려`) is a warning about a third party and weighs less.
 */
import type { CueSet } from './lexicon';
import { MAIN_PREDICATE_WINDOW } from './lexicon';

export interface SentenceScore {
  score: number;
  /** `family:word` for every cue that fired. */
  cues: string[];
}

const QUOTE_AND_SPACE = /[\s“”"‘’'「」『』]/g;
const TRAILING = new Set(['.', '!', '?', '…', '。', ' ', '\t', '\n', '“', '”', '"', '‘', '’', "'", '」', '』', ')']);

/**
 * Score one sentence. `text` is the sentence; `previousIsCritique` whether the sentence before it
 * was scored as critique (evidence markers then count); `language` picks word matching.
 */
export function scoreSentence(text: string, cues: CueSet, language: 'ko' | 'en', previousIsCritique: boolean): SentenceScore {
  const m = language === 'ko' ? koreanMatcher(text) : englishMatcher(text);
  const out: SentenceScore = { score: 0, cues: [] };
  const add = (family: string, word: string, weight: number): void => {
    out.score += weight;
    out.cues.push(`${family}:${word}`);
  };

  const threat = cues.thirdPartyThreat.words.some((w) => m.has(w));
  const worryFactor = (word: string): number => (threat && cues.thirdPartyThreat.worry.some((w) => word.includes(w)) ? cues.thirdPartyThreat.factor : 1);

  const opener = cues.contrast.words.find((w) => m.startsWith(w));
  if (opener) add('contrast', opener, cues.contrast.weight);
  else {
    const weak = cues.contrast.weak.words.find((w) => m.startsWith(w));
    if (weak) add('contrast', weak, cues.contrast.weak.weight);
  }
  const inner = cues.innerContrast.words.find((w) => m.has(w));
  if (inner) add('contrast', inner, cues.innerContrast.weight);

  const criticWord = cues.criticVerbs.words.find((w) => m.has(w));
  const critic = criticWord !== undefined;
  if (criticWord) add('critic', criticWord, (m.isMain(criticWord) ? cues.criticVerbs.weight : cues.criticVerbs.secondaryWeight) * worryFactor(criticWord));

  // a stance word inside the critic phrase (비판 in 비판적 입장) is that phrase, not a second cue
  let stances = 0;
  for (const w of cues.stance.words) {
    if (stances >= cues.stance.maxCount || !m.has(w) || criticWord?.includes(w)) continue;
    stances++;
    add('stance', w, (cues.stance.strong.words.includes(w) ? cues.stance.strong.weight : cues.stance.weight) * worryFactor(w));
  }
  const report = critic ? undefined : cues.neutralReport.words.find((w) => m.has(w));
  if (report) add('report', report, m.isMain(report) ? cues.neutralReport.weight : cues.neutralReport.secondaryWeight);

  let accusation = 0;
  for (const w of cues.accusation.words) {
    if (!m.has(w)) continue;
    const weight = Math.min(accusation === 0 ? cues.accusation.weight : cues.accusation.extraWeight, cues.accusation.cap - accusation);
    if (weight <= 0) break;
    accusation += weight;
    add('accusation', w, weight);
  }

  let evaluation = 0;
  for (const w of cues.negativeEvaluation.words) {
    if (evaluation >= cues.negativeEvaluation.cap || !m.has(w)) continue;
    evaluation += cues.negativeEvaluation.weight;
    add('evaluation', w, cues.negativeEvaluation.weight);
  }

  // evidence backs a doubt: it needs a doubt beside it (or just before)
  const doubt = stances > 0 || critic || opener !== undefined;
  if (doubt || previousIsCritique) {
    for (const w of cues.evidence.words) if (m.has(w)) add('evidence', w, cues.evidence.weight);
  }
  return out;
}

interface Matcher {
  has(word: string): boolean;
  startsWith(word: string): boolean;
  /** Whether `word` ends near the end of the sentence (its main predicate). */
  isMain(word: string): boolean;
}

/** Korean: words are found in the sentence with spaces and quote marks removed. */
function koreanMatcher(text: string): Matcher {
  const trimmed = text.trim();
  const compact = trimmed.replace(QUOTE_AND_SPACE, '');
  const body = trimTrailing(compact);
  return {
    has: (w) => compact.includes(w),
    // a sentence-initial word must stand alone (`반면 …`, not `반면교사`)
    startsWith: (w) => {
      const lead = trimmed.replace(/^[“"‘']/, '');
      return lead.startsWith(w) && /^[\s,]/.test(lead.slice(w.length));
    },
    isMain: (w) => {
      const i = body.lastIndexOf(w);
      return i >= 0 && body.length - (i + w.length) <= MAIN_PREDICATE_WINDOW;
    },
  };
}

/** English: lower-cased words and phrases at word boundaries. */
function englishMatcher(text: string): Matcher {
  const lower = text.toLowerCase().trim();
  const at = (w: string): number => {
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
      const a = lower[i - 1];
      const b = lower[i + w.length];
      if ((a === undefined || !/[a-z]/.test(a)) && (b === undefined || !/[a-z]/.test(b))) return i;
    }
    return -1;
  };
  return {
    has: (w) => at(w) >= 0,
    startsWith: (w) => lower.replace(/^["“‘']/, '').startsWith(w) && !/[a-z]/.test(lower.replace(/^["“‘']/, '')[w.length] ?? ''),
    // English puts the reporting verb anywhere (`Critics said …`, `…, critics said`)
    isMain: (w) => at(w) >= 0,
  };
}

/** `s` without trailing punctuation, closing marks and spaces (a loop: no backtracking). */
function trimTrailing(s: string): string {
  let e = s.length;
  while (e > 0 && TRAILING.has(s[e - 1] as string)) e--;
  return s.slice(0, e);
}
