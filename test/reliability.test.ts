/**
 * Reliability, bad input: every input that is not a clean article gets a typed error or a warning,
 * never a crash, a hang or a wrong offset.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_CHARS,
  InputTooLargeError,
  KornewsError,
  analyze,
  closeSharedAnalyzer,
  createAnalyzer,
  type Analysis,
  type Analyzer,
  type BatchResult,
} from '../src/index';
import { HOSTILE, KNOWN_SUPERLINEAR, KO_PARAGRAPH, PATHOLOGICAL, spanProblems } from './reliability-inputs';

/** The built command line (`npm test` builds first); KORNEWS_CLI points at another build. */
const CLI = process.env.KORNEWS_CLI ?? 'dist/cli.js';

let analyzer: Analyzer;
beforeAll(() => {
  analyzer = createAnalyzer();
});
afterAll(async () => {
  await analyzer.close();
  await closeSharedAnalyzer();
});

/** Analyze, check every span, and check that a second run gives the same Analysis. */
async function analyzeChecked(text: string): Promise<Analysis> {
  const a = await analyzer.analyze(text);
  expect(spanProblems(text, a)).toEqual([]);
  expect(await analyzer.analyze(text)).toEqual(a);
  return a;
}

async function collect(it: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

function cli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: options.input, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the span check these tests rely on', () => {
  it('finds a span that does not slice to its text, one outside the input, and a bad sentence index', async () => {
    const text = KO_PARAGRAPH;
    const a = await analyzer.analyze(text);
    expect(spanProblems(text, a)).toEqual([]);
    const shifted = structuredClone(a);
    (shifted.structure.sentences[0] as { start: number }).start += 1;
    expect(spanProblems(text, shifted)[0]).toMatch(/^structure\.sentences /);
    const outside = structuredClone(a);
    (outside.quotes[0] as { end: number }).end = text.length + 5;
    expect(spanProblems(text, outside)[0]).toMatch(/^quotes /);
    const index = structuredClone(a);
    (index.quotes[0] as { sentence: number }).sentence = 99;
    expect(spanProblems(text, index)).toEqual([`quote at ${a.quotes[0]?.start} has sentence 99 of ${a.structure.sentences.length}`]);
  });
});

describe('a text that is not a string', () => {
  const notStrings: Array<[string, unknown, RegExp]> = [
    ['a number', 42, /got number 42/],
    ['null', null, /got null/],
    ['undefined', undefined, /got undefined/],
    ['an object', { text: '기사' }, /got an object/],
    ['an array', ['기사'], /got an array/],
    ['a Buffer', Buffer.from('기사'), /got an object/],
    ['a String object', new String('기사'), /got an object/],
    ['a symbol', Symbol('기사'), /got symbol/],
  ];
  for (const [what, value, got] of notStrings) {
    it(`throws a TypeError naming the argument for ${what}`, async () => {
      const error = await analyze(value as string).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/analyze\(text\): text must be a string/);
      expect((error as Error).message).toMatch(got);
      await expect(analyzer.analyze(value as string)).rejects.toThrow(/text must be a string/);
    });
  }

  it('fails only that item of a batch, with a TypeError, and analyzes the others', async () => {
    const rs = await collect(analyzer.analyzeMany(['김철수 장관은 말했다.', 42 as unknown as string, { id: 'x', text: null as unknown as string }, '마지막 기사다.']));
    expect(rs.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(rs[1]?.error).toBeInstanceOf(TypeError);
    expect(rs[2]?.error).toBeInstanceOf(TypeError);
    expect(rs[2]?.id).toBe('x');
    expect(rs[3]?.analysis?.structure.sentences[0]?.text).toBe('마지막 기사다.');
  });
});

describe('options with a wrong type or value', () => {
  const bad: Array<[string, unknown, RegExp]> = [
    ['options that are null', null, /options must be an object, got null/],
    ['options that are a string', 'mecab', /options must be an object, got string/],
    ['an unknown backend', { backend: 'mecab2' }, /options\.backend must be one of auto, mecab, mecab-ya, embedded, got string "mecab2"/],
    ['a negative maxChars', { maxChars: -1 }, /options\.maxChars must be a positive integer, got number -1/],
    ['a NaN maxChars', { maxChars: Number.NaN }, /options\.maxChars must be a positive integer, got number NaN/],
    ['a maxChars given as a string', { maxChars: '1000' }, /options\.maxChars must be a positive integer, got string "1000"/],
    ['a zero timeoutMs', { timeoutMs: 0 }, /options\.timeoutMs must be a positive number/],
    ['an unknown language', { language: 'fr' }, /options\.language must be one of auto, ko, en, und/],
    ['a wrong html', { html: 'yes' }, /options\.html must be true, false or 'auto'/],
    ['an empty dictPath', { dictPath: '' }, /options\.dictPath must be a non-empty path/],
    ['a negative workers', { workers: -1 }, /options\.workers must be a whole number/],
  ];
  for (const [what, options, message] of bad) {
    it(`throws a TypeError naming it for ${what}`, async () => {
      expect(() => createAnalyzer(options as object)).toThrow(TypeError);
      expect(() => createAnalyzer(options as object)).toThrow(message);
      await expect(analyze('기사', options as object)).rejects.toThrow(message);
    });
  }

  it('throws a TypeError for a batch concurrency that would run nothing', async () => {
    for (const concurrency of [0, -3, Number.NaN, '4' as unknown as number]) {
      await expect(collect(analyzer.analyzeMany(['기사'], { concurrency }))).rejects.toThrow(/options\.concurrency must be a positive integer/);
    }
  });
});

describe('empty and whitespace-only text', () => {
  it('gives an empty Analysis with the warning "empty input"', async () => {
    const a = await analyzeChecked('');
    expect(a).toMatchObject({ language: 'und', tokenizer: 'none', quotes: [], organizations: [], persons: [], goals: [], warnings: ['empty input'] });
    expect(a.structure).toEqual({ title: null, deck: [], byline: null, dateline: null, headings: [], paragraphs: [], sentences: [] });
    expect(a.critique).toEqual({ sentences: [], section: null });
  });

  for (const [what, text] of [
    ['spaces, tabs and newlines', ' \t\n\r\n  \n'],
    ['NBSP, ideographic and zero-width spaces', '\u00a0\u3000\u200b\ufeff\u2028'],
    ['control characters', '\0\x01\x7f\x85'],
    ['markup without text', '<p></p><br/><div>  </div><!-- x -->'],
    ['entities that are spaces', '&nbsp;&#32;&ensp;'],
  ] as const) {
    it(`gives an empty Analysis with a warning for ${what}`, async () => {
      const a = await analyzeChecked(text);
      expect(a.structure.paragraphs).toEqual([]);
      expect(a.quotes).toEqual([]);
      expect(a.warnings).toEqual(['input holds only whitespace or markup']);
    });
  }
});

describe('text that is neither Korean nor English', () => {
  for (const [what, text] of [
    ['Russian', 'Это статья о новом альянсе. «Мы построим открытые модели», — сказал директор.'],
    ['Chinese', '中华人民共和国国务院总理李强说：“我们将继续推进改革。”'],
    ['Japanese', '東京で記者会見を開いた。「改革を進める」と述べた。'],
    ['Arabic', 'قال المدير إن التحالف سيبني نماذج مفتوحة.'],
    ['digits and symbols', '2024-12-05 12:30 +82 (0)2 1234 5678 #42 $99.95'],
    ['emoji', '😀😃😄 👍🏽 🇰🇷 👩‍👩‍👧‍👦'],
  ] as const) {
    it(`gives language 'und', a warning, and the structure it can find, for ${what}`, async () => {
      const a = await analyzeChecked(text);
      expect(a.language).toBe('und');
      expect(a.tokenizer).toBe('none');
      expect(a.warnings.join('\n')).toMatch(/neither Korean nor English/);
      expect(a.structure.paragraphs).toHaveLength(1);
      expect(a.structure.sentences.length).toBeGreaterThan(0);
    });
  }
});

describe('text over maxChars', () => {
  it(`throws InputTooLargeError above ${DEFAULT_MAX_CHARS} characters by default, before any work`, async () => {
    const huge = '가'.repeat(DEFAULT_MAX_CHARS + 1);
    const started = performance.now();
    const error = await analyzer.analyze(huge).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect(error).toBeInstanceOf(KornewsError);
    expect(error).toMatchObject({ code: 'E_INPUT_TOO_LARGE', length: DEFAULT_MAX_CHARS + 1, maxChars: DEFAULT_MAX_CHARS });
    expect((error as Error).message).toMatch(/raise the maxChars option/);
  });

  it('accepts exactly maxChars characters', async () => {
    const a = await analyzer.analyze(' '.repeat(DEFAULT_MAX_CHARS));
    expect(a.warnings).toEqual(['input holds only whitespace or markup']);
  });

  it('follows the maxChars option, and fails only that article of a batch', async () => {
    const small = createAnalyzer({ maxChars: 20 });
    try {
      const rs = await collect(small.analyzeMany(['짧은 기사다.', '이 기사는 스무 글자보다 훨씬 더 길어서 거절된다.', '또 짧다.']));
      expect(rs.map((r) => (r.error ? r.error.name : 'ok'))).toEqual(['ok', 'InputTooLargeError', 'ok']);
    } finally {
      await small.close();
    }
  });

  it('lets the CLI exit 2 naming a file that is too large to read at all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kornews-big-'));
    try {
      const big = join(dir, 'big.txt');
      writeFileSync(big, 'a'.repeat(1000));
      const r = cli(['analyze', big, '--max-chars', '100', '--format', 'jsonl']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(big);
      expect(r.stderr).toMatch(/the file has at least 334 characters, more than maxChars \(100\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets the CLI exit 2 naming the article of a JSONL stream that is too large, and print the others', () => {
    const input = [JSON.stringify({ id: 'small', text: '짧은 기사다.' }), JSON.stringify({ id: 'large', text: '가'.repeat(200) }), JSON.stringify({ id: 'after', text: '또 짧다.' })].join('\n');
    const r = cli(['analyze', '-', '--format', 'jsonl', '--max-chars', '100'], { input });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kornews: large: text has 200 characters, more than maxChars \(100\)/);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string });
    expect(lines.map((l) => [l.id, l.error ? 'error' : 'ok'])).toEqual([
      ['small', 'ok'],
      ['large', 'error'],
      ['after', 'ok'],
    ]);
  });
});

describe('dirty text: no crash, exact offsets, same answer twice', () => {
  for (const [what, text] of Object.entries(HOSTILE)) {
    it(what, async () => {
      await analyzeChecked(text);
    });
  }

  it('finds the same quotes and speakers in NFD, CRLF and HTML-escaped copies of an article', async () => {
    const plain = `제목이다\n\n${KO_PARAGRAPH}\n${KO_PARAGRAPH}`;
    const html = `<p>${plain.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;').replace(/\n/g, '</p><p>')}</p>`;
    const summary = (a: Analysis) => a.quotes.map((q) => [q.text.normalize('NFC').replace(/&[a-z]+;/g, ''), q.speaker?.name?.normalize('NFC') ?? null]);
    const expected = summary(await analyzeChecked(plain));
    expect(expected.length).toBeGreaterThan(0);
    for (const copy of [plain.normalize('NFD'), plain.replace(/\n/g, '\r\n'), html]) expect(summary(await analyzeChecked(copy))).toEqual(expected);
  });

  it('keeps the NUL bytes inside the quote it reports', async () => {
    const a = await analyzeChecked(HOSTILE['NUL bytes'] as string);
    expect(a.quotes.map((q) => q.text)).toEqual(['인공지능\0 산업을 육성하겠다']);
  });

  it('reports an unclosed quote mark as a warning', async () => {
    const a = await analyzeChecked(HOSTILE['a quote that never closes'] as string);
    expect(a.warnings.join('\n')).toMatch(/quote mark at \d+/);
  });
});

/**
 * Hang checks, not speed tests (time against length is measured by `npm run fuzz`): every
 * pathological input at 50,000 characters, and the worst of them at 200,000, must finish well
 * within the timeout. A quadratic step would take minutes.
 */
const AT_200K = [
  'one long line of Korean words',
  'one long word',
  'one long line of quoted speech',
  'curly opening marks',
  'opening marks before each word',
  'HTML tags',
  'ampersands',
  'decomposed Hangul',
  'lone surrogates',
  'NUL bytes',
];

/**
 * The analysis runs in a worker thread of the built library, so that a true hang (a regex that
 * backtracks for hours is synchronous: no timer inside the same thread could stop it) fails the
 * test when the worker is terminated, instead of hanging the suite.
 */
class Sandbox {
  private worker: Worker | null = null;
  private next = 0;
  constructor(private readonly source: string = SANDBOX) {}

  /** The Analysis of `text`, or an error after `timeoutMs` (the worker is then replaced). */
  run(text: string, timeoutMs: number): Promise<Analysis> {
    const worker = (this.worker ??= new Worker(this.source, { eval: true, workerData: { lib: LIB } }));
    const id = this.next++;
    return new Promise<Analysis>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        this.worker = null;
        void worker.terminate();
        reject(new Error(`no answer within ${timeoutMs} ms: a hang`));
      }, timeoutMs);
      const onMessage = (m: { id: number; analysis?: Analysis; error?: string }): void => {
        if (m.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        if (m.error !== undefined) reject(new Error(m.error));
        else resolve(m.analysis as Analysis);
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, text });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

/** The built library (CommonJS, loaded by the worker); KORNEWS_LIB points at another build. */
const LIB = resolve(process.env.KORNEWS_LIB ?? 'dist/index.cjs');
const SANDBOX = `
const { parentPort, workerData } = require('node:worker_threads');
const { createAnalyzer } = require(workerData.lib);
const analyzer = createAnalyzer();
parentPort.on('message', ({ id, text }) => {
  analyzer.analyze(text).then(
    (analysis) => parentPort.postMessage({ id, analysis }),
    (e) => parentPort.postMessage({ id, error: String((e && e.stack) || e) }),
  );
});
`;

describe('pathological input finishes (hang check, in a worker that is terminated on a hang)', () => {
  const sandbox = new Sandbox();
  afterAll(() => sandbox.close());

  for (const [what, make] of Object.entries(PATHOLOGICAL)) {
    const known = KNOWN_SUPERLINEAR[what];
    const n = AT_200K.includes(what) ? 200_000 : 50_000;
    // known: quadratic in an extractor this suite does not own; reported, skipped until fixed
    it.skipIf(known !== undefined)(`${what}, ${n.toLocaleString('en-US')} characters${known ? ` (known: ${known})` : ''}`, { timeout: 60_000 }, async () => {
      const text = make(n);
      const a = await sandbox.run(text, 45_000);
      expect(spanProblems(text, a)).toEqual([]);
    });
  }

  it('fails, instead of hanging, when the analysis never finishes (a synchronous endless loop)', { timeout: 30_000 }, async () => {
    const stuck = new Sandbox(`require('node:worker_threads').parentPort.on('message', () => { for (;;) {} });`);
    const started = Date.now();
    await expect(stuck.run('기사', 1000)).rejects.toThrow(/no answer within 1000 ms: a hang/);
    expect(Date.now() - started).toBeLessThan(5_000);
    await stuck.close();
  });
});
