/** The critique cue lexicon (`src/lexicon/critique-cues.json`), typed. */
import json from '../../lexicon/critique-cues.json';

interface Weighted {
  weight: number;
  words: readonly string[];
}

/** The cue families of one language. */
export interface CueSet {
  /** Sentence-initial contrast; `weak`: words that mostly mean 'meanwhile'. */
  contrast: Weighted & { weak: Weighted };
  innerContrast: Weighted;
  stance: Weighted & { strong: Weighted; maxCount: number };
  evidence: Weighted;
  criticVerbs: Weighted & { secondaryWeight: number };
  neutralReport: Weighted & { secondaryWeight: number };
  accusation: Weighted & { extraWeight: number; cap: number };
  negativeEvaluation: Weighted & { cap: number };
  thirdPartyThreat: { factor: number; worry: readonly string[]; words: readonly string[] };
}

export const THRESHOLD: number = json.threshold;
export const MAIN_PREDICATE_WINDOW: number = json.mainPredicateWindow;
export const KOREAN: CueSet = json.ko;
export const ENGLISH: CueSet = json.en;
