/**
 * Quotes and speakers in Korean news. One pass over the paragraphs in order: each sentence's
 * quotes get their frame (quotative ending + speech verb, `frame.ts`) and their speaker (the
 * subject of the reporting clause, `subject.ts`, resolved against what the article introduced,
 * `resolve.ts`); then what the sentence says about its people updates the discourse
 * (`context.ts`). Titles, decks and sound bites are in `headline.ts`.
 */
import { sentenceIndexAt, type Doc } from '../../doc';
import type { ParagraphInfo } from '../../text/structure';
import type { EntityIndex, QuoteAnnotation } from '../model';
import { registerMentions, updateTopic } from './context';
import { Discourse } from './discourse';
import { frameOf, type Frame } from './frame';
import { headlineQuote, soundBite } from './headline';
import { ANONYMOUS_PREDICATES, QUESTION_NOUNS, QUOTATIVE } from './lexicon';
import { findQuoteSpans, type QuoteSpan } from './marks';
import { wordItem, type Item } from './phrase';
import {
  accordingTo,
  attributionAt,
  attributionSentence,
  attributionTail,
  embeddedSubject,
  hasSubject,
  pickSubject,
  tailSubject,
  toSpeaker,
  zeroSubject,
  type Attribution,
} from './subject';
import { wordsIn } from './words';

/** Find the quotes of a Korean article with their speakers. */
export function extractKorean(doc: Doc, entities: EntityIndex): QuoteAnnotation[] {
  const spans = findQuoteSpans(doc).filter((q) => !q.nested);
  const d = new Discourse(entities);
  const out: QuoteAnnotation[] = [];
  const headlines: Array<{ items: Item[]; qi: number; q: QuoteSpan }> = [];

  const byParagraph = new Map<number, QuoteSpan[]>();
  for (const q of spans) {
    const list = byParagraph.get(q.paragraph) ?? [];
    list.push(q);
    byParagraph.set(q.paragraph, list);
  }

  doc.structure.paragraphs.forEach((p, k) => {
    if (p.role === 'byline' || p.role === 'signoff') return;
    const headline = p.role === 'title' || p.role === 'deck' || p.role === 'heading';
    const quotes = (byParagraph.get(k) ?? []).filter((q) => keepAsItem(doc, q, headline));
    const items = buildItems(doc, p, quotes);
    if (headline) {
      // a title names people the body refers to by surname or role (김도현 국토교통부 장관 후보자 “…”);
      // a deck line written as a sentence (…출범했다.) also sets the subject the body continues
      registerMentions(d, items, 0, items.length);
      if (p.role === 'deck' && /다[.]$/u.test(doc.text.slice(p.textStart, p.end).trim())) updateTopic(d, items, 0, items.length, false);
      items.forEach((it, qi) => {
        if (it.kind === 'quote') headlines.push({ items, qi, q: quotes[it.index]! });
      });
      return;
    }
    const bite = soundBite(doc, p, d);
    const sentences = sentenceRanges(items);
    sentences.forEach(([s0, s1], n) => {
      const next = sentences[n + 1];
      processSentence(doc, d, items, quotes, s0, s1, bite, next ? items.slice(next[0], next[1]) : [], out);
    });
  });

  for (const h of headlines) out.push(headlineQuote(doc, d, h.items, h.qi, h.q));
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Whether a quoted stretch is taken as a possible quote (scare quotes ‘…’ stay inside their words). */
function keepAsItem(doc: Doc, q: QuoteSpan, headline: boolean): boolean {
  if (q.style !== 'single') return true;
  if (q.close < 0) return false;
  const after = /^[^\s“”"‘’,.]{0,6}/u.exec(doc.text.slice(q.close + 1, q.close + 8))?.[0] ?? '';
  if (QUOTATIVE.say.has(after) || QUOTATIVE.chain.has(after)) return true;
  if (headline) {
    const inner = doc.text.slice(q.start, q.end).trim();
    return inner.split(/\s+/u).length >= 3 && /[다것요죠까야해]$/u.test(inner);
  }
  return false;
}

const MARKS_ONLY = /^[“”"‘’「」『』«»]+$/u;

/** The paragraph as words and quotes, in order. */
function buildItems(doc: Doc, p: ParagraphInfo, quotes: readonly QuoteSpan[]): Item[] {
  const items: Item[] = [];
  let cursor = p.textStart;
  const push = (from: number, to: number): void => {
    for (const w of wordsIn(doc, from, to)) if (!MARKS_ONLY.test(w.text)) items.push(wordItem(w));
  };
  quotes.forEach((q, index) => {
    const markStart = q.open >= 0 ? q.open : q.start;
    const markEnd = q.close >= 0 ? q.close + 1 : q.end;
    if (markStart < cursor) return;
    push(cursor, markStart);
    items.push({ kind: 'quote', index, start: markStart, end: markEnd });
    cursor = markEnd;
  });
  push(cursor, p.end);
  return items;
}

/** Sentences as item ranges: a word ending in `다.` `요?` and the like ends one. */
function sentenceRanges(items: readonly Item[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  items.forEach((it, k) => {
    if (it.kind === 'word' && /(?:[가-힣)]|^)[.?!]+$/u.test(it.w.text)) {
      out.push([from, k + 1]);
      from = k + 1;
    }
  });
  if (from < items.length) out.push([from, items.length]);
  return out;
}

/**
 * The quotes of one sentence (`items[s0..s1)`), in order: keep the real quotes, give each its
 * speaker — a sound bite's bracket, the chain's speaker, the reporting clause's subject, the
 * source of `X에 따르면`, a trailing attribution, or the previous sentence's subject — and then
 * let the sentence update the discourse.
 */
function processSentence(
  doc: Doc,
  d: Discourse,
  items: Item[],
  quotes: readonly QuoteSpan[],
  s0: number,
  s1: number,
  bite: { attribution: Attribution; used: boolean } | null,
  nextSentence: Item[],
  out: QuoteAnnotation[],
): void {
  registerMentions(d, items, s0, s1);
  const chain: { prev: { attribution: Attribution; frame: Frame } | null } = { prev: null };
  let quoted = false;
  for (let qi = s0; qi < s1; qi++) {
    const it = items[qi]!;
    if (it.kind !== 'quote') continue;
    const q = quotes[it.index]!;
    const frame = frameOf(items, qi, s1);
    const decision = decide(doc, items, qi, q, frame, s1, bite !== null);
    if (!decision) continue;

    let attribution: Attribution | null = null;
    if (bite && !bite.used && !hasSubject(d, items, s0, qi)) {
      attribution = bite.attribution;
      bite.used = true;
    } else if (chain.prev) {
      // later quotes of the sentence keep the speaker unless a new subject comes between
      const prev = chain.prev;
      attribution = pickSubject(d, items, prev.frame.after, qi, true);
      if (!attribution) attribution = { ...prev.attribution, evidence: [...prev.attribution.evidence, 'speaker:chain'], phraseEnd: -1 };
    } else if (anonymous(items, frame, s1) && !hasSubject(d, items, s0, qi)) {
      attribution = null;
    } else {
      attribution =
        pickSubject(d, items, s0, qi, false) ??
        (frame.kind === 'none' || frame.kind === 'nominal' ? attributionTail(d, items, frame.after, s1) : null) ??
        accordingTo(d, items, s0, qi) ??
        tailSubject(d, items, frame, s1) ??
        (frame.kind === 'none' ? attributionSentence(d, nextSentence) : null) ??
        zeroSubject(d, frame);
    }

    const partial = frame.kind === 'case' || (attribution ? embeddedSubject(items, attribution.phraseEnd, s0, qi) : false);
    const verbText = frame.verb ? doc.text.slice(frame.verb.start, frame.verb.end) : null;
    const evidence = [
      ...q.evidence,
      ...(frame.attachment ? [`frame:${frame.kind}:${frame.attachment}`] : []),
      ...(frame.verb ? [frame.verb.rule] : []),
      ...(attribution ? attribution.evidence : []),
      ...(partial ? ['kind:partial'] : []),
      ...decision.evidence,
    ];
    out.push({
      start: q.start,
      end: q.end,
      kind: partial ? 'partial' : 'direct',
      speaker: attribution ? toSpeaker(attribution) : null,
      verb: verbText,
      verbRange: frame.verb ? { start: frame.verb.start, end: frame.verb.end } : null,
      sentence: Math.max(0, sentenceIndexAt(doc, q.start)),
      evidence: [...new Set(evidence)],
    });
    quoted = true;
    if (attribution) {
      d.lastSpeaker = attribution.speaker;
      d.topic = attribution.speaker;
      if (attribution.speaker.personLike) d.lastPerson = attribution.speaker;
    }
    chain.prev = attribution ? { attribution, frame } : null;
  }
  updateTopic(d, items, s0, s1, quoted);
}

/** Whether the quote is a quote (not a scare quote around a term) and why. */
function decide(
  doc: Doc,
  items: readonly Item[],
  qi: number,
  q: QuoteSpan,
  frame: Frame,
  s1: number,
  soundBite: boolean,
): { evidence: string[] } | null {
  const inner = doc.text.slice(q.start, q.end).trim();
  const words = inner.split(/\s+/u).filter(Boolean).length;
  if (words === 0) return null;
  const verbNear = frame.verb !== null && frame.verb.first <= frame.after + 1;
  switch (frame.kind) {
    case 'say':
      if (q.style === 'single' && !frame.verb) return null;
      return frame.verb || words >= 3 ? { evidence: [] } : null;
    case 'chain':
      return q.style === 'single' && !frame.verb ? null : { evidence: [] };
    case 'nominal':
      if (q.style === 'single') return null;
      if (isQuestion(items, frame)) return null; // “…냐”는 질문에: asked of the speaker, not said by them
      if (frame.speechNoun || verbNear) return { evidence: frame.speechNoun ? ['frame:speech-noun'] : [] };
      return attributionAt(items, frame.after, s1) >= 0 ? { evidence: ['frame:attribution-noun'] } : null;
    case 'content':
      return verbNear && q.style !== 'single' ? { evidence: [] } : null;
    case 'case':
      // a fragment of three words or more inside reported speech; shorter ones are terms (“고위험 AI”에 대한)
      return frame.verb && !frame.verb.weak && words >= 3 && q.style !== 'single' ? { evidence: [] } : null;
    case 'none': {
      if (q.style === 'single') return null;
      if (soundBite) return { evidence: ['quote:sound-bite'] };
      const sentenceLike = words >= 3 && /[.?!…다요죠까]$/u.test(inner);
      if (sentenceLike) return { evidence: ['quote:standalone'] };
      // “…” 그는 말했다
      const v = frame.verb;
      return v && v.first <= qi + 3 && items.slice(qi + 1, v.first).some((x) => x.kind === 'word' && x.parts.role === 'topic') ? { evidence: [] } : null;
    }
    default:
      return q.style !== 'single' && words >= 3 && frame.verb ? { evidence: [] } : null;
  }
}

/** `“…”는 질문에`: a question put to the speaker. */
function isQuestion(items: readonly Item[], frame: Frame): boolean {
  const n = items[frame.after];
  return !!n && n.kind === 'word' && QUESTION_NOUNS.has(n.parts.stem);
}

/** `“…”는 지적도 나온다`, `“…”는 관측이 우세하다`: a speech noun whose clause names no one. */
function anonymous(items: readonly Item[], frame: Frame, s1: number): boolean {
  if (frame.kind !== 'nominal' || !frame.speechNoun) return false;
  const next = items[frame.after + 1];
  return !!next && next.kind === 'word' && frame.after + 1 < s1 && ANONYMOUS_PREDICATES.some((v) => next.w.text.startsWith(v));
}

