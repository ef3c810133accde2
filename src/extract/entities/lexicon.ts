/**
 * The lexicons the entity rules read, loaded once from `src/lexicon/` and turned into sets and maps.
 * Every key is compared in its squashed form (NFC, no whitespace), so `한빛미래재단` = `리눅스재단`.
 */
import descriptorData from '../../lexicon/org-descriptors.json';
import guardData from '../../lexicon/org-guards.json';
import latinData from '../../lexicon/org-latin.json';
import personCueData from '../../lexicon/org-person-cues.json';
import prefixData from '../../lexicon/org-prefixes.json';
import quoteCues from '../../lexicon/quote-cues.json';
import suffixData from '../../lexicon/org-suffixes.json';
import reference from '../../lexicon/reference.json';
import romanization from '../../lexicon/romanization.json';
import { REPORTER_TITLES } from '../../lexicon/structure';
import { ORGANIZATION_TYPES } from '../../lexicon/gazetteer';
import titlesData from '../../lexicon/titles.json';
import type { OrganizationType } from '../../types';

/** `s` in NFC without any whitespace: the form every lexicon lookup uses. */
export function squash(s: string): string {
  // fast path: most strings (stems of the normalized text, lexicon words) are already squashed,
  // and most others only hold spaces besides (names of several words)
  let spaces = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // ASCII letters and digits, Hangul syllables and CJK ideographs are unchanged by NFC
    if ((c > 0x20 && c < 0x7f) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x4e00 && c <= 0x9fff)) continue;
    if (c === 0x20) {
      spaces++;
      continue;
    }
    return s.normalize('NFC').replace(/\s+/gu, '');
  }
  return spaces === 0 ? s : s.split(' ').join('');
}


function asType(x: unknown): OrganizationType {
  return typeof x === 'string' && ORGANIZATION_TYPES.has(x) ? (x as OrganizationType) : 'other';
}

/**
 * The longest key of a set that a string ends with, found without trying every length: the keys
 * are indexed by their last character, and only the lengths of keys ending in the string's last
 * character are tried.
 */
export class EndIndex {
  private readonly byLast = new Map<number, number[]>();

  constructor(private readonly keys: ReadonlySet<string>) {
    for (const k of keys) {
      if (k.length === 0) continue;
      const c = k.charCodeAt(k.length - 1);
      const ls = this.byLast.get(c) ?? [];
      if (!ls.includes(k.length)) ls.push(k.length);
      this.byLast.set(c, ls);
    }
    for (const ls of this.byLast.values()) ls.sort((a, b) => b - a);
  }

  /** The longest key `s` ends with (at least `min` characters long), or null. */
  longestSuffix(s: string, min = 1): string | null {
    if (s.length === 0) return null;
    const ls = this.byLast.get(s.charCodeAt(s.length - 1));
    if (!ls) return null;
    for (const n of ls) {
      if (n > s.length || n < min) continue;
      const w = n === s.length ? s : s.slice(s.length - n);
      if (this.keys.has(w)) return w;
    }
    return null;
  }
}

function squashedSet(xs: readonly string[]): ReadonlySet<string> {
  return new Set(xs.map(squash));
}

function typeMap(record: Readonly<Record<string, string>>): ReadonlyMap<string, OrganizationType> {
  return new Map(Object.entries(record).map(([k, v]) => [squash(k), asType(v)]));
}

// ---- organizations ----------------------------------------------------------------------------

/** A head that makes the words before it an organization name (재단, 대학교, 부 …). */
export interface SuffixRule {
  readonly suffix: string;
  readonly type: OrganizationType;
  /** May stand as a word of its own after the name words (하버드 대학). */
  readonly standalone: boolean;
  /** Needs supporting context (one syllable, or an ordinary word too). */
  readonly weak: boolean;
  /** After one ordinary noun (신고센터) it names a kind of unit: needs support. */
  readonly needsName: boolean;
  /** Such a name acting as the subject (혁신위는 … 발표했다) is a body. */
  readonly actsAlone: boolean;
}

/** Organization suffixes, longest first. */
export const ORG_SUFFIXES: readonly SuffixRule[] = suffixData.suffixes
  .map((s) => ({
    suffix: squash(s.suffix),
    type: asType(s.type),
    standalone: 'standalone' in s && s.standalone === true,
    weak: 'weak' in s && s.weak === true,
    needsName: 'needsName' in s && s.needsName === true,
    actsAlone: 'actsAlone' in s && s.actsAlone === true,
  }))
  .sort((a, b) => b.suffix.length - a.suffix.length);

/** English words for numbered units (국 → Bureau) and ordinal words (First, Second …). */
export const NUMBERED_UNITS: ReadonlyMap<string, string> = new Map(Object.entries(suffixData.numberedUnits).filter(([k]) => !k.startsWith('_')));
export const ORDINALS: readonly string[] = suffixData.ordinals;

/** Whole words that end in a suffix but name no organization (정부, 시대, 회원국 …). */
export const NOT_ORGS: ReadonlySet<string> = squashedSet(suffixData.notOrganizations);

/** Phrases that name a kind of body, not one body (정부기관, 시민단체). */
export const GENERIC_PHRASES: ReadonlySet<string> = squashedSet(guardData.generic);

/** Words that only classify (관련, 국내, 실무 …). */
export const GENERIC_WORDS: ReadonlySet<string> = squashedSet(guardData.genericWords);

/** Words that end a name when it is extended leftwards (산하, 소속, 이번 …). */
export const STOPS: ReadonlySet<string> = squashedSet(guardData.stops);

/** Particles that may follow a gazetteer name in its word when mecab misreads the name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(guardData.particles);

/** Nouns after a name that make it a product or platform (유튜브 채널). */
export const PRODUCT_HEADS: ReadonlySet<string> = squashedSet(guardData.productHeads);

/** When a body named like its place (서울시) acts as the body: tails, source and partner words, titles in a parenthesis. */
export const PLACE_BODY: {
  readonly tails: ReadonlySet<string>;
  readonly source: readonly string[];
  readonly partner: readonly string[];
  readonly titles: ReadonlySet<string>;
  readonly acts: ReadonlySet<string>;
  readonly skip: ReadonlySet<string>;
} = {
  tails: new Set(guardData.placeBody.tails),
  source: guardData.placeBody.source,
  partner: guardData.placeBody.partner,
  titles: squashedSet(guardData.placeBody.titles),
  acts: new Set(guardData.placeBody.acts),
  skip: new Set(guardData.placeBody.skip),
};

/** Countries, regions and cities: never organizations by themselves. */
export const PLACES: ReadonlySet<string> = squashedSet(guardData.places);

/** Country prefixes of organization names and their ISO codes (미 → US, 英 → GB). */
export const COUNTRY_PREFIXES: ReadonlyMap<string, string> = new Map(
  Object.entries(prefixData.prefixes as Record<string, string>).map(([k, v]) => [squash(k), v]),
);

/** Korean regions written onto a civic group's name for its regional branch (서울환경운동연합), with English names. */
export const REGIONS: ReadonlyMap<string, string> = new Map(Object.entries(prefixData.regions as Record<string, string>));

/** Heads that make a region the name of its own body (부산상공회의소), with their English words. */
export const REGIONAL_HEADS: ReadonlyMap<string, string> = new Map(Object.entries(prefixData.regionalHeads as Record<string, string>));

/** Descriptors that stand in apposition to a name (기술매체, 보안업체, 협의체), with the type they imply. */
export const DESCRIPTORS: ReadonlyMap<string, OrganizationType> = typeMap(descriptorData.descriptors);
const DESCRIPTOR_ENDS = new EndIndex(new Set(DESCRIPTORS.keys()));

/** The descriptor a word's stem ends with (보안업체 → 업체), longest first; null if none. */
export function descriptorAtEnd(stem: string): { word: string; type: OrganizationType } | null {
  const w = DESCRIPTOR_ENDS.longestSuffix(squash(stem));
  return w === null ? null : { word: w, type: DESCRIPTORS.get(w) as OrganizationType };
}

/** Last words of Latin organization names (Research, Inc., Alliance) and the type they imply. */
export const LATIN_SUFFIXES: ReadonlyMap<string, OrganizationType> = new Map(
  Object.entries(latinData.suffixes as Record<string, string>).map(([k, v]) => [k, asType(v)]),
);

/** Markets and regions that end the name of a company's unit (Samsung Electronics America, Hyundai Motor Group Metaplant America). */
export const LATIN_MARKETS: ReadonlySet<string> = new Set(latinData.markets);

/** Latin words that are no organization by themselves (AI, CEO, GPU). */
export const LATIN_NOT_NAMES: ReadonlySet<string> = new Set(latinData.notNames);

// ---- references (coreference data shared with quotes and goals) --------------------------------

/** Fixed anaphors that refer to an organization (동사, 양사, 이 기구). */
export const ORG_ANAPHORS: ReadonlySet<string> = squashedSet(reference.orgAnaphors);

/** Demonstratives that make a descriptor an anaphor (이 기구, 해당 기업). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(reference.demonstratives);

/** Descriptor nouns that a demonstrative turns into an organization anaphor. */
export const ORG_DESCRIPTOR_WORDS: ReadonlySet<string> = new Set(reference.orgDescriptors);

// ---- persons ----------------------------------------------------------------------------------

/** Every title and role word of `titles.json` plus the reporter titles, squashed. */
export const TITLES: ReadonlySet<string> = squashedSet([
  ...Object.entries(titlesData)
    .filter(([k, v]) => !k.startsWith('_') && Array.isArray(v))
    .flatMap(([, v]) => v as string[]),
  ...REPORTER_TITLES,
  ...personCueData.titles,
]);
export const MAX_TITLE = Math.max(...[...TITLES].map((t) => t.length));

/** Every proper prefix of a title (for titles written over several words: a quick rejection). */
export const TITLE_PREFIXES: ReadonlySet<string> = new Set([...TITLES].flatMap((t) => Array.from({ length: t.length - 1 }, (_, k) => t.slice(0, k + 1))));

/** Labels of a broadcast sound bite that names its speaker (`[녹취: 김영호 교수]`), lower-cased. */
export const SOUND_BITE_LABELS: ReadonlySet<string> = new Set((quoteCues.soundBiteLabels as string[]).map((l) => l.toLowerCase()));

/** `PUBLISHER | NAME 기자` at the start of a line (스포츠서울 | 홍길동 기자); group 1 is the publisher. */
export const BAR_BYLINE = new RegExp(`^([가-힣A-Za-z0-9][가-힣A-Za-z0-9&. ]{0,19}?)\\s{0,2}[|｜]\\s{0,2}[가-힣]{2,4}\\s{0,2}(?:${REPORTER_TITLES.join('|')})(?![가-힣])`, 'u');

/** Titles for reporters (기자, 특파원). */
export const REPORTER_TITLE_SET: ReadonlySet<string> = new Set(REPORTER_TITLES);

/** Korean surnames (one- and two-syllable) with their customary spellings. */
export const SURNAMES: ReadonlySet<string> = new Set([
  ...Object.keys(romanization.surnames),
  ...Object.keys(romanization.compoundSurnames),
]);

/** Words after a leader's name that make it a person (노무현 정부). */
export const ADMINISTRATION: ReadonlySet<string> = new Set(personCueData.administration);

/** Words between a name and its title that belong to the role (출신, 주재, 당시). */
export const AFFILIATION: ReadonlySet<string> = new Set(personCueData.affiliation);

/** Syllables of transliterated foreign names that Korean given names practically never use (퍼 in 하퍼). */
export const FOREIGN_SYLLABLES: ReadonlySet<string> = new Set(personCueData.foreignSyllables);

/** Forms of address after a name (씨, 여사): no organization stands behind them. */
export const HONORIFICS: ReadonlySet<string> = new Set(personCueData.honorifics);

/** Titles that say nothing about an organization before them (씨, 여사). */
export const PERSON_ONLY_TITLES: ReadonlySet<string> = new Set(personCueData.personOnlyTitles);

/** Time words dropped from the start of a role. */
export const ROLE_PREFIX_DROP: ReadonlySet<string> = new Set(personCueData.rolePrefixDrop);

/** Words and endings that join titles in one role (겸, 이자). */
export const ROLE_JOINERS: ReadonlySet<string> = new Set(personCueData.roleJoiners);

/** For an anaphor head (기구, 기업, 동사), the organization types it can refer back to; `*` is any. */
export const ANAPHOR_TYPES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(descriptorData.anaphorTypes as Record<string, string[]>).map(([k, v]) => [k, new Set(v)]),
);

/** The longest title `stem` ends with (정무전략비서관 → 비서관); titles of one syllable only as the whole stem. */
export function titleAtEnd(stem: string): string | null {
  const s = squash(stem);
  return TITLE_ENDS.longestSuffix(s, s.length === 1 ? 1 : 2);
}

/** `titleAtEnd` for a key that is squashed already (a chunk's key). */
export function titleAtEndKey(key: string): string | null {
  return TITLE_ENDS.longestSuffix(key, key.length === 1 ? 1 : 2);
}

const TITLE_ENDS = new EndIndex(TITLES);
