/**
 * The critique cue lexicon (`src/lexicon/critique-cues.json`), typed and compiled once at module
 * load: every word of every family goes into one trie per language, so a sentence is read in one
 * pass (`scan` in view.ts) instead of one `includes` per word.
 */
import json from '../../lexicon/critique-cues.json';

interface Weighted {
  weight: number;
  words: readonly string[];
}

/** The cue families of one language, as written in the JSON. */
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
  /** `…라는 지적도 나온다`: a noun of criticism, a particle, a verb of emergence (or a copula at the end). */
  reported: {
    weight: number;
    secondaryWeight: number;
    mainWindow: number;
    nouns: readonly string[];
    particles: readonly string[];
    verbs: readonly string[];
    /** After the particle 도 only: `…라는 지적도 있다`. */
    alsoVerbs?: readonly string[];
    endings: readonly string[];
    endingNouns: readonly string[];
  };
  /** `시선은 싸늘하다`: idioms that frame what follows as critique. */
  frame: Weighted;
  /** `갈 길이 멀다`, `역부족`, `실효성 의문`; `mainWeight` as the main predicate. */
  doubt: Weighted & { cap: number; mainWeight: number };
  /** `매표`, `포퓰리즘`, `선심성`. */
  label: Weighted & { cap: number; mainWeight: number };
  /** `경고했다`. */
  warnVerbs: Weighted & { secondaryWeight: number };
  /** `…이 위협이 되고 있다`. */
  warning: Weighted;
  /** `바람직하지 않다`, `재검토해야 한다`, `명백한 차별`: moderate disapproval, like a doubt. */
  disapproval: Weighted & { cap: number; mainWeight: number };
  /** `강요하고 있다`, `떠넘기고`, `외면했다`: charges of misconduct. */
  blame: Weighted & { cap: number; mainWeight: number };
  /** `시달리고 있다`, `부담이 가중`: grievances, critique when an advocate voices them. */
  hardship: Weighted & { cap: number; mainWeight: number };
  /** `…자체가 늘었기 때문`, `…다는 통계는 없다`: counter-analysis of a premise. */
  counter: Weighted & { cap: number; mainWeight: number };
  /** `…라는 분석도 있다` as the main predicate. */
  alsoReported: Weighted;
  /** `걸개`, `규탄 집회`, `농성`: protest actions. */
  protest: Weighted & { extraWeight: number; cap: number };
  /** `사퇴하라`, `…부터 살려라`: imperative demands. */
  demand: Weighted;
  /** Speakers who voice a side's grievances (노조, 협회, 시민단체). */
  advocates: Weighted & { headWindow: number };
  /** `…맞지만 … 어렵다`. */
  concession: { weight: number; markers: readonly string[]; outcomes: readonly string[] };
  /** Words of a bad outcome: no weight alone; they continue a run. */
  negativeOutcome: { words: readonly string[]; withWarning: number };
  /** A doubt voiced in a named speaker's quote. */
  quoted: { weight: number; families: readonly string[] };
  /** `분석했다`, `내다봤다` as the main predicate. */
  analysis: Weighted;
  /** `우려를 일축했다`: negative weight. */
  dispel: Weighted;
  run: {
    maxFramed: number;
    maxCritic: number;
    turnBack: readonly string[];
    subjectSide: readonly string[];
    subjectSideHeads: readonly string[];
    speechEndings: readonly string[];
    elaborations: readonly string[];
    pronounStarts: readonly string[];
    /** A group as the critic (전문가들은, 학계에서는): its critic statement frames a run. */
    collective: readonly string[];
  };
}

/** The families a trie entry can belong to, in the order of their ids. */
export const FAMILIES = [
  'innerContrast',
  'stance',
  'evidence',
  'critic',
  'report',
  'warn',
  'accusation',
  'evaluation',
  'threat',
  'reportedNoun',
  'frame',
  'doubt',
  'label',
  'warning',
  'concessionMarker',
  'concessionOutcome',
  'outcome',
  'analysis',
  'dispel',
  'speech',
  'elaboration',
  'disapproval',
  'blame',
  'hardship',
  'counter',
  'alsoReported',
  'protest',
  'demand',
] as const;
export type Family = (typeof FAMILIES)[number];
const FAMILY_ID = new Map<Family, number>(FAMILIES.map((f, i) => [f, i]));

/** One word of one family; `order` is its position in the family's list (earlier wins ties). */
export interface Entry {
  family: Family;
  /** Index of `family` in FAMILIES. */
  familyId: number;
  word: string;
  order: number;
  /** Stance: a strong word. */
  strong: boolean;
  /** Worry words (우려) weigh less beside a threat. */
  worry: boolean;
}

/** Hash of a pair of code units into the bigram filter (a bit set of 2¹⁵ bits: 4 KB). */
export function bigramSlot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & BIGRAM_MASK;
}
export const BIGRAM_MASK = (1 << 15) - 1;

function byFirst(words: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) {
    const list = out.get(w.charCodeAt(0));
    if (list) list.push(w);
    else out.set(w.charCodeAt(0), [w]);
  }
  return out;
}

/** Whether bit `i` of `bits` is set. */
export function hasBit(bits: Uint32Array, i: number): boolean {
  return (((bits[i >>> 5] as number) >>> (i & 31)) & 1) === 1;
}

function setBit(bits: Uint32Array, i: number): void {
  bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
}

/** A trie node; children are keyed by UTF-16 code unit. */
export interface TrieNode {
  next: Map<number, TrieNode>;
  out: Entry[] | null;
}

/** A compiled cue set: the JSON plus the trie and the sets the scorer needs. */
export interface Compiled {
  cues: CueSet;
  trie: TrieNode;
  /** Bit set of the code units that are cues of one letter (핵). */
  single: Uint32Array;
  /** Bit set of the (hashed) pairs of code units that start a cue of two or more: most positions stop here. */
  bigrams: Uint32Array;
  /** The trie nodes two letters deep, by the pair (`first × 65536 + second`): one lookup past the filter. */
  pairs: ReadonlyMap<number, TrieNode>;
  language: 'ko' | 'en';
  /** Contrast openers, longest first, with their weight. */
  openers: ReadonlyArray<{ word: string; weight: number }>;
  turnBack: readonly string[];
  /** The words of a third-party threat (미사일, 도발). */
  threatWords: ReadonlySet<string>;
  /** Families (and `concession`) that a named speaker's quote strengthens. */
  quotedFamilies: ReadonlySet<string>;
  reportedParticles: readonly string[];
  reportedVerbs: readonly string[];
  /** The verbs of emergence by their first code unit. */
  reportedVerbsByFirst: ReadonlyMap<number, readonly string[]>;
  reportedEndings: readonly string[];
  endingNouns: ReadonlySet<string>;
  /** Existence verbs after 도 (지적도 있다) by their first code unit. */
  alsoVerbsByFirst: ReadonlyMap<number, readonly string[]>;
  /** Advocates (노조, 협회), in the form matched (compact Korean, lower-cased English). */
  advocates: readonly string[];
}

export const THRESHOLD: number = json.threshold;
export const MAIN_PREDICATE_WINDOW: number = json.mainPredicateWindow;
export const KOREAN: Compiled = compile(json.ko as unknown as CueSet, 'ko');
export const ENGLISH: Compiled = compile(json.en as unknown as CueSet, 'en');

function compile(cues: CueSet, language: 'ko' | 'en'): Compiled {
  const trie: TrieNode = { next: new Map(), out: null };
  const bigrams = new Uint32Array((BIGRAM_MASK + 1) >>> 5);
  const single = new Uint32Array(0x10000 >>> 5);
  const strong = new Set(cues.stance.strong.words);
  const worryWords = cues.thirdPartyThreat.worry;
  const add = (family: Family, words: readonly string[]): void => {
    words.forEach((word, order) => {
      if (!word) return;
      let node = trie;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        let n = node.next.get(c);
        if (!n) {
          n = { next: new Map(), out: null };
          node.next.set(c, n);
        }
        node = n;
      }
      const entry: Entry = {
        family,
        familyId: FAMILY_ID.get(family) as number,
        word,
        order,
        strong: family === 'stance' && strong.has(word),
        worry: worryWords.some((w) => word.includes(w)),
      };
      if (word.length >= 2) setBit(bigrams, bigramSlot(word.charCodeAt(0), word.charCodeAt(1)));
      else setBit(single, word.charCodeAt(0));
      (node.out ??= []).push(entry);
    });
  };
  add('innerContrast', cues.innerContrast.words);
  add('stance', cues.stance.words);
  add('evidence', cues.evidence.words);
  add('critic', cues.criticVerbs.words);
  add('report', cues.neutralReport.words);
  add('warn', cues.warnVerbs.words);
  add('accusation', cues.accusation.words);
  add('evaluation', cues.negativeEvaluation.words);
  add('threat', cues.thirdPartyThreat.words);
  add('reportedNoun', [...new Set([...cues.reported.nouns, ...cues.reported.endingNouns])]);
  add('frame', cues.frame.words);
  add('doubt', cues.doubt.words);
  add('label', cues.label.words);
  add('warning', cues.warning.words);
  add('concessionMarker', cues.concession.markers);
  add('concessionOutcome', cues.concession.outcomes);
  add('outcome', cues.negativeOutcome.words);
  add('analysis', cues.analysis.words);
  add('dispel', cues.dispel.words);
  add('speech', cues.run.speechEndings);
  add('elaboration', cues.run.elaborations);
  add('disapproval', cues.disapproval.words);
  add('blame', cues.blame.words);
  add('hardship', cues.hardship.words);
  add('counter', cues.counter.words);
  add('alsoReported', cues.alsoReported.words);
  add('protest', cues.protest.words);
  add('demand', cues.demand.words);

  const openers = [
    ...cues.contrast.words.map((word) => ({ word, weight: cues.contrast.weight })),
    ...cues.contrast.weak.words.map((word) => ({ word, weight: cues.contrast.weak.weight })),
  ].sort((a, b) => b.word.length - a.word.length);
  const pairs = new Map<number, TrieNode>();
  for (const [a, node] of trie.next) for (const [b, child] of node.next) pairs.set(a * 0x10000 + b, child);
  return {
    cues,
    trie,
    pairs,
    single,
    bigrams,
    language,
    openers,
    turnBack: [...cues.run.turnBack].sort((a, b) => b.length - a.length),
    threatWords: new Set(cues.thirdPartyThreat.words),
    quotedFamilies: new Set(cues.quoted.families),
    reportedParticles: [...cues.reported.particles].sort((a, b) => b.length - a.length),
    reportedVerbs: cues.reported.verbs,
    reportedVerbsByFirst: byFirst(cues.reported.verbs),
    reportedEndings: [...cues.reported.endings].sort((a, b) => b.length - a.length),
    endingNouns: new Set(cues.reported.endingNouns),
    alsoVerbsByFirst: byFirst(cues.reported.alsoVerbs ?? []),
    advocates: [...cues.advocates.words].sort((a, b) => b.length - a.length),
  };
}
