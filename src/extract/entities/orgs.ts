/**
 * Organizations: candidates from the gazetteer and the rules, weak ones kept only with support,
 * overlaps resolved (the longer believed name wins: Samsung Research over IBM), candidates grouped into
 * one entity per organization, then every further mention found (aliases, short forms) and the
 * anaphors (이 기구, 동사) resolved.
 */
import type { OrganizationType } from '../../types';
import type { OrgEntity } from '../model';
import { chunkIndexAt, chunksIn, isBare, tailHas, type Chunk } from './chunks';
import { candidate, trimName, type Ctx, type OrgCandidate } from './context';
import { resolveAnaphors, type AnaphorMention } from './coref';
import { BAR_BYLINE, COUNTRY_PREFIXES, HONORIFICS, PERSON_ONLY_TITLES, PLACE_BODY, PRODUCT_HEADS, squash, titleAtEnd, TITLES } from './lexicon';
import { barePrefixForms, endsAtBoundary, gazetteerCandidates, gazetteerHitsAt, gazetteerTrie, gluedToLatin, lookupForm, type GazetteerForm } from './org-gazetteer';
import type { GazetteerEntry } from '../../lexicon/gazetteer';
import { enumerationCandidates } from './org-lists';
import {
  affiliationCandidates,
  isKoreanPersonChunk,
  appositionCandidates,
  latinCandidates,
  numberedUnitCandidates,
  parenthesisCandidates,
  reportingCandidates,
  subsidiaryCandidates,
  suffixCandidates,
} from './org-rules';
import { SmallIndex } from './trie';

/** A mention of an organization: a name form or an anaphor. */
export interface OrgMention {
  start: number;
  end: number;
  entity: number;
  anaphor: boolean;
}

/** The organizations of a document and every mention. */
export interface OrgResult {
  entities: OrgEntity[];
  mentions: OrgMention[];
}

/** Find the organizations of the document in `ctx`. */
export function extractOrganizations(ctx: Ctx): OrgResult {
  const all = proposeCandidates(ctx).filter((c) => !namesProduct(ctx, c));
  supportWeak(ctx, all);
  const accepted = resolveOverlaps(ctx, all.filter((c) => !c.weak));
  const { entities, mentions, entries } = groupEntities(ctx, accepted);
  findMoreMentions(ctx, entities, mentions, entries);
  const anaphors: AnaphorMention[] = resolveAnaphors(ctx, entities, mentions);
  for (const a of anaphors) mentions.push({ start: a.start, end: a.end, entity: a.entity, anaphor: true });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const e of entities) e.mentions.length = 0;
  for (const m of mentions) {
    const e = entities[m.entity] as OrgEntity;
    e.mentions.push({ start: m.start, end: m.end });
    if (m.anaphor && !e.evidence.includes('descriptor')) e.evidence.push('descriptor');
  }
  for (const e of entities) e.aliases = aliasesOf(ctx, e, mentions.filter((m) => !m.anaphor && entities[m.entity] === e));
  return { entities, mentions };
}

// ---- candidates -------------------------------------------------------------------------------

function proposeCandidates(ctx: Ctx): OrgCandidate[] {
  const gaz = gazetteerCandidates(ctx);
  const known = new Set<number>();
  for (const g of gaz) for (const k of chunksIn(ctx.chunks, g.start, g.end)) known.add(k);
  const all: OrgCandidate[] = [
    ...gaz,
    ...bylineCandidates(ctx),
    ...suffixCandidates(ctx, known),
    ...latinCandidates(ctx),
    ...appositionCandidates(ctx, known),
    ...affiliationCandidates(ctx),
    ...reportingCandidates(ctx, known),
    ...subsidiaryCandidates(ctx),
  ];
  const defined = new Map<string, OrgCandidate | null>();
  all.push(...parenthesisCandidates(ctx, all, known, defined));
  if (defined.size > 0) applyDefinitions(ctx, all, defined);
  const ends = new Map<number, OrgCandidate>();
  for (const c of all) if (!c.weak) ends.set(c.end, c);
  all.push(...numberedUnitCandidates(ctx, ends));
  all.push(...enumerationCandidates(ctx, all));
  return all;
}

/**
 * An abbreviation the article defines (`한빛경제위원회(NEC)`) means that body wherever it stands:
 * its gazetteer matches (NEC → another body) take the defined body's entry (or none). An
 * abbreviation defined for something that is no organization (`아메리칸 뮤직 어워드(AMA)`) names none.
 */
function applyDefinitions(ctx: Ctx, all: OrgCandidate[], defined: ReadonlyMap<string, OrgCandidate | null>): void {
  let drop = false;
  for (const c of all) {
    const key = squash(ctx.text.slice(c.nameStart, c.end));
    const def = defined.get(key);
    if (def === null) {
      c.weak = true;
      c.evidence.length = 0;
      drop = true;
      continue;
    }
    if (!def || def === c || (def.entry === c.entry && def.entry !== null)) continue;
    c.entry = def.entry;
    c.nameEn = def.nameEn;
    c.type = def.type;
    c.weak = false;
  }
  if (drop) {
    let n = 0;
    for (const c of all) if (c.evidence.length > 0) all[n++] = c;
    all.length = n;
  }
}

/** The byline's publisher (`[한빛일보 박민지 기자]`, `VOA 뉴스 박지훈입니다`) is an organization too. */
function bylineCandidates(ctx: Ctx): OrgCandidate[] {
  const b = ctx.doc.structure.byline;
  const publisher = b?.publisher ? trimName(b.publisher) : '';
  if (!b || !publisher) return barBylineCandidates(ctx);
  const at = ctx.text.indexOf(publisher, b.start);
  if (at < 0 || at + publisher.length > b.end) return [];
  const forms = lookupForm(publisher);
  const entry = forms[0]?.entry ?? null;
  return [candidate(at, at + publisher.length, entry?.type ?? 'media', 'byline', { entry })];
}

/** `PUBLISHER | NAME 기자` at the start of a line (스포츠서울 | 홍길동 기자): the publisher is an organization. */
function barBylineCandidates(ctx: Ctx): OrgCandidate[] {
  const ps = ctx.doc.structure.paragraphs;
  for (let i = 0; i < ps.length && i < 6; i++) {
    const p = ps[i] as { textStart: number; end: number };
    const m = BAR_BYLINE.exec(ctx.text.slice(p.textStart, Math.min(p.end, p.textStart + 60)));
    if (!m) continue;
    const name = trimName(m[1] as string);
    if (name.length < 2) continue;
    const entry = lookupForm(name)[0]?.entry ?? null;
    return [candidate(p.textStart, p.textStart + name.length, entry?.type ?? 'media', 'byline', { entry })];
  }
  return [];
}

/**
 * Keep weak candidates that have support: a country prefix, an alias in parentheses, a title or
 * role after them (노동당 부부장, 메타의 … 사장인), a sibling body of the same country in the
 * sentence (상원 … 하원), or a believed mention of the same organization elsewhere.
 */
function supportWeak(ctx: Ctx, all: OrgCandidate[]): void {
  for (const c of all) {
    if (!c.weak) continue;
    if ((c.country && c.prefixSupports) || c.aliases.length > 0 || roleFollows(ctx, c) || actsAsBody(ctx, c)) {
      c.weak = false;
      c.evidence.push('context');
    }
  }
  // siblings: another believed government body of the same country in the same sentence (상원 … 하원)
  const governments = new Set<string>();
  for (const o of all) if (!o.weak && o.type === 'government' && o.entry?.country) governments.add(`${sentenceOf(ctx, o.start)}\u0000${o.entry.country}`);
  for (const c of all) {
    if (!c.weak || !c.entry?.country || c.type !== 'government') continue;
    if (governments.has(`${sentenceOf(ctx, c.start)}\u0000${c.entry.country}`)) {
      c.weak = false;
      c.evidence.push('context');
    }
  }
  // the same organization believed elsewhere in the article
  const believed = new Set<string>();
  for (const c of all) if (!c.weak) believed.add(keyOf(ctx, c));
  for (const c of all) if (c.weak && believed.has(keyOf(ctx, c))) c.weak = false;
}

/** The name is a product's or platform's here: a product noun follows (유튜브 채널, 페이스북 계정). */
function namesProduct(ctx: Ctx, c: OrgCandidate): boolean {
  const k = chunkIndexAt(ctx.chunks, c.end - 1);
  const last = ctx.chunks[k];
  const next = ctx.chunks[k + 1];
  if (!last || !next || !isBare(last) || last.after !== '' || !last.sameLineNext) return false;
  return PRODUCT_HEADS.has((ctx.keys[next.index] ?? ''));
}

/**
 * A place-named body acting: a local government as the subject (`서울시는 … 밝혔다`), not as a
 * place (`경기도 포천시`, `강원도에서`). Only for weak candidates named like places.
 */
function actsAsBody(ctx: Ctx, c: OrgCandidate): boolean {
  const k = chunkIndexAt(ctx.chunks, c.end - 1);
  const last = ctx.chunks[k];
  if (!last || last.stemEnd !== c.end || last.start !== c.start) return false;
  // a one-word name built on a weak suffix (비대위, 중신넷, 혁신위) acting as the subject
  const name = squash(ctx.text.slice(c.start, c.end));
  const builtOnSuffix = c.evidence.includes('suffix') && name.length >= 3 && !c.commonName;
  // an acronym (LG, SK) is no ordinary word: acting as the subject, it is the organization
  const acronym = c.entry !== null && /^[A-Z]{2,5}$/u.test(name);
  if (!c.placeLike && !builtOnSuffix && !acronym) return false;
  if (/^(?:은|는|이|가)$/u.test(last.tail)) return true;
  return c.placeLike && placeActs(ctx, k);
}

/**
 * A body named like its place acting as the body in other ways than as the subject: `서울시도`,
 * `서울시 측`, `서울시에 따르면`, `서울시와 업무협약을`, `서울시(시장 오세훈)는`.
 */
function placeActs(ctx: Ctx, k: number): boolean {
  const last = ctx.chunks[k] as Chunk;
  const next = ctx.chunks[k + 1];
  if (PLACE_BODY.tails.has(last.tail)) return true;
  // a headline's subject before a comma (서울시, 청년 지원 확대)
  if (last.tail === '' && last.after === ',' && startsHeadline(ctx, last)) return true;
  if (!next || next.sentence !== last.sentence) return false;
  const word = ctx.words[next.index] ?? '';
  // 서울시 측은; ‘서울시’는
  if (last.tail === '' && (last.after === '' || /^[’”'"]$/u.test(last.after)) && PLACE_BODY.tails.has(word)) return true;
  if (last.after !== '') return last.tail === '' && last.after === '(' && PLACE_BODY.titles.has(ctx.keys[next.index] ?? '');
  if (last.tail === '에') return PLACE_BODY.source.some((w) => word.startsWith(w));
  if (last.tail === '와' || last.tail === '과') return PLACE_BODY.partner.some((w) => word.startsWith(w));
  if (last.tail === '의') {
    // 서울시의 이번 조치, 서울시의 발표
    const skip = next.after === '' && isBare(next) && PLACE_BODY.skip.has(ctx.keys[next.index] ?? '');
    const head = skip ? ctx.chunks[k + 2] : next;
    return head !== undefined && head.nominal && PLACE_BODY.acts.has(ctx.keys[head.index] ?? '');
  }
  return false;
}

/** Whether chunk `c` is the first word of a title, deck or heading. */
function startsHeadline(ctx: Ctx, c: Chunk): boolean {
  for (const p of ctx.doc.structure.paragraphs) {
    if (p.textStart > c.start) break;
    if (p.textStart === c.start) return p.role === 'title' || p.role === 'deck' || p.role === 'heading';
  }
  return false;
}

/** A title follows (노동당 부부장, 공화당 연방 상원의원), or `의` and a role ending in a title. */
function roleFollows(ctx: Ctx, c: OrgCandidate): boolean {
  const k = chunkIndexAt(ctx.chunks, c.end - 1);
  const last = ctx.chunks[k];
  if (!last) return false;
  if (isBare(last) && last.after === '') {
    for (let n = 1; n <= 2; n++) {
      let s = '';
      for (let j = k + 1; j <= k + n && j < ctx.chunks.length; j++) s += (ctx.keys[j] ?? '');
      if (s && TITLES.has(s) && !PERSON_ONLY_TITLES.has(s)) return true;
    }
    // a person of the organization after it: 한겨레 김정민 기자, 메타 닉 클레그 사장
    const name = ctx.chunks[k + 1];
    const title = ctx.chunks[k + 2];
    const t = titleAtEnd(ctx.keys[k + 2] ?? '');
    if (name && title && isBare(name) && name.after === '' && isKoreanPersonChunk(ctx, name) && t !== null && !HONORIFICS.has(t)) return true;
    return false;
  }
  if (tailHas(last, 'JKG') && last.after === '') {
    for (let j = k + 1; j < Math.min(ctx.chunks.length, k + 7); j++) {
      const c2 = ctx.chunks[j] as Chunk;
      const stem = (ctx.keys[j] ?? '');
      if (c2.nominal && titleAtEnd(stem) && (c2.tail === '' || tailHas(c2, 'VCP'))) return true;
      if (!c2.nominal || (c2.tail !== '' && !tailHas(c2, 'JKG')) || c2.after !== '') return false;
    }
  }
  return false;
}

function sentenceOf(ctx: Ctx, pos: number): number {
  const k = chunkIndexAt(ctx.chunks, pos);
  return k < 0 ? -1 : (ctx.chunks[k] as Chunk).sentence;
}

function keyOf(ctx: Ctx, c: OrgCandidate): string {
  return c.entry ? `E\u0000${c.entry.en}` : `N\u0000${squash(ctx.text.slice(c.nameStart, c.end))}`;
}

// ---- overlaps ---------------------------------------------------------------------------------

/**
 * One candidate per stretch of text: the longest wins; candidates with the same end (the same head:
 * 중앙정보국 inside 미 중앙정보국) merge into it, others inside it are dropped (IBM in Samsung Research).
 */
function resolveOverlaps(ctx: Ctx, cands: OrgCandidate[]): OrgCandidate[] {
  const order = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.entry !== null) - Number(a.entry !== null) || a.start - b.start);
  const taken = new Int32Array(ctx.text.length).fill(-1);
  const accepted: OrgCandidate[] = [];
  for (const c of order) {
    let hit = -1;
    for (let i = c.start; i < c.end; i++) {
      if ((taken[i] as number) >= 0) {
        hit = taken[i] as number;
        break;
      }
    }
    if (hit >= 0) {
      const w = accepted[hit] as OrgCandidate;
      if (c.end === w.end && c.start >= w.start) mergeInto(ctx, w, c);
      continue;
    }
    for (let i = c.start; i < c.end; i++) taken[i] = accepted.length;
    accepted.push({ ...c, aliases: [...c.aliases], evidence: [...c.evidence] });
  }
  return accepted.sort((a, b) => a.start - b.start);
}

function mergeInto(ctx: Ctx, w: OrgCandidate, c: OrgCandidate): void {
  if (!w.entry && c.entry) {
    w.entry = c.entry;
    w.type = c.entry.type;
  }
  if (!w.nameEn && c.nameEn) w.nameEn = c.nameEn;
  if (!w.country && c.country) w.country = c.country;
  for (const a of c.aliases) if (!w.aliases.includes(a)) w.aliases.push(a);
  for (const e of c.evidence) if (!w.evidence.includes(e)) w.evidence.push(e);
  // the name without a country prefix (미 중앙정보국 → 중앙정보국), not any shorter head (의학전문대학원협회)
  if (w.nameStart === w.start && c.nameStart > w.start && COUNTRY_PREFIXES.has(squash(ctx.text.slice(w.start, c.nameStart)))) w.nameStart = c.nameStart;
}

// ---- entities ---------------------------------------------------------------------------------

const TYPE_RANK: readonly OrganizationType[] = ['other', 'company', 'research', 'government'];

function groupEntities(ctx: Ctx, accepted: OrgCandidate[]): { entities: OrgEntity[]; mentions: OrgMention[]; entries: Array<GazetteerEntry | null> } {
  const entities: OrgEntity[] = [];
  const entries: Array<GazetteerEntry | null> = [];
  const mentions: OrgMention[] = [];
  const byKey = new Map<string, number>();
  for (const c of accepted) {
    // the name without its country prefix joins only bodies of the same country (영국 외무부 ≠ 러시아 외무부)
    const bareName = squash(ctx.text.slice(c.nameStart, c.end));
    const bareKey = c.nameStart > c.start && c.country ? `A\u0000${c.country}\u0000${bareName}` : `A\u0000${bareName}`;
    const forms = [keyOf(ctx, c), ...c.aliases.map((a) => `A\u0000${squash(a)}`), bareKey];
    if (c.entry) for (const a of c.entry.aliases) forms.push(`A\u0000${squash(a)}`);
    let idx = forms.map((f) => byKey.get(f)).find((x) => x !== undefined);
    if (idx === undefined) {
      idx = entities.length;
      const name = ctx.text.slice(c.start, c.end).replace(/\s+/gu, ' ');
      entities.push({
        name,
        nameEn: c.entry?.en ?? c.nameEn ?? (/^[A-Za-z0-9 &.'’-]+$/u.test(name) ? name : null),
        type: c.entry?.type ?? c.type,
        aliases: [],
        mentions: [],
        evidence: [...c.evidence],
      });
      entries.push(c.entry);
    } else {
      const e = entities[idx] as OrgEntity;
      for (const ev of c.evidence) if (!e.evidence.includes(ev)) e.evidence.push(ev);
      if (!e.nameEn && (c.entry?.en ?? c.nameEn)) e.nameEn = c.entry?.en ?? c.nameEn;
      if (c.entry && e.type !== c.entry.type && TYPE_RANK.indexOf(e.type) >= 0) e.type = c.entry.type;
      entries[idx] ??= c.entry;
    }
    for (const f of forms) if (!byKey.has(f)) byKey.set(f, idx);
    const e = entities[idx] as OrgEntity;
    for (const a of c.aliases) if (!e.aliases.includes(a)) e.aliases.push(a);
    const bare = ctx.text.slice(c.nameStart, c.end).replace(/\s+/gu, ' ');
    if (c.nameStart > c.start && bare !== e.name && !e.aliases.includes(bare)) e.aliases.push(bare);
    mentions.push({ start: c.start, end: c.end, entity: idx, anaphor: false });
  }
  return joinBareForms(entities, mentions, entries);
}

/**
 * An organization named without its country prefix (`공산당`) is the prefixed one of the article
 * (`중국 공산당`) when exactly one gazetteer organization there is written that way.
 */
function joinBareForms(entities: OrgEntity[], mentions: OrgMention[], entries: Array<GazetteerEntry | null>): { entities: OrgEntity[]; mentions: OrgMention[]; entries: Array<GazetteerEntry | null> } {
  const byBare = new Map<string, number | null>();
  entries.forEach((entry, j) => {
    if (!entry) return;
    for (const f of barePrefixForms(entry)) {
      const k = squash(f);
      byBare.set(k, byBare.has(k) && byBare.get(k) !== j ? null : j);
    }
  });
  if (byBare.size === 0) return { entities, mentions, entries };
  const into = new Map<number, number>();
  entities.forEach((e, i) => {
    const j = entries[i] ? undefined : byBare.get(squash(e.name));
    if (j === undefined || j === null || j === i) return;
    into.set(i, j);
    const target = entities[j] as OrgEntity;
    for (const ev of e.evidence) if (!target.evidence.includes(ev)) target.evidence.push(ev);
  });
  if (into.size === 0) return { entities, mentions, entries };
  const remap = new Map<number, number>();
  const kept: OrgEntity[] = [];
  const keptEntries: Array<GazetteerEntry | null> = [];
  entities.forEach((e, i) => {
    if (into.has(i)) return;
    remap.set(i, kept.length);
    kept.push(e);
    keptEntries.push(entries[i] ?? null);
  });
  for (const m of mentions) m.entity = remap.get(into.get(m.entity) ?? m.entity) as number;
  return { entities: kept, mentions, entries: keptEntries };
}

/**
 * Every further mention of a believed organization: its name, aliases and gazetteer forms wherever
 * they stand at word boundaries (weak forms too, now that the organization is known), with a
 * country prefix when one precedes.
 */
function findMoreMentions(ctx: Ctx, entities: OrgEntity[], mentions: OrgMention[], entries: ReadonlyArray<GazetteerEntry | null>): void {
  // gazetteer forms (with the forms without a country prefix) through the gazetteer's own trie;
  // the names, aliases and mention texts the article itself uses through a small one
  const byEntry = new Map<GazetteerEntry, number>();
  entries.forEach((entry, i) => {
    if (entry && !byEntry.has(entry)) byEntry.set(entry, i);
  });
  const bare = new Map<GazetteerEntry, ReadonlySet<string>>();
  for (const entry of byEntry.keys()) bare.set(entry, new Set(barePrefixForms(entry).map(squash)));
  const trie = new SmallIndex<number>();
  const forms: Array<Set<string>> = entities.map((e) => new Set<string>([e.name, ...e.aliases]));
  for (const m of mentions) forms[m.entity]?.add(ctx.text.slice(m.start, m.end));
  forms.forEach((fs, i) => {
    for (const f of fs) if (squash(f).length >= 2) trie.add(f, i);
  });
  const gaz = gazetteerTrie();
  const taken = new Uint8Array(ctx.text.length);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const { chunks, text } = ctx;
  const boundary = (end: number): boolean => endsAtBoundary(ctx, end);
  // a gazetteer form of an organization of the article: its own forms, or its bare form (공산당 for 중국 공산당)
  const known = (values: readonly GazetteerForm[]): number | undefined => {
    for (const f of values) {
      const i = byEntry.get(f.entry);
      if (i === undefined) continue;
      if (f.needsCountry === null || bare.get(f.entry)?.has(squash(f.form))) return i;
    }
    return undefined;
  };
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k] as Chunk;
    if (taken[c.start]) continue;
    const own = trie.longestAt(text, c.start, boundary);
    let fromGaz: { end: number; values: readonly GazetteerForm[] } | null = null;
    if (byEntry.size > 0) {
      // the gazetteer scan's hits at this word, or a walk where the scan did not go
      const hits = gazetteerHitsAt(ctx, k);
      if (hits) {
        for (const h of hits) if (known(h.values) !== undefined) fromGaz = h;
      } else fromGaz = gaz.longestAt(text, c.start, text.length, (end, values) => boundary(end) && known(values) !== undefined);
    }
    let best: { end: number; entity: number } | null = own ? { end: own.end, entity: own.values[0] as number } : null;
    if (fromGaz && (!best || fromGaz.end > best.end)) best = { end: fromGaz.end, entity: known(fromGaz.values) as number };
    if (!best || gluedToLatin(text, c.start, best.end)) continue;
    let free = true;
    for (let i = c.start; i < best.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    let start = c.start;
    const prev = chunks[k - 1];
    if (prev && isBare(prev) && prev.after === '' && prev.sameLineNext && COUNTRY_PREFIXES.has((ctx.keys[prev.index] ?? '')) && !taken[prev.start]) start = prev.start;
    mentions.push({ start, end: best.end, entity: best.entity, anaphor: false });
    taken.fill(1, start, best.end);
    const last = chunkIndexAt(chunks, best.end - 1);
    if (last > k) k = last;
  }
}

/** Other names of an entity in the article: the forms its name mentions take, other than its name. */
function aliasesOf(ctx: Ctx, e: OrgEntity, ms: OrgMention[]): string[] {
  const out = [...e.aliases];
  const seen = new Set<string>([squash(e.name), ...out.map(squash)]);
  for (const m of ms) {
    const t = ctx.text.slice(m.start, m.end).replace(/\s+/gu, ' ');
    const k = squash(t);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  }
  return out;
}
