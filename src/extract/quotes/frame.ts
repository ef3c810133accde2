/**
 * The reporting frame after a closing mark: the quotative ending written onto it (”라고, ”며,
 * ”임을, ”는 입장을, ”를), and the first speech verb that follows (말했다, 털어놓기도 했다, 의미를
 * 부여했다), skipping over further quotes of the same chain (“A”며 “B”고 말했다).
 */
import { CASE_PARTICLES, QUOTATIVE, QUOTATIVE_START, SPEECH_NOUNS } from './lexicon';
import { itemTexts, type Item } from './phrase';
import { stripTrailing, trailingLength } from './punct';
import { matchKoreanVerb, type VerbMatch } from './verbs';
import { isAdverb } from './words';

export type AttachKind = 'say' | 'chain' | 'nominal' | 'content' | 'case' | 'none' | 'other';

/** The frame of one quote. */
export interface Frame {
  /** The ending written onto the closing mark, without punctuation (라고, 며, 임을), or ''. */
  attachment: string;
  kind: AttachKind;
  /** Item index of the attachment word, or -1. */
  attachItem: number;
  /** The speech verb, as item indices, or null. */
  verb: (VerbMatch & { start: number; end: number }) | null;
  /** A speech noun follows a nominal ending (”는 입장을). */
  speechNoun: boolean;
  /** Item index where the clause after the quote (and its attachment) starts. */
  after: number;
}

/** How far after a quote its speech verb may stand (words). */
const MAX_VERB_DISTANCE = 40;

/** Punctuation after an ending written onto a closing mark (”라고, ”이다.’), not part of it. */
const AFTER_ATTACHMENT = ',.;:!?…\'"’”)]';
/** Punctuation after a quotative written apart from the mark (” 라고,). */
const AFTER_SPACED = ',.';
/** Punctuation that ends a verb's word (말했다.), left out of the verb's range. */
const AFTER_VERB = ',.;:!?…';

/** The frame of the quote item at `qi` in a sentence of `items` that ends before `end`. */
export function frameOf(items: readonly Item[], qi: number, end: number): Frame {
  const q = items[qi]!;
  const texts = itemTexts(items);
  let attachItem = -1;
  let attachment = '';
  const next = items[qi + 1];
  if (next && next.kind === 'word' && q.kind === 'quote' && next.w.start === q.end && qi + 1 < end) {
    attachItem = qi + 1;
    attachment = stripTrailing(next.w.text, AFTER_ATTACHMENT);
  }
  // a quotative written apart from the mark (“…” 라고 말했다) is still the quote's ending
  if (attachItem < 0 && next && next.kind === 'word' && qi + 1 < end) {
    const spaced = stripTrailing(next.w.text, AFTER_SPACED);
    if (QUOTATIVE.say.has(spaced) || QUOTATIVE.chain.has(spaced)) {
      attachItem = qi + 1;
      attachment = spaced;
    }
  }
  const kind = classify(attachment);
  const after = attachItem >= 0 ? attachItem + 1 : qi + 1;

  let verb: Frame['verb'] = null;
  for (let j = after; j < Math.min(end, after + MAX_VERB_DISTANCE); j++) {
    const it = items[j]!;
    if (it.kind !== 'word') continue;
    const m = matchKoreanVerb(texts, j);
    if (m && m.last < end && (!m.weak || onlyAdverbsBetween(items, after, j))) {
      const lastItem = items[m.last]!;
      if (lastItem.kind === 'word') verb = { ...m, start: it.w.start, end: trimPunct(lastItem.w) };
      break;
    }
  }
  let speechNoun = false;
  if (kind === 'nominal') {
    const n = items[after];
    if (n && n.kind === 'word') speechNoun = SPEECH_NOUNS.has(n.parts.stem);
  }
  return { attachment, kind, attachItem, verb, speechNoun, after };
}

/** What an ending written onto a closing mark makes of the quote. */
export function classify(attachment: string): AttachKind {
  if (attachment === '') return 'none';
  if (QUOTATIVE.say.has(attachment)) return 'say';
  if (QUOTATIVE.chain.has(attachment)) return 'chain';
  if (QUOTATIVE.nominal.has(attachment)) return 'nominal';
  if (QUOTATIVE.content.has(attachment)) return 'content';
  if (CASE_PARTICLES.has(attachment)) return 'case';
  // a copula or verb before the quotative (”이었다며, ”였다고), or written without a space (”라고했다)
  if (/(?:다며|라며|면서|면서도)$/u.test(attachment)) return 'chain';
  if (/(?:다고|라고)$/u.test(attachment)) return 'say';
  if (QUOTATIVE_START.test(attachment)) return 'say';
  return 'other';
}

function onlyAdverbsBetween(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const it = items[k]!;
    if (it.kind === 'word' && !isAdverb(it.w)) return false;
  }
  return true;
}

function trimPunct(w: { start: number; end: number; text: string }): number {
  return w.end - trailingLength(w.text, AFTER_VERB);
}
