/**
 * The `mecab-ya` backend: the npm package mecab-ya, made to run the system mecab with mecab-ko-dic.
 *
 * mecab-ya reads `MECAB_LIB_PATH` once, when it is first loaded, and for every call runs
 *   LD_LIBRARY_PATH=$MECAB_LIB_PATH echo <text quoted by shell-quote> | $MECAB_LIB_PATH/bin/mecab
 * through `child_process.exec` (a shell and two new processes per call), returning only each
 * morpheme's surface and the text before the first comma of its features (the POS). kornews names
 * a small mecabrc through `MECABRC`, set only for the instant of each call (the exec copies the
 * environment synchronously), that chooses the dictionary (`dicdir = …`) and an output format
 * joining the eight feature fields with U+001F, so that first "field" carries them all and the
 * morphemes are as complete as the mecab backend's. If the user's own `MECABRC` is kept (no
 * `dictPath` given), only the POS arrives and the other fields are `null`. There is no process to
 * keep, kill or time out (a timed-out request is rejected but its mecab runs on); input goes in
 * pieces of at most 8000 characters (exec buffers at most 1 MB of output).
 *
 * SECURITY. Text reaches `sh -c`. shell-quote (>= 1.7.3; older versions allowed injection,
 * CVE-2021-42740) quotes it as one literal word: single quotes when it holds no `'`, double quotes
 * with `"` `\` `$` `` ` `` escaped when it holds `'` but no `!`, `'…'"'"'…'` when it holds both,
 * and a backslash before each shell character otherwise. This backend does not rely on that alone:
 * - the shell-quote version mecab-ya loads is checked (>= 1.7.3), else creation fails;
 * - before every call the exact command word is rebuilt with the same shell-quote and checked by
 *   an independent reader of POSIX quoting (`isLiteralWord`): it must be one word with no
 *   expansion, substitution or operator. A text that fails is refused with `TokenizerError`,
 *   never run;
 * - characters that would change what `echo` prints are replaced by same-length stand-ins so
 *   offsets survive: NUL and other controls → space (exec rejects NUL), `\` → `＼` (dash's echo
 *   reads `\c`, `\n`, `\0nnn` …), and a piece starting with `-` gets a leading space (`echo -n`);
 * - the mecab path is written into the command unquoted by mecab-ya, so it must match
 *   `[A-Za-z0-9_./+-]+`, else creation fails.
 * `$(…)`, backticks, `;`, `|`, `&`, quotes and newlines therefore reach mecab as text.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ClosedError, DictionaryError, MecabNotFoundError, TokenizerError, TokenizerTimeoutError } from '../errors';
import type { Morpheme, Tokenizer } from '../types';
import { morphemeFromFields, morphemeFromPos } from './features';
import { PROBE_TEXT, checkDictionaryFolder, checkProbe, moduleRequire } from './setup';
import { locate, pieces, sanitize } from './text';

interface MecabYa {
  pos(text: string, callback: (error: Error | null, result: string[][]) => void): void;
}

interface ShellQuote {
  quote(args: string[]): string;
}

export interface MecabYaTokenizerOptions {
  mecabPath: string;
  dictPath: string;
  /** Whether the caller chose `dictPath` (then it wins over a `MECABRC` in the environment). */
  dictPathChosen: boolean;
  timeoutMs: number;
}

/** Separates the packed feature fields (a control character no feature holds, and no comma). */
const PACK = '\x1f';

/**
 * The mecabrc for mecab-ya's calls: the dictionary, and an output format that joins mecab-ko-dic's
 * eight feature fields with U+001F instead of commas. mecab-ya keeps only what precedes the first
 * comma of each line, which is then all of them.
 */
function mecabrc(dictPath: string): string {
  const fields = Array.from({ length: 8 }, (_, i) => `%f[${i}]`).join(PACK);
  return [
    `dicdir = ${dictPath}`,
    'output-format-type = kornews',
    `node-format-kornews = %m\\t${fields}\\n`,
    `unk-format-kornews = %m\\t${fields}\\n`,
    'eos-format-kornews = EOS\\n',
    '',
  ].join('\n');
}

/** Characters per exec: 8000 UTF-16 units stay far below exec's 1 MB output buffer and `sh -c`'s 128 KB argument. */
const BATCH = 8000;
/** Execs running at once per request. */
const PARALLEL = 4;
const SAFE_PATH = /^[A-Za-z0-9_./+-]+$/;
/** The start-up check may take longer than a tiny `timeoutMs` meant for requests. */
const PROBE_TIMEOUT_MS = 10_000;

let bound: { libPath: string; api: MecabYa; quote: ShellQuote } | null = null;

/**
 * Create the mecab-ya tokenizer for the mecab at `mecabPath` (which must be `<lib>/bin/mecab`).
 *
 * @returns the tokenizer and warnings (e.g. mecab-ya already bound to another mecab).
 * @throws {MecabNotFoundError} when `mecabPath` is not `<lib>/bin/mecab`.
 * @throws {DictionaryError} when the dictionary is not a compiled mecab-ko-dic.
 * @throws {TokenizerError} when the mecab path or shell-quote is unsafe.
 */
export async function createMecabYaTokenizer(
  options: MecabYaTokenizerOptions,
): Promise<{ tokenizer: MecabYaTokenizer; warnings: string[] }> {
  const warnings: string[] = [];
  const bin = options.mecabPath;
  if (basename(bin) !== 'mecab' || basename(dirname(bin)) !== 'bin') {
    throw new MecabNotFoundError(`mecab-ya runs $MECAB_LIB_PATH/bin/mecab, and ${bin} is not inside a bin/ folder`);
  }
  const libPath = dirname(dirname(bin));
  if (!SAFE_PATH.test(libPath)) {
    throw new TokenizerError(`mecab-ya writes ${libPath} into a shell command unquoted; refusing a path outside [A-Za-z0-9_./+-]`);
  }
  const { api, quote, warning } = bind(libPath);
  if (warning) warnings.push(warning);

  let rcDir: string | null = null;
  let rcPath: string | null = null;
  if (options.dictPathChosen || !process.env.MECABRC) {
    checkDictionaryFolder(options.dictPath);
    rcDir = mkdtempSync(join(tmpdir(), 'kornews-mecabrc-'));
    rcPath = join(rcDir, 'mecabrc');
    writeFileSync(rcPath, mecabrc(options.dictPath));
  } else {
    warnings.push(`mecab-ya uses the dictionary of MECABRC=${process.env.MECABRC}`);
  }
  const tokenizer = new MecabYaTokenizer(api, quote, rcPath, rcDir, options.timeoutMs);
  try {
    checkProbe(await tokenizer.submit(PROBE_TEXT, Math.max(options.timeoutMs, PROBE_TIMEOUT_MS)), options.dictPath);
  } catch (error) {
    await tokenizer.close();
    if (error instanceof TokenizerError && !(error instanceof TokenizerTimeoutError)) {
      // a dictionary whose entries lack mecab-ko-dic's eight fields makes mecab reject our output format
      throw new DictionaryError(`the dictionary ${options.dictPath} is not mecab-ko-dic, or mecab (through mecab-ya) could not analyse text with it: ${error.message}`);
    }
    throw error;
  }
  return { tokenizer, warnings };
}

/** Load mecab-ya with `MECAB_LIB_PATH` set to `libPath` (once per process). */
function bind(libPath: string): { api: MecabYa; quote: ShellQuote; warning: string | null } {
  if (bound !== null) {
    const warning =
      bound.libPath === libPath
        ? null
        : `mecab-ya was loaded for ${bound.libPath}/bin/mecab and keeps using it (it reads MECAB_LIB_PATH once)`;
    return { api: bound.api, quote: bound.quote, warning };
  }
  const resolved = moduleRequire.resolve('mecab-ya');
  const wasLoaded = moduleRequire.cache[resolved] !== undefined;
  const fromMecabYa = createRequire(resolved);
  const version = (fromMecabYa('shell-quote/package.json') as { version: string }).version;
  if (!atLeast(version, [1, 7, 3])) {
    throw new TokenizerError(`mecab-ya uses shell-quote ${version}, which lets text run shell commands (CVE-2021-42740); update shell-quote to >= 1.7.3`);
  }
  const quote = fromMecabYa('shell-quote') as ShellQuote;
  const saved = process.env.MECAB_LIB_PATH;
  process.env.MECAB_LIB_PATH = libPath;
  let api: MecabYa;
  try {
    api = moduleRequire('mecab-ya') as MecabYa;
  } finally {
    if (saved === undefined) delete process.env.MECAB_LIB_PATH;
    else process.env.MECAB_LIB_PATH = saved;
  }
  bound = { libPath, api, quote };
  const warning = wasLoaded ? 'mecab-ya was loaded before kornews set MECAB_LIB_PATH; it may run another mecab' : null;
  return { api, quote, warning };
}

export class MecabYaTokenizer implements Tokenizer {
  readonly name = 'mecab-ya' as const;
  private closed = false;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly api: MecabYa,
    private readonly sq: ShellQuote,
    private readonly rcPath: string | null,
    private readonly rcDir: string | null,
    private readonly timeoutMs: number,
  ) {}

  /**
   * Morphemes of `text` (surface and POS; other fields `null`), offsets into `text`.
   *
   * @throws {ClosedError} after `close()`.
   * @throws {TokenizerTimeoutError} after `timeoutMs`.
   * @throws {TokenizerError} when mecab fails, or when a piece of text would not be one literal shell word.
   */
  tokenize(text: string): Promise<Morpheme[]> {
    return this.submit(text, this.timeoutMs);
  }

  /** @internal `tokenize` with its own timeout (the start-up probe). */
  submit(text: string, timeoutMs: number): Promise<Morpheme[]> {
    if (this.closed) return Promise.reject(new ClosedError('tokenizer'));
    const work = this.run(text, timeoutMs);
    this.inFlight.add(work);
    const forget = (): void => {
      this.inFlight.delete(work);
    };
    work.then(forget, forget);
    return work;
  }

  /** Later calls reject with `ClosedError`; waits for running calls, then removes the mecabrc. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.inFlight]);
    if (this.rcDir !== null) rmSync(this.rcDir, { recursive: true, force: true });
  }

  private async run(text: string, timeoutMs: number): Promise<Morpheme[]> {
    const clean = sanitize(text).replace(/\\/g, '\uff3c');
    const ranges = pieces(clean);
    // batches of whole pieces, each piece on its own line
    const batches: { from: number; to: number; input: string }[] = [];
    for (let i = 0; i < ranges.length; ) {
      const from = i;
      let size = 0;
      const lines: string[] = [];
      while (i < ranges.length && (lines.length === 0 || size + (ranges[i + 1] as number) - (ranges[i] as number) <= BATCH)) {
        const s = ranges[i] as number;
        const e = ranges[i + 1] as number;
        lines.push(clean.slice(s, e));
        size += e - s + 1;
        i += 2;
      }
      const input = lines.join('\n');
      batches.push({ from: ranges[from] as number, to: ranges[i - 1] as number, input: input.startsWith('-') ? ` ${input}` : input });
    }

    const results: string[][][] = new Array<string[][]>(batches.length);
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new TokenizerTimeoutError(timeoutMs));
      }, timeoutMs);
    });
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < batches.length && !timedOut) {
        const k = next++;
        results[k] = await this.exec((batches[k] as { input: string }).input);
      }
    };
    try {
      const workers = Array.from({ length: Math.min(PARALLEL, batches.length) }, worker);
      await Promise.race([Promise.all(workers), deadline]);
    } finally {
      clearTimeout(timer);
    }

    const out: Morpheme[] = [];
    for (let k = 0; k < batches.length; k++) {
      const batch = batches[k] as { from: number; to: number };
      let cursor = batch.from;
      for (const pair of results[k] ?? []) {
        const surface = pair[0];
        if (surface === undefined || surface === '') continue;
        const start = locate(clean, surface, cursor, batch.to);
        if (start < 0) continue;
        const end = start + surface.length;
        cursor = end;
        const field = pair[1] ?? '';
        // our mecabrc packs all eight feature fields into the one field mecab-ya keeps
        if (field.includes(PACK)) out.push(morphemeFromFields(text.slice(start, end), start, end, field.split(PACK)));
        else out.push(morphemeFromPos(text.slice(start, end), start, end, field));
      }
    }
    return out;
  }

  /** One mecab-ya call, with `MECABRC` set for the instant the shell is spawned. */
  private exec(input: string): Promise<string[][]> {
    const command = this.sq.quote(['echo', input]);
    if (!command.startsWith('echo ') || !isLiteralWord(command.slice(5))) {
      return Promise.reject(new TokenizerError('refusing to pass this text to mecab-ya: shell-quote did not quote it as one literal word'));
    }
    return new Promise<string[][]>((resolve, reject) => {
      const saved = process.env.MECABRC;
      if (this.rcPath !== null) process.env.MECABRC = this.rcPath;
      try {
        this.api.pos(input, (error, result) => {
          if (error) reject(new TokenizerError(`mecab-ya failed: ${error.message}`, { cause: error }));
          else resolve(result);
        });
      } catch (cause) {
        reject(new TokenizerError(`mecab-ya failed: ${String(cause)}`, { cause }));
      } finally {
        if (saved === undefined) delete process.env.MECABRC;
        else process.env.MECABRC = saved;
      }
    });
  }
}

/**
 * Whether `word` is, for a POSIX shell, one word that expands to itself: a sequence of
 * single-quoted strings, double-quoted strings whose `"` `\` `$` `` ` `` are all escaped,
 * backslash-escaped characters, and characters no shell treats specially.
 */
export function isLiteralWord(word: string): boolean {
  if (word.length === 0) return false;
  let i = 0;
  while (i < word.length) {
    const c = word[i] as string;
    if (c === "'") {
      const close = word.indexOf("'", i + 1);
      if (close < 0) return false;
      i = close + 1;
    } else if (c === '"') {
      i++;
      for (;;) {
        const d = word[i];
        if (d === undefined) return false;
        if (d === '"') break;
        if (d === '$' || d === '`') return false;
        if (d === '\\') {
          const escaped = word[i + 1];
          if (escaped === undefined || escaped === '\n') return false;
          i += 2;
        } else i++;
      }
      i++;
    } else if (c === '\\') {
      const escaped = word[i + 1];
      if (escaped === undefined || escaped === '\n') return false;
      i += 2;
    } else if (/^[A-Za-z0-9_%+,./:=@-]$/.test(c) || c.charCodeAt(0) >= 0x80) {
      i++;
    } else {
      return false; // whitespace, an operator, a glob or expansion character, a control character
    }
  }
  return true;
}

function atLeast(version: string, minimum: readonly number[]): boolean {
  const parts = version.split('.').map((x) => Number.parseInt(x, 10));
  for (let k = 0; k < minimum.length; k++) {
    const have = parts[k] ?? 0;
    const want = minimum[k] as number;
    if (Number.isNaN(have)) return false;
    if (have !== want) return have > want;
  }
  return true;
}
