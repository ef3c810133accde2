/**
 * Reliability, no way in: kornews runs nothing it was not asked to. Its own backends start mecab
 * without a shell; mecab-ya (which builds a shell command from the text) is guarded. Text full of
 * shell syntax goes through every backend, the whole pipeline and the CLI, and nothing runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TokenizerError, createAnalyzer, createTokenizer, findMecab, type Tokenizer } from '../src/index';
import { isLiteralWord } from '../src/morph/mecab-ya';
import { fuzzRuns, fuzzSeed, report, spanProblems } from './reliability-inputs';

const ROOT = join(__dirname, '..');
const CLI = process.env.KORNEWS_CLI ?? 'dist/cli.js';
/** The file an injected command would create. */
const PWNED = join(tmpdir(), `kornews-pwned-${process.pid}`);

/** Texts that would run `touch PWNED` if any part of them reached a shell unquoted. */
const ATTACKS: readonly string[] = [
  `$(touch ${PWNED})`,
  `\`touch ${PWNED}\``,
  `기사; touch ${PWNED}`,
  `기사 | touch ${PWNED}`,
  `기사 && touch ${PWNED} & 끝`,
  `기사 || touch ${PWNED}`,
  `'; touch ${PWNED}; echo '`,
  `"; touch ${PWNED}; echo "`,
  `it's! $(touch ${PWNED})`,
  `it's "$(touch ${PWNED})" and \`touch ${PWNED}\``,
  `줄바꿈\ntouch ${PWNED}\n$(touch ${PWNED})\n`,
  `윈도 줄바꿈\r\ntouch ${PWNED}\r\n`,
  `널\0touch ${PWNED}`,
  `\\$(touch ${PWNED})`,
  `\\\`touch ${PWNED}\\\``,
  `$'\\x74ouch' ${PWNED}`,
  `\${IFS}touch\${IFS}${PWNED}`,
  `<(touch ${PWNED}) >(touch ${PWNED})`,
  `>${PWNED}`,
  `>>${PWNED} 2>&1`,
  `$HOME \${PATH} *.txt ~ #주석 {a,b} [a-z]? !!`,
  `-n`,
  `-e \\c 잘림 \\0101`,
  `김철수 장관은 “$(touch ${PWNED})”라고 말했다.`,
  `김철수 장관은 ‘\`touch ${PWNED}\`’이라고 했다; touch ${PWNED}`,
  `${'가나다 '.repeat(2000)}$(touch ${PWNED})`, // crosses mecab-ya's 8000-character batches
];

/** Source files of kornews. */
function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* tsFiles(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

beforeAll(() => rmSync(PWNED, { force: true }));
afterEach(() => {
  // a failure here names the test that let a command through
  expect(existsSync(PWNED)).toBe(false);
});
afterAll(() => rmSync(PWNED, { force: true }));

describe('no shell in kornews itself', () => {
  const findings: string[] = [];
  const childProcessNames: string[] = [];
  for (const path of tsFiles(join(ROOT, 'src'))) {
    const file = relative(ROOT, path);
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const at = (node: ts.Node): string => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      // imports from child_process: which functions
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && /^(node:)?child_process$/.test(node.moduleSpecifier.text)) {
        const bindings = node.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const el of bindings.elements) if (!el.isTypeOnly && !node.importClause?.isTypeOnly) childProcessNames.push(`${at(node)} ${(el.propertyName ?? el.name).text}`);
        } else if (!node.importClause?.isTypeOnly) findings.push(`${at(node)} imports all of child_process`);
      }
      // require('child_process'), import('child_process'), vm
      if (ts.isCallExpression(node) && node.arguments.length > 0) {
        const arg = node.arguments[0];
        const callee = node.expression.getText(sf);
        if (arg && ts.isStringLiteral(arg) && /^(node:)?(child_process|vm)$/.test(arg.text) && (callee === 'require' || node.expression.kind === ts.SyntaxKind.ImportKeyword)) findings.push(`${at(node)} loads ${arg.text}`);
        // (child_process is imported by name only, checked below, so a bare name is the only way to call these)
        if (/^(exec|execSync|execFile|execFileSync|spawnSync)$/.test(callee)) findings.push(`${at(node)} calls ${callee}`);
      }
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && /^(node:)?vm$/.test(node.moduleSpecifier.text)) findings.push(`${at(node)} imports vm`);
      // { shell: true } (or anything but false) in an options object
      if (ts.isPropertyAssignment(node) && node.name.getText(sf) === 'shell' && node.initializer.kind !== ts.SyntaxKind.FalseKeyword) findings.push(`${at(node)} sets shell: ${node.initializer.getText(sf)}`);
      if (ts.isShorthandPropertyAssignment(node) && node.name.text === 'shell') findings.push(`${at(node)} passes shell`);
      // eval and the Function constructor
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'eval') findings.push(`${at(node)} calls eval`);
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') findings.push(`${at(node)} builds a Function`);
      // a shell named in a string
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /^\/(usr\/)?bin\/(ba|da|z)?sh$|\bsh -c\b|\bcmd(\.exe)?\s+\/c\b/i.test(node.text)) findings.push(`${at(node)} names a shell: ${node.text}`);
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  it('never calls exec, execSync, execFile or spawnSync, eval or Function, never sets shell, never loads vm', () => {
    expect(findings).toEqual([]);
  });

  it('takes only spawn from child_process, and spawn only in the mecab backend', () => {
    expect(childProcessNames.map((x) => x.replace(/:\d+/, ''))).toEqual(['src/morph/mecab.ts spawn']);
  });

  it('leaves the shell to the mecab-ya package alone (its own code, outside src/)', () => {
    const req = createRequire(join(ROOT, 'package.json'));
    const mecabYa = readFileSync(req.resolve('mecab-ya'), 'utf8');
    expect(mecabYa).toMatch(/cp\.exec\(/);
  });
});

describe('the marker file', () => {
  it('is created when an attack does reach a shell (the check can fail)', () => {
    spawnSync('/bin/sh', ['-c', `echo ${ATTACKS[0]}`]);
    expect(existsSync(PWNED)).toBe(true);
    rmSync(PWNED, { force: true });
  });
});

describe('text with shell syntax through every backend', () => {
  const backends = ['mecab', 'mecab-ya', 'embedded'] as const;
  const tokenizers = new Map<string, Tokenizer>();
  beforeAll(async () => {
    for (const backend of backends) tokenizers.set(backend, (await createTokenizer({ backend })).tokenizer);
  });
  afterAll(async () => {
    for (const t of tokenizers.values()) await t.close();
  });

  for (const backend of backends) {
    it(`${backend}: tokenizes every attack as text, with exact offsets, and runs nothing`, async () => {
      const t = tokenizers.get(backend) as Tokenizer;
      for (const text of ATTACKS) {
        const ms = await t.tokenize(text);
        expect(existsSync(PWNED)).toBe(false);
        for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
        if (text.includes('touch')) expect(ms.some((m) => m.surface.includes('touch'))).toBe(true);
      }
    });

    it(`${backend}: the whole pipeline analyzes every attack and runs nothing`, async () => {
      const an = createAnalyzer({ backend });
      try {
        for (const text of ATTACKS) {
          const a = await an.analyze(text);
          expect(spanProblems(text, a)).toEqual([]);
          expect(existsSync(PWNED)).toBe(false);
        }
      } finally {
        await an.close();
      }
    });
  }

  it('mecab-ya: arbitrary mixes of shell syntax and Korean are tokenized or refused, never run', async () => {
    const t = tokenizers.get('mecab-ya') as Tokenizer;
    const sq = createRequire(createRequire(join(ROOT, 'package.json')).resolve('mecab-ya'))('shell-quote') as { quote(xs: string[]): string };
    const piece = fc.oneof(
      fc.constantFrom('$', '(', ')', '`', ';', '|', '&', '<', '>', "'", '"', '\\', '!', '*', '?', '[', ']', '{', '}', '~', '#', '=', '%', '^', '-', '\n', '\r', '\t', ' ', '\0', '\x1b'),
      fc.constantFrom(`touch ${PWNED}`, `$(touch ${PWNED})`, `\`touch ${PWNED}\``, '${IFS}', "$'\\n'", '-n ', '-e ', '\\c', '가', '기사', '말했다', '“', '”', '\u00a0', '\u2028', '😀', '\ud800'),
      fc.string({ maxLength: 4 }),
    );
    let refused = 0;
    let runs = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 24 }), async (parts) => {
        runs++;
        const text = parts.join('');
        try {
          const ms = await t.tokenize(text);
          for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
        } catch (e) {
          // refusing a text is allowed (it never reaches the shell); anything else is not
          expect(e).toBeInstanceOf(TokenizerError);
          expect((e as Error).message).toMatch(/refusing to pass this text to mecab-ya/);
          refused++;
        }
        expect(existsSync(PWNED)).toBe(false);
        // the quoting mecab-ya applies reads, for an independent POSIX reader, as one literal word
        expect(isLiteralWord(sq.quote(['echo', `x${text.replace(/[\0-\x1f\x7f-\x9f\\]/g, ' ')}`]).slice(5))).toBe(true);
      }),
      // each case runs a shell, echo and mecab: a fuzz run gives it a tenth of the cases
      { numRuns: fuzzRuns(100, 0.1), seed: fuzzSeed() },
    );
    report({ kind: 'property', name: 'shell syntax through mecab-ya: tokenized or refused, never run', cases: runs, ms: performance.now() - started });
    expect(runs).toBeGreaterThan(0);
    expect(refused).toBe(0);
  }, Number(process.env.KORNEWS_FUZZ_RUNS ?? 0) > 0 ? 0 : 120_000);

  it('mecab-ya: refuses a mecab whose path it would have to write into the shell command unquoted', async () => {
    // a real mecab, reached through a folder whose name is shell syntax
    const dir = mkdtempSync(join(tmpdir(), 'kornews-path-'));
    try {
      const lib = join(dir, 'a;touch${IFS}pwned;b');
      mkdirSync(join(lib, 'bin'), { recursive: true });
      symlinkSync(findMecab() as string, join(lib, 'bin', 'mecab'));
      const error = await createTokenizer({ backend: 'mecab-ya', mecabPath: join(lib, 'bin', 'mecab') }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TokenizerError);
      expect((error as Error).message).toMatch(/refusing a path outside/);
      expect(existsSync(join(dir, 'pwned'))).toBe(false);
      expect(existsSync('pwned')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the CLI analyzes JSONL full of shell syntax with the process backends, and runs nothing', () => {
    const input = ATTACKS.map((text, i) => JSON.stringify({ id: `a${i}`, text })).join('\n');
    for (const backend of ['mecab', 'mecab-ya']) {
      const r = spawnSync(process.execPath, [CLI, 'analyze', '-', '--format', 'jsonl', '--backend', backend], { input, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });
      expect(r.status).toBe(0);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string });
      expect(lines.map((l) => l.id)).toEqual(ATTACKS.map((_, i) => `a${i}`));
      expect(lines.filter((l) => l.error)).toEqual([]);
      expect(existsSync(PWNED)).toBe(false);
    }
  }, 180_000);
});
