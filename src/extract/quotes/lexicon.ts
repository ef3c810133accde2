/**
 * The word lists the quote extractor reads, gathered from `src/lexicon/` into sets and matchers
 * built once at load. Data lives in the JSON files (speech-verbs.json, quote-cues.json, titles.json,
 * reference.json, romanization.json); this module only shapes it for fast lookup: sets for whole
 * words, and prefix / suffix matchers that look a word's ends up by length instead of scanning a list.
 */
import people from '../../lexicon/people.json';
import cues from '../../lexicon/quote-cues.json';
import reference from '../../lexicon/reference.json';
import romanization from '../../lexicon/romanization.json';
import titles from '../../lexicon/titles.json';

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);

/**
 * Matches the ends of a word against a list: one set lookup per distinct entry length, longest
 * first, results remembered per word (words repeat across an article and across articles).
 */
export class AffixMatcher {
  private readonly entries: ReadonlySet<string>;
  private readonly lengths: readonly number[];
  /** The code units the entries have at this end: a word with another there matches nothing. */
  private readonly edges: ReadonlySet<number>;
  private readonly cache = new Map<string, string | null>();

  /**
   * `list`: the affixes; `side`: which end of the word they stand at; `minRest`: how many
   * characters must remain beside the affix (0 lets the whole word match).
   */
  constructor(list: readonly string[], private readonly side: 'prefix' | 'suffix', private readonly minRest = 0) {
    this.entries = new Set(list.filter(Boolean));
    this.lengths = [...new Set([...this.entries].map((e) => e.length))].sort((a, b) => b - a);
    this.edges = new Set([...this.entries].map((e) => e.charCodeAt(side === 'suffix' ? e.length - 1 : 0)));
  }

  /** The longest listed affix `word` has at this end (with `minRest` characters beside it), or null. */
  longest(word: string): string | null {
    if (!this.edges.has(word.charCodeAt(this.side === 'suffix' ? word.length - 1 : 0))) return null;
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    let found: string | null = null;
    for (const n of this.lengths) {
      if (word.length - n < this.minRest) continue;
      const part = this.side === 'suffix' ? word.slice(word.length - n) : word.slice(0, n);
      if (this.entries.has(part)) {
        found = part;
        break;
      }
    }
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, found);
    return found;
  }

  /** Whether `word` has a listed affix at this end. */
  test(word: string): boolean {
    return this.longest(word) !== null;
  }
}

/** Endings right after a closing mark, by what they make of the quote. */
export const QUOTATIVE = {
  say: set(cues.quotatives.say),
  chain: set(cues.quotatives.chain),
  nominal: set(cues.quotatives.nominal),
  content: set(cues.quotatives.content),
  /** 라고, 이라고: a quote of any length. */
  anyLength: set(cues.quotatives.anyLength),
};
/** Quotatives of two syllables or more that a word may start with (라고했다, 이라며). */
export const QUOTATIVE_START = new AffixMatcher([...cues.quotatives.say, ...cues.quotatives.chain].filter((q) => q.length >= 2), 'prefix');
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
/** The document noun a word ends with (공동성명, 합동주의보 → 주의보). */
export const DOCUMENT_HEADS = new AffixMatcher(cues.documentNouns.filter((n) => n.length >= 2), 'suffix');
export const PUBLISH_VERBS = new AffixMatcher(cues.publishVerbs, 'prefix');
export const DOCUMENT_CONTENT_VERBS = new AffixMatcher(cues.documentContentVerbs, 'prefix');
export const ACCORDING_TO = set(cues.accordingTo);
export const DEMONSTRATIVES = set([...cues.demonstratives, ...reference.demonstratives]);
export const SPEAKER_NOUNS = set([...cues.speakerNouns, ...reference.unnamedSources]);
export const UNNAMED_SOURCES = set(reference.unnamedSources);
export const INSTITUTIONS = set(cues.institutions);
/** Organization name endings (…재단, …부): the ending and at least one character before it. */
export const ORG_SUFFIXES = new AffixMatcher([...cues.orgSuffixes, ...reference.orgDescriptors], 'suffix', 1);
/** Words that are an organization noun by themselves (연구소, 위원회, 협회): never a name. */
export const ORG_WORDS = set([...cues.orgSuffixes, ...reference.orgDescriptors, ...cues.namedOrgSuffixes].filter((w) => w.length >= 2));
/** Endings that make a one-word name a named body (소상공인연합회). */
/** Words before a body's ending that make a person's title of it (선임연구원). */
export const TITLE_RANKS = set(cues.titleRanks);
export const NAMED_ORG_SUFFIXES = new AffixMatcher(cues.namedOrgSuffixes, 'suffix', 2);
export const ORG_DESCRIPTORS = set(reference.orgDescriptors);
/** Descriptor nouns of two syllables or more (단체, 기업) at the end of a head (시민단체). */
export const DESCRIPTOR_HEADS = new AffixMatcher(reference.orgDescriptors.filter((n) => n.length >= 2), 'suffix');
export const ORG_ANAPHORS = set(reference.orgAnaphors);
/** Nouns that refer back to the body whose name ends with them (통신은 → 조선중앙통신), and those that refer to the last news organization. */
export const BODY_NOUNS = set(cues.bodyNouns.named);
export const MEDIA_NOUNS = set(cues.bodyNouns.media);
export const PERSON_PRONOUNS = set([
  ...cues.personPronouns,
  ...reference.personPronouns.filter((p) => p.length <= 2 && !/[는가도]$/u.test(p)),
]);
export const PLURAL_PRONOUNS = set(cues.pluralPronouns);
export const ATTRIBUTION_NOUNS = set(cues.attributionNouns);
export const ANONYMOUS_PREDICATES = new AffixMatcher(cues.anonymousPredicates, 'prefix');
export const QUESTION_NOUNS = set(cues.questionNouns);
/** Predicates after “…”에 that make the quote a judgment the speaker reports (불과하다고); verbs after “…”라고 that name, not report (불리는). */
export const EVALUATIONS = new AffixMatcher(cues.evaluations, 'prefix');
export const NAMING_VERBS = new AffixMatcher(cues.namingVerbs, 'prefix');
export const FOREIGN_NAME_SYLLABLES = set(cues.foreignNameSyllables);
export const PARTICLE_LOOKALIKES = new AffixMatcher(cues.particleLookalikes, 'suffix');
export const INDEFINITES = set(cues.indefiniteDeterminers);
export const ANONYMOUS_TITLES = set(cues.anonymousTitles);
/** Korean family names of two syllables (남궁, 선우, 독고). */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(
  Object.keys((romanization as { compoundSurnames?: Record<string, string> }).compoundSurnames ?? {}),
);
export const PLAIN_TITLES = set(cues.plainTitles);

/** Broadcast transcript labels (see quote-cues.json `broadcast`). */
export const BROADCAST = {
  speaker: set([...cues.soundBiteLabels, ...cues.broadcast.speakerLabels].map((l) => l.toLowerCase())),
  ambient: set(cues.broadcast.ambientLabels.map((l) => l.toLowerCase())),
  narration: set(cues.broadcast.narrationLabels.map((l) => l.toLowerCase())),
  reporterTitles: set(cues.broadcast.reporterTitles),
  brackets: new Map(cues.broadcast.labelBrackets.map(([open, close]) => [open!, close!] as const)),
};

/** Every title of titles.json and quote-cues.json's extraTitles (one- and multi-word). */
export const TITLES: readonly string[] = (() => {
  const all = new Set<string>(cues.extraTitles);
  for (const [key, value] of Object.entries(titles)) {
    if (key.startsWith('_') || !Array.isArray(value)) continue;
    for (const t of value as string[]) all.add(t);
  }
  return [...all].sort((a, b) => b.length - a.length);
})();
export const TITLE_SET = set(TITLES);
/** One-word titles, for matching at the end of a word (수석분석가 ends with 분석가). */
export const TITLE_SUFFIXES = new AffixMatcher(TITLES.filter((t) => !t.includes(' ') && t.length >= 2), 'suffix', 1);

/** Korean surnames (one and two syllables), from the romanization tables. */
export const SURNAMES: ReadonlySet<string> = new Set([
  ...Object.keys((romanization as { surnames?: Record<string, string> }).surnames ?? {}),
  ...Object.keys((romanization as { compoundSurnames?: Record<string, string> }).compoundSurnames ?? {}),
]);
/** Chinese family names in Hangul (리, 왕, 마오), and Japanese family names (다나카, 스즈키). */
export const CHINESE_SURNAMES = new AffixMatcher(cues.foreignSurnames.chinese, 'prefix', 1);
export const CHINESE_SURNAME_SET = set(cues.foreignSurnames.chinese);
export const JAPANESE_SURNAMES = set(cues.foreignSurnames.japanese);

/** First words of the gazetteer's names of two words or more (에마뉘엘 of 에마뉘엘 마크롱): only these start a two-word lookup. */
export const GAZETTEER_FIRST_WORDS: ReadonlySet<string> = new Set(
  (people as ReadonlyArray<{ ko: readonly string[] }>).flatMap((e) => e.ko.filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!)),
);

/** English: honorifics before a name, determiners that open a descriptor, organization nouns. */
export const ENGLISH_HONORIFICS = set(cues.english.honorifics);
export const ENGLISH_DETERMINERS = set(cues.english.determiners);
export const ENGLISH_ORG_NOUNS = set(cues.english.orgNouns);
export const ENGLISH_TITLE_WORDS = set(cues.english.titleWords);
export const ENGLISH_CONNECTORS = set(cues.english.connectors);
export const ENGLISH_RELATIVES = set(cues.english.relativePronouns);
/** Korean family names as romanized (Kim, Lee, Park): an English name that starts with one is written family name first (Park Ji-won). */
export const ROMANIZED_SURNAMES: ReadonlySet<string> = new Set([
  ...Object.values(romanization.surnames as Record<string, string>),
  ...Object.values(romanization.compoundSurnames as Record<string, string>),
  ...cues.english.romanizedSurnameVariants,
]);
