/**
 * `analyze()` and `createAnalyzer()`: text → doc → annotations → Analysis.
 */
import { createPooledAnalyzer } from './pool';
import { runBatch, type BatchItem, type BatchOptions, type BatchResult } from './batch';
import { toSpan, type Doc } from './doc';
import { ClosedError, InputTooLargeError } from './errors';
import { runExtractors, type Extracted, type StageTimes } from './extract';
import { detectLanguage } from './lang/detect';
import { createTokenizer, type TokenizerOptions } from './morph';
import { normalize, type NormalizeOptions } from './text/normalize';
import { splitSentences } from './text/sentences';
import { romanizeKoreanName } from './text/romanize';
import { detectStructure, type StructureInfo } from './text/structure';
import type { Analysis, BackendOption, Language, Morpheme, Span, Structure, Tokenizer, TokenizerName } from './types';

export interface AnalyzeOptions extends TokenizerOptions, NormalizeOptions {
  /** Inputs longer than this (in UTF-16 code units) throw `InputTooLargeError`. Default 1,000,000. */
  maxChars?: number;
  /** Skip detection and treat the text as this language. Default `'auto'`. */
  language?: Language | 'auto';
  /** Measure the time spent in each pipeline stage; read it with `analyzer.stats()`. Default false. */
  profile?: boolean;
  /**
   * Worker threads for `createAnalyzer` (default 0: everything on the calling thread, mecab in its
   * own process). With N > 0 each of N threads runs its own analyzer and mecab process; worth it
   * when extraction, not tokenization, bounds throughput and cores are free.
   */
  workers?: number;
}

/** Cumulative figures of an analyzer created with `profile: true`. */
export interface AnalyzerStats {
  articles: number;
  chars: number;
  /** Milliseconds per stage, summed: normalize, language, structure, sentences, tokenize, entities, quotes, goals, critique, output. */
  stages: Record<string, number>;
}

/** A reusable analyzer that keeps one morphology backend (one mecab process) alive. */
export interface Analyzer {
  /** Analyze one article. Throws `TypeError` for a non-string, `InputTooLargeError` above `maxChars`. */
  analyze(text: string): Promise<Analysis>;
  /**
   * Analyze many articles: `source` is an array, iterable or async iterable of strings or
   * `{ id, text }`. Yields `{ id, index, analysis }` or `{ id, index, error }` in input order, with
   * at most `concurrency` articles in flight and bounded memory. Nothing is lost or doubled.
   */
  analyzeMany(source: Iterable<BatchItem> | AsyncIterable<BatchItem>, options?: BatchOptions): AsyncGenerator<BatchResult, void, undefined>;
  /** The backend in use once one was started (`null` before the first Korean text). */
  readonly backend: TokenizerName | null;
  /** Per-stage timings (all zero unless created with `profile: true`). */
  stats(): AnalyzerStats;
  /** End the morphology process. Further calls reject with `ClosedError`. */
  close(): Promise<void>;
}

export const DEFAULT_MAX_CHARS = 1_000_000;

/** The started backend of each analyzer, for `analyzerTokenizer`. */
const backends = new WeakMap<Analyzer, () => Promise<Tokenizer> | null>();

/**
 * Create an analyzer. The morphology backend starts with the first Korean article (`backend:
 * 'auto'` picks mecab when a binary is found, else the embedded tokenizer, with a warning).
 * Backend errors (`MecabNotFoundError`, `DictionaryError`) surface from the first `analyze()` that
 * needs the backend.
 *
 * @throws TypeError when `options` is not an object or an option has a wrong type or value (the
 *   message names the option)
 */
export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  checkOptions(options, 'createAnalyzer');
  if (options.workers !== undefined && options.workers > 0) return createPooledAnalyzer(options);
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  let tokenizerPromise: Promise<{ tokenizer: Tokenizer; warnings: string[] }> | null = null;
  let backend: TokenizerName | null = null;
  let closed = false;
  const stats: AnalyzerStats = { articles: 0, chars: 0, stages: {} };
  const times = options.profile ? stats.stages : undefined;

  const getTokenizer = (): Promise<{ tokenizer: Tokenizer; warnings: string[] }> => {
    if (!tokenizerPromise) {
      tokenizerPromise = createTokenizer(options).then((t) => {
        backend = t.tokenizer.name;
        return t;
      });
      // a failed start is retried on the next call rather than cached forever
      tokenizerPromise.catch(() => {
        tokenizerPromise = null;
      });
    }
    return tokenizerPromise;
  };

  const analyzeOne = async (text: string): Promise<Analysis> => {
    if (closed) throw new ClosedError();
    if (typeof text !== 'string') throw new TypeError(`analyze(text): text must be a string, got ${describe(text)}`);
    if (text.length > maxChars) throw new InputTooLargeError(text.length, maxChars, 'text');
    const a = await analyzeWith(text, options, getTokenizer, times);
    stats.articles++;
    stats.chars += text.length;
    return a;
  };

  const analyzer: Analyzer = {
    get backend() {
      return backend;
    },
    analyze: analyzeOne,
    stats: () => ({ articles: stats.articles, chars: stats.chars, stages: { ...stats.stages } }),
    analyzeMany(source, batchOptions) {
      return runBatch(source, analyzeOne, batchOptions);
    },
    async close(): Promise<void> {
      closed = true;
      const t = tokenizerPromise;
      tokenizerPromise = null;
      if (t) await t.then((x) => x.tokenizer.close(), () => undefined);
    },
  };
  backends.set(analyzer, () => tokenizerPromise?.then((t) => t.tokenizer) ?? null);
  return analyzer;
}

/**
 * @internal The morphology backend `analyzer` has started: `null` before its first Korean article,
 * after `close()`, and for a worker pool. For tests that kill its mecab by pid; not public API.
 */
export function analyzerTokenizer(analyzer: Analyzer): Promise<Tokenizer> | null {
  return backends.get(analyzer)?.() ?? null;
}

let shared: { key: string; analyzer: Analyzer } | null = null;

/**
 * Analyze one article. Reuses one analyzer (and its mecab process) across calls with the same
 * options; for batches or explicit lifetimes use `createAnalyzer()`.
 *
 * @throws TypeError when `text` is not a string
 * @throws InputTooLargeError when `text` is longer than `maxChars`
 * @throws MecabNotFoundError when `backend: 'mecab'` is asked for and no mecab binary is found
 */
export async function analyze(text: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  checkOptions(options, 'analyze');
  const key = JSON.stringify(options);
  if (!shared || shared.key !== key) {
    const old = shared;
    shared = { key, analyzer: createAnalyzer(options) };
    if (old) void old.analyzer.close();
  }
  return shared.analyzer.analyze(text);
}

/** Close the analyzer that `analyze()` shares between calls (ends its mecab process). */
export async function closeSharedAnalyzer(): Promise<void> {
  const s = shared;
  shared = null;
  if (s) await s.analyzer.close();
}

async function analyzeWith(
  text: string,
  options: AnalyzeOptions,
  getTokenizer: () => Promise<{ tokenizer: Tokenizer; warnings: string[] }>,
  times?: StageTimes,
): Promise<Analysis> {
  const doc = await buildDoc(text, options, getTokenizer, times);
  // buildDoc leaves a blank text without paragraphs
  if (doc.structure.paragraphs.length === 0) return emptyAnalysis(doc.language, doc.warnings);
  const extracted: Extracted = runExtractors(doc, times);
  const t0 = times ? performance.now() : 0;
  const analysis: Analysis = {
    language: doc.language,
    tokenizer: doc.tokenizer,
    structure: buildStructure(doc, extracted),
    quotes: extracted.quotes,
    organizations: extracted.organizations,
    persons: extracted.persons,
    goals: extracted.goals,
    critique: extracted.critique,
    warnings: doc.warnings,
  };
  if (times) times.output = (times.output ?? 0) + performance.now() - t0;
  return analysis;
}

/**
 * Build the Doc for `text`: normalize, detect the language, find the structure and sentences, and
 * (for Korean) tokenize. Extractors run on its result.
 */
export async function buildDoc(
  text: string,
  options: AnalyzeOptions,
  getTokenizer: () => Promise<{ tokenizer: Tokenizer; warnings: string[] }>,
  times?: StageTimes,
): Promise<Doc & { tokenizer: TokenizerName }> {
  let t = times ? performance.now() : 0;
  const lap = (stage: string): void => {
    if (!times) return;
    const now = performance.now();
    times[stage] = (times[stage] ?? 0) + now - t;
    t = now;
  };
  const warnings: string[] = [];
  const normalized = normalize(text, options);
  lap('normalize');
  const ntext = normalized.text;
  const forced = options.language && options.language !== 'auto' ? options.language : null;
  if (ntext.trim().length === 0) {
    warnings.push(text.length === 0 ? 'empty input' : 'input holds only whitespace or markup');
    const structure = detectStructure('');
    return { original: text, text: ntext, normalized, language: forced ?? 'und', structure, sentences: [], tokens: [], warnings, tokenizer: 'none' };
  }
  const language = forced ?? detectLanguage(ntext).language;
  lap('language');
  if (language === 'und') warnings.push('the text is neither Korean nor English; only structure and script-independent cues are analyzed');

  const structure = detectStructure(ntext);
  lap('structure');
  const sentences = splitSentences(ntext, structure.paragraphs.map((p) => ({ start: p.textStart, end: p.end })));
  lap('sentences');

  let tokens: Morpheme[] = [];
  let tokenizerName: TokenizerName = 'none';
  if (language === 'ko') {
    const { tokenizer, warnings: tw } = await getTokenizer();
    warnings.push(...tw);
    lap('tokenizer-start');
    tokens = await tokenizer.tokenize(blankByline(ntext, structure));
    tokenizerName = tokenizer.name;
    lap('tokenize');
  }
  return { original: text, text: ntext, normalized, language, structure, sentences, tokens, warnings, tokenizer: tokenizerName };
}

function buildStructure(doc: Doc, extracted: Extracted): Structure {
  const s = doc.structure;
  const span = (r: { start: number; end: number }): Span => toSpan(doc, r.start, r.end);
  return {
    title: s.title ? span(s.title) : null,
    deck: s.deck.map(span),
    byline: s.byline
      ? {
          ...span(s.byline),
          publisher: s.byline.publisher ? { name: s.byline.publisher, nameEn: publisherEn(s.byline.publisher, extracted) } : null,
          reporter: s.byline.reporter ? { name: s.byline.reporter, nameEn: reporterEn(s.byline.reporter, extracted) } : null,
        }
      : null,
    dateline: s.dateline ? span(s.dateline) : null,
    headings: s.headings.map(span),
    paragraphs: s.paragraphs.map(span),
    sentences: doc.sentences.map(span),
  };
}

/**
 * The text mecab sees: the byline at the head of the lead (`[OO 기자] …`) blanked with spaces of the
 * same length, so the first words of the lead are analyzed as the start of a sentence. Offsets do
 * not change.
 */
function blankByline(text: string, structure: StructureInfo): string {
  const b = structure.byline;
  // only a byline that prefixes a paragraph's text; a byline or sign-off line of its own stays
  if (!b || b.end <= b.start || !structure.paragraphs.some((p) => p.start === b.start && p.textStart > p.start)) return text;
  return text.slice(0, b.start) + ' '.repeat(b.end - b.start) + text.slice(b.end);
}

/** The publisher's English name: the organization the entities component found for it. */
function publisherEn(name: string, extracted: Extracted): string | null {
  const key = name.replace(/\s+/g, '');
  const org = extracted.organizations.find(
    (o) => o.name.replace(/\s+/g, '') === key || o.aliases.some((a) => a.replace(/\s+/g, '') === key),
  );
  return org?.nameEn ?? null;
}

/** The reporter's English name: the person found for it, else the romanized Korean name. */
function reporterEn(name: string, extracted: Extracted): string | null {
  const person = extracted.persons.find((p) => p.name === name);
  if (person) return person.nameEn;
  // several reporters (홍길동·김철수) or a foreign name: no guess
  return /^[가-힣]{2,4}$/.test(name) ? romanizeKoreanName(name) : null;
}

/** The Analysis of an empty input. */
export function emptyAnalysis(language: Language, warnings: string[]): Analysis {
  return {
    language,
    tokenizer: 'none',
    structure: { title: null, deck: [], byline: null, dateline: null, headings: [], paragraphs: [], sentences: [] },
    quotes: [],
    organizations: [],
    persons: [],
    goals: [],
    critique: { sentences: [], section: null },
    warnings,
  };
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'number' || typeof x === 'boolean') return `${typeof x} ${String(x)}`;
  if (typeof x === 'string') return `string ${JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x)}`;
  return typeof x === 'object' ? 'an object' : typeof x;
}

const BACKENDS: readonly BackendOption[] = ['auto', 'mecab', 'mecab-ya', 'embedded'];
const LANGUAGES: ReadonlyArray<Language | 'auto'> = ['auto', 'ko', 'en', 'und'];

/**
 * Check the options of `analyze()` / `createAnalyzer()` before anything starts, so that a typo
 * fails at once with a message naming the option instead of quietly falling back to a default.
 *
 * @throws TypeError naming the option
 */
export function checkOptions(options: unknown, where: string): asserts options is AnalyzeOptions {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${where}(text, options): options must be an object, got ${describe(options)}`);
  }
  const o = options as Record<string, unknown>;
  const given = (name: string): boolean => o[name] !== undefined;
  const fail = (name: string, want: string): never => {
    throw new TypeError(`${where}(text, options): options.${name} must be ${want}, got ${describe(o[name])}`);
  };
  const isCount = (v: unknown, min: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= min;
  if (given('backend') && !BACKENDS.includes(o.backend as BackendOption)) fail('backend', `one of ${BACKENDS.join(', ')}`);
  if (given('language') && !LANGUAGES.includes(o.language as Language)) fail('language', `one of ${LANGUAGES.join(', ')}`);
  if (given('html') && o.html !== true && o.html !== false && o.html !== 'auto') fail('html', "true, false or 'auto'");
  if (given('maxChars') && !(isCount(o.maxChars, 1) || o.maxChars === Number.POSITIVE_INFINITY)) fail('maxChars', 'a positive integer');
  if (given('timeoutMs') && !(typeof o.timeoutMs === 'number' && o.timeoutMs > 0 && Number.isFinite(o.timeoutMs))) fail('timeoutMs', 'a positive number of milliseconds');
  if (given('workers') && !isCount(o.workers, 0)) fail('workers', 'a whole number, 0 or more');
  for (const name of ['mecabPath', 'dictPath']) {
    if (given(name) && (typeof o[name] !== 'string' || o[name] === '')) fail(name, 'a non-empty path');
  }
  if (given('profile') && typeof o.profile !== 'boolean') fail('profile', 'a boolean');
}
