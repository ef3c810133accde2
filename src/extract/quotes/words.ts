/**
 * Words (어절, the text between spaces) with their morphemes and particles. mecab splits foreign
 * names and titles in odd ways (a foreign family name → 안/MAG + NNP, 이사는 → 이/JKS 사/VV 는/ETM), so the
 * quote rules read the written word first and use the morphemes to confirm.
 */
import type { Doc } from '../../doc';
import { lookupPerson, type PersonMatch } from '../../text/people';
import type { Morpheme } from '../../types';
import {
  CHINESE_SURNAMES,
  CHINESE_SURNAME_SET,
  JAPANESE_SURNAMES,
  NAMED_ORG_SUFFIXES,
  ORG_SUFFIXES,
  PARTICLE_LOOKALIKES,
  PERSON_PRONOUNS,
  SPEAKER_NOUNS,
  SURNAMES,
  TITLE_SET,
  TITLE_SUFFIXES,
} from './lexicon';

/** One word: a maximal run of non-space characters. */
export interface Word {
  start: number;
  end: number;
  text: string;
  tokens: Morpheme[];
}

/** What a particle at the end of a word makes of the word. */
export type ParticleRole =
  | 'topic' // 은 는
  | 'also' // 도
  | 'nominative' // 이 가 께서
  | 'genitive' // 의
  | 'coord' // 과 와
  | 'object' // 을 를
  | 'apposition' // 인 이자 이며
  | 'copula' // 입니다 이다
  | 'adverbial' // 에서는 에 로 …
  | 'none';

/** A word split into its stem and particle. */
export interface WordParts {
  /** The word without particle and trailing punctuation. */
  stem: string;
  /** Absolute offset where the stem ends. */
  stemEnd: number;
  particle: string;
  role: ParticleRole;
  /** Punctuation after the particle (`,` `.`). */
  trailing: string;
  /** Whether the stem is a title or ends with one (`isTitleLike`). */
  title: boolean;
}

/** The words of `doc.text` in `[start, end)`, with their morphemes (one binary search, then a walk). */
export function wordsIn(doc: Doc, start: number, end: number): Word[] {
  const out: Word[] = [];
  const text = doc.text;
  const ts = doc.tokens;
  let t = ts.length > 0 ? firstTokenFrom(ts, start) : 0;
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
    while (t < ts.length && ts[t]!.start < s) t++;
    let u = t;
    while (u < ts.length && ts[u]!.end <= i) u++;
    out.push({ start: s, end: i, text: text.slice(s, i), tokens: u > t ? ts.slice(t, u) : [] });
    t = u;
  }
  return out;
}

/** Index of the first morpheme that starts at or after `pos`. */
function firstTokenFrom(ts: readonly Morpheme[], pos: number): number {
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}

// particles, longest first within each role; the first that ends the word wins
const PARTICLES: ReadonlyArray<readonly [string, ParticleRole]> = [
  ['에서는', 'adverbial'], ['에게는', 'adverbial'], ['으로는', 'adverbial'], ['에서도', 'adverbial'], ['에게도', 'adverbial'],
  ['으로도', 'adverbial'], ['까지는', 'adverbial'], ['부터는', 'adverbial'], ['까지도', 'adverbial'], ['으로서', 'adverbial'],
  ['입니다', 'copula'], ['이었다', 'copula'], ['께서는', 'topic'], ['께서도', 'also'],
  ['에서', 'adverbial'], ['에게', 'adverbial'], ['으로', 'adverbial'], ['한테', 'adverbial'], ['에는', 'adverbial'],
  ['에도', 'adverbial'], ['로는', 'adverbial'], ['로도', 'adverbial'], ['와는', 'adverbial'], ['과는', 'adverbial'],
  ['에선', 'adverbial'], ['으론', 'adverbial'], ['까지', 'adverbial'], ['부터', 'adverbial'], ['처럼', 'adverbial'], ['보다', 'adverbial'],
  ['이랑', 'adverbial'], ['로서', 'adverbial'], ['께서', 'nominative'], ['이자', 'apposition'], ['이며', 'apposition'],
  ['이다', 'copula'], ['였다', 'copula'],
  ['은', 'topic'], ['는', 'topic'], ['도', 'also'], ['이', 'nominative'], ['가', 'nominative'], ['의', 'genitive'],
  ['과', 'coord'], ['와', 'coord'], ['을', 'object'], ['를', 'object'], ['인', 'apposition'], ['에', 'adverbial'],
  ['로', 'adverbial'], ['만', 'adverbial'],
];

/** The particles by the code of their last character, in the order above: a word's last character picks the few to try. */
const PARTICLES_BY_LAST: ReadonlyMap<number, ReadonlyArray<readonly [string, ParticleRole]>> = (() => {
  const m = new Map<number, Array<readonly [string, ParticleRole]>>();
  for (const entry of PARTICLES) {
    const last = entry[0].charCodeAt(entry[0].length - 1);
    const list = m.get(last) ?? [];
    list.push(entry);
    m.set(last, list);
  }
  return m;
})();

/** Split `w` into stem, particle and trailing punctuation; the particle is confirmed by morphemes. */
export function parseWord(w: Word): WordParts {
  const text = w.text;
  let coreEnd = text.length;
  while (coreEnd > 0 && TRAILING_CHARS.has(text.charCodeAt(coreEnd - 1))) coreEnd--;
  const trailing = coreEnd < text.length ? text.slice(coreEnd) : '';
  const core = coreEnd < text.length ? text.slice(0, coreEnd) : text;
  const candidates = PARTICLES_BY_LAST.get(core.charCodeAt(core.length - 1));
  if (candidates) {
    for (const [p, role] of candidates) {
      if (core.length <= p.length || !core.endsWith(p)) continue;
      const stem = core.slice(0, -p.length);
      const stemEnd = w.start + stem.length;
      if (!confirmParticle(w, stem, stemEnd, p, role)) continue;
      return { stem, stemEnd, particle: p, role, trailing, title: isTitleLike(stem) };
    }
  }
  return { stem: core, stemEnd: w.start + core.length, particle: '', role: 'none', trailing, title: isTitleLike(core) };
}

/** Trailing punctuation: , . ; : ! ? … */
const TRAILING_CHARS: ReadonlySet<number> = new Set([...',.;:!?…'].map((c) => c.charCodeAt(0)));

function confirmParticle(w: Word, stem: string, stemEnd: number, p: string, role: ParticleRole): boolean {
  // 이사는 (mecab: 이/JKS 사/VV 는/ETM), 측은 (mecab: 측은/NNG), 대변인도 (mecab: 대변/NNG 인도/NNP)
  if (isTitleLike(stem) || PERSON_PRONOUNS.has(stem) || SPEAKER_NOUNS.has(stem) || (stem.endsWith('측') && isHangul(stem.charCodeAt(0)))) return true;
  const core = stem + p;
  if (p.length === 1 && PARTICLE_LOOKALIKES.test(core)) return false; // 북한학과, 국가
  if (w.tokens.length === 0) return true; // English or no morphology: trust the text
  // a word never opens with a particle: mecab misread a name it does not know (로시도 → 로/JKB 시도/NNG)
  if ((w.tokens[0]!.tags[0] ?? '').startsWith('J') && w.tokens[0]!.start === w.start && p.length === 1 && role !== 'adverbial') return true;
  // a body's name ending in a word such as 신문, 협회 (마이니치신문도 → 신문도/NNP)
  if (stem.length >= 3 && (role === 'topic' || role === 'also' || role === 'nominative') && orgNounEnd(stem)) return true;
  const last = stem.charCodeAt(stem.length - 1);
  if (!isHangul(last)) return true; // ‘브라이트데이터’의, (KAIA)가, IBM은
  if (/\d[가-힣]{1,3}$/u.test(stem)) return true; // 3국은 (mecab: 3/SN 국은/NNG), 10개사는
  const t = tokenAt(w.tokens, stemEnd);
  if (!t) return false;
  const tag = t.tags[0] ?? '';
  if (role === 'apposition') return tag === 'VCP' || tag.startsWith('J');
  if (role === 'copula') return tag === 'VCP' || tag.startsWith('J');
  if (p.length >= 2) return tag.startsWith('J') || tag === 'VCP';
  return tag.startsWith('J');
}

/** Whether a stem ends with a body's name word of two syllables or more (…신문, …협회, …통신). */
function orgNounEnd(stem: string): boolean {
  const suf = NAMED_ORG_SUFFIXES.longest(stem) ?? ORG_SUFFIXES.longest(stem);
  return suf !== null && suf.length >= 2 && allHangul(suf);
}

/** Whether a code unit is a Hangul syllable. */
export function isHangul(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

/** Whether `s` is all Hangul syllables. */
export function allHangul(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) if (!isHangul(s.charCodeAt(i))) return false;
  return true;
}

/** Whether `s` holds a Latin letter. */
export function hasLatin(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

const TITLE_LIKE = new Map<string, boolean>();
/** The last characters of titles: a word ending in another is none (most words: 말했다, 것, 대해). */
const TITLE_ENDS: ReadonlySet<number> = new Set([...TITLE_SET].map((t) => t.charCodeAt(t.length - 1)));

/** A title of titles.json, or a word that ends with one (수석분석가, 대외전략비서관). */
export function isTitleLike(stem: string): boolean {
  if (!TITLE_ENDS.has(stem.charCodeAt(stem.length - 1))) return false;
  let hit = TITLE_LIKE.get(stem);
  if (hit === undefined) {
    hit = TITLE_SET.has(stem) || (stem.length >= 3 && TITLE_SUFFIXES.test(stem));
    if (TITLE_LIKE.size > 50_000) TITLE_LIKE.clear();
    TITLE_LIKE.set(stem, hit);
  }
  return hit;
}

/** The title at the end of `stem` (수석분석가 → 수석분석가 when listed, else 분석가), or null. */
export function titleOf(stem: string): string | null {
  if (TITLE_SET.has(stem)) return stem;
  return TITLE_SUFFIXES.longest(stem);
}

/** The morpheme that starts at `pos` among a word's morphemes (a handful: a scan is fastest). */
function tokenAt(tokens: readonly Morpheme[], pos: number): Morpheme | undefined {
  for (const t of tokens) if (t.start === pos) return t;
  return undefined;
}

/** The morphemes of `w` that end by `stemEnd` (the stem's, without the particle). */
function stemTokens(w: Word, stemEnd: number): Morpheme[] {
  const ts = w.tokens;
  let n = ts.length;
  while (n > 0 && ts[n - 1]!.end > stemEnd) n--;
  return n === ts.length ? ts : ts.slice(0, n);
}

/** Whether mecab marks any part of the word as a person's name (NNP 인명). */
export function hasPersonToken(w: Word): boolean {
  for (const t of w.tokens) if (t.semanticClass === '인명' && t.tags[0] === 'NNP') return true;
  return false;
}

/** Whether every morpheme of the stem is a person-name NNP (정민호, 에마뉘엘). */
export function isPersonToken(w: Word, stemEnd: number): boolean {
  const ts = stemTokens(w, stemEnd);
  return ts.length > 0 && ts.every((t) => t.tags[0] === 'NNP' && t.semanticClass === '인명');
}

/** Whether mecab tags the word as a place (NNP 지명), e.g. 미국, 일본. */
export function isPlaceToken(w: Word, stemEnd: number): boolean {
  const ts = stemTokens(w, stemEnd);
  return ts.length > 0 && ts.some((t) => t.semanticClass === '지명') && !ts.some((t) => t.semanticClass === '인명');
}

/** A Korean full name's shape: 2–4 Hangul syllables starting with a surname (김도현, 남궁민). */
export function isKoreanNameShaped(s: string): boolean {
  if (s.length < 2 || s.length > 4 || !allHangul(s)) return false;
  return SURNAMES.has(s.slice(0, 1)) || (s.length >= 3 && SURNAMES.has(s.slice(0, 2)));
}

/** A lone surname (김 in 김 장관). */
export function isSurname(s: string): boolean {
  return s.length <= 2 && SURNAMES.has(s);
}

/**
 * A Chinese or Japanese name's shape: a Japanese family name (다나카, 스즈키), or a Chinese family
 * name with a given name of one or two syllables (리밍, 왕이, 마오닝, 자오리젠).
 */
export function isForeignNameShaped(s: string): boolean {
  if (s.length < 2 || s.length > 5 || !allHangul(s)) return false;
  if (JAPANESE_SURNAMES.has(s)) return true;
  const surname = CHINESE_SURNAMES.longest(s);
  if (surname === null) return false;
  const given = s.length - surname.length;
  return given >= 1 && given <= 2;
}

/** A lone Chinese family name that is no Korean one (리 in 리 부장). */
export function isChineseSurname(s: string): boolean {
  return CHINESE_SURNAME_SET.has(s) && !SURNAMES.has(s);
}

/** Whether the word ends a clause with a verb (참여한, 지명한, 모인, 말했고): its last morpheme is verbal. */
export function isVerbal(w: Word, parts: WordParts): boolean {
  if (parts.role !== 'none') return false;
  const last = stemTokens(w, parts.stemEnd).at(-1);
  if (!last) return false;
  const tags = last.tags;
  const tail = tags[tags.length - 1] ?? '';
  if (tags[0] === 'VCP' && (tail === 'ETM' || tail === 'EC')) return false; // 인, 이자: apposition
  return VERBAL_TAILS.has(tail) || VERB_HEADS.has(tags[0] ?? '');
}

const VERBAL_TAILS: ReadonlySet<string> = new Set(['VV', 'VA', 'VX', 'XSV', 'XSA', 'EP', 'EF', 'EC', 'ETM', 'ETN', 'VCN']);
const VERB_HEADS: ReadonlySet<string> = new Set(['VV', 'VA', 'VX']);
const ADVERB_TAGS: ReadonlySet<string> = new Set(['MAG', 'MAJ', 'IC']);

/** Whether the word ends with an adnominal ending (참여한, 발표한, 모인, 있는). */
export function isAdnominal(w: Word, parts: WordParts): boolean {
  if (parts.role !== 'none') return false;
  const last = stemTokens(w, parts.stemEnd).at(-1);
  if (!last) return false;
  if (last.tags[0] === 'VCP') return false;
  return (last.tags[last.tags.length - 1] ?? '') === 'ETM';
}

/** Whether the word is an adverb or conjunction (MAG, MAJ, IC). */
export function isAdverb(w: Word): boolean {
  const first = w.tokens[0];
  return !!first && ADVERB_TAGS.has(first.tags[0] ?? '') && w.tokens.length <= 2 && first.end >= w.end - 1;
}

const PEOPLE = new Map<string, PersonMatch | null>();

/** The gazetteer's person of this name (`lookupPerson`), remembered: the rules ask about the same words often. */
export function knownPerson(name: string): PersonMatch | null {
  let hit = PEOPLE.get(name);
  if (hit === undefined) {
    hit = lookupPerson(name);
    if (PEOPLE.size > 50_000) PEOPLE.clear();
    PEOPLE.set(name, hit);
  }
  return hit;
}
