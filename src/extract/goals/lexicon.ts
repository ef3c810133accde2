/**
 * The goal cue lexicon (`src/lexicon/goal-cues.json`) and the category taxonomy
 * (`src/lexicon/goal-categories.json`), typed and prepared once for matching.
 */
import categoriesJson from '../../lexicon/goal-categories.json';
import cuesJson from '../../lexicon/goal-cues.json';
import referenceJson from '../../lexicon/reference.json';
import speechVerbsJson from '../../lexicon/speech-verbs.json';
import titlesJson from '../../lexicon/titles.json';
import type { GoalModality } from '../../types';

/** What kind of predicate states the intention; it decides which endings and frames apply. */
export type CoreFamily =
  | 'future'
  | 'volitional'
  | 'decision'
  | 'intentionNoun'
  | 'planVerb'
  | 'deontic'
  | 'prescriptive'
  | 'provisions'
  | 'commitmentVerb';

/** One literal form of a core, ready for matching. */
export interface CoreForm {
  /** The cue's display name (`할 것`, `하기로 했다`): `Goal.cue`. */
  cue: string;
  family: CoreFamily;
  modality: GoalModality;
  /** The compact literal to find (`것`, `기로했`). */
  literal: string;
  /** The word before must end in an adnominal ending (`할 것`, `한다는 목표`). */
  adnominal: boolean;
  /** Endings that may follow; `null`: anything may follow. */
  continuations: readonly string[] | null;
  /** Compact strings that, right before the literal, cancel the match (`될 것`, `있어야 한다`). */
  blockedBefore: readonly string[];
  /** Longer strings before the literal that re-allow a blocked match (`증명해 보이겠다`). */
  unblockedBefore: readonly string[];
  /** Only a goal when no other cue of the sentence already reports it (`약속했다` as a frame). */
  standaloneOnly: boolean;
  /** The sentence's topic must end in one of these (`이 법안은 … 내용을 담고 있다`); empty: any. */
  topics: readonly string[];
}

interface CoreJson {
  name: string;
  family: CoreFamily;
  modality: GoalModality;
  forms: string[];
  continuations: string;
  blockedBefore?: string[];
  unblockedBefore?: string[];
  standaloneOnly?: boolean;
  topics?: string[];
}

const ETM_MARK = '{ETM}';
const continuationSets = cuesJson.continuations as Record<string, string[] | null>;

/** Every core form, longest literal first (so `것을권고` wins over `것`). */
export const CORE_FORMS: readonly CoreForm[] = (cuesJson.cores as CoreJson[])
  .flatMap((c) =>
    c.forms.map((f) => {
      const adnominal = f.startsWith(ETM_MARK);
      const set = continuationSets[c.continuations];
      return {
        cue: c.name,
        family: c.family,
        modality: c.modality,
        literal: adnominal ? f.slice(ETM_MARK.length) : f,
        adnominal,
        continuations: set ? [...set].sort((a, b) => b.length - a.length) : null,
        blockedBefore: c.blockedBefore ?? [],
        unblockedBefore: c.unblockedBefore ?? [],
        standaloneOnly: c.standaloneOnly ?? false,
        topics: c.topics ?? [],
      };
    }),
  )
  .sort((a, b) => b.literal.length - a.literal.length);

/** A trie node over the compact literals of the core forms (children keyed by UTF-16 code unit). */
export interface FormNode {
  next: Map<number, FormNode>;
  /** Indices into CORE_FORMS of the forms that end here. */
  forms: number[] | null;
}

/** All core literals in one trie: a sentence is read for every core in one pass. */
export const CORE_TRIE: FormNode = buildTrie(CORE_FORMS.map((f) => f.literal));
/**
 * A filter before the trie: bit sets (cache-friendly) of the code units that are literals of one
 * letter (`것`) and of the hashed first pairs of the longer literals. Most positions of a sentence
 * stop here.
 */
const PAIR_MASK = (1 << 16) - 1;
export const CORE_FILTER = literalFilter(CORE_FORMS.map((f) => f.literal));

/** Hash of a pair of code units into the pair filter. */
export function pairSlot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & PAIR_MASK;
}

/** Whether bit `i` of `bits` is set. */
export function hasBit(bits: Uint32Array, i: number): boolean {
  return (((bits[i >>> 5] as number) >>> (i & 31)) & 1) === 1;
}

/** The bit sets of a literal filter: one-letter literals, and the hashed first pairs of the others. */
export function literalFilter(literals: readonly string[]): { single: Uint32Array; pairs: Uint32Array } {
  const single = new Uint32Array(0x10000 >>> 5);
  const pairs = new Uint32Array((PAIR_MASK + 1) >>> 5);
  const set = (bits: Uint32Array, i: number): void => {
    bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
  };
  for (const l of literals) {
    if (l.length === 1) set(single, l.charCodeAt(0));
    else if (l.length > 1) set(pairs, pairSlot(l.charCodeAt(0), l.charCodeAt(1)));
  }
  return { single, pairs };
}

function buildTrie(literals: readonly string[]): FormNode {
  const root: FormNode = { next: new Map(), forms: null };
  literals.forEach((literal, index) => {
    let node = root;
    for (let i = 0; i < literal.length; i++) {
      const c = literal.charCodeAt(i);
      let n = node.next.get(c);
      if (!n) {
        n = { next: new Map(), forms: null };
        node.next.set(c, n);
      }
      node = n;
    }
    (node.forms ??= []).push(index);
  });
  return root;
}

/** `하겠다는 확고한 의지를 재확인했다`: an intention stated through a noun of will. */
export const EMBEDDED = {
  families: new Set(cuesJson.embeddedIntention.families as CoreFamily[]),
  linkers: sortLongestFirst(cuesJson.embeddedIntention.linkers),
  nouns: sortLongestFirst(cuesJson.embeddedIntention.nouns),
  objectParticles: cuesJson.embeddedIntention.objectParticles,
  verbs: sortLongestFirst(cuesJson.embeddedIntention.verbs),
  maxGap: cuesJson.embeddedIntention.maxGap,
  maxVerbGap: cuesJson.embeddedIntention.maxVerbGap,
} as const;

/** Words of the frame (the rest of the clause) that decide or cancel a goal. */
export const FRAMES = {
  inference: cuesJson.frames.inference,
  reported: cuesJson.frames.reported,
  commitment: cuesJson.frames.commitment,
  say: [...new Set([...cuesJson.frames.say, ...speechVerbNouns()])],
  /** Verbs that state a goal noun as their object (목표를 세웠다), speech verbs included. */
  declare: [...new Set([...cuesJson.frames.declare, ...cuesJson.frames.say, ...speechVerbNouns()])],
  lightSay: cuesJson.frames.lightSay,
  /** The goal came to nothing (무산됐다, 철회했다). */
  failed: cuesJson.frames.failed,
} as const;

export const REPORTED_PREFIXES: readonly string[] = cuesJson.reportedPrefixes;
export const CLAUSE_ENDINGS: readonly string[] = sortLongestFirst(cuesJson.clauseConnectives.endings);
export const LEADING_ADVERBS: readonly string[] = sortLongestFirst(cuesJson.leadingAdverbs);
export const PRESENT = {
  blocked: [...cuesJson.presentTense.blockedVerbs, ...cuesJson.presentTense.blockedVerbs.map(polite).filter((v): v is string => v !== null)],
  agentiveNative: [...cuesJson.presentTense.agentiveNative, ...cuesJson.presentTense.agentiveNative.map(polite).filter((v): v is string => v !== null)],
  futureTime: cuesJson.presentTense.futureTime,
  leadVerbs: [...cuesJson.presentTense.leadVerbs, ...cuesJson.presentTense.leadVerbs.map(polite).filter((v): v is string => v !== null)],
  deadlineSuffix: cuesJson.presentTense.deadlineSuffix,
  maxGapSentences: cuesJson.presentTense.maxGapSentences,
} as const;

/**
 * The polite present (broadcast style) of a plain present verb: `확대한다` → `확대합니다`,
 * `짓는다` → `짓습니다`, `만든다` → `만듭니다`, `연다` → `엽니다`. Null when the form is not a verb in
 * -ㄴ다/-는다.
 */
function polite(verb: string): string | null {
  if (verb.endsWith('는다')) return `${verb.slice(0, -2)}습니다`;
  if (!verb.endsWith('다') || verb.length < 2) return null;
  const last = verb.charCodeAt(verb.length - 2) - 0xac00;
  if (last < 0 || last > 11171 || last % 28 !== 4) return null; // the syllable before 다 must end in ㄴ
  return `${verb.slice(0, -2)}${String.fromCharCode(0xac00 + last - 4 + 17)}니다`;
}
export const NON_AGENT_SUBJECTS: ReadonlySet<string> = new Set(cuesJson.nonAgentSubjects);
export const MEMBER_NOUNS: readonly string[] = sortLongestFirst(cuesJson.memberNouns);
export const ANAPHORIC_DESCRIPTORS: ReadonlySet<string> = new Set(cuesJson.anaphoricDescriptors);
export const SUBORDINATE_ENDINGS: ReadonlySet<string> = new Set(cuesJson.subordinateEndings);
export const ANALYST_ROLES: readonly string[] = cuesJson.analystRoles;

/** Pronouns and anaphors (shared reference lexicon). */
export const REFERENCE = {
  personPronouns: new Set(referenceJson.personPronouns.map((p) => p.replace(/[은는이가도]$/, ''))),
  pluralPronouns: new Set(referenceJson.pluralPronouns),
  demonstratives: new Set(referenceJson.demonstratives),
  orgDescriptors: new Set(referenceJson.orgDescriptors),
  orgAnaphors: new Set(referenceJson.orgAnaphors.map((a) => a.replace(/\s+/g, ''))),
} as const;

/** Titles and roles of persons (`장관`, `교수`, `대표`): a subject ending in one is a person. */
export const PERSON_TITLES: readonly string[] = Object.entries(titlesJson as Record<string, unknown>)
  .filter(([k, v]) => !k.startsWith('_') && Array.isArray(v))
  .flatMap(([, v]) => v as string[])
  .sort((a, b) => b.length - a.length);

/** English cues. */
export interface EnglishCore {
  cue: string;
  modality: GoalModality;
  phrase: string;
}
export const ENGLISH = {
  cores: cuesJson.english.cores
    .flatMap((c) => c.phrases.map((p) => ({ cue: c.name, modality: c.modality as GoalModality, phrase: p })))
    .sort((a, b) => b.phrase.length - a.phrase.length) as EnglishCore[],
  blockedAfter: cuesJson.english.blockedAfter,
  blockedBefore: cuesJson.english.blockedBefore,
  inference: cuesJson.english.inference,
  reported: cuesJson.english.reported,
  pronouns: new Set(cuesJson.english.pronouns),
} as const;

/** One category of the goal taxonomy with its keyword cues. */
export interface Category {
  label: string;
  ko: readonly string[];
  en: readonly string[];
}
export const CATEGORIES: readonly Category[] = categoriesJson.categories;

/** The nouns of the 하다 speech verbs of speech-verbs.json (`강조하다` → `강조`), as frame words. */
function speechVerbNouns(): string[] {
  return (speechVerbsJson.ko.verbs as unknown[])
    .filter((v): v is string => typeof v === 'string' && v.endsWith('하다') && v.length >= 4)
    .map((v) => v.slice(0, -2));
}

function sortLongestFirst(xs: readonly string[]): string[] {
  return [...xs].sort((a, b) => b.length - a.length);
}
