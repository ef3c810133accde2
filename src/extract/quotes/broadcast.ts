/**
 * Broadcast transcripts (KBS, MBC, SBS and YTN style): labels that say who speaks the quote
 * after them — `[녹취: 관광객]`, `[인터뷰: 홍길순 / 제주대 관광경영학과 교수]`, `[인터뷰] 홍길순/제주대
 * 교수 : "…"`, `◀ 인터뷰 ▶ 홍길순/제주대 교수`, YTN's `[홍길순 / 제주대 교수 : …]` — labels of
 * sound nobody in particular speaks (`[현장음]`) and of the anchor's and reporter's own words
 * (`[앵커]`, `[리포트]`, `[기자]`), and a line that introduces the next speaker without quoting
 * them (`30년째 이곳에서 횟집을 운영하는 김정순 씨.`).
 */
import type { Doc } from '../../doc';
import type { ParagraphInfo } from '../../text/structure';
import type { Discourse } from './discourse';
import { BROADCAST } from './lexicon';
import { analyzePhrase, phraseStart, wordItem, type Item } from './phrase';
import { plain, resolvePhrase } from './resolve';
import type { Attribution } from './subject';
import { isVerbal, wordsIn } from './words';

/** What a label at the start of a paragraph says. */
export interface Label {
  kind: 'speaker' | 'ambient' | 'narration';
  /** The speaker's description (`홍길순 / 제주대 교수`, `관광객`), or null when the label names no one. */
  spec: { start: number; end: number } | null;
  /** Where the paragraph's own text starts after the label (and its speaker and colon). */
  textStart: number;
  /** Words after the speaker's colon with no quote marks (YTN: `[홍길순 / 제주대 교수 : 올해 …]`). */
  unmarked: { start: number; end: number } | null;
}

const MAX_LABEL = 120;
const QUOTE_OPENERS = /["“”'‘「『]/u;

/** The label a paragraph opens with, or null. */
export function labelOf(doc: Doc, p: ParagraphInfo): Label | null {
  const text = doc.text;
  let at = p.textStart;
  while (at < p.end && text.charCodeAt(at) === 32) at++;
  const close = BROADCAST.brackets.get(text[at] ?? '');
  if (!close) return null;
  const closeAt = text.indexOf(close, at + 1);
  if (closeAt < 0 || closeAt >= p.end || closeAt - at > MAX_LABEL) return null;
  const innerStart = at + 1;
  const innerEnd = closeAt;
  const inner = text.slice(innerStart, innerEnd);
  const colon = colonIn(inner);
  const after = skipSpaces(text, closeAt + 1, p.end);

  if (colon >= 0) {
    const name = inner.slice(0, colon).trim().toLowerCase();
    const spec = trimRange(text, innerStart + colon + 1, innerEnd);
    if (BROADCAST.speaker.has(name) || BROADCAST.ambient.has(name)) {
      return { kind: spec ? 'speaker' : BROADCAST.ambient.has(name) ? 'ambient' : 'speaker', spec, textStart: after, unmarked: null };
    }
    if (BROADCAST.narration.has(name)) return { kind: 'narration', spec: null, textStart: innerStart + colon + 1, unmarked: null };
    // YTN / SBS: [홍길순 / 제주대 교수 : 관광 정책의 …] — a speaker, a colon and the words spoken
    const who = trimRange(text, innerStart, innerStart + colon);
    if (!who || !looksLikeSpec(text.slice(who.start, who.end))) return null;
    const said = trimRange(text, innerStart + colon + 1, innerEnd);
    if (!said) return null;
    const marked = QUOTE_OPENERS.test(text[said.start] ?? '');
    return { kind: 'speaker', spec: who, textStart: said.start, unmarked: marked ? null : said };
  }

  const name = inner.trim().toLowerCase();
  if (BROADCAST.ambient.has(name)) return { kind: 'ambient', spec: null, textStart: after, unmarked: null };
  if (BROADCAST.speaker.has(name)) {
    // [인터뷰] 홍길순/제주대 교수 : "…" — or ◀ 인터뷰 ▶ 홍길순/제주대 교수 on a line of its own
    const rest = text.slice(after, p.end);
    const c = colonIn(rest);
    const q = rest.search(QUOTE_OPENERS);
    if (c >= 0 && (q < 0 || c < q)) {
      const spec = trimRange(text, after, after + c);
      return { kind: 'speaker', spec, textStart: skipSpaces(text, after + c + 1, p.end), unmarked: null };
    }
    if (q < 0 && rest.trim() && looksLikeSpec(rest.trim())) {
      return { kind: 'speaker', spec: trimRange(text, after, p.end), textStart: p.end, unmarked: null };
    }
    return { kind: 'speaker', spec: null, textStart: after, unmarked: null };
  }
  if (BROADCAST.narration.has(name)) return { kind: 'narration', spec: null, textStart: after, unmarked: null };
  // [홍길순 / 제주대 교수] on a line of its own
  if (inner.includes('/') && looksLikeSpec(inner.trim())) {
    return { kind: 'speaker', spec: trimRange(text, innerStart, innerEnd), textStart: after, unmarked: null };
  }
  return null;
}

/** The speaker a label's description names: `홍길순 / 제주대 교수` (name / role), `정민호 박사`, `관광객`. */
export function labelSpeaker(doc: Doc, d: Discourse, spec: { start: number; end: number }): Attribution | null {
  const text = doc.text;
  const slash = text.indexOf('/', spec.start);
  const left = slash >= 0 && slash < spec.end ? trimRange(text, spec.start, slash) : spec;
  const right = slash >= 0 && slash < spec.end ? trimRange(text, slash + 1, spec.end) : null;
  if (!left) return null;
  const items = wordsIn(doc, left.start, left.end).map(wordItem);
  if (items.length === 0) return null;
  const role = right ? slashesToSpaces(text.slice(right.start, right.end)) : null;
  const ph = analyzePhrase(items, 0, items.length - 1);
  const mention = { start: left.start, end: left.end };
  const evidence = ['speaker:sound-bite'];
  if (ph.kind === 'person' && ph.name) {
    if (role) {
      // name / role: the role is the part after the slash
      const known = d.findPerson(ph.name, spec.start)?.speaker ?? null;
      const s = known ?? d.person(ph.name, role, ph.title, left.start, null);
      if (!s.role) s.role = role;
      return { speaker: s, via: known ? 'context' : 'explicit', mention, evidence: [...ph.evidence, ...evidence], phraseEnd: -1 };
    }
    const r = resolvePhrase(d, ph);
    if (r) return { ...r, mention, evidence: [...r.evidence, ...evidence], phraseEnd: -1 };
  }
  if (ph.kind !== 'other' && ph.kind !== 'unnamed') {
    const r = resolvePhrase(d, ph);
    if (r) return { ...r, mention, evidence: [...r.evidence, ...evidence], phraseEnd: -1 };
  }
  // a descriptor: 관광객, 시민, 인근 상인 — an unnamed source
  const name = text.slice(left.start, left.end);
  const s = d.unnamedSource({ ...plain(name, 'unnamed', role), personLike: true, title: ph.head || null }, left.start);
  return { speaker: s, via: 'explicit', mention, evidence: [...evidence, 'speaker:unnamed-source'], phraseEnd: -1 };
}

/**
 * A line that introduces the next speaker without quoting them: a noun phrase ending in a full
 * stop with no predicate (`30년째 이곳에서 횟집을 운영하는 김정순 씨.`, `제주대 관광경영학과 홍길순
 * 교수.`). Returns the speaker it introduces, or null.
 */
export function introSpeaker(d: Discourse, items: readonly Item[]): Attribution | null {
  const n = items.length;
  if (n === 0 || n > 14) return null;
  const last = items[n - 1]!;
  if (last.kind !== 'word' || !/[가-힣)]\.$/u.test(last.w.text)) return null;
  if (last.parts.role !== 'none' || isVerbal(last.w, last.parts)) return null;
  for (const it of items) if (it.kind !== 'word') return null;
  const first = phraseStart(items, n - 1, 0);
  const ph = analyzePhrase(items, first, n - 1);
  if (ph.kind !== 'person' && ph.kind !== 'unnamed') return null;
  const r = resolvePhrase(d, ph);
  if (!r || !r.speaker.personLike) return null;
  return { ...r, evidence: [...r.evidence, 'speaker:intro-line'], phraseEnd: -1 };
}

/** Whether text reads as a speaker's description: a few words, or name / role. */
function looksLikeSpec(s: string): boolean {
  if (!s || s.length > 60 || QUOTE_OPENERS.test(s)) return false;
  const words = s.split(/\s+/u).filter((w) => w !== '/').length;
  if (s.includes('/')) return words <= 10;
  return words <= 4 && /[가-힣]$/u.test(s);
}

/**
 * `제주대 / 관광경영학과 교수` → `제주대 관광경영학과 교수`: each slash, with the spaces around it, as
 * one space (split and trimmed: the regex `\s*\/\s*` backtracks on a long run of spaces).
 */
function slashesToSpaces(s: string): string {
  if (!s.includes('/')) return s;
  const parts = s.split('/');
  return parts.map((p, i) => (i === 0 ? p.trimEnd() : i === parts.length - 1 ? p.trimStart() : p.trim())).join(' ');
}

function colonIn(s: string): number {
  const a = s.indexOf(':');
  const b = s.indexOf('：');
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

function trimRange(text: string, from: number, to: number): { start: number; end: number } | null {
  let s = from;
  let e = to;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}
