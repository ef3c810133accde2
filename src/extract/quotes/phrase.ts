/**
 * Noun phrases that can speak: the subject of a reporting clause, walked back from its particle
 * over appositions and titles (`구글 딥마인드의 연구 담당 부사장인 존 스미스는`,
 * `스미스 구글 부사장은`, `금융당국 관계자도`), and what such a phrase is — a person with a name
 * and role, a pronoun, a group (두 정상), an organization, an unnamed source, a document.
 */
import { lookupPerson } from '../../text/people';
import {
  CONNECTIVES,
  COUNT_WORDS,
  DEMONSTRATIVES,
  DOCUMENT_NOUNS,
  FOREIGN_NAME_SYLLABLES,
  GROUP_HEADS,
  INSTITUTIONS,
  NON_SUBJECT_NOUNS,
  NP_MODIFIERS,
  ORG_ANAPHORS,
  ORG_DESCRIPTORS,
  ORG_SUFFIXES,
  PERSON_PRONOUNS,
  PLURAL_DESCRIPTORS,
  SPEAKER_NOUNS,
} from './lexicon';
import {
  allHangul,
  hasLatin,
  hasPersonToken,
  isAdverb,
  isKoreanNameShaped,
  isPersonToken,
  isPlaceToken,
  isSurname,
  isTitleLike,
  isVerbal,
  parseWord,
  type Word,
  type WordParts,
} from './words';

/** A word with its parts, or a quote standing in the sentence. */
export type Item =
  | { kind: 'word'; w: Word; parts: WordParts }
  | { kind: 'quote'; index: number; start: number; end: number };

const TEXTS = new WeakMap<readonly Item[], string[]>();

/** The written words of `items` (a placeholder for each quote), computed once per item list. */
export function itemTexts(items: readonly Item[]): string[] {
  let t = TEXTS.get(items);
  if (!t) {
    t = items.map((it) => (it.kind === 'word' ? it.w.text : '\u0000'));
    TEXTS.set(items, t);
  }
  return t;
}

/** Descriptor nouns of two syllables or more (단체, 기업): a head that ends with one names a kind of body. */
const DESCRIPTOR_HEADS: readonly string[] = [...ORG_DESCRIPTORS].filter((n) => n.length >= 2);

/** How far back a noun phrase reaches (words): appositions are long, but not unbounded. */
const MAX_PHRASE_WORDS = 16;

/** A word item made from a word. */
export function wordItem(w: Word): Item {
  return { kind: 'word', w, parts: parseWord(w) };
}

export type PhraseKind =
  | 'person'
  | 'pronoun'
  | 'plural'
  | 'group'
  | 'org-anaphor'
  | 'person-anaphor'
  | 'unnamed'
  | 'organization'
  | 'document'
  | 'other';

/** What a noun phrase is, before it is resolved against the article. */
export interface Phrase {
  kind: PhraseKind;
  /** Item indices of the phrase's first and last word. */
  first: number;
  last: number;
  /** Normalized range of the phrase without its particle. */
  start: number;
  end: number;
  text: string;
  /** The person's name as written here (full, surname or last name), or null. */
  name: string | null;
  /** `full`: a full name; `short`: a surname (김 장관) or last name (스미스 부사장). */
  nameForm: 'full' | 'short' | null;
  /** Range of the name. */
  nameStart: number;
  nameEnd: number;
  /** A Latin spelling written in parentheses after the name (존 스미스(John Smith)), or null. */
  nameAlias: string | null;
  /** The title / affiliation words as written, without the name. */
  role: string | null;
  /** The title word (장관, 후보자, 관계자), if any. */
  title: string | null;
  /** A name in scare quotes inside the phrase (국내 ‘한국AI협회’ → 한국AI협회). */
  quotedName: string | null;
  /** A Latin name in parentheses (‘한국AI협회’(KAIA) → KAIA). */
  enAlias: string | null;
  /** Members counted by the phrase (두 정상 → 2), if it names a group. */
  count: number | null;
  /** The head noun (the last word's stem). */
  head: string;
  /** Whether the phrase joins members with 과/와 (미국과 한국, 영국의 … 당국들). */
  coordinated: boolean;
  /** The members of a coordinated phrase, as item ranges `[first, last]`. */
  conjuncts: Array<[number, number]>;
  /** A group's members, analyzed. */
  members: Phrase[];
  /** A kind of body rather than a named one (시민단체들, 국내 중소기업): it speaks but is no antecedent. */
  generic: boolean;
  /** Which rules made the phrase. */
  evidence: string[];
}

const DATE = /^\d+(?:일|월|년|시|분|초|주|개월|년도)/u;

/** Whether the word at `k` can stand inside a noun phrase before its head. */
function nounish(it: Item): boolean {
  if (it.kind !== 'word') return false;
  const { w, parts } = it;
  const stem = parts.stem;
  if (!stem || CONNECTIVES.has(w.text) || CONNECTIVES.has(stem) || NON_SUBJECT_NOUNS.has(stem)) return false;
  if (DATE.test(stem)) return false;
  if (parts.role !== 'none' && parts.role !== 'genitive' && parts.role !== 'apposition' && parts.role !== 'coord') return false;
  if (w.text === '및' || w.text === '겸') return true;
  if (isTitleLike(stem) || (isKoreanNameShaped(stem) && hasPersonToken(w))) return true;
  if (isAdverb(w)) return false;
  if (parts.role === 'none' && isVerbal(w, parts)) return false;
  return true;
}

/**
 * The noun phrase whose head is the word item at `h` (its particle stripped), walking back to
 * `floor` over genitives (X의 Y), appositions (…인, …이자, 겸), coordination (과/와, commas, 및),
 * determiners (이, 두) and bare nouns. Returns the index of its first item.
 */
export function phraseStart(items: readonly Item[], h: number, floor: number): number {
  let first = h;
  for (let k = h - 1; k >= Math.max(floor, h - MAX_PHRASE_WORDS); k--) {
    const it = items[k]!;
    if (!nounish(it) || it.kind !== 'word') break;
    // the ending written on a quoted title (드라마 “…”의 감독): the phrase starts after it
    const before = items[k - 1];
    if (before && before.kind === 'quote' && before.end === it.w.start) break;
    first = k;
    const stem = it.parts.stem;
    if (it.parts.role === 'none' && DEMONSTRATIVES.has(stem) && (it.w.tokens[0]?.tags[0] === 'MM' || stem.length > 1)) break;
    // 두 정상: a count opens the phrase, unless an enumeration leads up to it (A, B, C 등 세 기관)
    if (it.parts.role === 'none' && COUNT_WORDS.has(stem)) {
      const prev = items[k - 1];
      if (!(prev && prev.kind === 'word' && k - 1 >= floor && /등$/u.test(prev.parts.stem))) break;
    }
  }
  // a phrase does not begin with a comma-closed word that nothing joins to (…한 가운데, 50개 …),
  // only with one that starts a list (한국, 미국, 일본의 …)
  while (first < h) {
    const it = items[first]!;
    const next = items[first + 1];
    const listGoesOn = !!next && next.kind === 'word' && (next.parts.role === 'coord' || next.parts.trailing.includes(','));
    if (it.kind === 'word' && it.parts.trailing.includes(',') && it.parts.role === 'none' && !listGoesOn) first++;
    else break;
  }
  // nor with a sentence connective or modifier-only word
  while (first < h) {
    const it = items[first]!;
    if (it.kind === 'word' && (CONNECTIVES.has(it.w.text) || CONNECTIVES.has(it.parts.stem))) first++;
    else break;
  }
  return first;
}

/** Analyze the noun phrase `items[first..last]` (the last word's particle is not part of it). */
export function analyzePhrase(items: readonly Item[], first: number, last: number): Phrase {
  const raw: PhraseWord[] = [];
  for (let k = first; k <= last; k++) {
    const it = items[k]!;
    if (it.kind !== 'word') continue;
    const isLast = k === last;
    const text = isLast ? it.parts.stem : it.w.text;
    raw.push({ w: it.w, stem: it.parts.stem, text, parts: it.parts, end: it.w.end, stemEnd: isLast ? it.parts.stemEnd : it.w.end, alias: null });
  }
  const text = raw.map((x) => x.text).join(' ').replace(/[,]+$/u, '');
  const words = withoutParentheticals(raw);
  const firstWord = words[0]!;
  const lastWord = words[words.length - 1]!;
  const start = firstWord.w.start;
  const end = lastWord.stemEnd;
  const head = lastWord.stem;
  const base: Phrase = {
    kind: 'other',
    first,
    last,
    start,
    end,
    text,
    name: null,
    nameForm: null,
    nameStart: start,
    nameEnd: end,
    nameAlias: null,
    role: null,
    title: null,
    quotedName: quotedNameIn(text),
    enAlias: enAliasIn(text),
    count: null,
    head,
    coordinated: false,
    conjuncts: conjunctsOf(items, first, last),
    members: [],
    generic: false,
    evidence: [],
  };
  base.coordinated = base.conjuncts.length >= 2;

  // pronouns, groups, descriptors
  if (words.length === 1 && PERSON_PRONOUNS.has(head)) return { ...base, kind: 'pronoun', evidence: ['speaker:pronoun'] };
  if (base.coordinated) {
    const members = base.conjuncts.map(([a, b]) => analyzePhrase(items, a, b));
    return { ...base, kind: 'group', count: base.conjuncts.length, members, evidence: ['speaker:group'] };
  }
  const compact = text.replace(/\s+/gu, ' ');
  const count = groupCount(words.map((x) => x.text));
  if (PLURAL_DESCRIPTORS.has(compact) || (count !== null && words.length <= 3)) {
    return { ...base, kind: 'plural', count, evidence: ['speaker:group-descriptor'] };
  }
  const det = words.length === 2 && DEMONSTRATIVES.has(firstWord.text);
  if (ORG_ANAPHORS.has(compact) || (det && ORG_DESCRIPTORS.has(head)) || head === '동사') {
    return { ...base, kind: 'org-anaphor', evidence: ['speaker:org-descriptor'] };
  }
  if (det && (SPEAKER_NOUNS.has(head) || isTitleLike(head))) {
    return { ...base, kind: 'person-anaphor', title: head, evidence: ['speaker:descriptor'] };
  }

  // 김씨, 이모(45)씨, 홍길동씨: a name (or surname + 모) with 씨 written on
  const ssi = /^([가-힣]{1,4})(?:\(\d{1,3}\))?씨$/u.exec(head);
  if (ssi && (isKoreanNameShaped(ssi[1]!) || isSurname(ssi[1]!) || /^[가-힣]모$/u.test(ssi[1]!))) {
    const bare = ssi[1]!;
    const full = isKoreanNameShaped(bare) && bare.length === 3;
    const role = words.length > 1 ? words.slice(0, -1).map((x) => x.text).join(' ') : null;
    return {
      ...base,
      kind: 'person',
      name: full ? bare : `${bare}씨`,
      nameForm: full ? 'full' : 'short',
      nameStart: lastWord.w.start,
      nameEnd: end,
      role,
      title: '씨',
      evidence: ['speaker:name'],
    };
  }
  // 회사 측, 삼성전자 측: the side speaks for the body or person named
  if ((head === '측' || (head.endsWith('측') && head.length > 2)) && words.length >= 1) {
    const named = head === '측' ? words.slice(0, -1).map((x) => x.text).join(' ') : head.slice(0, -1);
    if (named) {
      if (ORG_DESCRIPTORS.has(named) || ORG_ANAPHORS.has(named)) return { ...base, kind: 'org-anaphor', evidence: ['speaker:org-descriptor'] };
      return { ...base, kind: 'organization', text: named, evidence: ['speaker:organization'] };
    }
  }

  // apposition: everything up to the last …인 / …이자 is the role, the rest names the speaker
  let roleWords: string[] = [];
  let rest = words;
  for (let j = words.length - 2; j >= 0; j--) {
    const x = words[j]!;
    if (x.parts.role === 'apposition') {
      roleWords = words.slice(0, j + 1).map((y, n) => (n === j ? y.stem : y.text));
      rest = words.slice(j + 1);
      base.evidence.push('speaker:apposition');
      break;
    }
  }

  // an acronym in parentheses names a body, not a person (유엔환경계획(UNEP))
  if (words.some((x) => x.alias && /^[A-Z][A-Z0-9&.\-]{1,7}$/u.test(x.alias)) && !words.some((x) => isTitleLike(x.text))) {
    return { ...base, kind: 'organization', text: stripDeterminers(words.map((x) => x.text)), evidence: ['speaker:organization'] };
  }
  const person = findName(rest);
  const titleWord = [...rest].reverse().find((x) => isTitleLike(x.text));
  const title = titleWord ? titleWord.text : null;
  if (person) {
    const others = rest.filter((_, n) => n < person.from || n > person.to).map((x) => x.text);
    const role = roleWords.length > 0 && others.length === 0 ? roleWords.join(' ') : others.length > 0 ? others.join(' ') : roleWords.length ? roleWords.join(' ') : null;
    return {
      ...base,
      kind: 'person',
      name: person.name,
      nameForm: person.form,
      nameStart: rest[person.from]!.w.start,
      nameEnd: rest[person.to]!.stemEnd,
      nameAlias: latinAlias(rest[person.to]!.alias),
      role,
      title,
      evidence: [...base.evidence, person.form === 'short' ? 'speaker:short-name' : 'speaker:name'],
    };
  }
  if (documentHead(head) !== null) {
    return { ...base, kind: 'document', text: stripDeterminers(words.map((x) => x.text)), evidence: ['speaker:document'] };
  }
  if (SPEAKER_NOUNS.has(head) || isTitleLike(head) || SPEAKER_NOUNS.has(head.replace(/들$/u, ''))) {
    return { ...base, kind: 'unnamed', title: title ?? head, role: text, evidence: [...base.evidence, 'speaker:unnamed-source'] };
  }
  if (isOrganizationHead(words.map((x) => ({ w: x.w, text: x.text })), base)) {
    return { ...base, kind: 'organization', text: stripDeterminers(words.map((x) => x.text)), evidence: ['speaker:organization'] };
  }
  // 시민단체들은, 국내 중소기업들도: a kind of body, no one body in particular — an unnamed source
  const bare = head.replace(/들$/u, '');
  if (DESCRIPTOR_HEADS.some((n) => bare.endsWith(n)) && !words.some((x) => DEMONSTRATIVES.has(x.text))) {
    return { ...base, kind: 'unnamed', role: null, generic: true, evidence: ['speaker:generic-body'] };
  }
  return base;
}

/** A word of a phrase as the name rules read it: parenthetical text taken out (홍길동(45), 스미스(John Smith)). */
interface PhraseWord {
  w: Word;
  stem: string;
  text: string;
  parts: WordParts;
  /** Where the word (the last word of a merged parenthetical) ends, and where its stem ends. */
  end: number;
  stemEnd: number;
  /** What stood in parentheses after the word, if anything. */
  alias: string | null;
}

type NameWord = Pick<PhraseWord, 'w' | 'text' | 'stemEnd'>;

/** Take parenthetical text out of the words, joining words that a parenthesis spans (스미스(John Smith)). */
function withoutParentheticals(words: readonly PhraseWord[]): PhraseWord[] {
  const out: PhraseWord[] = [];
  for (let k = 0; k < words.length; k++) {
    const x = words[k]!;
    const open = x.text.indexOf('(');
    if (open < 0) {
      out.push(x);
      continue;
    }
    let j = k;
    while (j < words.length - 1 && !words[j]!.text.includes(')')) j++;
    const joined = words.slice(k, j + 1).map((y) => y.text).join(' ');
    const close = joined.indexOf(')', open);
    const alias = close > open ? joined.slice(open + 1, close).trim() : joined.slice(open + 1).trim();
    const rest = (joined.slice(0, open) + (close > open ? joined.slice(close + 1) : '')).trim();
    const lastOf = words[j]!;
    if (!rest && out.length > 0) {
      out[out.length - 1] = { ...out[out.length - 1]!, alias, end: lastOf.end, stemEnd: lastOf.stemEnd };
    } else {
      out.push({ ...x, text: rest || x.text, stem: rest || x.stem, parts: lastOf.parts, end: lastOf.end, stemEnd: lastOf.stemEnd, alias });
    }
    k = j;
  }
  return out.length > 0 ? out : [...words];
}

function latinAlias(alias: string | null): string | null {
  return alias && /^[A-Za-z][A-Za-z .'’\-]{1,60}$/u.test(alias) ? alias : null;
}

/** The person's name among the words of a phrase: its span (word indices) and form. */
function findName(ws: readonly NameWord[]): { from: number; to: number; name: string; form: 'full' | 'short' } | null {
  const n = ws.length;
  const isTitle = (k: number): boolean => k < n && isTitleLike(ws[k]!.text);
  const plain = (k: number): boolean =>
    k < n &&
    allHangul(ws[k]!.text) &&
    !isTitle(k) &&
    !NP_MODIFIERS.has(ws[k]!.text) &&
    !isPlaceToken(ws[k]!.w, ws[k]!.stemEnd) &&
    !orgSuffixed(ws[k]!.text) &&
    (!isOtherProperNoun(ws[k]!.w) || looksForeign(ws[k]!.text));
  const notOrg = (k: number): boolean => !orgSuffixed(ws[k]!.text) && !isOtherProperNoun(ws[k]!.w) && !isPlaceToken(ws[k]!.w, ws[k]!.stemEnd);
  // a name the gazetteer knows (에마뉘엘 마크롱, 마크롱)
  for (let k = 0; k < n; k++) {
    if (k + 1 < n && lookupPerson(`${ws[k]!.text} ${ws[k + 1]!.text}`)) return { from: k, to: k + 1, name: `${ws[k]!.text} ${ws[k + 1]!.text}`, form: 'full' };
    const known = plain(k) && ws[k]!.text.length >= 2 ? lookupPerson(ws[k]!.text) : null;
    if (known && (isTitle(k + 1) || k === n - 1 || hasPersonToken(ws[k]!.w))) {
      return { from: k, to: k, name: ws[k]!.text, form: known.kind === 'korean' && isKoreanNameShaped(ws[k]!.text) ? 'full' : 'short' };
    }
  }
  for (let k = 0; k < n; k++) {
    const x = ws[k]!;
    if (NP_MODIFIERS.has(x.text) || isTitle(k)) continue;
    // 김 장관, 윤 대통령: a surname before a title
    if (isSurname(x.text) && isTitle(k + 1)) return { from: k, to: k, name: x.text, form: 'short' };
    const personish = isPersonToken(x.w, x.stemEnd) || (hasPersonToken(x.w) && allHangul(x.text));
    // 김도현 후보자, 이준한 교수: a Korean full name (one word) before a title or as the phrase's end
    const nameShaped = isKoreanNameShaped(x.text) && x.text.length === 3 && notOrg(k);
    if (nameShaped && (isTitle(k + 1) || (personish && k === n - 1))) return { from: k, to: k, name: x.text, form: 'full' };
    if (!personish || !allHangul(x.text)) continue;
    // a Korean name is one word (김철수 산업통상자원부 장관: the ministry is no part of it)
    const familyNext = k + 1 < n && plain(k + 1) && (looksForeign(ws[k + 1]!.text) || isPersonToken(ws[k + 1]!.w, ws[k + 1]!.stemEnd));
    if (nameShaped && !looksForeign(x.text) && !familyNext) {
      return { from: k, to: k, name: x.text, form: 'full' };
    }
    // a foreign name: given name + family name (에마뉘엘 마크롱, 존 스미스), or one word before a title
    let from = k;
    if (k > 0 && plain(k - 1) && ws[k - 1]!.text.length <= 2 && !isTitle(k - 1)) from = k - 1; // 브리지트 마크롱 (a short given name before the family name)
    let to = k;
    if (plain(k + 1) && (k + 1 === n - 1 ? !isTitle(k + 1) : true) && !isPlaceToken(ws[k + 1]!.w, ws[k + 1]!.stemEnd)) {
      if (from === k) to = k + 1;
    }
    // a third name word only when mecab reads it as a name and a title or the end follows
    if (to === k + 1 && plain(k + 2) && looksForeign(ws[k + 2]!.text) && isPersonToken(ws[k + 2]!.w, ws[k + 2]!.stemEnd) && (isTitle(k + 3) || k + 2 === n - 1)) to = k + 2;
    const name = ws.slice(from, to + 1).map((y) => y.text).join(' ');
    const form = to > from ? 'full' : isKoreanNameShaped(name) && name.length >= 3 ? 'full' : 'short';
    return { from, to, name, form };
  }
  // 스미스 구글 부사장, 홍길동 한빛전자 대표: a name before the title, organization words between
  let t = -1;
  for (let k = 0; k < n; k++) {
    if (isTitle(k)) {
      t = k;
      break;
    }
  }
  if (t > 0) {
    let k = t - 1;
    const orgish = (j: number): boolean =>
      hasLatin(ws[j]!.text) || isPlaceToken(ws[j]!.w, ws[j]!.stemEnd) || orgSuffixed(ws[j]!.text) || isOtherProperNoun(ws[j]!.w);
    while (k > 0 && orgish(k)) k--;
    const x = ws[k]!;
    if (isKoreanNameShaped(x.text) && x.text.length === 3 && notOrg(k) && (k < t - 1 || hasPersonToken(x.w) || !x.w.tokens.every((tk) => tk.tags[0] === 'NNG'))) {
      return { from: k, to: k, name: x.text, form: 'full' };
    }
    if (plain(k) && x.text.length >= 2 && (hasPersonToken(x.w) || x.w.tokens.length === 0 || !x.w.tokens.every((tk) => tk.tags[0] === 'NNG' && tk.end - tk.start >= 2))) {
      if (k === 0 || !plain(k - 1) || NP_MODIFIERS.has(ws[k - 1]!.text)) return { from: k, to: k, name: x.text, form: 'short' };
    }
  }
  return null;
}

/** A proper noun mecab does not read as a person's name (이화여대, 청와대): never part of a name. */
function isOtherProperNoun(w: Word): boolean {
  return w.tokens.length > 0 && w.tokens.some((t) => t.tags[0] === 'NNP') && !hasPersonToken(w);
}

function orgSuffixed(s: string): boolean {
  if (INSTITUTIONS.has(s)) return true;
  for (const suf of ORG_SUFFIXES) {
    if (s.length > suf.length && s.endsWith(suf) && (suf.length >= 2 || s.length >= 3)) return true;
  }
  return false;
}

/** Whether a Hangul word has a syllable Korean names do not (마이클, 로버트). */
function looksForeign(s: string): boolean {
  for (const ch of s) if (FOREIGN_NAME_SYLLABLES.has(ch)) return true;
  return false;
}

/**
 * Whether the phrase names an organization: an institution that speaks without a name (검찰, 정부),
 * a name in scare quotes or with an English alias, a Latin name (IBM), or a head with an
 * organization suffix (오픈소스재단, 한국개발연구원) when something in the phrase is a name — a generic
 * noun such as 국내 중소기업 or 주요 투자은행 is no one in particular.
 */
function isOrganizationHead(words: ReadonlyArray<{ w: Word; text: string }>, p: Phrase): boolean {
  const head = p.head;
  if (INSTITUTIONS.has(head)) return true;
  if (p.quotedName || p.enAlias) return true;
  if (words.every((x) => /^[A-Za-z0-9&.\-’']+$/u.test(x.text))) return true; // IBM, OpenAI
  const named = words.some((x) => x.w.tokens.some((t) => t.tags[0] === 'NNP' && t.semanticClass !== '인명') || /^[A-Za-z][A-Za-z0-9&.\-]*$/u.test(x.text));
  if (!named) return false;
  if (ORG_DESCRIPTORS.has(head)) return true;
  for (const suf of ORG_SUFFIXES) {
    if (!head.endsWith(suf) || head === suf) continue;
    if (suf.length >= 2 || head.length >= 3) return true;
  }
  const lastW = words[words.length - 1]!;
  return lastW.w.tokens.some((t) => t.tags[0] === 'NNP') && !hasPersonToken(lastW.w);
}

/** The number of members a group phrase counts (두 정상 → 2, 한미일 3국 → 3), else null. */
function groupCount(ws: readonly string[]): number | null {
  const lastW = ws[ws.length - 1] ?? '';
  if (COUNT_WORDS.has(lastW)) return COUNT_WORDS.get(lastW)!;
  const m = /^(\d+)(?:개국|국|개\s?기관|자|당)$/u.exec(lastW);
  if (m) return Number(m[1]);
  if (ws.length >= 2) {
    const c = COUNT_WORDS.get(ws[ws.length - 2]!);
    if (c !== undefined && GROUP_HEADS.has(lastW.replace(/들$/u, ''))) return c;
  }
  if (/^(?:양|두)[가-힣]{1,2}$/u.test(lastW) && GROUP_HEADS.has(lastW.slice(1))) return 2;
  return null;
}

/** The members of a phrase joined by 과/와 or commas (및 joins inside a member: 금융 및 통화 당국). */
function conjunctsOf(items: readonly Item[], first: number, last: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = first;
  for (let k = first; k < last; k++) {
    const it = items[k]!;
    if (it.kind !== 'word') continue;
    // 북한학과 교수: a department before a title, not 북한학 + 과
    const next = items[k + 1];
    const department = it.parts.particle === '과' && it.parts.stem.endsWith('학') && next?.kind === 'word' && isTitleLike(next.parts.stem);
    if ((it.parts.role === 'coord' && !department) || (it.parts.role === 'none' && it.parts.trailing === ',')) {
      out.push([from, k]);
      from = k + 1;
    }
  }
  if (out.length === 0) return [];
  out.push([from, last]);
  return out;
}

function stripDeterminers(ws: readonly string[]): string {
  let k = 0;
  while (k < ws.length - 1 && (DEMONSTRATIVES.has(ws[k]!) || NON_SUBJECT_NOUNS.has(ws[k]!))) k++;
  return ws.slice(k).join(' ');
}

function quotedNameIn(text: string): string | null {
  const m = /‘([^‘’]{1,40})’/u.exec(text);
  return m ? m[1]!.trim() : null;
}

function enAliasIn(text: string): string | null {
  const m = /\(([A-Za-z][A-Za-z0-9 .&'’\-]{0,60})\)/u.exec(text);
  return m ? m[1]!.trim() : null;
}

/** The document noun a word ends with (공동성명 → 공동성명, 합동주의보 → 주의보), or null. */
export function documentHead(stem: string): string | null {
  if (DOCUMENT_NOUNS.has(stem)) return stem;
  let best: string | null = null;
  for (const n of DOCUMENT_NOUNS) if (n.length >= 2 && stem.endsWith(n) && (!best || n.length > best.length)) best = n;
  return best;
}
