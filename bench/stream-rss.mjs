#!/usr/bin/env node
// Streams N articles through analyzeMany from an async generator (never holding the corpus or the
// results) and prints {articles, ms, peakRssMB} as JSON: peak memory of a long batch.
//
//   node bench/stream-rss.mjs 10000 [dist/index.js] [fixtures]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const n = Number(process.argv[2] ?? 10000);
const lib = resolve(process.argv[3] ?? 'dist/index.js');
const dir = process.argv[4] ?? 'fixtures';
const { createAnalyzer } = await import(new URL(`file://${lib}`).href);
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));

async function* articles() {
  for (let i = 0; i < n; i++) yield { id: i, text: `${sources[i % sources.length]}` };
}

const an = createAnalyzer({ backend: 'mecab' });
const t0 = performance.now();
let count = 0;
let quotes = 0;
for await (const r of an.analyzeMany(articles(), { concurrency: Number(process.env.KN_CONC ?? 8) })) {
  if (r.error) throw r.error;
  if (r.id !== count) throw new Error(`out of order: ${r.id} at ${count}`);
  count++;
  quotes += r.analysis.quotes.length;
}
const ms = performance.now() - t0;
await an.close();
// VmHWM is this process's own peak (getrusage's maxRSS survives exec on Linux and would include the
// parent's peak); elsewhere fall back to maxRSS
let peakKB = process.resourceUsage().maxRSS;
try {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  if (m) peakKB = Number(m[1]);
} catch {
  // not Linux
}
const peakRssMB = Math.round(peakKB / 1024);
process.stdout.write(`${JSON.stringify({ articles: count, quotes, ms: Math.round(ms), peakRssMB })}\n`);
