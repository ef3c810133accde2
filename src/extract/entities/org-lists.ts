/**
 * Enumerations: `A, B를 비롯, C, D 등이다`, `A와 B`, `A, B 등 해킹조직`. A list whose items are mostly
 * known organizations makes its unknown items organizations too; a list followed by `등` and an
 * organization descriptor (해킹조직, 기업, 단체) makes all its items organizations of that kind.
 */
import type { OrganizationType } from '../../types';
import { endsClause, isAdnominal, isBare, tailHas, type Chunk } from './chunks';
import { candidate, isPlace, isGenericName, type Ctx, type OrgCandidate } from './context';
import { descriptorAtEnd, GENERIC_PHRASES, GENERIC_WORDS, NAME_PARTICLES, ORG_SUFFIXES, PLACES, STOPS, TITLES, squash } from './lexicon';
import { isKoreanPersonChunk, suffixOf } from './org-rules';

/** One item of a list: chunks `from`..`to`, its name ending at the stem of `to`. */
interface Item {
  from: number;
  to: number;
  start: number;
  end: number;
}

/** A list of items and what follows it. */
interface List {
  items: Item[];
  /** The chunk holding `등` after the last item, if any. */
  etc: number | null;
}

const MAX_ITEM_WORDS = 4;
/** Words that join the last two items of a list. */
const AND: ReadonlySet<string> = new Set(['및', 'and', 'or', '또는']);
const INCLUDING = /^(?:비롯|포함)/u;

/**
 * Find lists, promote weak candidates that stand in a list of known organizations, and return new
 * candidates for the unknown items. `cands` are the candidates found so far (mutated: promotion).
 */
export function enumerationCandidates(ctx: Ctx, cands: OrgCandidate[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const byEnd = new Map<number, OrgCandidate[]>();
  for (const c of cands) {
    const at = byEnd.get(c.end);
    if (at) at.push(c);
    else byEnd.set(c.end, [c]);
  }
  for (const list of findLists(ctx)) {
    const known = list.items.map((it) => (byEnd.get(it.end) ?? []).filter((c) => c.start >= it.start));
    const places = list.items.map((it) => it.from === it.to && isPlace(ctx, ctx.chunks[it.from] as Chunk));
    const strong = known.filter((k) => k.some((c) => !c.weak)).length;
    const orgItems = list.items.filter((_, k) => !places[k]).length;
    const allKnown = list.items.every((_, k) => places[k] || (known[k] as OrgCandidate[]).length > 0);
    const descriptor = list.etc !== null ? descriptorAfter(ctx, list.etc) : null;

    if ((strong >= 1 && allKnown) || (strong >= 2 && strong * 2 >= orgItems) || descriptor) {
      for (const k of known) for (const c of k) if (c.weak) {
        c.weak = false;
        c.evidence.push('enumeration');
      }
    }
    const makeNew = descriptor !== null || (strong >= 2 && strong * 2 >= orgItems && list.items.length >= 3);
    if (!makeNew) continue;
    const types = known.flat().map((c) => c.type);
    list.items.forEach((it, k) => {
      if (places[k] || (known[k] as OrgCandidate[]).length > 0) return;
      if (!plausibleItem(ctx, it)) return;
      const type = itemType(ctx, it) ?? descriptor?.type ?? majority(types) ?? 'other';
      const cand = candidate(it.start, it.end, type, 'enumeration');
      if (descriptor) cand.evidence.push('descriptor');
      out.push(cand);
    });
  }
  return out;
}

function findLists(ctx: Ctx): List[] {
  const { chunks } = ctx;
  const lists: List[] = [];
  let items: Item[] = [];
  const close = (etc: number | null): void => {
    if (items.length >= 2) {
      lists.push({ items, etc });
      items = [];
    } else if (items.length > 0) items.length = 0;
  };
  let k = 0;
  while (k < chunks.length) {
    const first = chunks[k] as Chunk;
    // an item: bare words, the last one may carry a particle
    let m = k;
    while (m - k < MAX_ITEM_WORDS - 1 && m + 1 < chunks.length && isBare(chunks[m] as Chunk) && (chunks[m] as Chunk).after === '' && (chunks[m] as Chunk).sameLineNext && (chunks[m + 1] as Chunk).sentence === first.sentence && !isConnector(ctx, chunks[m + 1] as Chunk)) m++;
    const last = chunks[m] as Chunk;
    const commaAfter = last.after.startsWith(',') || last.after === '·';
    // mecab misreads unknown names (an unknown name read as a noun and an adverb, or as a noun and a particle):
    // before a comma, a word without endings or real particles is a whole item
    const misread = commaAfter && (!last.nominal || last.tail !== '') && !NAME_PARTICLES.has(last.tail) && last.tokens.every((t) => !/^(?:E|V|XS)/u.test(t.tags[0] ?? ''));
    if ((!last.nominal && !misread) || isConnector(ctx, first)) {
      close(null);
      k = Math.max(m, k) + 1;
      continue;
    }
    items.push({ from: k, to: m, start: first.start, end: misread ? last.end : last.stemEnd });
    const next = chunks[m + 1];
    const sameSentence = next !== undefined && next.sentence === last.sentence;
    if (commaAfter && (last.tail === '' || misread)) {
      k = m + 1;
      continue;
    }
    if (last.tail !== '' && tailHas(last, 'JC') && sameSentence) {
      k = m + 1;
      continue;
    }
    if (last.tail === '' && last.after === '' && sameSentence && next && AND.has(ctx.words[next.index] as string)) {
      k = m + 2;
      continue;
    }
    if ((tailHas(last, 'JKO')) && sameSentence && next && INCLUDING.test(ctx.words[next.index] as string)) {
      k = m + 2;
      continue;
    }
    if (last.tail === '' && last.after === '' && sameSentence && next && (ctx.keys[next.index] ?? '') === '등') {
      close(next.index);
      k = m + 2;
      continue;
    }
    close(null);
    k = m + 1;
  }
  close(null);
  return lists;
}

/** Words that join or close list items rather than being one. */
function isConnector(ctx: Ctx, c: Chunk): boolean {
  const s = ctx.words[c.index] as string;
  const first = s.charCodeAt(0);
  // 비롯 and 포함 start with 비 and 포: the regex only for those
  return AND.has(s) || s === '등' || (c.nominal && (ctx.keys[c.index] ?? '') === '등') || ((first === 0xbe44 || first === 0xd3ec) && INCLUDING.test(s));
}

/**
 * The descriptor that heads the noun phrase after `… 등`: `등 해킹조직`, `등 국내 대기업들이`, and
 * through relative clauses `등으로 알려진 … 후원을 받는 주요 해킹조직이`. The first noun with a case
 * particle ends the phrase unless a relative clause (an adnominal verb) follows it.
 */
function descriptorAfter(ctx: Ctx, etc: number): { type: OrganizationType } | null {
  const start = ctx.chunks[etc] as Chunk;
  if (endsClause(start)) return null;
  for (let j = etc + 1; j < Math.min(ctx.chunks.length, etc + 12); j++) {
    const c = ctx.chunks[j] as Chunk;
    if (c.sentence !== start.sentence || endsClause(c)) return null;
    if (!c.nominal) continue;
    const d = descriptorAtEnd((ctx.keys[j] ?? ''));
    if (d) return d;
    if (c.tail === '' || tailHas(c, 'JKG')) continue;
    // a noun with a case particle: the phrase ends here, unless it is an argument of a relative clause
    const next = ctx.chunks[j + 1];
    if (!next || next.nominal || !isAdnominal(next)) return null;
  }
  return null;
}

function plausibleItem(ctx: Ctx, it: Item): boolean {
  const name = ctx.text.slice(it.start, it.end);
  const s = squash(name);
  if (s.length < 2 || s.length > 24) return false;
  if (isGenericName(name) || PLACES.has(s)) return false;
  let plain = 0;
  // a kind of body or event first (A매치 주관사), or an ordinary noun last (A매치 일정 조율): a phrase, not a name
  if (GENERIC_PHRASES.has(ctx.keys[it.from] ?? '')) return false;
  const last = ctx.chunks[it.to] as Chunk;
  if (it.to > it.from && last.stemTokens.length === 1 && last.stemTokens[0]?.tags[0] === 'NNG' && suffixOf(ctx.keys[it.to] ?? '') === null) return false;
  for (let j = it.from; j <= it.to; j++) {
    const c = ctx.chunks[j] as Chunk;
    const stem = (ctx.keys[j] ?? '');
    if (TITLES.has(stem) || STOPS.has(stem)) return false;
    if (GENERIC_WORDS.has(stem)) plain++;
    if (isKoreanPersonChunk(ctx, c)) return false;
    if (c.stemTokens.some((t) => (t.tags[0] === 'NP' || t.tags[0] === 'SN' || t.tags[0] === 'NNB'))) return false;
  }
  if (plain === it.to - it.from + 1) return false;
  const d = descriptorAtEnd(s);
  if (d && d.word === s) return false;
  return /[\uac00-\ud7a3A-Za-z]/u.test(s);
}

/** The type an item's own words give (킹스 칼리지 런던 → university). */
function itemType(ctx: Ctx, it: Item): OrganizationType | null {
  for (let j = it.to; j >= it.from; j--) {
    const stem = (ctx.keys[j] ?? '');
    for (const r of ORG_SUFFIXES) if (r.suffix.length >= 2 && stem.endsWith(r.suffix)) return r.type;
  }
  return null;
}

function majority(types: readonly OrganizationType[]): OrganizationType | null {
  const n = new Map<OrganizationType, number>();
  for (const t of types) n.set(t, (n.get(t) ?? 0) + 1);
  let best: OrganizationType | null = null;
  let bestN = 0;
  for (const [t, k] of n) if (k > bestN) [best, bestN] = [t, k];
  return best;
}
