/**
 * Property-based tests (fast-check): for arbitrary strings and for generated Korean-shaped and
 * English-shaped news text, `analyze` never throws, every span slices to its text, the parts come
 * in document order, and the same input gives the same Analysis twice.
 *
 * The suite runs a few hundred cases (a few seconds). `npm run fuzz` (scripts/fuzz.mjs) runs the
 * same properties with many more cases by setting KORNEWS_FUZZ_RUNS, and then also measures how
 * time grows with length on pathological inputs.
 *
 *   KORNEWS_FUZZ_RUNS=N     cases per property (default: the suite's small numbers)
 *   KORNEWS_FUZZ_SEED=S     replay a seed that failed
 *   KORNEWS_FUZZ_REPORT=F   append what ran (cases, milliseconds, scaling) to F as JSON lines
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, renderHtml, type Analysis, type Analyzer, type Span } from '../src/index';
import { KNOWN_SUPERLINEAR, PATHOLOGICAL, fuzzRuns, fuzzSeed, report, spanProblems, type FuzzRecord } from './reliability-inputs';

const FUZZING = Number(process.env.KORNEWS_FUZZ_RUNS ?? 0) > 0;

let analyzer: Analyzer;
/** Analyzers that skip language detection, so that any string goes through the Korean (or English) extractors. */
let asKorean: Analyzer;
let asEnglish: Analyzer;
/** The pure-JS backend: its morphemes feed the same extractors. */
let embedded: Analyzer;
beforeAll(() => {
  analyzer = createAnalyzer();
  asKorean = createAnalyzer({ language: 'ko' });
  asEnglish = createAnalyzer({ language: 'en' });
  embedded = createAnalyzer({ backend: 'embedded' });
});
afterAll(async () => {
  await Promise.all([analyzer.close(), asKorean.close(), asEnglish.close(), embedded.close()]);
});

// ---- generators --------------------------------------------------------------------------------

const pick = <T>(...xs: T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);
const SYLLABLES = [...'가나다라마바사아자차카타파하국민정부장관대통령회사기업연구원교수기자발표계획추진개발협력인공지능산업경제시장정책오픈소스모델생태계보급안전윤리'];
const word = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
const particle = pick('', '', '은', '는', '이', '가', '을', '를', '의', '에', '에서', '와', '과', '도', '로', '으로', '에게', '까지', '이라는', '라는');
const person = pick('김철수', '안토니 안눈지아타', '홍길동', '이영희', '닉 클레그', '박', '그', '그녀', '이 관계자', '마크 저커버그', 'Jane Doe');
const title = pick('', '장관', '대표', '사장', '기자', '대통령', '교수', '연구원', '이사', '위원장', '대변인', '관계자', 'CEO');
const org = pick('삼성전자', '한국은행', 'IBM', '메타', '국회', '유엔', '리눅스 재단', 'AI 동맹', '구글', '과학기술정보통신부', '서울대학교', '연합뉴스', 'VOA', 'IBM Research', '미국 국립과학재단(NSF)', '이 기구');
const verb = pick('말했다', '밝혔다', '강조했다', '설명했다', '덧붙였다', '전했다', '주장했다', '말했습니다', '했다', 'said');
const quotative = pick('라고', '고', '며', '면서', '이라고', '', ' 라고');
const goalCue = pick('하기로 했다', '할 계획이다', '하는 것이 목표다', '할 것', '추진할 방침이다', '하겠다', '할 예정이다', '하는 것으로 알려졌다');
const critiqueCue = pick('그러나', '하지만', '비판이 나온다', '우려도 있다', '한편으론', '지적했다', '의문을 제기했다', '실효성이 없다는');
const open = pick('“', '‘', '"', '「', '『', "'", '«');
const close = pick('”', '’', '"', '」', '』', "'", '»');
const end = pick('.', '.', '.', '?', '!', '…', '...', '', '다.');
const words = fc.array(fc.oneof(word, fc.tuple(word, particle).map(([w, p]) => w + p), org), { minLength: 1, maxLength: 8 }).map((a) => a.join(' '));

const speech = fc
  .tuple(person, title, org, particle, open, words, close, quotative, verb, end, fc.boolean())
  .map(([p, t, o, pa, op, ws, cl, q, v, e, withOrg]) => `${withOrg ? `${o} ` : ''}${p}${t ? ` ${t}` : ''}${pa} ${op}${ws}${cl}${q} ${v}${e}`);
const goal = fc.tuple(org, particle, words, goalCue, end).map(([o, pa, ws, c, e]) => `${o}${pa} ${ws} ${c}${e}`);
const critique = fc.tuple(critiqueCue, words, end).map(([c, ws, e]) => `${c} ${ws}${e}`);
const plain = fc.tuple(words, pick('했다', '이다', '됐다', '있다', '없다', '한다'), end).map(([ws, v, e]) => `${ws} ${v}${e}`);
const sentence = fc.oneof({ weight: 3, arbitrary: speech }, { weight: 2, arbitrary: goal }, { weight: 1, arbitrary: critique }, { weight: 2, arbitrary: plain });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const byline = pick('[애플경제 전윤미 기자]', '(서울=연합뉴스) 홍길동 기자 =', '[서울=뉴시스]', '[OSEN=홍길동 기자]', '홍길동 기자 hong@yna.co.kr', '서울에서 VOA 뉴스 김환용입니다.', 'By Jane Doe', '');
const dateline = pick('', '5일(현지시각) ', '오늘(18일) ', 'SEOUL, Dec. 5 (Yonhap) — ');

/** A Korean news article: title, deck, byline, dateline, paragraphs, headings, sign-off. */
const koreanArticle = fc
  .tuple(words, fc.array(words, { maxLength: 2 }), byline, dateline, fc.array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: words }), { minLength: 1, maxLength: 6 }), pick('\n', '\n\n', '\n \n'), byline)
  .map(([t, deck, by, date, paras, sep, signoff]) => [t, '', ...deck, by, `${date}${paras[0]}`, ...paras.slice(1), signoff].join(sep));

/** A line of mixed atoms with no grammar at all: marks, cues, names and junk glued anyhow. */
const atom = fc.oneof(word, particle, person, title, org, verb, quotative, goalCue, critiqueCue, open, close, end, byline, dateline, pick(' ', ' ', '\n', '\n\n', '\t', ',', '(', ')', '[', ']', '=', '·', '—', '/', '<p>', '</p>', '&ldquo;', '&amp;', '&#8221;'));
const soup = fc.array(atom, { maxLength: 40 }).chain((parts) => fc.constantFrom(parts.join(''), parts.join(' ')));
const longSoup = fc.array(atom, { minLength: 100, maxLength: 600 }).chain((parts) => fc.constantFrom(parts.join(''), parts.join(' ')));

const JUNK = ['\0', '\x01', '\x1b', '\x7f', '\x85', '\ud800', '\udc00', '\u200b', '\u200d', '\ufeff', '\u00a0', '\u3000', '\u2028', '\r', '\r\n', '😀', '👩‍👩‍👧‍👦', '𠀀', '\u0301', 'ᄀ', 'ᅡ', 'ᆨ', '&nbsp;', '&quot;', '<br>', '<b>', '</b>', 'Ａ', '＂', '〝', '〞', '„'];

/** `text` dirtied the way scraped text is: decomposed, CRLF, HTML, junk characters inserted. */
function dirty(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(text, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...JUNK)), { maxLength: 8 }), pick('none', 'nfd', 'crlf', 'html', 'entities', 'all'))
    .map(([t, inserts, how]) => {
      let s = t;
      for (const [at, junk] of inserts) {
        const i = s.length === 0 ? 0 : at % (s.length + 1);
        s = s.slice(0, i) + junk + s.slice(i);
      }
      if (how === 'nfd' || how === 'all') s = s.normalize('NFD');
      if (how === 'crlf' || how === 'all') s = s.replace(/\n/g, '\r\n');
      if (how === 'entities' || how === 'all') s = s.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;').replace(/&(?![a-z#])/g, '&amp;');
      if (how === 'html' || how === 'all') s = `<html><body><p>${s.split('\n').join('</p>\n<p>')}</p></body></html>`;
      return s;
    });
}

const enName = pick('Jane Doe', 'Nick Clegg', 'Mr. Smith', 'Dr. Lee', 'the spokesperson', 'He', 'She');
const enOrg = pick('IBM', 'Meta', 'the AI Alliance', 'the Linux Foundation', 'the U.S. National Science Foundation', 'Yonhap');
const enWords = fc.array(pick('open', 'models', 'will', 'build', 'safety', 'the', 'a', 'new', 'research', 'plan', 'aims', 'to', 'promote', 'science', 'critics', 'however', 'said'), { minLength: 1, maxLength: 10 }).map((a) => a.join(' '));
const enSentence = fc.oneof(
  fc.tuple(enWords, enName, enOrg).map(([ws, n, o]) => `"${ws}," said ${n}, a director at ${o}.`),
  fc.tuple(enName, enWords).map(([n, ws]) => `${n} said: "${ws}."`),
  fc.tuple(enOrg, enWords).map(([o, ws]) => `${o} aims to ${ws}.`),
  fc.tuple(enWords).map(([ws]) => `However, critics ${ws}.`),
  enWords.map((ws) => `${ws}.`),
);
const englishArticle = fc.array(fc.array(enSentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')), { minLength: 1, maxLength: 5 }).map((ps) => ['Headline of the day', '', 'By Jane Doe', ...ps].join('\n'));

const SPECIALS = ['“', '”', '‘', '’', '"', "'", '「', '」', '.', '…', '\n', '\r', ' ', '\t', '<', '>', '&', ';', '#', '[', ']', '(', ')', '=', '다', '가', '\0', '\ud800', '\udfff', '😀', '\u0301', 'ᄀ', 'ᅡ'];
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 200 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((cs) => String.fromCharCode(...cs)), // any UTF-16, lone surrogates included
);

// ---- the properties ----------------------------------------------------------------------------

/** Spans of one kind must come in document order (starts never decrease). */
function inOrder(spans: readonly Span[]): boolean {
  return spans.every((s, i) => i === 0 || (spans[i - 1] as Span).start <= s.start);
}

/** Everything `analyze` promises for one input; throws (with the input) when a promise is broken. */
async function holds(text: string, an: Analyzer): Promise<void> {
  let a: Analysis;
  try {
    a = await an.analyze(text);
  } catch (e) {
    throw new Error(`analyze threw ${(e as Error).stack ?? String(e)}`);
  }
  expect(spanProblems(text, a)).toEqual([]);
  // a component that failed is caught and reported as a warning; here that is a bug
  expect(a.warnings.filter((w) => w.startsWith('internal error'))).toEqual([]);
  const s = a.structure;
  expect(inOrder(s.paragraphs) && inOrder(s.sentences) && inOrder(s.headings) && inOrder(s.deck)).toBe(true);
  s.sentences.forEach((x, i) => {
    if (i > 0) expect(x.start).toBeGreaterThanOrEqual((s.sentences[i - 1] as Span).end);
  });
  expect(inOrder(a.quotes)).toBe(true);
  expect(inOrder(a.goals)).toBe(true);
  expect(inOrder(a.critique.sentences)).toBe(true);
  expect(['ko', 'en', 'und']).toContain(a.language);
  // deterministic: the same input again gives the same Analysis
  expect(await an.analyze(text)).toEqual(a);
}

/** Run one property: the suite's `runs` cases, or KORNEWS_FUZZ_RUNS × `share` when fuzzing. */
function property(name: string, arbitrary: fc.Arbitrary<string>, runs: number, an: () => Analyzer = () => analyzer, share = 1): void {
  it(name, { timeout: FUZZING ? 0 : 60_000 }, async () => {
    const started = performance.now();
    let cases = 0;
    const record = (failed?: string): FuzzRecord => ({ kind: 'property', name, cases, ms: performance.now() - started, ...(failed ? { failed } : {}) });
    try {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (text) => {
          cases++;
          await holds(text, an());
        }),
        { numRuns: fuzzRuns(runs, share), seed: fuzzSeed() },
      );
    } catch (e) {
      report(record(String((e as Error).message).slice(0, 4000)));
      throw e;
    }
    report(record());
  });
}

describe('analyze() on generated input: never throws, exact spans, document order, deterministic', () => {
  property('arbitrary strings (any UTF-16, lone surrogates, controls, astral)', anyString, 300);
  property('arbitrary strings taken as Korean (through mecab and every Korean extractor)', anyString, 300, () => asKorean);
  property('arbitrary strings taken as English', anyString, 150, () => asEnglish);
  property('Korean-shaped articles (names, titles, organizations, quotes, 라고 말했다, goals, critique)', koreanArticle, 200);
  property('Korean-shaped articles, dirtied (NFD, CRLF, HTML, entities, junk characters)', dirty(koreanArticle), 150);
  property('a soup of article atoms with no grammar', dirty(soup), 300);
  property('a long soup of article atoms, taken as Korean', dirty(longSoup), 80, () => asKorean);
  property('English-shaped articles', dirty(englishArticle), 150);
  property('Korean-shaped articles through the embedded tokenizer', dirty(koreanArticle), 20, () => embedded, 0.2);
});

// ---- the HTML view: no way in -----------------------------------------------------------------

/** The tags and attributes the HTML view writes itself; anything else came from the article. */
const VIEW_TAGS = new Set(['div', 'article', 'aside', 'span', 'p', 'h2', 'small', 'ol', 'ul', 'li', 'b', 'i']);
const VIEW_ATTRIBUTES = /^(?:\s+(?:class|title|lang|data-label)="[^"<>]*")*$/;
const unescape = (s: string): string => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] as string);

/** What is wrong with the HTML view of `text`: a tag or attribute it does not write itself, or text it does not show as it is. */
function viewProblems(text: string, a: Analysis): string[] {
  const html = renderHtml(text, a, { page: false });
  const problems: string[] = [];
  for (const m of html.matchAll(/<(\/?)([^\s>/]*)([^>]*)>/g)) {
    const [tag, , name = '', attributes = ''] = m;
    if (!VIEW_TAGS.has(name) || (m[1] === '/' ? attributes !== '' : !VIEW_ATTRIBUTES.test(attributes))) problems.push(`foreign markup ${tag.slice(0, 80)}`);
  }
  if (/<(?![a-z/])/.test(html)) problems.push('a bare < in the output');
  const article = /<article class="kn-text">([\s\S]*)<\/article>/.exec(html)?.[1];
  if (article === undefined || unescape(article.replace(/<[^>]*>/g, '')) !== text) problems.push('the article text is not shown exactly');
  return problems;
}

const hostileMarkup = fc
  .array(fc.oneof(atom, pick('<script>alert(1)</script>', '<img src=x onerror="alert(1)">', '"><svg onload=alert(1)>', "'; alert(1); '", '&lt;b&gt;', '</article>', '<!--', '-->', '&#x3C;script&#x3E;', '`${alert(1)}`', 'javascript:alert(1)', '<a href="javascript:alert(1)">x</a>')), { maxLength: 30 })
  .map((parts) => parts.join(' '));

describe('the HTML view of generated input', () => {
  it('shows the article text exactly and writes no markup but its own', { timeout: FUZZING ? 0 : 60_000 }, async () => {
    const started = performance.now();
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyString, dirty(hostileMarkup), dirty(koreanArticle)), fc.boolean(), async (text, detect) => {
        cases++;
        // half the time taken as Korean, so that garbage reaches every extractor and the view
        const a = await (detect ? analyzer : asKorean).analyze(text);
        expect(viewProblems(text, a)).toEqual([]);
      }),
      { numRuns: fuzzRuns(150, 0.5), seed: fuzzSeed() },
    );
    report({ kind: 'property', name: 'the HTML view shows the article exactly, with no markup but its own', cases, ms: performance.now() - started });
  });
});

describe.runIf(FUZZING)('time against length on pathological input (fuzz run only: speed is a benchmark, not a test)', () => {
  it('grows about linearly: 10× the length takes less than 20× the time', { timeout: 0 }, async () => {
    const scaling: Array<Omit<Extract<FuzzRecord, { kind: 'scaling' }>, 'kind'>> = [];
    /** The median of three runs, in milliseconds. */
    const time = async (text: string): Promise<number> => {
      const runs: number[] = [];
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        await analyzer.analyze(text);
        runs.push(performance.now() - t0);
      }
      return runs.sort((x, y) => x - y)[1] as number;
    };
    const measure = async (input: string, make: (n: number) => string, n1: number, n2: number) => {
      const ms1 = await time(make(n1));
      const ms2 = await time(make(n2));
      // short runs are mostly noise (a garbage collection, a mecab round trip): 50 ms is the floor,
      // still far below what a quadratic step takes at 10× the length
      return { ms1, ms2, ratio: Math.max(ms2, 50) / Math.max(ms1, 50) };
    };
    await analyzer.analyze('준비한다');
    for (const [input, make] of Object.entries(PATHOLOGICAL)) {
      const known = KNOWN_SUPERLINEAR[input] ?? null;
      // the known quadratic ones are measured shorter (hundreds of thousands of characters of them take minutes)
      const [n1, n2] = known ? [2_000, 20_000] : [40_000, 400_000];
      let m = await measure(input, make, n1, n2);
      // one slow measurement may be a pause of the machine: it counts only if a second one agrees
      if (known === null && m.ratio >= 20) m = await measure(input, make, n1, n2);
      scaling.push({ input, n1, n2, ...m, known });
    }
    for (const s of scaling) report({ kind: 'scaling', ...s });
    const slow = scaling.filter((s) => s.known === null && s.ratio >= 20).map((s) => `${s.input}: ${s.ms1.toFixed(0)} ms → ${s.ms2.toFixed(0)} ms (×${s.ratio.toFixed(1)})`);
    expect(slow).toEqual([]);
  });
});
