/** The command line, run as a real child process on the built dist/cli.js (`npm test` builds first). */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../src/index';

const CLI = 'dist/cli.js';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kornews analyze', () => {
  it('prints one Analysis as JSON for one file, with exact spans', () => {
    const r = run(['analyze', 'fixtures/ai-alliance.ko.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Analysis;
    const text = readFileSync('fixtures/ai-alliance.ko.txt', 'utf8');
    expect(a.language).toBe('ko');
    expect(a.structure.byline?.reporter?.name).toBe('전윤미');
    for (const s of [...a.structure.sentences, ...a.structure.headings, ...a.quotes]) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  for (const backend of ['embedded', 'mecab-ya']) {
    it(`works with --backend ${backend}`, () => {
      const r = run(['analyze', 'fixtures/ai-alliance.ko.txt', '--format', 'json', '--backend', backend]);
      expect(r.code).toBe(0);
      const a = JSON.parse(r.stdout) as Analysis;
      expect(a.tokenizer).toBe(backend);
      expect(a.structure.deck).toHaveLength(2);
      expect(a.structure.headings).toHaveLength(3);
    });
  }

  it('writes one JSONL line per file of a directory, in order', () => {
    const r = run(['analyze', 'fixtures', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; analysis: Analysis });
    expect(lines.map((l) => l.id)).toEqual([
      'fixtures/ai-alliance.ko.txt',
      'fixtures/voa-cyber-advisory.ko.txt',
      'fixtures/voa-gun-law.ko.txt',
      'fixtures/voa-unification-minister.ko.txt',
      'fixtures/voa-us-japan-summit.ko.txt',
    ]);
    expect(lines.every((l) => l.analysis.language === 'ko')).toBe(true);
  });

  it('reads JSONL {id, text} from stdin and reports bad lines without losing the others', () => {
    const input = [
      JSON.stringify({ id: 'a', text: '김철수 장관은 “계획을 추진하겠다”고 말했다.' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 'The minister said the plan would go ahead.' }),
    ].join('\n');
    const r = run(['analyze', '-', '--format', 'jsonl'], input);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | number; analysis?: Analysis; error?: string });
    expect(lines.map((l) => l.id)).toEqual(['a', 2, 'c']);
    expect(lines[0]?.analysis?.language).toBe('ko');
    expect(lines[1]?.error).toMatch(/not valid JSON/);
    expect(lines[2]?.analysis?.language).toBe('en');
    expect(r.code).toBe(2);
  });

  it('exits 2 naming the file when an input is over --max-chars', () => {
    const r = run(['analyze', 'fixtures/voa-gun-law.ko.txt', '--max-chars', '100']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fixtures/voa-gun-law.ko.txt');
    expect(r.stderr).toContain('maxChars');
  });

  it('exits 2 for a missing file and for usage errors, and prints help', () => {
    expect(run(['analyze', 'no-such-file.txt']).code).toBe(2);
    expect(run(['analyze', 'fixtures/voa-gun-law.ko.txt', '--format', 'xml']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('kornews analyze');
  });

  it('prints its version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(execFileSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });
});
