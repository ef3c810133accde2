/**
 * The founding article through every backend present: the same sentences and the same extraction
 * results (quotes with speakers, organizations, persons, goals, critique).
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnalyzer, findMecab } from '../src/index';
import type { Analysis, Analyzer, BackendOption } from '../src/index';

const text = readFileSync('fixtures/ai-alliance.ko.txt', 'utf8');
const backends: BackendOption[] = findMecab() ? ['mecab', 'mecab-ya', 'embedded'] : ['embedded'];
const analyzers: Analyzer[] = [];
afterAll(async () => {
  await Promise.all(analyzers.map((a) => a.close()));
});

/** What must not depend on the backend. */
function essence(a: Analysis) {
  return {
    sentences: a.structure.sentences.map((s) => [s.start, s.end]),
    quotes: a.quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null, verb: q.verb })),
    organizations: a.organizations.map((o) => ({ name: o.name, nameEn: o.nameEn, mentions: o.mentions.length })),
    persons: a.persons.map((p) => ({ name: p.name, nameEn: p.nameEn, role: p.role })),
    goals: a.goals.map((g) => ({ text: g.text, actor: g.actor?.name ?? null })),
    critique: a.critique.sentences.map((c) => c.text),
  };
}

describe('every backend gives the same analysis of the founding article', () => {
  const results = new Map<BackendOption, Analysis>();
  for (const backend of backends) {
    it(`${backend}: analyzes it`, async () => {
      const an = createAnalyzer({ backend });
      analyzers.push(an);
      const a = await an.analyze(text);
      expect(a.tokenizer).toBe(backend);
      expect(a.quotes.length).toBeGreaterThanOrEqual(12);
      results.set(backend, a);
    });
  }
  for (const backend of backends.slice(1)) {
    it(`${backend} agrees with ${backends[0]}`, () => {
      const base = results.get(backends[0] as BackendOption);
      const other = results.get(backend);
      expect(base && other).toBeTruthy();
      expect(essence(other as Analysis)).toEqual(essence(base as Analysis));
    });
  }
});
