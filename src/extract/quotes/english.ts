/**
 * Quotes and speakers in English news: `"…," said Jane Doe`, `"…," Jane Doe said`, `"…," he said`,
 * `Jane Doe, a spokeswoman, said: "…"`, `According to Jane Doe, "…"`, `The ministry said it would
 * "…"` (a partial quote). A later `Doe said` resolves to the full name introduced earlier, `he` /
 * `she` to the last person quoted, and a quote with no frame right after another continues its
 * speaker.
 */
import { sentenceIndexAt, type Doc } from '../../doc';
import type { SpeakerKind, SpeakerVia } from '../../types';
import type { EntityIndex, QuoteAnnotation } from '../model';
import { ENGLISH_HONORIFICS, ENGLISH_ORG_NOUNS, ENGLISH_DETERMINERS } from './lexicon';
import { findQuoteSpans, type QuoteSpan } from './marks';
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

  for (const q of spans) {
    const p = paragraphs[q.paragraph]!;
    if (p.role === 'byline' || p.role === 'signoff') continue;
    const sentence = Math.max(0, sentenceIndexAt(doc, q.start));
    if (p.role === 'title' || p.role === 'deck' || p.role === 'heading') {
      out.push({ start: q.start, end: q.end, kind: 'headline', speaker: null, verb: null, verbRange: null, sentence, evidence: [...q.evidence, 'kind:headline'] });
      continue;
    }
    const openAt = q.open >= 0 ? q.open : q.start;
    const after = q.close >= 0 ? tokens(doc, q.close + 1, Math.min(p.end, q.close + 1 + WINDOW)).slice(0, MAX_TOKENS) : [];
    const before = sentenceTail(tokens(doc, Math.max(p.textStart, openAt - WINDOW), openAt)).slice(-MAX_TOKENS);
    const words = doc.text.slice(q.start, q.end).trim().split(/\s+/u).filter(Boolean).length;
    const found = fromTail(cutAtNextQuote(after)) ?? fromHead(before);
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
        const full = sp.kind === 'person' ? people.find((x) => x.name === sp.name) ?? people.find((x) => x.name !== sp.name && lastName(x.name) === sp.name) : undefined;
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
    state.last = { speaker, paragraph: q.paragraph, end: q.close >= 0 ? q.close + 1 : q.end };
    if (speaker?.kind === 'person') state.lastPerson = speaker;
    const ref = mention ? entities.refAt(mention.start, mention.end) : null;
    const entity = ref?.kind === 'person' ? entities.persons[ref.index] : ref?.kind === 'org' ? entities.organizations[ref.index] : undefined;
    const verbText = found ? doc.text.slice(found.verb[0]!.start, found.verb[found.verb.length - 1]!.end).replace(/[,.:;"“”]+$/u, '') : null;
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

/** A quote with no frame continues the previous one: right after it in the paragraph, or opening the next paragraph. */
function continues(doc: Doc, last: { paragraph: number; end: number }, q: QuoteSpan): boolean {
  const openAt = q.open >= 0 ? q.open : q.start;
  if (last.paragraph === q.paragraph) return openAt - last.end < 80;
  const p = doc.structure.paragraphs[q.paragraph]!;
  return last.paragraph === q.paragraph - 1 && openAt === p.textStart;
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
    const v = verbAt(t, sp.next);
    if (v) return { speaker: sp.speaker, pronoun: null, verb: v, rule: 'speaker:before-verb', partial: false };
  }
  return null;
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
    const partial = k < n - 3;
    const prev = t[k - 1]!;
    if (PRONOUNS.has(prev.bare.toLowerCase())) return { speaker: null, pronoun: prev, verb: v, rule: 'speaker:pronoun', partial };
    for (let s = Math.max(0, k - 14); s < k; s++) {
      const sp = nameAt(t, s, true);
      if (sp && sp.next === k) return { speaker: sp.speaker, pronoun: null, verb: v, rule: 'speaker:before-verb', partial };
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
  while (first && ENGLISH_HONORIFICS.has(first.bare.toLowerCase().replace(/\.$/u, '')) && /^[A-Z]/u.test(t[k + 1]?.bare ?? '')) {
    k++;
    first = t[k];
  }
  if (!first) return null;
  const lower = first.bare.toLowerCase();
  let speaker: EnSpeaker;
  let end: number;
  if (ENGLISH_DETERMINERS.has(lower)) {
    // said the ministry / a spokesman said / one analyst said
    end = k;
    while (end + 1 < t.length && end < k + 4 && /^[a-z]/u.test(t[end + 1]!.bare) && !isEnglishVerb(t[end + 1]!.bare) && !/[,.;:]$/u.test(t[end]!.text)) end++;
    if (end === k) return null;
    const text = t.slice(k, end + 1).map((x) => x.bare).join(' ');
    const org = t.slice(k + 1, end + 1).some((x) => ENGLISH_ORG_NOUNS.has(x.bare.toLowerCase()));
    speaker = { name: text, role: null, kind: org ? 'organization' : 'unnamed', start: startOf(first), end: endOf(t[end]!) };
  } else {
    if (!/^[A-Z]/u.test(first.bare) || PRONOUNS.has(lower)) return null;
    end = k;
    while (end + 1 < t.length && end < k + 5 && !/[,.;:]$/u.test(t[end]!.text)) {
      const nx = t[end + 1]!.bare;
      if (/^[A-Z]/u.test(nx) || (NAME_PARTICLES.has(nx) && /^[A-Z]/u.test(t[end + 2]?.bare ?? ''))) end++;
      else break;
    }
    const run = t.slice(k, end + 1);
    // IBM chief executive Arvind Krishna: lower-case title words inside make the last capitalised words the name
    const nameFrom = run.length > 2 && !run.some((x) => NAME_PARTICLES.has(x.bare)) ? run.length - 2 : 0;
    const name = run.slice(nameFrom).map((x) => x.bare).join(' ');
    const role = nameFrom > 0 ? run.slice(0, nameFrom).map((x) => x.bare).join(' ') : null;
    const org = run.some((x) => ENGLISH_ORG_NOUNS.has(x.bare.toLowerCase()));
    speaker = { name, role, kind: org ? 'organization' : 'person', start: startOf(run[nameFrom]!), end: endOf(t[end]!) };
  }
  let next = end + 1;
  // an apposition between commas: Jane Doe, a spokeswoman for the ministry, said
  if (appositive && /,$/u.test(t[end]!.text)) {
    for (let j = end + 1; j < t.length && j <= end + 12; j++) {
      if (/[.;:!?]$/u.test(t[j]!.text)) break;
      if (/,$/u.test(t[j]!.text)) {
        speaker.role = t.slice(end + 1, j + 1).map((x) => x.bare).join(' ');
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
    const bare = m[0].replace(/^[“”"‘’'(\[—–-]+/u, '').replace(/[“”"‘’'),.;:!?\]—–]+$/u, '');
    if (!bare) continue;
    out.push({ start, end: start + m[0].length, text: m[0], bare });
  }
  return out;
}
