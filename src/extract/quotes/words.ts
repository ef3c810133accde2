/**
 * Words (어절, the text between spaces) with their morphemes and particles. mecab splits foreign
 * names and titles in odd ways (a foreign family name → 안/MAG + NNP, 이사는 → 이/JKS 사/VV 는/ETM), so the
 * quote rules read the written word first and use the morphemes to confirm.
 */
import { tokensIn, type Doc } from '../../doc';
import type { Morpheme } from '../../types';
import { PARTICLE_LOOKALIKES, PERSON_PRONOUNS, SPEAKER_NOUNS, SURNAMES, TITLE_SET, TITLE_SUFFIXES } from './lexicon';

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
}

/** The words of `doc.text` in `[start, end)`, with their morphemes. */
export function wordsIn(doc: Doc, start: number, end: number): Word[] {
  const out: Word[] = [];
  const text = doc.text;
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
    out.push({ start: s, end: i, text: text.slice(s, i), tokens: doc.tokens.length ? tokensIn(doc, s, i) : [] });
  }
  return out;
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

const TRAILING = /[,.;:!?…]+$/u;

/** Split `w` into stem, particle and trailing punctuation; the particle is confirmed by morphemes. */
export function parseWord(w: Word): WordParts {
  const m = TRAILING.exec(w.text);
  const trailing = m ? m[0] : '';
  const core = w.text.slice(0, w.text.length - trailing.length);
  for (const [p, role] of PARTICLES) {
    if (core.length <= p.length || !core.endsWith(p)) continue;
    const stem = core.slice(0, -p.length);
    const stemEnd = w.start + stem.length;
    if (!confirmParticle(w, stem, stemEnd, p, role)) continue;
    return { stem, stemEnd, particle: p, role, trailing };
  }
  return { stem: core, stemEnd: w.start + core.length, particle: '', role: 'none', trailing };
}

function confirmParticle(w: Word, stem: string, stemEnd: number, p: string, role: ParticleRole): boolean {
  const core = stem + p;
  if (p.length === 1 && PARTICLE_LOOKALIKES.some((n) => core.endsWith(n))) return false; // 북한학과, 국가
  if (w.tokens.length === 0) return true; // English or no morphology: trust the text
  const last = stem.charCodeAt(stem.length - 1);
  if (!isHangul(last)) return true; // ‘브라이트데이터’의, (KAIA)가, IBM은
  // 이사는 (mecab: 이/JKS 사/VV 는/ETM), 측은 (mecab: 측은/NNG)
  if (isTitleLike(stem) || PERSON_PRONOUNS.has(stem) || SPEAKER_NOUNS.has(stem) || stem.endsWith('측')) return true;
  if (/\d[가-힣]{1,3}$/u.test(stem)) return true; // 3국은 (mecab: 3/SN 국은/NNG), 10개사는
  const t = w.tokens.find((x) => x.start === stemEnd);
  if (!t) return false;
  const tag = t.tags[0] ?? '';
  if (role === 'apposition') return tag === 'VCP' || tag.startsWith('J');
  if (role === 'copula') return tag === 'VCP' || tag.startsWith('J');
  if (p.length >= 2) return tag.startsWith('J') || tag === 'VCP';
  return tag.startsWith('J');
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
  return /[A-Za-z]/u.test(s);
}

/** A title of titles.json, or a word that ends with one (수석분석가, 대외전략비서관). */
export function isTitleLike(stem: string): boolean {
  if (TITLE_SET.has(stem)) return true;
  if (stem.length < 3) return false;
  for (const t of TITLE_SUFFIXES) if (stem.length > t.length && stem.endsWith(t)) return true;
  return false;
}

/** The title at the end of `stem` (수석분석가 → 수석분석가 when listed, else 분석가), or null. */
export function titleOf(stem: string): string | null {
  if (TITLE_SET.has(stem)) return stem;
  for (const t of TITLE_SUFFIXES) if (stem.length > t.length && stem.endsWith(t)) return t;
  return null;
}

/** Whether mecab marks any part of the word as a person's name (NNP 인명). */
export function hasPersonToken(w: Word): boolean {
  return w.tokens.some((t) => t.tags[0] === 'NNP' && t.semanticClass === '인명');
}

/** Whether every morpheme of the stem is a person-name NNP (정민호, 에마뉘엘). */
export function isPersonToken(w: Word, stemEnd: number): boolean {
  const ts = w.tokens.filter((t) => t.end <= stemEnd);
  return ts.length > 0 && ts.every((t) => t.tags[0] === 'NNP' && t.semanticClass === '인명');
}

/** Whether mecab tags the word as a place (NNP 지명), e.g. 미국, 일본. */
export function isPlaceToken(w: Word, stemEnd: number): boolean {
  const ts = w.tokens.filter((t) => t.end <= stemEnd);
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

/** Whether the word ends a clause with a verb (참여한, 지명한, 모인, 말했고): its last morpheme is verbal. */
export function isVerbal(w: Word, parts: WordParts): boolean {
  if (parts.role !== 'none') return false;
  const last = w.tokens.filter((t) => t.end <= parts.stemEnd).pop();
  if (!last) return false;
  const tags = last.tags;
  const tail = tags[tags.length - 1] ?? '';
  if (tags[0] === 'VCP' && (tail === 'ETM' || tail === 'EC')) return false; // 인, 이자: apposition
  return /^(?:VV|VA|VX|XSV|XSA|EP|EF|EC|ETM|ETN|VCN)$/u.test(tail) || /^(?:VV|VA|VX)$/u.test(tags[0] ?? '');
}

/** Whether the word ends with an adnominal ending (참여한, 발표한, 모인, 있는). */
export function isAdnominal(w: Word, parts: WordParts): boolean {
  if (parts.role !== 'none') return false;
  const last = w.tokens.filter((t) => t.end <= parts.stemEnd).pop();
  if (!last) return false;
  if (last.tags[0] === 'VCP') return false;
  return (last.tags[last.tags.length - 1] ?? '') === 'ETM';
}

/** Whether the word is an adverb or conjunction (MAG, MAJ, IC). */
export function isAdverb(w: Word): boolean {
  const first = w.tokens[0];
  return !!first && /^(?:MAG|MAJ|IC)$/u.test(first.tags[0] ?? '') && w.tokens.length <= 2 && first.end >= w.end - 1;
}
