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
 */
export function subjectPhrases(tokens: readonly Morpheme[], text: string, from: number, to: number, outsideQuotes: boolean): SubjectPhrase[] {
  const out: SubjectPhrase[] = [];
  let depth = 0;
  for (let x = 0; x < tokens.length; x++) {
    const t = tokens[x] as Morpheme;
    if (t.end > to) break;
    if (outsideQuotes) depth += quoteDelta(t.surface);
    if (t.start < from) continue;
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
      if (cur.start > p.end && text.indexOf('\n', p.end) >= 0 && text.indexOf('\n', p.end) < cur.start) break;
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

/** Whether a subordinate clause ends between `from` and `to` (its subject is not the goal's). */
export function subordinateBetween(tokens: readonly Morpheme[], from: number, to: number): boolean {
  for (const t of tokens) {
    if (t.start < from) continue;
    if (t.end > to) break;
    if (t.tags.includes('EC') && SUBORDINATE_ENDINGS.has(ecSurface(t))) return true;
  }
  return false;
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
  for (const t of tokens) {
    if (t.start < from) continue;
    if (t.end > to) break;
    if (t.tags.includes('JKO') || t.tags.includes('EC')) return t.start;
  }
  return to;
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
  const quoted = /‘([^’]{1,40})’/.exec(raw);
  let s = quoted && raw.replace(/\([^)]*\)/g, '').trim().length <= (quoted[1] as string).length + 12 ? (quoted[1] as string) : raw;
  s = s.replace(/\([^)]{0,60}\)/g, '').replace(/[“”‘’"']/g, '').replace(/\s+/g, ' ').trim();
  return s.endsWith(' 등') ? s.slice(0, -2) : s;
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
