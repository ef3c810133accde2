/**
 * English goals, a basic version: a modal or plan phrase (`will`, `plans to`, `aims to`, `pledged
 * to`, `must`) with its subject, in a sentence that does not predict (`is expected to`, `analysts
 * said`, `could`). The span runs from the subject to the end of the clause; a trailing `, he said`
 * is left out. Obligations (`must`, `should`) count only inside a quote.
 */
import type { Doc } from '../../doc';
import type { Range } from '../../text/sentences';
import type { EntityIndex, GoalAnnotation, QuoteAnnotation } from '../model';
import { categorize } from './category';
import { compactOf } from './compact';
import { ENGLISH, type EnglishCore } from './lexicon';

const WORD = /[A-Za-z][A-Za-z'’.-]*/g;
const ATTRIBUTION = /,\s*(?:[A-Z][\w.'’-]*\s){0,4}?(?:he|she|they|it|[A-Z][\w.'’-]*)\s(?:said|says|added|told\s\w+|stated|noted|wrote)\b[^,]{0,80}$/;

/** Goals in the body sentences of an English `doc`. */
export function extractEnglishGoals(doc: Doc, entities: EntityIndex, quotes: readonly QuoteAnnotation[]): GoalAnnotation[] {
  const out: GoalAnnotation[] = [];
  let lastActor: GoalAnnotation['actor'] = null;
  for (const s of bodySentences(doc)) {
    const sentence = doc.text.slice(s.start, s.end);
    if (ENGLISH.inference.some((w) => containsWord(sentence.toLowerCase(), w))) continue;
    const c = compactOf(doc.text, s);
    const reported = ENGLISH.reported.some((w) => sentence.toLowerCase().includes(w));
    for (const clause of clauses(sentence)) {
      const text = sentence.slice(clause.start, clause.end);
      const found = findCore(text.toLowerCase());
      if (!found) continue;
      const { core, at } = found;
      const abs = s.start + clause.start + at;
      const quote = c.quotes.find((q) => q.content.start <= abs && abs < q.content.end);
      if (core.cue === 'should' && !quote) continue;

      const subjectStart = clauseStartBefore(text, at);
      const subject = text.slice(subjectStart, at).trim();
      let start = s.start + clause.start + subjectStart;
      let end = s.start + clause.end;
      if (quote) {
        start = Math.max(start, quote.content.start);
        end = Math.min(end, quote.content.end);
      } else {
        const attribution = ATTRIBUTION.exec(text);
        if (attribution && attribution.index > at) end = s.start + clause.start + attribution.index;
      }
      while (end > start && /[.!?,;"”’\s]/.test(doc.text[end - 1] as string)) end--;

      const actor: GoalAnnotation['actor'] = actorOf(subject, quote ? quotes.find((x) => x.start <= abs && abs < x.end) : undefined, entities, start, s.start + clause.start + at) ?? lastActor;
      if (actor) lastActor = actor;
      out.push({
        start,
        end,
        actor,
        category: categorize(doc.text.slice(start, end), 'en'),
        cue: core.phrase,
        modality: reported ? 'reported' : core.modality,
        evidence: [`core:${core.cue}`, ...(quote ? ['quote'] : []), ...(reported ? ['reported'] : [])],
      });
    }
  }
  return out;
}

/** The actor: the quote's speaker, else the subject before the cue (not a pronoun). */
function actorOf(subject: string, quote: QuoteAnnotation | undefined, entities: EntityIndex, from: number, to: number): GoalAnnotation['actor'] {
  if (quote?.speaker?.name) return { name: quote.speaker.name, nameEn: quote.speaker.nameEn ?? quote.speaker.name, ref: quote.speaker.ref };
  const last = subject.split(/\s+/).pop()?.toLowerCase() ?? '';
  if (!subject || ENGLISH.pronouns.has(last)) return null;
  const ref = entities.refAt(from, to);
  const e = ref ? (ref.kind === 'org' ? entities.organizations[ref.index] : entities.persons[ref.index]) : undefined;
  const name = e?.name ?? subject.replace(/^(?:the|a|an)\s+/i, '');
  return { name, nameEn: e?.nameEn ?? name, ref };
}

/** Clauses of a sentence: split at `, and` / `, but` / `;` outside quotes. */
function clauses(sentence: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  let inQuote = false;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (ch === '“' || ch === '”' || ch === '"') inQuote = ch === '“' ? true : ch === '”' ? false : !inQuote;
    if (inQuote) continue;
    const rest = sentence.slice(i, i + 6);
    const cut = ch === ';' ? 1 : rest.startsWith(', and ') ? 6 : rest.startsWith(', but ') ? 6 : 0;
    if (cut > 0) {
      out.push({ start, end: i });
      start = i + cut;
    }
  }
  out.push({ start, end: sentence.length });
  return out;
}

/** Sentences that lie in body paragraphs (both lists are in document order: one merge pass). */
function bodySentences(doc: Doc): Range[] {
  const ps = doc.structure.paragraphs;
  const out: Range[] = [];
  let k = 0;
  for (const s of doc.sentences) {
    while (k < ps.length && (ps[k] as { end: number }).end < s.end) k++;
    const p = ps[k];
    if (p && p.role === 'body' && p.start <= s.start && s.end <= p.end) out.push(s);
  }
  return out;
}

/** The first goal phrase of the sentence whose surroundings do not block it. */
function findCore(lower: string): { core: EnglishCore; at: number } | null {
  let best: { core: EnglishCore; at: number } | null = null;
  for (const core of ENGLISH.cores) {
    for (let i = lower.indexOf(core.phrase); i >= 0; i = lower.indexOf(core.phrase, i + 1)) {
      if (!isWordAt(lower, i, core.phrase.length)) continue;
      const after = lower.slice(i + core.phrase.length, i + core.phrase.length + 16).trim();
      if (ENGLISH.blockedAfter.some((b) => after.startsWith(b))) continue;
      const before = lower.slice(Math.max(0, i - 24), i);
      if (ENGLISH.blockedBefore.some((b) => before.includes(b))) continue;
      if (!best || i < best.at) best = { core, at: i };
      break;
    }
  }
  return best;
}

function isWordAt(s: string, i: number, len: number): boolean {
  const a = s[i - 1];
  const b = s[i + len];
  return (a === undefined || !/[a-z0-9]/.test(a)) && (b === undefined || !/[a-z0-9]/.test(b));
}

function containsWord(s: string, w: string): boolean {
  for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) if (isWordAt(s, i, w.length)) return true;
  return false;
}

/** The start of the subject: after the last clause break (`:`, `that`, `which`, an opening quote) before `at`. */
function clauseStartBefore(text: string, at: number): number {
  const head = text.slice(0, at);
  let start = 0;
  for (const m of head.matchAll(/(?:[;:“"]|,\s(?:and|but|while|as)\s|\b(?:that|which|who|says|said|say)\s)/g)) start = (m.index ?? 0) + m[0].length;
  // keep a subject of at most six words
  const words = [...head.slice(start).matchAll(WORD)];
  if (words.length > 6) start = (words[words.length - 6] as RegExpMatchArray).index ?? start;
  return start;
}

