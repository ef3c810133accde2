/**
 * Critique scores for single sentences. Every cue family of critique-cues.json adds its weight;
 * what each cue means depends on its company:
 *
 * - a contrast word counts at the start of the sentence only (`한편으론`, `하지만`); `한편` alone is
 *   mostly 'meanwhile' and weighs little;
 * - a critic verb (`비판했다`, `반대한다는 입장`) weighs fully as the main predicate, half elsewhere;
 *   criticism reported as voiced (`…라는 지적도 나온다`, `신중론이 나온다`) and idioms of a critical
 *   reception (`시선은 싸늘하다`) weigh fully;
 * - a neutral reporting verb (`지적했다`, `평가했다`) never reaches the threshold alone: it takes an
 *   accusation (`스파이`, `불법`), a doubt or a stance word (`한계`) to make criticism of it;
 * - a doubt (`갈 길이 멀다`, `역부족`), a loaded label (`매표`, `포퓰리즘`) or a warning (`위협이 되고
 *   있다`) needs company too: a contrast, a critic, an analysis verb, or a named speaker's quote;
 * - moderate disapproval (`바람직하지 않다`, `재검토해야`), charges of misconduct (`강요하고 있다`) and
 *   counter-analysis (`…다는 통계는 없다`) work like doubts; the last words of a quote count as a main
 *   predicate for them;
 * - hardship (`시달리고 있다`) never reaches the threshold alone: voiced by an advocate (a union, an
 *   association) it does, and so does any of the above;
 * - a protest action (`걸개`, `농성`) needs a demand (`…하라`) or another cue;
 * - a concession counts when a bad outcome follows it (`…맞지만 … 어렵다`);
 * - evidence markers (`실제로`, `솔직히`, `털어놓았다`) count only when they back a doubt, in the
 *   sentence or the one before;
 * - a worry about a threat (`미사일 … 우려`) is a warning about a third party and weighs less;
 * - a word that dismisses a doubt (`일축했다`, `불식`) takes weight away.
 *
 * Besides the score, the result says what the sentence does for a run of critique (index.ts): it
 * frames critics to come, a critic speaks in it, it turns back to the subject, it reports speech.
 */
import { FAMILIES, MAIN_PREDICATE_WINDOW, type Compiled, type Family } from './lexicon';
import { endsNearEnd, scan, wordEndsAt, type Hit, type SentenceView } from './view';

const FAMILY_IDS = Object.fromEntries(FAMILIES.map((f, i) => [f, i])) as Record<Family, number>;
const BUCKETS: Hit[][] = FAMILIES.map(() => []);

export interface SentenceScore {
  score: number;
  /** `family:word` for every cue that fired. */
  cues: string[];
  /** The weight of the cues that speak against something (contrast and evidence left out), plus a little for a bad outcome word. */
  negativity: number;
  /** It frames what follows as critique: reported criticism, a critical-reception idiom, a contrast opener with a doubt. */
  frames: boolean;
  /** A critic speaks: a critic verb as the main predicate, or a doubt in a named speaker's quote. */
  criticSpeaks: boolean;
  /** It opens with a contrast or turn-back word (반면, 이에 대해, 한편): a run ends before it. */
  turnsBack: boolean;
  /** It dismisses a doubt (일축, 불식). */
  dispels: boolean;
  /** It ends with a speech verb (…라고 말했다, …고 지적했다). */
  speech: boolean;
  /** It elaborates the sentence before (…다는 것이다). */
  elaboration: boolean;
  /** It opens with a group as its subject (전문가들은, 학계에서는): a critic speaking in it frames a run. */
  collective: boolean;
}

export interface ScoreContext {
  /** The sentence before was critique: evidence markers count. */
  previousIsCritique: boolean;
  /** The sentence holds a quote with a named speaker (or a sound bite). */
  speakerQuoted: boolean;
  /** The names and roles of the speakers quoted in the sentence (advocates are looked up in them). */
  speakers?: readonly string[];
}

/*
 * The scorer reads one sentence at a time, synchronously: the sentence in progress lives in the
 * module state below (no closures or maps are made per sentence).
 */
let cur: SentenceView;
let lex: Compiled;
let out: SentenceScore;
let english = false;
let threat = false;
let worried = false;

/** Score the sentence `view` with the compiled cues of its language. */
export function scoreSentence(view: SentenceView, lexicon: Compiled, context: ScoreContext): SentenceScore {
  const cues = lexicon.cues;
  const hits = scan(view, lexicon);
  cur = view;
  lex = lexicon;
  english = lexicon.language === 'en';
  out = { score: 0, cues: [], negativity: 0, frames: false, criticSpeaks: false, turnsBack: false, dispels: false, speech: false, elaboration: false, collective: false };
  const result = out;

  // sentence-initial contrast
  const lead = leadingSkip(view);
  let opener: { word: string; weight: number } | undefined;
  for (const o of lexicon.openers) {
    if (view.s.startsWith(o.word, lead) && wordEndsAt(view, lead + o.word.length)) {
      opener = o;
      break;
    }
  }
  if (opener) add('contrast', opener.word, opener.weight, false);
  result.turnsBack = opener !== undefined || startsWithWord(view, lead, lexicon.turnBack);
  // no cue at all (a third of all sentences): nothing more to weigh
  if (hits.length === 0) return result;

  // group the hits by family, in order of position (shared buckets: read during this call only)
  for (const b of BUCKETS) if (b.length > 0) b.length = 0;
  for (const h of hits) (BUCKETS[h.entry.familyId] as Hit[]).push(h);
  threat = of('threat').length > 0;
  worried = false;

  const strongOpener = opener !== undefined && opener.weight >= cues.contrast.weight;
  const openerEnd = opener ? lead + opener.word.length : lead;

  const inner = words('innerContrast')[0];
  if (inner) add('contrast', inner.entry.word, cues.innerContrast.weight, false);

  // critic verbs: the main predicate first
  const criticWords = words('critic');
  let mainCritic: Hit | undefined;
  for (const h of criticWords) {
    if (isMain(lastOf('critic', h.entry.word) as Hit)) {
      mainCritic = h;
      break;
    }
  }
  const critic = mainCritic ?? criticWords[0];
  if (critic) {
    const main = mainCritic !== undefined;
    add('critic', critic.entry.word, (main ? cues.criticVerbs.weight : cues.criticVerbs.secondaryWeight) * worryFactor(critic));
    if (main) result.criticSpeaks = true;
  }

  // reported criticism: 지적도 나온다, 신중론이 나온다, …라는 지적이다
  const reported = reportedAt(view, lexicon, of('reportedNoun'));
  if (reported) {
    const main = reported.end <= view.bodyEnd && view.bodyEnd - reported.end <= cues.reported.mainWindow;
    add('reported', reported.hit.entry.word, (main ? cues.reported.weight : cues.reported.secondaryWeight) * worryFactor(reported.hit));
    if (main) result.frames = true;
  }
  const frame = of('frame')[0];
  if (frame) {
    add('frame', frame.entry.word, cues.frame.weight);
    result.frames = true;
  }

  // a stance word inside the critic phrase (비판 in 비판적 입장) is that phrase, not a second cue
  let stances = 0;
  for (const h of words('stance')) {
    if (stances >= cues.stance.maxCount) break;
    if (critic?.entry.word.includes(h.entry.word) || reported?.hit.entry.word === h.entry.word) continue;
    stances++;
    add('stance', h.entry.word, (h.entry.strong ? cues.stance.strong.weight : cues.stance.weight) * worryFactor(h));
  }
  // doubts and labels: capped; as the main predicate (…할지는 미지수다) the reporter's own doubt
  const doubts = capped('doubt', cues.doubt);
  const labels = capped('label', cues.label);
  // moderate disapproval, charges of misconduct, counter-analysis, grievances: like doubts, but
  // the main predicate of a quote counts as a main predicate too
  const grievances = capped('disapproval', cues.disapproval, true) + capped('blame', cues.blame, true) + capped('counter', cues.counter, true) + capped('hardship', cues.hardship, true);
  for (const h of of('alsoReported')) {
    if (!endsNearEnd(view, h.index, h.entry.word.length, cues.reported.mainWindow)) continue;
    add('also', h.entry.word, cues.alsoReported.weight, false);
    break;
  }
  let protest = 0;
  for (const h of words('protest')) {
    const weight = Math.min(protest === 0 ? cues.protest.weight : cues.protest.extraWeight, cues.protest.cap - protest);
    if (weight <= 0) break;
    protest += weight;
    add('protest', h.entry.word, weight);
  }
  const demand = words('demand')[0];
  if (demand) add('demand', demand.entry.word, cues.demand.weight);
  const warning = words('warning')[0];
  if (warning) add('warning', warning.entry.word, cues.warning.weight);

  // a warning: with a bad outcome beside it, critique; about a threat, a worry
  const warn = critic ? undefined : words('warn')[0];
  if (warn) {
    const main = isMain(lastOf('warn', warn.entry.word) as Hit);
    add('warn', warn.entry.word, (main ? cues.warnVerbs.weight : cues.warnVerbs.secondaryWeight) * worryFactor(warn));
    // not the warning itself (경고 is a bad-outcome word too)
    let outcome: Hit | undefined;
    for (const h of of('outcome')) {
      if (h.index + h.entry.word.length <= warn.index || h.index >= warn.index + warn.entry.word.length) {
        outcome = h;
        break;
      }
    }
    if (main && outcome && !threat) add('outcome', outcome.entry.word, cues.negativeOutcome.withWarning);
  }
  const report = critic || warn ? undefined : words('report')[0];
  if (report) add('report', report.entry.word, isMain(lastOf('report', report.entry.word) as Hit) ? cues.neutralReport.weight : cues.neutralReport.secondaryWeight);
  for (const h of words('analysis')) {
    if (!isMain(lastOf('analysis', h.entry.word) as Hit)) continue;
    add('analysis', h.entry.word, cues.analysis.weight, false);
    break;
  }

  // beside a worry about a threat, the threat word (도발, 해킹) is what is feared, not an accusation
  let accusation = 0;
  for (const h of words('accusation')) {
    if (worried && lexicon.threatWords.has(h.entry.word)) continue;
    const weight = Math.min(accusation === 0 ? cues.accusation.weight : cues.accusation.extraWeight, cues.accusation.cap - accusation);
    if (weight <= 0) break;
    accusation += weight;
    add('accusation', h.entry.word, weight);
  }
  let evaluation = 0;
  for (const h of words('evaluation')) {
    if (evaluation >= cues.negativeEvaluation.cap) break;
    evaluation += cues.negativeEvaluation.weight;
    add('evaluation', h.entry.word, cues.negativeEvaluation.weight);
  }

  // yes-but: a concession (not the sentence's opener) with a bad outcome after it
  let concession = false;
  const marker = firstFrom(of('concessionMarker'), openerEnd);
  if (marker) {
    const after = marker.index + marker.entry.word.length;
    const outcome = firstFrom(of('concessionOutcome'), after) ?? firstFrom(of('doubt'), after);
    if (outcome) {
      concession = true;
      add('concession', `${marker.entry.word}…${outcome.entry.word}`, cues.concession.weight);
    }
  }

  // a doubt, label, warning or concession voiced by someone: in a named speaker's quote, or as
  // reported speech (…실효성이 떨어진다고 입을 모았다)
  result.speech = endsWithinAny(of('speech'), MAIN_PREDICATE_WINDOW);
  // Korean: what stands before the closing speech verb is said (…문제가 있었다고 지적한다)
  const speechAt = result.speech && !english ? lastStartNearEnd(of('speech'), MAIN_PREDICATE_WINDOW) : -1;
  for (const h of hits) {
    const voicedFamily = h.entry.family === 'concessionMarker' ? concession && lexicon.quotedFamilies.has('concession') : lexicon.quotedFamilies.has(h.entry.family);
    if (!voicedFamily) continue;
    if (view.quoted[view.base + h.index] === 1 ? context.speakerQuoted : result.speech && (!isMain(h) || h.index + h.entry.word.length <= speechAt)) {
      add('quoted', h.entry.word, cues.quoted.weight);
      result.criticSpeaks = true;
      break;
    }
  }

  // a grievance, a charge, a disapproval or a demand voiced by an advocate (노조, 협회, 시민단체)
  if (grievances > 0 || demand) {
    const advocate = advocateOf(view, lexicon, context.speakers ?? []);
    if (advocate) {
      add('advocate', advocate, cues.advocates.weight);
      result.criticSpeaks = true;
    }
  }

  const dispel = of('dispel')[0];
  if (dispel) {
    add('dispel', dispel.entry.word, cues.dispel.weight);
    result.dispels = true;
  }

  // evidence backs a doubt: it needs a doubt beside it (or just before)
  const doubt = stances > 0 || doubts > 0 || critic !== undefined || strongOpener;
  if (doubt || context.previousIsCritique) {
    for (const h of words('evidence')) add('evidence', h.entry.word, cues.evidence.weight, false);
  }

  if (of('outcome').length > 0) result.negativity += 0.5;
  // a contrast that opens onto a doubt frames the critics to come
  if (strongOpener && (stances > 0 || doubts > 0 || labels > 0)) result.frames = true;

  result.elaboration = endsWithinAny(of('elaboration'), 4);
  result.collective = collectiveHead(view, lexicon, openerEnd);
  return result;
}

function add(family: string, word: string, weight: number, negative = true): void {
  out.score += weight;
  if (negative) out.negativity += weight;
  out.cues.push(`${family}:${word}`);
}

function isMain(h: Hit): boolean {
  return english || endsNearEnd(cur, h.index, h.entry.word.length, MAIN_PREDICATE_WINDOW);
}

function worryFactor(h: Hit): number {
  if (!threat || !h.entry.worry) return 1;
  worried = true;
  return lex.cues.thirdPartyThreat.factor;
}

/** The hits of a family, in order of position. */
function of(f: Family): readonly Hit[] {
  return BUCKETS[FAMILY_IDS[f]] as Hit[];
}

/** Distinct words of a family, earliest in the family's list first. */
function words(f: Family): readonly Hit[] {
  const list = of(f);
  if (list.length <= 1) return list;
  const seen = new Set<string>();
  return list.filter((h) => !seen.has(h.entry.word) && seen.add(h.entry.word)).sort((a, b) => a.entry.order - b.entry.order);
}

/** The last hit of `word` in family `f`. */
function lastOf(f: Family, word: string): Hit | undefined {
  const list = of(f);
  for (let k = list.length - 1; k >= 0; k--) if ((list[k] as Hit).entry.word === word) return list[k];
  return undefined;
}

/**
 * Doubts, labels and their kin, capped; as the main predicate they weigh `mainWeight` (with
 * `quoteEnd`, also as the last words of a quote: `“…강요하고 있다”고 ○○ 관계자는 말했다`).
 */
function capped(family: 'doubt' | 'label' | 'disapproval' | 'blame' | 'counter' | 'hardship', set: { weight: number; mainWeight: number; cap: number }, quoteEnd = false): number {
  let total = 0;
  for (const h of words(family)) {
    const last = lastOf(family, h.entry.word) as Hit;
    const main = (isMain(last) || (quoteEnd && endsQuote(last))) && !english;
    const w = Math.min(main ? set.mainWeight : set.weight, set.cap - total) * worryFactor(h);
    if (w <= 0) break;
    total += w;
    add(family, h.entry.word, w);
  }
  return total;
}

/** Whether a hit inside a quote ends within a few letters of the quote's end (its main predicate). */
function endsQuote(h: Hit): boolean {
  const at = cur.base + h.index;
  if (cur.quoted[at] !== 1) return false;
  const end = h.index + h.entry.word.length;
  const limit = Math.min(cur.s.length, end + QUOTE_END_WINDOW);
  for (let k = end; k < limit; k++) if (cur.quoted[cur.base + k] !== 1) return true;
  return limit === cur.s.length;
}
/** Letters a quote's main predicate may leave before its end (`시달리` + `고 있다`). */
const QUOTE_END_WINDOW = 6;

/**
 * The advocate voicing the sentence: a speaker whose name or role holds one of the advocates'
 * words, or such a word in the sentence's first letters (before any quote: `노조는 성명을 내고 …`).
 */
function advocateOf(view: SentenceView, lexicon: Compiled, speakers: readonly string[]): string | undefined {
  const list = lexicon.advocates;
  for (const sp of speakers) {
    const name = english ? sp.toLowerCase() : sp.replace(/\s+/g, '');
    const w = list.find((a) => (english ? containsWord(name, a) : name.includes(a)));
    if (w) return w;
  }
  let end = Math.min(view.s.length, lexicon.cues.advocates.headWindow);
  for (let k = 0; k < end; k++) {
    if (view.quoted[view.base + k] === 1) {
      end = k;
      break;
    }
  }
  const head = view.s.slice(0, end);
  return list.find((a) => (english ? containsWord(head, a) : head.includes(a)));
}

/** Whether `w` stands in `s` as a whole word. */
function containsWord(s: string, w: string): boolean {
  for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
    const a = s.charCodeAt(i - 1);
    const b = s.charCodeAt(i + w.length);
    if (!(a >= 0x61 && a <= 0x7a) && !(b >= 0x61 && b <= 0x7a)) return true;
  }
  return false;
}

/**
 * Whether the sentence opens with a group as its subject (전문가들은, 학계에서는, 일각에서): one of
 * its first words (after the opener, before any quote) ends so.
 */
function collectiveHead(view: SentenceView, lexicon: Compiled, from: number): boolean {
  const list = lexicon.cues.run.collective;
  if (list.length === 0) return false;
  let start = from;
  for (let word = 0; word < COLLECTIVE_WORDS && start < view.s.length; word++) {
    let k = start + 1;
    while (k < view.s.length && !wordEndsAt(view, k)) k++;
    if (view.quoted[view.base + k - 1] === 1) return false;
    const w = view.s.slice(start, k);
    if (list.some((c) => w.endsWith(c) && w.length > c.length)) return true;
    start = k < view.s.length && view.s[k] === ',' ? k + 1 : k;
  }
  return false;
}
/** How many words from its start a sentence's group subject may stand (`이에 대해 일부 교육감들은`). */
const COLLECTIVE_WORDS = 4;

/** The first hit at or after index `from`. */
function firstFrom(list: readonly Hit[], from: number): Hit | undefined {
  for (const h of list) if (h.index >= from) return h;
  return undefined;
}

/** Where the last of the hits that end within `window` characters of the sentence's end starts, or -1. */
function lastStartNearEnd(list: readonly Hit[], window: number): number {
  let at = -1;
  for (const h of list) if (endsNearEnd(cur, h.index, h.entry.word.length, window)) at = Math.max(at, h.index);
  return at;
}

/** Whether any of the hits ends within `window` characters of the sentence's end. */
function endsWithinAny(list: readonly Hit[], window: number): boolean {
  for (const h of list) if (endsNearEnd(cur, h.index, h.entry.word.length, window)) return true;
  return false;
}

/** Whether one of `words` stands at `lead` as a whole word. */
function startsWithWord(view: SentenceView, lead: number, list: readonly string[]): boolean {
  for (const w of list) if (view.s.startsWith(w, lead) && wordEndsAt(view, lead + w.length)) return true;
  return false;
}

/** Where the sentence's first word starts: after an opening mark or a `[…]` label. */
function leadingSkip(view: SentenceView): number {
  let k = 0;
  const s = view.s;
  while (k < s.length && (s[k] === '"' || s[k] === '“' || s[k] === '‘' || s[k] === "'" || s[k] === ' ')) k++;
  return k;
}

/**
 * The first noun of criticism that is reported as voiced: followed by an optional particle and a
 * verb of emergence (`지적도 나온다`, `신중론이 나온다`, `우려가 제기된다`), or closing the sentence
 * with a copula (`…라는 지적이다`). `end`: where the verb (or copula) ends.
 */
function reportedAt(view: SentenceView, lexicon: Compiled, nouns: readonly Hit[]): { hit: Hit; end: number } | undefined {
  const s = view.s;
  for (const h of nouns) {
    const after = h.index + h.entry.word.length;
    const ending = lexicon.endingNouns.has(h.entry.word) ? lexicon.reportedEndings.find((e) => after + e.length === view.bodyEnd && s.startsWith(e, after)) : undefined;
    if (ending !== undefined) return { hit: h, end: view.bodyEnd };
    // a particle (이나온다 is 이 + 나온다, not 이나 + 온다) or none (우려 확산), then the verb
    const bare = verbAt(s, after, lexicon);
    if (bare) return { hit: h, end: after + bare.length };
    for (const p of lexicon.reportedParticles) {
      if (!s.startsWith(p, after)) continue;
      const verb = verbAt(s, after + p.length, lexicon) ?? (p === '도' ? lexicon.alsoVerbsByFirst.get(s.charCodeAt(after + 1))?.find((v) => s.startsWith(v, after + 1)) : undefined);
      if (verb) return { hit: h, end: after + p.length + verb.length };
    }
  }
  return undefined;
}

/** The verb of emergence that starts at `at` (looked up by its first letter), if any. */
function verbAt(s: string, at: number, lexicon: Compiled): string | undefined {
  const candidates = lexicon.reportedVerbsByFirst.get(s.charCodeAt(at));
  return candidates?.find((v) => s.startsWith(v, at));
}
