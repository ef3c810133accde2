/**
 * Noun phrases that can speak: the subject of a reporting clause, walked back from its particle
 * over appositions and titles (`구글 딥마인드의 연구 담당 부사장인 존 스미스는`,
 * `스미스 구글 부사장은`, `금융당국 관계자도`), and what such a phrase is — a person with a name
 * and role, a pronoun, a group (두 정상), an organization, an unnamed source, a document.
 */
import {
  CONNECTIVES,
  COUNT_WORDS,
  DEMONSTRATIVES,
  DESCRIPTOR_HEADS,
  DOCUMENT_HEADS,
  DOCUMENT_NOUNS,
  FOREIGN_NAME_SYLLABLES,
  GAZETTEER_FIRST_WORDS,
  GROUP_HEADS,
  INSTITUTIONS,
  NON_SUBJECT_NOUNS,
  NP_MODIFIERS,
  ORG_ANAPHORS,
  ORG_DESCRIPTORS,
  ORG_SUFFIXES,
  ORG_WORDS,
  COMPOUND_SURNAMES,
  NAMED_ORG_SUFFIXES,
  INDEFINITES,
  BODY_NOUNS,
  MEDIA_NOUNS,
  TITLE_RANKS,
  TITLE_SET,
  PLAIN_TITLES,
  PERSON_PRONOUNS,
  PLURAL_DESCRIPTORS,
  SPEAKER_NOUNS,
  UNNAMED_SOURCES,
} from './lexicon';
import {
  allHangul,
  hasLatin,
  hasPersonToken,
  isAdverb,
  isChineseSurname,
  isForeignNameShaped,
  isKoreanNameShaped,
  isPersonToken,
  isPlaceToken,
  isSurname,
  isTitleLike,
  isVerbal,
  knownPerson,
  parseWord,
  type Word,
  type WordParts,
} from './words';

/** A word with its parts, or a quote standing in the sentence. */
export type Item =
  | { kind: 'word'; w: Word; parts: WordParts }
  | { kind: 'quote'; index: number; start: number; end: number };

/**
 * What is worked out once per item list, kept on the list itself (a WeakMap would do, but its
 * entries cost every garbage collection more than the lookups save).
 */
const DERIVED = Symbol('derived');

interface Derived {
  texts?: string[];
  phrases?: Map<number, Phrase>;
}

function derived(items: readonly Item[]): Derived {
  const holder = items as unknown as { [DERIVED]?: Derived };
  return (holder[DERIVED] ??= {});
}

/** The written words of `items` (a placeholder for each quote), computed once per item list. */
export function itemTexts(items: readonly Item[]): string[] {
  const dv = derived(items);
  return (dv.texts ??= items.map((it) => (it.kind === 'word' ? it.w.text : '\u0000')));
}

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
  /** Introduced by an indefinite determiner (한 상인, 어느 관계자): a new source, never an earlier one. */
  indefinite: boolean;
  /** The determiner before the head (한, 어느, 이, 그), if any. */
  determiner: string | null;
  /**
   * The first word when it is also a surname and only modifiers stand between it and a title head
   * (전 대변인, 이 대변인, 반 전 총장): it may name a person of that surname introduced with the title,
   * whatever else the word means (former, this, one).
   */
  surname: string | null;
  /**
   * The noun by which the phrase refers to a body named before without naming it (통신은, 이 신문은,
   * 협회 측은), or null.
   */
  bodyNoun: string | null;
  /** Which rules made the phrase. */
  evidence: string[];
}

const DATE = /^\d+(?:일|월|년|시|분|초|주|개월|년도)/u;

/** Whether the word at `k` can stand inside a noun phrase before its head. */
function nounish(it: Item, headIsTitle = false): boolean {
  if (it.kind !== 'word') return false;
  const { w, parts } = it;
  const stem = parts.stem;
  if (!stem || CONNECTIVES.has(w.text) || CONNECTIVES.has(stem) || NON_SUBJECT_NOUNS.has(stem)) return false;
  if (DATE.test(stem)) return false;
  if (parts.role !== 'none' && parts.role !== 'genitive' && parts.role !== 'apposition' && parts.role !== 'coord') return false;
  if (w.text === '및' || w.text === '겸') return true;
  if (parts.title || (isKoreanNameShaped(stem) && hasPersonToken(w))) return true;
  if (isAdverb(w)) return false;
  if (parts.role === 'none' && isVerbal(w, parts)) return headIsTitle && misreadName(w, parts);
  return true;
}

/**
 * A name mecab read as a verb (박하윤 → 박하/VA 윤/EC): a Korean name's shape, no adnominal or
 * final ending, before a role that ends in a title.
 */
function misreadName(w: Word, parts: WordParts): boolean {
  if (parts.particle || parts.trailing || !isKoreanNameShaped(w.text)) return false;
  if (compoundSurnamed(w.text)) return true; // 남궁하은 (mecab: 남/NNG 궁하/VA 은/ETM)
  if (w.text.length !== 3) return false;
  const tail = w.tokens.at(-1)?.tags.at(-1) ?? '';
  return tail !== 'ETM' && tail !== 'EF' && tail !== 'ETN' && !w.tokens.some((t) => t.tags[0] === 'MAG' || t.tags[0] === 'MAJ');
}

/**
 * A given name mecab read as something else (순다르 → 순/NNB 다르/VA) before a family name that
 * the gazetteer knows with it (순다르 피차이).
 */
function givenNameOf(it: Item, next: Item | undefined): boolean {
  if (it.kind !== 'word' || !next || next.kind !== 'word' || it.parts.particle || it.parts.trailing) return false;
  return GAZETTEER_FIRST_WORDS.has(it.w.text) && knownPerson(`${it.w.text} ${next.parts.stem}`) !== null;
}

/**
 * A name whose last syllable reads as the subject particle 이/가 (왕이 중국 외교부장은): a name the
 * gazetteer knows or a Chinese name's shape, standing before a role that ends in a title.
 */
function nameLikeParticle(it: Item): boolean {
  if (it.kind !== 'word' || it.parts.role !== 'nominative' || it.parts.trailing) return false;
  const full = it.w.text;
  return allHangul(full) && full.length <= 4 && (knownPerson(full) !== null || (isForeignNameShaped(full) && foreignReading(it.w)));
}

/**
 * The noun phrase whose head is the word item at `h` (its particle stripped), walking back to
 * `floor` over genitives (X의 Y), appositions (…인, …이자, 겸), coordination (과/와, commas, 및),
 * determiners (이, 두) and bare nouns. Returns the index of its first item.
 */
export function phraseStart(items: readonly Item[], h: number, floor: number): number {
  let first = h;
  const head = items[h];
  const headIsTitle = !!head && head.kind === 'word' && head.parts.title;
  for (let k = h - 1; k >= Math.max(floor, h - MAX_PHRASE_WORDS); k--) {
    const it = items[k]!;
    if (headIsTitle && k < h - 1 && nameLikeParticle(it)) {
      first = k; // 왕이 중국 외교부장: the name opens the phrase
      break;
    }
    if (!nounish(it, headIsTitle) && !givenNameOf(it, items[k + 1])) break;
    if (it.kind !== 'word') break;
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

/**
 * Analyze the noun phrase `items[first..last]` (the last word's particle is not part of it).
 * The analysis depends on the items alone, so it is made once per phrase of an item list (the
 * subject, topic and mention rules ask about the same phrases); callers must not change it.
 */
export function analyzePhrase(items: readonly Item[], first: number, last: number): Phrase {
  const byRange = (derived(items).phrases ??= new Map());
  const key = first * 0x10000 + last;
  let ph = byRange.get(key);
  if (!ph) {
    ph = analyze(items, first, last);
    byRange.set(key, ph);
  }
  return ph;
}

function analyze(items: readonly Item[], first: number, last: number): Phrase {
  const raw: PhraseWord[] = [];
  for (let k = first; k <= last; k++) {
    const it = items[k]!;
    if (it.kind !== 'word') continue;
    const isLast = k === last;
    const text = isLast ? it.parts.stem : it.w.text;
    const title = isLast || it.w.text === it.parts.stem ? it.parts.title : isTitleLike(text);
    raw.push({ w: it.w, stem: it.parts.stem, text, title, parts: it.parts, end: it.w.end, stemEnd: isLast ? it.parts.stemEnd : it.w.end, alias: null });
  }
  let text = raw.length === 1 ? raw[0]!.text : raw.map((x) => x.text).join(' ');
  while (text.endsWith(',')) text = text.slice(0, -1);
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
    quotedName: raw.some((x) => x.text.includes('‘')) ? quotedNameIn(text) : null,
    enAlias: raw.some((x) => x.text.includes('(')) ? enAliasIn(text) : null,
    count: null,
    head,
    coordinated: false,
    conjuncts: conjunctsOf(items, first, last),
    members: [],
    generic: false,
    indefinite: false,
    determiner: null,
    surname: surnameBeforeTitle(words),
    bodyNoun: bodyNounOf(words),
    evidence: [],
  };
  base.coordinated = base.conjuncts.length >= 2;

  // pronouns, groups, descriptors
  if (words.length === 1 && PERSON_PRONOUNS.has(head)) return { ...base, kind: 'pronoun', evidence: ['speaker:pronoun'] };
  if (base.coordinated) {
    const members = base.conjuncts.map(([a, b]) => analyzePhrase(items, a, b));
    return { ...base, kind: 'group', count: base.conjuncts.length, members, evidence: ['speaker:group'] };
  }
  // the words hold no spaces, so the text is already written with single spaces
  const compact = text;
  const count = words.length <= 3 ? groupCount(words.map((x) => x.text)) : null;
  if ((words.length <= 3 && PLURAL_DESCRIPTORS.has(compact)) || count !== null) {
    return { ...base, kind: 'plural', count, evidence: ['speaker:group-descriptor'] };
  }
  // 한 상인, 익명을 요구한 한 관계자, 어느 업계 관계자: an indefinite source, named by what follows
  const indef = words.findIndex((x, n) => n < words.length - 1 && INDEFINITES.has(x.text) && isDeterminer(x.w));
  // …but 한 before a title alone is a surname (한 총리, 한 교수), unless the title is an unnamed source's (한 관계자)
  const surnameReading = indef === 0 && words.length === 2 && isSurname(words[0]!.text) && isTitleLike(head) && !UNNAMED_SOURCES.has(head);
  if (indef >= 0 && !surnameReading) {
    // what stands before the determiner still describes the source (한빛반도체의 한 임원 → 한빛반도체의 임원)
    const rest = [...words.slice(0, indef), ...words.slice(indef + 1)];
    const named = rest.map((x) => x.text).join(' ');
    const restHead = rest[rest.length - 1]!;
    return {
      ...base,
      kind: 'unnamed',
      start: rest[0]!.w.start,
      text: named,
      role: named,
      title: isTitleLike(restHead.stem) || SPEAKER_NOUNS.has(restHead.stem) ? restHead.stem : null,
      generic: false,
      indefinite: true,
      determiner: words[indef]!.text,
      evidence: ['speaker:indefinite'],
    };
  }
  const det = words.length === 2 && DEMONSTRATIVES.has(firstWord.text);
  if ((words.length <= 2 && ORG_ANAPHORS.has(compact)) || (det && ORG_DESCRIPTORS.has(head)) || head === '동사') {
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
    // 김영희 의원 측: the person's side speaks for the person
    const sideOf = head === '측' ? words.slice(0, -1) : [];
    const person = sideOf.length > 0 ? findName(sideOf) : null;
    if (person && person.form === 'full') {
      const others = sideOf.filter((_, n) => n < person.from || n > person.to).map((x) => x.text);
      return {
        ...base,
        kind: 'person',
        name: person.name,
        nameForm: person.form,
        nameStart: sideOf[person.from]!.w.start,
        nameEnd: sideOf[person.to]!.stemEnd,
        role: others.length > 0 ? others.join(' ') : null,
        title: lastTitleWord(sideOf)?.text ?? null,
        evidence: ['speaker:name', 'speaker:side'],
      };
    }
    if (named) {
      if (ORG_DESCRIPTORS.has(named) || ORG_ANAPHORS.has(named)) return { ...base, kind: 'org-anaphor', evidence: ['speaker:org-descriptor'] };
      return { ...base, kind: 'organization', text: named, evidence: ['speaker:organization'] };
    }
  }

  // 전국민주노동조합총연맹(민주노총): one word ending like a body's name, its short name after it
  if (words.length === 1 && allHangul(head) && head.length >= 4 && NAMED_ORG_SUFFIXES.test(head) && !personTitle(head)) {
    return { ...base, kind: 'organization', text: head, evidence: ['speaker:organization', 'speaker:org-suffix'] };
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
  if (words.some((x) => x.alias && /^[A-Z][A-Z0-9&.\-]{1,7}$/u.test(x.alias)) && !words.some((x) => x.title)) {
    return { ...base, kind: 'organization', text: stripDeterminers(words.map((x) => x.text)), evidence: ['speaker:organization'] };
  }
  const person = findName(rest);
  const titleWord = lastTitleWord(rest);
  const title = titleWord ? titleWord.text : null;
  if (person) {
    // the role as written, an abbreviation of a title kept (최고기술책임자(CTO)); 씨 and the like are none
    const others = rest
      .filter((_, n) => n < person.from || n > person.to)
      .map((x) => (x.alias && isTitleLike(x.alias) ? `${x.text}(${x.alias})` : x.text))
      .filter((t) => !PLAIN_TITLES.has(t));
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
  if (SPEAKER_NOUNS.has(head) || isTitleLike(head) || (head.endsWith('들') && SPEAKER_NOUNS.has(head.slice(0, -1)))) {
    return { ...base, kind: 'unnamed', title: title ?? head, role: text, evidence: [...base.evidence, 'speaker:unnamed-source'] };
  }
  if (isOrganizationHead(words, base)) {
    return { ...base, kind: 'organization', text: stripDeterminers(words.map((x) => x.text)), evidence: ['speaker:organization'] };
  }
  // 소상공인연합회: one word ending like a body's name, whatever mecab made of it
  if (words.length === 1 && allHangul(head) && NAMED_ORG_SUFFIXES.test(head)) {
    return { ...base, kind: 'organization', text: head, evidence: ['speaker:organization', 'speaker:org-suffix'] };
  }
  // 시민단체들은, 국내 중소기업들도: a kind of body, no one body in particular — an unnamed source
  const bare = head.replace(/들$/u, '');
  if (DESCRIPTOR_HEADS.test(bare) && !words.some((x) => DEMONSTRATIVES.has(x.text))) {
    return { ...base, kind: 'unnamed', role: null, generic: true, evidence: ['speaker:generic-body'] };
  }
  return base;
}

/**
 * Whether a one-word head that ends like a body's name is a person's title: a listed title
 * (선임연구원) or a rank before the ending (객원연구원) — 녹색전환연구원 names a body.
 */
function personTitle(head: string): boolean {
  if (!isTitleLike(head)) return false;
  if (TITLE_SET.has(head)) return true;
  const suf = NAMED_ORG_SUFFIXES.longest(head);
  if (suf === null) return true;
  const rest = head.slice(0, head.length - suf.length);
  return rest.length < 2 || TITLE_RANKS.has(rest);
}

/** The body noun a phrase is (통신, 이 신문, 협회 측, 협회측), or null. */
function bodyNounOf(words: readonly PhraseWord[]): string | null {
  const n = words.length;
  const head = words[n - 1]!.stem;
  const isBody = (x: string): boolean => BODY_NOUNS.has(x) || MEDIA_NOUNS.has(x);
  if (n === 1) {
    if (isBody(head)) return head;
    return head.length > 2 && head.endsWith('측') && isBody(head.slice(0, -1)) ? head.slice(0, -1) : null;
  }
  if (n !== 2) return null;
  const first = words[0]!.text;
  if (DEMONSTRATIVES.has(first) && isBody(head)) return head;
  return head === '측' && isBody(first) ? first : null;
}

/** The surname a phrase opens with before its title head (전 대변인, 반 전 총장), or null. */
function surnameBeforeTitle(words: readonly PhraseWord[]): string | null {
  const n = words.length;
  if (n < 2 || n > 3) return null;
  const first = words[0]!.text;
  const head = words[n - 1]!.stem;
  if (!isSurname(first) || !(isTitleLike(head) || SPEAKER_NOUNS.has(head))) return null;
  for (let k = 1; k < n - 1; k++) if (!NP_MODIFIERS.has(words[k]!.text)) return null;
  return first;
}

/** A word of a phrase as the name rules read it: parenthetical text taken out (홍길동(45), 스미스(John Smith)). */
interface PhraseWord {
  w: Word;
  stem: string;
  text: string;
  /** Whether `text` is a title or ends with one. */
  title: boolean;
  parts: WordParts;
  /** Where the word (the last word of a merged parenthetical) ends, and where its stem ends. */
  end: number;
  stemEnd: number;
  /** What stood in parentheses after the word, if anything. */
  alias: string | null;
}

type NameWord = Pick<PhraseWord, 'w' | 'text' | 'title' | 'stemEnd'>;

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
      out.push({ ...x, text: rest || x.text, stem: rest || x.stem, title: rest ? isTitleLike(rest) : x.title, parts: lastOf.parts, end: lastOf.end, stemEnd: lastOf.stemEnd, alias });
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
  const isTitle = (k: number): boolean => k < n && ws[k]!.title;
  const plain = (k: number): boolean =>
    k < n &&
    allHangul(ws[k]!.text) &&
    !isTitle(k) &&
    !NP_MODIFIERS.has(ws[k]!.text) &&
    !isPlaceToken(ws[k]!.w, ws[k]!.stemEnd) &&
    !orgSuffixed(ws[k]!.text) &&
    (!isOtherProperNoun(ws[k]!.w) || looksForeign(ws[k]!.text));
  const notOrg = (k: number): boolean =>
    !orgSuffixed(ws[k]!.text) && !ORG_WORDS.has(ws[k]!.text) && !isOtherProperNoun(ws[k]!.w) && !isPlaceToken(ws[k]!.w, ws[k]!.stemEnd);
  // a foreign name mecab may read as a proper noun of no kind (리밍/NNP): not a place or a body's name
  const notOrgName = (k: number): boolean => !orgSuffixed(ws[k]!.text) && !isPlaceToken(ws[k]!.w, ws[k]!.stemEnd) && !isTitle(k);
  // a title somewhere after word k (리밍 중국 공산당 … 위원 겸 외교부장)
  let lastTitle = -1;
  for (let k = n - 1; k >= 0 && lastTitle < 0; k--) if (isTitle(k)) lastTitle = k;
  // a name the gazetteer knows (에마뉘엘 마크롱, 마크롱; 왕이 중국 외교부장)
  for (let k = 0; k < n; k++) {
    if (k + 1 < n && GAZETTEER_FIRST_WORDS.has(ws[k]!.text) && knownPerson(`${ws[k]!.text} ${ws[k + 1]!.text}`)) return { from: k, to: k + 1, name: `${ws[k]!.text} ${ws[k + 1]!.text}`, form: 'full' };
    const known = plain(k) && ws[k]!.text.length >= 2 ? knownPerson(ws[k]!.text) : null;
    if (known && (isTitle(k + 1) || k === n - 1 || hasPersonToken(ws[k]!.w) || (k === 0 && lastTitle > k))) {
      return { from: k, to: k, name: ws[k]!.text, form: known.kind === 'korean' && isKoreanNameShaped(ws[k]!.text) ? 'full' : 'short' };
    }
  }
  for (let k = 0; k < n; k++) {
    const x = ws[k]!;
    if (NP_MODIFIERS.has(x.text) || isTitle(k)) continue;
    // 김 장관, 윤 대통령, 리 부장: a surname before a title
    if ((isSurname(x.text) || isChineseSurname(x.text)) && isTitle(k + 1)) return { from: k, to: k, name: x.text, form: 'short' };
    const personish = isPersonToken(x.w, x.stemEnd) || (hasPersonToken(x.w) && allHangul(x.text) && !endsInOrgNoun(x.text));
    // 김도현 후보자, 이준한 교수: a Korean full name (one word) before a title or as the phrase's end
    const nameShaped = isKoreanNameShaped(x.text) && x.text.length === 3 && notOrg(k);
    // …unless mecab reads a common noun in it (노동계 관계자: 노동/NNG 계/XSN)
    if (nameShaped && (personish || !firstReadAsNoun(x.w)) && (isTitle(k + 1) || (personish && k === n - 1))) return { from: k, to: k, name: x.text, form: 'full' };
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
    // 김솔 (mecab: 김솔/NNP 인명): a two-syllable Korean name is a full name too
    const form = to > from ? 'full' : isKoreanNameShaped(name) && (name.length >= 3 || personish) ? 'full' : 'short';
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
    // 한지수 국민의힘 수석대변인, 리밍 중국 공산당 중앙정치국 위원: a name opening the phrase, its role after it
    const x0 = ws[0]!;
    if (t > 1 && !NP_MODIFIERS.has(x0.text) && notOrg(0) && !readAsCommonNoun(x0.w)) {
      if (isKoreanNameShaped(x0.text) && (x0.text.length === 3 || compoundSurnamed(x0.text))) return { from: 0, to: 0, name: x0.text, form: 'full' };
      if (isForeignNameShaped(x0.text) && foreignReading(x0.w) && !isTitle(0)) return { from: 0, to: 0, name: x0.text, form: 'full' };
    }
    let k = t - 1;
    const orgish = (j: number): boolean =>
      hasLatin(ws[j]!.text) || isPlaceToken(ws[j]!.w, ws[j]!.stemEnd) || orgSuffixed(ws[j]!.text) || isOtherProperNoun(ws[j]!.w);
    while (k > 0 && orgish(k)) k--;
    const x = ws[k]!;
    if (isKoreanNameShaped(x.text) && x.text.length === 3 && notOrg(k) && (k < t - 1 || hasPersonToken(x.w) || !firstReadAsNoun(x.w))) {
      return { from: k, to: k, name: x.text, form: 'full' };
    }
    // 다나카 관방장관, 장웨이 외교부 대변인: a Japanese family name or a Chinese name before the role
    if (isForeignNameShaped(x.text) && foreignReading(x.w) && notOrgName(k) && !readAsCommonNoun(x.w) && (k === 0 || !plain(k - 1) || NP_MODIFIERS.has(ws[k - 1]!.text))) {
      return { from: k, to: k, name: x.text, form: 'full' };
    }
    // a word mecab reads with a particle inside (의대 → 의/JKG 대/XPN) is no name
    const ts = x.w.tokens;
    const readAsName =
      hasPersonToken(x.w) ||
      ts.length === 0 ||
      (!ts.every((tk) => tk.tags[0] === 'NNG' && tk.end - tk.start >= 2) && !ts.some((tk) => (tk.tags[0] ?? '').startsWith('J')) && !firstReadAsNoun(x.w));
    if (plain(k) && x.text.length >= 2 && readAsName) {
      if (k === 0 || !plain(k - 1) || NP_MODIFIERS.has(ws[k - 1]!.text)) return { from: k, to: k, name: x.text, form: 'short' };
    }
  }
  return null;
}

/**
 * Whether mecab's reading leaves room for a foreign name: a proper noun somewhere, or syllables
 * taken one by one (린/NNG 젠/NNG, 둥/NNB 쥔/VV) — not one common word of two syllables or more
 * (우리/NP, 주요/NNG).
 */
function foreignReading(w: Word): boolean {
  const ts = w.tokens;
  if (ts.length === 0) return true;
  if (ts.some((t) => t.tags[0] === 'NNP')) return true;
  return ts.every((t) => t.end - t.start <= 1);
}

/**
 * Whether a word of four syllables or more ends with a body's noun of two or more (아사히신문,
 * 마이니치신문, 요시다재단, which mecab may read as a person's name): it names the body, not a person.
 */
function endsInOrgNoun(text: string): boolean {
  if (text.length < 4 || !allHangul(text)) return false;
  const suf = NAMED_ORG_SUFFIXES.longest(text) ?? ORG_SUFFIXES.longest(text);
  return suf !== null && suf.length >= 2 && text.length - suf.length >= 2;
}

/** Whether mecab reads the word's first syllables as a common noun (노동계 → 노동/NNG 계/XSN): the family name is swallowed. */
function firstReadAsNoun(w: Word): boolean {
  const t = w.tokens[0];
  return !!t && (t.tags[0] === 'NNG' || t.tags[0] === 'NP') && t.end - t.start >= 2;
}

/** A name of three or four syllables with a two-syllable family name (남궁하은, 독고진). */
function compoundSurnamed(s: string): boolean {
  return s.length >= 3 && s.length <= 4 && COMPOUND_SURNAMES.has(s.slice(0, 2));
}

/** Whether mecab reads the word as common nouns that swallow its first syllable (조직위 → 조직/NNG 위/NNG). */
function readAsCommonNoun(w: Word): boolean {
  const ts = w.tokens;
  if (ts.length === 0) return false;
  return ts.every((t) => t.tags[0] === 'NNG') && ts[0]!.end - ts[0]!.start >= 2;
}

/** A proper noun mecab does not read as a person's name (이화여대, 청와대): never part of a name. */
function isOtherProperNoun(w: Word): boolean {
  return w.tokens.length > 0 && w.tokens.some((t) => t.tags[0] === 'NNP') && !hasPersonToken(w);
}

function orgSuffixed(s: string): boolean {
  if (INSTITUTIONS.has(s)) return true;
  const suf = ORG_SUFFIXES.longest(s);
  return suf !== null && (suf.length >= 2 || s.length >= 3);
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
  // 아사히신문: a name mecab reads as a person's before a body's noun
  const lastW = words[words.length - 1]!;
  if (!named && !(hasPersonToken(lastW.w) && endsInOrgNoun(head))) return false;
  if (ORG_DESCRIPTORS.has(head)) return true;
  const suf = ORG_SUFFIXES.longest(head);
  if (suf !== null && (suf.length >= 2 || head.length >= 3)) return true;
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
    const department = it.parts.particle === '과' && it.parts.stem.endsWith('학') && next?.kind === 'word' && next.parts.title;
    if ((it.parts.role === 'coord' && !department) || (it.parts.role === 'none' && it.parts.trailing === ',')) {
      out.push([from, k]);
      from = k + 1;
    }
  }
  if (out.length === 0) return [];
  out.push([from, last]);
  return out;
}

/** The last word of `ws` that is a title, if any. */
function lastTitleWord(ws: readonly PhraseWord[]): PhraseWord | undefined {
  for (let k = ws.length - 1; k >= 0; k--) if (ws[k]!.title) return ws[k];
  return undefined;
}

/** Whether mecab reads the word as a determiner (한/MM, 어느/MM), not a name or noun. */
function isDeterminer(w: Word): boolean {
  return w.tokens.length === 0 || (w.tokens.length === 1 && w.tokens[0]!.tags[0] === 'MM');
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
  return DOCUMENT_NOUNS.has(stem) ? stem : DOCUMENT_HEADS.longest(stem);
}
