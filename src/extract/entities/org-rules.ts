/**
 * Rules that find organizations no gazetteer holds:
 *
 * - `suffix`: a head such as 재단, 대학교, 연구소, 부 joined to the name words before it
 *   (하버드대학교, 한빛미래재단, 고려대 아세아문제연구소);
 * - `latin`: Latin-script names inside Korean text (Samsung Research, Stability AI);
 * - `parenthesis`: a name followed by its English name or acronym (‘해양 동맹’(Ocean Alliance), 중앙정보국(CIA));
 * - `apposition`: a descriptor next to a name (기술매체 ‘X’, 보안업체 ‘X’, 검색 기업인 X, X라는 회사);
 * - `numbered-unit`: a numbered unit after an organization (정보총국 제2국);
 * - `subsidiary`: the Korean subsidiary of a known foreign company (구글코리아 → Google Korea, 한국IBM → IBM Korea);
 * - `affiliation`, `reporting`: a person's affiliation in parentheses, the subject of `보도했다`.
 */
import { tokensIn } from '../../doc';
import { lookupPerson } from '../../text/people';
import type { OrganizationType } from '../../types';
import { endsClause, isBare, tailHas, type Chunk } from './chunks';
import { candidate, hasHangul, isGenericName, type Ctx, type OrgCandidate } from './context';
import {
  COUNTRY_PREFIXES,
  descriptorAtEnd,
  DESCRIPTORS,
  GENERIC_PHRASES,
  GENERIC_WORDS,
  LATIN_MARKETS,
  LATIN_NOT_NAMES,
  LATIN_SUFFIXES,
  NOT_ORGS,
  NUMBERED_UNITS,
  ORDINALS,
  ORG_DESCRIPTOR_WORDS,
  ORG_SUFFIXES,
  PERSON_ONLY_TITLES,
  PLACES,
  STOPS,
  SURNAMES,
  TITLES,
  DEMONSTRATIVES,
  EndIndex,
  squash,
  titleAtEnd,
  type SuffixRule,
} from './lexicon';
import { gazetteerTrie, lookupForm, type GazetteerForm } from './org-gazetteer';
import type { GazetteerEntry } from '../../lexicon/gazetteer';

// ---- suffix -----------------------------------------------------------------------------------

/**
 * Organization names built on a suffix. `known` are the chunk indexes already covered by a
 * gazetteer match (they anchor a name: 국방부 우주 전략 센터).
 */
export function suffixCandidates(ctx: Ctx, known: ReadonlySet<number>): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const c of ctx.chunks) {
    if (!c.nominal) continue;
    const stem = (ctx.keys[c.index] ?? '');
    const rule = suffixOf(stem);
    if (!rule) continue;
    // a bare title is a person's, not a body's (선임연구원, 수석연구원)
    if (TITLES.has(stem)) continue;
    const standalone = stem === rule.suffix;
    if (standalone && !rule.standalone) continue;
    if (!standalone && (!attachedOk(stem, rule) || !suffixAligned(c, rule))) continue;

    const ext = nameChunksBefore(ctx, c.index, known, 4, false);
    const far = furthest(ext, (e) => e.anchor || e.place);
    const anchored = ext.slice(0, far + 1).some((e) => e.anchor);
    // a country before an attached head names one body (프랑스 국가 정보보호센터)
    const countryFirst = far >= 0 && COUNTRY_PREFIXES.has(ctx.keys[(ext[far] as ExtChunk).index] ?? '');
    let from = far >= 0 ? (ext[far] as ExtChunk).index : c.index;
    let weak = rule.weak;
    let commonName = false;
    if (standalone) {
      if (far < 0) {
        // no anchor: one plain word before the head (교육 재단 is generic, 선거 관리 위원회 too)
        const first = ext[0];
        if (!first || first.generic) continue;
        from = first.index;
        weak = true;
      } else if (!anchored) weak = true;
      else weak = false;
    } else {
      const namePart = stem.slice(0, stem.length - rule.suffix.length);
      if (GENERIC_WORDS.has(namePart) && !anchored && !countryFirst) continue;
      // mecab knows many universities as proper nouns (예일대, 도쿄대); other compounds it tags NNP are words
      if (rule.type === 'university' && isProperWord(c)) weak = false;
      // a company head after a brand or a foreign name is a company (이스즈자동차, 누리증권), after an ordinary noun a kind of thing (전기자동차)
      if (rule.weak && rule.type === 'company' && properBefore(ctx, c, c.stemEnd - rule.suffix.length)) weak = false;
      if (anchored && !rule.weak) weak = false;
      // one ordinary noun before the head names a kind of body, not one (신고센터, 혁신위원회): believed
      // only with support (a known organization before it, an alias, a list of organizations)
      if (rule.needsName && !anchored && !countryFirst && isOneCommonNoun(c, c.stemEnd - rule.suffix.length)) {
        weak = true;
        commonName = !rule.actsAlone;
      }
      // a person's name that ends like a suffix (김예원, 백종원)
      if (c.stemTokens.some((t) => t.semanticClass === '인명') && isKoreanPersonChunk(ctx, c)) continue;
    }
    // a middle dot joining two nouns inside one name (한국의과대학·의학전문대학원협회): the head's
    // words start with an ordinary noun, so they name no body of their own
    if (from === c.index && !known.has(c.index) && dotJoinsName(ctx, c.index)) from = c.index - 1;
    const start = (ctx.chunks[from] as Chunk).start;
    const { nameStart, country } = prefixOf(ctx, from, c.index);
    const name = ctx.text.slice(nameStart, c.stemEnd);
    if (isGenericName(name) || isGenericName(ctx.text.slice(start, c.stemEnd))) continue;
    // a country makes 인도 외무부 a body, not 중국 대학 (Chinese universities)
    const prefixSupports = !standalone && stem.length - rule.suffix.length >= 2;
    const cand = candidate(start, c.stemEnd, rule.type, 'suffix', { nameStart, weak, country, prefixSupports, commonName });
    if (country) cand.evidence.push('country-prefix');
    out.push(cand);
  }
  return out;
}

/**
 * Whether a middle dot before chunk `i` joins the word before it into one name with chunk `i`:
 * chunk `i` starts with an ordinary noun (의학전문대학원협회), the word before is a name word that is
 * no place, country or known organization's short form (not 삼성·LG전자, 한·미 협회).
 */
function dotJoinsName(ctx: Ctx, i: number): boolean {
  const c = ctx.chunks[i] as Chunk;
  const left = ctx.chunks[i - 1];
  if (!left || left.after !== '·' || !isBare(left) || !left.sameLineNext || c.spaceBefore) return false;
  // a list of three or more joined by dots (경찰청·종로경찰서·국립과학수사연구원) names several bodies
  if (left.before === '·' || c.after === '·') return false;
  if (c.tokens[0]?.tags[0] !== 'NNG') return false;
  const key = ctx.keys[left.index] ?? '';
  if (key.length < 3 || PLACES.has(key) || COUNTRY_PREFIXES.has(key) || lookupForm(key).length > 0) return false;
  return suffixOf(key) !== null || hasProperToken(left);
}

/** The longest organization suffix `stem` ends with. */
export function suffixOf(stem: string): SuffixRule | null {
  const k = SUFFIX_ENDS.longestSuffix(stem);
  return k === null ? null : (SUFFIX_BY_KEY.get(k) ?? null);
}

const SUFFIX_BY_KEY: ReadonlyMap<string, SuffixRule> = new Map([...ORG_SUFFIXES].reverse().map((r) => [r.suffix, r]));
const SUFFIX_ENDS = new EndIndex(new Set(SUFFIX_BY_KEY.keys()));

/**
 * A one-syllable suffix must be a morpheme of its own (혁신/위, not 불볕/더위), unless mecab knows
 * the whole word as one proper noun (비대위).
 */
function suffixAligned(c: Chunk, rule: SuffixRule): boolean {
  const n = rule.suffix.length;
  const at = c.stemEnd - n;
  if (c.tokens.some((t) => t.start === at)) return true;
  // the token that holds the suffix: a compound whose parts end with the suffix (여성/부, 식/약/청,
  // 삼성/전자), not a dictionary word that merely ends like it (운전/자, 주전자)
  const t = c.tokens.find((x) => x.start < at && x.end === c.stemEnd);
  if (!t) return n > 1;
  const parts = t.expression;
  if (n === 1) {
    const last = parts?.[parts.length - 1];
    if (last) return last.morpheme === rule.suffix;
    return t.tags[0] === 'NNP' || t.tags[0] === 'UNKNOWN';
  }
  if (parts && parts.length > 1) {
    let len = 0;
    for (let k = parts.length - 1; k >= 0 && len < n; k--) len += (parts[k] as { morpheme: string }).morpheme.length;
    if (len === n) return true;
  }
  return t.tags[0] !== 'NNG';
}

function attachedOk(stem: string, rule: SuffixRule): boolean {
  const namePart = stem.slice(0, stem.length - rule.suffix.length);
  if (namePart.length === 0) return false;
  // 18대 (the 18th), 40대 (people in their forties): a number is no name
  if ((rule.suffix.length === 1 || /^\d+[천만억조]|^\d.*여$/u.test(namePart)) && /^[\d.,∼~-]/u.test(namePart)) return false;
  if (rule.suffix.length === 1 && stem.length < 3) return false;
  if (NOT_ORGS.has(stem) || GENERIC_PHRASES.has(stem) || PLACES.has(stem)) return false;
  // 상임이사국, 개발도상국: a longer ordinary word at the end
  for (let k = rule.suffix.length + 1; k <= Math.min(5, stem.length); k++) if (NOT_ORGS.has(stem.slice(stem.length - k))) return false;
  return /[\uac00-\ud7a3A-Za-z0-9]/u.test(namePart);
}

/** Whether the part of chunk `c` before `end` is one dictionary common noun (신고 in 신고센터). */
function isOneCommonNoun(c: Chunk, end: number): boolean {
  const first = c.tokens[0];
  if (!first || first.end !== end) return false;
  return first.tags[0] === 'NNG' && first.tags.length === 1;
}

/**
 * Whether the part of chunk `c` before `end` is a name: its first morpheme a proper noun that is
 * no place (a foreign name counts: 이스즈), or a Latin word that is no technical term (SK, DB).
 */
function properBefore(ctx: Ctx, c: Chunk, end: number): boolean {
  const first = c.tokens[0];
  if (!first || first.start >= end || first.end > end) return false;
  // a known company's name before the head names its product or unit (애플카드, 삼성반도체), not a company of its own
  if (lookupForm(ctx.text.slice(c.start, end)).length > 0) return false;
  const tag = first.tags[0];
  if (tag === 'SL') return !LATIN_NOT_NAMES.has(first.surface) && !PLACES.has(first.surface);
  if (tag !== 'NNP' || first.semanticClass === '지명') return false;
  return !PLACES.has(first.surface) && !COUNTRY_PREFIXES.has(first.surface) && !GENERIC_WORDS.has(ctx.text.slice(c.start, end));
}

/** A word mecab knows as a proper noun (not a person's or a place's name). */
function isProperWord(c: Chunk): boolean {
  const ts = c.stemTokens;
  return ts.length === 1 && ts[0]?.tags[0] === 'NNP' && ts[0].semanticClass !== '인명' && ts[0].semanticClass !== '지명';
}

interface ExtChunk {
  index: number;
  /** A proper noun, Latin word or known organization: something that makes a name. */
  anchor: boolean;
  place: boolean;
  generic: boolean;
}

/**
 * The bare words directly before chunk `i` that may belong to its name, nearest first: no
 * punctuation or line break between, no particle, no stop word (산하, 이번), title or person name.
 */
export function nameChunksBefore(ctx: Ctx, i: number, known: ReadonlySet<number>, max: number, allowAnd: boolean): ExtChunk[] {
  const out: ExtChunk[] = [];
  // a title after the head: the words before it may be the person who holds it (가타야마 마사노리 이스즈자동차 사장)
  const head = ctx.chunks[i];
  const titled = head !== undefined && isBare(head) && head.after === '' && titleAtEnd(ctx.keys[i + 1] ?? '') !== null;
  for (let j = i - 1; j >= 0 && out.length < max; j--) {
    const c = ctx.chunks[j] as Chunk;
    if (c.after !== '' || !c.sameLineNext) break;
    const stem = (ctx.keys[j] ?? '');
    if (allowAnd && stem === '' && ctx.words[c.index] === '및') continue;
    if (!isBare(c)) break;
    if (STOPS.has(stem) || TITLES.has(stem) || DEMONSTRATIVES.has(stem)) break;
    // a descriptor in apposition is no part of the name (일본 매체 교도통신 → 교도통신)
    if (!known.has(j) && DESCRIPTORS.has(stem) && GENERIC_PHRASES.has(stem) && suffixOf(stem) === null) break;
    if (isKoreanPersonChunk(ctx, c)) break;
    if (titled && !known.has(j) && foreignPersonEndsAt(ctx, j)) break;
    if (/^\d/u.test(stem) && !/^\d+[A-Za-z]*$/u.test(stem)) break;
    const place = PLACES.has(stem);
    // a city, district or region is where the body is, not part of its name (서울 세종문화회관,
    // 서초동 대검찰청); a country prefixes it (프랑스 국가 정보보호센터)
    if ((place || isAdministrativePlace(c, stem)) && !COUNTRY_PREFIXES.has(stem)) break;
    const anchor = !place && (known.has(j) || hasProperToken(c));
    out.push({ index: j, anchor, place, generic: GENERIC_WORDS.has(stem) || GENERIC_PHRASES.has(stem) });
  }
  return out;
}

/**
 * Whether chunk `j` ends a foreign person's name: two bare words mecab tags as a person's name
 * (가타야마 마사노리), or two words that are a name of the people gazetteer.
 */
function foreignPersonEndsAt(ctx: Ctx, j: number): boolean {
  const c = ctx.chunks[j] as Chunk;
  const prev = ctx.chunks[j - 1];
  const pair = prev !== undefined && isBare(prev) && prev.after === '' && prev.sameLineNext;
  if (pair && isPersonTagged(c) && isPersonTagged(prev)) return true;
  return pair && lookupPerson(`${ctx.stems[j - 1]} ${ctx.stems[j]}`) !== null;
}

function isPersonTagged(c: Chunk): boolean {
  return c.stemTokens.some((t) => t.semanticClass === '인명');
}

/** A Korean administrative place (서초동, 광산구, 포천시) by mecab's 지명 tag and its ending. */
export function isAdministrativePlace(c: Chunk, stem: string): boolean {
  const ts = c.stemTokens;
  return ts.length === 1 && ts[0]?.semanticClass === '지명' && /(?:특별시|광역시|시|군|구|동|읍|면|리|도|로|길|지구|성|주|현)$/u.test(stem);
}

/** A word that is a Korean full name by mecab (3 syllables, a surname first, tagged 인명). */
export function isKoreanPersonChunk(ctx: Ctx, c: Chunk): boolean {
  const stem = ctx.stems[c.index] ?? '';
  if (!/^[\uac00-\ud7a3]{3}$/u.test(stem) || !SURNAMES.has(stem[0] as string)) return false;
  return c.stemTokens.some((t) => t.semanticClass === '인명');
}

function hasProperToken(c: Chunk): boolean {
  return c.stemTokens.some((t) => (t.tags[0] === 'NNP' || t.tags[0] === 'SL' || t.tags[0] === 'SH'));
}

function furthest<T>(xs: readonly T[], p: (x: T) => boolean): number {
  for (let k = xs.length - 1; k >= 0; k--) if (p(xs[k] as T)) return k;
  return -1;
}

/** The country prefix at chunk `from` of a name that runs to chunk `to`. */
function prefixOf(ctx: Ctx, from: number, to: number): { nameStart: number; country: string | null } {
  const c = ctx.chunks[from] as Chunk;
  if (from < to) {
    const country = COUNTRY_PREFIXES.get((ctx.keys[from] ?? ''));
    if (country) return { nameStart: (ctx.chunks[from + 1] as Chunk).start, country };
  }
  return { nameStart: c.start, country: null };
}

// ---- subsidiaries -----------------------------------------------------------------------------

/** The words that make a Korean subsidiary's name of its foreign parent's: `구글코리아`, `한국IBM`. */
const KOREA_BEFORE = '한국';
const KOREA_AFTER = '코리아';
/** Legal-form words left off a parent's English name before ` Korea` (Alphabet Inc. → Alphabet Korea). */
const LEGAL_FORM = /,?\s{1,3}(?:Inc\.?|Corporation|Corp\.?|Co\.,? Ltd\.?|Co\.?|Company|Ltd\.?|LLC|plc|PLC|AG|SE|N\.V\.|S\.A\.)$/u;

/**
 * The Korean subsidiary of a known foreign company: `X코리아`, `X 코리아` and `한국X`, X a company
 * of the gazetteer from another country → `<X's English name> Korea` (구글코리아 → Google Korea,
 * 한국IBM → IBM Korea).
 */
export function subsidiaryCandidates(ctx: Ctx): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const { chunks } = ctx;
  for (const c of chunks) {
    if (!c.nominal) continue;
    const key = ctx.keys[c.index] ?? '';
    let parent: string | null = null;
    let start = c.start;
    if (key.length > KOREA_AFTER.length && key.endsWith(KOREA_AFTER)) parent = key.slice(0, key.length - KOREA_AFTER.length);
    else if (key.length > KOREA_BEFORE.length && key.startsWith(KOREA_BEFORE)) parent = key.slice(KOREA_BEFORE.length);
    else if (key === KOREA_AFTER) {
      // 구글 코리아: the parent as a word of its own before
      const prev = chunks[c.index - 1];
      if (!prev || !isBare(prev) || prev.after !== '' || !prev.sameLineNext) continue;
      parent = ctx.keys[prev.index] ?? '';
      start = prev.start;
    }
    if (!parent) continue;
    const entry = foreignCompany(parent);
    if (!entry) continue;
    out.push(candidate(start, c.stemEnd, 'company', 'subsidiary', { nameEn: `${entry.en.replace(LEGAL_FORM, '')} Korea` }));
  }
  return out;
}

/** The gazetteer company of another country than Korea named by `name` (no weak form), or null. */
function foreignCompany(name: string): GazetteerEntry | null {
  for (const f of lookupForm(name)) {
    const e = f.entry;
    if (!f.weak && f.needsCountry === null && e.type === 'company' && e.country !== null && e.country !== 'KR') return e;
  }
  return null;
}

// ---- latin ------------------------------------------------------------------------------------

const LATIN_WORD = /^[A-Za-z][A-Za-z0-9&.'’-]*$/u;

/** Runs of Latin words inside Korean text: Samsung Research, Stability AI, ServiceNow. */
export function latinCandidates(ctx: Ctx): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const { chunks } = ctx;
  let i = 0;
  while (i < chunks.length) {
    if (!isLatinChunk(ctx, chunks[i] as Chunk)) {
      i++;
      continue;
    }
    if (!capitalized(ctx.stems[i] ?? '')) {
      i++;
      continue;
    }
    // capitalized words, joined by `of`, `for`, `&`, `de` (Bank of America, University of Tokyo)
    let j = i;
    for (;;) {
      const cj = chunks[j] as Chunk;
      if (!isBare(cj) || cj.after !== '' || !cj.sameLineNext) break;
      const next = chunks[j + 1];
      if (!next || !isLatinChunk(ctx, next)) break;
      if (capitalized(ctx.stems[j + 1] ?? '')) j++;
      else if (LATIN_JOINERS.has(ctx.stems[j + 1] ?? '') && isBare(next) && next.after === '' && chunks[j + 2] && isLatinChunk(ctx, chunks[j + 2] as Chunk) && capitalized(ctx.stems[j + 2] ?? '')) j += 2;
      else break;
    }
    const words = [];
    for (let k = i; k <= j; k++) words.push({ k, w: ctx.stems[k] ?? '' });
    // a leading article is not part of the name (the National Science Foundation)
    if (words.length > 1 && /^(?:The|A|An)$/u.test((words[0] as { w: string }).w)) words.shift();
    // a title or a technical acronym at the end is not part of the name (OpenAI CEO)
    while (words.length > 0) {
      const w = (words[words.length - 1] as { w: string }).w;
      if (LATIN_SUFFIXES.has(w) && words.length > 1) break;
      if (LATIN_NOT_NAMES.has(w) || TITLES.has(w)) words.pop();
      else break;
    }
    if (words.length > 0) {
      const first = words[0] as { k: number; w: string };
      const last = words[words.length - 1] as { k: number; w: string };
      // a company's unit named after its market (Hyundai Motor Group Metaplant America, Samsung Electronics America)
      const suffixType = LATIN_SUFFIXES.get(last.w) ?? (words.length > 1 && LATIN_MARKETS.has(last.w) && startsWithCompany(words.slice(0, -1).map((x) => x.w)) ? 'company' : undefined);
      const proper = words.filter((x) => !LATIN_NOT_NAMES.has(x.w) && !LATIN_SUFFIXES.has(x.w) && /^[A-Z0-9]/u.test(x.w));
      const start = (chunks[first.k] as Chunk).start;
      let end = (chunks[last.k] as Chunk).stemEnd;
      // Inc. and Co. keep their full stop (mecab writes it as a mark of its own)
      if (LEGAL_ABBREVIATIONS.has(last.w) && ctx.text[end] === '.') end++;
      const name = ctx.text.slice(start, end);
      if (suffixType && words.length > 1 && proper.length > 0) {
        // a known company with its legal form (Samsung Electronics Co., Apple Inc.) is that company
        const bare = LEGAL_FORM.test(name) ? name.replace(LEGAL_FORM, '') : null;
        const entry = bare ? (lookupForm(bare).find((f) => !f.weak && f.needsCountry === null)?.entry ?? null) : null;
        out.push(candidate(start, end, entry?.type ?? suffixType, 'latin', entry ? { entry } : { nameEn: name }));
      } else if (!suffixType && proper.length === words.length && words.every((x) => /^[A-Z]/u.test(x.w)) && name.length >= 2) {
        out.push(candidate(start, end, 'other', 'latin', { nameEn: name, weak: true }));
      }
    }
    i = j + 1;
  }
  return out;
}

const LATIN_JOINERS: ReadonlySet<string> = new Set(['of', 'for', '&', 'de']);
const LEGAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['Inc', 'Co', 'Corp', 'Ltd', 'Bros']);

/**
 * Whether the words start with a company's name: a company of the gazetteer (Hyundai Motor Group)
 * or words ending in a corporate head (… Motors, … Electronics).
 */
function startsWithCompany(words: readonly string[]): boolean {
  for (let n = words.length; n >= 1; n--) {
    const head = words.slice(0, n);
    if (lookupForm(head.join(' ')).some((f) => f.entry.type === 'company' && !f.weak)) return true;
    if (n >= 2 && LATIN_SUFFIXES.get(head[n - 1] as string) === 'company') return true;
  }
  return false;
}

function capitalized(w: string): boolean {
  return /^[A-Z0-9]/u.test(w);
}

function isLatinChunk(ctx: Ctx, c: Chunk): boolean {
  const s = ctx.stems[c.index] ?? '';
  return s.length > 0 && LATIN_WORD.test(s);
}

// ---- parenthesis ------------------------------------------------------------------------------

const OPEN_QUOTES = '‘“\'"';
const CLOSE_QUOTES = '’”\'"';

/**
 * A name followed by its English name or acronym in parentheses. Existing candidates that end
 * right before the parenthesis get the alias; otherwise a new candidate is made when the name
 * looks like an organization.
 */
export function parenthesisCandidates(ctx: Ctx, existing: OrgCandidate[], known: ReadonlySet<number>, defined?: Map<string, OrgCandidate | null>): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const { chunks, text } = ctx;
  for (const c of chunks) {
    if (c.stemEnd !== c.end) continue;
    // quick test: a parenthesis (after a closing quote or up to two spaces) must follow
    if (!c.after.startsWith('(') && !/^[’”'"]\(/u.test(c.after)) continue;
    const m = /^([’”'"]?)\(([^()\n]{1,80})\)/u.exec(text.slice(c.end, c.end + 90).replace(/^\s{0,2}(?=\()/u, ''));
    if (!m) continue;
    const inner = (m[2] as string).trim();
    if (!/^[A-Za-z][A-Za-z0-9&.,'’\- ]*$/u.test(inner)) continue;
    const acronym = /^[A-Z][A-Z0-9&-]{1,9}$/u.test(inner) && /[A-Z].*[A-Z0-9]/u.test(inner);
    const lastWord = inner.split(/\s+/u).pop() ?? '';
    const forms = lookupForm(inner);
    const quoted = (m[1] as string) !== '';
    const xStart = quoted ? quoteStart(ctx, c.index) : null;
    if (quoted && xStart === null) continue;

    const end = c.end;
    const same: OrgCandidate[] = [];
    for (const list of [existing, out]) for (const o of list) if (o.end === end && (xStart === null || o.start >= xStart)) same.push(o);
    same.sort((a, b) => a.start - b.start);
    const evidence = acronym ? 'parenthesis' : 'parenthesis-en';
    const found = forms[0]?.entry ?? null;
    // `Korean name (ABBR)` names the Korean body: an abbreviation's gazetteer entry only when it agrees with that name
    const agreeing = (from: number, nameFrom: number): GazetteerEntry | null => (acronym ? (forms.find((f) => agreesWithName(ctx, f.entry, from, nameFrom, end))?.entry ?? null) : found);
    if (same.length > 0) {
      for (const o of same) {
        o.weak = false;
        if (!o.aliases.includes(inner)) o.aliases.push(inner);
        const e = o.entry ? null : agreeing(o.start, o.nameStart);
        if (e) {
          o.entry = e;
          o.type = e.type;
        }
        if (!o.entry && !acronym && !o.nameEn) o.nameEn = inner;
        o.evidence.push(evidence);
      }
      if (acronym) defined?.set(squash(inner), same.find((o) => o.entry) ?? (same[0] as OrgCandidate));
      continue;
    }
    const stem = (ctx.keys[c.index] ?? '');
    const rule = suffixOf(stem) ?? suffixOf(squash(text.slice(xStart ?? c.start, end)));
    const descriptor = descriptorAtEnd(stem);
    const latinType = LATIN_SUFFIXES.get(lastWord);
    // an abbreviation's entry stands only when the Korean name before it is one of its forms
    const entry = agreeing(xStart ?? c.start, xStart ?? c.start);
    const orgLike = entry !== null || (rule !== null && !NOT_ORGS.has(stem)) || (quoted && (latinType !== undefined || descriptor !== null));
    if (!orgLike || !hasHangul(text.slice(xStart ?? c.start, end))) {
      // an abbreviation the text defines for something else (아메리칸 뮤직 어워드(AMA)): no gazetteer body here
      if (acronym && forms.length > 0 && hasHangul(stem) && !agreesBefore(ctx, c.index, forms, end)) defined?.set(squash(inner), null);
      continue;
    }
    let start = xStart ?? c.start;
    let nameStart = start;
    let country: string | null = null;
    if (xStart === null) {
      // the words before the head, `및` allowed (사이버 보안 및 기반시설 안보국), a generic word at the far end left out
      const kept = nameChunksBefore(ctx, c.index, known, 5, true);
      const far = kept[kept.length - 1];
      if (far && far.generic && !far.anchor) kept.pop();
      if (kept.length > 0) start = (ctx.chunks[(kept[kept.length - 1] as ExtChunk).index] as Chunk).start;
      const first = kept[kept.length - 1];
      nameStart = start;
      if (first) {
        country = COUNTRY_PREFIXES.get((ctx.keys[first.index] ?? '')) ?? null;
        if (country) nameStart = kept.length > 1 ? (ctx.chunks[(kept[kept.length - 2] as ExtChunk).index] as Chunk).start : c.start;
      }
    }
    if (isGenericName(text.slice(nameStart, end))) continue;
    const type: OrganizationType = entry?.type ?? rule?.type ?? latinType ?? descriptor?.type ?? 'other';
    const cand = candidate(start, end, type, evidence, { nameStart, entry, country, aliases: [inner], nameEn: entry || acronym ? null : inner });
    out.push(cand);
    if (acronym) defined?.set(squash(inner), cand);
  }
  return out;
}

/**
 * Whether gazetteer `entry` (found by an abbreviation) is the body the Korean name at
 * `[start, end)` names: one of its Korean forms is the name (with or without the country prefix
 * from `nameStart`), or the name itself finds the entry in the gazetteer.
 */
function agreesWithName(ctx: Ctx, entry: GazetteerEntry, start: number, nameStart: number, end: number): boolean {
  const names = new Set([squash(ctx.text.slice(start, end)), squash(ctx.text.slice(nameStart, end))]);
  for (const k of entry.ko) if (names.has(squash(k))) return true;
  for (const n of names) for (const f of gazetteerTrie().get(n) ?? []) if (f.entry === entry) return true;
  // another wording of the same name: both end in the same words beyond a common head
  // (유엔식량계획 ~ 세계식량계획; 국가경제위원회 and 중앙선거관리위원회 share only 위원회)
  for (const k of entry.ko) {
    const form = squash(k);
    const head = suffixOf(form)?.suffix.length ?? 0;
    for (const n of names) if (commonEnding(n, form) >= Math.max(3, head + 2)) return true;
  }
  return false;
}

/** Whether one of `forms` agrees with the name made of up to four bare words ending with chunk `i`. */
function agreesBefore(ctx: Ctx, i: number, forms: readonly GazetteerForm[], end: number): boolean {
  for (let j = i; j >= 0 && j > i - 4; j--) {
    const c = ctx.chunks[j] as Chunk;
    if (j < i && (!isBare(c) || c.after !== '' || !c.sameLineNext)) break;
    for (const f of forms) if (agreesWithName(ctx, f.entry, c.start, c.start, end)) return true;
  }
  return false;
}

/** How many characters `a` and `b` share at their ends. */
function commonEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Start of the quoted name that ends with chunk `i` (its closing mark follows), or null. */
function quoteStart(ctx: Ctx, i: number): number | null {
  for (let j = i; j >= Math.max(0, i - 6); j--) {
    const c = ctx.chunks[j] as Chunk;
    if (j < i && (c.after !== '' || !isBare(c))) return null;
    const b = c.before;
    if (b.length > 0 && OPEN_QUOTES.includes(b.charAt(b.length - 1))) return c.start;
  }
  return null;
}

// ---- apposition -------------------------------------------------------------------------------

/**
 * A descriptor next to a name: 기술매체 ‘블루웨이브’, 보안업체 ‘크로노실드’, 검색 기업인 구글,
 * 안보 협의체 오커스(AUKUS), 스타트업이라는 X → no; X라는 회사 → X.
 */
export function appositionCandidates(ctx: Ctx, known: ReadonlySet<number>): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const { chunks, text } = ctx;
  for (const c of chunks) {
    if (!c.nominal) continue;
    const stem = ctx.stems[c.index] ?? '';
    const prev = chunks[c.index - 1];
    // X라는 회사, X란 단체
    if (/^(?:이)?(?:라는|란)$/u.test(c.tail)) {
      const next = chunks[c.index + 1];
      const d = next && next.nominal ? descriptorAtEnd(ctx.stems[next.index] ?? '') : null;
      if (d && plausibleName(ctx, c, known)) out.push(candidate(c.start, c.stemEnd, d.type, 'apposition'));
      continue;
    }
    const d = descriptorAtEnd(stem);
    if (!d) continue;
    // 이 업체, 해당 기업: an anaphor, not an apposition
    if (prev && prev.after === '' && DEMONSTRATIVES.has(ctx.words[prev.index] as string)) continue;
    const copula = c.tail === '인' && tailHas(c, 'VCP');
    if (c.tail !== '' && !copula) continue;
    if (!c.sameLineNext) continue;
    const next = chunks[c.index + 1];
    if (!next) continue;
    // ‘name’ in quotes right after the descriptor
    const openQuote = next.before.length > 0 && OPEN_QUOTES.includes(next.before[next.before.length - 1] as string);
    if (openQuote && !copula) {
      const close = quoteEnd(ctx, next.index);
      if (close !== null) {
        const last = chunks[close] as Chunk;
        // an unknown name mecab misreads (사피온 → 사피/NNG 온/VV+ETM) is still the whole quoted word
        const end = last.nominal ? last.stemEnd : last.end;
        const name = text.slice(next.start, end);
        if (quotedNameLike(ctx, next.index, close) && !isGenericName(name) && !PLACES.has(squash(name))) out.push(candidate(next.start, end, d.type, 'apposition'));
      }
      continue;
    }
    if (next.before !== '' || !next.nominal) continue;
    // 검색 기업인 구글, 안보 협의체 오커스(AUKUS), 미국 기업 마사 스튜어트가: up to three words
    let last = next;
    while (last.index - next.index < 2 && isBare(last) && last.after === '' && last.sameLineNext) {
      const more = chunks[last.index + 1];
      // one script throughout: 마사 스튜어트, not 구글 AI
      const sameScript = more !== undefined && hasHangul(ctx.stems[more.index] ?? '') === hasHangul(ctx.stems[next.index] ?? '');
      if (!more || !more.nominal || !sameScript || !plausibleName(ctx, more, known)) break;
      last = more;
    }
    if (isBare(last) && last.index > next.index && last.after === '') last = next;
    // a name does not end in an ordinary noun (은행 정기예금 금리 → no 정기예금 금리)
    if (last.index > next.index && commonNounOnly(last) && suffixOf(ctx.keys[last.index] ?? '') === null) last = next;
    // a person after the descriptor: a given name, another name word, a title (방송 존 스미스 기자)
    if (personFollows(ctx, next.index)) continue;
    const followsParen = /^\(\s*[A-Za-z]/u.test(text.slice(last.end, last.end + 3));
    if (!copula && !followsParen && !hasProperNoun(next) && !known.has(next.index)) continue;
    let ok = true;
    for (let j = next.index; j <= last.index; j++) if (!plausibleName(ctx, chunks[j] as Chunk, known)) ok = false;
    if (!ok) continue;
    out.push(candidate(next.start, last.stemEnd, d.type, 'apposition'));
  }
  return out;
}

/**
 * Whether the quoted words `from`..`to` look like a name rather than a slogan or a headline phrase
 * in scare quotes (‘현장 목소리 외면’, ‘화석연료 돌려막기’, ‘2030 국가 온실가스 감축목표’): short, not
 * starting with a number; several words carry no particle or ending and are not all ordinary nouns
 * (unless the last is an organization head: ‘해양 동맹’). One word may be an unknown name mecab misreads.
 */
function quotedNameLike(ctx: Ctx, from: number, to: number): boolean {
  const first = ctx.chunks[from] as Chunk;
  const last = ctx.chunks[to] as Chunk;
  if (to - from > 2 || last.end - first.start > 20 || /^\d/u.test(ctx.words[from] ?? '')) return false;
  if (from === to) return true;
  let common = true;
  for (let j = from; j <= to; j++) {
    const c = ctx.chunks[j] as Chunk;
    if (!isBare(c)) return false;
    if (!c.stemTokens.every((t) => t.tags[0] === 'NNG')) common = false;
  }
  return !common || suffixOf(ctx.keys[to] ?? '') !== null;
}

/** Whether a chunk can be an organization's name: not generic, a place, a title, a person or a descriptor. */
function plausibleName(ctx: Ctx, c: Chunk, known: ReadonlySet<number>): boolean {
  const stem = (ctx.keys[c.index] ?? '');
  if (stem.length === 0 || stem.length > 20) return false;
  if (known.has(c.index)) return true;
  if (GENERIC_PHRASES.has(stem) || GENERIC_WORDS.has(stem) || PLACES.has(stem) || TITLES.has(stem) || STOPS.has(stem)) return false;
  if (ORG_DESCRIPTOR_WORDS.has(stem) || descriptorAtEnd(stem)?.word === stem) return false;
  if (isKoreanPersonChunk(ctx, c)) return false;
  if (c.stemTokens.some((t) => (t.tags[0] === 'NP' || t.tags[0] === 'NNB'))) return false;
  // a person: the next word is a title (… 업체인 제임스 하퍼 수석분석가)
  const next = ctx.chunks[c.index + 1];
  if (isBare(c) && next && TITLES.has((ctx.keys[next.index] ?? ''))) return false;
  return !/^\d/u.test(stem);
}

/** Whether chunk `i` starts `GIVEN-NAME NAME TITLE`: a word mecab tags as a person's name, one more word, then a title. */
function personFollows(ctx: Ctx, i: number): boolean {
  const a = ctx.chunks[i];
  const b = ctx.chunks[i + 1];
  const t = ctx.chunks[i + 2];
  if (!a || !b || !t || !isBare(a) || a.after !== '' || !isBare(b) || b.after !== '' || !t.nominal) return false;
  if (!a.stemTokens.some((x) => x.semanticClass === '인명')) return false;
  const key = (k: number): string => ctx.keys[k] ?? '';
  return !TITLES.has(key(i + 1)) && (TITLES.has(key(i + 2)) || titleAtEnd(key(i + 2)) !== null);
}

/** Whether a word's stem is nothing but dictionary common nouns (금리, 투자유치). */
function commonNounOnly(c: Chunk): boolean {
  const ts = c.stemTokens;
  return ts.length > 0 && ts.every((t) => t.tags[0] === 'NNG');
}

function hasProperNoun(c: Chunk): boolean {
  return c.stemTokens.some((t) => (t.tags[0] === 'NNP' || t.tags[0] === 'SL') && t.semanticClass !== '지명');
}

/** The chunk that ends a quote opened before chunk `i`, within five words; null if none. */
function quoteEnd(ctx: Ctx, i: number): number | null {
  for (let j = i; j < Math.min(ctx.chunks.length, i + 5); j++) {
    const c = ctx.chunks[j] as Chunk;
    if (c.after.length > 0) return CLOSE_QUOTES.includes(c.after[0] as string) && (c.nominal || !endsClause(c)) ? j : null;
    if (!isBare(c)) return null;
  }
  return null;
}

// ---- numbered units ---------------------------------------------------------------------------

const NUMBERED_UNIT = /^제(\d{1,2})(국|부|과|실|단|팀|본부|사단|군단|함대|여단|연대|전대)$/u;

/** A numbered unit right after an organization: 정보총국 제2국, 국방부 제2차관실 → no. */
export function numberedUnitCandidates(ctx: Ctx, orgEnds: ReadonlyMap<number, OrgCandidate>): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const c of ctx.chunks) {
    const stem = (ctx.keys[c.index] ?? '');
    const m = NUMBERED_UNIT.exec(stem);
    if (!m) continue;
    const prev = ctx.chunks[c.index - 1];
    if (!prev || prev.after !== '' || !isBare(prev)) continue;
    const parent = orgEnds.get(prev.stemEnd);
    if (!parent) continue;
    // 제3국 → Third Bureau
    const unit = NUMBERED_UNITS.get(m[2] as string);
    const n = Number(m[1]);
    const ordinal = ORDINALS[n - 1];
    const nameEn = unit && ordinal ? `${ordinal} ${unit}` : null;
    out.push(candidate(c.start, c.stemEnd, parent.type, 'numbered-unit', { nameEn }));
  }
  return out;
}

// ---- affiliation in parentheses ---------------------------------------------------------------

const AFFILIATION_PAREN = /^\((?:\d{1,3}\s?[·,]\s?)?([가-힣A-Za-z][가-힣A-Za-z0-9&.\- ]{0,24})\)/u;
const NOT_AFFILIATION = /^(?:본명|가명|예명|여|남|전|현|前|現|당시|가칭|이하|사진|왼쪽|오른쪽|가운데|좌|우|중앙)(?:\s|$)/u;

/**
 * A person's affiliation in parentheses: `손흥민(23·토트넘)`, `지소연(첼시)`, `홍길동(한국개발연구원 연구위원)`
 * → the organization (a title at the end is left out).
 */
export function affiliationCandidates(ctx: Ctx): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const { chunks, text } = ctx;
  for (const c of chunks) {
    if (c.stemEnd !== c.end || text[c.end] !== '(') continue;
    // a person's name: a Korean full name, or a foreign name of two words
    const prev = chunks[c.index - 1];
    const foreign = prev !== undefined && isBare(prev) && prev.after === '' && prev.tokens.some((t) => t.semanticClass === '인명') && (ctx.stems[c.index] ?? '').length >= 2;
    if (!isKoreanPersonChunk(ctx, c) && !foreign) continue;
    const m = AFFILIATION_PAREN.exec(text.slice(c.end, c.end + 40));
    if (!m) continue;
    const inner = m[1] as string;
    if (NOT_AFFILIATION.test(inner) || !/[가-힣]|[A-Z]/u.test(inner)) continue;
    const innerStart = c.end + m[0].indexOf(inner);
    // an actor or a real name in parentheses (유시진 대위(송중기), 강선우(조정석 씨), 안현수(빅토르 안))
    if (personInParentheses(ctx, innerStart, innerStart + inner.trimEnd().length)) continue;
    const words = inner.trim().split(/\s+/u);
    // a title at the end: the organization is the words before it
    while (words.length > 0 && TITLES.has(squash(words[words.length - 1] as string))) words.pop();
    if (words.length === 0 || words.length > 3) continue;
    const name = words.join(' ');
    const key = squash(name);
    if (PLACES.has(key) || GENERIC_PHRASES.has(key) || GENERIC_WORDS.has(key) || TITLES.has(key) || key.length < 2) continue;
    if (!/^[가-힣A-Za-z]/u.test(key) || /\d/u.test(key)) continue;
    // ordinary words (도마, 구속기소) are no affiliation: a proper noun, Latin or an organization suffix is
    const innerTokens = tokensIn(ctx.doc, innerStart, innerStart + name.length);
    if (!innerTokens.some((t) => t.tags[0] === 'NNP' || t.tags[0] === 'SL') && !suffixOf(key)) continue;
    const type = suffixOf(key)?.type ?? 'other';
    out.push(candidate(innerStart, innerStart + name.length, type, 'affiliation'));
  }
  return out;
}

/** Whether `[start, end)` names a person: a person-only title at the end, or words mecab tags as a person's name throughout. */
function personInParentheses(ctx: Ctx, start: number, end: number): boolean {
  const words = ctx.text.slice(start, end).trim().split(/\s+/u);
  const lastWord = words[words.length - 1] ?? '';
  if (PERSON_ONLY_TITLES.has(lastWord) || /씨$/u.test(lastWord)) return true;
  const ts = tokensIn(ctx.doc, start, end).filter((t) => !(t.tags[0] ?? '').startsWith('S') || t.tags[0] === 'SL');
  if (ts.length === 0) return false;
  const named = ts.filter((t) => t.semanticClass === '인명').length;
  if (named === 0) return false;
  // 송중기: a Korean full name; 빅토르 안: several words, all a person's name (나폴리 alone is a club)
  if (words.length === 1) return /^[\uac00-\ud7a3]{3}$/u.test(words[0] as string) && SURNAMES.has((words[0] as string)[0] as string);
  return named === ts.length;
}

// ---- media reporting --------------------------------------------------------------------------

const REPORTS = /^보도(?:했|한|하|해|됐|된|에|를|로|내용)/u;

/**
 * The subject of `보도했다` (reported) and the owner of a `보도` is a news medium: `상하이스트가 9일
 * 전했습니다`, no; `중신넷이 보도했다`, `세계일보 보도를 통해` yes.
 */
export function reportingCandidates(ctx: Ctx, known: ReadonlySet<number>): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const { chunks, text } = ctx;
  // only sentences that hold a word starting with 보도 (0xbcf4 0xb3c4)
  const reporting = new Set<number>();
  for (let k = 0; k < chunks.length; k++) {
    const w = ctx.words[k] as string;
    if (w.charCodeAt(0) === 0xbcf4 && w.charCodeAt(1) === 0xb3c4) reporting.add((chunks[k] as Chunk).sentence);
  }
  if (reporting.size === 0) return out;
  for (const c of chunks) {
    if (!reporting.has(c.sentence)) continue;
    if (!c.nominal || !c.sameLineNext) continue;
    const next = chunks[c.index + 1];
    let reported = false;
    if (c.tail === '' && c.after === '' && next && REPORTS.test(ctx.words[next.index] as string)) reported = true;
    else if (/^(?:은|는|이|가)$/u.test(c.tail)) {
      for (let j = c.index + 1; j < Math.min(chunks.length, c.index + 12); j++) {
        const x = chunks[j] as Chunk;
        if (x.sentence !== c.sentence) break;
        const w = ctx.words[x.index] as string;
        if (w.charCodeAt(0) === 0xbcf4 && /^보도(?:했|하며|하면서|해)/u.test(w)) reported = true;
        if (reported || /^(?:은|는|이|가)$/u.test(x.tail) || endsClause(x)) break;
      }
    }
    if (!reported || !plausibleName(ctx, c, known) || isKoreanPersonChunk(ctx, c)) continue;
    const stem = (ctx.keys[c.index] ?? '');
    if (descriptorAtEnd(stem) || !/[가-힣A-Za-z]/u.test(stem)) continue;
    if (c.stemTokens.some((t) => t.semanticClass === '인명') && !known.has(c.index)) continue;
    out.push(candidate(c.start, c.stemEnd, 'media', 'reporting'));
  }
  return out;
}
