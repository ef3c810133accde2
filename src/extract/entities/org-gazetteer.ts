/**
 * Gazetteer matching: every Korean and Latin form of the organization gazetteer, found
 * spacing-insensitively at word boundaries. A match must start a word (or follow a country prefix
 * written onto it, `美국무부`) and end a word's stem (`메타를` → `메타`, but `메타버스` is no match).
 */
import { GAZETTEER, type GazetteerEntry } from '../../lexicon/gazetteer';
import { chunkIndexAt, isBare, type Chunk } from './chunks';
import { candidate, isLatinChar, type Ctx, type OrgCandidate } from './context';
import { COUNTRY_PREFIXES, NAME_PARTICLES, PLACES, squash } from './lexicon';
import { Trie } from './trie';

/** One gazetteer form. */
export interface GazetteerForm {
  readonly entry: GazetteerEntry;
  /** The form as the gazetteer writes it. */
  readonly form: string;
  /** Only believed with supporting context. */
  readonly weak: boolean;
}

/** The trie over every gazetteer form, built once when the module loads. */
const TRIE: Trie<GazetteerForm> = buildTrie();

/** The trie over every gazetteer form. */
export function gazetteerTrie(): Trie<GazetteerForm> {
  return TRIE;
}

function buildTrie(): Trie<GazetteerForm> {
  const t = new Trie<GazetteerForm>();
  for (const entry of GAZETTEER) {
    const seen = new Set<string>();
    for (const form of [...entry.ko, ...entry.aliases]) {
      const key = squash(form);
      if (seen.has(key) || key.length < 2) continue;
      seen.add(key);
      t.add(key, { entry, form, weak: entry.koWeak.has(form) || key.length < 2 });
    }
  }
  return t;
}

/** The gazetteer forms equal to `s` (spacing ignored), or an empty list. */
export function lookupForm(s: string): readonly GazetteerForm[] {
  return TRIE.get(squash(s)) ?? [];
}

/** Gazetteer matches in the document, longest first at each word, without overlaps. */
export function gazetteerCandidates(ctx: Ctx): OrgCandidate[] {
  const t = TRIE;
  const out: OrgCandidate[] = [];
  const { chunks, text } = ctx;
  const boundary = (end: number): boolean => endsAtBoundary(ctx, end);
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i] as Chunk;
    let best: { start: number; end: number; forms: readonly GazetteerForm[]; prefixCountry: string | null } | null = null;
    const at = t.longestAt(text, c.start, text.length, boundary);
    if (at) best = { start: c.start, end: at.end, forms: at.values, prefixCountry: null };
    // a Hanja country prefix written onto the name (美국무부); 북한은 is no 北 + 한은
    const stem = ctx.stems[c.index] ?? '';
    for (let n = 1; n <= 2 && n < stem.length; n++) {
      const country = COUNTRY_PREFIXES.get(stem.slice(0, n));
      if (!country || !isHan(stem.slice(0, n))) continue;
      const hit = t.longestAt(text, c.start + n, text.length, boundary);
      if (hit && (!best || hit.end > best.end)) best = { start: c.start + n, end: hit.end, forms: hit.values, prefixCountry: country };
    }
    if (!best) continue;
    let start = best.start;
    let country = best.prefixCountry;
    // a country prefix written as a word of its own: 미 국립보건원, 프랑스 국가 정보보호센터
    const prev = chunks[i - 1];
    if (best.start === c.start && prev && isBare(prev) && prev.after === '' && prev.sameLineNext && country === null) {
      const pc = COUNTRY_PREFIXES.get((ctx.keys[prev.index] ?? ''));
      if (pc) {
        country = pc;
        start = prev.start;
      }
    }
    const form = chooseForm(best.forms, country ?? prefixCountryOf(best.forms));
    const placeLike = isPlaceName(ctx, c, form);
    const cand = candidate(start, best.end, form.entry.type, 'gazetteer', {
      nameStart: best.start === start ? startAfterPrefix(ctx, best.start, best.end, form) : best.start,
      entry: form.entry,
      weak: form.weak || placeLike,
      placeLike,
      country: country ?? prefixCountryOf(best.forms),
    });
    if (start !== best.start || best.start !== c.start) cand.evidence.push('country-prefix');
    out.push(cand);
    // continue after the match
    const last = chunkIndexAt(chunks, best.end - 1);
    if (last > i) i = last;
  }
  return out;
}

/** A form that names a place too (경기도, 서울시, 부산광역시): mecab tags it 지명, or it is a known place. */
function isPlaceName(ctx: Ctx, c: Chunk, form: GazetteerForm): boolean {
  const key = squash(form.form);
  if (PLACES.has(key)) return true;
  const ts = c.tokens.filter((t) => t.end <= c.stemEnd);
  return ts.length === 1 && ts[0]?.semanticClass === '지명' && (ctx.keys[c.index] ?? '') === key;
}

function isHan(s: string): boolean {
  return /^\p{Script=Han}+$/u.test(s);
}

/**
 * Whether a match ending at `pos` ends a word's stem: at the end of the word, at the end of its
 * stem (a particle follows), or before an attached `측`. Latin names must not continue in Latin.
 */
export function endsAtBoundary(ctx: Ctx, pos: number): boolean {
  const { text, chunks } = ctx;
  if (isLatinChar(text[pos - 1]) && isLatinChar(text[pos])) return false;
  const k = chunkIndexAt(chunks, pos - 1);
  if (k < 0) return false;
  const c = chunks[k] as Chunk;
  if (pos === c.end || pos === c.stemEnd) return true;
  // mecab misread the word (국가안보실 → 국가/안/보/실): trust a particle written after the name
  if (NAME_PARTICLES.has(text.slice(pos, c.end))) return true;
  if (pos > c.stemEnd) return false;
  const rest = text.slice(pos, c.stemEnd);
  return FOLLOWERS.has(rest) && c.tokens.some((t) => t.start === pos);
}

/** Nouns that may be written onto an organization's name without making it another word. */
const FOLLOWERS: ReadonlySet<string> = new Set(['측', '社', '사']);

function chooseForm(forms: readonly GazetteerForm[], country: string | null): GazetteerForm {
  if (country) {
    const same = forms.find((f) => f.entry.country === country);
    if (same) return same;
  }
  return forms.find((f) => !f.weak) ?? (forms[0] as GazetteerForm);
}

/** The country of a form that carries its own prefix (`미 국무부`, `美국무부`), if the entries agree on it. */
function prefixCountryOf(forms: readonly GazetteerForm[]): string | null {
  for (const f of forms) {
    const p = formPrefix(f);
    if (p) return p.country;
  }
  return null;
}

/** The country prefix a gazetteer form is written with: a word of its own, or one Hanja character. */
function formPrefix(f: GazetteerForm): { length: number; country: string } | null {
  const form = f.form.normalize('NFC');
  const word = /^(\S{1,4})\s+\S/u.exec(form);
  if (word) {
    const c = COUNTRY_PREFIXES.get(word[1] as string);
    if (c && c === f.entry.country) return { length: 1, country: c };
  }
  const first = form[0] ?? '';
  const c = /\p{Script=Han}/u.test(first) ? COUNTRY_PREFIXES.get(first) : undefined;
  return c && c === f.entry.country ? { length: 0, country: c } : null;
}

/** Where the name starts when the matched form itself begins with a country prefix (`미 국무부`). */
function startAfterPrefix(ctx: Ctx, start: number, end: number, form: GazetteerForm): number {
  const p = formPrefix(form);
  if (!p) return start;
  let i = start;
  if (p.length === 0) return Math.min(end, i + 1);
  while (i < end && !/\s/u.test(ctx.text[i] as string)) i++;
  while (i < end && /\s/u.test(ctx.text[i] as string)) i++;
  return i < end ? i : start;
}
