/**
 * Quote marks: pairs of “ ”, " ", 「 」, 『 』, « » and ‘ ’ in each paragraph, with the broken marks
 * real articles have — a doubled opening mark (““), a closing mark used to open (…”해킹 이용해 핵
 * 개발”), a mark left open, a quote that runs over a paragraph end. Each repair is named in the
 * quote's evidence and reported as a warning with the original offset.
 */
import { toSpan, type Doc } from '../../doc';
import type { ParagraphInfo } from '../../text/structure';
import { QUOTATIVE_START } from './lexicon';
import { stripTrailing } from './punct';
import { matchKoreanVerb } from './verbs';

export type MarkStyle = 'double' | 'single' | 'corner';

/** A quoted stretch of text, in normalized offsets. */
export interface QuoteSpan {
  /** Offset of the opening mark, -1 when the quote has none (the rest of a quote from the previous paragraph). */
  open: number;
  /** Offset of the closing mark, -1 when the quote was recovered without one. */
  close: number;
  /** The words inside the marks. */
  start: number;
  end: number;
  style: MarkStyle;
  paragraph: number;
  /** Whether another quote lies around this one (‘한국AI협회’ inside “…”). */
  nested: boolean;
  /** The quote goes on in the next paragraph. */
  continues: boolean;
  /** The quote began in the previous paragraph. */
  continued: boolean;
  evidence: string[];
}

const OPEN: Readonly<Record<string, { style: MarkStyle; close: string }>> = {
  '“': { style: 'double', close: '”' },
  '「': { style: 'corner', close: '」' },
  '『': { style: 'corner', close: '』' },
  '«': { style: 'corner', close: '»' },
  '‘': { style: 'single', close: '’' },
};
const CLOSERS: ReadonlySet<string> = new Set(['”', '」', '』', '»', '’']);
/** 1 for every code unit that is a quote mark of some kind: the scan skips everything else. */
const MARK_CODES: Uint8Array = (() => {
  const a = new Uint8Array(65536);
  for (const c of ['"', "'", ...Object.keys(OPEN), ...CLOSERS]) a[c.charCodeAt(0)] = 1;
  return a;
})();
const STYLE_EVIDENCE: Record<MarkStyle, string> = { double: 'quote:curly', single: 'quote:single', corner: 'quote:corner' };

interface Opener {
  pos: number;
  char: string;
  close: string;
  style: MarkStyle;
  evidence: string[];
}

/** Every quoted stretch in the paragraphs of `doc`, in document order; warnings go to `doc.warnings`. */
export function findQuoteSpans(doc: Doc): QuoteSpan[] {
  const paragraphs = doc.structure.paragraphs;
  const perParagraph: Array<{ spans: QuoteSpan[]; open: Opener[]; strayClosers: number[] }> = [];
  paragraphs.forEach((p, k) => perParagraph.push(scanParagraph(doc, p, k)));

  const out: QuoteSpan[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const cur = perParagraph[k]!;
    const p = paragraphs[k]!;
    for (const o of cur.open) {
      const next = perParagraph[k + 1];
      const np = paragraphs[k + 1];
      const end = trimEnd(doc.text, p.textStart, p.end);
      if (o.style !== 'single' && next && np && np.role === 'body' && k + 1 < paragraphs.length) {
        // the quote goes on in the next paragraph: reopened there (“… ¶ “…”) or closed there (“… ¶ …”)
        const reopens = doc.text[firstNonSpace(doc.text, np.textStart, np.end)] === o.char;
        const closer = next.strayClosers.find((c) => doc.text[c] === o.close);
        if (reopens || closer !== undefined) {
          warn(doc, 'quote runs over a paragraph end', o.pos);
          out.push(span(o, o.pos + 1, end, k, [...o.evidence, 'quote:paragraph-run'], { continues: true }));
          if (!reopens && closer !== undefined) {
            next.strayClosers = next.strayClosers.filter((c) => c !== closer);
            next.spans.push(span(o, np.textStart, closer, k + 1, [...o.evidence, 'quote:paragraph-run'], { continued: true, open: -1, close: closer }));
          }
          continue;
        }
      }
      const recovered = o.style === 'single' ? null : recoverEnd(doc, o.pos + 1, end);
      if (recovered !== null) {
        warn(doc, 'unclosed quote mark', o.pos);
        out.push(span(o, o.pos + 1, recovered, k, [...o.evidence, 'quote:unclosed-recovered'], { close: -1 }));
      } else if (o.style !== 'single' && firstNonSpace(doc.text, p.textStart, p.end) === o.pos) {
        // a paragraph that is one quote whose closing mark is missing
        warn(doc, 'unclosed quote mark', o.pos);
        out.push(span(o, o.pos + 1, end, k, [...o.evidence, 'quote:unclosed-paragraph'], { close: -1 }));
      } else {
        warn(doc, 'unbalanced quote mark', o.pos);
      }
    }
    for (const c of cur.strayClosers) if (doc.text[c] !== '’') warn(doc, 'unbalanced quote mark', c);
    out.push(...cur.spans);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  markNested(out);
  return out.filter((q) => q.end > q.start);
}

function span(
  o: Opener,
  start: number,
  end: number,
  paragraph: number,
  evidence: string[],
  extra: Partial<QuoteSpan> = {},
): QuoteSpan {
  return {
    open: o.pos,
    close: -1,
    start,
    end,
    style: o.style,
    paragraph,
    nested: false,
    continues: false,
    continued: false,
    evidence,
    ...extra,
  };
}

function scanParagraph(doc: Doc, p: ParagraphInfo, k: number): { spans: QuoteSpan[]; open: Opener[]; strayClosers: number[] } {
  const text = doc.text;
  const straightSingles = doc.language !== 'en'; // in English ' is mostly an apostrophe
  const spans: QuoteSpan[] = [];
  const stack: Opener[] = [];
  const strayClosers: number[] = [];
  let pendingDoubled = false;
  let lastClosedAt = -1;
  for (let i = p.textStart; i < p.end; i++) {
    if (MARK_CODES[text.charCodeAt(i)] !== 1) continue;
    const ch = text[i] as string;
    if (ch === "'" && straightSingles) {
      // straight single marks toggle too ('…'라고 말했다), except as an apostrophe between letters
      if (isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(i + 1))) continue;
      let s = -1;
      for (let j = stack.length - 1; j >= 0; j--) {
        if (stack[j]!.char === "'") {
          s = j;
          break;
        }
      }
      if (s >= 0) close(stack, s, i, spans, k);
      else stack.push({ pos: i, char: "'", close: "'", style: 'single', evidence: ['quote:straight-single'] });
      continue;
    }
    if (ch === '"') {
      // a doubled opening mark (…라며 ""국민의힘은 …"고): the first is a slip, repaired like ““
      const open = lastDouble(stack);
      if ((open < 0 || stack[open]!.char !== '"') && text[i + 1] === '"' && startsWord(text, i, p.end) && i + 2 < p.end && !isSpaceCode(text.charCodeAt(i + 2)) && text[i + 2] !== '"') {
        warn(doc, 'doubled opening quote mark', i);
        pendingDoubled = true;
        continue;
      }
      // a doubled closing mark (…있다""고): the second closes nothing
      if (text[i - 1] === '"' && lastClosedAt === i - 1) {
        warn(doc, 'doubled closing quote mark', i);
        continue;
      }
      // straight marks toggle; one also closes an open “ (mixed marks)
      const top = lastDouble(stack);
      if (top >= 0 && (stack[top]!.char === '"' || !startsWord(text, i, p.end))) {
        close(stack, top, i, spans, k);
        lastClosedAt = i;
      } else {
        stack.push({ pos: i, char: '"', close: '"', style: 'double', evidence: ['quote:straight', ...(pendingDoubled ? ['quote:doubled-open'] : [])] });
        pendingDoubled = false;
      }
      continue;
    }
    const opener = OPEN[ch];
    if (opener) {
      if (ch === '“' && text[i + 1] === '“') {
        warn(doc, 'doubled opening quote mark', i);
        pendingDoubled = true;
        continue;
      }
      stack.push({ pos: i, char: ch, close: opener.close, style: opener.style, evidence: [STYLE_EVIDENCE[opener.style], ...(pendingDoubled ? ['quote:doubled-open'] : [])] });
      pendingDoubled = false;
      continue;
    }
    if (!CLOSERS.has(ch)) continue;
    if (ch === '’' && isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(i + 1))) continue; // apostrophe
    let found = -1;
    for (let s = stack.length - 1; s >= 0; s--) {
      if (stack[s]!.close === ch || (ch === '”' && stack[s]!.char === '"')) {
        found = s;
        break;
      }
    }
    if (found >= 0) {
      if (ch === '”' && text[i + 1] === '”') warn(doc, 'doubled closing quote mark', i + 1);
      close(stack, found, i, spans, k);
      continue;
    }
    if (ch === '”' && text[i - 1] === '”') continue; // the second of a doubled closing mark
    if (ch === '”' && opensHere(text, i, p)) {
      // a closing mark written where an opening one belongs: …”해킹 이용해 핵 개발”
      warn(doc, 'closing quote mark used as opening mark', i);
      stack.push({ pos: i, char: '“', close: '”', style: 'double', evidence: ['quote:curly', 'quote:closer-as-opener'] });
      continue;
    }
    strayClosers.push(i);
  }
  return { spans, open: stack, strayClosers };
}

function close(stack: Opener[], s: number, i: number, spans: QuoteSpan[], k: number): void {
  const o = stack[s]!;
  spans.push(span(o, o.pos + 1, i, k, o.evidence, { close: i }));
  stack.length = s; // openers left inside are unclosed marks within the quote: dropped with it
}

function lastDouble(stack: Opener[]): number {
  for (let s = stack.length - 1; s >= 0; s--) if (stack[s]!.style === 'double') return s;
  return -1;
}

/** Whether position `i` starts a word: a straight mark followed by a letter and preceded by a space or start. */
function startsWord(text: string, i: number, end: number): boolean {
  const before = i === 0 ? 32 : text.charCodeAt(i - 1);
  const after = i + 1 < end ? text.charCodeAt(i + 1) : 32;
  return (before === 32 || before === 10 || before === 40 || before === 0x2026) && after !== 32 && after !== 10;
}

/** A closing mark that stands where an opening one would: after a space or …, before a word, with another ” later. */
function opensHere(text: string, i: number, p: ParagraphInfo): boolean {
  const before = i === p.textStart ? 32 : text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  const beforeOk = before === 32 || before === 0x2026 || before === 46 || before === 44 || i === p.textStart;
  const afterOk = i + 1 < p.end && after !== 32 && !isQuoteParticleStart(text, i + 1);
  return beforeOk && afterOk && text.indexOf('”', i + 1) > i && text.indexOf('”', i + 1) < p.end;
}

function isQuoteParticleStart(text: string, i: number): boolean {
  return QUOTATIVE_START.test(text.slice(i, i + 4));
}

/** How far a quote whose closing mark is missing is followed (characters). */
const MAX_RECOVERY_CHARS = 1500;

/**
 * Where a quote whose closing mark is missing ends: before the quotative ending of the first
 * `…다고 말했다` / `…라고 밝혔다` / `…라며` in the paragraph (`그는 “좋다고 말했다.` → `좋다`), or null.
 */
function recoverEnd(doc: Doc, from: number, to: number): number | null {
  const text = doc.text;
  const words: Array<{ start: number; end: number; text: string }> = [];
  for (const m of text.slice(from, Math.min(to, from + MAX_RECOVERY_CHARS)).matchAll(/\S+/gu)) {
    words.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length, text: m[0] });
  }
  const texts = words.map((w) => w.text);
  for (let j = 0; j + 1 < words.length; j++) {
    const w = stripTrailing(words[j]!.text, ',.');
    const cut = quotativeCut(w);
    if (cut === null) continue;
    const verb = matchKoreanVerb(texts, j + 1);
    if (!verb || verb.weak) continue;
    return words[j]!.start + cut;
  }
  return null;
}

/** How much of a word stays in the quote when it ends with a quotative (했다고 → 했다, 것이라고 → 것). */
function quotativeCut(w: string): number | null {
  for (const [suffix, keep] of [['이라고', 0], ['이라며', 0], ['라고', 0], ['라며', 0], ['다고', 1], ['다며', 1], ['다면서', 1]] as const) {
    if (w.length > suffix.length && w.endsWith(suffix)) return w.length - suffix.length + keep;
  }
  return null;
}

function markNested(spans: QuoteSpan[]): void {
  // spans are sorted by start, longer first: a span inside the one before it (or the one that holds that) is nested
  const open: QuoteSpan[] = [];
  for (const s of spans) {
    while (open.length > 0 && open[open.length - 1]!.end <= s.start) open.pop();
    if (open.length > 0) s.nested = true;
    open.push(s);
  }
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/u.test(text[i] as string)) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && /\s/u.test(text[e - 1] as string)) e--;
  return e;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const WARNED = new WeakMap<Doc, Set<string>>();

function warn(doc: Doc, what: string, i: number): void {
  const msg = `${what} at ${toSpan(doc, i, i + 1).start}`;
  let seen = WARNED.get(doc);
  if (!seen) {
    seen = new Set(doc.warnings);
    WARNED.set(doc, seen);
  }
  if (seen.has(msg)) return;
  seen.add(msg);
  doc.warnings.push(msg);
}
