/**
 * Reliability, faults: mecab killed in the middle of a batch, mecab hanging, no mecab at all, a
 * dictionary that is missing or is not mecab-ko-dic. Real processes throughout: the faults are
 * real kills and a real stand-in mecab, nothing of kornews is mocked.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzerTokenizer } from '../src/analyzer';
import {
  DictionaryError,
  MecabNotFoundError,
  TokenizerError,
  TokenizerTimeoutError,
  createAnalyzer,
  findMecab,
  type Analysis,
  type Analyzer,
  type BatchResult,
} from '../src/index';
import type { MecabTokenizer } from '../src/morph';
import { installHint } from '../src/errors';
import { spanProblems } from './reliability-inputs';

const CLI = process.env.KORNEWS_CLI ?? 'dist/cli.js';
const MECAB = findMecab() as string;
const FIXTURES = join(__dirname, '..', 'fixtures');
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
/** `n` distinct Korean articles: the fixtures, each with its number in front. */
const articles = (n: number): string[] => Array.from({ length: n }, (_, i) => `${i}번째 기사다.\n${fixtures[i % fixtures.length]}`);

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'kornews-faults-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

async function collect(it: AsyncIterable<BatchResult>, each?: (r: BatchResult, n: number) => void): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of it) {
    out.push(r);
    each?.(r, out.length);
  }
  return out;
}

/** The analyses of `texts` by a fresh analyzer with the real mecab, one at a time: what a batch must equal. */
async function reference(texts: string[]): Promise<Analysis[]> {
  const an = createAnalyzer({ backend: 'mecab' });
  try {
    const out: Analysis[] = [];
    for (const t of texts) out.push(await an.analyze(t));
    return out;
  } finally {
    await an.close();
  }
}

/** The mecab process behind an analyzer (its backend must have started). */
async function mecabOf(an: Analyzer): Promise<MecabTokenizer> {
  const t = await analyzerTokenizer(an);
  expect(t?.name).toBe('mecab');
  return t as MecabTokenizer;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

/** Set environment variables for one test; `undefined` deletes. Returns the restore function. */
function withEnv(vars: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}
const NO_MECAB = { PATH: '', MECAB_PATH: undefined, MECAB_LIB_PATH: undefined };

/**
 * A stand-in mecab: a real executable that runs the real mecab with the same arguments and
 * passes every line through, except that from a line holding `trigger` on it stops answering
 * (it sleeps), like a mecab stuck on one input. `trigger: null` never answers at all; an
 * `exitCode` makes it exit at once with that code, like a broken install.
 */
function fakeMecab(name: string, trigger: string | null, exitCode?: number): string {
  const dir = join(scratch, name, 'bin');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'mecab');
  writeFileSync(
    path,
    `#!${process.execPath}
const trigger = ${JSON.stringify(trigger)};
if (${exitCode ?? -1} >= 0) process.exit(${exitCode ?? -1});
if (trigger === null) { process.stdin.resume(); setInterval(() => {}, 1 << 30); return; }
const { spawn } = require('node:child_process');
const mecab = spawn(${JSON.stringify(MECAB)}, process.argv.slice(2), { stdio: ['pipe', 'inherit', 'inherit'] });
let hung = false, rest = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => {
  if (hung) return;
  const lines = (rest + d).split('\\n'); rest = lines.pop();
  for (const line of lines) {
    if (line.includes(trigger)) { hung = true; setInterval(() => {}, 1 << 30); return; }
    mecab.stdin.write(line + '\\n');
  }
});
process.stdin.on('end', () => { if (!hung) mecab.stdin.end(); });
mecab.on('exit', (code) => { if (!hung) process.exit(code ?? 1); });
`,
  );
  chmodSync(path, 0o755);
  return path;
}

describe('mecab killed in the middle of a batch', () => {
  it('is restarted, and every article is analyzed once, in order, exactly as without the kill', async () => {
    const texts = articles(40);
    const expected = await reference(texts);
    const an = createAnalyzer({ backend: 'mecab' });
    try {
      await an.analyze('준비한다');
      const mecab = await mecabOf(an);
      const pids = new Set<number>();
      const kills: number[] = [];
      const rs = await collect(an.analyzeMany(texts.map((text, i) => ({ id: `a${i}`, text })), { concurrency: 8 }), (_, n) => {
        if (n === 5 || n === 20) {
          const pid = mecab.pid;
          if (pid !== null) {
            pids.add(pid);
            process.kill(pid, 'SIGKILL');
            kills.push(n);
          }
        }
      });
      expect(kills).toEqual([5, 20]);
      expect(rs.map((r) => r.id)).toEqual(texts.map((_, i) => `a${i}`));
      expect(rs.map((r) => r.index)).toEqual(texts.map((_, i) => i));
      expect(rs.filter((r) => r.error).map((r) => `${r.id}: ${r.error?.message}`)).toEqual([]);
      rs.forEach((r, i) => {
        expect(r.analysis).toEqual(expected[i]);
        expect(spanProblems(texts[i] as string, r.analysis as Analysis)).toEqual([]);
      });
      expect(pids.size).toBe(2);
      expect(pids.has(mecab.pid as number)).toBe(false);
      for (const pid of pids) expect(await waitUntil(() => !alive(pid))).toBe(true);
    } finally {
      await an.close();
    }
  });

  it('is restarted for the next article after it was killed while idle', async () => {
    const an = createAnalyzer({ backend: 'mecab' });
    try {
      const [text] = articles(1) as [string];
      const before = await an.analyze(text);
      const mecab = await mecabOf(an);
      const pid = mecab.pid as number;
      process.kill(pid, 'SIGKILL');
      await waitUntil(() => !alive(pid));
      expect(await an.analyze(text)).toEqual(before);
      expect(mecab.pid).not.toBe(pid);
    } finally {
      await an.close();
    }
  });
});

describe('mecab that hangs', () => {
  it('fails that article with TokenizerTimeoutError, replaces the process, and the batch goes on', async () => {
    const texts = articles(10);
    texts[3] = `이 기사는 KORNEWS_HANG 에서 멈춘다.\n${texts[3]}`;
    const expected = await reference(texts.filter((_, i) => i !== 3));
    const an = createAnalyzer({ backend: 'mecab', mecabPath: fakeMecab('hang', 'KORNEWS_HANG'), timeoutMs: 1500 });
    try {
      await an.analyze('준비한다');
      const mecab = await mecabOf(an);
      const stuck = mecab.pid as number;
      const started = Date.now();
      const rs = await collect(an.analyzeMany(texts, { concurrency: 4 }));
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(rs.map((r) => r.index)).toEqual(texts.map((_, i) => i));
      expect(rs[3]?.error).toBeInstanceOf(TokenizerTimeoutError);
      expect(rs[3]?.error?.message).toMatch(/mecab did not answer within 1500 ms; the process was replaced/);
      expect(rs.filter((r) => r.index !== 3).map((r) => r.analysis)).toEqual(expected);
      expect(mecab.pid).not.toBe(stuck);
      expect(await waitUntil(() => !alive(stuck))).toBe(true);
      // and the analyzer keeps working
      expect((await an.analyze(texts[0] as string)).quotes).toEqual(expected[0]?.quotes);
    } finally {
      await an.close();
    }
  });

  it('fails at start with a clear TokenizerError when the binary never answers like mecab', async () => {
    const silent = fakeMecab('silent', null);
    const an = createAnalyzer({ backend: 'mecab', mecabPath: silent, timeoutMs: 500 });
    try {
      const error = await an.analyze('한국어 기사').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TokenizerError);
      expect((error as Error).message).toMatch(/did not answer the start-up check like mecab within 5000 ms; is it mecab\?/);
    } finally {
      await an.close();
    }
  }, 40_000);

  it("falls back to the embedded tokenizer under backend 'auto' when the binary is not a working mecab", async () => {
    const broken = fakeMecab('broken', null, 3);
    const auto = createAnalyzer({ backend: 'auto', mecabPath: broken });
    try {
      const a = await auto.analyze('한국어 기사');
      expect(a.tokenizer).toBe('embedded');
      expect(a.warnings.join('\n')).toMatch(/mecab could not start with mecab-ko-dic .*exited \(code 3\).*using the embedded tokenizer/);
    } finally {
      await auto.close();
    }
  });
});

describe('no mecab binary', () => {
  it("falls back to the embedded tokenizer with a warning under backend 'auto'", async () => {
    const restore = withEnv(NO_MECAB);
    const an = createAnalyzer();
    try {
      const [text] = articles(1) as [string];
      const a = await an.analyze(text);
      expect(a.tokenizer).toBe('embedded');
      expect(a.warnings.join('\n')).toMatch(/mecab not found; using the embedded tokenizer \(kuromoji-ko\), slower — install mecab: /);
      expect(a.warnings.join('\n')).toContain(installHint());
      expect(a.quotes.length).toBeGreaterThan(0);
      expect(spanProblems(text, a)).toEqual([]);
    } finally {
      restore();
      await an.close();
    }
  });

  for (const backend of ['mecab', 'mecab-ya'] as const) {
    it(`throws MecabNotFoundError with the install command for backend '${backend}'`, async () => {
      const restore = withEnv(NO_MECAB);
      const an = createAnalyzer({ backend });
      try {
        const error = await an.analyze('한국어 기사').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(MecabNotFoundError);
        expect((error as MecabNotFoundError).code).toBe('E_MECAB_NOT_FOUND');
        expect((error as Error).message).toContain(installHint());
        expect((error as Error).message).toMatch(/sudo apt-get install -y mecab/);
        // English needs no tokenizer and still works
        expect((await an.analyze('The minister said the plan would go ahead.')).language).toBe('en');
      } finally {
        restore();
        await an.close();
      }
    });
  }

  it('names the install command for each platform', () => {
    expect(installHint('linux')).toMatch(/apt-get install -y mecab/);
    expect(installHint('darwin')).toBe('brew install mecab');
    expect(installHint('win32')).toMatch(/MECAB_PATH/);
  });

  it('makes the CLI exit 2 with the install command', () => {
    const r = spawnSync(process.execPath, [CLI, 'analyze', 'fixtures/ai-alliance.ko.txt', '--backend', 'mecab'], {
      env: { ...process.env, PATH: '', MECAB_PATH: '', MECAB_LIB_PATH: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/mecab was not found .*Install it with: sudo apt-get install -y mecab/);
    expect(r.stdout).toBe('');
  });
});

describe('a dictionary that is missing or is not mecab-ko-dic', () => {
  const emptyDir = (): string => {
    const d = join(scratch, 'empty-dict');
    mkdirSync(d, { recursive: true });
    return d;
  };
  const wrongFiles = (): string => {
    const d = join(scratch, 'wrong-dict');
    mkdirSync(d, { recursive: true });
    for (const f of ['sys.dic', 'matrix.bin', 'char.bin', 'dicrc']) writeFileSync(join(d, f), 'not a dictionary\n');
    return d;
  };
  const cases: Array<[string, () => string, RegExp]> = [
    ['a folder that does not exist', () => join(scratch, 'no-such-dict'), /does not exist/],
    ['an empty folder', emptyDir, /lacks sys\.dic, matrix\.bin, char\.bin, dicrc; it is not a compiled mecab dictionary/],
    ['a folder with the right names but wrong files', wrongFiles, /could not analyse text with the dictionary|not mecab-ko-dic/],
    // through mecab-ya, mecab rejects kornews' eight-field output format before the probe can run
    ['mecab\'s Japanese dictionary (juman)', () => '/var/lib/mecab/dic/juman-utf8', /is not mecab-ko-dic/],
    ['mecab\'s default dictionary (ipadic)', () => '/var/lib/mecab/dic/debian', /is not mecab-ko-dic|lacks/],
  ];
  for (const [what, dir, message] of cases) {
    for (const backend of ['mecab', 'mecab-ya', 'auto'] as const) {
      const installed = what.includes('mecab\'s') ? readdirSafe(dir()).includes('sys.dic') : true;
      it.skipIf(!installed)(`throws DictionaryError at start for ${what} (backend '${backend}'), and again on retry`, async () => {
        const an = createAnalyzer({ backend, dictPath: dir() });
        try {
          for (let k = 0; k < 2; k++) {
            const error = await an.analyze('한국어 기사').catch((e: unknown) => e);
            expect(error).toBeInstanceOf(DictionaryError);
            expect((error as Error).message).toMatch(message);
            expect((error as Error).message).toContain(dir());
          }
        } finally {
          await an.close();
        }
      });
    }
  }

  it('warns that the embedded tokenizer does not use dictPath', async () => {
    const an = createAnalyzer({ backend: 'embedded', dictPath: join(scratch, 'no-such-dict') });
    try {
      const a = await an.analyze('한국어 기사다.');
      expect(a.tokenizer).toBe('embedded');
      expect(a.warnings.join('\n')).toMatch(/dictPath .* is not used by the embedded tokenizer/);
    } finally {
      await an.close();
    }
  });

  it('makes the CLI exit 2 with the message', () => {
    const r = spawnSync(process.execPath, [CLI, 'analyze', 'fixtures/ai-alliance.ko.txt', '--dict', emptyDir()], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/lacks sys\.dic/);
    expect(r.stdout).toBe('');
  });
});

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
