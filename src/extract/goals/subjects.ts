/**
 * Subject phrases of Korean sentences and what they are: a noun phrase with `은/는` (topic),
 * `이/가` (nominative) or `도` (also), read from the morphemes; pronoun, anaphor, group, members or
 * a name. Shared by the goal clause finder (which strips a topic) and the actor resolver.
 */
import type { Range } from '../../text/sentences';
import type { Morpheme } from '../../types';
import { LEADING_ADVERBS, MEMBER_NOUNS, REFERENCE, SUBORDINATE_ENDINGS } from './lexicon';

/** A subject noun phrase (`[start, end)`, the particle excluded). */
export interface SubjectPhrase extends Range {
  /** `은/는`, `이/가`, or `도` (`네이버도 …할 계획`: a subject only when it names an entity). */
  particle: 'topic' | 'nominative' | 'also';
  /** Where the particle ends. */
  particleEnd: number;
  /** Whether the phrase holds a proper noun or a Latin-script name. */
  proper: boolean;
}

/** What a subject phrase is, before resolution. */
export type MentionKind = 'person-pronoun' | 'group' | 'org-anaphor' | 'member' | 'name';

const NP_TAGS = new Set(['NNG', 'NNP', 'NNB', 'NNBC', 'NP', 'NR', 'SL', 'SN', 'SH', 'XSN', 'XPN', 'MM', 'SSC', 'SSO', 'SY', 'JC', 'SC', 'JKG', 'MAJ']);
const LEADING_TAGS = new Set(['JC', 'SC', 'SSC']);
/** Linking adverbs that mecab may read as nouns (`한편`) and glue to the subject. */
const LINKING: ReadonlySet<string> = new Set(LEADING_ADVERBS.filter((a) => !a.endsWith(',')));
const NP_HEAD_TAGS = new Set(['NNG', 'NNP', 'NNB', 'NNBC', 'NP', 'NR', 'SL', 'SN', 'SH', 'XSN', 'SSC', 'SY']);

/**
 * Subject phrases (a noun phrase + `은/는` or `이/가`) among `tokens` within `[from, to)`. With
 * `outsideQuotes`, phrases inside “…” are left out.
 *
 * `tokens` are a sentence's morphemes in text order (starts and ends never decrease), as
 * `tokensIn` gives them: each search here starts at `from` by bisection, so that the many searches
 * of a long sentence (one per goal clause) each cost the length of their own range.
 */
export function subjectPhrases(tokens: readonly Morpheme[], text: string, from: number, to: number, outsideQuotes: boolean): SubjectPhrase[] {
  const out: SubjectPhrase[] = [];
  const x0 = firstStartingAt(tokens, from);
  // a morpheme before `from` that ends after `to` leaves no room for a phrase
  if (x0 > 0 && (tokens[x0 - 1] as Morpheme).end > to) return out;
  let depth = outsideQuotes ? quoteDepthBefore(tokens, x0) : 0;
  for (let x = x0; x < tokens.length; x++) {
    const t = tokens[x] as Morpheme;
    if (t.end > to) break;
    if (outsideQuotes) depth += quoteDelta(t.surface);
    if (depth > 0) continue;
    const first = t.tags[0];
    const particle = first === 'JX' && (t.surface === '은' || t.surface === '는') ? 'topic' : first === 'JKS' ? 'nominative' : first === 'JX' && t.surface === '도' ? 'also' : null;
    if (!particle) continue;
    const prev = tokens[x - 1];
    if (!prev || !NP_HEAD_TAGS.has(prev.tags[prev.tags.length - 1] as string) || prev.end !== t.start) continue;
    let y = x - 1;
    while (y > 0) {
      const p = tokens[y - 1] as Morpheme;
      const cur = tokens[y] as Morpheme;
      if (p.start < from || !NP_TAGS.has(p.tags[p.tags.length - 1] as string) || cur.start - p.end > 1) break;
      if (cur.start > p.end && text[p.end] === '\n') break;
      y--;
    }
    // a phrase never starts with a conjunction, punctuation or a linking adverb (한편 정부는)
    while (y < x - 1 && (LEADING_TAGS.has((tokens[y] as Morpheme).tags[0] as string) || LINKING.has((tokens[y] as Morpheme).surface))) y++;
    let proper = false;
    for (let k = y; k < x && !proper; k++) {
      const tags = (tokens[k] as Morpheme).tags;
      proper = tags.includes('NNP') || tags.includes('SL');
    }
    out.push({ start: (tokens[y] as Morpheme).start, end: prev.end, particle, particleEnd: t.end, proper });
  }
  return out;
}

/**
 * Where the last subordinate clause in `[from, to)` ends: the start of its connective ending
 * (`않도록`), or -1 when none does. A subject in the range that ends at or before it belongs to a
 * subordinate clause, not to the goal (one pass serves every subject of the range).
 */
export function lastSubordinate(tokens: readonly Morpheme[], from: number, to: number): number {
  let last = -1;
  for (let x = firstStartingAt(tokens, from); x < tokens.length; x++) {
    const t = tokens[x] as Morpheme;
    if (t.end > to) break;
    if (t.tags.includes('EC') && SUBORDINATE_ENDINGS.has(ecSurface(t))) last = t.start;
  }
  return last;
}

/** The connective ending of a morpheme (`않도록` → `도록`, from the expression when fused). */
function ecSurface(t: Morpheme): string {
  const ec = t.expression?.find((e) => e.pos === 'EC');
  return ec ? ec.morpheme : t.surface;
}

/** A phrase that can stand for the sentence's subject (`펀드도` cannot; `네이버도` can). */
export function usable(p: SubjectPhrase): boolean {
  return p.particle !== 'also' || p.proper;
}

/** Where the first object particle or connective ending in `[from, to)` ends (`to` when none). */
export function firstArgumentEnd(tokens: readonly Morpheme[], from: number, to: number): number {
  for (let x = firstStartingAt(tokens, from); x < tokens.length; x++) {
    const t = tokens[x] as Morpheme;
    if (t.end > to) break;
    if (t.tags.includes('JKO') || t.tags.includes('EC')) return t.start;
  }
  return to;
}

/** The index of the first of `tokens` (in text order) that starts at or after `pos`. */
export function firstStartingAt(tokens: readonly Morpheme[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Morpheme).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Quote depth (“ opens, ” closes) before each morpheme of a sentence, counted once per token list. */
const DEPTHS = new WeakMap<readonly Morpheme[], Int32Array>();

/** How many “ are open before `tokens[x]`. */
function quoteDepthBefore(tokens: readonly Morpheme[], x: number): number {
  if (x === 0) return 0;
  let depths = DEPTHS.get(tokens);
  if (!depths) {
    depths = new Int32Array(tokens.length + 1);
    for (let k = 0; k < tokens.length; k++) depths[k + 1] = (depths[k] as number) + quoteDelta((tokens[k] as Morpheme).surface);
    DEPTHS.set(tokens, depths);
  }
  return depths[x] as number;
}

function quoteDelta(surface: string): number {
  let d = 0;
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (c === 0x201c) d++;
    else if (c === 0x201d) d--;
  }
  return d;
}

/** What kind of mention a subject's text is. */
export function mentionKind(text: string): MentionKind {
  const t = text.includes(' ') || text.includes('\t') || text.includes('\n') ? text.replace(/\s+/g, '') : text;
  if (REFERENCE.personPronouns.has(t)) return 'person-pronoun';
  if (REFERENCE.pluralPronouns.has(text) || REFERENCE.pluralPronouns.has(t) || /^(?:두|양|세|3)(?:정상|국|사|측|기관|정부)$/.test(t)) return 'group';
  if (REFERENCE.orgAnaphors.has(t) || REFERENCE.orgDescriptors.has(t)) return 'org-anaphor';
  const words = text.split(/\s+/);
  if (words.length === 2 && REFERENCE.demonstratives.has(words[0] as string) && REFERENCE.orgDescriptors.has(words[1] as string)) return 'org-anaphor';
  if (MEMBER_NOUNS.some((m) => t === m || t.endsWith(m))) return 'member';
  return 'name';
}

const PLAIN_NAME = /^[^\s“”‘’"'()](?:[^\s“”‘’"'()]| (?! |등$|$))*$/;

/** A name as written, without quote marks, a parenthetical, or a trailing `등`. */
export function cleanName(raw: string): string {
  // most names carry no marks, parentheses, doubled spaces or a trailing 등: nothing to clean
  if (PLAIN_NAME.test(raw)) return raw;
  const quoted = quotedName(raw);
  let s = quoted !== null && withoutParentheticals(raw, Infinity).trim().length <= quoted.length + 12 ? quoted : raw;
  s = withoutParentheticals(s, MAX_PARENTHETICAL).replace(/[“”‘’"']/g, '').replace(/\s+/g, ' ').trim();
  return s.endsWith(' 등') ? s.slice(0, -2) : s;
}

/** The longest name in single marks that `cleanName` takes out of them. */
const MAX_QUOTED_NAME = 40;
/** The longest parenthetical that `cleanName` drops. */
const MAX_PARENTHETICAL = 60;

/**
 * The text of the first ‘…’ (1 to MAX_QUOTED_NAME characters, no ’ inside) in `raw`, or null:
 * what `‘([^’]{1,40})’` captures, found with one pass (the regex rescans a run of ‘ with no ’).
 */
function quotedName(raw: string): string | null {
  let close = -1;
  for (let open = raw.indexOf('‘'); open >= 0; open = raw.indexOf('‘', open + 1)) {
    if (close <= open) close = raw.indexOf('’', open + 1);
    if (close < 0) return null;
    const length = close - open - 1;
    if (length >= 1 && length <= MAX_QUOTED_NAME) return raw.slice(open + 1, close);
  }
  return null;
}

/**
 * `raw` without its parentheticals: each `(` with the text up to the first `)` after it (at most
 * `max` characters between), as `replace(/\([^)]{0,max}\)/g, '')` does, in one pass.
 */
function withoutParentheticals(raw: string, max: number): string {
  let out = '';
  let kept = 0;
  let close = -1;
  for (let open = raw.indexOf('('); open >= 0; open = raw.indexOf('(', open + 1)) {
    if (close <= open) close = raw.indexOf(')', open + 1);
    if (close < 0) break;
    if (close - open - 1 > max) continue;
    out += raw.slice(kept, open);
    kept = close + 1;
    open = close;
  }
  return kept === 0 ? raw : out + raw.slice(kept);
}

export function latinIn(raw: string): string | null {
  const m = /\(([A-Za-z][A-Za-z0-9 .&'-]{1,60})\)/.exec(raw);
  return m ? (m[1] as string).trim() : null;
}

/** The word right before offset `pos` (`이` in `이 기구가`). */
export function wordBefore(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && text[e - 1] === ' ') e--;
  let s = e;
  while (s > 0 && !/\s/.test(text[s - 1] as string)) s--;
  return text.slice(s, e);
}
