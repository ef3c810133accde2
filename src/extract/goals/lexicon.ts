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
        standaloneOnly: c.standaloneOnly ?? false,
        topics: c.topics ?? [],
      };
    }),
  )
  .sort((a, b) => b.literal.length - a.literal.length);

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
  lightSay: cuesJson.frames.lightSay,
} as const;

export const REPORTED_PREFIXES: readonly string[] = cuesJson.reportedPrefixes;
export const CLAUSE_ENDINGS: readonly string[] = sortLongestFirst(cuesJson.clauseConnectives.endings);
export const LEADING_ADVERBS: readonly string[] = sortLongestFirst(cuesJson.leadingAdverbs);
export const PRESENT = {
  blocked: cuesJson.presentTense.blockedVerbs,
  agentiveNative: cuesJson.presentTense.agentiveNative,
  futureTime: cuesJson.presentTense.futureTime,
  leadVerbs: cuesJson.presentTense.leadVerbs,
  deadlineSuffix: cuesJson.presentTense.deadlineSuffix,
  maxGapSentences: cuesJson.presentTense.maxGapSentences,
} as const;
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
