/**
 * Test helpers: build a real Doc (real normalization, structure, sentences and mecab morphemes)
 * for a small text, so extractor tests run on what the pipeline really produces.
 */
import { afterAll } from 'vitest';
import { buildDoc, type AnalyzeOptions } from '../src/analyzer';
import type { Doc } from '../src/doc';
import { createTokenizer } from '../src/morph';
import type { Tokenizer } from '../src/types';

let shared: Promise<{ tokenizer: Tokenizer; warnings: string[] }> | null = null;

function getTokenizer(): Promise<{ tokenizer: Tokenizer; warnings: string[] }> {
  shared ??= createTokenizer({ backend: 'auto' });
  return shared;
}

afterAll(async () => {
  if (shared) {
    const t = shared;
    shared = null;
    await (await t).tokenizer.close();
  }
});

/** The Doc the pipeline builds for `text` (Korean text is tokenized with the default backend). */
export async function docOf(text: string, options: AnalyzeOptions = {}): Promise<Doc> {
  return buildDoc(text, options, getTokenizer);
}

/** The text of a normalized range of `doc`. */
export function textOf(doc: Doc, r: { start: number; end: number } | null | undefined): string | null {
  return r ? doc.text.slice(r.start, r.end) : null;
}
