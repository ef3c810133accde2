#!/usr/bin/env node
// KLUE-NER organization benchmark: how well kornews finds organizations (OG) in Korean news
// sentences. Scores every organization mention that `analyze()` returns (anaphors such as 이 기구
// left out: KLUE does not tag them) against the OG spans of the KLUE-NER v1.1 dev set, by exact
// span and by overlapping span (one-to-one).
//
//   node bench/ner.mjs ../shared/benchmarks/ner-ko/dev.jsonl [--lib PATH] [--limit N] [--all] [--json] [-v]
//
//   --lib PATH   the built library to test (default: dist/index.js; env KORNEWS_LIB works too)
//   --limit N    only the first N sentences (after the domain filter)
//   --all        every sentence; by default only the news sentences (ids ending in -wikitree)
//   --json       print the figures as JSON
//   --named      also score against the named bodies only: gold OG mentions that kornews by design
//                does not call organizations (countries and places: 북한, 미국; generic bodies:
//                경찰, 검찰, 정부, …당국 — src/lexicon/org-guards.json) are left out of that second score
//   --type PS    score the person mentions (persons[].mentions) against the PS spans instead
//   -v           print missed and extra mentions
//
// Without the data file it says so and exits 0. The data is CC BY-SA 4.0 (see its README).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let dataPath = null;
let lib = process.env.KORNEWS_LIB ?? resolve(here, '../dist/index.js');
let limit = Infinity;
let all = false;
let asJson = false;
let verbose = false;
let named = false;
let type = 'OG';
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--lib') lib = args[++i];
  else if (a === '--limit') limit = Number(args[++i]);
  else if (a === '--all') all = true;
  else if (a === '--json') asJson = true;
  else if (a === '-v' || a === '--verbose') verbose = true;
  else if (a === '--named') named = true;
  else if (a === '--type') type = String(args[++i]).toUpperCase();
  else if (!dataPath) dataPath = a;
}

if (!dataPath || !existsSync(dataPath)) {
  console.log(`bench:ner: no data file${dataPath ? ` at ${dataPath}` : ''}; nothing to score (the KLUE-NER dev set lives in ../shared/benchmarks/ner-ko/dev.jsonl).`);
  process.exit(0);
}
if (!existsSync(lib)) {
  console.error(`bench:ner: no built library at ${lib}; run \`npm run build\` or pass --lib PATH`);
  process.exit(1);
}

const { createAnalyzer } = await import(pathToFileURL(resolve(lib)).href);
const reference = JSON.parse(readFileSync(resolve(here, '../src/lexicon/reference.json'), 'utf8'));
const squash = (s) => s.normalize('NFC').replace(/\s+/gu, '');
const anaphors = new Set(reference.orgAnaphors.map(squash));
const demonstratives = new Set(reference.demonstratives);
const descriptors = new Set(reference.orgDescriptors);
const guards = JSON.parse(readFileSync(resolve(here, '../src/lexicon/org-guards.json'), 'utf8'));
const notNamed = new Set([...guards.places, ...guards.generic].map(squash));
/** A gold OG mention that names a place or a kind of body, not one body (북한, 경찰, 금융당국). */
const isUnnamed = (text) => notNamed.has(squash(text)) || /당국$/u.test(squash(text));

/** An anaphor (이 기구, 동사) rather than a name: KLUE tags names only. */
function isAnaphor(text) {
  if (anaphors.has(squash(text))) return true;
  const [first, ...rest] = text.split(/\s+/u);
  return rest.length > 0 && demonstratives.has(first) && descriptors.has(squash(rest.join('')));
}

const rows = readFileSync(dataPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .filter((r) => all || r.id.endsWith('-wikitree'))
  .slice(0, limit);

const analyzer = createAnalyzer({ language: 'ko' });
let gold = 0;
let predicted = 0;
let exact = 0;
let overlap = 0;
const n = { gold: 0, predicted: 0, exact: 0, overlap: 0 };
const misses = [];
const extras = [];
const t0 = performance.now();
for (const r of rows) {
  const a = await analyzer.analyze(r.text);
  const g = r.entities.filter((e) => e.type === type).map((e) => [e.start, e.end]);
  const seen = new Set();
  const p = [];
  for (const o of type === 'PS' ? a.persons : a.organizations)
    for (const m of o.mentions) {
      const key = `${m.start}:${m.end}`;
      if (seen.has(key) || isAnaphor(m.text)) continue;
      seen.add(key);
      p.push([m.start, m.end]);
    }
  gold += g.length;
  predicted += p.length;
  exact += g.filter(([s, e]) => p.some(([ps, pe]) => ps === s && pe === e)).length;
  const used = new Set();
  for (const [s, e] of g) {
    const k = p.findIndex(([ps, pe], i) => !used.has(i) && ps < e && s < pe);
    if (k >= 0) {
      used.add(k);
      overlap++;
    } else if (verbose) misses.push(`${r.text.slice(s, e)}\t${r.text}`);
  }
  if (verbose) p.forEach(([s, e], i) => { if (!used.has(i)) extras.push(`${r.text.slice(s, e)}\t${r.text}`); });
  if (named) {
    // the same, with the unnamed gold mentions and the predictions on them left out
    const gn = g.filter(([s, e]) => !isUnnamed(r.text.slice(s, e)));
    const pn = p.filter(([ps, pe]) => !g.some(([s, e]) => ps < e && s < pe && isUnnamed(r.text.slice(s, e))));
    n.gold += gn.length;
    n.predicted += pn.length;
    n.exact += gn.filter(([s, e]) => pn.some(([ps, pe]) => ps === s && pe === e)).length;
    const usedN = new Set();
    for (const [s, e] of gn) {
      const k = pn.findIndex(([ps, pe], i) => !usedN.has(i) && ps < e && s < pe);
      if (k >= 0) {
        usedN.add(k);
        n.overlap++;
      }
    }
  }
}
await analyzer.close();
const seconds = (performance.now() - t0) / 1000;

const prf = (tp, g = gold, pr = predicted) => {
  const precision = pr ? tp / pr : 1;
  const recall = g ? tp / g : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: +precision.toFixed(3), recall: +recall.toFixed(3), f1: +f1.toFixed(3) };
};
const result = { sentences: rows.length, goldOG: gold, predicted, exact: prf(exact), overlap: prf(overlap), seconds: +seconds.toFixed(1) };
if (named) result.named = { goldOG: n.gold, predicted: n.predicted, exact: prf(n.exact, n.gold, n.predicted), overlap: prf(n.overlap, n.gold, n.predicted) };
if (verbose) {
  console.log(`missed (${misses.length}):`);
  for (const m of misses) console.log(`  - ${m}`);
  console.log(`not in gold (${extras.length}):`);
  for (const m of extras) console.log(`  + ${m}`);
}
if (asJson) console.log(JSON.stringify(result));
else {
  console.log(`KLUE-NER dev ${all ? 'all' : 'news (wikitree)'} sentences: ${result.sentences}, gold ${type} ${gold}, predicted ${predicted}, ${result.seconds}s`);
  console.log(`${type} exact span:   P ${result.exact.precision.toFixed(3)}  R ${result.exact.recall.toFixed(3)}  F1 ${result.exact.f1.toFixed(3)}`);
  console.log(`${type} overlap span: P ${result.overlap.precision.toFixed(3)}  R ${result.overlap.recall.toFixed(3)}  F1 ${result.overlap.f1.toFixed(3)}`);
  if (result.named) {
    const r = result.named;
    console.log(`named bodies only (gold OG ${r.goldOG}, countries and generic bodies left out):`);
    console.log(`OG exact span:   P ${r.exact.precision.toFixed(3)}  R ${r.exact.recall.toFixed(3)}  F1 ${r.exact.f1.toFixed(3)}`);
    console.log(`OG overlap span: P ${r.overlap.precision.toFixed(3)}  R ${r.overlap.recall.toFixed(3)}  F1 ${r.overlap.f1.toFixed(3)}`);
  }
}
