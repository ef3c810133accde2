#!/usr/bin/env node
// kornews fuzzing: the property tests of test/fuzz.test.ts (and the shell-syntax property of
// test/reliability-security.test.ts) with many more cases than the test suite runs, then how time
// grows with length on pathological input. Runs on the sources (vitest), no build needed.
//
//   npm run fuzz                          # 2,000 cases per property, a random seed
//   npm run fuzz -- --runs 20000          # more
//   npm run fuzz -- --seed 1234567        # replay the seed a failure printed
//   npm run fuzz -- --no-scaling          # properties only
//
// Exit code 0 when every property held and no input outside the known list grew faster than
// 20× for 10× the length; 1 otherwise (the failing input is printed, shrunk by fast-check).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    scaling: { type: 'boolean', default: true },
    'no-scaling': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs <= 0) fail('--runs must be a positive integer');
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
if (!/^-?\d+$/.test(seed)) fail('--seed must be an integer');
const scaling = values.scaling && !values['no-scaling'];

const dir = mkdtempSync(join(tmpdir(), 'kornews-fuzz-'));
const reportFile = join(dir, 'report.jsonl');
const files = ['test/fuzz.test.ts', 'test/reliability-security.test.ts'];
const filter = scaling ? [] : ['-t', 'generated input|shell syntax'];
console.log(`kornews fuzz: ${runs} cases per property, seed ${seed}${scaling ? ', then time against length' : ''}\n`);
const started = Date.now();
const vitest = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...files, ...filter, '--testTimeout', '0', '--reporter', 'dot'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, KORNEWS_FUZZ_RUNS: String(runs), KORNEWS_FUZZ_SEED: seed, KORNEWS_FUZZ_REPORT: reportFile },
});
const seconds = (Date.now() - started) / 1000;

let records = [];
try {
  records = readFileSync(reportFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
} catch {
  // nothing recorded: vitest failed before any property ran (its output says why)
}
rmSync(dir, { recursive: true, force: true });

const properties = records.filter((r) => r.kind === 'property');
const measured = records.filter((r) => r.kind === 'scaling');
const pad = (s, n) => String(s).padEnd(n);
const num = (x) => Math.round(x).toLocaleString('en-US');
if (properties.length > 0) {
  console.log('\nproperty'.padEnd(96), 'cases'.padStart(8), 'seconds'.padStart(9), 'cases/s'.padStart(9), ' result');
  for (const p of properties) {
    console.log(pad(p.name, 95), num(p.cases).padStart(8), (p.ms / 1000).toFixed(1).padStart(9), num(p.cases / (p.ms / 1000)).padStart(9), p.failed ? ' FAILED' : ' ok');
  }
  const cases = properties.reduce((s, p) => s + p.cases, 0);
  const ms = properties.reduce((s, p) => s + p.ms, 0);
  console.log(pad('total', 95), num(cases).padStart(8), (ms / 1000).toFixed(1).padStart(9), num(cases / (ms / 1000)).padStart(9));
  for (const p of properties.filter((x) => x.failed)) console.log(`\n${p.name} FAILED:\n${p.failed}`);
}
if (measured.length > 0) {
  console.log('\ntime against length'.padEnd(52), 'chars'.padStart(15), 'ms'.padStart(17), 'ratio'.padStart(7));
  for (const s of measured) {
    const flag = s.known ? ' known (reported)' : s.ratio >= 20 ? ' TOO SLOW' : '';
    console.log(pad(s.input, 51), `${num(s.n1)} → ${num(s.n2)}`.padStart(15), `${num(s.ms1)} → ${num(s.ms2)}`.padStart(17), `×${s.ratio.toFixed(1)}`.padStart(7), flag);
  }
}
console.log(`\n${properties.reduce((s, p) => s + p.cases, 0).toLocaleString('en-US')} cases in ${seconds.toFixed(0)} s (seed ${seed}); vitest exit ${vitest.status}`);
process.exitCode = vitest.status === 0 ? 0 : 1;

function fail(message) {
  console.error(`fuzz: ${message}`);
  process.exit(2);
}
