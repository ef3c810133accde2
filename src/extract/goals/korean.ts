/**
 * Korean goal clauses in one sentence.
 *
 * A goal is found from its *core*, the predicate that states the intention (`할 것`, `하겠다`,
 * `하기로 했다`, `할 계획`, `목표다`, `해야 한다` …, see goal-cues.json), read on the compact view
 * of the sentence. What follows the core decides whether it is a goal:
 *
 * - the *continuation*: the ending after the core. A final ending (`이다`, `입니다`, the end of a
 *   quote) closes the statement; a quotative (`이라고`, `임을`, `-다며`) needs a speech verb after
 *   it; an adnominal (`하겠다는`, `할 것이라는`) needs a noun of will that the actor declares
 *   (`의지를 재확인했다`); `으로` needs a reporting verb (`할 것으로 전해졌다`).
 * - the *frame*: the rest of the clause. An inference word (`보인다`, `전망`, `내다봤다`, `것 같다`)
 *   makes it a prediction, not a goal; a reporting word (`전해졌다`, `알려졌다`) makes it `reported`;
 *   a promise verb (`약속했다`, `천명했다`) makes it a `commitment`.
 *
 * The goal's span is the clause that holds the core: inside a quote, the quoted clause; outside,
 * the clause without the matrix topic (`이 기구는`) and linking adverbs (`또한`). Clauses joined by
 * `-고,` before a goal clause are goals of their own (`새 모델을 공개하고, 평가 도구도 개발하기로 했다`).
 */
import type { Doc } from '../../doc';
import type { Range } from '../../text/sentences';
import type { GoalModality, Morpheme } from '../../types';
import { cleanName, mentionKind, subjectPhrases } from './subjects';
import { balanceMarks, compactOf, endOffset, inQuote, type Compact } from './compact';
import {
  CLAUSE_ENDINGS,
  CORE_FILTER,
  CORE_FORMS,
  CORE_TRIE,
  EMBEDDED,
  FRAMES,
  LEADING_ADVERBS,
  PRESENT,
  REPORTED_PREFIXES,
  hasBit,
  pairSlot,
  type CoreFamily,
  type CoreForm,
} from './lexicon';

/** A goal clause found in one sentence, before its actor is known. */
export interface GoalClause extends Range {
  cue: string;
  family: CoreFamily;
  modality: GoalModality;
  evidence: string[];
  /** Normalized offsets of the core (`둘 것`, `하기로 했`). */
  core: Range;
  /** The speech quote the clause lies in (its content range), or null. */
  quote: Range | null;
  /** Where the clause starts before the topic was stripped (the actor search looks here). */
  clauseStart: number;
}

/** What the ending after a core does. */
type ContinuationKind = 'final' | 'quotative' | 'adnominal' | 'reporting' | 'object' | 'any';

const FINAL_ENDINGS = new Set(['', '이다', '다', '입니다', '이에요', '예요', '이었다', '였다', '이었습니다', '였습니다', '이며', '이고']);
const QUOTATIVE_ENDINGS = new Set(['이라고', '라고', '이라며', '라며', '이라면서', '임을', '고', '며', '면서']);
const ADNOMINAL_ENDINGS = new Set(['이라는', '라는', '이란', '는']);
const REPORTING_ENDINGS = new Set(['으로', '로', '인것으로']);
const OBJECT_ENDINGS = new Set(['을', '를', '도']);
const PUNCT = new Set([',', '.', '!', '?', '…', ';', ':', '·']);
const TERMINAL = new Set(['.', '!', '?', '…']);
/** Hangul syllable block: final consonant index of ㄴ and ㄹ. */
const JONG_N = 4;
const JONG_L = 8;
const JONG_B = 17;
const JONG_SS = 20;

/**
 * How long a clause may be (compact characters; the clauses of real articles stay well under half
 * of it). The searches for a clause's start and end, and for the coordinated clauses before it,
 * look this far and no further: a run of text with no sentence end (an opening mark that never
 * closes, then thousands of cues) is read in time proportional to its length, and each goal's span
 * stays a clause instead of everything before it.
 */
const MAX_CLAUSE = 400;

/** What the goal readers share for one sentence: its compact view and its morphemes by offset. */
export interface SentenceContext {
  readonly c: Compact;
  readonly tok: TokenLookup;
}

/** The compact view and morpheme lookup of sentence `range`, built once for every reader. */
export function sentenceContext(doc: Doc, range: Range, tokens: readonly Morpheme[]): SentenceContext {
  return { c: compactOf(doc.text, range), tok: new TokenLookup(tokens) };
}

/**
 * Goal clauses of the sentence `range` of `doc`. `tokens` are the sentence's morphemes (empty
 * when there are none: the adnominal test then falls back to the syllables).
 */
export function findGoalClauses(doc: Doc, range: Range, tokens: readonly Morpheme[], context: SentenceContext = sentenceContext(doc, range, tokens)): GoalClause[] {
  const { c, tok } = context;
  const candidates = coreCandidates(c);
  if (candidates.length === 0) return [];
  if (scratchClaimed.length < c.s.length) scratchClaimed = new Uint8Array(c.s.length * 2);
  const claimed = scratchClaimed.fill(0, 0, c.s.length);
  const found: Array<GoalClause & { frame: Range; standaloneOnly: boolean }> = [];

  for (let x = 0; x < candidates.length; x++) {
    const key = candidates[x] as number;
    const form = CORE_FORMS[Math.floor(key / INDEX_SPAN)] as CoreForm;
    const i = key % INDEX_SPAN;
    const j = i + form.literal.length;
    if (overlaps(claimed, i, j)) continue;
    if (!sameLevel(c, i, j)) continue;
    if (form.adnominal && !adnominalBefore(c, i, tok, form.family === 'future')) continue;
    if (form.blockedBefore.some((b) => c.s.startsWith(b, i - b.length)) && !form.unblockedBefore.some((u) => c.s.startsWith(u, i - u.length))) continue;
    if (form.family === 'future' && pastConjecture(c, i)) continue;
    const m = readContinuation(doc, c, tok, form, i, j);
    if (!m) continue;
    claimed.fill(1, i, j);
    found.push({ ...m, standaloneOnly: form.standaloneOnly });
  }

  if (found.length === 0) return [];
  // a promise verb that only frames another cue (“…할 것”임을 천명했다) is not a goal of its own
  const framed = framedBy(found.filter((o) => !o.standaloneOnly).map((o) => o.frame));
  const kept = found.filter((g) => !g.standaloneOnly || !framed(g.core));
  const clauses: GoalClause[] = kept.map(({ frame: _f, standaloneOnly: _s, ...g }) => g);
  return startAfterEarlier(
    doc.text,
    dedupe(clauses.flatMap((g) => [...coordinatedBefore(doc, c, g, tok), g]))
      .map((g) => ({ ...g, ...balanceMarks(doc.text, g.start, g.end) }))
      .sort((a, b) => a.start - b.start || a.end - b.end),
  );
}

/**
 * Decisions stated one after another with no comma (`…합작하기로 하고 …투자하기로 했다`): a goal
 * whose span starts where an earlier, shorter decision does and holds it before its core starts
 * after it (outside quotes).
 */
function startAfterEarlier(text: string, gs: GoalClause[]): GoalClause[] {
  for (let k = 1; k < gs.length; k++) {
    const a = gs[k - 1] as GoalClause;
    const b = gs[k] as GoalClause;
    if (a.family !== 'decision' || a.quote || b.quote || a.start !== b.start || a.end >= b.end || a.end > b.core.start) continue;
    let s = a.end;
    while (s < b.core.start && /\s/.test(text[s] as string)) s++;
    gs[k] = { ...b, start: s };
  }
  return gs.sort((a, b) => a.start - b.start);
}

/**
 * Every core literal in the compact sentence, as `form index × 2²¹ + compact index` (inputs are
 * far shorter than 2²¹), in the order the forms are tried: longest literal first (CORE_FORMS
 * order), then left to right. One walk of the trie of all literals replaces one search per form;
 * a numeric sort keeps the order.
 */
function coreCandidates(c: Compact): ArrayLike<number> {
  let out: number[] | null = null;
  const s = c.s;
  const { single, pairs } = CORE_FILTER;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!hasBit(single, code) && (i + 1 >= s.length || !hasBit(pairs, pairSlot(code, s.charCodeAt(i + 1))))) continue;
    let node = CORE_TRIE.next.get(code);
    for (let k = i + 1; node; k++) {
      if (node.forms) for (const f of node.forms) (out ??= []).push(f * INDEX_SPAN + i);
      if (k >= s.length) break;
      node = node.next.get(s.charCodeAt(k));
    }
  }
  if (!out) return NO_CANDIDATES;
  return out.length > 1 ? out.sort(byNumber) : out;
}
const INDEX_SPAN = 0x200000;
const byNumber = (a: number, b: number): number => a - b;
const NO_CANDIDATES: readonly number[] = [];

/**
 * A test of whether a range lies inside one of `frames`: of the frames that start at or before the
 * range (a bisection of the frames sorted by start), the one that ends last decides.
 */
function framedBy(frames: readonly Range[]): (r: Range) => boolean {
  if (frames.length === 0) return () => false;
  const sorted = [...frames].sort((a, b) => a.start - b.start);
  const reach = new Float64Array(sorted.length);
  sorted.forEach((f, k) => (reach[k] = Math.max(f.end, k > 0 ? (reach[k - 1] as number) : -Infinity)));
  return (r) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Range).start <= r.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && r.end <= (reach[lo - 1] as number);
  };
}

/** Which compact characters a core already claimed (shared: one sentence at a time). */
let scratchClaimed = new Uint8Array(1024);

/** Whether any of `claimed[i, j)` is set. */
function overlaps(claimed: Uint8Array, i: number, j: number): boolean {
  for (let x = i; x < j; x++) if (claimed[x] === 1) return true;
  return false;
}

/** Why a present-tense sentence may state a plan. */
export interface PresentContext {
  /** The sentence right before stated a goal (no heading between). */
  afterGoal: boolean;
  /** The sentence is the article's lead. */
  lead: boolean;
}

/**
 * A newspaper present-tense declarative that states a plan, as a goal clause: in the lead
 * (`삼성전자가 텍사스에 공장을 짓는다.`), with a time still to come (`내년부터 … 확대한다`), or
 * continuing a stated goal with no new subject (`또 … 연구 기금을 조성한다.`). Null otherwise.
 */
export function presentDeclarative(
  doc: Doc,
  range: Range,
  tokens: readonly Morpheme[],
  context: PresentContext,
  sentence: SentenceContext = sentenceContext(doc, range, tokens),
): GoalClause | null {
  const { c, tok } = sentence;
  let e = c.s.length;
  while (e > 0 && PUNCT.has(c.s[e - 1] as string)) e--;
  if (e < 3 || c.s[e - 1] !== '다' || c.quote[e - 1] !== -1) return null;
  const before = c.s[e - 2] as string;
  // plain (조성한다, 짓는다) or polite (조성합니다, 짓습니다) present
  const politeForm = before === '니' && (c.s[e - 3] === '습' || jongseong(c.s[e - 3] ?? '') === JONG_B);
  if (!(before === '는' || jongseong(before) === JONG_N || politeForm)) return null;
  // agentive: a Sino-Korean 하다 verb (조성한다, -도록 한다) or a listed native verb (짓는다)
  const verb = politeForm ? '합니다' : '한다';
  if (!c.s.startsWith(verb, e - verb.length) && !PRESENT.agentiveNative.some((v) => c.s.startsWith(v, e - v.length))) return null;
  if (PRESENT.blocked.some((b) => c.s.startsWith(b, e - b.length))) return null;
  const outside = frameText(c, 0, e, -1);
  if (FRAMES.inference.some((w) => outside.includes(w)) || FRAMES.failed.some((w) => outside.includes(w))) return null;

  const topic = topicBefore(doc, c, 0, e, tok);
  const named = topic !== null && mentionKind(cleanName(doc.text.slice(topic.start, topic.end).replace(/\s?[은는]$/, ''))) === 'name';
  const future = futureTime(doc.text.slice(range.start, range.end));
  let reason: string;
  if (future) reason = 'future-time';
  else if (context.lead && PRESENT.leadVerbs.some((v) => c.s.startsWith(v, e - v.length))) reason = 'lead';
  // a new topic is a new actor: only zero subjects and anaphors continue the plan
  else if (context.afterGoal && !named) reason = 'plan-context';
  else return null;

  let s = topic ? compactIndexAt(c, topic.end) : 0;
  s = skipAdverbs(c, s, e);
  if (s >= e) return null;
  const end = endOffset(c, e);
  return {
    start: c.pos[s] as number,
    end,
    cue: '한다',
    family: 'planVerb',
    modality: 'plan',
    evidence: [`present:${reason}`],
    core: { start: c.pos[e - verb.length] as number, end },
    quote: null,
    clauseStart: range.start,
  };
}

/** Whether `sentence` names a time still to come (`내년`, `다음 달`, `2030년까지`) at a word start. */
function futureTime(sentence: string): boolean {
  const words = sentence.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const w = (words[k] as string).replace(/^[“"‘(]/, '');
    const joined = w + (words[k + 1] ?? '');
    if (PRESENT.futureTime.some((f) => w.startsWith(f) || joined.startsWith(f))) return true;
    const d = w.indexOf(PRESENT.deadlineSuffix);
    if (d > 0 && /[0-9]/.test(w[d - 1] as string)) return true;
  }
  return false;
}

// ---- cores, endings and frames ------------------------------------------------------------

/** Read what follows a core at `[i, j)` and build the clause, or null when it is no goal. */
function readContinuation(doc: Doc, c: Compact, tok: TokenLookup, form: CoreForm, i: number, j: number): (GoalClause & { frame: Range }) | null {
  const level = c.quote[i] as number;
  const leavesQuote = level >= 0 && (j >= c.s.length || !inQuote(c, j, level));

  let cont = '';
  let kind: ContinuationKind = 'any';
  if (form.continuations) {
    const hit = form.continuations.find((x) => c.s.startsWith(x, j) && endsWord(c, j + x.length, level, leavesQuote));
    if (hit === undefined) return null;
    cont = hit;
    kind = classify(hit);
  }
  let k = j + cont.length;
  const evidence = [`core:${form.cue}`, `form:${form.literal}`];
  let modality = form.modality;

  if (kind === 'adnominal') {
    const decl = embeddedDeclaration(c, k);
    if (decl >= 0) {
      if (!EMBEDDED.families.has(form.family)) return null;
      k = decl;
      evidence.push('embedded-intention');
    } else if (!FRAMES.reported.some((r) => c.s.startsWith(r, k))) return null;
    else modality = 'reported';
  }
  if (kind === 'object') {
    const decl = verbWithin(c, k, EMBEDDED.maxVerbGap, FRAMES.declare);
    if (decl < 0) return null;
    k = decl;
  }

  // a decision or a set target outside quotes is stated by the word of its core (…하기로 했다,
  // …하기로 했지만, …목표로 내걸었으나): what follows it in the clause is another statement
  const ownWord = kind === 'any' && level < 0 && (form.family === 'decision' || form.family === 'planVerb') ? coreWord(c, j) : null;
  const frameEnd = ownWord?.contrast ? ownWord.end : clauseEnd(c, k, leavesQuote ? -1 : level);
  const frame = frameText(c, k, frameEnd, leavesQuote ? -1 : level) + (level >= 0 && !leavesQuote ? outerFrame(c, level) : '');
  if (FRAMES.inference.some((w) => frame.includes(w))) return null;
  // a goal that came to nothing (…하기로 했지만 무산됐다) is a past event
  if (failedAfter(c, j, level)) return null;
  const reported = FRAMES.reported.some((w) => frame.includes(w));
  if (kind === 'reporting' && !reported) return null;
  if (kind === 'quotative' && !saysSomething(frame)) return null;
  // outside quotes, a bare will-statement or obligation is the reporter's own voice
  if (level < 0 && kind === 'final' && (form.family === 'future' || form.family === 'deontic' || form.family === 'volitional')) return null;
  if (reported) {
    modality = 'reported';
    evidence.push('frame:reported');
  } else if (REPORTED_PREFIXES.some((p) => precedes(c, p, i))) {
    modality = 'reported';
    evidence.push('according-to');
  } else if (FRAMES.commitment.some((w) => frame.includes(w))) {
    modality = 'commitment';
    evidence.push('frame:commitment');
  }
  if (kind === 'quotative') evidence.push('frame:speech');

  // the span: the clause that holds the core
  // a bill's provisions are one list however many clauses it has
  const start = form.family === 'provisions' ? windowStart(c, i) : clauseStartIndex(c, i, level);
  let endIdx = j;
  if (leavesQuote) endIdx = lastIndexInQuote(c, level) + 1;
  else if (kind === 'final' || kind === 'any' || kind === 'adnominal' || kind === 'object' || reported) endIdx = trimPunct(c, start, clauseEnd(c, j, level));
  if (ownWord && !reported) endIdx = Math.min(endIdx, ownWord.statement);

  const quoteRange = level >= 0 ? (c.quotes[level] as { content: Range }).content : null;
  let s = start;
  const topic = level < 0 ? topicBefore(doc, c, start, i, tok) : null;
  if (form.topics.length > 0 && !(topic && form.topics.some((t) => topicHead(doc, topic) === t))) return null;
  if (level < 0) {
    if (topic) s = compactIndexAt(c, topic.end);
    s = skipAdverbs(c, s, i);
  }
  return {
    start: c.pos[s] as number,
    end: endOffset(c, endIdx),
    cue: form.cue,
    family: form.family,
    modality,
    evidence,
    core: { start: c.pos[i] as number, end: endOffset(c, j) },
    quote: quoteRange,
    clauseStart: c.pos[start] as number,
    frame: { start: c.pos[Math.min(k, c.s.length - 1)] as number, end: endOffset(c, frameEnd) },
  };
}

function classify(cont: string): ContinuationKind {
  if (FINAL_ENDINGS.has(cont)) return 'final';
  if (QUOTATIVE_ENDINGS.has(cont)) return 'quotative';
  if (ADNOMINAL_ENDINGS.has(cont)) return 'adnominal';
  if (REPORTING_ENDINGS.has(cont)) return 'reporting';
  if (OBJECT_ENDINGS.has(cont)) return 'object';
  return 'any';
}

/** Whether a word ends at compact index `k`: punctuation, a quote boundary or the sentence end. */
function endsWord(c: Compact, k: number, level: number, leavesQuote: boolean): boolean {
  if (k >= c.s.length) return true;
  if (PUNCT.has(c.s[k] as string)) return true;
  // a word boundary in the text (a space) after an ending that may be followed by its frame
  const spaced = (c.pos[k] as number) > (c.pos[k - 1] as number) + 1;
  if (level >= 0 && !leavesQuote && !inQuote(c, k, level)) return true;
  if (leavesQuote && (c.quote[k] as number) !== (c.quote[k - 1] as number)) return true;
  return spaced;
}

/** `하겠다는 (확고한) 의지를 재확인` after an adnominal ending at `k`: the index after the verb, or -1. */
function embeddedDeclaration(c: Compact, k: number): number {
  const limit = Math.min(c.s.length, k + EMBEDDED.maxGap + 4);
  for (let x = k; x < limit; x++) {
    if (PUNCT.has(c.s[x] as string)) return -1;
    const noun = EMBEDDED.nouns.find((n) => c.s.startsWith(n, x));
    if (!noun) continue;
    const after = x + noun.length;
    const particle = EMBEDDED.objectParticles.find((p) => c.s.startsWith(p, after));
    if (!particle) return -1;
    return verbWithin(c, after + particle.length, EMBEDDED.maxVerbGap, EMBEDDED.verbs);
  }
  return -1;
}

/** The index after the first of `verbs` that starts within `gap` characters of `k`, or -1. */
function verbWithin(c: Compact, k: number, gap: number, verbs: readonly string[]): number {
  const limit = Math.min(c.s.length, k + gap);
  for (let x = k; x <= limit; x++) {
    if (x < c.s.length && PUNCT.has(c.s[x] as string)) return -1;
    const v = verbs.find((w) => c.s.startsWith(w, x));
    if (v) return x + v.length;
  }
  return -1;
}

/** Whether the rest of the sentence after compact index `j` (at `level` or outside quotes) says the goal failed. */
function failedAfter(c: Compact, j: number, level: number): boolean {
  const f = lookupsOf(c).failed;
  return f.outside >= j || (level >= 0 && (f.inQuote.get(level) ?? -1) >= j);
}

/** A speech verb in the frame, or a frame that is only a light verb (`이라고 했다`). */
function saysSomething(frame: string): boolean {
  if (FRAMES.say.some((w) => frame.includes(w))) return true;
  const bare = frame.replace(/[.,!?…]/g, '');
  return FRAMES.lightSay.some((w) => bare === w || (bare.startsWith(w) && bare.length <= w.length + 4));
}

/** Text of the frame `[k, end)` at `level` (nested quotes left out). */
function frameText(c: Compact, k: number, end: number, level: number): string {
  let out = '';
  for (let x = k; x < end; x++) if ((c.quote[x] as number) === level) out += c.s[x];
  return out;
}

/** For a core inside a quote: the text after the outermost enclosing quote, to the clause end. */
function outerFrame(c: Compact, level: number): string {
  const after = lastIndexInQuote(c, level) + 1;
  const limit = Math.min(c.s.length, after + MAX_CLAUSE);
  let k = after;
  while (k < limit && (c.quote[k] as number) >= 0) k++;
  return frameText(c, k, clauseEnd(c, k, -1), -1);
}

/** The compact index of the last character inside quote `q` (before its closing mark). */
function lastIndexInQuote(c: Compact, q: number): number {
  return compactIndexAt(c, (c.quotes[q] as { close: number }).close) - 1;
}

// ---- clauses ------------------------------------------------------------------------------

/** Whether `[i, j)` lies at one quote level. */
function sameLevel(c: Compact, i: number, j: number): boolean {
  const q = c.quote[i];
  for (let x = i + 1; x < j; x++) if (c.quote[x] !== q) return false;
  return true;
}

/**
 * A clause boundary at compact index `x`: `…이며,` or the end of an inner sentence; `…하고,` too
 * unless `keepCoordination` (in a quote, `A하고, B하겠다` is one statement).
 */
function boundaryAt(c: Compact, x: number, keepCoordination = false): boolean {
  const ch = c.s[x] as string;
  // a terminal mark ends a sentence when a space or a closing mark follows (not in `2.0`)
  if (TERMINAL.has(ch)) return x + 1 >= c.s.length || (c.pos[x + 1] as number) > (c.pos[x] as number) + 1;
  if (ch !== ',') return false;
  const ending = CLAUSE_ENDINGS.find((e) => c.s.startsWith(e, x - e.length));
  return ending !== undefined && !(keepCoordination && ending === '고');
}

/**
 * Where the clause that holds compact index `i` (at quote `level`) starts: after the boundary
 * before it, or at the start of the first word of the MAX_CLAUSE characters before it.
 */
function clauseStartIndex(c: Compact, i: number, level: number): number {
  const floor = Math.max(0, i - MAX_CLAUSE);
  for (let x = i - 1; x >= floor; x--) {
    const q = c.quote[x] as number;
    if (level >= 0 && !inQuote(c, x, level)) return x + 1;
    if (q !== level) continue;
    if (boundaryAt(c, x, level >= 0) || (level < 0 && quotativeEndsAt(c, x))) return x + 1;
  }
  return windowStart(c, i);
}

/** Quotative endings right after a closing quote mark that close a speech clause (`“…”라며 …`). */
const QUOTATIVE_LINKS = ['이라면서', '라면서', '이라며', '라며', '면서', '며'];

/**
 * Whether a speech clause (a quote and its quotative: `“탄소중립은 피할 수 없는 과제”라며`) ends at
 * compact index `x`, outside quotes and before a word break: the clause after it is another one.
 */
function quotativeEndsAt(c: Compact, x: number): boolean {
  if (x + 1 < c.s.length && !wordStart(c, x + 1)) return false;
  for (const l of QUOTATIVE_LINKS) {
    const at = x + 1 - l.length;
    if (at > 0 && c.s.startsWith(l, at) && (c.quote[at - 1] as number) >= 0 && (c.quote[at] as number) === -1) return true;
  }
  return false;
}

/**
 * Where the clause from `k` (at quote `level`) ends: the next boundary at that level, the end of
 * the sentence, or the end of the last word of the MAX_CLAUSE characters from `k`.
 */
function clauseEnd(c: Compact, k: number, level: number): number {
  const limit = Math.min(c.s.length, k + MAX_CLAUSE);
  for (let x = k; x < limit; x++) {
    const q = c.quote[x] as number;
    if (level >= 0 && !inQuote(c, x, level)) return x;
    if (q !== level) continue;
    if (boundaryAt(c, x)) return x;
  }
  if (limit === c.s.length) return limit;
  let e = limit;
  while (e > k + 1 && !wordStart(c, e)) e--;
  return e > k + 1 ? e : limit;
}

/** The start of the clause window before compact index `i`: 0, or the first word start within MAX_CLAUSE characters of it. */
function windowStart(c: Compact, i: number): number {
  const floor = i - MAX_CLAUSE;
  if (floor <= 0) return 0;
  let s = floor;
  while (s < i && !wordStart(c, s)) s++;
  return s < i ? s : floor;
}

/** Whether a word starts at compact index `x` (a space or a quote mark stands before it). */
function wordStart(c: Compact, x: number): boolean {
  return x <= 0 || (c.pos[x] as number) > (c.pos[x - 1] as number) + 1;
}

/** Endings of a core's word that turn to another statement (…하기로 했지만 환경단체들은 …). */
const CONTRAST_TAILS = ['지만', '으나', '는데', '나'];
/** A quotative or adnominal after the final `다` of a core's word (했다고 밝혔다, 했다는 소식): the statement ends at `다`. */
const AFTER_FINAL = ['고', '며', '면서', '는', '라고'];

/**
 * The word that holds a core ending at compact index `j` (outside quotes): where it ends, where the
 * statement ends in it (`…했다` of `했다고`), and whether it ends in a contrast (`했지만`).
 */
function coreWord(c: Compact, j: number): { end: number; statement: number; contrast: boolean } {
  let x = j;
  while (x < c.s.length && x - j < MAX_WORD_TAIL && !wordStart(c, x) && !PUNCT.has(c.s[x] as string) && (c.quote[x] as number) === -1) x++;
  const tail = c.s.slice(j, x);
  let statement = x;
  const d = tail.lastIndexOf('다');
  if (d >= 0 && AFTER_FINAL.includes(tail.slice(d + 1))) statement = j + d + 1;
  return { end: x, statement, contrast: CONTRAST_TAILS.some((t) => tail.endsWith(t)) };
}
/** How far the word of a core may run past it (`했습니다만`). */
const MAX_WORD_TAIL = 8;

/** `end` moved back over punctuation. */
function trimPunct(c: Compact, start: number, end: number): number {
  let e = end;
  while (e > start && PUNCT.has(c.s[e - 1] as string)) e--;
  return e;
}

/** Linking adverbs (`또한`, `이와 함께`) skipped from compact index `s`, not beyond `limit`. */
function skipAdverbs(c: Compact, s: number, limit: number): number {
  for (let again = true; again; ) {
    again = false;
    for (const a of LEADING_ADVERBS) {
      const e = s + a.length;
      if (e < limit && c.s.startsWith(a, s) && wordBreak(c, e)) {
        s = e;
        while (s < limit && c.s[s] === ',') s++;
        again = true;
        break;
      }
    }
  }
  return s;
}

/** Whether a space (or punctuation) separates compact index `e - 1` from `e`. */
function wordBreak(c: Compact, e: number): boolean {
  if (e >= c.s.length) return true;
  return PUNCT.has(c.s[e] as string) || (c.pos[e] as number) > (c.pos[e - 1] as number) + 1;
}

/** Whether `prefix` (one of REPORTED_PREFIXES) last occurs before compact index `i` outside quotes (`…에 따르면`). */
function precedes(c: Compact, prefix: string, i: number): boolean {
  // what c.s.lastIndexOf(prefix, i - prefix.length) finds, from the sentence's list of occurrences
  const at = lookupsOf(c).prefixes.get(prefix) ?? NO_OCCURRENCES;
  const bound = Math.max(0, i - prefix.length);
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] as number) <= bound) lo = mid + 1;
    else hi = mid;
  }
  const x = lo > 0 ? (at[lo - 1] as number) : -1;
  return x >= 0 && c.quote[x] === -1;
}

const NO_OCCURRENCES: readonly number[] = [];

/**
 * Where the words that every core of a sentence asks about stand in it, found once per sentence
 * (a search from each core would read the sentence once per core): the last failure word (무산,
 * 철회) outside quotes and in each quote, and every reported prefix (`에 따르면`).
 */
interface Lookups {
  failed: { outside: number; inQuote: Map<number, number> };
  prefixes: Map<string, number[]>;
}

const LOOKUPS = new WeakMap<Compact, Lookups>();

/** The lookups of the sentence `c`, found on first use. */
function lookupsOf(c: Compact): Lookups {
  let l = LOOKUPS.get(c);
  if (l) return l;
  const failed = { outside: -1, inQuote: new Map<number, number>() };
  for (const w of FRAMES.failed) {
    for (let x = c.s.indexOf(w); x >= 0; x = c.s.indexOf(w, x + 1)) {
      const q = c.quote[x] as number;
      if (q === -1) failed.outside = Math.max(failed.outside, x);
      else failed.inQuote.set(q, Math.max(failed.inQuote.get(q) ?? -1, x));
    }
  }
  const prefixes = new Map<string, number[]>();
  for (const p of REPORTED_PREFIXES) {
    const at: number[] = [];
    for (let x = c.s.indexOf(p); x >= 0; x = c.s.indexOf(p, x + 1)) at.push(x);
    if (at.length > 0) prefixes.set(p, at);
  }
  l = { failed, prefixes };
  LOOKUPS.set(c, l);
  return l;
}

/**
 * Clauses joined by `-고,` before goal clause `g` (outside quotes): `새 모델을 공개하고, … 평가
 * 도구도 개발하기로 했다` also states `새 모델을 공개하고`.
 */
function coordinatedBefore(doc: Doc, c: Compact, g: GoalClause, tok: TokenLookup): GoalClause[] {
  // a bill's provisions are listed inside the noun they describe (…하고, …하는 내용), not coordinated
  if (g.quote || g.family === 'provisions') return [];
  const out: GoalClause[] = [];
  let end = compactIndexAt(c, g.clauseStart) - 1; // the comma before the clause
  // a list of coordinated clauses is read back as far as one clause may reach
  const floor = end - MAX_CLAUSE;
  while (end > 0 && end > floor && c.s[end] === ',' && c.s[end - 1] === '고' && c.quote[end] === -1) {
    const stem = tok.before((c.pos[end - 1] as number) + 1);
    if (stem && !stem.tags.some((t) => t === 'VV' || t === 'XSV')) break;
    const start = clauseStartIndex(c, end - 1, -1);
    const topic = topicBefore(doc, c, start, end, tok);
    let s = topic ? compactIndexAt(c, topic.end) : start;
    s = skipAdverbs(c, s, end);
    if (s >= end - 1) break;
    out.unshift({
      start: c.pos[s] as number,
      end: (c.pos[end - 1] as number) + 1,
      cue: g.cue,
      family: g.family,
      modality: g.modality,
      evidence: [...g.evidence, 'coordinated'],
      core: g.core,
      quote: null,
      clauseStart: c.pos[start] as number,
    });
    end = start - 1;
  }
  return out;
}

/** Remove clauses with the same span (the first found stays). */
function dedupe(gs: GoalClause[]): GoalClause[] {
  if (gs.length <= 1) return gs;
  const seen = new Set<string>();
  return gs.filter((g) => {
    const key = `${g.start},${g.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- topics and morphemes -----------------------------------------------------------------

/** Morphemes of a sentence by their end offset (a binary search: no index is built). */
export class TokenLookup {
  constructor(readonly tokens: readonly Morpheme[]) {}
  /** The morpheme that ends at normalized offset `end`. */
  endingAt(end: number): Morpheme | undefined {
    const i = this.indexEndingAt(end);
    return i < 0 ? undefined : this.tokens[i];
  }
  /** The morpheme before the one that ends at `end`. */
  before(end: number): Morpheme | undefined {
    const i = this.indexEndingAt(end);
    return i <= 0 ? undefined : this.tokens[i - 1];
  }
  get empty(): boolean {
    return this.tokens.length === 0;
  }
  private indexEndingAt(end: number): number {
    const ts = this.tokens;
    let lo = 0;
    let hi = ts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ts[mid] as Morpheme).end < end) lo = mid + 1;
      else hi = mid;
    }
    // several morphemes may end at one offset (a fused analysis): the last of them, as a map would keep
    let i = lo;
    while (i + 1 < ts.length && (ts[i + 1] as Morpheme).end === end) i++;
    return i < ts.length && (ts[i] as Morpheme).end === end ? i : -1;
  }
}

/**
 * The last topic phrase (`이 기구는`, `회원들은`) outside quotes in compact `[from, to)`: the
 * range of its noun phrase and particle, or null.
 */
function topicBefore(doc: Doc, c: Compact, from: number, to: number, tok: TokenLookup): Range | null {
  if (tok.empty || to <= from) return null;
  const topics = subjectPhrases(tok.tokens, doc.text, c.pos[from] as number, endOffset(c, to), true).filter((p) => p.particle === 'topic');
  const last = topics[topics.length - 1];
  return last ? { start: last.start, end: last.particleEnd } : null;
}

/** The last word of a topic phrase, without its particle (`이 법안은` → `법안`). */
function topicHead(doc: Doc, topic: Range): string {
  const words = doc.text.slice(topic.start, topic.end).split(' ');
  const last = words[words.length - 1] ?? '';
  return last.slice(0, -1);
}

/** The compact index of normalized offset `pos` (the next kept character at or after it). */
function compactIndexAt(c: Compact, pos: number): number {
  let lo = 0;
  let hi = c.pos.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((c.pos[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the word before compact index `i` ends in an adnominal ending: `할`/`둘`/`맺을` (future:
 * only ㄹ), or also `한`/`하는`/`한다는` for nouns of intention. Uses the morphemes when they
 * line up, the syllables otherwise.
 */
function adnominalBefore(c: Compact, i: number, tok: TokenLookup, futureOnly: boolean): boolean {
  if (i === 0) return false;
  const prev = c.s[i - 1] as string;
  const t = tok.endingAt((c.pos[i - 1] as number) + 1);
  if (t) {
    if (!t.tags.includes('ETM')) return false;
    if (!futureOnly) return true;
  }
  if (prev === '을') return true;
  const jong = jongseong(prev);
  if (futureOnly) return jong === JONG_L;
  return jong === JONG_L || jong === JONG_N || prev === '는' || prev === '던';
}

/** `했을 것`, `됐을 것`: a guess about the past, never an intention. */
function pastConjecture(c: Compact, i: number): boolean {
  return c.s[i - 1] === '을' && jongseong(c.s[i - 2] ?? '') === JONG_SS;
}

/** Final-consonant index of a Hangul syllable (0: none; 4: ㄴ; 8: ㄹ), -1 for other characters. */
function jongseong(ch: string): number {
  const code = ch.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return -1;
  return code % 28;
}
