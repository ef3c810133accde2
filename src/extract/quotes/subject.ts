/**
 * Who speaks a quote: the subject of its reporting clause (the first topic 은/는/도 that can speak,
 * or a nominative 이/가 that is no relative or reported clause's subject), the source of `X에
 * 따르면`, a subject written after the quote, a trailing `X의 설명이다`, or — with no subject at all
 * — the subject the previous sentence had.
 */
import type { SpeakerVia } from '../../types';
import type { QuoteAnnotation } from '../model';
import type { Discourse } from './discourse';
import type { Frame } from './frame';
import { ACCORDING_TO, ATTRIBUTION_NOUNS, CONNECTIVES, MEDIA_NOUNS, NON_SUBJECT_NOUNS, PUBLISH_VERBS } from './lexicon';
import { analyzePhrase, itemTexts, phraseStart, type Item, type Phrase } from './phrase';
import { plain, resolvePhrase, type Resolved } from './resolve';
import { matchKoreanVerb } from './verbs';
import { isAdnominal, isAdverb, isVerbal } from './words';

/**
 * How far a reporting clause's subject may stand from what it is the subject of (words): before
 * its quote, or after the quote before the speech verb. Every search for a subject looks this far
 * and no further, so that a sentence with no end (hundreds of quotes in one run of text) costs
 * time in proportion to its length, not to its length squared.
 */
export const MAX_SUBJECT_DISTANCE = 80;

/** A speaker as decided for one quote. */
export interface Attribution extends Resolved {
  /** Item index of the phrase's last word (for partial-quote detection), or -1. */
  phraseEnd: number;
}

/**
 * The speaker of a reporting clause among the subjects in `items[from..to)` (its last
 * MAX_SUBJECT_DISTANCE words): the first topic (은/는/도) that can speak, or one after a speech
 * verb that ended an earlier clause; failing that, a nominative (이/가) that is no relative
 * clause's subject. `topicOnly` looks at topics only (a new speaker between two quotes of one
 * sentence).
 */
export function pickSubject(d: Discourse, items: readonly Item[], from: number, to: number, topicOnly: boolean): Attribution | null {
  const topics: Candidate[] = [];
  const nominatives: Candidate[] = [];
  let lastVerb = -1;
  let lastTopicAt = -1;
  for (let k = Math.max(from, to - MAX_SUBJECT_DISTANCE); k < to; k++) {
    const it = items[k]!;
    if (it.kind !== 'word') continue;
    const role = it.parts.role;
    if (role === 'none' && isVerbal(it.w, it.parts)) {
      const m = matchKoreanVerb(itemTexts(items), k);
      if (m && !m.weak) lastVerb = k;
    }
    if (role !== 'topic' && role !== 'also' && role !== 'nominative') continue;
    if (role !== 'nominative') lastTopicAt = k;
    const phrase = analyzePhrase(items, phraseStart(items, k, from), k);
    if (!canSpeak(d, phrase)) continue;
    if (role !== 'nominative') topics.push({ k, phrase, rule: 'speaker:topic-subject' });
    else if (!topicOnly && !embeddedNominative(items, k, to, from)) nominatives.push({ k, phrase, rule: 'speaker:nominative-subject' });
  }
  let order: Candidate[];
  if (topics.length > 0) {
    // a topic after a speech verb starts a new reporting clause (A는 …고 말했고, B는 “…”)
    const after = lastVerb >= 0 ? topics.filter((t) => t.k > lastVerb) : [];
    order = after.length > 0 ? [after[after.length - 1]!, ...topics] : topics;
  } else {
    // a nominative before a topic sits in that topic's modifier (시민들이 … 보낸 편지는)
    order = nominatives.filter((n) => n.k > lastTopicAt).reverse();
  }
  for (const c of order) {
    const r = resolvePhrase(d, c.phrase);
    if (r) return { ...r, evidence: [...r.evidence, c.rule], phraseEnd: c.k };
  }
  return null;
}

interface Candidate {
  k: number;
  phrase: Phrase;
  rule: string;
}

/** Whether a phrase names someone who can speak (before resolving it, which registers what it names). */
export function canSpeak(d: Discourse, ph: Phrase): boolean {
  if (ph.kind !== 'other' || d.entities.refAt(ph.start, ph.end) !== null) return true;
  // 통신은: a body named before, or a news organization as the article calls it
  return ph.bodyNoun !== null && (MEDIA_NOUNS.has(ph.bodyNoun) || d.bodyNamed(ph.bodyNoun, false, ph.start) !== null);
}

/**
 * A nominative that is no speaker: the subject of a relative clause right after it (메타가 주도한,
 * 협회가 발표한), or of a reported clause (…업체들이 대거 몰려 있다고 밝혔다).
 */
export function embeddedNominative(items: readonly Item[], k: number, to: number, s0: number): boolean {
  const next = items[k + 1];
  if (!next || k + 1 >= to || next.kind !== 'word') return false;
  if (isAdnominal(next.w, next.parts)) return true;
  // a subject that opens the sentence is the main one (삼성전자가 … 넘어섰다고 밝혔다)
  if (opensSentence(items, phraseStart(items, k, s0), s0)) return false;
  for (let j = k + 1; j < Math.min(to, k + 30); j++) {
    const it = items[j]!;
    if (it.kind !== 'word') break;
    if (REPORTED_CLAUSE_END.test(it.w.text)) return true;
    if (it.parts.role === 'topic' || it.parts.role === 'nominative') break;
  }
  return false;
}

/** Whether only connectives, adverbs, dates and time words (a few) stand before item `first` in the sentence. */
function opensSentence(items: readonly Item[], first: number, s0: number): boolean {
  if (first - s0 > MAX_SUBJECT_DISTANCE) return false;
  for (let k = s0; k < first; k++) {
    const it = items[k]!;
    if (it.kind !== 'word') return false;
    const stem = it.parts.stem;
    if (CONNECTIVES.has(it.w.text) || CONNECTIVES.has(stem) || NON_SUBJECT_NOUNS.has(stem) || isAdverb(it.w)) continue;
    if (/^\d+(?:일|월|년)/u.test(stem) || /^\(/u.test(it.w.text) || /[=]$/u.test(it.w.text)) continue;
    return false;
  }
  return true;
}

/** Endings that close a reported clause (…있다고, …것이라며, …하느냐고). */
const REPORTED_CLAUSE_END = /(?:다고|라고|냐고|자고|다며|라며|다면서|라면서)[,]?$/u;

/** Whether a subject that can speak stands in `items[from..to)` (its last MAX_SUBJECT_DISTANCE words). */
export function hasSubject(d: Discourse, items: readonly Item[], from: number, to: number): boolean {
  for (let k = Math.max(from, to - MAX_SUBJECT_DISTANCE); k < to; k++) {
    const it = items[k]!;
    if (it.kind === 'word' && (it.parts.role === 'topic' || it.parts.role === 'nominative') && !/^\[/u.test(it.w.text)) {
      const ph = analyzePhrase(items, phraseStart(items, k, from), k);
      if (canSpeak(d, ph)) return true;
    }
  }
  return false;
}

/** `X에 따르면 “…”` in `items[from..to)` (its last MAX_SUBJECT_DISTANCE words): the source X (a document speaks for whoever issued it). */
export function accordingTo(d: Discourse, items: readonly Item[], from: number, to: number): Attribution | null {
  for (let k = to - 1; k > Math.max(from, to - MAX_SUBJECT_DISTANCE); k--) {
    const it = items[k]!;
    const prev = items[k - 1]!;
    if (it.kind !== 'word' || prev.kind !== 'word' || !ACCORDING_TO.has(it.w.text)) continue;
    if (prev.parts.particle !== '에') continue;
    const first = phraseStart(items, k - 1, from);
    const ph = analyzePhrase(items, first, k - 1);
    if (ph.kind === 'document') {
      const author = documentAuthor(d, items, from, first, ph);
      if (author) return { ...author, evidence: [...author.evidence, 'speaker:according-to', 'speaker:document-author'], phraseEnd: -1 };
    }
    const r = resolvePhrase(d, ph);
    if (r) return { ...r, evidence: [...r.evidence, 'speaker:according-to'], via: r.via === 'explicit' ? 'context' : r.via, phraseEnd: -1 };
  }
  return null;
}

/** Who issued a document: `X가 발표한 DOC`, `X의 DOC`, or an earlier `X는 DOC를 발표했다`. */
function documentAuthor(d: Discourse, items: readonly Item[], from: number, first: number, ph: Phrase): Resolved | null {
  // X의 DOC: the words before the genitive
  for (let k = ph.last - 1; k >= first; k--) {
    const it = items[k]!;
    if (it.kind === 'word' && it.parts.role === 'genitive') {
      const author = resolvePhrase(d, analyzePhrase(items, phraseStart(items, k, first), k));
      if (author) return author;
    }
  }
  // X가 발표한 DOC
  const verb = items[first - 1];
  if (verb && verb.kind === 'word' && PUBLISH_VERBS.test(verb.w.text)) {
    for (let k = first - 2; k >= Math.max(from, first - MAX_SUBJECT_DISTANCE); k--) {
      const it = items[k]!;
      if (it.kind === 'word' && (it.parts.role === 'nominative' || it.parts.role === 'topic')) {
        const author = resolvePhrase(d, analyzePhrase(items, phraseStart(items, k, from), k));
        if (author) return author;
        break;
      }
    }
  }
  const known = d.findDocument(ph.head);
  return known?.author ? { speaker: known.author, via: 'context', mention: { start: ph.start, end: ph.end }, evidence: [] } : null;
}

/**
 * Reported speech inside reported speech (`통신은 김정은 국무위원장이 … “…”고 말했다고 전했다`): when
 * the quote's speech verb itself closes a reported clause (말했다고, 밝혔다며) that a further speech
 * verb reports, the quote is the inner clause's, and its speaker is that clause's subject — the
 * nominative after the reporting topic, not the topic (the agency, the paper) that passes it on.
 */
export function reportedSpeaker(d: Discourse, items: readonly Item[], s0: number, qi: number, frame: Frame, s1: number): Attribution | null {
  const v = frame.verb;
  if (!v) return null;
  const verbWord = items[v.last];
  if (!verbWord || verbWord.kind !== 'word' || !REPORTED_CLAUSE_END.test(verbWord.w.text)) return null;
  const texts = itemTexts(items);
  let outer = false;
  for (let j = v.last + 1; j < Math.min(s1, v.last + 6) && !outer; j++) {
    const m = items[j]!.kind === 'word' ? matchKoreanVerb(texts, j) : null;
    outer = !!m && !m.weak;
  }
  if (!outer) return null;
  // the inner clause's subject: the last nominative before the quote, after the reporting topic
  for (let k = qi - 1; k >= Math.max(s0, qi - MAX_SUBJECT_DISTANCE); k--) {
    const it = items[k]!;
    if (it.kind !== 'word') continue;
    if (it.parts.role === 'topic' || it.parts.role === 'also') return null;
    if (it.parts.role !== 'nominative') continue;
    const next = items[k + 1];
    if (next && next.kind === 'word' && isAdnominal(next.w, next.parts)) continue; // 김 위원장이 참관한 …
    const ph = analyzePhrase(items, phraseStart(items, k, s0), k);
    if (!canSpeak(d, ph)) continue;
    const r = resolvePhrase(d, ph);
    if (r) return { ...r, evidence: [...r.evidence, 'speaker:nominative-subject', 'speaker:reported-speech'], phraseEnd: k };
  }
  return null;
}

/**
 * `“…”라고 김 장관은 말했다`: the subject after the quote, before the verb — not a subject inside a
 * clause the speaker reports (`…”이라며 국회가 예산을 처리해야 한다고 촉구했다`: 국회 is no speaker).
 */
export function tailSubject(d: Discourse, items: readonly Item[], frame: Frame, s1: number): Attribution | null {
  const end = Math.min(frame.verb ? frame.verb.first : s1, frame.after + MAX_SUBJECT_DISTANCE);
  // after a chain ending (…”이라며) the words up to the verb are a reported clause when one ends before it
  if (frame.kind === 'chain' && reportedClauseBefore(items, frame.after, end)) return null;
  const a = pickSubject(d, items, frame.after, end, false);
  return a ? { ...a, evidence: [...a.evidence, 'speaker:after-quote'] } : null;
}

/** Whether a reported clause (…해야 한다고, …하라며) ends in `items[from..to)`. */
function reportedClauseBefore(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const it = items[k]!;
    if (it.kind === 'word' && REPORTED_CLAUSE_END.test(it.w.text)) return true;
  }
  return false;
}

/**
 * `이준호 교수: “…”`: a speaker written before a colon right before the quote (interviews, Q&A,
 * transcripts).
 */
export function colonSpeaker(d: Discourse, items: readonly Item[], s0: number, qi: number): Attribution | null {
  const k = qi - 1;
  const it = items[k];
  if (!it || k < s0 || it.kind !== 'word' || it.parts.trailing !== ':' || it.parts.role !== 'none') return null;
  const ph = analyzePhrase(items, phraseStart(items, k, s0), k);
  if (ph.last - ph.first > 6) return null;
  const r = resolvePhrase(d, ph);
  return r ? { ...r, evidence: [...r.evidence, 'speaker:colon'], phraseEnd: k } : null;
}

/**
 * `“…” 김 장관의 설명이다.` / `“…”라는 게 업계의 대체적인 전망이다.`: a clause ending in a speech
 * noun + 이다 names the speaker in the genitive before it (modifiers may stand between).
 */
export function attributionTail(d: Discourse, items: readonly Item[], from: number, to: number): Attribution | null {
  const k = attributionAt(items, from, to);
  if (k < 0) return null;
  const ph = analyzePhrase(items, phraseStart(items, k, from), k);
  // the construction names a speaker, whatever the noun (증권가의 전망이다)
  const r = resolvePhrase(d, ph) ?? { speaker: plain(ph.text, 'unnamed', null), via: 'explicit', mention: { start: ph.start, end: ph.end }, evidence: [] };
  return { ...r, evidence: [...r.evidence, 'speaker:attribution-noun'], phraseEnd: -1 };
}

/** Index of the genitive word of a `X의 (대체적인) 전망이다` ending in `items[from..to)`, or -1. */
export function attributionAt(items: readonly Item[], from: number, to: number): number {
  let last = to - 1;
  const floor = Math.max(from, to - MAX_SUBJECT_DISTANCE);
  while (last >= floor && items[last]!.kind !== 'word') last--;
  if (last < floor) return -1;
  const it = items[last]!;
  if (it.kind !== 'word') return -1;
  const m = /^([가-힣]+?)(?:이다|입니다|이었다|였다)[.]?$/u.exec(it.w.text);
  if (!m || !ATTRIBUTION_NOUNS.has(m[1]!)) return -1;
  for (let k = last - 1; k >= Math.max(from, last - 3); k--) {
    const x = items[k]!;
    if (x.kind !== 'word') return -1;
    if (x.parts.role === 'genitive') return k;
  }
  return -1;
}

/** `“…” 이 애널리스트의 설명이다.`: the sentence after a standalone quote (`items[from..to)`) names its speaker. */
export function attributionSentence(d: Discourse, items: readonly Item[], from: number, to: number): Attribution | null {
  let words = 0;
  for (let k = from; k < to && words <= 8; k++) if (items[k]!.kind === 'word') words++;
  if (words < 2 || words > 8) return null;
  return attributionTail(d, items, from, to);
}

/**
 * No subject: the sentence continues the previous one's (그러면서 “…”고 말했다). A quote standing
 * alone in a broadcast transcript continues only a person's (a place or body the reporter spoke
 * of does not speak), and a reporter never speaks by default.
 */
export function zeroSubject(d: Discourse, frame: Frame, broadcast = false): Attribution | null {
  const s = d.topic ?? d.lastSpeaker;
  if (!s || d.isReporter(s)) return null;
  if (broadcast && frame.kind === 'none' && (!s.personLike || d.staleTopic)) return null;
  const via: SpeakerVia = frame.kind === 'none' ? 'context' : 'zero-subject';
  return { speaker: s, via, mention: null, evidence: ['speaker:zero-subject'], phraseEnd: -1 };
}

/**
 * A subject between the speaker and the quote whose predicate the quote is makes the quote part of
 * reported speech (그는 이 제도가 “…”라며; 이 단체는 … 활동하는 “위험한 조직”이라고):
 * nothing verbal stands between that subject and the quote, or a relative clause runs into it.
 */
export function embeddedSubject(items: readonly Item[], phraseEnd: number, s0: number, qi: number): boolean {
  if (phraseEnd < s0) return false;
  const before = items[qi - 1];
  const intoQuote = !!before && before.kind === 'word' && isAdnominal(before.w, before.parts);
  let lastVerbal = -1;
  for (let j = qi - 1; j > phraseEnd && lastVerbal < 0; j--) {
    const x = items[j]!;
    if (x.kind === 'word' && x.parts.role === 'none' && isVerbal(x.w, x.parts)) lastVerbal = j;
  }
  for (let k = phraseEnd + 1; k < qi; k++) {
    const it = items[k]!;
    if (it.kind !== 'word' || (it.parts.role !== 'topic' && it.parts.role !== 'nominative')) continue;
    if (intoQuote || lastVerbal < k) return true;
  }
  return false;
}

/** The speaker of an attribution in the shape of `QuoteAnnotation.speaker`. */
export function toSpeaker(a: Attribution): NonNullable<QuoteAnnotation['speaker']> {
  const s = a.speaker;
  return { name: s.name, nameEn: s.nameEn, role: s.role, kind: s.kind, mention: a.mention, via: a.via, ref: s.ref };
}
