import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenizer } from '../src/morph';
import type { Morpheme, Tokenizer } from '../src/types';

const BACKENDS = ['mecab', 'mecab-ya', 'embedded'] as const;
type Backend = (typeof BACKENDS)[number];

const tokenizers = new Map<Backend, Tokenizer>();

beforeAll(async () => {
  for (const backend of BACKENDS) {
    const { tokenizer } = await createTokenizer({ backend });
    expect(tokenizer.name).toBe(backend);
    tokenizers.set(backend, tokenizer);
  }
});

afterAll(async () => {
  await Promise.all([...tokenizers.values()].map((t) => t.close()));
});

const tokenize = (backend: Backend, text: string) => (tokenizers.get(backend) as Tokenizer).tokenize(text);

/** Characters no backend turns into a morpheme: whitespace and control characters. */
const SKIPPED = /[\s\u0000-\u001f\u007f-\u009f]/g;

/**
 * The alignment contract: every surface is the exact slice of the input at its offsets, morphemes
 * are in order without overlap, whitespace gives none, and every other character is covered.
 */
function expectAligned(text: string, ms: Morpheme[]): void {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const m of ms) {
    const where = `${JSON.stringify(m.surface)} at ${m.start}-${m.end}`;
    if (text.slice(m.start, m.end) !== m.surface) problems.push(`misaligned ${where}: ${JSON.stringify(text.slice(m.start, m.end))}`);
    if (m.end <= m.start) problems.push(`empty ${where}`);
    if (m.start < previousEnd) problems.push(`overlapping ${where}`);
    if (m.surface.replace(SKIPPED, '') === '') problems.push(`whitespace ${where}`);
    previousEnd = m.end;
  }
  expect(problems.slice(0, 5)).toEqual([]);
  expect(ms.map((m) => m.surface.replace(SKIPPED, '')).join('')).toBe(text.replace(SKIPPED, ''));
}

const CASES: Record<string, string> = {
  'Hangul, Latin and digits': 'IBM과 메타가 2023년 12월 5일 50여개 단체와 AI Alliance를 출범했다.',
  'curly quotes and commas': '그는 “AI 동맹”이라며, ‘오픈소스’를 말했다. “끝”, ‘시작’,,',
  'emoji and astral characters': '좋아요😀👍🏽 👨‍👩‍👧 가족 𠀀𝐀 한자',
  'NFD jamo': '한국어를 배웁니다. 서울'.normalize('NFD'),
  'combining marks': 'école café naïve 가\u0301',
  'NUL and controls': 'a\u0000b 가\u0000나 \u0001다\u007f라\u0085마\u009f',
  'CRLF and CR': '첫 줄\r\n둘째 줄\r\n\r\n셋째\r넷째\r\n',
  tabs: '\t탭\t문자\t\t끝\t',
  'Unicode spaces': '가\u00a0나\u3000다\u2003라\u2028마\u2029바\ufeff사\u200b아',
  'lone surrogates': 'x\ud800y \udc00가 나\udbff\ud83d',
  'shell and echo characters': '\\c \\n \\0101 -n $(ls) `id` ; | & "a" \'b\' ~ * ? [x] {a,b} # %',
  'leading dash': '-n',
  'blank lines': '\n\n  \n가\n\n',
};

describe.each(BACKENDS)('%s backend alignment', (backend) => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`aligns ${name}`, async () => {
      expectAligned(text, await tokenize(backend, text));
    });
  }

  it('gives nothing for empty or blank text', async () => {
    expect(await tokenize(backend, '')).toEqual([]);
    expect(await tokenize(backend, ' \n\t\r\n\u3000 ')).toEqual([]);
  });

  it('keeps a lone surrogate as a morpheme of its own', async () => {
    const text = '가\ud800나';
    const ms = await tokenize(backend, text);
    expectAligned(text, ms);
    expect(ms.some((m) => m.surface.includes('\ud800'))).toBe(true);
  });

  it('aligns a 200,000-character line with spaces', async () => {
    const text = '국제 AI 동맹이 5일 출범했다, “개방형” 혁신을 말했다. '.repeat(7000).slice(0, 200_000);
    expectAligned(text, await tokenize(backend, text));
  });

  it('aligns a 200,000-character line without spaces, never cutting a surrogate pair', async () => {
    const text = `${'가나다라마바사'.repeat(14_000)}${'😀가'.repeat(33_000)}`;
    expect(text.length).toBe(197_000);
    expectAligned(text, await tokenize(backend, text));
  });
});

describe('the backends agree', () => {
  const sentence = 'IBM Research의 AI 개방형 혁신 이사인 안토니 안눈지아타는 “AI 동맹”이라고 말했다.';

  it('on the surfaces, offsets and POS of the reference sentence', async () => {
    const results = await Promise.all(BACKENDS.map((b) => tokenize(b, sentence)));
    const view = (ms: Morpheme[]) => ms.map((m) => `${m.start}:${m.surface}/${m.pos}`);
    const [mecab, mecabYa, embedded] = results.map(view);
    expect(mecab).toContain(`${sentence.indexOf('안눈')}:안/NNP`);
    expect(mecabYa).toEqual(mecab);
    expect(embedded).toEqual(mecab);
  });

  it('on the feature fields the mecab and embedded backends both give', async () => {
    const [mecab, embedded] = await Promise.all([tokenize('mecab', sentence), tokenize('embedded', sentence)]);
    expect(embedded).toEqual(mecab);
  });

  it('on the fixture articles (mecab-ya exactly, embedded on nearly every morpheme)', async () => {
    const dir = join(__dirname, '..', 'fixtures');
    let same = 0;
    let total = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const [mecab, mecabYa, embedded] = await Promise.all(BACKENDS.map((b) => tokenize(b, text)));
      const key = (m: Morpheme) => `${m.start}:${m.surface}/${m.pos}`;
      expect((mecabYa as Morpheme[]).map(key)).toEqual((mecab as Morpheme[]).map(key));
      const reference = new Set((mecab as Morpheme[]).map(key));
      for (const m of embedded as Morpheme[]) if (reference.has(key(m))) same++;
      total += (mecab as Morpheme[]).length;
      expectAligned(text, embedded as Morpheme[]);
    }
    expect(same / total).toBeGreaterThan(0.99);
  });
});
