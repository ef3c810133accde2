/**
 * Quotes and speakers in English news: `"…," said Jane Doe`, `"…," Jane Doe said`, `"…," he said`,
 * `Jane Doe, a spokeswoman, said: "…"`, `According to Jane Doe, "…"`, `The ministry said it would
 * "…"` (a partial quote), `Hyundai Motor President and CEO Maria Lopez said` (the role before the
 * name), `X, which represents …, said` and `a union official who asked not to be named told` (a
 * relative clause skipped). A later `Doe said` (or `Park said` for Park Ji-won, family name first)
 * resolves to the full name introduced earlier, `he` / `she` to the last person quoted or named as
 * a subject in the narration (`Lopez stressed that …`), and a quote with no frame right after
 * another, or right after its attribution sentence, continues its speaker.
 */
import { sentenceIndexAt, type Doc } from '../../doc';
import type { SpeakerKind, SpeakerVia } from '../../types';
import type { EntityIndex, QuoteAnnotation } from '../model';
import { ENGLISH_CONNECTORS, ENGLISH_DETERMINERS, ENGLISH_HONORIFICS, ENGLISH_ORG_NOUNS, ENGLISH_RELATIVES, ENGLISH_TITLE_WORDS, ROMANIZED_SURNAMES } from './lexicon';
import { findQuoteSpans, type QuoteSpan } from './marks';
import { stripTrailing } from './punct';
import { englishPhrasalAt, isEnglishVerb } from './verbs';

interface Tok {
  start: number;
  end: number;
  text: string;
  /** Without surrounding punctuation. */
  bare: string;
}

interface EnSpeaker {
  name: string;
  role: string | null;
  kind: SpeakerKind;
  start: number;
  end: number;
}

interface Found {
  speaker: EnSpeaker | null;
  pronoun: Tok | null;
  verb: Tok[];
  rule: string;
  /** The verb stands away from the quote (`said in a statement that it would "…"`). */
  partial: boolean;
}

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'al', 'bin', 'da', 'del', 'der', 'la', 'le', 'di', 'du', 'dos', 'el']);
const MAX_TOKENS = 24;
const WINDOW = 400;
/** Punctuation and marks after a reporting verb (said,”), left out of its text. */
const AFTER_VERB = ',.:;"“”';
/** Marks and punctuation after a word (models,” Doe.), left out of its bare form. */
const AFTER_WORD = '“”"‘’\'),.;:!?]—–';

/** Find the quotes of an English article with their speakers. */
export function extractEnglish(doc: Doc, entities: EntityIndex): QuoteAnnotation[] {
  const spans = findQuoteSpans(doc).filter((q) => !q.nested);
  const paragraphs = doc.structure.paragraphs;
  const people: EnSpeaker[] = [];
  const out: QuoteAnnotation[] = [];
  const state: { last: { speaker: EnSpeaker | null; paragraph: number; end: number } | null; lastPerson: EnSpeaker | null } = {
    last: null,
    lastPerson: null,
  };

  // the narration between quotes: who it says spoke (Lopez stressed that …) is who `he` refers to next
  let cursor = 0;
  const narrate = (to: number): void => {
    for (const sp of narratedSpeakers(doc, cursor, to)) {
      if (entities.refAt(sp.start, sp.end)?.kind === 'org') continue; // Samsung Electronics
      const full = knownAs(people, sp.name);
      if (!full && sp.name.split(' ').length < 2) continue; // one capitalised word (Hyundai, Analysts) is no one introduced
      if (!full) people.push(sp);
      state.lastPerson = full ?? sp;
    }
    cursor = Math.max(cursor, to);
  };

  for (const q of spans) {
    const p = paragraphs[q.paragraph]!;
    if (p.role === 'byline' || p.role === 'signoff') continue;
    narrate(q.open >= 0 ? q.open : q.start);
    cursor = Math.max(cursor, q.close >= 0 ? q.close + 1 : q.end);
    const sentence = Math.max(0, sentenceIndexAt(doc, q.start));
    if (p.role === 'title' || p.role === 'deck' || p.role === 'heading') {
      out.push({ start: q.start, end: q.end, kind: 'headline', speaker: null, verb: null, verbRange: null, sentence, evidence: [...q.evidence, 'kind:headline'] });
      continue;
    }
    const openAt = q.open >= 0 ? q.open : q.start;
    const after = q.close >= 0 ? tokens(doc, q.close + 1, Math.min(p.end, q.close + 1 + WINDOW)).slice(0, MAX_TOKENS) : [];
    const before = sentenceTail(tokens(doc, Math.max(p.textStart, openAt - WINDOW), openAt)).slice(-MAX_TOKENS);
    const words = doc.text.slice(q.start, q.end).trim().split(/\s+/u).filter(Boolean).length;
    // a quote closed by a full stop ends its sentence: a capitalised word after it starts the next one
    const closed = /\.\s*$/u.test(doc.text.slice(q.start, q.end)) && /^[A-Z]/u.test(after[0]?.bare ?? '');
    const found = (closed ? null : fromTail(cutAtNextQuote(after))) ?? fromHead(before);
    const evidence = [...q.evidence];
    let speaker: EnSpeaker | null = null;
    let via: SpeakerVia = 'explicit';
    let mention: { start: number; end: number } | null = null;
    if (found) {
      evidence.push(found.rule, 'verb:lexicon');
      if (found.pronoun) {
        speaker = found.pronoun.bare.toLowerCase() === 'it' ? (state.last?.speaker ?? null) : state.lastPerson ?? state.last?.speaker ?? null;
        via = 'pronoun';
        mention = { start: found.pronoun.start + leadPunct(found.pronoun), end: found.pronoun.start + leadPunct(found.pronoun) + found.pronoun.bare.length };
      } else if (found.speaker) {
        const sp = found.speaker;
        mention = { start: sp.start, end: sp.end };
        const full = sp.kind === 'person' ? knownAs(people, sp.name) : undefined;
        if (full && full.name !== sp.name) {
          speaker = { ...full };
          via = 'short-name';
          evidence.push('speaker:short-name');
        } else {
          speaker = { ...sp, role: sp.role ?? full?.role ?? null };
          if (!full && sp.kind === 'person') people.push(sp);
          evidence.push(sp.kind === 'person' ? 'speaker:name' : 'speaker:descriptor');
        }
      }
    } else if (state.last && continues(doc, state.last, q)) {
      speaker = state.last.speaker;
      via = 'context';
      evidence.push('speaker:continues');
    } else if (words < 6) {
      continue; // a quoted term or title, not a quote
    }
    const ref = mention ? entities.refAt(mention.start, mention.end) : null;
    const entity = ref?.kind === 'person' ? entities.persons[ref.index] : ref?.kind === 'org' ? entities.organizations[ref.index] : undefined;
    // a body the entities component knows, read as a name (Samsung said)
    if (speaker && ref?.kind === 'org' && speaker.kind === 'person' && !speaker.role && via === 'explicit') {
      const k = people.findIndex((x) => x.name === speaker!.name);
      if (k >= 0) people.splice(k, 1);
      speaker = { ...speaker, kind: 'organization' };
    }
    state.last = { speaker, paragraph: q.paragraph, end: q.close >= 0 ? q.close + 1 : q.end };
    if (speaker?.kind === 'person') state.lastPerson = speaker;
    const verbText = found ? stripTrailing(doc.text.slice(found.verb[0]!.start, found.verb[found.verb.length - 1]!.end), AFTER_VERB) : null;
    out.push({
      start: q.start,
      end: q.end,
      kind: found?.partial ? 'partial' : 'direct',
      speaker: speaker
        ? {
            name: speaker.name,
            nameEn: entity?.nameEn ?? (speaker.kind === 'unnamed' ? null : speaker.name),
            role: speaker.role,
            kind: speaker.kind,
            mention,
            via,
            ref,
          }
        : null,
      verb: verbText,
      verbRange: found && verbText ? { start: found.verb[0]!.start, end: found.verb[0]!.start + verbText.length } : null,
      sentence,
      evidence,
    });
  }
  return out;
}

/** How many words of a sentence of narration are read for a speaker (a longer one is cut). */
const MAX_NARRATION_TOKENS = 60;

/**
 * The persons the body paragraphs' narration in `[from, to)` names as the subjects of reporting
 * verbs (`Lopez stressed that …`, `Maria Lopez, the CEO, added that …`), in order.
 */
function narratedSpeakers(doc: Doc, from: number, to: number): EnSpeaker[] {
  const out: EnSpeaker[] = [];
  const paragraphs = doc.structure.paragraphs;
  // the first paragraph that ends after `from` (paragraphs are in document order)
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < paragraphs.length && paragraphs[i]!.textStart < to; i++) {
    const p = paragraphs[i]!;
    if (p.role !== 'body' || p.end <= from) continue;
    const all = tokens(doc, Math.max(from, p.textStart), Math.min(to, p.end));
    let s0 = 0;
    for (let k = 0; k <= all.length; k++) {
      if (k < all.length && !endsSentence(all[k]!)) continue;
      const sentence = all.slice(s0, Math.min(k + 1, s0 + MAX_NARRATION_TOKENS));
      s0 = k + 1;
      const found = subjectOfVerb(sentence);
      if (found) out.push(found);
    }
  }
  return out;
}

/**
 * The person a sentence of narration names before its first reporting verb, or as the subject it
 * opens with (`Samsung Electronics Vice Chairman Lee Jae-yong met …`: a name of two words or more
 * before a lower-case word), or null.
 */
function subjectOfVerb(t: Tok[]): EnSpeaker | null {
  const opening = nameAt(t, 0, true);
  if (opening && opening.speaker.kind === 'person' && opening.speaker.name.includes(' ') && /^[a-z]/u.test(t[opening.next]?.bare ?? '')) return opening.speaker;
  for (let k = 1; k < t.length; k++) {
    if (!verbAt(t, k)) continue;
    for (let s = Math.max(0, k - 10); s < k; s++) {
      const sp = nameAt(t, s, true);
      if (sp && sp.next === k) return sp.speaker.kind === 'person' ? sp.speaker : null;
    }
    return null;
  }
  return null;
}

/** A quote with no frame continues the previous one: right after it in the paragraph, or opening the next paragraph. */
function continues(doc: Doc, last: { paragraph: number; end: number }, q: QuoteSpan): boolean {
  const openAt = q.open >= 0 ? q.open : q.start;
  if (last.paragraph === q.paragraph) return openAt - last.end < 80 || attributionBetween(doc, last.end, openAt);
  const p = doc.structure.paragraphs[q.paragraph]!;
  return last.paragraph === q.paragraph - 1 && openAt === p.textStart;
}

/**
 * Whether `[from, to)` holds one sentence only, the previous quote's attribution, and the quote
 * opens the next sentence (`"…," Lopez said at a press conference in Seoul. "We aim …"`).
 */
function attributionBetween(doc: Doc, from: number, to: number): boolean {
  if (to - from > 300) return false;
  const t = tokens(doc, from, to);
  if (t.length === 0 || !/[.!?]$/u.test(t[t.length - 1]!.text)) return false;
  for (let k = 0; k < t.length - 1; k++) if (endsSentence(t[k]!)) return false;
  return true;
}

/** A word that ends a sentence (. ? !), not an honorific or an initial (Mr., J.). */
function endsSentence(x: Tok): boolean {
  return /[.?!]["”’]?$/u.test(x.text) && !ENGLISH_HONORIFICS.has(x.bare.toLowerCase()) && !/^[A-Z]$/u.test(x.bare);
}

/** `…," said Jane Doe, a spokeswoman` / `…," Jane Doe said` / `…," Doe, the minister, said` / `…," he said`. */
function fromTail(t: Tok[]): Found | null {
  if (t.length === 0) return null;
  const v0 = verbAt(t, 0);
  if (v0) {
    const pr = t[v0.length];
    if (pr && PRONOUNS.has(pr.bare.toLowerCase())) return { speaker: null, pronoun: pr, verb: v0, rule: 'speaker:pronoun', partial: false };
    const sp = nameAt(t, v0.length, true);
    if (sp) return { speaker: sp.speaker, pronoun: null, verb: v0, rule: 'speaker:after-verb', partial: false };
    return null;
  }
  if (PRONOUNS.has(t[0]!.bare.toLowerCase())) {
    const v = verbAt(t, 1);
    if (v) return { speaker: null, pronoun: t[0]!, verb: v, rule: 'speaker:pronoun', partial: false };
  }
  const sp = nameAt(t, 0, true);
  if (sp) {
    const at = mainVerbAt(t, sp.next);
    const v = at >= 0 ? verbAt(t, at) : null;
    if (v) return { speaker: sp.speaker, pronoun: null, verb: v, rule: 'speaker:before-verb', partial: false };
  }
  return null;
}

/**
 * Where the verb of a subject that ends before `t[i]` stands: at `i`, or after a relative clause
 * (`a union official who asked not to be named told …`: the last reporting verb of the sentence,
 * not the clause's own); -1 when there is none.
 */
function mainVerbAt(t: Tok[], i: number): number {
  if (verbAt(t, i)) return i;
  if (!t[i] || !ENGLISH_RELATIVES.has(t[i]!.bare.toLowerCase())) return -1;
  let found = -1;
  for (let j = i + 2; j < Math.min(t.length, i + 14); j++) {
    if (/[.;!?]$/u.test(t[j - 1]!.text)) break;
    if (verbAt(t, j)) found = j;
  }
  return found;
}

/** `Jane Doe said: "…"`, `He told Reuters: "…"`, `According to Jane Doe, "…"`, `The ministry said it would "…"`. */
function fromHead(t: Tok[]): Found | null {
  const n = t.length;
  if (n < 2) return null;
  for (let k = n - 3; k >= 0; k--) {
    if (t[k]!.bare.toLowerCase() === 'according' && t[k + 1]!.bare.toLowerCase() === 'to') {
      const sp = nameAt(t, k + 2, true);
      if (sp) return { speaker: sp.speaker, pronoun: null, verb: [t[k]!, t[k + 1]!], rule: 'speaker:according-to', partial: false };
    }
  }
  // the nearest reporting verb before the quote, with its subject right before it
  for (let k = n - 1; k >= 1; k--) {
    const v = verbAt(t, k);
    if (!v) continue;
    // the verb right before the quote (said: "…", told reporters: "…") frames a direct quote; one
    // farther away (said the deal "will help …") a partial one
    const partial = k < n - 1 && !/[:,]$/u.test(t[n - 1]!.text);
    const prev = t[k - 1]!;
    if (PRONOUNS.has(prev.bare.toLowerCase())) return { speaker: null, pronoun: prev, verb: v, rule: 'speaker:pronoun', partial };
    for (let s = Math.max(0, k - 14); s < k; s++) {
      const sp = nameAt(t, s, true);
      if (sp && (sp.next === k || mainVerbAt(t, sp.next) === k)) return { speaker: sp.speaker, pronoun: null, verb: v, rule: 'speaker:before-verb', partial };
    }
    return null;
  }
  return null;
}

function verbAt(t: Tok[], k: number): Tok[] | null {
  const x = t[k];
  if (!x) return null;
  const phrasal = englishPhrasalAt(t.map((y) => y.bare), k);
  if (phrasal) return t.slice(k, k + phrasal);
  return isEnglishVerb(x.bare.toLowerCase()) ? [x] : null;
}

/**
 * A speaker at `t[k]`: a capitalised name (Jane Doe; IBM chief executive Arvind Krishna → the last
 * two words, the rest is the role), or a descriptor (the ministry, one analyst), with an apposition
 * between commas when `appositive` (Jane Doe, a spokeswoman, …). `next` is the index after it.
 */
function nameAt(t: Tok[], k: number, appositive: boolean): { speaker: EnSpeaker; next: number } | null {
  let first = t[k];
  if (!first) return null;
  const honorifics: string[] = [];
  while (first && ENGLISH_HONORIFICS.has(first.bare.toLowerCase().replace(/\.$/u, '')) && /^[A-Z]/u.test(t[k + 1]?.bare ?? '')) {
    honorifics.push(first.bare);
    k++;
    first = t[k];
  }
  if (!first) return null;
  const lower = first.bare.toLowerCase();
  let speaker: EnSpeaker;
  let end: number;
  if (ENGLISH_DETERMINERS.has(lower)) {
    // said the ministry / a spokesman said / one analyst said / the Korea Automobile Manufacturers Association said
    end = k;
    while (end + 1 < t.length && end < k + 6 && !/[,.;:]$/u.test(t[end]!.text)) {
      const nx = t[end + 1]!.bare;
      const nxLower = nx.toLowerCase();
      if (ENGLISH_RELATIVES.has(nxLower) || isEnglishVerb(nxLower) || englishPhrasalAt([nx, t[end + 2]?.bare ?? ''], 0)) break;
      if (/^[a-z]/u.test(nx) ? end < k + 4 : /^[A-Z]/u.test(nx)) end++;
      else break;
    }
    if (end === k) return null;
    // a / an say nothing of the source (a union official → union official)
    const from = (lower === 'a' || lower === 'an') && end > k ? k + 1 : k;
    const text = t.slice(from, end + 1).map((x) => x.bare).join(' ');
    const org = t.slice(k + 1, end + 1).some((x) => ENGLISH_ORG_NOUNS.has(x.bare.toLowerCase())) && !t.slice(k + 1, end + 1).some((x) => ENGLISH_TITLE_WORDS.has(x.bare.toLowerCase()));
    speaker = { name: text, role: null, kind: org ? 'organization' : 'unnamed', start: startOf(t[from]!), end: endOf(t[end]!) };
  } else {
    if (!/^[A-Z]/u.test(first.bare) || PRONOUNS.has(lower)) return null;
    end = k;
    while (end + 1 < t.length && end < k + 8 && !/[,.;:]$/u.test(t[end]!.text)) {
      const nx = t[end + 1]!.bare;
      if (/^[A-Z]/u.test(nx) || (NAME_PARTICLES.has(nx) && /^[A-Z]/u.test(t[end + 2]?.bare ?? ''))) end++;
      // President and CEO, Minister of Trade, IBM chief executive Arvind Krishna: joining and title words
      // inside the run — and / of only after a title or a body's noun (not Choi Hyun-woo of Seoul …)
      else if (joinsRun(t, end + 1, k + 8) && (!ENGLISH_CONNECTORS.has(nx.toLowerCase()) || nx === '&' || roleSoFar(t, k, end))) end++;
      else break;
    }
    const run = t.slice(k, end + 1);
    // the words of the run before the name are its role (Hyundai Motor President and CEO | Maria Lopez):
    // the last two capitalised words, three for a Korean name written family name first (Kim Jong Un)
    const titled = run.some((x) => ENGLISH_TITLE_WORDS.has(x.bare.toLowerCase()));
    const joined = run.some((x) => ENGLISH_CONNECTORS.has(x.bare.toLowerCase()) || /^[a-z]/u.test(x.bare));
    let nameFrom = run.length > 2 && !run.some((x) => NAME_PARTICLES.has(x.bare)) ? run.length - 2 : 0;
    if (nameFrom > 0 && ROMANIZED_SURNAMES.has(run[nameFrom - 1]!.bare) && !ENGLISH_TITLE_WORDS.has(run[nameFrom]!.bare.toLowerCase())) nameFrom--;
    if (nameFrom > 0 && ENGLISH_TITLE_WORDS.has(run[nameFrom]!.bare.toLowerCase())) nameFrom = run.length - 1;
    // a body's name is the whole run (Bank of Korea, Korea Automobile Manufacturers Association)
    const org = run.some((x) => ENGLISH_ORG_NOUNS.has(x.bare.toLowerCase())) && !(titled && nameFrom > 0);
    if (org) nameFrom = 0;
    else if (joined && !titled) return null; // a run joined by and / of with no title names no one (Korea and Japan)
    const name = run.slice(nameFrom).map((x) => x.bare).join(' ');
    const role = nameFrom > 0 ? run.slice(0, nameFrom).map((x) => x.bare).join(' ') : null;
    speaker = { name, role, kind: org ? 'organization' : 'person', start: startOf(run[nameFrom]!), end: endOf(t[end]!) };
    // Hyundai Motor's labor union, Samsung's spokesman: a possessive and the body or title it has
    const owned = possessed(t, end, k);
    if (owned) {
      speaker = { ...owned.speaker, start: startOf(first) };
      end = owned.end;
    }
  }
  // President Lee Jae-myung, Prime Minister Kishida: a title written as an honorific is the role
  if (speaker.kind === 'person' && !speaker.role && honorifics.some((h) => ENGLISH_TITLE_WORDS.has(h.toLowerCase()))) speaker.role = honorifics.join(' ');
  let next = end + 1;
  // an apposition between commas: Jane Doe, a spokeswoman for the ministry, said
  if (appositive && /,$/u.test(t[end]!.text)) {
    for (let j = end + 1; j < t.length && j <= end + 12; j++) {
      if (/[.;:!?]$/u.test(t[j]!.text)) break;
      if (/,$/u.test(t[j]!.text)) {
        // a relative clause (…, which represents 43,000 workers, said) is skipped, no role
        if (!ENGLISH_RELATIVES.has(t[end + 1]!.bare.toLowerCase())) speaker.role = t.slice(end + 1, j + 1).map((x) => x.bare).join(' ');
        next = j + 1;
        break;
      }
    }
    // or running to the end of the sentence: said Jane Doe, IBM's director of research.
    if (next === end + 1 && speaker.kind === 'person') {
      const rest: string[] = [];
      for (let j = end + 1; j < t.length && j <= end + 12; j++) {
        rest.push(t[j]!.bare);
        if (/[.;!?]$/u.test(t[j]!.text)) {
          if (!/^(?:who|which|that|adding|saying)$/iu.test(rest[0] ?? '')) speaker.role = rest.join(' ');
          break;
        }
      }
    }
  }
  return { speaker, next };
}

/** Whether `t[i]` joins a capitalised run: a connector or title word with capitalised words after it (before `limit`). */
function joinsRun(t: Tok[], i: number, limit: number): boolean {
  for (let j = i; j < Math.min(t.length, limit + 1); j++) {
    const x = t[j]!.bare;
    if (j > i && /^[A-Z]/u.test(x)) return true;
    const lower = x.toLowerCase();
    if (!ENGLISH_CONNECTORS.has(lower) && !ENGLISH_TITLE_WORDS.has(lower)) return false;
    if (/[,.;:]$/u.test(t[j]!.text)) return false;
  }
  return false;
}

/** Whether `t[k..end]` holds a title or a body's noun (President, Ministry): what and / of may join onto. */
function roleSoFar(t: Tok[], k: number, end: number): boolean {
  for (let j = k; j <= end; j++) {
    const lower = t[j]!.bare.toLowerCase();
    if (ENGLISH_TITLE_WORDS.has(lower) || ENGLISH_ORG_NOUNS.has(lower)) return true;
  }
  return false;
}

/**
 * `Hyundai Motor's labor union`, `Samsung's spokesman`: after a possessive that ends a capitalised
 * run at `end`, lower-case words up to a body noun (an organization) or a title (an unnamed source).
 */
function possessed(t: Tok[], end: number, k: number): { speaker: EnSpeaker; end: number } | null {
  if (!/['’]s$/u.test(t[end]!.bare) || /[,.;:]$/u.test(t[end]!.text)) return null;
  for (let j = end + 1; j < Math.min(t.length, end + 5); j++) {
    const x = t[j]!;
    const lower = x.bare.toLowerCase();
    if (!/^[a-z]/u.test(x.bare) || ENGLISH_RELATIVES.has(lower) || isEnglishVerb(lower) || ENGLISH_DETERMINERS.has(lower)) return null;
    const org = ENGLISH_ORG_NOUNS.has(lower);
    if (org || ENGLISH_TITLE_WORDS.has(lower)) {
      const text = t.slice(k, j + 1).map((y) => y.bare).join(' ');
      return { speaker: { name: text, role: null, kind: org ? 'organization' : 'unnamed', start: startOf(t[k]!), end: endOf(x) }, end: j };
    }
    if (/[,.;:]$/u.test(x.text)) return null;
  }
  return null;
}

function startOf(t: Tok): number {
  return t.start + leadPunct(t);
}

function endOf(t: Tok): number {
  return t.start + leadPunct(t) + t.bare.length;
}

function leadPunct(t: Tok): number {
  return Math.max(0, t.text.indexOf(t.bare.charAt(0)));
}

function lastName(name: string): string {
  const parts = name.split(' ');
  return parts[parts.length - 1] ?? name;
}

/** The person introduced as `name`, or whose family name it is (Doe → Jane Doe; Park → Park Ji-won, family name first). */
function knownAs(people: EnSpeaker[], name: string): EnSpeaker | undefined {
  // the latest mentioned first: `people` is kept in order of mention
  let found: EnSpeaker | undefined;
  for (let i = people.length - 1; i >= 0 && !found; i--) if (people[i]!.name === name) found = people[i];
  for (let i = people.length - 1; i >= 0 && !found; i--) {
    const x = people[i]!;
    if (lastName(x.name) === name || koreanFamilyName(x.name) === name) found = x;
  }
  if (found && people[people.length - 1] !== found) {
    people.splice(people.indexOf(found), 1);
    people.push(found);
  }
  return found;
}

/** The family name of a name written family name first (Park Ji-won, Kim Jong Un), or null. */
function koreanFamilyName(name: string): string | null {
  const parts = name.split(' ');
  return parts.length >= 2 && parts.length <= 3 && ROMANIZED_SURNAMES.has(parts[0]!) ? parts[0]! : null;
}

/** The tokens after the last sentence end (a token ending in . ? ! that is no abbreviation). */
function sentenceTail(t: Tok[]): Tok[] {
  for (let k = t.length - 1; k >= 0; k--) {
    const x = t[k]!;
    if (/[.?!]["”’]?$/u.test(x.text) && !ENGLISH_HONORIFICS.has(x.bare.toLowerCase()) && !/^[A-Z]$/u.test(x.bare)) return t.slice(k + 1);
  }
  return t;
}

/** The tokens up to the next opening quote mark (the frame of this quote ends where another quote begins). */
function cutAtNextQuote(t: Tok[]): Tok[] {
  const k = t.findIndex((x) => /^["“]/u.test(x.text));
  return k < 0 ? t : t.slice(0, k);
}

function tokens(doc: Doc, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const text = doc.text.slice(from, to);
  for (const m of text.matchAll(/\S+/gu)) {
    const start = from + (m.index ?? 0);
    const bare = stripTrailing(m[0].replace(/^[“”"‘’'(\[—–-]+/u, ''), AFTER_WORD);
    if (!bare) continue;
    out.push({ start, end: start + m[0].length, text: m[0], bare });
  }
  return out;
}
