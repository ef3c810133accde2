/**
 * Critique: the sentences where an article criticises, doubts or counters its subject, and the
 * section they form.
 *
 * Every body sentence is scored (score.ts) with the cue families of critique-cues.json; a sentence
 * at or above the threshold is critique and lists the cues that fired. A quote introduced by a
 * critic verb (`…라고 비판했다`, the quotes component's `verb`) counts as a critic verb too. The
 * sentences are then gathered into a section (section.ts). Precision comes first: an article
 * without critique returns no sentences and `section: null`.
 */
import { paragraphIndexAt, type Doc } from '../../doc';
import type { Range } from '../../text/sentences';
import type { CritiqueAnnotation, QuoteAnnotation } from '../model';
import { ENGLISH, KOREAN, THRESHOLD } from './lexicon';
import { scoreSentence } from './score';
import { critiqueSection } from './section';

/**
 * Score the sentences of `doc` for critique and find the section they form. Offsets are
 * normalized-text offsets. Never throws; a language other than Korean or English gives nothing.
 */
export function extractCritique(doc: Doc, quotes: readonly QuoteAnnotation[]): CritiqueAnnotation {
  if (doc.language !== 'ko' && doc.language !== 'en') return { sentences: [], section: null };
  const cues = doc.language === 'ko' ? KOREAN : ENGLISH;
  const language = doc.language;
  const sentences: CritiqueAnnotation['sentences'] = [];
  let previousIsCritique = false;
  const quotesBySentence = new Map<number, QuoteAnnotation[]>();
  for (const q of quotes) {
    const list = quotesBySentence.get(q.sentence);
    if (list) list.push(q);
    else quotesBySentence.set(q.sentence, [q]);
  }

  doc.sentences.forEach((s, index) => {
    const paragraph = doc.structure.paragraphs[paragraphIndexAt(doc, s.start)];
    if (!paragraph || paragraph.role !== 'body') {
      previousIsCritique = false;
      return;
    }
    const here = quotesBySentence.get(index) ?? [];
    const scored = scoreSentence(doc.text.slice(s.start, s.end), cues, language, previousIsCritique);
    const criticQuote = here.find((q) => q.verb !== null && isCriticVerb(q.verb, language === 'en'));
    if (criticQuote && !scored.cues.some((c) => c.startsWith('critic:'))) {
      scored.score += cues.criticVerbs.weight;
      scored.cues.push(`critic-quote:${criticQuote.verb}`);
    }
    previousIsCritique = scored.score >= THRESHOLD;
    if (!previousIsCritique) return;

    const leadIn = leadInOf(doc, index, here);
    if (leadIn && !sentences.some((x) => x.start < leadIn.range.end && leadIn.range.start < x.end)) {
      sentences.push({ ...leadIn.range, cues: [`lead-in:${leadIn.speaker}`], score: THRESHOLD });
    }
    // a quote of several sentences: report the ones that carry the critique when they do alone
    const parts = innerSentences(doc.text, s)
      .map((r) => ({ ...r, ...scoreSentence(doc.text.slice(r.start, r.end), cues, language, false) }))
      .filter((r) => r.score >= THRESHOLD);
    if (parts.length > 0) sentences.push(...parts);
    else sentences.push({ start: s.start, end: s.end, cues: scored.cues, score: scored.score });
  });
  return { sentences, section: critiqueSection(doc, sentences) };
}

/**
 * A sound bite (`[녹취: 홍길동 교수] “…”`: a quote with no reporting verb) is introduced by the
 * sentence before it, which names the same speaker and sums up what they say (`홍길동 교수는 …
 * 변화를 예상했습니다.`): when the sound bite is critique, so is its lead-in.
 */
function leadInOf(doc: Doc, index: number, quotes: readonly QuoteAnnotation[]): { range: Range; speaker: string } | null {
  const bite = quotes.find((q) => q.verb === null && q.kind === 'direct' && q.speaker?.name);
  const prev = doc.sentences[index - 1];
  const here = doc.sentences[index];
  if (!bite?.speaker?.name || !prev || !here) return null;
  const p = doc.structure.paragraphs[paragraphIndexAt(doc, prev.start)];
  if (!p || p.role !== 'body' || paragraphIndexAt(doc, prev.start) === paragraphIndexAt(doc, here.start)) return null;
  return doc.text.slice(prev.start, prev.end).includes(bite.speaker.name) ? { range: { start: prev.start, end: prev.end }, speaker: bite.speaker.name } : null;
}

/**
 * The sentences inside a sentence that holds a quote of several (`[녹취: …] “A. B.”`): split after
 * a terminal mark followed by a space; a leading `[…]` label and the opening mark are left out.
 * Empty when there is only one.
 */
function innerSentences(text: string, s: Range): Range[] {
  const out: Range[] = [];
  let start = s.start;
  if (text[start] === '[') {
    const close = text.indexOf(']', start);
    if (close > 0 && close < s.end) start = close + 1;
  }
  while (start < s.end && /[\s“"]/.test(text[start] as string)) start++;
  for (let i = start; i < s.end - 1; i++) {
    if (/[.?!]/.test(text[i] as string) && text[i + 1] === ' ') {
      out.push({ start, end: i + 1 });
      start = i + 2;
    }
  }
  if (out.length === 0) return [];
  let end = s.end;
  while (end > start && /[\s”"]/.test(text[end - 1] as string)) end--;
  if (end > start) out.push({ start, end });
  return out;
}

function isCriticVerb(verb: string, english: boolean): boolean {
  const v = english ? verb.toLowerCase() : verb.replace(/\s+/g, '');
  return (english ? ENGLISH : KOREAN).criticVerbs.words.some((w) => v.includes(w));
}
