/**
 * Romanization of Korean personal names.
 *
 * Names are romanized the way Korean passports and the press do it: one syllable at a time with
 * the Revised Romanization tables, no sound changes between syllables (박원곤 is Won-gon, not
 * Wol-gon), the surname in its customary spelling (이 Lee, 박 Park) and the given name capitalised
 * and hyphenated (정하늘 → Jeong Ha-neul). The tables live in `src/lexicon/romanization.json`.
 */
import table from '../lexicon/romanization.json';

/** A Korean full name split into surname and given name. */
export interface KoreanNameParts {
  /** The surname in Hangul: one syllable (김) or a compound surname (남궁). */
  readonly surname: string;
  /** The given name in Hangul: one to three syllables. */
  readonly given: string;
}

/**
 * Revised Romanization of a Hangul string, one syllable at a time.
 *
 * The input is NFC-normalised first, so decomposed (NFD) Hangul works. Each Hangul syllable becomes
 * one lower-case element: its initial, medial and final jamo from the official tables, with no
 * assimilation across syllables (as for personal names). Whitespace is skipped; any other
 * character that is not a Hangul syllable is returned unchanged as its own element.
 *
 * @example romanizeSyllables('윤미') // ['yun', 'mi']
 * @example romanizeSyllables('정희') // ['jeong', 'hui']
 */
export function romanizeSyllables(hangul: string): string[] {
  const out: string[] = [];
  for (const ch of hangul.normalize('NFC')) {
    if (/\s/u.test(ch)) continue;
    out.push(romanizeSyllable(ch) ?? ch);
  }
  return out;
}

/**
 * A Korean person's name in the customary English form: the surname first in its customary
 * spelling (김 Kim, 이 Lee, 박 Park, 정 Jeong, 남궁 Namgung …; a surname missing from the table is
 * romanized like the rest), then the given name in Revised Romanization, capitalised and hyphenated
 * between syllables.
 *
 * The input is NFC-normalised and spaces are ignored (`전 윤미` works). Returns `null` when the
 * name is not 2–4 Hangul syllables. Never throws.
 *
 * @example romanizeKoreanName('정하늘') // 'Jeong Ha-neul'
 * @example romanizeKoreanName('남궁민') // 'Namgung Min'
 */
export function romanizeKoreanName(name: string): string | null {
  const parts = splitKoreanName(name);
  if (!parts) return null;
  const surname =
    SURNAMES.get(parts.surname) ?? capitalise(romanizeSyllables(parts.surname).join(''));
  const given = capitalise(romanizeSyllables(parts.given).join('-'));
  return `${surname} ${given}`;
}

/**
 * Split a Korean full name into surname and given name.
 *
 * The input is NFC-normalised and spaces are ignored. The surname has two syllables when the first
 * two form a known compound surname (남궁, 황보, 제갈, 선우, 독고, 사공, 서문, 동방) and one or two
 * syllables are left for the given name (남궁민 → 남궁 + 민, 선우용녀 → 선우 + 용녀). Otherwise a
 * four-syllable name whose first syllable is a known one-syllable surname is read as that surname
 * and a three-syllable given name (김빛내리 → 김 + 빛내리); any other four-syllable name is split
 * two and two. Everything else has a one-syllable surname.
 *
 * Returns `null` when the name is not 2–4 Hangul syllables. Never throws.
 *
 * @example splitKoreanName('김영호') // { surname: '김', given: '영호' }
 * @example splitKoreanName('황보관') // { surname: '황보', given: '관' }
 */
export function splitKoreanName(name: string): KoreanNameParts | null {
  const syllables = Array.from(name.normalize('NFC').replace(/\s+/gu, ''));
  if (syllables.length < 2 || syllables.length > 4) return null;
  if (!syllables.every(isHangulSyllable)) return null;
  const first2 = syllables.slice(0, 2).join('');
  if (syllables.length >= 3 && COMPOUND_SURNAMES.has(first2)) {
    return { surname: first2, given: syllables.slice(2).join('') };
  }
  if (syllables.length === 4 && !SURNAMES.has(syllables[0]!)) {
    return { surname: first2, given: syllables.slice(2).join('') };
  }
  return { surname: syllables[0]!, given: syllables.slice(1).join('') };
}

// ---------------------------------------------------------------------------------------------

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const MEDIALS_PER_INITIAL = 21;
const FINALS_PER_MEDIAL = 28;

const SURNAMES: ReadonlyMap<string, string> = new Map([
  ...Object.entries(table.surnames),
  ...Object.entries(table.compoundSurnames),
]);
const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(Object.keys(table.compoundSurnames));

function isHangulSyllable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return ch.length === 1 && c >= HANGUL_FIRST && c <= HANGUL_LAST;
}

/** The romanization of one Hangul syllable, or `null` when `ch` is not one. */
function romanizeSyllable(ch: string): string | null {
  if (!isHangulSyllable(ch)) return null;
  const index = ch.codePointAt(0)! - HANGUL_FIRST;
  const initial = Math.floor(index / (MEDIALS_PER_INITIAL * FINALS_PER_MEDIAL));
  const medial = Math.floor(index / FINALS_PER_MEDIAL) % MEDIALS_PER_INITIAL;
  const final = index % FINALS_PER_MEDIAL;
  return `${table.initials[initial]}${table.medials[medial]}${table.finals[final]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
