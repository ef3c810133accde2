/**
 * Gazetteer matching: every Korean and Latin form of the organization gazetteer, found
 * spacing-insensitively at word boundaries. A match must start a word (or follow a country prefix
 * written onto it, `美국무부`) and end a word's stem (`메타를` → `메타`, but `메타버스` is no match).
 */
import { GAZETTEER, type GazetteerEntry } from '../../lexicon/gazetteer';
import { chunkIndexAt, isBare, type Chunk } from './chunks';
import { candidate, isLatinChar, isLatinCode, type Ctx, type OrgCandidate } from './context';
import { COUNTRY_PREFIXES, NAME_PARTICLES, PLACES, REGIONAL_HEADS, REGIONS, squash } from './lexicon';
import { Trie } from './trie';

/** One gazetteer form. */
export interface GazetteerForm {
  readonly entry: GazetteerEntry;
  /** The form as the gazetteer writes it. */
  readonly form: string;
  /** Only believed with supporting context. */
  readonly weak: boolean;
  /**
   * A form made by leaving the country prefix off a prefixed form (`중국 공산당` → `공산당`):
   * matched only after a prefix of this country (`中 공산당`, `중국공산당`… `中공산당`).
   */
  readonly needsCountry: string | null;
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
    // the English name itself is a form too (English articles), unless it carries a qualifier
    const english = /^[A-Za-z0-9][A-Za-z0-9 .,'’&-]{3,}$/u.test(entry.en) ? [entry.en] : [];
    const forms = [...entry.ko, ...entry.aliases, ...english];
    for (const form of forms) {
      const key = squash(form);
      if (seen.has(key) || key.length < 2) continue;
      seen.add(key);
      t.add(key, { entry, form, weak: entry.koWeak.has(form), needsCountry: null });
    }
    // the forms without their country prefix, for other prefixes of the same country (中 외교부)
    for (const form of forms) {
      const bare = withoutPrefix(form, entry.country);
      if (bare === null) continue;
      const key = squash(bare);
      if (seen.has(key) || key.length < 2) continue;
      seen.add(key);
      t.add(key, { entry, form: bare, weak: false, needsCountry: entry.country });
    }
  }
  return t;
}

/**
 * A form without the country prefix it is written with (`미 국무부` → `국무부`, `美국무부` → `국무부`),
 * when the prefix names the entry's own country; null otherwise. A prefix written onto a Hangul
 * name (`한국은행`) is part of the name and stays.
 */
function withoutPrefix(form: string, country: string | null): string | null {
  if (!country) return null;
  const word = /^(\S{1,7})\s+(\S.*)$/u.exec(form.normalize('NFC'));
  if (word && COUNTRY_PREFIXES.get(word[1] as string) === country) return word[2] as string;
  const first = form[0] ?? '';
  if (isHan(first) && COUNTRY_PREFIXES.get(first) === country && form.length >= 3) return form.slice(1).trimStart();
  return null;
}

/** The gazetteer forms equal to `s` (spacing ignored), or an empty list. Forms that need a country prefix are left out. */
export function lookupForm(s: string): readonly GazetteerForm[] {
  const all = TRIE.get(squash(s));
  if (!all) return [];
  return all.every((f) => f.needsCountry === null) ? all : all.filter((f) => f.needsCountry === null);
}

/** The forms of `entry` written without its country prefix (`중국 공산당` → `공산당`) that name no other organization. */
export function barePrefixForms(entry: GazetteerEntry): readonly string[] {
  let out = BARE_FORMS.get(entry);
  if (!out) BARE_FORMS.set(entry, (out = computeBareForms(entry)));
  return out;
}

const BARE_FORMS = new WeakMap<GazetteerEntry, readonly string[]>();

function computeBareForms(entry: GazetteerEntry): string[] {
  const out: string[] = [];
  for (const form of entry.ko) {
    const bare = withoutPrefix(form, entry.country);
    if (bare === null) continue;
    const values = TRIE.get(squash(bare)) ?? [];
    if (values.every((f) => f.entry === entry || f.needsCountry !== null)) out.push(bare);
  }
  return out;
}

/** Whether `forms` hold one usable after a prefix of `country` (null: no prefix). */
function usable(forms: readonly GazetteerForm[], country: string | null): boolean {
  for (const f of forms) if (f.needsCountry === null || f.needsCountry === country) return true;
  return false;
}

/**
 * Every gazetteer form found at a word boundary by `gazetteerCandidates`, by the chunk it starts in
 * (the scan visits each word once; later passes read the hits instead of walking again).
 */
interface GazetteerScan {
  /** The chunks the scan walked from. */
  visited: Uint8Array;
  hits: Map<number, Array<{ end: number; values: readonly GazetteerForm[] }>>;
}

const GAZETTEER_HITS = new WeakMap<Ctx, GazetteerScan>();
const NO_HITS: ReadonlyArray<{ end: number; values: readonly GazetteerForm[] }> = [];

/**
 * The gazetteer forms that start at chunk `k` and end at a word boundary, shortest first, as
 * `gazetteerCandidates` found them; null when that scan did not walk from chunk `k`.
 */
export function gazetteerHitsAt(ctx: Ctx, k: number): ReadonlyArray<{ end: number; values: readonly GazetteerForm[] }> | null {
  const scan = GAZETTEER_HITS.get(ctx);
  if (!scan || !scan.visited[k]) return null;
  return scan.hits.get(k) ?? NO_HITS;
}

/** Gazetteer matches in the document, longest first at each word, without overlaps. */
export function gazetteerCandidates(ctx: Ctx): OrgCandidate[] {
  const t = TRIE;
  const out: OrgCandidate[] = [];
  const { chunks, text } = ctx;
  // one matcher for the whole scan: `want` is the country a prefix names before the match, if any
  let want: string | null = null;
  let at0 = 0;
  let recording = false;
  const scan: GazetteerScan = { visited: new Uint8Array(chunks.length), hits: new Map() };
  GAZETTEER_HITS.set(ctx, scan);
  const ok = (end: number, values: readonly GazetteerForm[]): boolean => {
    if (!endsAtBoundary(ctx, end, at0)) return false;
    // every gazetteer form at a word boundary from the word's start, for later mentions of the organizations found
    if (recording) {
      const list = scan.hits.get(at0);
      if (list) list.push({ end, values });
      else scan.hits.set(at0, [{ end, values }]);
    }
    return usable(values, want);
  };
  for (let i = 0; i < chunks.length; i++) {
    at0 = i;
    scan.visited[i] = 1;
    const c = chunks[i] as Chunk;
    // a country prefix written as a word of its own: 미 국립보건원, 中 외교부
    const prev = chunks[i - 1];
    const prevCountry = prev && isBare(prev) && prev.after === '' && prev.sameLineNext ? (COUNTRY_PREFIXES.get(ctx.keys[prev.index] ?? '') ?? null) : null;
    let best: { start: number; end: number; forms: readonly GazetteerForm[]; prefixCountry: string | null } | null = null;
    want = prevCountry;
    recording = true;
    const at = t.longestAt(text, c.start, text.length, ok);
    recording = false;
    if (at) best = { start: c.start, end: at.end, forms: at.values, prefixCountry: null };
    // a Hanja country prefix written onto the name (美국무부); 북한은 is no 北 + 한은
    const stem = ctx.stems[c.index] ?? '';
    if (stem.length > 1 && isHanCode(stem.charCodeAt(0))) {
      for (let n = 1; n <= 2 && n < stem.length; n++) {
        const head = stem.slice(0, n);
        const country = COUNTRY_PREFIXES.get(head);
        if (!country || !isHan(head)) continue;
        want = country;
        const hit = t.longestAt(text, c.start + n, text.length, ok);
        if (hit && (!best || hit.end > best.end)) best = { start: c.start + n, end: hit.end, forms: hit.values, prefixCountry: country };
      }
    }
    if (!best) {
      const branch = regionalBranch(ctx, c);
      if (branch) {
        out.push(branch);
        const last = chunkIndexAt(chunks, branch.end - 1);
        if (last > i) i = last;
      }
      continue;
    }
    if (gluedToLatin(text, best.start, best.end) || splitAtPlace(text, best.start, best.end, best.forms)) continue;
    let start = best.start;
    let country = best.prefixCountry;
    if (best.start === c.start && prevCountry && country === null) {
      country = prevCountry;
      start = (prev as Chunk).start;
    }
    const forms = best.forms.filter((f) => f.needsCountry === null || f.needsCountry === country);
    const form = chooseForm(forms, country ?? prefixCountryOf(forms));
    const placeLike = isPlaceName(ctx, c, form);
    const ownCountry = country ?? prefixCountryOf(forms);
    // a government body of another country than the prefix names (일본 외교부 is not Korea's):
    // an organization, but not this entry
    const entry = ownCountry && isStateBody(form.entry) && form.entry.country !== null && form.entry.country !== 'INT' && form.entry.country !== ownCountry ? null : form.entry;
    const cand = candidate(start, best.end, form.entry.type, 'gazetteer', {
      nameStart: best.start === start ? startAfterPrefix(ctx, best.start, best.end, form) : best.start,
      entry,
      weak: form.weak || placeLike,
      placeLike,
      country: ownCountry,
      // a prefix of another country is no support for a weak form (인도 대상: India, not Daesang)
      prefixSupports: ownCountry === null || form.entry.country === ownCountry || form.entry.country === 'INT',
    });
    if (start !== best.start || best.start !== c.start) cand.evidence.push('country-prefix');
    out.push(cand);
    // continue after the match
    const last = chunkIndexAt(chunks, best.end - 1);
    if (last > i) i = last;
  }
  return out;
}

/** Types of organization that have regional branches named by a region written onto the name. */
const BRANCHED: ReadonlySet<string> = new Set(['ngo', 'consortium', 'foundation']);

/**
 * A regional branch: a Korean region written onto the name of a civic group, union or association
 * of the gazetteer (서울환경운동연합, 부산참여연대, 대구YMCA). Its English name is the region's
 * before the parent's; it is an organization of its own, not the parent.
 */
function regionalBranch(ctx: Ctx, c: Chunk): OrgCandidate | null {
  const stem = ctx.stems[c.index] ?? '';
  for (let n = Math.min(3, stem.length - 2); n >= 2; n--) {
    const regionEn = REGIONS.get(stem.slice(0, n));
    if (!regionEn) continue;
    // a body of the region itself: 부산상공회의소 → Busan Chamber of Commerce and Industry
    const head = REGIONAL_HEADS.get(stem.slice(n));
    if (head) return candidate(c.start, c.stemEnd, 'ngo', 'regional-branch', { nameEn: `${regionEn} ${head}` });
    const hit = TRIE.longestAt(ctx.text, c.start + n, c.stemEnd, (end, values) => end === c.stemEnd && values.some((f) => f.needsCountry === null && !f.weak && BRANCHED.has(f.entry.type) && f.entry.country === 'KR'));
    if (!hit) continue;
    const form = hit.values.find((f) => f.needsCountry === null && !f.weak && BRANCHED.has(f.entry.type)) as GazetteerForm;
    const cand = candidate(c.start, c.stemEnd, form.entry.type, 'regional-branch', { nameEn: `${regionEn} ${form.entry.en}` });
    return cand;
  }
  return null;
}

/** A body of a state (a ministry, a parliament, a party): it belongs to one country only. */
function isStateBody(e: GazetteerEntry): boolean {
  return e.type === 'government' || e.type === 'party';
}

/** A form that names a place too (경기도, 서울시, 부산광역시): mecab tags it 지명, or it is a known place. */
function isPlaceName(ctx: Ctx, c: Chunk, form: GazetteerForm): boolean {
  const key = squash(form.form);
  if (PLACES.has(key)) return true;
  // mecab calls some company names places (한전): only a local government is named like its place
  if (form.entry.type !== 'government') return false;
  const ts = c.stemTokens;
  return ts.length === 1 && ts[0]?.semanticClass === '지명' && (ctx.keys[c.index] ?? '') === key;
}

/**
 * Whether a Latin name at `[start, end)` is glued to more Latin text by a hyphen, slash or dot
 * (`REBEL-Quad`, `Quad-core`): then it is part of another word, not the organization.
 */
export function gluedToLatin(text: string, start: number, end: number): boolean {
  const glue = (ch: string | undefined): boolean => ch === '-' || ch === '/' || ch === '_' || ch === '.' || ch === '‐';
  if (isLatinChar(text[start]) && start > 0 && (isLatinChar(text[start - 1]) || (glue(text[start - 1]) && isLatinChar(text[start - 2])))) return true;
  if (isLatinChar(text[end - 1]) && glue(text[end]) && isLatinChar(text[end + 1])) return true;
  return false;
}

/**
 * Whether a match runs over a space that its gazetteer forms do not have, after a place
 * (`서울 시` is no 서울시, `한국 은행들` no 한국은행): the words are a place and an ordinary noun.
 */
function splitAtPlace(text: string, start: number, end: number, forms: readonly GazetteerForm[]): boolean {
  const sp = text.slice(start, end).search(/\s/u);
  if (sp < 0) return false;
  if (forms.some((f) => /\s/u.test(f.form))) return false;
  // a short abbreviation never runs over a space (간 협의 is no 간협)
  if (end - start - 1 <= 3) return true;
  const head = text.slice(start, start + sp);
  return PLACES.has(head) || COUNTRY_PREFIXES.has(head);
}

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function isHan(s: string): boolean {
  return /^\p{Script=Han}+$/u.test(s);
}

/**
 * Whether a match ending at `pos` ends a word's stem: at the end of the word, at the end of its
 * stem (a particle follows), or before an attached `측`. Latin names must not continue in Latin.
 */
export function endsAtBoundary(ctx: Ctx, pos: number, from = -1): boolean {
  const { text, chunks } = ctx;
  if (isLatinCode(text.charCodeAt(pos - 1)) && isLatinCode(text.charCodeAt(pos))) return false;
  const k = from >= 0 ? chunkIndexFrom(chunks, pos - 1, from) : chunkIndexAt(chunks, pos - 1);
  if (k < 0) return false;
  const c = chunks[k] as Chunk;
  if (pos === c.end || pos === c.stemEnd) return true;
  // mecab misread the word (국가안보실 → 국가/안/보/실): trust a particle written after the name,
  // when the name is more than one syllable of the word (협의 is no 협 + 의)
  if (pos - c.start >= 2 && NAME_PARTICLES.has(text.slice(pos, c.end))) return true;
  if (pos > c.stemEnd) return false;
  const rest = text.slice(pos, c.stemEnd);
  return FOLLOWERS.has(rest) && c.tokens.some((t) => t.start === pos);
}

/** The index of the chunk that holds `pos`, searching forward from chunk `from` (a walk stays near it); -1 if none. */
function chunkIndexFrom(chunks: readonly Chunk[], pos: number, from: number): number {
  for (let k = from; k < chunks.length && k < from + 8; k++) {
    const c = chunks[k] as Chunk;
    if (pos < c.start) return -1;
    if (pos < c.end) return k;
  }
  return chunkIndexAt(chunks, pos);
}

/** Nouns that may be written onto an organization's name without making it another word. */
const FOLLOWERS: ReadonlySet<string> = new Set(['측', '社', '사']);

function chooseForm(forms: readonly GazetteerForm[], country: string | null): GazetteerForm {
  if (country) {
    const same = forms.find((f) => f.entry.country === country && !f.weak) ?? forms.find((f) => f.entry.country === country);
    if (same) return same;
  }
  return forms.find((f) => !f.weak && f.needsCountry === null) ?? forms.find((f) => !f.weak) ?? (forms[0] as GazetteerForm);
}

/** The country of a form that carries its own prefix (`미 국무부`, `美국무부`), if the entries agree on it. */
function prefixCountryOf(forms: readonly GazetteerForm[]): string | null {
  for (const f of forms) {
    const p = formPrefix(f);
    if (p) return p.country;
  }
  return null;
}

/** The country prefix a gazetteer form is written with: a word of its own, or one Hanja character (computed once per form). */
function formPrefix(f: GazetteerForm): { length: number; country: string } | null {
  let p = FORM_PREFIX.get(f);
  if (p === undefined) FORM_PREFIX.set(f, (p = computeFormPrefix(f)));
  return p;
}

const FORM_PREFIX = new WeakMap<GazetteerForm, { length: number; country: string } | null>();

function computeFormPrefix(f: GazetteerForm): { length: number; country: string } | null {
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
