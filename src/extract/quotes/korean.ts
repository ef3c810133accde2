/**
 * Quotes and speakers in Korean news. One pass over the paragraphs in order: each sentence's
 * quotes get their frame (quotative ending + speech verb, `frame.ts`) and their speaker (the
 * subject of the reporting clause, `subject.ts`, resolved against what the article introduced,
 * `resolve.ts`); then what the sentence says about its people updates the discourse
 * (`context.ts`). Titles and decks are in `headline.ts`; broadcast labels, sound bites and the
 * lines that introduce a speaker in `broadcast.ts`.
 */
import { sentenceIndexAt, type Doc } from '../../doc';
import type { ParagraphInfo } from '../../text/structure';
import type { EntityIndex, QuoteAnnotation } from '../model';
import { introSpeaker, labelOf, labelSpeaker, type Label } from './broadcast';
import { registerMentions, updateTopic } from './context';
import { Discourse } from './discourse';
import { frameOf, type Frame } from './frame';
import { headlineQuote } from './headline';
import { ANONYMOUS_PREDICATES, EVALUATIONS, NAMING_VERBS, QUESTION_NOUNS, QUOTATIVE } from './lexicon';
import { findQuoteSpans, type QuoteSpan } from './marks';
import { wordItem, type Item } from './phrase';
import {
  accordingTo,
  attributionAt,
  attributionSentence,
  attributionTail,
  colonSpeaker,
  embeddedSubject,
  hasSubject,
  pickSubject,
  reportedSpeaker,
  tailSubject,
  toSpeaker,
  zeroSubject,
  type Attribution,
} from './subject';
import { wordsIn } from './words';

/** Find the quotes of a Korean article with their speakers. */
export function extractKorean(doc: Doc, entities: EntityIndex): QuoteAnnotation[] {
  const paragraphs = doc.structure.paragraphs;
  const d = new Discourse(entities, reporterNames(doc));
  const labels = paragraphs.map((p) => (p.role === 'byline' || p.role === 'signoff' || p.role === 'title' ? null : labelOf(doc, p)));
  const spans = [...findQuoteSpans(doc).filter((q) => !q.nested), ...unmarkedBites(labels)].sort((a, b) => a.start - b.start);
  // a transcript: sound-bite labels, or a reporter signing off (…KBS 뉴스 홍길동입니다); the reporter is nobody's voice
  const broadcast = labels.some((l) => l !== null) || paragraphs.some((p) => p.role === 'signoff' && /입니다[.]?\s*$/u.test(doc.text.slice(p.textStart, p.end)));
  const out: QuoteAnnotation[] = [];
  const headlines: Array<{ items: Item[]; qi: number; q: QuoteSpan; paragraph: number }> = [];

  const byParagraph = new Map<number, QuoteSpan[]>();
  for (const q of spans) {
    const list = byParagraph.get(q.paragraph) ?? [];
    list.push(q);
    byParagraph.set(q.paragraph, list);
  }

  // each paragraph as words and quotes, built once (a quote's frame may look into the next paragraph)
  const built: Array<{ quotes: QuoteSpan[]; items: Item[] } | undefined> = [];
  const paragraph = (k: number): { quotes: QuoteSpan[]; items: Item[] } => {
    let b = built[k];
    if (!b) {
      const p = paragraphs[k]!;
      const label = labels[k] ?? null;
      const headline = !label && (p.role === 'title' || p.role === 'deck' || p.role === 'heading');
      const quotes = (byParagraph.get(k) ?? []).filter((q) => keepAsItem(doc, q, headline));
      b = { quotes, items: buildItems(doc, p, quotes, label ? label.textStart : p.textStart) };
      built[k] = b;
    }
    return b;
  };
  /** The first sentence of the body paragraph after `k`, when it is short and names who spoke (“…” ¶ 김 씨의 말이다.). */
  const nextParagraphSentence = (k: number): SentenceRef | null => {
    const np = paragraphs[k + 1];
    if (!np || np.role !== 'body' || labels[k + 1]) return null;
    const { items } = paragraph(k + 1);
    const [first] = sentenceRanges(items);
    return first ? { items, from: first[0], to: first[1] } : null;
  };

  // who speaks the quote lines that follow a label or an introducing line
  let pending: { attribution: Attribution | null; intro: boolean } | null = null;
  paragraphs.forEach((p, k) => {
    if (p.role === 'byline' || p.role === 'signoff') return;
    const label = labels[k] ?? null;
    const headline = !label && (p.role === 'title' || p.role === 'deck' || p.role === 'heading');
    const { quotes, items } = paragraph(k);
    if (headline) {
      // a title names people the body refers to by surname or role (김도현 국토교통부 장관 후보자 “…”);
      // a deck line written as a sentence (…출범했다.) also sets the subject the body continues
      registerMentions(d, items, 0, items.length);
      if (p.role === 'deck' && /다[.]$/u.test(doc.text.slice(p.textStart, p.end).trim())) updateTopic(d, items, 0, items.length, false);
      items.forEach((it, qi) => {
        if (it.kind === 'quote') headlines.push({ items, qi, q: quotes[it.index]!, paragraph: k });
      });
      return;
    }
    let bite: Bite | null = null;
    if (label) {
      if (label.kind === 'narration') pending = null;
      else if (label.kind === 'ambient') pending = { attribution: null, intro: false };
      else {
        const named = label.spec ? labelSpeaker(doc, d, label.spec) : null;
        const attribution = named ?? (pending?.intro ? pending.attribution : null);
        pending = attribution || label.spec ? { attribution, intro: false } : null;
      }
      if (pending) bite = { attribution: pending.attribution, used: false };
    } else if (pending && items[0]?.kind === 'quote') {
      // a quote line under a label or an introducing line
      bite = { attribution: pending.attribution, used: false };
    } else {
      pending = null;
    }
    const topicBefore = d.topic;
    const sentences = sentenceRanges(items);
    sentences.forEach(([s0, s1], n) => {
      const next = sentences[n + 1];
      const following = next ? { items, from: next[0], to: next[1] } : quotes.length > 0 ? nextParagraphSentence(k) : null;
      processSentence({ doc, d, items, quotes, bite, broadcast, out }, s0, s1, following);
    });
    if (!label && !bite && quotes.length === 0) {
      const intro = introSpeaker(d, items);
      if (intro) pending = { attribution: intro, intro: true };
      // the reporter narrates: a later quote on its own no longer belongs to the last speaker
      if (broadcast && d.topic === topicBefore && items.length > 0) d.staleTopic = true;
    }
  });

  let lastHeadline: { paragraph: number; speaker: QuoteAnnotation['speaker'] } | null = null;
  for (const h of headlines) {
    const inherited = lastHeadline && lastHeadline.paragraph === h.paragraph ? lastHeadline.speaker : null;
    const a = headlineQuote(doc, d, h.items, h.qi, h.q, inherited);
    out.push(a);
    lastHeadline = { paragraph: h.paragraph, speaker: a.speaker };
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The sound bite a paragraph's quotes belong to: who speaks them (null: nobody in particular). */
interface Bite {
  attribution: Attribution | null;
  used: boolean;
}

/** A sentence as a range of a paragraph's items. */
interface SentenceRef {
  items: readonly Item[];
  from: number;
  to: number;
}

/** What one sentence's quotes are decided with. */
interface SentenceContext {
  doc: Doc;
  d: Discourse;
  items: Item[];
  quotes: readonly QuoteSpan[];
  bite: Bite | null;
  /** The article is a broadcast transcript. */
  broadcast: boolean;
  out: QuoteAnnotation[];
}

/** The words spoken in a label without quote marks (YTN: `[홍길순 / 제주대 교수 : 올해 …]`), as quote spans. */
function unmarkedBites(labels: ReadonlyArray<Label | null>): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  labels.forEach((l, k) => {
    if (!l?.unmarked) return;
    out.push({
      open: -1,
      close: -1,
      start: l.unmarked.start,
      end: l.unmarked.end,
      style: 'double',
      paragraph: k,
      nested: false,
      continues: false,
      continued: false,
      evidence: ['quote:sound-bite-unmarked'],
    });
  });
  return out;
}

/** The reporters the byline or sign-off names: never anyone's default speaker. */
function reporterNames(doc: Doc): string[] {
  const r = doc.structure.byline?.reporter;
  return r ? [r] : [];
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

const MARKS = new Set([...'“”"‘’「」『』«»'].map((c) => c.charCodeAt(0)));

/** Whether a word is nothing but quote marks (a mark standing apart from its words). */
function marksOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!MARKS.has(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** The paragraph from `from` on as words and quotes, in order. */
function buildItems(doc: Doc, p: ParagraphInfo, quotes: readonly QuoteSpan[], from: number): Item[] {
  const items: Item[] = [];
  let cursor = from;
  const push = (a: number, b: number): void => {
    for (const w of wordsIn(doc, a, b)) if (!marksOnly(w.text)) items.push(wordItem(w));
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
    if (it.kind === 'word' && endsSentence(it.w.text)) {
      out.push([from, k + 1]);
      from = k + 1;
    }
  });
  if (from < items.length) out.push([from, items.length]);
  return out;
}

/** A word that ends in . ? ! after a Hangul syllable or `)` (말했다. 무엇입니까?), or is only such marks. */
function endsSentence(text: string): boolean {
  let i = text.length;
  while (i > 0 && isStop(text.charCodeAt(i - 1))) i--;
  if (i === text.length) return false;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return (c >= 0xac00 && c <= 0xd7a3) || c === 41;
}

function isStop(c: number): boolean {
  return c === 46 || c === 63 || c === 33;
}

/**
 * The quotes of one sentence (`items[s0..s1)`), in order: keep the real quotes, give each its
 * speaker — a sound bite's bracket, the chain's speaker, the reporting clause's subject, the
 * source of `X에 따르면`, a trailing attribution, or the previous sentence's subject — and then
 * let the sentence update the discourse.
 */
function processSentence(ctx: SentenceContext, s0: number, s1: number, nextSentence: SentenceRef | null): void {
  const { doc, d, items, quotes, bite, out } = ctx;
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
    const colon = colonSpeaker(d, items, s0, qi);
    if (bite && !bite.used && !hasSubject(d, items, s0, qi)) {
      attribution = bite.attribution;
      bite.used = true;
    } else if (colon) {
      attribution = colon;
    } else if (chain.prev) {
      // later quotes of the sentence keep the speaker unless a new subject comes between
      const prev = chain.prev;
      attribution = pickSubject(d, items, prev.frame.after, qi, true);
      if (!attribution) attribution = { ...prev.attribution, evidence: [...prev.attribution.evidence, 'speaker:chain'], phraseEnd: -1 };
    } else if (anonymous(items, frame, s1) && !hasSubject(d, items, s0, qi)) {
      attribution = null;
    } else {
      attribution =
        reportedSpeaker(d, items, s0, qi, frame, s1) ??
        pickSubject(d, items, s0, qi, false) ??
        (frame.kind === 'none' || frame.kind === 'nominal' ? attributionTail(d, items, frame.after, s1) : null) ??
        accordingTo(d, items, s0, qi) ??
        tailSubject(d, items, frame, s1) ??
        (frame.kind === 'none' && nextSentence ? attributionSentence(d, nextSentence.items, nextSentence.from, nextSentence.to) : null) ??
        zeroSubject(d, frame, ctx.broadcast);
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
      if (frame.verb || words >= 3) return { evidence: [] };
      // “…가 먼저”라고: written right onto the mark, 라고 / 이라고 quote whatever the length — unless
      // a naming verb follows (“…”이라고 불리는)
      return QUOTATIVE.anyLength.has(frame.attachment) && frame.attachItem === qi + 1 && !naming(items, frame.after, s1) ? { evidence: ['frame:quotative'] } : null;
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
      if (!frame.verb || frame.verb.weak || q.style === 'single') return null;
      if (words >= 3) return { evidence: [] };
      // …는 “숫자 놀음”에 불과하다고 비판했다: a judgment the speaker reports, whatever its length
      return evaluation(items, frame) ? { evidence: ['frame:evaluation'] } : null;
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

/** `“…”이라고 불리는`: a verb that names follows the quotative (within two words). */
function naming(items: readonly Item[], from: number, s1: number): boolean {
  for (let k = from; k < Math.min(s1, from + 2); k++) {
    const it = items[k]!;
    if (it.kind === 'word' && NAMING_VERBS.test(it.w.text)) return true;
  }
  return false;
}

/** `“…”에 불과하다고 비판했다`: 에, a predicate of judgment, then the speech verb right after it. */
function evaluation(items: readonly Item[], frame: Frame): boolean {
  if (frame.attachment !== '에' || !frame.verb) return false;
  const n = items[frame.after];
  return !!n && n.kind === 'word' && EVALUATIONS.test(n.w.text) && frame.verb.first <= frame.after + 3;
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
  return !!next && next.kind === 'word' && frame.after + 1 < s1 && ANONYMOUS_PREDICATES.test(next.w.text);
}

