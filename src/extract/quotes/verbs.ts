/**
 * Speech verbs: the lexicon of src/lexicon/speech-verbs.json turned into a matcher for words as
 * written. Korean lemmas are conjugated here (말하다 → 말했다, 말했습니다, 말하며, 말하면서도,
 * 말한 뒤, 말한다, 말합니다, 말하기도 했다), so the lexicon lists each verb once.
 */
import speech from '../../lexicon/speech-verbs.json';
import { stripTrailing } from './punct';

/** How a verb form ends, which decides the endings it takes. */
type StemKind = 'base' | 'past' | 'adnominal' | 'polite';

interface StemEntry {
  lemma: string;
  kind: StemKind;
  /** Counts only right after a quotative ending (…라고 했다). */
  weak: boolean;
}

/** Endings after each kind of stem (the word is stem + ending, trailing punctuation removed). */
const ENDINGS: Record<StemKind, ReadonlySet<string>> = {
  base: new Set([
    '며', '면서', '면서도', '고', '고는', '고도', '기도', '기까지', '자', '지만', '는', '는데', '기에', '여', '여서', '게',
    '던', '곤', '으며', '으면서', '으면서도', '은', '을', '기는', '기로', '거나', '다',
  ]),
  past: new Set([
    '다', '습니다', '고', '으며', '는데', '지만', '다고', '다며', '다면서', '다는', '던', '으나', '어요', '지요', '죠', '음', '을',
    '기에', '으니', '다가', '는지', '음에도', '는데도', '다네', '다더라', '답니다', '던데',
  ]),
  adnominal: new Set(['', '다', '다고', '다며', '다면서', '다는', '데', '다면', '다지만']),
  polite: new Set(['니다', '니까']),
};

const HANGUL_BASE = 0xac00;
const MEDIALS = 21;
const FINALS = 28;
const F_NIEUN = 4;
const F_RIEUL = 8;
const F_BIEUP = 17;
const F_SSANG_SIOT = 20;

function decompose(ch: string): { i: number; m: number; f: number } | null {
  const c = ch.charCodeAt(0) - HANGUL_BASE;
  if (ch.length !== 1 || c < 0 || c > 11171) return null;
  return { i: Math.floor(c / (MEDIALS * FINALS)), m: Math.floor(c / FINALS) % MEDIALS, f: c % FINALS };
}

function compose(i: number, m: number, f: number): string {
  return String.fromCharCode(HANGUL_BASE + (i * MEDIALS + m) * FINALS + f);
}

/** Past stems of a present stem: 말하 → 말했, 말하였; 밝히 → 밝혔; 털어놓 → 털어놓았; 내다보 → 내다봤. */
export function pastStems(stem: string): string[] {
  const head = stem.slice(0, -1);
  const last = decompose(stem.slice(-1));
  if (!last) return [];
  const { i, m, f } = last;
  if (f !== 0) {
    return [stem + (m === 0 || m === 8 ? '았' : '었')];
  }
  if (i === 18 && m === 0) return [head + '했', head + '하였']; // 하
  switch (m) {
    case 20: // ㅣ → ㅕ
      return [head + compose(i, 6, F_SSANG_SIOT), stem + '었'];
    case 0: // ㅏ
      return [head + compose(i, 0, F_SSANG_SIOT)];
    case 8: // ㅗ → ㅘ
      return [head + compose(i, 9, F_SSANG_SIOT), stem + '았'];
    case 13: // ㅜ → ㅝ
      return [head + compose(i, 14, F_SSANG_SIOT), stem + '었'];
    case 11: // ㅚ → ㅙ
      return [head + compose(i, 10, F_SSANG_SIOT), stem + '었'];
    case 18: {
      // ㅡ: 르 irregular (부르 → 불렀), else 쓰 → 썼
      if (i === 5 && head.length > 0) {
        const prev = decompose(head.slice(-1));
        if (prev && prev.f === 0) {
          const bright = prev.m === 0 || prev.m === 8;
          return [head.slice(0, -1) + compose(prev.i, prev.m, F_RIEUL) + compose(5, bright ? 0 : 4, F_SSANG_SIOT)];
        }
      }
      return [head + compose(i, 4, F_SSANG_SIOT)];
    }
    default: // ㅓ ㅐ ㅔ ㅕ …
      return [head + compose(i, m, F_SSANG_SIOT), stem + '었'];
  }
}

/** The adnominal past form (말한, 밝힌, 털어놓은, 연). */
function adnominalStems(stem: string): string[] {
  const head = stem.slice(0, -1);
  const last = decompose(stem.slice(-1));
  if (!last) return [];
  if (last.f === 0) return [head + compose(last.i, last.m, F_NIEUN)];
  if (last.f === F_RIEUL) return [head + compose(last.i, last.m, F_NIEUN)];
  return [stem + '은', stem + '는'];
}

/** The polite present stem (말합, 밝힙, 털어놓습). */
function politeStems(stem: string): string[] {
  const head = stem.slice(0, -1);
  const last = decompose(stem.slice(-1));
  if (!last) return [];
  if (last.f === 0 || last.f === F_RIEUL) return [head + compose(last.i, last.m, F_BIEUP)];
  return [stem + '습'];
}

/** The honorific stem (말하 → 말하시, 털어놓 → 털어놓으시, 열 → 여시). */
function honorificStem(stem: string): string {
  const last = decompose(stem.slice(-1));
  if (!last) return stem;
  if (last.f === 0) return `${stem}시`;
  if (last.f === F_RIEUL) return `${stem.slice(0, -1)}${compose(last.i, last.m, 0)}시`;
  return `${stem}으시`;
}

type VerbEntry = string | { lemma: string; stems?: string[]; past?: string[] };

function buildStemMap(verbs: readonly VerbEntry[], weak: boolean, into: Map<string, StemEntry[]>): void {
  for (const v of verbs) {
    const lemma = typeof v === 'string' ? v : v.lemma;
    if (!lemma.endsWith('다')) continue;
    const stem = lemma.slice(0, -1);
    const stems = typeof v === 'string' || !v.stems ? [stem] : v.stems;
    const add = (form: string, kind: StemKind): void => {
      if (!form) return;
      const list = into.get(form) ?? [];
      if (!list.some((e) => e.lemma === lemma && e.kind === kind)) list.push({ lemma, kind, weak });
      into.set(form, list);
    };
    for (const s of stems) {
      add(s, 'base');
      for (const a of adnominalStems(s)) add(a, 'adnominal');
      for (const p of politeStems(s)) add(p, 'polite');
      // the honorific -시-: 말씀하셨다, 당부하셨습니다, 말씀하시며
      const h = honorificStem(s);
      add(h, 'base');
      for (const p of pastStems(h)) add(p, 'past');
      for (const a of adnominalStems(h)) add(a, 'adnominal');
      for (const p of politeStems(h)) add(p, 'polite');
    }
    const pasts = typeof v !== 'string' && v.past ? v.past : pastStems(stem);
    for (const p of pasts) add(p, 'past');
  }
}

const STEMS = new Map<string, StemEntry[]>();
buildStemMap(speech.ko.verbs as VerbEntry[], false, STEMS);
buildStemMap(speech.ko.weak, true, STEMS);

/** Phrase nouns (without their particle) → the verb stems that complete them. */
const PHRASES = new Map<string, Array<{ noun: string; verb: string; verbWords: string[]; stems: Map<string, StemEntry[]> }>>();
for (const [noun, entry] of speech.ko.phrases as Array<[string, VerbEntry]>) {
  const bare = noun.replace(/[을를이가도은는]$/u, '');
  const verb = typeof entry === 'string' ? entry : entry.lemma;
  const words = verb.split(' ');
  const stems = new Map<string, StemEntry[]>();
  const last = words[words.length - 1] as string;
  buildStemMap([typeof entry === 'string' ? last : { ...entry, lemma: last }], false, stems);
  const list = PHRASES.get(bare) ?? [];
  list.push({ noun, verb, verbWords: words.slice(0, -1), stems });
  PHRASES.set(bare, list);
}

const EN_FORMS: ReadonlySet<string> = new Set(speech.en.forms);
const EN_PHRASAL: ReadonlyArray<readonly [string, string]> = speech.en.phrasal as Array<[string, string]>;
/** Punctuation and closing marks after a word, left out of its bare form. */
const TRAILING_PUNCT = '.,;:!?…·)]\'"’”';
const NOUN_PARTICLES = new Set(['', '을', '를', '도', '은', '는', '만', '까지', '이', '가', '과', '와']);

/** A speech verb found in a sequence of words. */
export interface VerbMatch {
  /** Index of the first and last word of the verb phrase. */
  first: number;
  last: number;
  lemma: string;
  weak: boolean;
  /** Which rule matched: `verb:lexicon`, `verb:phrase`. */
  rule: string;
}

/** The bare form of a word for verb matching (trailing punctuation and quote marks removed). */
export function bareWord(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  // most words end in a letter: no punctuation to strip
  if ((last >= 0xac00 && last <= 0xd7a3) || (last >= 97 && last <= 122) || (last >= 65 && last <= 90)) return text;
  return stripTrailing(text, TRAILING_PUNCT);
}

/** The longest stem of the tables (characters): a word's prefixes longer than this match nothing. */
const MAX_STEM = Math.max(...[...STEMS.keys()].map((k) => k.length), ...[...PHRASES.values()].flat().flatMap((p) => [...p.stems.keys()].map((k) => k.length)));

/** Match one word against the conjugated stems in `stems`; the longest stem wins. */
function matchStem(word: string, stems: Map<string, StemEntry[]>): StemEntry | null {
  for (let k = Math.min(word.length, MAX_STEM); k >= 1; k--) {
    const entries = stems.get(word.slice(0, k));
    if (!entries) continue;
    const ending = word.slice(k);
    for (const e of entries) if (ENDINGS[e.kind].has(ending)) return e;
  }
  return null;
}

/** What one written word offers the verb matcher: its bare form, its lexicon verb, the phrases its noun starts. */
interface WordVerbs {
  bare: string;
  stem: StemEntry | null;
  phrases: ReadonlyArray<{ noun: string; verb: string; verbWords: string[]; stems: Map<string, StemEntry[]> }>;
}

const WORD_VERBS = new Map<string, WordVerbs>();
const NO_PHRASES: WordVerbs['phrases'] = [];

/** The verb matcher's view of a word, worked out once per distinct word. */
function wordVerbs(word: string): WordVerbs {
  let hit = WORD_VERBS.get(word);
  if (hit) return hit;
  const bare = bareWord(word);
  let phrases: WordVerbs['phrases'] = NO_PHRASES;
  for (let k = Math.min(bare.length, 6); k >= 1; k--) {
    const ps = PHRASES.get(bare.slice(0, k));
    if (ps && NOUN_PARTICLES.has(bare.slice(k))) phrases = phrases === NO_PHRASES ? ps : [...phrases, ...ps];
  }
  hit = { bare, stem: bare ? matchStem(bare, STEMS) : null, phrases };
  if (WORD_VERBS.size > 50_000) WORD_VERBS.clear();
  WORD_VERBS.set(word, hit);
  return hit;
}

/** Whether `word` is a form of 하다 that completes `…기도 했다` / `…한 것이다` chains. */
function isHada(word: string): boolean {
  return /^(?:했|하였|한다|합니다|하며|하고|하기|했었)/u.test(word);
}

/**
 * The Korean speech verb that starts at `words[at]`, if any: a lexicon verb in any conjugation,
 * a phrase (의미를 부여했다), with `…기도 했다` and `…한 것이다` taken in.
 */
export function matchKoreanVerb(words: readonly string[], at: number): VerbMatch | null {
  const word = words[at];
  if (!word) return null;
  const info = wordVerbs(word);
  if (!info.bare) return null;
  // noun + verb phrases first: 의미를 부여했다
  for (const p of info.phrases) {
    let j = at + 1;
    let ok = true;
    for (const vw of p.verbWords) {
      if (bareWord(words[j] ?? '') !== vw) ok = false;
      j++;
    }
    if (!ok) continue;
    const e = matchStem(bareWord(words[j] ?? ''), p.stems);
    if (e) return extend(words, { first: at, last: j, lemma: `${p.noun} ${p.verb}`, weak: false, rule: 'verb:phrase' }, e);
  }
  const e = info.stem;
  if (!e) return null;
  return extend(words, { first: at, last: at, lemma: e.lemma, weak: e.weak, rule: 'verb:lexicon' }, e);
}

function extend(words: readonly string[], m: VerbMatch, e: StemEntry): VerbMatch {
  const w = bareWord(words[m.last] ?? '');
  const next = bareWord(words[m.last + 1] ?? '');
  // 털어놓기도 했다, 말하곤 했다
  if (e.kind === 'base' && (w.endsWith('기도') || w.endsWith('곤') || w.endsWith('기는')) && isHada(next)) {
    return { ...m, last: m.last + 1 };
  }
  // 재확인한 것입니다, 강조한 것이다
  if (e.kind === 'adnominal' && /^것(?:이|입)/u.test(next)) return { ...m, last: m.last + 1 };
  return m;
}

/** Whether an English word (lower-cased, punctuation removed) is a reporting verb. */
export function isEnglishVerb(word: string): boolean {
  return EN_FORMS.has(word);
}

/** The English phrasal reporting verb (pointed out) at `words[at]`, as its word count, else 0. */
export function englishPhrasalAt(words: readonly string[], at: number): number {
  const a = (words[at] ?? '').toLowerCase();
  const b = (words[at + 1] ?? '').toLowerCase().replace(/[^a-z]/g, '');
  for (const [x, y] of EN_PHRASAL) if (a === x && b === y) return 2;
  return 0;
}
