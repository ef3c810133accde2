/**
 * Persons: names found by the people gazetteer, by a title next to them (`홍길순 박사`,
 * `Samsung Research의 … 이사인 로렌초 마르티넬리`, `제임스 하퍼 크로노실드 수석분석가`), by `NAME 정부`
 * (노무현 정부), and the byline's reporter. Later short mentions (`김 후보자`, `하퍼 수석분석가`,
 * `바이든 대통령`, `트럼프`) become mentions of the person introduced.
 *
 * English names: the people gazetteer first, then the Revised Romanization for Korean names
 * (박민지 → Jeon Yun-mi); otherwise null, never an invented spelling.
 */
import peopleData from '../../lexicon/people.json';
import { lookupPerson } from '../../text/people';
import { romanizeKoreanName } from '../../text/romanize';
import type { PersonEntity } from '../model';
import { chunkIndexAt, chunksIn, isAdnominal, isBare, tailHas, type Chunk } from './chunks';
import { hasHangul, isPlace, type Ctx } from './context';
import {
  ADMINISTRATION,
  AFFILIATION,
  GENERIC_WORDS,
  NAME_PARTICLES,
  PLACES,
  REPORTER_TITLE_SET,
  ROLE_JOINERS,
  ROLE_PREFIX_DROP,
  squash,
  STOPS,
  SURNAMES,
  titleAtEnd,
  TITLE_PREFIXES,
  TITLES,
} from './lexicon';
import type { OrgMention } from './orgs';
import { Trie } from './trie';

/** A person mention with what the text says about it. */
interface Found {
  /** The name as written. */
  start: number;
  end: number;
  /** The phrase that refers to the person (name with affiliation and title), for `refAt`. */
  refStart: number;
  refEnd: number;
  role: string | null;
  /** Where the role lies (to find its organization). */
  roleRange: { start: number; end: number } | null;
  /** The title that names the person here (squashed), if any. */
  title: string | null;
  /** Only a surname (`김 후보자`) or a last name (`하퍼 수석분석가`): resolved to a person introduced. */
  short: 'surname' | 'last' | null;
  korean: boolean;
  en: string | null;
  evidence: string;
}

/** A person with every phrase that refers to it. */
export interface PersonResult {
  persons: PersonEntity[];
  /** Phrases that refer to persons (name + title), for `refAt`. */
  refs: Array<{ start: number; end: number; person: number }>;
}

/**
 * Find the persons of `ctx`. `orgs` are the organizations found before: their name mentions are
 * never person names, and they give a role its organization.
 */
export function extractPersons(ctx: Ctx, orgs: { entities: ReadonlyArray<{ name: string }>; mentions: readonly OrgMention[] }): PersonResult {
  const orgChunks = new Map<number, number>();
  for (const m of orgs.mentions) if (!m.anaphor) for (const k of chunksIn(ctx.chunks, m.start, m.end)) orgChunks.set(k, m.entity);
  const known = gazetteerPersons(ctx, orgChunks);
  const nameChunks = new Set<number>();
  for (const f of known) for (const k of chunksIn(ctx.chunks, f.start, f.end)) nameChunks.add(k);
  const found: Found[] = [
    ...bylinePersons(ctx),
    ...rolePrefixed(ctx, orgChunks),
    ...titled(ctx, orgChunks, nameChunks),
    ...administrations(ctx, orgChunks),
    ...known,
  ];
  return assemble(ctx, found, orgs);
}

// ---- sources ----------------------------------------------------------------------------------

/** The reporter of the byline or sign-off: `[한빛일보 박민지 기자]`, `VOA 뉴스 박지훈입니다`. */
function bylinePersons(ctx: Ctx): Found[] {
  const b = ctx.doc.structure.byline;
  if (!b?.reporter) return [];
  const text = ctx.text;
  const out: Found[] = [];
  const publisher = b.publisher;
  const pubAt = publisher ? text.indexOf(publisher, b.start) : -1;
  let from = b.start;
  for (const name of b.reporter.split(/[ ·,]+/u).filter((n) => n.length >= 2)) {
    const at = text.indexOf(name, from);
    if (at < 0 || at + name.length > b.end) continue;
    from = at + name.length;
    const after = text.slice(at + name.length, b.end);
    const title = [...REPORTER_TITLE_SET].sort((x, y) => y.length - x.length).find((t) => after.trimStart().startsWith(t)) ?? '기자';
    let role: string;
    if (b.rule === 'broadcast-signoff' && pubAt >= 0 && pubAt < at) role = `${text.slice(pubAt, at).trim().replace(/\s+/gu, ' ')} ${title}`;
    else role = publisher ? `${publisher} ${title}` : title;
    const en = lookupPerson(name)?.en ?? null;
    out.push({ start: at, end: at + name.length, refStart: at, refEnd: at + name.length, role, roleRange: pubAt >= 0 ? { start: pubAt, end: pubAt + (publisher?.length ?? 0) } : null, title: squash(title), short: null, korean: isKoreanName(name), en, evidence: 'byline' });
  }
  return out;
}

/** `ROLE인 NAME`: `Samsung Research의 AI 개방형 혁신 이사인 로렌초 마르티넬리는`, `교수인 김 후보자는`. */
function rolePrefixed(ctx: Ctx, orgChunks: ReadonlyMap<number, number>): Found[] {
  const out: Found[] = [];
  const { chunks } = ctx;
  for (const c of chunks) {
    if (!c.nominal || c.tail !== '인' || !tailHas(c, 'VCP') || !c.sameLineNext || c.after !== '') continue;
    if (orgChunks.has(c.index)) continue;
    const title = titleAtEnd(ctx.stems[c.index] ?? '');
    if (!title) continue;
    const roleStart = roleStartBefore(ctx, c.index, orgChunks);
    const role = cleanRole(ctx.text.slice(roleStart, c.stemEnd));
    const roleRange = { start: roleStart, end: c.stemEnd };
    const name = nameAfter(ctx, c.index + 1, orgChunks);
    if (!name) continue;
    out.push({ ...name, refStart: roleStart, role, roleRange, title: name.title ?? title, evidence: 'role' });
  }
  return out;
}

/** `NAME [affiliation] TITLE` and `[affiliation] NAME TITLE`: `통일연구원 홍길순 박사`, `제임스 하퍼 크로노실드 수석분석가`. */
function titled(ctx: Ctx, orgChunks: ReadonlyMap<number, number>, nameChunks: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  const { chunks, text } = ctx;
  for (const c of chunks) {
    if (!c.nominal) continue;
    const t = titleEndingAt(ctx, c.index, orgChunks);
    if (!t) continue;
    const longer = titleEndingAt(ctx, c.index + 1, orgChunks);
    if (longer && longer.firstChunk <= c.index && isBare(c) && c.after === '') continue;
    // the words before the title: bare, on one line, no punctuation between
    const run: number[] = [];
    for (let j = t.firstChunk - 1; j >= 0 && run.length < 6; j--) {
      const p = chunks[j] as Chunk;
      const noun = isBare(p) || nameChunks.has(j) || orgChunks.has(j) || (j === t.firstChunk - 1 && misreadName(ctx, p));
      if (!noun || p.after !== '' || !p.sameLineNext) break;
      const stem = (ctx.keys[j] ?? '');
      if (STOPS.has(stem) && !AFFILIATION.has(stem)) break;
      run.unshift(j);
    }
    const name = nameInRun(ctx, run, orgChunks);
    if (!name) continue;
    // 노무현 정부 시절 … 대사: the name belongs to an administration, not to this title
    const afterName = chunks[chunkIndexAt(chunks, name.end - 1) + 1];
    if (afterName && ADMINISTRATION.has((ctx.keys[afterName.index] ?? ''))) continue;
    // affiliation words: before the name only organizations, places and departments; after it everything
    const nameFirst = chunkIndexAt(chunks, name.start);
    const nameLast = chunkIndexAt(chunks, name.end - 1);
    const affBefore: number[] = [];
    for (let k = run.indexOf(nameFirst) - 1; k >= 0; k--) {
      const j = run[k] as number;
      if (orgChunks.has(j) || isPlace(ctx, chunks[j] as Chunk) || isDepartment(ctx.stems[j] ?? '')) affBefore.unshift(j);
      else break;
    }
    const affAfter = run.filter((j) => j > nameLast);
    const pieces = [...affBefore, ...affAfter].map((j) => ctx.stems[j] ?? '');
    const titleText = text.slice((chunks[t.firstChunk] as Chunk).start, c.stemEnd);
    const role = cleanRole([...pieces, titleText].join(' ').replace(/\s+/gu, ' '));
    const roleStart = affBefore.length > 0 ? (chunks[affBefore[0] as number] as Chunk).start : affAfter.length > 0 ? (chunks[affAfter[0] as number] as Chunk).start : t.start;
    const refStart = Math.min(name.start, roleStart);
    out.push({ ...name, refStart, refEnd: c.stemEnd, role, roleRange: { start: roleStart, end: c.stemEnd }, title: t.title, evidence: 'title' });
  }
  return out;
}

/** `노무현 정부`, `윤석열 정권`: a leader's name before an administration word. */
function administrations(ctx: Ctx, orgChunks: ReadonlyMap<number, number>): Found[] {
  const out: Found[] = [];
  for (const c of ctx.chunks) {
    const next = ctx.chunks[c.index + 1];
    if (!next || !isBare(c) || c.after !== '' || orgChunks.has(c.index)) continue;
    if (!ADMINISTRATION.has((ctx.keys[next.index] ?? ''))) continue;
    const stem = ctx.stems[c.index] ?? '';
    const person = lookupPerson(stem);
    if (!person && !isKoreanNameChunk(ctx, c, true)) continue;
    out.push({ start: c.start, end: c.stemEnd, refStart: c.start, refEnd: c.stemEnd, role: null, roleRange: null, title: null, short: null, korean: person ? person.kind === 'korean' : true, en: person?.en ?? null, evidence: 'administration' });
  }
  return out;
}

interface PeopleForm {
  readonly en: string;
  readonly weak: boolean;
  readonly korean: boolean;
}

/** The trie over every name of the people gazetteer, built once when the module loads. */
const PEOPLE_TRIE: Trie<PeopleForm> = buildPeopleTrie();

function buildPeopleTrie(): Trie<PeopleForm> {
  const t = new Trie<PeopleForm>();
  for (const e of peopleData as ReadonlyArray<{ ko: string[]; en: string; kind: string; koWeak?: string[] }>) {
    for (const f of e.ko) {
      if (squash(f).length < 2) continue;
      t.add(f, { en: e.en, weak: e.koWeak?.includes(f) ?? false, korean: e.kind === 'korean' });
    }
  }
  return t;
}

/** Names of the people gazetteer wherever they stand as whole words (weak forms only before a title). */
function gazetteerPersons(ctx: Ctx, orgChunks: ReadonlyMap<number, number>): Found[] {
  const out: Found[] = [];
  const t = PEOPLE_TRIE;
  const { chunks, text } = ctx;
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k] as Chunk;
    if (orgChunks.has(k)) continue;
    let best: { end: number; form: PeopleForm; last: number } | null = null;
    for (const hit of t.matchesAt(text, c.start, Math.min(text.length, c.start + t.maxKeyLength * 2))) {
      const last = chunkIndexAt(chunks, hit.end - 1);
      const lc = chunks[last];
      if (!lc || !((hit.end === lc.stemEnd && lc.nominal) || hit.end === lc.end || NAME_PARTICLES.has(text.slice(hit.end, lc.end)))) continue;
      let joined = true;
      for (let j = k; j < last; j++) if ((chunks[j] as Chunk).after !== '' || !(chunks[j] as Chunk).sameLineNext) joined = false;
      if (!joined) continue;
      const form = hit.values[0] as PeopleForm;
      if (form.weak && !titleEndingAt(ctx, last + 1, orgChunks)) continue;
      best = { end: hit.end, form, last };
    }
    if (!best) continue;
    out.push({ start: c.start, end: best.end, refStart: c.start, refEnd: best.end, role: null, roleRange: null, title: null, short: null, korean: best.form.korean, en: best.form.en, evidence: 'people-gazetteer' });
    k = best.last;
  }
  return out;
}

// ---- names ------------------------------------------------------------------------------------

/** The name that follows a role (`… 이사인` + `로렌초 마르티넬리는`), or a surname + title. */
function nameAfter(ctx: Ctx, i: number, orgChunks: ReadonlyMap<number, number>): Omit<Found, 'refStart' | 'role' | 'roleRange' | 'evidence'> | null {
  const { chunks } = ctx;
  const first = chunks[i];
  if (!first || first.before !== '' || !first.nominal || orgChunks.has(i)) return null;
  // the people gazetteer, up to three words
  for (let n = 3; n >= 1; n--) {
    const last = chunks[i + n - 1];
    if (!last) continue;
    let ok = true;
    for (let j = i; j < i + n - 1; j++) if (!isBare(chunks[j] as Chunk) || (chunks[j] as Chunk).after !== '') ok = false;
    if (!ok) continue;
    const p = lookupPerson(ctx.text.slice(first.start, last.stemEnd));
    if (p) return { start: first.start, end: last.stemEnd, refEnd: last.stemEnd, title: null, short: null, korean: p.kind === 'korean', en: p.en };
  }
  const stem = ctx.stems[i] ?? '';
  // 김 후보자: a surname and a title
  if (isBare(first) && SURNAMES.has(stem)) {
    const t = titleEndingAt(ctx, i + 1, orgChunks);
    if (t && t.firstChunk === i + 1) return { start: first.start, end: first.stemEnd, refEnd: (chunks[t.lastChunk] as Chunk).stemEnd, title: t.title, short: 'surname', korean: true, en: null };
    return null;
  }
  const second = chunks[i + 1];
  const twoWords = isBare(first) && first.after === '' && second !== undefined && second.nominal && looksLikeNameWord(ctx, second) && !orgChunks.has(i + 1) && !titleEndingAt(ctx, i + 1, orgChunks);
  if (!twoWords && isKoreanNameChunk(ctx, first, true)) return { start: first.start, end: first.stemEnd, refEnd: first.stemEnd, title: null, short: null, korean: true, en: null };
  // a foreign name: up to three words, the last one carrying a particle or ending the phrase
  let j = i;
  while (j < i + 3) {
    const c = chunks[j] as Chunk | undefined;
    if (!c || !c.nominal || orgChunks.has(j) || !looksLikeNameWord(ctx, c)) return null;
    if (!isBare(c) || c.after !== '' || !c.sameLineNext) break;
    const next = chunks[j + 1];
    if (!next || titleEndingAt(ctx, j + 1, orgChunks)) break;
    j++;
  }
  const last = chunks[Math.min(j, i + 2)] as Chunk;
  if (j >= i + 3 && isBare(last)) return null;
  return { start: first.start, end: last.stemEnd, refEnd: last.stemEnd, title: null, short: null, korean: false, en: null };
}

/** The name among the words before a title: gazetteer, Korean name, surname, foreign name, last name. */
function nameInRun(ctx: Ctx, run: readonly number[], orgChunks: ReadonlyMap<number, number>): Omit<Found, 'refStart' | 'refEnd' | 'role' | 'roleRange' | 'title' | 'evidence'> | null {
  const { chunks } = ctx;
  const free = run.filter((j) => !orgChunks.has(j));
  // the people gazetteer: the longest run of words that is a known name
  for (let n = 3; n >= 1; n--) {
    for (let a = 0; a + n <= run.length; a++) {
      const ids = run.slice(a, a + n);
      if (ids.some((j) => orgChunks.has(j)) || (ids[n - 1] as number) - (ids[0] as number) !== n - 1) continue;
      const s = (chunks[ids[0] as number] as Chunk).start;
      const lastChunk = chunks[ids[n - 1] as number] as Chunk;
      for (const e of new Set([lastChunk.stemEnd, lastChunk.end])) {
        const p = e > s ? lookupPerson(ctx.text.slice(s, e)) : null;
        if (p) return { start: s, end: e, short: null, korean: p.kind === 'korean', en: p.en };
      }
    }
  }
  // a Korean full name
  for (const j of free) {
    const c = chunks[j] as Chunk;
    const next = run.includes(j + 1) ? (chunks[j + 1] as Chunk) : null;
    const foreignPair = next !== null && !orgChunks.has(j + 1) && looksLikeNameWord(ctx, next);
    if (!foreignPair && isKoreanNameChunk(ctx, c, false)) return { start: c.start, end: c.nominal ? c.stemEnd : c.end, short: null, korean: true, en: null };
  }
  // a surname alone, right before the title or the affiliation (김 후보자, 김 차장)
  const last = run[run.length - 1];
  if (last !== undefined && SURNAMES.has(ctx.stems[last] ?? '') && !orgChunks.has(last)) {
    const c = chunks[last] as Chunk;
    return { start: c.start, end: c.stemEnd, short: 'surname', korean: true, en: null };
  }
  const firstFree = free[0];
  if (firstFree !== undefined) {
    const sc = ctx.stems[firstFree] ?? '';
    if (SURNAMES.has(sc) && sc.length === 1 && free.length > 1) {
      const c = chunks[firstFree] as Chunk;
      return { start: c.start, end: c.stemEnd, short: 'surname', korean: true, en: null };
    }
  }
  // a foreign name: from the first word mecab tags as a person's name, up to the affiliation
  const startAt = run.findIndex((j) => !orgChunks.has(j) && isPersonTagged(chunks[j] as Chunk) && looksLikeNameWord(ctx, chunks[j] as Chunk));
  if (startAt >= 0) {
    let endAt = startAt;
    while (endAt + 1 < run.length && endAt - startAt < 2 && !orgChunks.has(run[endAt + 1] as number) && looksLikeNameWord(ctx, chunks[run[endAt + 1] as number] as Chunk)) endAt++;
    const s = chunks[run[startAt] as number] as Chunk;
    const e = chunks[run[endAt] as number] as Chunk;
    if (endAt > startAt) return { start: s.start, end: e.stemEnd, short: null, korean: false, en: null };
    return { start: s.start, end: s.stemEnd, short: 'last', korean: false, en: null };
  }
  // a last name alone before the affiliation (하퍼 수석분석가, 마르티넬리 IBM 이사)
  const lone = free[0];
  if (lone !== undefined && lone === run[0] && looksLikeNameWord(ctx, chunks[lone] as Chunk) && hasHangul(ctx.stems[lone] ?? '')) {
    const c = chunks[lone] as Chunk;
    return { start: c.start, end: c.stemEnd, short: 'last', korean: false, en: null };
  }
  return null;
}

/** A title that ends at chunk `i`'s stem: the longest over up to three words, or at the end of the word. */
function titleEndingAt(ctx: Ctx, i: number, orgChunks: ReadonlyMap<number, number>): { start: number; firstChunk: number; lastChunk: number; title: string } | null {
  const c = ctx.chunks[i];
  if (!c || !c.nominal) return null;
  for (let n = 3; n >= 2; n--) {
    const first = i - n + 1;
    if (first < 0 || !TITLE_PREFIXES.has(ctx.keys[first] ?? '')) continue;
    let s = '';
    let ok = true;
    for (let j = first; j <= i; j++) {
      const cj = ctx.chunks[j] as Chunk;
      if (j < i && (!isBare(cj) || cj.after !== '')) ok = false;
      s += (ctx.keys[j] ?? '');
    }
    if (ok && TITLES.has(s)) return { start: (ctx.chunks[first] as Chunk).start, firstChunk: first, lastChunk: i, title: s };
  }
  if (orgChunks.has(i)) return null;
  const stem = ctx.stems[i] ?? '';
  const t = titleAtEnd(stem);
  if (!t) return null;
  if (t.length === stem.length) return { start: c.start, firstChunk: i, lastChunk: i, title: t };
  // a title written onto other words (정무전략비서관): the chunk's words before it are role
  return { start: c.stemEnd - t.length, firstChunk: i, lastChunk: i, title: t };
}

/** Where a role that ends at chunk `i` starts: back over nouns, `X의`, quoted names and joiners. */
function roleStartBefore(ctx: Ctx, i: number, orgChunks: ReadonlyMap<number, number>): number {
  const { chunks } = ctx;
  let start = (chunks[i] as Chunk).start;
  let lastBare = false;
  for (let j = i - 1; j >= 0 && i - j <= 12; j--) {
    const c = chunks[j] as Chunk;
    if (!c.sameLineNext) break;
    const word = ctx.text.slice(c.start, c.end);
    const punctOk = c.after === '' || /^[‘’“”'"]+$/u.test(c.after);
    if (!punctOk) break;
    const joiner = ROLE_JOINERS.has(word);
    const particleOnly = !c.nominal && /^(?:의)$/u.test(word);
    const orgWord = orgChunks.has(j) && (c.nominal || c.after === '' );
    const ok = joiner || particleOnly || orgWord || (c.nominal && (c.tail === '' || tailHas(c, 'JKG') || /^이(?:자|며)$/u.test(c.tail)));
    if (!ok) {
      // a noun modified by a relative clause (맡는 동안 …) is not part of the role
      if (isAdnominal(c) && lastBare) start = (chunks[j + 2] as Chunk | undefined)?.start ?? start;
      break;
    }
    lastBare = c.nominal && c.tail === '';
    start = c.start;
  }
  return start;
}

function cleanRole(role: string): string | null {
  let r = role.trim();
  for (;;) {
    const m = /^(\S+)\s+/u.exec(r);
    if (m && ROLE_PREFIX_DROP.has(m[1] as string)) r = r.slice(m[0].length);
    else break;
  }
  return r.length > 0 ? r : null;
}

/**
 * A word right before a title that mecab cut into verbs and particles (임을수 → 임/VCP 을/JKO …)
 * although it is a Korean name: three syllables, a surname first, nothing but the word.
 */
function misreadName(ctx: Ctx, c: Chunk): boolean {
  const word = ctx.text.slice(c.start, c.end);
  if (c.nominal || word.length !== 3 || !isKoreanName(word)) return false;
  return c.tokens.some((t) => /^(?:VV|VA|VX|XR|NN)/u.test(t.tags[0] ?? ''));
}

/** A Korean full name: 2–4 syllables with a known surname, by mecab's 인명 tag or an odd analysis. */
function isKoreanNameChunk(ctx: Ctx, c: Chunk, strict: boolean): boolean {
  if (!strict && misreadName(ctx, c)) return true;
  const stem = ctx.stems[c.index] ?? '';
  if (!isKoreanName(stem)) return false;
  const ts = c.tokens.filter((t) => t.end <= c.stemEnd);
  if (ts.some((t) => t.semanticClass === '인명')) return true;
  if (strict || stem.length !== 3) return false;
  if (PLACES.has(stem) || TITLES.has(stem) || GENERIC_WORDS.has(stem)) return false;
  // one dictionary noun (전문가, 강경파) is a word, not a name; mecab cuts unknown names oddly
  if (ts.length === 1 && (ts[0]?.tags[0] === 'NNG' || ts[0]?.type === 'Compound')) return false;
  return ts.length > 1 && !ts.every((t) => t.tags[0] === 'NNG' || t.tags[0] === 'NNP');
}

function isKoreanName(s: string): boolean {
  if (!/^[\uac00-\ud7a3]{2,4}$/u.test(s)) return false;
  if (s.length === 4) return SURNAMES.has(s.slice(0, 2));
  return SURNAMES.has(s[0] as string);
}

function isPersonTaggedAt(ctx: Ctx, pos: number): boolean {
  const c = ctx.chunks[chunkIndexAt(ctx.chunks, pos)];
  return c !== undefined && isPersonTagged(c);
}

function isPersonTagged(c: Chunk): boolean {
  return c.tokens.some((t) => t.end <= c.stemEnd && t.semanticClass === '인명');
}

/** A word that can be part of a name: Hangul (or Latin) letters only, no stop, place or generic word. */
function looksLikeNameWord(ctx: Ctx, c: Chunk): boolean {
  const stem = (ctx.keys[c.index] ?? '');
  if (!/^(?:[\uac00-\ud7a3]{1,8}|[A-Z][A-Za-z.'-]{1,20})$/u.test(stem)) return false;
  if (STOPS.has(stem) || PLACES.has(stem) || GENERIC_WORDS.has(stem) || TITLES.has(stem) || AFFILIATION.has(stem)) return false;
  if (isPlace(ctx, c) || isDepartment(stem)) return false;
  return !c.tokens.some((t) => t.end <= c.stemEnd && (t.tags[0] === 'NP' || t.tags[0] === 'NNB' || t.tags[0] === 'MM'));
}

/** A department or unit word (경영학과, 국제학부, 행정학과). */
function isDepartment(stem: string): boolean {
  return /(?:학과|학부|대학원|연구실|센터|학교|본부|연구소|실|팀|과|부)$/u.test(squash(stem)) && squash(stem).length >= 3;
}

// ---- assembly ---------------------------------------------------------------------------------

function assemble(ctx: Ctx, found: Found[], orgs: { entities: ReadonlyArray<{ name: string }>; mentions: readonly OrgMention[] }): PersonResult {
  const full = found.filter((f) => !f.short).sort((a, b) => a.start - b.start);
  const orgsByStart = [...orgs.mentions].sort((a, b) => a.start - b.start);
  const persons: Array<PersonEntity & { korean: boolean; surname: string | null; last: string; titles: Set<string>; key: string }> = [];
  const refs: Array<{ start: number; end: number; person: number }> = [];
  const byKey = new Map<string, number>();
  const keyOf = (f: Found): string => (f.en ? `E\u0000${f.en}` : `N\u0000${squash(ctx.text.slice(f.start, f.end))}`);
  const add = (f: Found, i: number): void => {
    const p = persons[i]!;
    insertMention(p.mentions, { start: f.start, end: f.end });
    refs.push({ start: Math.min(f.refStart, f.start), end: Math.max(f.refEnd, f.end), person: i });
    if (!p.role && f.role) {
      p.role = f.role;
      p.organization = orgOfRole(f, orgs, orgsByStart);
    }
    if (f.title) p.titles.add(f.title);
    if (!p.evidence.includes(f.evidence)) p.evidence.push(f.evidence);
  };
  // full names first, in order: one person per name (or per English name)
  for (const f of full) {
    const key = keyOf(f);
    let i = byKey.get(key);
    if (i === undefined) {
      const name = ctx.text.slice(f.start, f.end).replace(/\s+/gu, ' ');
      const korean = f.korean && isKoreanName(squash(name));
      i = persons.length;
      persons.push({
        name,
        nameEn: f.en ?? (korean ? romanizeKoreanName(name) : null),
        role: null,
        organization: null,
        mentions: [],
        evidence: [],
        korean,
        surname: korean ? (squash(name).length === 4 ? squash(name).slice(0, 2) : (squash(name)[0] as string)) : null,
        last: name.split(' ').pop() ?? name,
        titles: new Set(),
        key,
      });
      byKey.set(key, i);
    }
    add(f, i);
  }
  // short mentions: the person introduced with that surname or last name, the title agreeing
  for (const f of found.filter((x) => x.short)) {
    const s = squash(ctx.text.slice(f.start, f.end));
    const cands = persons
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => (f.short === 'surname' ? p.korean && p.surname === s : !p.korean && squash(p.last) === s && p.name.includes(' ')));
    if (cands.length === 0) {
      if (f.short === 'last') {
        // a last name nobody introduced: a person only when the gazetteer or mecab's 인명 tag says so
        const person = lookupPerson(s);
        if (person || (f.evidence === 'title' && isPersonTaggedAt(ctx, f.start))) {
          const key = person ? `E\u0000${person.en}` : `N\u0000${s}`;
          let i = byKey.get(key);
          if (i === undefined) {
            i = persons.length;
            persons.push({ name: ctx.text.slice(f.start, f.end), nameEn: person?.en ?? null, role: null, organization: null, mentions: [], evidence: [], korean: false, surname: null, last: s, titles: new Set(), key });
            byKey.set(key, i);
          }
          add(f, i);
        }
      }
      continue;
    }
    const titled = f.title ? cands.filter(({ p }) => [...p.titles].some((t) => t === f.title || t.endsWith(f.title as string) || (f.title as string).endsWith(t))) : [];
    const pool = titled.length > 0 ? titled : cands;
    const before = pool.filter(({ p }) => (p.mentions[0]?.start ?? Infinity) < f.start);
    const pick = (before.length > 0 ? before : pool).sort((a, b) => lastMentionBefore(b.p, f.start) - lastMentionBefore(a.p, f.start))[0];
    if (pick) add({ ...f, role: pick.p.role ? null : f.role }, pick.i);
  }
  // the full name as introduced: the longest name written for the person (버락 오바마, not 오바마)
  for (const f of full) {
    const i = byKey.get(keyOf(f));
    const p = i === undefined ? undefined : persons[i];
    const t = ctx.text.slice(f.start, f.end).replace(/\s+/gu, ' ');
    if (p && squash(t).length > squash(p.name).length) {
      p.name = t;
      p.last = t.split(' ').pop() ?? t;
    }
  }
  // every further occurrence of a full name, and of a foreign last name standing alone
  moreMentions(ctx, persons, refs);
  const out: PersonEntity[] = [];
  const remap = new Map<number, number>();
  persons
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.mentions[0]?.start ?? 0) - (b.p.mentions[0]?.start ?? 0))
    .forEach(({ p, i }) => {
      remap.set(i, out.length);
      p.mentions.sort((a, b) => a.start - b.start);
      out.push({ name: p.name, nameEn: p.nameEn, role: p.role, organization: p.organization, mentions: p.mentions, evidence: p.evidence });
    });
  return { persons: out, refs: refs.map((r) => ({ ...r, person: remap.get(r.person) as number })) };
}

/** Insert a mention keeping the list sorted by start, without duplicates. */
function insertMention(ms: Array<{ start: number; end: number }>, m: { start: number; end: number }): void {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ms[mid] as { start: number }).start < m.start) lo = mid + 1;
    else hi = mid;
  }
  const at = ms[lo];
  if (at && at.start === m.start && at.end === m.end) return;
  ms.splice(lo, 0, m);
}

/** The start of the person's last mention before `pos` (mentions are kept sorted), or -1. */
function lastMentionBefore(p: PersonEntity, pos: number): number {
  let lo = 0;
  let hi = p.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((p.mentions[mid] as { start: number }).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (p.mentions[lo - 1] as { start: number }).start : -1;
}

/** The organization a role names: the first organization mention inside it (`byStart`: mentions sorted by start). */
function orgOfRole(f: Found, orgs: { entities: ReadonlyArray<{ name: string }> }, byStart: readonly OrgMention[]): string | null {
  if (!f.roleRange) return null;
  const r = f.roleRange;
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((byStart[mid] as OrgMention).start < r.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < byStart.length && (byStart[i] as OrgMention).start < r.end; i++) {
    const m = byStart[i] as OrgMention;
    if (!m.anaphor && m.end <= r.end) return orgs.entities[m.entity]?.name ?? null;
  }
  return null;
}

function moreMentions(ctx: Ctx, persons: Array<PersonEntity & { korean: boolean; last: string }>, refs: Array<{ start: number; end: number; person: number }>): void {
  const t = new Trie<number>();
  persons.forEach((p, i) => {
    t.add(p.name, i);
    if (!p.korean && p.name.includes(' ') && squash(p.last).length >= 2) t.add(p.last, i);
  });
  const taken = new Uint8Array(ctx.text.length);
  for (const p of persons) for (const m of p.mentions) taken.fill(1, m.start, m.end);
  const { chunks, text } = ctx;
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k] as Chunk;
    if (taken[c.start]) continue;
    let best: { end: number; person: number } | null = null;
    for (const hit of t.matchesAt(text, c.start, Math.min(text.length, c.start + t.maxKeyLength * 2))) {
      const lc = chunks[chunkIndexAt(chunks, hit.end - 1)];
      if (lc && (hit.end === lc.stemEnd || hit.end === lc.end) && lc.nominal) best = { end: hit.end, person: hit.values[0] as number };
    }
    if (!best) continue;
    const p = persons[best.person]!;
    p.mentions.push({ start: c.start, end: best.end });
    refs.push({ start: c.start, end: best.end, person: best.person });
    taken.fill(1, c.start, best.end);
  }
}
