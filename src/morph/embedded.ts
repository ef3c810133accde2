/**
 * The `embedded` backend: kuromoji-ko, a pure-JS Viterbi over its own copy of mecab-ko-dic.
 *
 * kuromoji-ko's `tokenize()` differs from mecab in ways that change the analysis: it puts
 * whitespace into the lattice as `SP` tokens (mecab skips it, so a word after a space connects to
 * the word before it), cuts sentences at `.?!`, retags some nouns as verbs afterwards, builds the
 * lattice in quadratic time, and loses the comma's surface (its POS lands in `semantic_class`).
 * So this backend builds the lattice itself from kuromoji-ko's parts: one small lattice per
 * whitespace-separated word, joined into one lattice for the line, searched with kuromoji-ko's
 * Viterbi. That reproduces mecab's analysis (108 of the 109 fixture lines tokenize identically)
 * and gives exact offsets from the node positions.
 *
 * Those parts are internals of kuromoji-ko 1.0.x; when they are missing the backend falls back
 * to the public `tokenize()` on short pieces, skipping `SP` tokens, recovering the comma from the
 * text and aligning surfaces.
 *
 * Building the dictionary takes about a second: it is built once per process and shared.
 */

import { dirname, join } from 'node:path';
import { ClosedError, DictionaryError, TokenizerTimeoutError } from '../errors';
import type { Morpheme, Tokenizer } from '../types';
import { morphemeFromFields } from './features';
import { PROBE_TEXT, checkProbe, moduleRequire } from './setup';
import { isHigh, isSpace, locate, pieces, sanitize } from './text';

// ---- the parts of kuromoji-ko this backend uses (structural types: some are not in its .d.ts) ----

interface KNode {
  name: number;
  start_pos: number;
  length: number;
  type: string;
  surface_form: string;
}

interface KLattice {
  nodesEndAt: (KNode[] | null | undefined)[];
  append(node: KNode): void;
  appendEos(): void;
}

interface KDictionary {
  getFeatures(id: number): string;
}

interface KToken {
  surface_form: string;
  pos: string;
  semantic_class: string;
  has_final_consonant: string;
  reading: string;
  type: string;
  first_pos: string;
  last_pos: string;
  expression: string;
}

interface KTokenizer {
  tokenize(text: string): KToken[];
  getLattice(text: string): KLattice;
  viterbiSearcher?: { search(lattice: KLattice): KNode[] };
  tokenInfoDictionary?: KDictionary;
  unknownDictionary?: KDictionary;
}

/** The internals the lattice mode needs, or `null`. */
interface LatticeParts {
  Lattice: new () => KLattice;
  search(lattice: KLattice): KNode[];
  known: KDictionary;
  unknown: KDictionary;
}

export interface EmbeddedTokenizerOptions {
  /** kuromoji-ko's dictionary folder; default: the one the package ships. */
  dicPath?: string;
  /** Per request. */
  timeoutMs: number;
  /** `lattice` (default when kuromoji-ko's internals are there) or the public `tokenize()`. */
  mode?: 'lattice' | 'public';
}

/** The dictionary folder kuromoji-ko ships (`node_modules/kuromoji-ko/dict`). */
export function embeddedDictPath(): string {
  // kuromoji-ko's exports hide package.json; its main file is dist/index.cjs
  return join(dirname(dirname(moduleRequire.resolve('kuromoji-ko'))), 'dict');
}

const builds = new Map<string, Promise<KTokenizer>>();

/** kuromoji-ko's tokenizer for `dicPath`, built once per process. */
function load(dicPath: string): Promise<KTokenizer> {
  let build = builds.get(dicPath);
  if (build === undefined) {
    build = (async () => {
      const { builder } = await import('kuromoji-ko');
      try {
        return (await builder({ dicPath }).build()) as unknown as KTokenizer;
      } catch (cause) {
        throw new DictionaryError(`kuromoji-ko could not load its dictionary from ${dicPath}: ${String(cause)}`);
      }
    })();
    builds.set(dicPath, build);
    build.catch(() => builds.delete(dicPath));
  }
  return build;
}

/**
 * Create the embedded tokenizer (the first one in a process waits for the dictionary, ~1 s).
 *
 * @throws {DictionaryError} when kuromoji-ko's dictionary cannot be loaded.
 */
export async function createEmbeddedTokenizer(options: EmbeddedTokenizerOptions): Promise<EmbeddedTokenizer> {
  const tokenizer = new EmbeddedTokenizer(await load(options.dicPath ?? embeddedDictPath()), options);
  checkProbe(await tokenizer.run(PROBE_TEXT, Number.POSITIVE_INFINITY), 'kuromoji-ko');
  return tokenizer;
}

/** Longest whitespace-free run given to kuromoji-ko at once (its lattice building is quadratic). */
const MAX_WORD = 128;
/** Piece length for the public `tokenize()` fallback (same reason). */
const PUBLIC_PIECE = 300;
/** Work this long, then let the event loop run. */
const SLICE_MS = 20;

export class EmbeddedTokenizer implements Tokenizer {
  readonly name = 'embedded' as const;
  private readonly tk: KTokenizer;
  private readonly parts: LatticeParts | null;
  private readonly timeoutMs: number;
  private closed = false;

  constructor(tk: KTokenizer, options: EmbeddedTokenizerOptions) {
    this.tk = tk;
    this.timeoutMs = options.timeoutMs;
    this.parts = options.mode === 'public' ? null : latticeParts(tk);
  }

  /** Whether the lattice mode is used (kuromoji-ko's internals were found). */
  get mode(): 'lattice' | 'public' {
    return this.parts === null ? 'public' : 'lattice';
  }

  /**
   * Morphemes of `text`, offsets into `text`. Long texts are worked through in slices of about
   * 20 ms so other work can run in between.
   *
   * @throws {ClosedError} after `close()`.
   * @throws {TokenizerTimeoutError} when it takes longer than `timeoutMs`.
   */
  tokenize(text: string): Promise<Morpheme[]> {
    return this.run(text, this.timeoutMs);
  }

  /** @internal `tokenize` with its own timeout (the start-up probe). */
  async run(text: string, timeoutMs: number): Promise<Morpheme[]> {
    if (this.closed) throw new ClosedError('tokenizer');
    const clean = sanitize(text);
    const ranges = pieces(clean, this.parts === null ? PUBLIC_PIECE : undefined);
    const out: Morpheme[] = [];
    const started = performance.now();
    let sliceStart = started;
    for (let i = 0; i < ranges.length; i += 2) {
      const s = ranges[i] as number;
      const e = ranges[i + 1] as number;
      if (this.parts === null || !latticePiece(this.parts, this.tk, text, clean, s, e, out)) {
        publicPiece(this.tk, text, clean, s, e, out);
      }
      const now = performance.now();
      if (now - started > timeoutMs) throw new TokenizerTimeoutError(timeoutMs);
      if (now - sliceStart > SLICE_MS && i + 2 < ranges.length) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (this.closed) throw new ClosedError('tokenizer');
        sliceStart = performance.now();
      }
    }
    return out;
  }

  /** Later calls reject with `ClosedError`. The shared dictionary stays loaded for the process. */
  async close(): Promise<void> {
    this.closed = true;
  }
}

function latticeParts(tk: KTokenizer): LatticeParts | null {
  const searcher = tk.viterbiSearcher;
  const known = tk.tokenInfoDictionary;
  const unknown = tk.unknownDictionary;
  if (!searcher || !known || !unknown || typeof tk.getLattice !== 'function') return null;
  try {
    const sample = tk.getLattice('');
    const Lattice = sample.constructor as new () => KLattice;
    if (typeof sample.append !== 'function' || typeof sample.appendEos !== 'function') return null;
    return { Lattice, search: (lattice) => searcher.search(lattice), known, unknown };
  } catch {
    return null;
  }
}

/**
 * Tokenize `clean[s, e)` (one line, no newline) mecab-style: spaces are not tokens, each word's
 * nodes go into one lattice whose positions skip the spaces. Returns `false` when no path was
 * found (the caller falls back).
 */
function latticePiece(
  parts: LatticeParts,
  tk: KTokenizer,
  text: string,
  clean: string,
  s: number,
  e: number,
  out: Morpheme[],
): boolean {
  const lattice = new parts.Lattice();
  /** For each code point of the space-free line: its index in `clean`. */
  const at: number[] = [];
  let i = s;
  while (i < e) {
    while (i < e && isSpace(clean.charCodeAt(i))) i++;
    let j = i;
    while (j < e && !isSpace(clean.charCodeAt(j))) j++;
    for (let a = i; a < j; ) {
      let b = Math.min(j, a + MAX_WORD);
      if (b < j && isHigh(clean.charCodeAt(b - 1))) b--;
      const offset = at.length;
      const word = tk.getLattice(clean.slice(a, b));
      for (let k = 1; k < word.nodesEndAt.length; k++) {
        const nodes = word.nodesEndAt[k];
        if (!nodes) continue;
        for (const node of nodes) {
          if (node.type === 'BOS' || node.type === 'EOS') continue;
          node.start_pos += offset;
          lattice.append(node);
        }
      }
      for (let c = a; c < b; c++) {
        at.push(c);
        if (isHigh(clean.charCodeAt(c)) && c + 1 < b) c++;
      }
      a = b;
    }
    i = j;
  }
  if (at.length === 0) return true;
  lattice.appendEos();
  const path = parts.search(lattice);
  if (path.length === 0) return false;
  for (const node of path) {
    const start = at[node.start_pos - 1];
    const surface = node.surface_form;
    if (start === undefined || surface.length === 0 || !clean.startsWith(surface, start)) continue;
    const end = start + surface.length;
    const line = (node.type === 'KNOWN' ? parts.known : parts.unknown).getFeatures(node.name);
    const fields = line.split(',');
    // known entries: `surface,POS,…` (the comma's own entry: `,,SC,…`); unknown: `?,POS,…`
    const features = fields.length > 8 ? fields.slice(fields.length - 8) : fields.slice(1);
    out.push(morphemeFromFields(text.slice(start, end), start, end, features));
  }
  return true;
}

/**
 * Tokenize `clean[s, e)` with kuromoji-ko's public `tokenize()`: `SP` tokens are dropped, a token
 * with an empty surface (the comma defect) takes the character at the cursor and its shifted
 * fields are shifted back, surfaces are aligned from a cursor.
 */
function publicPiece(tk: KTokenizer, text: string, clean: string, s: number, e: number, out: Morpheme[]): void {
  const tokens = tk.tokenize(clean.slice(s, e));
  let cursor = s;
  for (const t of tokens) {
    if (t.pos === 'SP') continue;
    let surface = t.surface_form;
    let fields = [t.pos, t.semantic_class, t.has_final_consonant, t.reading, t.type, t.first_pos, t.last_pos, t.expression];
    if (surface === '') {
      let i = cursor;
      while (i < e && isSpace(clean.charCodeAt(i))) i++;
      if (i >= e) continue;
      surface = clean.slice(i, isHigh(clean.charCodeAt(i)) ? i + 2 : i + 1);
      if (t.pos === '') fields = fields.slice(1);
    }
    if (surface.trim() === '') continue;
    const start = locate(clean, surface, cursor, e);
    if (start < 0) continue;
    const end = start + surface.length;
    cursor = end;
    out.push(morphemeFromFields(text.slice(start, end), start, end, fields));
  }
}
