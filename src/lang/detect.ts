/**
 * Language detection: the share of Hangul decides Korean (also in mixed Korean–English text, where
 * trigram models are unreliable); franc's trigrams plus English function words decide English.
 */
import { francAll } from 'franc';
import { ENGLISH_FUNCTION_WORDS } from '../lexicon/english';
import type { Language } from '../types';

export interface LanguageGuess {
  language: Language;
  /** Share of Hangul among letters, 0..1. */
  hangulShare: number;
  /** Why: `hangul-share`, `franc:eng`, `function-words`, `no-letters`, `franc:<code>`. */
  evidence: string;
}

const SAMPLE = 4096;

/** Guess whether `text` is Korean, English or neither. Looks at most at the first 4,096 characters' letters. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE * 4 ? text.slice(0, SAMPLE * 4) : text;
  let hangul = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) hangul++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
    else if (c >= 0x370 && !isPunctOrSpace(c)) other++;
  }
  const letters = hangul + latin + other;
  if (letters === 0) return { language: 'und', hangulShare: 0, evidence: 'no-letters' };
  const hangulShare = hangul / letters;
  // Korean articles carry many Latin names (IBM, AI); syllables count more than letters
  if (hangulShare >= 0.25 || (hangul >= 20 && hangulShare >= 0.12)) return { language: 'ko', hangulShare, evidence: 'hangul-share' };
  if (latin / letters < 0.6) return { language: 'und', hangulShare, evidence: 'script' };
  const words = sample.toLowerCase().match(/[a-z']+/g) ?? [];
  const fn = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  if (latin >= 40) {
    const ranked = francAll(sample.slice(0, SAMPLE), { minLength: 10 });
    const top = ranked[0];
    const eng = ranked.find((r) => r[0] === 'eng');
    if (top && top[0] === 'eng') return { language: 'en', hangulShare, evidence: 'franc:eng' };
    // franc confuses English with Scots and friends: accept close runners-up backed by function words
    if (eng && eng[1] >= 0.9 && fn / Math.max(1, words.length) >= 0.15) return { language: 'en', hangulShare, evidence: 'franc:eng+function-words' };
    return { language: 'und', hangulShare, evidence: `franc:${top ? top[0] : 'und'}` };
  }
  // short text: too little for trigrams
  if (words.length > 0 && fn / words.length >= 0.2) return { language: 'en', hangulShare, evidence: 'function-words' };
  return { language: 'und', hangulShare, evidence: 'too-short' };
}

function isPunctOrSpace(c: number): boolean {
  return (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || c === 0xfffd || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2190 && c <= 0x2bff);
}
