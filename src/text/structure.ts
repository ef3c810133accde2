/**
 * The structure of a news article: title, deck lines, byline, dateline, in-body headings,
 * paragraphs. Works on the normalized text and returns ranges into it.
 */
import {
  BYLINE_PATTERNS,
  DATELINE_PATTERNS,
  HEADING_EXCLUDE,
  HEADLINE_MARKS,
  BROADCAST_LABEL,
  SIGNOFF_PATTERNS,

} from '../lexicon/structure';
import { KOREAN_SENTENCE_FINAL_SYLLABLES } from '../lexicon/punctuation';
import type { Range } from './sentences';

export type ParagraphRole = 'title' | 'deck' | 'byline' | 'heading' | 'body' | 'signoff';

export interface ParagraphInfo extends Range {
  role: ParagraphRole;
  /** Where the paragraph's own text starts (after a byline prefix such as `[디지털데일리 홍길동 기자]`). */
  textStart: number;
}

export interface BylineInfo extends Range {
  publisher: string | null;
  reporter: string | null;
  /** Which pattern matched. */
  rule: string;
}

export interface StructureInfo {
  title: Range | null;
  deck: Range[];
  byline: BylineInfo | null;
  dateline: Range | null;
  headings: Range[];
  paragraphs: ParagraphInfo[];
}

/** Lines longer than this are never a title, deck line or heading. */
const MAX_FRONT_LINE = 200;
const MAX_HEADING = 60;
const MAX_FRONT_LINES = 5;

/** Find the parts of an article in `text` (already normalized). */
export function detectStructure(text: string): StructureInfo {
  const lines = splitLines(text);
  const paragraphs: ParagraphInfo[] = lines.map((l) => ({ ...l, role: 'body', textStart: l.start }));
  const result: StructureInfo = { title: null, deck: [], byline: null, dateline: null, headings: [], paragraphs };
  if (paragraphs.length === 0) return result;

  // byline: at the start of a paragraph near the top, or as the last line(s)
  let leadIndex = -1;
  for (let k = 0; k < Math.min(paragraphs.length, MAX_FRONT_LINES + 2); k++) {
    const p = paragraphs[k] as ParagraphInfo;
    const b = matchByline(text, p);
    if (b) {
      result.byline = b;
      if (b.end >= trimmedEnd(text, p)) p.role = 'byline';
      else p.textStart = skipSpaceAndDelims(text, b.end, p.end);
      leadIndex = p.role === 'byline' ? k + 1 : k;
      break;
    }
  }
  if (!result.byline) {
    for (let k = paragraphs.length - 1; k >= Math.max(0, paragraphs.length - 2); k--) {
      const p = paragraphs[k] as ParagraphInfo;
      const s = matchSignoff(text, p);
      if (s) {
        result.byline = s;
        p.role = 'signoff';
        break;
      }
    }
  }

  // lead: the first body-like paragraph; the short lines before it are title and deck
  if (leadIndex < 0) leadIndex = paragraphs.findIndex((p) => p.role === 'body' && isBodyLike(text, p));
  if (leadIndex < 0) leadIndex = 0;
  // broadcast labels ([앵커], ◀ 리포트 ▶) are neither headline nor deck
  const front = paragraphs.slice(0, leadIndex).filter((p) => p.role === 'body' && !BROADCAST_LABEL.test(text.slice(p.start, p.end)));
  if (front.length > 0 && front.length <= MAX_FRONT_LINES && front.every((p) => p.end - p.start <= MAX_FRONT_LINE)) {
    const first = front[0] as ParagraphInfo;
    const separated = front.length === 1 || /\n[ \t]*\n/.test(text.slice(first.end, (front[1] as ParagraphInfo).start));
    // a Korean headline joins its clauses with an ellipsis or quotes a phrase; a deck line rarely does
    const headlineShaped = HEADLINE_MARKS.test(text.slice(first.start, first.end));
    if (separated || headlineShaped) {
      first.role = 'title';
      result.title = { start: first.start, end: first.end };
      for (const p of front.slice(1)) p.role = 'deck';
    } else {
      // several contiguous short lines: the headline was not part of the text, these are the deck
      for (const p of front) p.role = 'deck';
    }
    result.deck = front.filter((p) => p.role === 'deck').map((p) => ({ start: p.start, end: p.end }));
  }

  // dateline in the lead
  const lead = paragraphs[leadIndex];
  if (lead) result.dateline = matchDateline(text, lead, result.byline);

  // in-body headings: short lines without a sentence ending, between body paragraphs
  for (let k = leadIndex + 1; k < paragraphs.length - 1; k++) {
    const p = paragraphs[k] as ParagraphInfo;
    if (p.role !== 'body') continue;
    const next = paragraphs[k + 1] as ParagraphInfo;
    if (next.role !== 'body') continue;
    if (isHeading(text, p)) {
      p.role = 'heading';
      result.headings.push({ start: p.start, end: p.end });
    }
  }
  return result;
}

/** Non-empty lines, trimmed. */
export function splitLines(text: string): Range[] {
  const out: Range[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = n;
    let s = i;
    let e = j;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    i = j + 1;
  }
  return out;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}

function trimmedEnd(text: string, p: Range): number {
  let e = p.end;
  while (e > p.start && /[\s=]/.test(text[e - 1] as string)) e--;
  return e;
}

function skipSpaceAndDelims(text: string, i: number, end: number): number {
  while (i < end && /[\s=]/.test(text[i] as string)) i++;
  return i;
}

function matchByline(text: string, p: Range): BylineInfo | null {
  const line = text.slice(p.start, p.end);
  for (const pat of BYLINE_PATTERNS) {
    const m = pat.re.exec(line);
    if (!m || m.index !== 0) continue;
    let publisher = pat.publisher ? (m.groups?.[pat.publisher] ?? null) : null;
    const reporter = pat.reporter ? (m.groups?.[pat.reporter] ?? null) : null;
    // 【베이징=홍길동 특파원】: before = stands the correspondent's city, not the publisher
    if (pat.name === 'bracket-eq' && /특파원|통신원/.test(m[0])) publisher = null;
    // [스포츠서울 | 홍길동 기자]: separators at the edges are not part of the name
    if (publisher) publisher = trimSeparators(publisher);
    return {
      start: p.start,
      end: p.start + m[0].length,
      publisher: publisher ? publisher.trim() || null : null,
      reporter: reporter ? reporter.trim() || null : null,
      rule: pat.name,
    };
  }
  return null;
}

/** A name without separators and spaces at its edges (`스포츠서울 |` → `스포츠서울`). */
function trimSeparators(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && ' \t|/·-'.includes(s[a] as string)) a++;
  while (b > a && ' \t|/·-'.includes(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

function matchSignoff(text: string, p: Range): BylineInfo | null {
  const line = text.slice(p.start, p.end);
  for (const pat of SIGNOFF_PATTERNS) {
    const m = pat.re.exec(line);
    if (!m) continue;
    const publisher = pat.publisher ? (m.groups?.[pat.publisher] ?? null) : null;
    const reporter = pat.reporter ? (m.groups?.[pat.reporter] ?? null) : null;
    return {
      start: p.start + m.index,
      end: p.start + m.index + m[0].length,
      publisher: publisher ? publisher.trim() || null : null,
      reporter: reporter ? reporter.trim() || null : null,
      rule: pat.name,
    };
  }
  return null;
}

function matchDateline(text: string, lead: ParagraphInfo, byline: BylineInfo | null): Range | null {
  const from = lead.textStart;
  const window = text.slice(from, Math.min(lead.end, from + 200));
  for (const re of DATELINE_PATTERNS) {
    const m = re.exec(window);
    if (m) return { start: from + m.index, end: from + m.index + m[0].length };
  }
  if (byline && (byline.rule === 'wire-paren' || byline.rule === 'bracket-wire')) {
    // (서울=연합뉴스), [서울=뉴시스]: the place=agency part is the dateline
    const m = /^(?:\([^()=\n]{1,20}=[^()\n]{1,30}\)|\[[^[\]=\n]{1,20}=[^[\]\n]{1,30}\])/.exec(text.slice(byline.start, byline.end));
    if (m) return { start: byline.start, end: byline.start + m[0].length };
  }
  return null;
}

/** A paragraph that reads like running text: long, or ending a sentence. */
function isBodyLike(text: string, p: Range): boolean {
  const len = p.end - p.start;
  if (len > MAX_FRONT_LINE) return true;
  // a sentence ending (…했다. / …니다.) makes even a short line body text; deck lines are phrases
  return len >= 12 && endsSentence(text, p);
}

/** Whether the line ends like a sentence (`…했다.`, `…니다.`, `...said.`), quotes and brackets aside. */
export function endsSentence(text: string, p: Range): boolean {
  let e = p.end;
  while (e > p.start && /[”’"'」』)\]\s]/.test(text[e - 1] as string)) e--;
  const last = text[e - 1];
  if (last === undefined) return false;
  if (/[.!?。…？！]/.test(last)) {
    // a headline may end in an ellipsis: 변해야... — only a Korean ending makes it a sentence
    if (last === '…' || (last === '.' && text[e - 2] === '.')) return KOREAN_SENTENCE_FINAL_SYLLABLES.has(text[e - 4] ?? '') || KOREAN_SENTENCE_FINAL_SYLLABLES.has(text[e - 2] ?? '');
    return true;
  }
  return last === '다' || last === '요';
}

function isHeading(text: string, p: Range): boolean {
  const len = p.end - p.start;
  if (len > MAX_HEADING || len < 2) return false;
  if (endsSentence(text, p)) return false;
  const line = text.slice(p.start, p.end);
  if (HEADING_EXCLUDE.some((re) => re.test(line))) return false;
  // a heading is a phrase, not a fragment: at least two characters of letters
  return /[\p{L}]{2}/u.test(line);
}

