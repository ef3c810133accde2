/**
 * Critique: the sentences where an article criticises, doubts or counters its subject, and the
 * section they form.
 *
 * Every body sentence is scored (score.ts) with the cue families of critique-cues.json; a sentence
 * at or above the threshold is critique and lists the cues that fired. A quote introduced by a
 * critic verb (`…라고 비판했다`, the quotes component's `verb`) counts as a critic verb too.
 *
 * Critique comes in runs. A sentence that frames critics (`다만 학계에서는 신중론도 나온다.`, `그러나
 * 시민사회의 시선은 싸늘하다.`) is followed by the critics it announces: the sentences after it that
 * quote or report someone, elaborate (`…부족하다는 것입니다`) or carry a bad outcome continue it. A
 * critic's own statement (`…고 비판했다`) is followed by their next ones (`그는 이어 “…”고 경고했다`).
 * A run ends at a turn (`반면`, `이에 대해`, `한편`, any contrast opener), at a speaker on the
 * subject's side (`시 관계자는`), at a heading, or at a sentence that does none of this.
 *
 * The sentences are then gathered into a section (section.ts). Precision comes first: an article
 * without critique returns no sentences and `section: null`.
 */
import { paragraphIndexAt, type Doc } from '../../doc';
import type { Range } from '../../text/sentences';
import type { CritiqueAnnotation, QuoteAnnotation } from '../model';
import { ENGLISH, KOREAN, THRESHOLD, type Compiled } from './lexicon';
import { scoreSentence, type SentenceScore } from './score';
import { critiqueSection } from './section';
import { viewsOf, type SentenceView } from './view';

/** A run of critique in progress. */
interface Run {
  /** `framed`: announced critics may follow; `critic`: the same critic may go on. */
  kind: 'framed' | 'critic';
  /** How many more sentences may continue it without critique of their own. */
  left: number;
  /** The critic speaking (the quotes component's speaker name), if known. */
  speaker: string | null;
}

/**
 * Score the sentences of `doc` for critique and find the section they form. Offsets are
 * normalized-text offsets. Never throws; a language other than Korean or English gives nothing.
 */
export function extractCritique(doc: Doc, quotes: readonly QuoteAnnotation[]): CritiqueAnnotation {
  if (doc.language !== 'ko' && doc.language !== 'en') return { sentences: [], section: null };
  const lexicon = doc.language === 'ko' ? KOREAN : ENGLISH;
  const sentences: CritiqueAnnotation['sentences'] = [];
  const quotesBySentence = new Map<number, QuoteAnnotation[]>();
  for (const q of quotes) {
    const list = quotesBySentence.get(q.sentence);
    if (list) list.push(q);
    else quotesBySentence.set(q.sentence, [q]);
  }

  const views = viewsOf(doc.text, doc.sentences, lexicon.language);
  let previousIsCritique = false;
  let run: Run | null = null;
  let paragraph = -1;
  let isBody = false;
  const paragraphs = doc.structure.paragraphs;
  doc.sentences.forEach((s, index) => {
    // sentences come in order: move the paragraph pointer forward rather than search
    if (paragraph < 0 || s.start >= (paragraphs[paragraph]?.end ?? Infinity) || s.start < (paragraphs[paragraph]?.start ?? 0)) {
      paragraph = paragraphIndexAt(doc, s.start);
      isBody = paragraph >= 0 && paragraphs[paragraph]?.role === 'body';
    }
    if (!isBody) {
      previousIsCritique = false;
      run = null;
      return;
    }
    const here = quotesBySentence.get(index) ?? [];
    const speakers = here.filter((q) => q.speaker?.name);
    const view = views[index] as SentenceView;
    const names: string[] = [];
    for (const q of speakers) {
      if (q.speaker?.name) names.push(q.speaker.name);
      if (q.speaker?.role) names.push(q.speaker.role);
    }
    const scored = scoreSentence(view, lexicon, { previousIsCritique, speakerQuoted: speakers.length > 0, speakers: names });
    const criticQuote = here.find((q) => q.verb !== null && isCriticVerb(q.verb, lexicon));
    if (criticQuote && !scored.cues.some((c) => c.startsWith('critic:'))) {
      scored.score += lexicon.cues.criticVerbs.weight;
      scored.negativity += lexicon.cues.criticVerbs.weight;
      scored.cues.push(`critic-quote:${criticQuote.verb}`);
      scored.criticSpeaks = true;
    }
    const speaker = speakers[0]?.speaker?.name ?? null;

    let cues = scored.cues;
    let critique = scored.score >= THRESHOLD;
    let continued = false;
    if (!critique && run && continues(run, scored, speakers, view, lexicon)) {
      critique = true;
      continued = true;
      cues = [`run:${run.kind}`, ...scored.cues];
    }
    previousIsCritique = critique;
    run = nextRun(run, scored, critique, continued, speaker, lexicon);
    if (!critique) return;

    const leadIn = leadInOf(doc, index, here);
    if (leadIn && !sentences.some((x) => x.start < leadIn.range.end && leadIn.range.start < x.end)) {
      sentences.push({ ...leadIn.range, cues: [`lead-in:${leadIn.speaker}`], score: THRESHOLD });
    }
    sentences.push({ start: s.start, end: s.end, cues, score: Math.max(scored.score, THRESHOLD) });
  });
  return { sentences, section: critiqueSection(doc, sentences) };
}

/** The run after a sentence: started by a framing or a critic's sentence, worn down by continuations. */
function nextRun(run: Run | null, scored: SentenceScore, critique: boolean, continued: boolean, speaker: string | null, lexicon: Compiled): Run | null {
  if (!critique) return null;
  const limits = lexicon.cues.run;
  // reported criticism, a critical reception, or a group of critics speaking (전문가들은 …고 지적한다)
  if (scored.frames || (scored.criticSpeaks && scored.collective)) return { kind: 'framed', left: limits.maxFramed, speaker };
  if (continued) return run && run.left > 1 ? { ...run, left: run.left - 1, speaker: speaker ?? run.speaker } : null;
  // critique of its own inside a run keeps the run going; a critic speaking starts one
  if (run && !scored.turnsBack) return { ...run, left: Math.max(run.left - 1, 1), speaker: speaker ?? run.speaker };
  if (scored.criticSpeaks) return { kind: 'critic', left: limits.maxCritic, speaker };
  return null;
}

/**
 * Whether a sentence without critique of its own continues `run`: not a turn, a dismissal or the
 * subject's side speaking; in a framed run, a quote, reported speech, an elaboration or a bad
 * outcome; in a critic's run, the same critic going on with something negative.
 */
function continues(run: Run, scored: SentenceScore, speakers: readonly QuoteAnnotation[], view: SentenceView, lexicon: Compiled): boolean {
  if (scored.turnsBack || scored.dispels) return false;
  if (speakers.some((q) => onSubjectSide(q.speaker?.name, lexicon) || onSubjectSide(q.speaker?.role, lexicon))) return false;
  if (speakers.length === 0 && subjectSideTopic(view, lexicon)) return false;
  if (run.kind === 'framed') return speakers.length > 0 || scored.speech || scored.elaboration || scored.negativity >= 0.5;
  const same =
    speakers.length > 0
      ? speakers.every((q) => q.speaker?.name === run.speaker || q.speaker?.via === 'pronoun')
      : lexicon.cues.run.pronounStarts.some((w) => view.s.startsWith(w));
  return same && scored.negativity > 0;
}

/** Whether a speaker's name or role puts them on the subject's side (`시 관계자`, `회사 측`). */
function onSubjectSide(text: string | null | undefined, lexicon: Compiled): boolean {
  if (!text) return false;
  const compact = lexicon.language === 'ko' ? text.replace(/\s+/g, '') : text.toLowerCase();
  const run = lexicon.cues.run;
  return run.subjectSide.some((w) => compact.endsWith(w) && run.subjectSideHeads.some((h) => compact.slice(0, compact.length - w.length).endsWith(h)));
}

/** Whether the sentence opens with a subject-side topic (`시 관계자는 …`). */
function subjectSideTopic(view: SentenceView, lexicon: Compiled): boolean {
  const head = view.s.slice(0, 24);
  const run = lexicon.cues.run;
  for (const w of run.subjectSide) {
    for (let i = head.indexOf(w); i >= 0; i = head.indexOf(w, i + 1)) {
      if (run.subjectSideHeads.some((h) => head.startsWith(h, i - h.length))) return true;
    }
  }
  return false;
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

/** Reporting verbs repeat (말했다, 밝혔다): each is looked up once per language. */
const criticVerbMemo = { ko: new Map<string, boolean>(), en: new Map<string, boolean>() };

function isCriticVerb(verb: string, lexicon: Compiled): boolean {
  const memo = criticVerbMemo[lexicon.language];
  let known = memo.get(verb);
  if (known === undefined) {
    const v = lexicon.language === 'en' ? verb.toLowerCase() : verb.replace(/\s+/g, '');
    known = lexicon.cues.criticVerbs.words.some((w) => v.includes(w));
    if (memo.size > 4096) memo.clear();
    memo.set(verb, known);
  }
  return known;
}
