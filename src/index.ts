/**
 * kornews: Korean and English news analysis with exact offsets.
 *
 * ```ts
 * import { analyze } from 'kornews';
 * const a = await analyze(text);
 * a.quotes[0].speaker?.name;
 * ```
 */
export { analyze, createAnalyzer, closeSharedAnalyzer, DEFAULT_MAX_CHARS } from './analyzer';
export type { AnalyzeOptions, Analyzer, AnalyzerStats } from './analyzer';
export type { BatchItem, BatchOptions, BatchResult } from './batch';
export { createTokenizer, findMecab, defaultDictPath } from './morph';
export type { TokenizerOptions } from './morph';
export { normalize, originalRange } from './text/normalize';
export type { Normalized, NormalizeOptions } from './text/normalize';
export { detectLanguage } from './lang/detect';
export { renderHtml, escapeHtml } from './render/html';
export type { RenderOptions } from './render/html';
export type { LanguageGuess } from './lang/detect';
export { splitSentences } from './text/sentences';
export type { Range } from './text/sentences';
export {
  KornewsError,
  InputTooLargeError,
  MecabNotFoundError,
  DictionaryError,
  TokenizerError,
  TokenizerTimeoutError,
  ClosedError,
} from './errors';
export type * from './types';
