/**
 * What every entity rule shares: the document, its words (chunks) with their stems, and the
 * organization candidates the rules propose before they are resolved into entities.
 */
import type { Doc } from '../../doc';
import type { GazetteerEntry } from '../../lexicon/gazetteer';
import type { OrganizationType } from '../../types';
import { buildChunks, type Chunk } from './chunks';
import { GENERIC_PHRASES, PLACES, squash } from './lexicon';

export interface Ctx {
  readonly doc: Doc;
  readonly text: string;
  readonly chunks: readonly Chunk[];
  /** The stem text of each chunk, by chunk index. */
  readonly stems: readonly string[];
  /** The squashed stem of each chunk (the lexicon lookup key), by chunk index. */
  readonly keys: readonly string[];
  /** The whole text of each chunk (stem and tail), by chunk index. */
  readonly words: readonly string[];
}

/** Build the shared context for `doc`. */
export function contextOf(doc: Doc): Ctx {
  const chunks = buildChunks(doc);
  const stems = chunks.map((c) => doc.text.slice(c.start, c.stemEnd));
  const words = chunks.map((c) => (c.stemEnd === c.end ? (stems[c.index] as string) : doc.text.slice(c.start, c.end)));
  return { doc, text: doc.text, chunks, stems, keys: stems.map(squash), words };
}

/** A proposed organization mention, before overlaps are resolved and entities are formed. */
export interface OrgCandidate {
  /** The mention as written, particles stripped, a country prefix included. */
  start: number;
  end: number;
  /** Where the name starts after a country prefix (`미 국립보건원` → at `국립`). */
  nameStart: number;
  type: OrganizationType;
  entry: GazetteerEntry | null;
  /** An English name the text itself gives (a Latin name, `(Ocean Alliance)`). */
  nameEn: string | null;
  aliases: string[];
  evidence: string[];
  /** Needs supporting context before it is believed. */
  weak: boolean;
  /** The country a prefix names (ISO code), if any. */
  country: string | null;
  /** Whether a country prefix makes a weak candidate believable (미 국방부: yes; 중국 대학: no). */
  prefixSupports: boolean;
  /** Named like a place (경기도, 서울시): a body only when it acts (서울시는 밝혔다). */
  placeLike: boolean;
  /** Built on a suffix after one ordinary noun (신고센터): acting as a subject is no support. */
  commonName: boolean;
}

/** A new candidate with defaults. */
export function candidate(start: number, end: number, type: OrganizationType, evidence: string, extra: Partial<OrgCandidate> = {}): OrgCandidate {
  return { start, end, nameStart: start, type, entry: null, nameEn: null, aliases: [], evidence: [evidence], weak: false, country: null, prefixSupports: true, placeLike: false, commonName: false, ...extra };
}

/** Whether a chunk's stem is a place (country, region, city) rather than a body. */
export function isPlace(ctx: Ctx, c: Chunk): boolean {
  const s = (ctx.keys[c.index] ?? '');
  if (PLACES.has(s)) return true;
  const ts = c.stemTokens;
  return ts.length === 1 && ts[0]?.semanticClass === '지명';
}

/** Whether a name is a generic phrase (정부기관, 시민 단체) rather than one organization. */
export function isGenericName(name: string): boolean {
  return GENERIC_PHRASES.has(squash(name));
}

/** Whether `ch` is an ASCII letter or digit. */
export function isLatinChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isLatinCode(ch.charCodeAt(0));
}

/** Whether UTF-16 code `c` is an ASCII letter or digit. */
export function isLatinCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether `s` holds Hangul. */
export function hasHangul(s: string): boolean {
  return /[\uac00-\ud7a3]/u.test(s);
}

/** Characters that never start or end a name: a byline's separators and list marks (`스포츠서울 |`), and spaces. */
const EDGE_MARKS = ' \t\n\u00a0\u3000|｜/·ㆍ・-–—';

/** `name` without separators and list marks at its edges (`스포츠서울 |` → `스포츠서울`). */
export function trimName(name: string): string {
  let a = 0;
  let b = name.length;
  while (a < b && EDGE_MARKS.includes(name.charAt(a))) a++;
  while (b > a && EDGE_MARKS.includes(name.charAt(b - 1))) b--;
  return a === 0 && b === name.length ? name : name.slice(a, b);
}
