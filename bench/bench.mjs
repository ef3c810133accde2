#!/usr/bin/env node
// kornews speed benchmark: everything measured in one run on the same corpus, reported as ratios
// against the floor (the mecab binary tokenizing the same text).
//
//   npm run bench                       # build first (npm run build)
//   node bench/bench.mjs --articles 2000 --stream 10000 --subset 300 --mecab-ya-subset 60
//
// Writes bench/results.json as well.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const require = createRequire(import.meta.url);
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    stream: { type: 'string', default: '10000' },
    subset: { type: 'string', default: '300' },
    'mecab-ya-subset': { type: 'string', default: '60' },
    concurrency: { type: 'string', default: '8' },
    lib: { type: 'string', default: join(root, 'dist/index.js') },
    fixtures: { type: 'string', default: join(root, 'fixtures') },
    quick: { type: 'boolean', default: false },
  },
});
const N = values.quick ? 200 : Number(values.articles);
const STREAM = values.quick ? 1000 : Number(values.stream);
const SUBSET = Math.min(N, values.quick ? 60 : Number(values.subset));
const YA_SUBSET = Math.min(N, values.quick ? 20 : Number(values['mecab-ya-subset']));
const CONCURRENCY = Number(values.concurrency);

const kornews = await import(pathToUrl(values.lib));
const { createAnalyzer, findMecab, defaultDictPath } = kornews;

// ---- corpus ------------------------------------------------------------------------------------
const sources = readdirSync(values.fixtures)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(values.fixtures, f), 'utf8'));
if (sources.length === 0) fail(`no .txt articles in ${values.fixtures}`);
/** The fixtures repeated and interleaved to n articles (each a distinct string object). */
const corpusOf = (n) => Array.from({ length: n }, (_, i) => `${sources[i % sources.length]}`);
const corpus = corpusOf(N);
const chars = (arr) => arr.reduce((s, t) => s + t.length, 0);
const corpusChars = chars(corpus);

const mecab = findMecab();
if (!mecab) fail('mecab is not installed: the floor cannot be measured (apt-get install -y mecab)');
const dict = defaultDictPath();
const results = {
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  corpus: { articles: N, chars: corpusChars, fixtures: sources.length },
};
const tmp = mkdtempSync(join(tmpdir(), 'kornews-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

log(`corpus: ${N} articles, ${fmtInt(corpusChars)} characters (${sources.length} fixtures interleaved); ${results.machine.cpus} cores, node ${process.version}`);

// ---- 1. the floor: the mecab binary on the same text ----------------------------------------
const rawMecab = (texts) => {
  const file = join(tmp, `corpus-${texts.length}.txt`);
  writeFileSync(file, texts.join('\n'));
  const times = [];
  for (let k = 0; k < 3; k++) {
    const input = openSync(file, 'r');
    const t0 = performance.now();
    const r = spawnSync(mecab, ['-d', dict, '-r', join(dict, 'dicrc')], { stdio: [input, 'ignore', 'inherit'] });
    times.push(performance.now() - t0);
    closeSync(input);
    if (r.status !== 0) fail(`mecab exited with ${r.status}`);
  }
  return median(times);
};
const floorMs = rawMecab(corpus);
results.floor = { ms: round(floorMs), charsPerSec: Math.round(corpusChars / (floorMs / 1000)) };
log(`\n1. floor: mecab CLI tokenization                 ${fmtMs(floorMs)}   ${fmtInt(results.floor.charsPerSec)} chars/s`);

// ---- 2. kornews, mecab backend, full analysis ------------------------------------------------
{
  const an = createAnalyzer({ backend: 'mecab' });
  await an.analyze(sources[0]); // start the process (not counted: a one-off)
  const times = await timeBatch(an, CONCURRENCY);
  await an.close();
  const ms = median(times);
  results.mecab = { ms: round(ms), articlesPerSec: round(N / (ms / 1000)), charsPerSec: Math.round(corpusChars / (ms / 1000)), ratioToFloor: round(ms / floorMs, 2), runs: times.map((t) => round(t)) };
  log(`2. kornews full analysis, mecab backend         ${fmtMs(ms)}   ${fmtInt(results.mecab.charsPerSec)} chars/s  ${results.mecab.articlesPerSec} articles/s   ${results.mecab.ratioToFloor}× the floor (target ≤ 1.5×)`);
}

// ---- 2b. kornews with a worker-thread pool ---------------------------------------------------
{
  const an = createAnalyzer({ backend: 'mecab', workers: 2 });
  await an.analyze(sources[0]);
  await an.analyze(sources[1 % sources.length]);
  const times = await timeBatch(an, CONCURRENCY * 2);
  await an.close();
  const ms = median(times);
  results.mecabWorkers = { workers: 2, ms: round(ms), articlesPerSec: round(N / (ms / 1000)), charsPerSec: Math.round(corpusChars / (ms / 1000)), ratioToFloor: round(ms / floorMs, 2) };
  log(`   same, 2 worker threads (--workers 2)           ${fmtMs(ms)}   ${fmtInt(results.mecabWorkers.charsPerSec)} chars/s  ${results.mecabWorkers.articlesPerSec} articles/s   ${results.mecabWorkers.ratioToFloor}× the floor`);
}

// ---- 3. time per pipeline stage ----------------------------------------------------------------
{
  const subset = corpus.slice(0, SUBSET);
  const an = createAnalyzer({ backend: 'mecab', profile: true });
  await an.analyze(sources[0]);
  const before = an.stats().stages;
  const t0 = performance.now();
  for (const t of subset) await an.analyze(t); // one at a time: stages do not overlap
  const wall = performance.now() - t0;
  const stages = an.stats().stages;
  await an.close();
  results.stages = { articles: SUBSET, wallMs: round(wall), ms: {} };
  log(`\n3. time per stage (${SUBSET} articles one at a time, ${fmtMs(wall)} wall)`);
  for (const [k, v] of Object.entries(stages)) {
    const ms = v - (before[k] ?? 0);
    results.stages.ms[k] = round(ms);
    log(`   ${k.padEnd(16)} ${fmtMs(ms)}  ${((100 * ms) / wall).toFixed(1).padStart(5)}%`);
  }
}

// ---- 4. embedded backend vs kuromoji-ko's own tokenization -----------------------------------
{
  const subset = corpus.slice(0, SUBSET);
  const subsetChars = chars(subset);
  const kuromoji = (await import('kuromoji-ko')).default;
  const dicPath = join(dirname(dirname(require.resolve('kuromoji-ko'))), 'dict');
  const tk = await kuromoji.builder({ dicPath }).build();
  tk.tokenize(sources[0]);
  let t0 = performance.now();
  for (const t of subset) tk.tokenize(t);
  const kuroMs = performance.now() - t0;
  const an = createAnalyzer({ backend: 'embedded' });
  await an.analyze(sources[0]);
  t0 = performance.now();
  for await (const r of an.analyzeMany(subset, { concurrency: CONCURRENCY })) if (r.error) throw r.error;
  const embMs = performance.now() - t0;
  await an.close();
  results.embedded = { articles: SUBSET, kuromojiMs: round(kuroMs), kornewsMs: round(embMs), ratioToKuromoji: round(embMs / kuroMs, 2), charsPerSec: Math.round(subsetChars / (embMs / 1000)) };
  log(`\n4. embedded (${SUBSET} articles): kuromoji-ko tokenize ${fmtMs(kuroMs)}; kornews full analysis ${fmtMs(embMs)}  ${results.embedded.ratioToKuromoji}× kuromoji-ko (target ≤ 1.5×)`);
}

// ---- 5. the mecab-ya path ---------------------------------------------------------------------
{
  const subset = corpus.slice(0, YA_SUBSET);
  const subsetChars = chars(subset);
  // mecab-ya as its users call it: one pos() per article, one shell and one mecab process per call
  const dicrc = join(tmp, 'mecabrc');
  writeFileSync(dicrc, `dicdir = ${dict}\n`);
  process.env.MECAB_LIB_PATH ??= dirname(dirname(mecab));
  process.env.MECABRC ??= dicrc;
  const mecabYa = require('mecab-ya');
  const pos = (t) => new Promise((res, rej) => mecabYa.pos(t, (e, r) => (e ? rej(e) : res(r))));
  let t0 = performance.now();
  for (const t of subset) await pos(t);
  const yaRawMs = performance.now() - t0;
  const an = createAnalyzer({ backend: 'mecab-ya' });
  await an.analyze(sources[0]);
  t0 = performance.now();
  for (const t of subset) await an.analyze(t);
  const yaMs = performance.now() - t0;
  await an.close();
  const perArticleYa = yaRawMs / YA_SUBSET;
  const perArticleMecab = results.mecab.ms / N;
  results.mecabYa = {
    articles: YA_SUBSET,
    rawPosMs: round(yaRawMs),
    kornewsMs: round(yaMs),
    rawArticlesPerSec: round(YA_SUBSET / (yaRawMs / 1000)),
    scaledToCorpusMs: round(perArticleYa * N),
    mecabBackendThroughputRatio: round(perArticleYa / perArticleMecab, 1),
    charsPerSec: Math.round(subsetChars / (yaRawMs / 1000)),
  };
  log(`\n5. mecab-ya path (${YA_SUBSET} articles, scaled to ${N}): mecab-ya pos() alone ${fmtMs(results.mecabYa.scaledToCorpusMs)}; kornews --backend mecab-ya ${fmtMs((yaMs / YA_SUBSET) * N)}`);
  log(`   kornews mecab backend (full analysis) has ${results.mecabYa.mecabBackendThroughputRatio}× the throughput of mecab-ya tokenization alone (target ≥ 20×)`);
}

// ---- 6. peak RSS while streaming ----------------------------------------------------------------
{
  const stream = (flags) => {
    const out = execFileSync(process.execPath, [...flags, join(here, 'stream-rss.mjs'), String(STREAM), values.lib, values.fixtures], { encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').pop());
  };
  const r = stream([]);
  // the live heap stays flat; the peak is V8 collecting lazily, which a heap cap changes
  const capped = stream(['--max-old-space-size=128']);
  results.stream = { ...r, cappedHeap: { flag: '--max-old-space-size=128', ms: capped.ms, peakRssMB: capped.peakRssMB } };
  log(`\n6. streaming ${fmtInt(r.articles)} articles (mecab backend, async generator source): ${fmtMs(r.ms)}, peak RSS ${r.peakRssMB} MB (target < 300 MB)`);
  log(`   same with node --max-old-space-size=128: ${fmtMs(capped.ms)}, peak RSS ${capped.peakRssMB} MB`);
}

// ---- 7. growth with article length ----------------------------------------------------------------
{
  const base = sources.join('\n');
  const an = createAnalyzer({ backend: 'mecab' });
  await an.analyze(base);
  results.growth = [];
  log(`\n7. growth with article length (one article, median of 3)`);
  log(`   ${'chars'.padStart(9)} ${'kornews'.padStart(10)} ${'ms/10k chars'.padStart(13)} ${'mecab CLI'.padStart(10)}`);
  for (const k of [1, 2, 5, 10, 20]) {
    const text = Array.from({ length: k }, () => base).join('\n');
    const times = [];
    for (let j = 0; j < 3; j++) {
      const t0 = performance.now();
      await an.analyze(text);
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    const floor = rawMecab([text]);
    results.growth.push({ factor: k, chars: text.length, ms: round(ms), msPer10kChars: round((ms / text.length) * 10000, 2), mecabMs: round(floor) });
    log(`   ${fmtInt(text.length).padStart(9)} ${fmtMs(ms).padStart(10)} ${((ms / text.length) * 10000).toFixed(2).padStart(13)} ${fmtMs(floor).padStart(10)}`);
  }
  await an.close();
}

writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`\nwritten: bench/results.json`);

// ---- helpers ---------------------------------------------------------------------------------------
/** Three timed runs of the whole corpus through `an.analyzeMany` (ms each); fails if an article is lost. */
async function timeBatch(an, concurrency) {
  const times = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    let n = 0;
    for await (const r of an.analyzeMany(corpus, { concurrency })) {
      if (r.error) throw r.error;
      n++;
    }
    times.push(performance.now() - t0);
    if (n !== N) fail(`lost articles: ${n} of ${N}`);
  }
  return times;
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function round(x, d = 1) {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}
function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
function fmtInt(n) {
  return n.toLocaleString('en-US');
}
function log(s) {
  process.stdout.write(`${s}\n`);
}
function fail(msg) {
  process.stderr.write(`bench: ${msg}\n`);
  process.exit(1);
}
function pathToUrl(p) {
  return new URL(`file://${resolve(p)}`).href;
}
