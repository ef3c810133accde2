/**
 * The gazetteer of well-known people.
 *
 * Korean news writes foreign names in Hangul (도널드 트럼프, 이시바 시게루, 샘 올트먼) and famous
 * Koreans have English spellings of their own that the Revised Romanization would not give
 * (윤석열 → Yoon Suk Yeol, 김정은 → Kim Jong Un). This module looks such names up in
 * `src/lexicon/people.json`, where each entry is
 *
 * ```json
 * { "ko": ["도널드 트럼프", "트럼프"], "en": "Donald Trump", "kind": "foreign",
 *   "role": "45th and 47th President of the United States" }
 * ```
 *
 * `ko` holds the Hangul forms Korean newspapers use (the first is canonical; surname-only forms
 * only for people unambiguous by surname in the news), `en` the English name the press uses
 * (Japanese names surname first, as the Japanese government and the Korean press write them),
 * `kind` says whether the person is Korean (`korean`, North or South) or not (`foreign`), and
 * `role` is a short description for readers. The optional `koWeak` lists forms from `ko` that are
 * also ordinary words (조국 "homeland", 한강 the river, 대처 "response"): a text matcher should
 * accept them only with supporting context, such as a title next to the name.
 */
import entries from '../lexicon/people.json';

/** A person found in the gazetteer. */
export interface PersonMatch {
  /** The English name the press uses: `Donald Trump`, `Yoon Suk Yeol`, `Ishiba Shigeru`. */
  readonly en: string;
  /** `korean` for Koreans (North and South), `foreign` for everyone else. */
  readonly kind: 'foreign' | 'korean';
  /** A short description of who the person is, or `null` when the gazetteer has none. */
  readonly role: string | null;
}

/**
 * Look up a person's name as Korean news writes it (`도널드 트럼프`, `트럼프`, `윤석열`).
 *
 * The lookup is NFC-normalised, ignores spaces, full stops, middle dots and hyphens (`도널드트럼프`,
 * `J.D. 밴스` and `JD 밴스` all match) and ignores the case of Latin letters. It matches whole names
 * only: titles and particles (`트럼프 대통령은`) must be removed by the caller.
 *
 * Returns the person, or `null` when the name is not in the gazetteer. Never throws.
 *
 * @example lookupPerson('닉 클레그') // { en: 'Nick Clegg', kind: 'foreign', role: '…' }
 * @example lookupPerson('윤석열')?.en // 'Yoon Suk Yeol'
 */
export function lookupPerson(nameKo: string): PersonMatch | null {
  const key = nameKey(nameKo);
  if (key === '') return null;
  index ??= buildIndex();
  return index.get(key) ?? null;
}

// ---------------------------------------------------------------------------------------------

/** One entry of `people.json` as stored. */
interface PersonEntry {
  readonly ko: readonly string[];
  readonly en: string;
  readonly kind: string;
  readonly role: string | null;
  readonly koWeak?: readonly string[];
}

// Characters a name may be written with or without: spaces, full stops, middle dots, hyphens.
const IGNORED = /[\s.·ㆍ・\-‐‑]/gu;

let index: Map<string, PersonMatch> | null = null;

function nameKey(name: string): string {
  // fast path: Hangul syllables and ASCII letters only (no spaces, marks or other scripts)
  let plain = true;
  let lower = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) continue;
    if (c >= 0x61 && c <= 0x7a) continue;
    if (c >= 0x41 && c <= 0x5a) {
      lower = false;
      continue;
    }
    plain = false;
    break;
  }
  if (plain) return lower ? name : name.toLowerCase();
  return name.normalize('NFC').replace(IGNORED, '').toLowerCase();
}

function buildIndex(): Map<string, PersonMatch> {
  const map = new Map<string, PersonMatch>();
  for (const entry of entries as readonly PersonEntry[]) {
    const person: PersonMatch = Object.freeze({
      en: entry.en,
      kind: entry.kind === 'korean' ? 'korean' : 'foreign',
      role: entry.role ?? null,
    });
    for (const form of entry.ko) {
      const key = nameKey(form);
      // a form that two entries claim would be ambiguous; the first entry keeps it (the tests
      // check that the gazetteer has none)
      if (key !== '' && !map.has(key)) map.set(key, person);
    }
  }
  return map;
}
