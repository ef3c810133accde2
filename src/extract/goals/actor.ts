/**
 * Who states a goal. The order of evidence:
 *
 * 1. a named subject inside the goal clause (`녹색재단이 … 제공할 것`, `정부는 … 강화하겠다는
 *    의지`) — but not for obligations and recommendations, which are the speaker's (`정부가 …
 *    해야 한다` is what the speaker wants);
 * 2. for a quoted goal, the quote's speaker (from the quotes component);
 * 3. the topic of the sentence (`이 기구는`, `두 정상은`), resolved: an anaphor is the organization
 *    meant (the entities component's `refAt`, else the most recent organization subject), a pronoun
 *    the most recent person, `두 정상`/`양측` the most recent joint subject, `회원들` the members of
 *    the current organization;
 * 4. no subject: the previous actor goes on (a zero subject continues the discourse).
 */
import type { Doc } from '../../doc';
import type { Range } from '../../text/sentences';
import type { Morpheme } from '../../types';
import type { EntityIndex, EntityRef, GoalAnnotation, QuoteAnnotation } from '../model';
import { ANALYST_ROLES, ANAPHORIC_DESCRIPTORS, MEMBER_NOUNS, NON_AGENT_SUBJECTS, PERSON_TITLES, REFERENCE } from './lexicon';
import {
  cleanName,
  firstArgumentEnd,
  firstStartingAt,
  lastSubordinate,
  latinIn,
  mentionKind,
  subjectPhrases,
  usable,
  wordBefore,
  type MentionKind,
  type SubjectPhrase,
} from './subjects';
import type { GoalClause } from './korean';

export type Actor = NonNullable<GoalAnnotation['actor']>;

/** The running discourse of one article: the actors a later anaphor or zero subject may mean. */
export class Discourse {
  private last: Actor | null = null;
  private lastOrg: Actor | null = null;
  private lastPerson: Actor | null = null;
  private lastGroup: Actor | null = null;
  /** The most recent salient subject that is neither a known entity nor a person (`카카오는`). */
  private lastOther: Actor | null = null;

  private readonly quotesBySentence = new Map<number, QuoteAnnotation[]>();
  /** The subject phrases outside quotes of the sentence whose morphemes were read last. */
  private sentence: SentencePhrases | null = null;

  constructor(
    private readonly doc: Doc,
    private readonly entities: EntityIndex,
    private readonly quotes: readonly QuoteAnnotation[],
  ) {
    for (const q of quotes) {
      const list = this.quotesBySentence.get(q.sentence);
      if (list) list.push(q);
      else this.quotesBySentence.set(q.sentence, [q]);
    }
  }

  /** The actor of goal clause `g` in a sentence with morphemes `tokens`. */
  actorFor(g: GoalClause, tokens: readonly Morpheme[]): { actor: Actor | null; via: string } {
    // the clause's own subject comes before its first object or linked verb; an obligation's
    // subject is who should act, not who wants it, and a recommendation's addressee is nominative
    if (g.family !== 'deontic') {
      const limit = firstArgumentEnd(tokens, g.start, g.core.start);
      // a subject before a subordinate clause's ending is that clause's (…하도록 정부가 …)
      const subordinate = lastSubordinate(tokens, g.start, g.core.start);
      for (const p of subjectPhrases(tokens, this.doc.text, g.start, limit, false)) {
        if (g.family === 'prescriptive' && p.particle !== 'topic') continue;
        if (subordinate >= p.end) continue;
        const a = this.namedSubject(p);
        if (a) return { actor: a, via: 'clause-subject' };
      }
    }
    if (g.quote) {
      const s = this.speakerOf(g.quote);
      if (s) return { actor: s, via: 'speaker' };
    }
    // outside quotes: the clause's topic, else the sentence's (`산업부는 …늘리고, …확대하기로 했다`,
    // `정부는 “…”라며 …하기로 했다`: the clause after a coordinated or a speech clause)
    const topic = g.quote
      ? this.phrasesOf(tokens).lastBefore(g.quote.start)
      : (lastTopic(subjectPhrases(tokens, this.doc.text, g.clauseStart, g.start, true)) ?? this.phrasesOf(tokens).firstTopicBefore(g.clauseStart));
    // `이 법안은 …` speaks for whoever wrote it: the discourse's actor
    if (topic && !NON_AGENT_SUBJECTS.has(lastWord(cleanName(this.doc.text.slice(topic.start, topic.end))))) {
      const a = this.resolve(topic);
      if (a) return { actor: a, via: 'topic' };
    }
    return { actor: this.last, via: 'zero-subject' };
  }

  /**
   * Record the actors of a finished sentence: its topic (or, in the lead, its subject), the
   * speakers of its quotes, its goals' actors.
   */
  afterSentence(index: number, tokens: readonly Morpheme[], goalActors: readonly (Actor | null)[], isLead: boolean): void {
    const range = this.doc.sentences[index] as Range;
    const phrases = subjectPhrases(tokens, this.doc.text, range.start, range.end, true).filter(usable);
    const topic = phrases.find((p) => p.particle === 'topic');
    const subject = topic ?? phrases[phrases.length - 1];
    if (subject) {
      const a = this.resolve(subject);
      // a nominative outside the lead is often a clause's subject, not whom the article follows
      if (a) this.remember(a, subject, topic !== undefined || isLead);
    }
    for (const q of this.quotesBySentence.get(index) ?? []) {
      if (!q.speaker?.name) continue;
      const a = this.fromSpeaker(q.speaker);
      if (q.speaker.kind === 'person') this.lastPerson = a;
      this.last = a;
    }
    const g = goalActors.filter((a): a is Actor => a !== null).pop();
    if (g) this.last = g;
  }

  private remember(a: Actor, p: SubjectPhrase, salient: boolean): void {
    this.last = a;
    const kind = a.ref?.kind;
    const text = this.doc.text.slice(p.start, p.end);
    if (kind === 'person') this.lastPerson = a;
    else if (kind === 'org') this.lastOrg = a;
    else if (salient && mentionKind(cleanName(text)) === 'name') {
      if (looksLikeOrganization(text)) this.lastOrg = a;
      else if (!PERSON_TITLES.some((t) => text.endsWith(t))) this.lastOther = a;
    }
    if (isJoint(text)) this.lastGroup = a;
  }

  /** A subject inside a goal clause that names an actor (not a pronoun, not `이 법`). */
  private namedSubject(p: SubjectPhrase): Actor | null {
    const text = cleanName(this.doc.text.slice(p.start, p.end));
    const kind = this.kindOf(p, text);
    if (kind === 'member') return this.resolve(p);
    if (kind !== 'name') return null;
    const head = lastWord(text);
    if (NON_AGENT_SUBJECTS.has(head)) return null;
    const ref = this.entities.refAt(p.start, p.end);
    if (ref) return this.fromRef(ref);
    if (p.particle === 'also' && !p.proper) return null;
    const named = looksLikeOrganization(text) || (text.length >= 2 && /^[A-Z가-힣][^\s]{0,12}$/.test(text));
    return named ? { name: text, nameEn: latinIn(this.doc.text.slice(p.start, p.end)), ref: null } : null;
  }

  /** The actor a subject phrase means. */
  resolve(p: SubjectPhrase): Actor | null {
    const raw = this.doc.text.slice(p.start, p.end);
    const text = cleanName(raw);
    const kind = this.kindOf(p, text);
    // `두 정상` means the joint subject named before, whatever single entity it may also point at
    if (kind === 'group' && this.lastGroup) return this.lastGroup;
    // `A과 B가`: both act, not the one entity the phrase ends with
    if (kind === 'name' && isJoint(raw)) return { name: text, nameEn: null, ref: null };
    const ref = this.entities.refAt(p.start, p.end);
    if (ref) return this.fromRef(ref);
    switch (kind) {
      case 'person-pronoun':
        return this.lastPerson ?? this.last;
      case 'org-anaphor':
        return this.lastOrg ?? this.lastOther ?? this.last;
      case 'group':
        return this.lastGroup ?? { name: text, nameEn: null, ref: null };
      case 'member': {
        // `회원들` are the current organization's; `X 회원들` names its organization itself
        const org = this.lastOrg;
        const bare = MEMBER_NOUNS.includes(text.replace(/\s+/g, ''));
        if (org && (bare || text.startsWith(`${org.name} `))) {
          return { name: bare ? `${org.name} ${text}` : text, nameEn: org.nameEn ? `${org.nameEn} members` : null, ref: null };
        }
        return { name: text, nameEn: null, ref: null };
      }
      default:
        return text ? { name: text, nameEn: latinIn(raw), ref: null } : null;
    }
  }

  /** The kind of a subject: a bare descriptor (`기구가`, `정부는`) is an anaphor only after a demonstrative. */
  private kindOf(p: SubjectPhrase, text: string): MentionKind {
    const kind = mentionKind(text);
    const bare = REFERENCE.orgDescriptors.has(text) && !REFERENCE.demonstratives.has(wordBefore(this.doc.text, p.start));
    if (kind === 'org-anaphor' && bare && !(ANAPHORIC_DESCRIPTORS.has(text) && (this.lastOrg || this.lastOther))) return 'name';
    return kind;
  }

  /**
   * Whether the goal clause `g` is an analyst's forecast about someone else: a will-statement
   * (`할 것`) whose clause names its own subject, said by an expert (`교수`, `연구원`, `분석가` …):
   * `김 교수는 “북한은 추가 도발에 나설 것”이라고 말했다` predicts, it states no goal.
   */
  isForecast(g: GoalClause, via: string, tokens: readonly Morpheme[]): boolean {
    if (g.family !== 'future' || via !== 'clause-subject') return false;
    const q = g.quote ? this.quoteOf(g.quote) : undefined;
    const who = q?.speaker ? `${q.speaker.name ?? ''} ${q.speaker.role ?? ''}` : this.sentenceTopic(g, tokens);
    return ANALYST_ROLES.some((r) => who.includes(r));
  }

  /**
   * Whether a will-statement (`할 것`) tells what will happen rather than what someone will do:
   * its clause has a subject that names no actor (`개발 이익이`, `판매가`) and no object before
   * the core (`…건설사에 돌아갈 것`, `판매가 급감할 것`). `이 법이 많은 생명을 구할 것` has an
   * object and stays a goal.
   */
  isHappening(g: GoalClause, tokens: readonly Morpheme[]): boolean {
    if (g.family !== 'future') return false;
    const subject = subjectPhrases(tokens, this.doc.text, g.start, g.core.start, false).find((p) => p.particle === 'nominative');
    if (!subject || this.namedSubject(subject)) return false;
    const kind = mentionKind(cleanName(this.doc.text.slice(subject.start, subject.end)));
    if (kind !== 'name') return false;
    for (let x = firstStartingAt(tokens, subject.particleEnd); x < tokens.length; x++) {
      const t = tokens[x] as Morpheme;
      if (t.end > g.core.start) break;
      if (t.tags.includes('JKO')) return false;
    }
    return true;
  }

  private sentenceTopic(g: GoalClause, tokens: readonly Morpheme[]): string {
    const t = this.phrasesOf(tokens).firstTopicBefore(g.quote ? g.quote.start : g.clauseStart);
    return t ? this.doc.text.slice(t.start, t.end) : '';
  }

  /** The subject phrases outside quotes of the sentence of `tokens`, read once for all its goals. */
  private phrasesOf(tokens: readonly Morpheme[]): SentencePhrases {
    if (this.sentence?.tokens !== tokens) this.sentence = new SentencePhrases(tokens, this.doc.text);
    return this.sentence;
  }

  private quoteOf(content: Range): QuoteAnnotation | undefined {
    return this.quotes.find((x) => x.start <= content.start && content.end <= x.end) ?? this.quotes.find((x) => x.start < content.end && content.start < x.end);
  }

  private speakerOf(content: Range): Actor | null {
    const q = this.quoteOf(content);
    return q?.speaker?.name ? this.fromSpeaker(q.speaker) : null;
  }

  private fromSpeaker(s: NonNullable<QuoteAnnotation['speaker']>): Actor {
    if (s.ref) return this.fromRef(s.ref);
    return { name: s.name ?? '', nameEn: s.nameEn, ref: null };
  }

  private fromRef(ref: EntityRef): Actor {
    const e = ref.kind === 'org' ? this.entities.organizations[ref.index] : this.entities.persons[ref.index];
    return e ? { name: e.name, nameEn: e.nameEn, ref } : { name: '', nameEn: null, ref };
  }
}

// ---- helpers ------------------------------------------------------------------------------

/**
 * The subject phrases outside quotes of one sentence, from its start, with what the actor search
 * asks of the part before a quote or clause: the last topic there (else the last subject), and the
 * first topic. `subjectPhrases(tokens, text, 0, to, true)` is the phrases whose particle ends by
 * `to`, a prefix of the sentence's list: each question costs a bisection, not a reading of the
 * sentence so far, however many goals the sentence has.
 */
class SentencePhrases {
  private readonly phrases: SubjectPhrase[];
  /** Per prefix length n: the index of the last usable topic among the first n phrases, or -1. */
  private readonly lastTopicAt: Int32Array;
  /** Per prefix length n: the index of the last usable phrase among the first n, or -1. */
  private readonly lastUsableAt: Int32Array;
  private readonly firstTopic: number;

  constructor(
    readonly tokens: readonly Morpheme[],
    text: string,
  ) {
    this.phrases = subjectPhrases(tokens, text, 0, Number.POSITIVE_INFINITY, true);
    const n = this.phrases.length;
    this.lastTopicAt = new Int32Array(n + 1).fill(-1);
    this.lastUsableAt = new Int32Array(n + 1).fill(-1);
    for (let k = 0; k < n; k++) {
      const p = this.phrases[k] as SubjectPhrase;
      const ok = usable(p);
      this.lastUsableAt[k + 1] = ok ? k : (this.lastUsableAt[k] as number);
      this.lastTopicAt[k + 1] = ok && p.particle === 'topic' ? k : (this.lastTopicAt[k] as number);
    }
    this.firstTopic = this.phrases.findIndex((p) => p.particle === 'topic');
  }

  /** The last usable topic whose particle ends by `to`, else the last usable phrase, or undefined. */
  lastBefore(to: number): SubjectPhrase | undefined {
    const n = this.countBefore(to);
    const k = this.lastTopicAt[n] as number;
    const j = k >= 0 ? k : (this.lastUsableAt[n] as number);
    return j >= 0 ? this.phrases[j] : undefined;
  }

  /** The sentence's first topic, if its particle ends by `to`. */
  firstTopicBefore(to: number): SubjectPhrase | undefined {
    const p = this.firstTopic >= 0 ? this.phrases[this.firstTopic] : undefined;
    return p && p.particleEnd <= to ? p : undefined;
  }

  /** How many phrases have their particle end by `to` (particle ends never decrease). */
  private countBefore(to: number): number {
    let lo = 0;
    let hi = this.phrases.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.phrases[mid] as SubjectPhrase).particleEnd <= to) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The last usable topic among `phrases`, else the last usable phrase. */
function lastTopic(phrases: readonly SubjectPhrase[]): SubjectPhrase | undefined {
  const outer = phrases.filter(usable);
  return outer.filter((p) => p.particle === 'topic').pop() ?? outer.pop();
}

function lastWord(text: string): string {
  const words = text.split(' ');
  return words[words.length - 1] ?? text;
}

function looksLikeOrganization(text: string): boolean {
  const head = lastWord(text);
  for (const d of REFERENCE.orgDescriptors) if (head.endsWith(d)) return true;
  return hasQuotedName(text) || hasLatinParenthetical(text);
}

/** Whether `text` holds a name in single marks (`‘한국AI협회’`): a ‘, then text, then ’. */
function hasQuotedName(text: string): boolean {
  // (a loop: the regex ‘[^’]+’ rescans from every ‘ of a run with no ’)
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '’') {
      if (open >= 0 && open < i - 1) return true;
      open = -1;
    } else if (ch === '‘' && open < 0) open = i;
  }
  return false;
}

/** Whether `text` holds a parenthetical that starts with a Latin capital (`(KAIA)`) and closes. */
function hasLatinParenthetical(text: string): boolean {
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    const c = text.charCodeAt(i + 1);
    // the first one that opens with a capital decides: a later one closes only if this one does
    if (c >= 65 && c <= 90) return text.indexOf(')', i + 2) >= 0;
  }
  return false;
}

function isJoint(text: string): boolean {
  return /[가-힣A-Za-z)]\s?(?:과|와)\s/.test(text) || /,\s/.test(text);
}
