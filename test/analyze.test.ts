import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, closeSharedAnalyzer, createAnalyzer, InputTooLargeError, findMecab } from '../src/index';
import type { Analysis, Span } from '../src/index';

const fixtures = readdirSync('fixtures').filter((f) => f.endsWith('.txt'));
const founding = readFileSync('fixtures/ai-alliance.ko.txt', 'utf8');

/** Every span in an Analysis, wherever it sits. */
function allSpans(a: Analysis): Span[] {
  const out: Span[] = [];
  const s = a.structure;
  if (s.title) out.push(s.title);
  if (s.byline) out.push(s.byline);
  if (s.dateline) out.push(s.dateline);
  out.push(...s.deck, ...s.headings, ...s.paragraphs, ...s.sentences);
  for (const q of a.quotes) {
    out.push(q);
    if (q.speaker?.mention) out.push(q.speaker.mention);
  }
  for (const o of a.organizations) out.push(...o.mentions);
  for (const p of a.persons) out.push(...p.mentions);
  out.push(...a.goals, ...a.critique.sentences);
  if (a.critique.section) out.push(a.critique.section);
  return out;
}

function expectExactSpans(input: string, a: Analysis): void {
  for (const sp of allSpans(a)) expect(input.slice(sp.start, sp.end)).toBe(sp.text);
}

afterAll(() => closeSharedAnalyzer());

describe('analyze() on the founding article', () => {
  it('returns the full shape with language, deck, byline and headings', async () => {
    const a = await analyze(founding);
    expect(a.language).toBe('ko');
    expect(a.tokenizer).toBe(findMecab() ? 'mecab' : 'embedded');
    expect(a.structure.deck).toHaveLength(2);
    expect(a.structure.byline?.text).toBe('[애플경제 전윤미 기자]');
    expect(a.structure.byline?.publisher?.name).toBe('애플경제');
    expect(a.structure.byline?.reporter?.name).toBe('전윤미');
    expect(a.structure.dateline?.text).toBe('5일(현지시각)');
    expect(a.structure.headings.map((h) => h.text)).toEqual([
      '회원기업들 ‘AI윤리’ 솔선수범 모양새',
      '개방형 기반 모델 생태계 보급',
      '실무 그룹, 기술감독위원회 등 결성 예정',
    ]);
    expect(a.structure.sentences.length).toBeGreaterThan(25);
    expectExactSpans(founding, a);
  });

  it('keeps offsets into the original when the text is CRLF, NFD and full of NBSP', async () => {
    const messy = founding.replace(/\n/g, '\r\n').replace(/ /g, '\u00A0').normalize('NFD');
    const a = await analyze(messy);
    expect(a.language).toBe('ko');
    expect(a.structure.headings).toHaveLength(3);
    expect(a.structure.byline?.reporter?.name).toBe('전윤미');
    expectExactSpans(messy, a);
  });
});

describe('analyze() on every fixture', () => {
  for (const f of fixtures) {
    it(`${f}: Korean, sentences, exact spans`, async () => {
      const t = readFileSync(`fixtures/${f}`, 'utf8');
      const a = await analyze(t);
      expect(a.language).toBe('ko');
      expect(a.structure.paragraphs.length).toBeGreaterThan(5);
      expectExactSpans(t, a);
    });
  }
});

describe('input checks', () => {
  it('throws a TypeError naming the argument for a non-string', async () => {
    await expect(analyze(42 as unknown as string)).rejects.toThrow(/text must be a string, got number/);
  });

  it('returns an empty analysis with a warning for whitespace', async () => {
    const a = await analyze('  \n\t ');
    expect(a.structure.sentences).toEqual([]);
    expect(a.warnings).toEqual(['input holds only whitespace or markup']);
  });

  it('refuses inputs over maxChars', async () => {
    const an = createAnalyzer({ maxChars: 10 });
    await expect(an.analyze('가'.repeat(11))).rejects.toBeInstanceOf(InputTooLargeError);
    await an.close();
  });

  it('detects English and uses no tokenizer', async () => {
    const a = await analyze('The alliance was launched on Tuesday. "We will build open models," said Jane Doe, a director at the company.');
    expect(a.language).toBe('en');
    expect(a.tokenizer).toBe('none');
  });

  it('marks text that is neither Korean nor English', async () => {
    const a = await analyze('Это статья о новом альянсе искусственного интеллекта, созданном вчера.');
    expect(a.language).toBe('und');
    expect(a.warnings.join(' ')).toMatch(/neither Korean nor English/);
  });
});

describe('byline names', () => {
  it('gives the publisher and the reporter their English names', async () => {
    const a = await analyze(founding);
    expect(a.structure.byline?.publisher).toEqual({ name: '애플경제', nameEn: 'Apple Economy' });
    expect(a.structure.byline?.reporter).toEqual({ name: '전윤미', nameEn: 'Jeon Yun-mi' });
  });
});
