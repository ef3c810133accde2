/**
 * The word lists the quote extractor reads, gathered from `src/lexicon/` into sets. Data lives in
 * the JSON files (speech-verbs.json, quote-cues.json, titles.json, reference.json,
 * romanization.json); this module only shapes it for fast lookup.
 */
import cues from '../../lexicon/quote-cues.json';
import reference from '../../lexicon/reference.json';
import romanization from '../../lexicon/romanization.json';
import titles from '../../lexicon/titles.json';

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);

/** Endings right after a closing mark, by what they make of the quote. */
export const QUOTATIVE = {
  say: set(cues.quotatives.say),
  chain: set(cues.quotatives.chain),
  nominal: set(cues.quotatives.nominal),
  content: set(cues.quotatives.content),
};
export const CASE_PARTICLES = set(cues.caseParticles);
export const SPEECH_NOUNS = set(cues.speechNouns);
export const CONNECTIVES = set(cues.connectives);
export const NON_SUBJECT_NOUNS = set(cues.nonSubjectNouns);
export const NP_MODIFIERS = set(cues.npModifiers);
export const APPOSITION_ENDS = set(cues.appositionEnds);
export const PLURAL_DESCRIPTORS = set([...cues.pluralDescriptors, ...reference.pluralPronouns]);
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(cues.countWords));
export const GROUP_HEADS = set(cues.groupHeads);
export const DOCUMENT_NOUNS = set(cues.documentNouns);
export const PUBLISH_VERBS: readonly string[] = cues.publishVerbs;
export const DOCUMENT_CONTENT_VERBS: readonly string[] = cues.documentContentVerbs;
export const ACCORDING_TO = set(cues.accordingTo);
export const SOUND_BITE_LABELS: readonly string[] = cues.soundBiteLabels;
export const DEMONSTRATIVES = set([...cues.demonstratives, ...reference.demonstratives]);
export const SPEAKER_NOUNS = set([...cues.speakerNouns, ...reference.unnamedSources]);
export const UNNAMED_SOURCES = set(reference.unnamedSources);
export const INSTITUTIONS = set(cues.institutions);
export const ORG_SUFFIXES: readonly string[] = [...new Set([...cues.orgSuffixes, ...reference.orgDescriptors])].sort(
  (a, b) => b.length - a.length,
);
export const ORG_DESCRIPTORS = set(reference.orgDescriptors);
export const ORG_ANAPHORS = set(reference.orgAnaphors);
export const PERSON_PRONOUNS = set([
  ...cues.personPronouns,
  ...reference.personPronouns.filter((p) => p.length <= 2 && !/[는가도]$/u.test(p)),
]);
export const PLURAL_PRONOUNS = set(cues.pluralPronouns);
export const ATTRIBUTION_NOUNS = set(cues.attributionNouns);
export const ANONYMOUS_PREDICATES: readonly string[] = cues.anonymousPredicates;
export const QUESTION_NOUNS = set(cues.questionNouns);
export const FOREIGN_NAME_SYLLABLES = set(cues.foreignNameSyllables);
export const PARTICLE_LOOKALIKES: readonly string[] = cues.particleLookalikes;

/** Every title of titles.json (one- and multi-word), longest first. */
export const TITLES: readonly string[] = (() => {
  const all = new Set<string>();
  for (const [key, value] of Object.entries(titles)) {
    if (key.startsWith('_') || !Array.isArray(value)) continue;
    for (const t of value as string[]) all.add(t);
  }
  return [...all].sort((a, b) => b.length - a.length);
})();
export const TITLE_SET = set(TITLES);
/** One-word titles, for matching at the end of a word (수석분석가 ends with 분석가). */
export const TITLE_SUFFIXES: readonly string[] = TITLES.filter((t) => !t.includes(' ') && t.length >= 2);

/** Korean surnames (one and two syllables), from the romanization tables. */
export const SURNAMES: ReadonlySet<string> = new Set([
  ...Object.keys((romanization as { surnames?: Record<string, string> }).surnames ?? {}),
  ...Object.keys((romanization as { compoundSurnames?: Record<string, string> }).compoundSurnames ?? {}),
]);

/** English: honorifics before a name, determiners that open a descriptor, organization nouns. */
export const ENGLISH_HONORIFICS = set(cues.english.honorifics);
export const ENGLISH_DETERMINERS = set(cues.english.determiners);
export const ENGLISH_ORG_NOUNS = set(cues.english.orgNouns);
