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
import { hasHangul, isPlace, trimName, type Ctx } from './context';
import {
  ADMINISTRATION,
  AFFILIATION,
  COUNTRY_PREFIXES,
  FOREIGN_SYLLABLES,
  HONORIFICS,
  GENERIC_WORDS,
  NAME_PARTICLES,
  PLACES,
  REPORTER_TITLE_SET,
  ROLE_JOINERS,
  SOUND_BITE_LABELS,
  ROLE_PREFIX_DROP,
  squash,
  STOPS,
  SURNAMES,
  titleAtEnd,
  titleAtEndKey,
  TITLE_PREFIXES,
  TITLES,
} from './lexicon';
import { lookupForm } from './org-gazetteer';
import type { OrgMention } from './orgs';
import { SmallIndex, Trie } from './trie';

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
  // the title that ends at each word, computed once (a word's title is asked for again by the word before)
  const titles = ctx.chunks.map((c) => (c.nominal ? titleEndingAt(ctx, c.index, orgChunks) : null));
  const found: Found[] = [
    ...bylinePersons(ctx),
    ...soundBitePersons(ctx, orgChunks),
    ...rolePrefixed(ctx, orgChunks),
    ...titlePrefixed(ctx, orgChunks, titles),
    ...titled(ctx, orgChunks, nameChunks, titles),
    ...administrations(ctx, orgChunks),
    ...taggedNames(ctx, orgChunks),
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
  const publisher = b.publisher ? trimName(b.publisher) || null : null;
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
    const title = titleAtEnd(ctx.keys[c.index] ?? '');
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

/**
 * `[affiliation] TITLE NAME`: a title written before the name it introduces, without a copula
 * (`미 국무부 대변인 매튜 밀러는`, `외교부 대변인 임수석은`, `이 회사 대표 박영희는`). The name must look
 * like one: the people gazetteer, a Korean full name, or words mecab tags as a person's name.
 */
function titlePrefixed(ctx: Ctx, orgChunks: ReadonlyMap<number, number>, titles: ReadonlyArray<TitleAt | null>): Found[] {
  const out: Found[] = [];
  const { chunks } = ctx;
  for (const c of chunks) {
    if (!isBare(c) || c.after !== '' || !c.sameLineNext) continue;
    const t = titles[c.index];
    if (!t || t.lastChunk !== c.index || HONORIFICS.has(t.title) || REPORTER_TITLE_SET.has(t.title)) continue;
    const next = chunks[c.index + 1];
    // a title that the next word continues (대표 이사) is no apposition here
    if (!next || next.before !== '' || (titles[c.index + 1] && !isKoreanNameChunk(ctx, next, false))) continue;
    const name = nameAfter(ctx, c.index + 1, orgChunks);
    if (!name || name.short) continue;
    const first = chunks[c.index + 1] as Chunk;
    const lastChunk = chunks[chunkIndexAt(chunks, name.end - 1)];
    if (!lastChunk) continue;
    // the name ends the phrase: a particle or a form of address follows, not more nouns
    const ends = lastChunk.tail !== '' || lastChunk.after !== '' || HONORIFICS.has(ctx.keys[lastChunk.index + 1] ?? '') || !lastChunk.sameLineNext;
    if (!ends) continue;
    const known = name.en !== null;
    const korean = isKoreanNameChunk(ctx, first, false) && lastChunk === first;
    const tagged = isPersonTagged(first) && (lastChunk !== first || first.tail !== '');
    if (!known && !korean && !tagged) continue;
    const roleStart = roleStartBefore(ctx, t.firstChunk, orgChunks);
    const role = cleanRole(ctx.text.slice(roleStart, c.stemEnd).replace(/\s+/gu, ' '));
    out.push({ ...name, korean: name.korean || (korean && !known), refStart: roleStart, role, roleRange: { start: roleStart, end: c.stemEnd }, title: t.title, evidence: 'title-before' });
  }
  return out;
}

interface TitleAt {
  start: number;
  firstChunk: number;
  lastChunk: number;
  title: string;
}

/** `NAME [affiliation] TITLE` and `[affiliation] NAME TITLE`: `통일연구원 홍길순 박사`, `제임스 하퍼 크로노실드 수석분석가`. */
function titled(ctx: Ctx, orgChunks: ReadonlyMap<number, number>, nameChunks: ReadonlySet<number>, titles: ReadonlyArray<TitleAt | null>): Found[] {
  const out: Found[] = [];
  const { chunks, text } = ctx;
  for (const c of chunks) {
    if (!c.nominal) continue;
    const t = titles[c.index];
    if (!t) continue;
    const longer = titles[c.index + 1] ?? null;
    if (longer && longer.firstChunk <= c.index && isBare(c) && c.after === '') continue;
    // the words before the title: bare, on one line, no punctuation between
    const run: number[] = [];
    // an age or a note in parentheses between the name and the title: 김철수(45) 씨
    const skip = parentheticalBefore(ctx, t.firstChunk);
    for (let j = t.firstChunk - 1 - skip; j >= 0 && run.length < 6; j--) {
      const p = chunks[j] as Chunk;
      if (skip > 0 && j === t.firstChunk - 1 - skip) {
        if (!isBare(p) && !nameChunks.has(j)) break;
        run.unshift(j);
        continue;
      }
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
    out.push({ start: name.start, end: name.end, short: name.short, korean: name.korean, en: name.en, refStart, refEnd: c.stemEnd, role, roleRange: { start: roleStart, end: c.stemEnd }, title: t.title, evidence: 'title' });
  }
  return out;
}

/**
 * How many words before chunk `i` form a parenthesis of numbers and short notes that stands
 * between a name and its title (`김철수(45) 씨`, `박영희(32·회사원) 씨`); 0 if none.
 */
function parentheticalBefore(ctx: Ctx, i: number): number {
  const { chunks } = ctx;
  const last = chunks[i - 1];
  if (!last || !last.after.startsWith(')') || last.after.length > 1) return 0;
  for (let n = 1; n <= 3 && i - n >= 1; n++) {
    const first = chunks[i - n] as Chunk;
    if (first.before.endsWith('(')) {
      const name = chunks[i - n - 1] as Chunk;
      return name.after === '(' && /\d/u.test(ctx.text.slice(first.start, last.end)) ? n : 0;
    }
  }
  return 0;
}

/**
 * A Korean full name that mecab knows as a person's name, standing alone with a particle
 * (`김현중과 사귀어왔으며`, `손호준은`): one word of three syllables, a surname first, every morpheme
 * of it tagged 인명.
 */
function taggedNames(ctx: Ctx, orgChunks: ReadonlyMap<number, number>): Found[] {
  const out: Found[] = [];
  for (const c of ctx.chunks) {
    if (!c.nominal || c.tail === '' || orgChunks.has(c.index)) continue;
    const stem = ctx.keys[c.index] ?? '';
    if (stem.length !== 3 || !isKoreanName(stem) || PLACES.has(stem) || lookupForm(stem).length > 0) continue;
    if (!c.stemTokens.every((t) => t.semanticClass === '인명')) continue;
    if (!/^(?:은|는|이|가|을|를|과|와|의|에게|도|만|씨|씨는|씨가|씨의)$/u.test(c.tail)) continue;
    out.push({ start: c.start, end: c.stemEnd, refStart: c.start, refEnd: c.stemEnd, role: null, roleRange: null, title: null, short: null, korean: true, en: lookupPerson(stem)?.en ?? null, evidence: 'name' });
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
  let k = 0;
  const ok = (end: number, values: readonly PeopleForm[]): boolean => {
    const last = chunkIndexAt(chunks, end - 1);
    const lc = chunks[last];
    if (!lc || !((end === lc.stemEnd && lc.nominal) || end === lc.end || NAME_PARTICLES.has(text.slice(end, lc.end)))) return false;
    for (let j = k; j < last; j++) if ((chunks[j] as Chunk).after !== '' || !(chunks[j] as Chunk).sameLineNext) return false;
    const form = values[0] as PeopleForm;
    return !form.weak || titleSoonAfter(ctx, last + 1, orgChunks);
  };
  for (; k < chunks.length; k++) {
    const c = chunks[k] as Chunk;
    if (orgChunks.has(k)) continue;
    const hit = t.longestAt(text, c.start, text.length, ok);
    if (!hit) continue;
    const best = { end: hit.end, form: hit.values[0] as PeopleForm, last: chunkIndexAt(chunks, hit.end - 1) };
    out.push({ start: c.start, end: best.end, refStart: c.start, refEnd: best.end, role: null, roleRange: null, title: null, short: null, korean: best.form.korean, en: best.form.en, evidence: 'people-gazetteer' });
    k = best.last;
  }
  return out;
}

/**
 * Whether a title follows chunk `i - 1`: at chunk `i`, or after up to two words of affiliation
 * (a country, a place, an organization: `왕이 중국 외교부장`, `리창 중국 총리`).
 */
function titleSoonAfter(ctx: Ctx, i: number, orgChunks: ReadonlyMap<number, number>): boolean {
  const prev = ctx.chunks[i - 1];
  if (!prev || prev.after !== '' || !prev.sameLineNext) return false;
  // up to four words of affiliation: 왕이 중국 공산당 중앙외사공작위원회 판공실 주임
  for (let j = i; j < i + 6 && j < ctx.chunks.length; j++) {
    if (titleEndingAt(ctx, j, orgChunks)) return true;
    const c = ctx.chunks[j] as Chunk;
    const affiliation = orgChunks.has(j) || isPlace(ctx, c) || COUNTRY_PREFIXES.has(ctx.keys[j] ?? '') || (j > i && isDepartment(ctx.keys[j] ?? ''));
    if (!affiliation || !isBare(c) || c.after !== '' || !c.sameLineNext) return false;
  }
  return false;
}

// ---- sound bites --------------------------------------------------------------------------------

/**
 * The speaker a broadcast sound-bite label names: `[녹취: 김영호/통일부 장관]`, `[녹취: 조한범 박사]`,
 * `[녹취: 존 커비 / 백악관 대변인]`. The name is the part before a slash, or the words before the
 * title and the affiliation; the rest is the role.
 */
function soundBitePersons(ctx: Ctx, orgChunks: ReadonlyMap<number, number>): Found[] {
  const out: Found[] = [];
  const { text } = ctx;
  for (const p of ctx.doc.structure.paragraphs) {
    const open = text[p.textStart];
    if (open !== '[' && open !== '(') continue;
    const close = text.indexOf(open === '[' ? ']' : ')', p.textStart);
    if (close < 0 || close - p.textStart > 80 || close > p.end) continue;
    const inner = text.slice(p.textStart + 1, close);
    const colon = inner.search(/[:：]/u);
    if (colon < 0 || !SOUND_BITE_LABELS.has(inner.slice(0, colon).trim().toLowerCase())) continue;
    const from = p.textStart + 1 + colon + 1;
    const f = labelName(ctx, from, close, orgChunks);
    if (f) out.push(f);
  }
  return out;
}

/** The person named in a sound-bite label between `from` and `to`. */
function labelName(ctx: Ctx, from: number, to: number, orgChunks: ReadonlyMap<number, number>): Found | null {
  const { text } = ctx;
  const body = text.slice(from, to);
  const slash = body.search(/[/／]/u);
  let nameStart: number;
  let nameEnd: number;
  let role: string | null;
  let roleRange: { start: number; end: number } | null;
  if (slash >= 0) {
    const lead = body.slice(0, slash);
    nameStart = from + (lead.length - lead.trimStart().length);
    nameEnd = from + lead.trimEnd().length;
    const rest = body.slice(slash + 1);
    const rs = from + slash + 1 + (rest.length - rest.trimStart().length);
    const re = from + slash + 1 + rest.trimEnd().length;
    role = re > rs ? text.slice(rs, re).replace(/\s+/gu, ' ') : null;
    roleRange = re > rs ? { start: rs, end: re } : null;
  } else {
    // the words of the label: the name first, then affiliation and title (조한범 박사, 존 커비 백악관 대변인)
    const ks = chunksIn(ctx.chunks, from, to).filter((k) => (ctx.chunks[k] as Chunk).start >= from && (ctx.chunks[k] as Chunk).end <= to);
    let n = 0;
    while (n < ks.length && n < 3) {
      const k = ks[n] as number;
      const c = ctx.chunks[k] as Chunk;
      if (orgChunks.has(k) || !c.nominal || isPlace(ctx, c) || TITLES.has(ctx.keys[k] ?? '') || (n > 0 && titleAtEnd(ctx.keys[k] ?? '') !== null)) break;
      if (!looksLikeNameWord(ctx, c) && !(n === 0 && lookupPerson(ctx.stems[k] ?? ''))) break;
      n++;
    }
    if (n === 0) return null;
    nameStart = (ctx.chunks[ks[0] as number] as Chunk).start;
    nameEnd = (ctx.chunks[ks[n - 1] as number] as Chunk).stemEnd;
    const roleStart = n < ks.length ? (ctx.chunks[ks[n] as number] as Chunk).start : to;
    role = roleStart < to ? text.slice(roleStart, to).trim().replace(/\s+/gu, ' ') : null;
    roleRange = role ? { start: roleStart, end: to } : null;
  }
  if (nameEnd <= nameStart) return null;
  const name = text.slice(nameStart, nameEnd);
  const key = squash(name);
  if (!/^(?:[\uac00-\ud7a3]{2,8}|[\uac00-\ud7a3]{1,8}(?:\s[\uac00-\ud7a3]{1,8}){1,2}|[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,2})$/u.test(name)) return null;
  if (TITLES.has(key) || PLACES.has(key) || GENERIC_WORDS.has(key)) return null;
  const known = lookupPerson(name);
  const korean = known ? known.kind === 'korean' : isKoreanName(key);
  const single = !/\s/u.test(name);
  const short = !known && single && !korean ? 'last' : null;
  const title = role ? titleAtEnd(squash(role.split(' ').pop() ?? '')) : null;
  return { start: nameStart, end: nameEnd, refStart: nameStart, refEnd: nameEnd, role: role ? cleanRole(role) : null, roleRange, title, short, korean, en: known?.en ?? null, evidence: 'sound-bite' };
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
  // the people gazetteer: the longest run of words that is a known name (skipped when no name of
  // the gazetteer starts in the run and nothing the lookup ignores stands in it)
  const mayHold = run.some((j) => {
    const c = chunks[j] as Chunk;
    return PEOPLE_TRIE.longestAt(ctx.text, c.start, ctx.text.length, ALWAYS) !== null || /[.·ㆍ・\-‐‑A-Za-z]/u.test(ctx.words[j] ?? '');
  });
  for (let n = mayHold ? 3 : 0; n >= 1; n--) {
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
  const stem = ctx.keys[i] ?? '';
  const t = titleAtEndKey(stem);
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
    const word = ctx.words[c.index] as string;
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
  const word = ctx.words[c.index] as string;
  if (c.nominal || word.length !== 3 || !isKoreanName(word)) return false;
  return c.tokens.some((t) => /^(?:VV|VA|VX|XR|NN)/u.test(t.tags[0] ?? ''));
}

/** A Korean full name: 2–4 syllables with a known surname, by mecab's 인명 tag or an odd analysis. */
function isKoreanNameChunk(ctx: Ctx, c: Chunk, strict: boolean): boolean {
  if (!strict && misreadName(ctx, c)) return true;
  const stem = ctx.stems[c.index] ?? '';
  if (!isKoreanName(stem)) return false;
  const ts = c.stemTokens;
  if (ts.some((t) => t.semanticClass === '인명')) return true;
  if (strict || stem.length !== 3) return false;
  if (PLACES.has(stem) || TITLES.has(stem) || GENERIC_WORDS.has(stem)) return false;
  // one dictionary noun (전문가, 강경파) is a word, not a name; mecab cuts unknown names oddly
  if (ts.length === 1 && (ts[0]?.tags[0] === 'NNG' || ts[0]?.type === 'Compound')) return false;
  return ts.length > 1 && !ts.every((t) => t.tags[0] === 'NNG' || t.tags[0] === 'NNP');
}

function isKoreanName(s: string): boolean {
  if (!/^[\uac00-\ud7a3]{2,4}$/u.test(s)) return false;
  const surname = s.length === 4 ? s.slice(0, 2) : (s[0] as string);
  if (!SURNAMES.has(surname)) return false;
  // 하퍼, 버크: a transliterated foreign name, not 하 + 퍼
  for (let i = surname.length; i < s.length; i++) if (FOREIGN_SYLLABLES.has(s[i] as string)) return false;
  return true;
}

function isPersonTaggedAt(ctx: Ctx, pos: number): boolean {
  const c = ctx.chunks[chunkIndexAt(ctx.chunks, pos)];
  return c !== undefined && isPersonTagged(c);
}

function isPersonTagged(c: Chunk): boolean {
  return c.stemTokens.some((t) => t.semanticClass === '인명');
}

/** A word that can be part of a name: Hangul (or Latin) letters only, no stop, place or generic word. */
function looksLikeNameWord(ctx: Ctx, c: Chunk): boolean {
  const stem = (ctx.keys[c.index] ?? '');
  if (!/^(?:[\uac00-\ud7a3]{1,8}|[A-Z][A-Za-z.'-]{1,20})$/u.test(stem)) return false;
  if (STOPS.has(stem) || PLACES.has(stem) || GENERIC_WORDS.has(stem) || TITLES.has(stem) || AFFILIATION.has(stem)) return false;
  if (isPlace(ctx, c) || isDepartment(stem)) return false;
  return !c.stemTokens.some((t) => (t.tags[0] === 'NP' || t.tags[0] === 'NNB' || t.tags[0] === 'MM'));
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
      .filter(({ p }) => (f.short === 'surname' ? (p.korean && p.surname === s) || (!p.korean && squash(p.last) === s && p.name.includes(' ')) : !p.korean && squash(p.last) === s && p.name.includes(' ')));
    if (cands.length === 0) {
      if (f.short === 'last') {
        // a last name nobody introduced: a person only when the gazetteer or mecab's 인명 tag says so
        const person = lookupPerson(s);
        if (person || f.evidence === 'sound-bite' || (f.evidence === 'title' && isPersonTaggedAt(ctx, f.start))) {
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
  // a last name (하퍼) that the article also writes with a given name mecab knows (제임스 하퍼) is
  // named by the full form
  for (const p of persons) {
    if (p.korean || /\s/u.test(p.name) || p.nameEn) continue;
    const full = fullFormOf(ctx, p.name);
    if (full) {
      p.name = full;
      p.last = full.split(' ').pop() ?? full;
    }
  }
  // a person named only by a last name (하퍼 수석분석가) is the one introduced by the full name
  // elsewhere in the article (제임스 하퍼), before or after
  const merged = new Set<number>();
  persons.forEach((p, i) => {
    if (p.korean || /\s/u.test(p.name)) return;
    const full = persons.filter((q, j) => j !== i && !q.korean && q.name.includes(' ') && squash(q.last) === squash(p.name) && (!p.nameEn || !q.nameEn || p.nameEn === q.nameEn));
    if (full.length !== 1) return;
    const q = full[0]!;
    const j = persons.indexOf(q);
    for (const m of p.mentions) insertMention(q.mentions, m);
    for (const r of refs) if (r.person === i) r.person = j;
    if (!q.role && p.role) {
      q.role = p.role;
      q.organization = p.organization;
    }
    q.nameEn ??= p.nameEn;
    for (const e of p.evidence) if (!q.evidence.includes(e)) q.evidence.push(e);
    merged.add(i);
  });
  // every further occurrence of a full name, and of a foreign last name standing alone
  moreMentions(ctx, persons, refs, merged);
  const out: PersonEntity[] = [];
  const remap = new Map<number, number>();
  persons
    .map((p, i) => ({ p, i }))
    .filter(({ i }) => !merged.has(i))
    .sort((a, b) => (a.p.mentions[0]?.start ?? 0) - (b.p.mentions[0]?.start ?? 0))
    .forEach(({ p, i }) => {
      remap.set(i, out.length);
      p.mentions.sort((a, b) => a.start - b.start);
      out.push({ name: p.name, nameEn: p.nameEn, role: p.role, organization: p.organization, mentions: p.mentions, evidence: p.evidence });
    });
  return { persons: out, refs: refs.map((r) => ({ ...r, person: remap.get(r.person) as number })) };
}

/**
 * The full form of a foreign last name somewhere in the text: a word mecab tags as a given name
 * right before it (`제임스 하퍼`), or null.
 */
function fullFormOf(ctx: Ctx, last: string): string | null {
  const { chunks } = ctx;
  for (let k = 1; k < chunks.length; k++) {
    if ((ctx.stems[k] ?? '') !== last) continue;
    const prev = chunks[k - 1] as Chunk;
    if (!isBare(prev) || prev.after !== '' || !prev.sameLineNext || !isPersonTagged(prev) || !looksLikeNameWord(ctx, prev)) continue;
    return `${ctx.stems[k - 1]} ${last}`;
  }
  return null;
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

const NO_ORGS: ReadonlyMap<number, number> = new Map();
const ALWAYS = (): boolean => true;

function moreMentions(ctx: Ctx, persons: Array<PersonEntity & { korean: boolean; last: string }>, refs: Array<{ start: number; end: number; person: number }>, merged: ReadonlySet<number>): void {
  const t = new SmallIndex<number>();
  persons.forEach((p, i) => {
    if (merged.has(i)) return;
    t.add(p.name, i);
    // a one-syllable last name (젠슨 황 → 황) only before a title, checked below
    if (!p.korean && p.name.includes(' ') && squash(p.last).length >= 1) t.add(p.last, i);
  });
  const taken = new Uint8Array(ctx.text.length);
  for (const p of persons) for (const m of p.mentions) taken.fill(1, m.start, m.end);
  const { chunks, text } = ctx;
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k] as Chunk;
    if (taken[c.start]) continue;
    const hit = t.longestAt(text, c.start, (end) => {
      const li = chunkIndexAt(chunks, end - 1);
      const lc = chunks[li];
      if (!lc) return false;
      if (end - c.start === 1) return end === lc.end && lc.after === '' && lc.sameLineNext && titleEndingAt(ctx, li + 1, NO_ORGS) !== null;
      return (end === lc.stemEnd || end === lc.end) && lc.nominal;
    });
    if (!hit) continue;
    const best = { end: hit.end, person: hit.values[0] as number };
    const p = persons[best.person]!;
    p.mentions.push({ start: c.start, end: best.end });
    refs.push({ start: c.start, end: best.end, person: best.person });
    taken.fill(1, c.start, best.end);
  }
}
