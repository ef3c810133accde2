/**
 * Inputs and checks shared by the reliability tests (`reliability*.test.ts`, `fuzz.test.ts`):
 * every span of an Analysis with the check that it slices to its text, the hostile inputs a
 * scraper meets, and generators of pathological text of any length (hang and scaling checks).
 */
import { appendFileSync } from 'node:fs';
import type { Analysis, Span } from '../src/index';

/** Every span of an Analysis, labelled with where it sits. */
export function allSpans(a: Analysis): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  const s = a.structure;
  if (s.title) out.push(['structure.title', s.title]);
  if (s.byline) out.push(['structure.byline', s.byline]);
  if (s.dateline) out.push(['structure.dateline', s.dateline]);
  for (const x of s.deck) out.push(['structure.deck', x]);
  for (const x of s.headings) out.push(['structure.headings', x]);
  for (const x of s.paragraphs) out.push(['structure.paragraphs', x]);
  for (const x of s.sentences) out.push(['structure.sentences', x]);
  for (const q of a.quotes) {
    out.push(['quotes', q]);
    if (q.speaker?.mention) out.push(['quotes.speaker.mention', q.speaker.mention]);
  }
  for (const o of a.organizations) for (const m of o.mentions) out.push(['organizations.mentions', m]);
  for (const p of a.persons) for (const m of p.mentions) out.push(['persons.mentions', m]);
  for (const g of a.goals) out.push(['goals', g]);
  for (const c of a.critique.sentences) out.push(['critique.sentences', c]);
  if (a.critique.section) {
    out.push(['critique.section', a.critique.section]);
    if (a.critique.section.heading) out.push(['critique.section.heading', a.critique.section.heading]);
  }
  return out;
}

/**
 * What is wrong with the spans of `a` for `input`: each must be integer offsets inside the input,
 * `start <= end`, and `input.slice(start, end) === text`; every quote's `sentence` must index
 * `structure.sentences`. Empty when all is well.
 */
export function spanProblems(input: string, a: Analysis): string[] {
  const problems: string[] = [];
  for (const [where, sp] of allSpans(a)) {
    const ok =
      Number.isInteger(sp.start) &&
      Number.isInteger(sp.end) &&
      sp.start >= 0 &&
      sp.start <= sp.end &&
      sp.end <= input.length &&
      input.slice(sp.start, sp.end) === sp.text;
    if (!ok) problems.push(`${where} ${JSON.stringify(sp).slice(0, 160)} slices to ${JSON.stringify(input.slice(sp.start, sp.end)).slice(0, 80)}`);
  }
  const n = a.structure.sentences.length;
  for (const q of a.quotes) {
    if (!Number.isInteger(q.sentence) || q.sentence < -1 || q.sentence >= n) problems.push(`quote at ${q.start} has sentence ${q.sentence} of ${n}`);
  }
  return problems;
}

// ---- hostile inputs ------------------------------------------------------------------------------

/** A short Korean news paragraph with a quote, a speaker, an organization and a goal. */
export const KO_PARAGRAPH = '김철수 과학기술정보통신부 장관은 “인공지능 산업을 적극 육성하겠다”고 말했다. 삼성전자는 내년까지 새 모델을 공개하기로 했다.';
/** A short English news paragraph. */
export const EN_PARAGRAPH = '"We will build open models," said Jane Doe, a director at IBM Research. The alliance aims to promote open science.';

/** Everyday dirt of scraped text, each small: the text must come through with exact offsets. */
export const HOSTILE: Record<string, string> = {
  'NUL bytes': `김철수\0 장관은\0 “인공지능\0 산업을 육성하겠다”고 말했다.\0`,
  'C0 and C1 controls, DEL, ANSI escapes': `김철수 장관은\x01\x02\x1b[31m “인공지능 산업을\x7f 육성하겠다”고\x85\x9f 말했다.\x1b[0m`,
  'lone surrogates': `\udc00김철수 장관은 \ud800“인공지능 산업을 육성하겠다\udfff”고 말했다.\ud83d`,
  'reversed surrogate pair': `김철수 장관은 “\ude00\ud83d 육성하겠다”고 말했다.`,
  'emoji and astral characters': `😀김철수 장관은 “인공지능 👩‍👩‍👧‍👦 산업을 𠀀𠀁 육성하겠다👍🏽”고 말했다 🇰🇷. ${KO_PARAGRAPH}`,
  'NFD Hangul': KO_PARAGRAPH.normalize('NFD'),
  'CRLF line ends': `제목이다\r\n\r\n${KO_PARAGRAPH}\r\n${KO_PARAGRAPH}\r\n`,
  'CR line ends': `제목이다\r\r${KO_PARAGRAPH}\r${KO_PARAGRAPH}\r`,
  'HTML markup and entities': `<html><head><style>p{color:red}</style></head><body><h1>AI &amp; 동맹</h1><p>김철수 장관은 &ldquo;인공지능 산업을 육성하겠다&rdquo;고 말했다.</p><script>var q = "“<p>”";</script><p>&#xD800; &#65; &bogus; &#x1F600; &#0; &#1114112; &nbsp;&quot;x&quot;</p><!-- comment --></body></html>`,
  'unclosed HTML comment': `<p>${KO_PARAGRAPH}</p><!-- never closed ${KO_PARAGRAPH}`,
  'unclosed script element': `<p>${KO_PARAGRAPH}</p><script>${KO_PARAGRAPH}`,
  'byte order marks and zero-width characters': `\ufeff김철수\u200b 장관은 “인공지능\u200d 산업을\u2060 육성하겠다”고\u200e 말했다.\ufeff`,
  'bidirectional controls': `\u202e김철수 장관은\u202c “인공지능 산업을 육성하겠다”고\u2066 말했다.\u2069`,
  'full-width forms': 'ＩＢＭ의 김철수 대표는 ＂ＡＩ 동맹을 만들겠다＂고 말했다．',
  'NBSP, ideographic space and line separators': `김철수\u00a0장관은\u3000“인공지능 산업을 육성하겠다”고\u2028말했다.\u2029${KO_PARAGRAPH}`,
  'tabs everywhere': `\t\t김철수\t장관은\t“인공지능\t산업을\t육성하겠다”고\t말했다.\t`,
  '10,000 quote marks of every kind in one sentence': `김철수 장관은 ${'“”‘’"'.repeat(2000)}라고 말했다. ${KO_PARAGRAPH}`,
  '10,000 opening marks before a quote': `김철수 장관은 “${'“'.repeat(9999)}인공지능 산업을 육성하겠다”고 말했다. ${KO_PARAGRAPH}`,
  'a quote that never closes': `김철수 장관은 “인공지능 산업을 육성하겠다고 말했다. ${KO_PARAGRAPH}\n${KO_PARAGRAPH}`,
  'closing marks without openers': `김철수 장관은 ”인공지능” 산업을’ 육성하겠다”고 말했다.」』 ${KO_PARAGRAPH}`,
  'doubled and mixed quote marks': `김철수 장관은 ““인공지능 ‘산업을” 육성하겠다’”고 말했다. "그렇다'라고 했다. 「좋다」『좋다』«bon» ‹x›`,
  'combining marks on every letter': `${'김\u0301철\u0308수 장관은 “육\u0323성하겠다”고 말했다.'}`,
  'Hangul jamo soup': 'ᄀᄀᄀ ᅡᅡᅡ ᆨᆨᆨ ᄒᆞᆫ ᄀᆞᄅᆞᆷ ㄱㄴㄷ 김철수 장관은 말했다.',
  'only punctuation': '“”‘’"\'.,!?…·()[]{}<>«»「」『』—–-',
  'Chinese and Japanese': '中华人民共和国国务院总理李强说：“我们将继续推进改革。”東京で記者会見を開いた。',
  'English article': EN_PARAGRAPH,
  'Korean with many Latin names': 'IBM, Meta, Intel, AMD, Oracle, Sony, Dell 등 50여 개 기업과 기관이 참여한 AI 동맹이 출범했다고 밝혔다.',
};

// ---- pathological text of any length -------------------------------------------------------------

/** Repeat `unit` until the result has about `n` characters. */
export function fill(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);
}

/**
 * Text of length about `n` that stresses one part of the pipeline: long lines, long words, floods
 * of quote marks, brackets, markup, entities, combining marks. Each must be analysed in time
 * linear in `n`.
 */
export const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'one long line of Korean words': (n) => fill('가나다 라마바 사아자 ', n),
  'one long word': (n) => fill('가', n),
  'one long line of sentences': (n) => fill('김철수 장관은 새 계획을 추진하겠다고 말했다. ', n),
  'one long line of quoted speech': (n) => fill('김철수 장관은 “추진하겠다”고 말했다. ', n),
  'quotes with 라고 말했다 and no sentence end': (n) => fill('“가 ”라고 말했다 ', n),
  'curly opening marks': (n) => fill('“', n),
  'straight double quotes': (n) => fill('"', n),
  'single curly marks around a syllable': (n) => fill('‘가', n),
  'alternating marks and syllables': (n) => fill('“가”나‘다’"라" ', n),
  'an opening mark that never closes': (n) => `김철수 장관은 “${fill('추진하겠다고 말했다 ', n)}`,
  'opening marks before each word': (n) => fill('그는 “이것은 ', n),
  'commas inside one word': (n) => `김철수 장관은 “추진하겠다”고 ${fill(',', n)}가 말했다.`,
  'periods after a verb': (n) => `김철수 장관은 “추진하겠다”고 말했다${fill('.', n)}가`,
  'punctuation run after a quote': (n) => `그는 “좋다”${fill('.,;:!?', n)}x 라고 말했다.`,
  'opening brackets': (n) => fill('[(', n),
  'parentheses with capitals': (n) => `정부는 ${fill('(A', n)} 계획을 추진하기로 했다.`,
  'single marks before a goal': (n) => `정부는 ${fill('‘가', n)} 계획을 추진하기로 했다.`,
  'a byline that never closes': (n) => `[${fill('가', n)} 홍길동 기자`,
  'less-than signs': (n) => `${fill('<', n)}<p>김철수 장관은 말했다.</p>`,
  'HTML tags': (n) => fill('<p>가</p>', n),
  'an unclosed tag': (n) => `<p ${fill('a', n)}`,
  'ampersands': (n) => fill('&', n),
  'entity-like text': (n) => fill('&a', n),
  'entities': (n) => `${fill('&quot;', n)}김철수 장관은 말했다`,
  'numeric entities': (n) => fill('&#x201C;가&#8221;', n),
  'combining marks on one letter': (n) => `a${fill('\u0301', n)} 김철수 장관은 말했다`,
  'decomposed Hangul': (n) => fill('김철수 장관은 “추진하겠다”고 말했다. ', n).normalize('NFD'),
  'emoji': (n) => fill('😀👩‍👩‍👧‍👦🇰🇷 ', n),
  'lone surrogates': (n) => fill('\ud800가\udc00', n),
  'NUL bytes': (n) => fill('\0가', n),
  'newlines': (n) => fill('\n', n),
  'CRLF between words': (n) => fill('가나\r\n', n),
  'initials and periods': (n) => fill('J. ', n),
  'letters and periods': (n) => fill('a.', n),
  'ellipses': (n) => fill('…', n),
  'English quotes without a close': (n) => fill('"We will build open models, said Jane Doe. ', n),
  'English speech': (n) => fill('"We will build open models," said Jane Doe, a director at IBM. ', n),
  'organizations in a list': (n) => fill('한국은행, 삼성전자, 국회, 유엔, ', n),
  'titles and names': (n) => fill('삼성전자 대표이사 홍길동 사장은 ', n),
  'goal cues': (n) => fill('정부는 내년까지 인공지능 산업을 육성하기로 했다. ', n),
  'critique cues': (n) => fill('그러나 전문가들은 실효성에 의문을 제기했다. 비판도 나온다. ', n),
};

/**
 * Pathological inputs whose time grows faster than their length in extractors that this issue
 * does not own (`src/extract/**`): reported to their owners, and skipped by the hang check until
 * fixed. Each names the cause found by profiling. None at present.
 */
export const KNOWN_SUPERLINEAR: Record<string, string> = {};

// ---- the fuzz report ----------------------------------------------------------------------------

/** One line of the report `npm run fuzz` prints: a property run, or a time-against-length measurement. */
export type FuzzRecord =
  | { kind: 'property'; name: string; cases: number; ms: number; failed?: string }
  | { kind: 'scaling'; input: string; n1: number; ms1: number; n2: number; ms2: number; ratio: number; known: string | null };

/** Append `record` to the JSONL file named by KORNEWS_FUZZ_REPORT (several test files write to it). */
export function report(record: FuzzRecord): void {
  const file = process.env.KORNEWS_FUZZ_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify(record)}\n`);
}

/** Cases per property: the suite's `suite` number, or KORNEWS_FUZZ_RUNS × `share` in a fuzz run. */
export function fuzzRuns(suite: number, share = 1): number {
  const runs = Number(process.env.KORNEWS_FUZZ_RUNS ?? 0);
  return runs > 0 ? Math.max(1, Math.round(runs * share)) : suite;
}

/** The suite's fixed seed: the test suite is deterministic; `npm run fuzz` explores new seeds. */
const SUITE_SEED = 20261126;

/** The seed: KORNEWS_FUZZ_SEED (a fuzz run, or a replay), else the suite's fixed seed. */
export function fuzzSeed(): number {
  const seed = process.env.KORNEWS_FUZZ_SEED;
  return seed ? Number(seed) : SUITE_SEED;
}
