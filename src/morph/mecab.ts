/**
 * The `mecab` backend: one long-lived mecab process per tokenizer, fed line by line.
 *
 * mecab answers every input line with its morphemes and an `EOS` line, and flushes per line, so
 * requests are written in order and answered in order: a FIFO of pending requests, the head one
 * collecting output until it has seen one `EOS` per line it sent. Output is parsed incrementally
 * as it arrives.
 *
 * Failures: when the process dies, a new one is started and every pending request is sent again
 * (the head request is charged with the death; a request that kills mecab twice fails with
 * `TokenizerError`). A request that is not answered within `timeoutMs` of reaching the head of
 * the queue fails with `TokenizerTimeoutError`; the process is killed and replaced and the other
 * pending requests are sent again.
 */

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { ClosedError, DictionaryError, TokenizerError, TokenizerTimeoutError } from '../errors';
import type { Morpheme, Tokenizer } from '../types';
import { buildMorpheme } from './features';
import { PROBE_TEXT, checkDictionaryFolder, checkProbe } from './setup';
import { locate, pieces, sanitize } from './text';

export interface MecabTokenizerOptions {
  /** The mecab binary. */
  mecabPath: string;
  /** A compiled mecab-ko-dic folder. */
  dictPath: string;
  /** Per request, from the moment mecab starts on it. */
  timeoutMs: number;
}

/**
 * Start a mecab process and check that it answers with mecab-ko-dic's tags.
 *
 * @throws {DictionaryError} when the folder is not a compiled mecab-ko-dic or mecab cannot load it.
 */
export async function createMecabTokenizer(options: MecabTokenizerOptions): Promise<MecabTokenizer> {
  checkDictionaryFolder(options.dictPath);
  const tokenizer = new MecabTokenizer(options);
  const probeTimeout = Math.max(options.timeoutMs, PROBE_TIMEOUT_MS);
  try {
    checkProbe(await tokenizer.submit(PROBE_TEXT, probeTimeout), options.dictPath);
  } catch (error) {
    await tokenizer.close();
    if (error instanceof TokenizerError) {
      throw new DictionaryError(`mecab (${options.mecabPath}) could not analyse text with the dictionary ${options.dictPath}: ${error.message}`);
    }
    if (error instanceof TokenizerTimeoutError) {
      // something that reads its input but never answers like mecab (not mecab, or stuck)
      throw new TokenizerError(`${options.mecabPath} did not answer the start-up check like mecab within ${probeTimeout} ms; is it mecab?`, { cause: error });
    }
    throw error;
  }
  return tokenizer;
}

/**
 * The start-up check may take longer than a tiny `timeoutMs` meant for requests; mecab answers it
 * in tens of milliseconds, so 5 s only ever runs out for a binary that is not mecab or is stuck.
 */
const PROBE_TIMEOUT_MS = 5_000;

/** One `tokenize()` call waiting for its answer. */
interface Request {
  /** The caller's text: surfaces are sliced from it. */
  readonly text: string;
  /** `sanitize(text)`: what mecab sees, same length. */
  readonly clean: string;
  /** Pieces sent, flat `[start, end, …]` into `clean`: one input line (and one `EOS`) each. */
  readonly ranges: number[];
  /** The pieces, one per line. */
  readonly payload: string;
  /** The piece whose output is being read. */
  piece: number;
  /** Alignment cursor into `clean`. */
  cursor: number;
  out: Morpheme[];
  /** How many mecab processes died while this request was at the head of the queue. */
  deaths: number;
  readonly timeoutMs: number;
  readonly resolve: (morphemes: Morpheme[]) => void;
  readonly reject: (error: Error) => void;
}

interface Referable {
  ref?: () => void;
  unref?: () => void;
}

/** The mecab process backend. Create it with `createMecabTokenizer` (which checks the dictionary). */
export class MecabTokenizer implements Tokenizer {
  readonly name = 'mecab' as const;
  private readonly bin: string;
  private readonly args: string[];
  private readonly timeoutMs: number;
  private child: ChildProcessWithoutNullStreams | null = null;
  private readonly queue: Request[] = [];
  /** An incomplete output line from the last chunk. */
  private rest = '';
  private timer: NodeJS.Timeout | null = null;
  private corked = false;
  private referenced = true;
  private closed = false;
  private closing: Promise<void> | null = null;
  private stderrTail = '';

  constructor(options: MecabTokenizerOptions) {
    this.bin = options.mecabPath;
    this.timeoutMs = options.timeoutMs;
    this.args = ['-d', options.dictPath, '-b', '65536'];
    // mecab refuses to start without a resource file; the dictionary's own dicrc is one (unless the user chose one)
    if (!process.env.MECABRC) this.args.push('-r', join(options.dictPath, 'dicrc'));
    this.start();
  }

  /** The pid of the current mecab process (`null` between a crash and the next request, and after close). */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  /**
   * Morphemes of `text`, offsets into `text`. Many calls may be in flight; each gets its own answer.
   *
   * @throws {ClosedError} after `close()`.
   * @throws {TokenizerTimeoutError} when mecab takes longer than `timeoutMs` on it.
   * @throws {TokenizerError} when it killed mecab twice.
   */
  tokenize(text: string): Promise<Morpheme[]> {
    return this.submit(text, this.timeoutMs);
  }

  /** @internal `tokenize` with its own timeout (the start-up probe). */
  submit(text: string, timeoutMs: number): Promise<Morpheme[]> {
    if (this.closed) return Promise.reject(new ClosedError('tokenizer'));
    const clean = sanitize(text);
    const ranges = pieces(clean);
    if (ranges.length === 0) return Promise.resolve([]);
    const lines: string[] = [];
    for (let i = 0; i < ranges.length; i += 2) lines.push(clean.slice(ranges[i], ranges[i + 1]));
    lines.push('');
    return new Promise<Morpheme[]>((resolve, reject) => {
      const request: Request = {
        text,
        clean,
        ranges,
        payload: lines.join('\n'),
        piece: 0,
        cursor: ranges[0] ?? 0,
        out: [],
        deaths: 0,
        timeoutMs,
        resolve,
        reject,
      };
      this.queue.push(request);
      if (this.child === null) {
        this.start(); // sends every pending request, this one included
        return;
      }
      this.write(this.child, request.payload);
      if (this.queue.length === 1) this.armTimer();
      this.updateRef();
    });
  }

  /**
   * End the process once the pending requests are answered. Later calls reject with `ClosedError`.
   */
  close(): Promise<void> {
    if (this.closing) return this.closing;
    this.closed = true;
    const child = this.child;
    this.closing = new Promise<void>((resolve) => {
      if (child === null || child.exitCode !== null || child.signalCode !== null) {
        this.child = null;
        this.failAll((message) => new TokenizerError(message), 'the tokenizer was closed');
        resolve();
        return;
      }
      const force = setTimeout(() => child.kill('SIGKILL'), Math.max(this.timeoutMs, 1000));
      child.once('close', () => {
        clearTimeout(force);
        resolve();
      });
      this.updateRef();
      child.stdin.end(); // mecab answers what it has read, then exits
    });
    return this.closing;
  }

  // ---- the process ---------------------------------------------------------------------------

  /** Start a mecab process and send it every pending request. */
  private start(): void {
    this.rest = '';
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawn(this.bin, this.args, { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    } catch (cause) {
      this.child = null;
      this.failAll((message) => new TokenizerError(message, { cause }), `mecab could not be started: ${String(cause)}`);
      return;
    }
    this.child = child;
    this.referenced = true;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (this.child === child) this.read(chunk);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-1000);
    });
    child.stdin.on('error', () => {
      // EPIPE when the process died: its 'close' handler starts a new one
    });
    let gone = false;
    const onGone = (error?: Error): void => {
      if (gone) return;
      gone = true;
      this.onExit(child, error);
    };
    child.on('error', onGone);
    child.on('close', () => onGone());

    if (this.queue.length > 0) {
      for (const request of this.queue) reset(request);
      this.write(child, this.queue.map((request) => request.payload).join(''));
      this.armTimer();
    }
    this.updateRef();
  }

  private write(child: ChildProcessWithoutNullStreams, payload: string): void {
    // requests made in the same tick go out in one write
    if (!this.corked) {
      this.corked = true;
      child.stdin.cork();
      process.nextTick(() => {
        this.corked = false;
        child.stdin.uncork();
      });
    }
    child.stdin.write(payload);
  }

  /** The process ended (crash, kill, or close). */
  private onExit(child: ChildProcessWithoutNullStreams, error: Error | undefined): void {
    if (this.child !== child) return; // a process we replaced on purpose
    this.child = null;
    this.rest = '';
    this.clearTimer();
    const stderr = this.stderrTail.trim();
    this.stderrTail = '';
    const detail =
      (error ? `mecab failed: ${error.message}` : `mecab exited (${child.signalCode ?? `code ${child.exitCode}`})`) +
      (stderr ? `: ${stderr}` : '');
    if (this.closed) {
      this.failAll((message) => new TokenizerError(message, { cause: error }), detail);
      return;
    }
    const head = this.queue[0];
    if (head !== undefined && ++head.deaths >= 2) {
      this.queue.shift();
      head.reject(new TokenizerError(`this request stopped mecab twice; ${detail}`, { cause: error }));
    }
    if (this.queue.length > 0) this.start();
    else this.updateRef();
  }

  /** Kill the process on purpose and, unless closed, start another for the pending requests. */
  private replace(): void {
    const child = this.child;
    this.child = null;
    this.rest = '';
    this.clearTimer();
    if (child !== null) {
      child.stdin.destroy();
      child.kill('SIGKILL');
    }
    if (this.closed) {
      this.failAll((message) => new TokenizerError(message), 'the tokenizer was closed while mecab was replaced');
    } else if (this.queue.length > 0) {
      this.start();
    }
  }

  private failAll(make: (message: string) => Error, message: string): void {
    const failed = this.queue.splice(0);
    this.clearTimer();
    for (const request of failed) request.reject(make(message));
    this.updateRef();
  }

  // ---- output --------------------------------------------------------------------------------

  /** A chunk of stdout: complete lines are parsed, an incomplete last line waits for the next chunk. */
  private read(chunk: string): void {
    let from = 0;
    if (this.rest.length > 0) {
      const nl = chunk.indexOf('\n');
      if (nl < 0) {
        this.rest += chunk;
        return;
      }
      const line = this.rest + chunk.slice(0, nl + 1);
      this.rest = '';
      this.parse(line, 0, line.length);
      from = nl + 1;
    }
    const last = chunk.lastIndexOf('\n');
    if (last >= from) this.parse(chunk, from, last + 1);
    if (last + 1 < chunk.length) this.rest = chunk.slice(Math.max(from, last + 1));
  }

  /** Parse the complete lines in `buf[from, to)`: `surface\tfeatures`, and one `EOS` per input line. */
  private parse(buf: string, from: number, to: number): void {
    let request = this.queue[0];
    let p = from;
    while (p < to) {
      const nl = buf.indexOf('\n', p);
      if (request === undefined) break; // output nobody waits for (cannot happen unless mecab misbehaves)
      if (nl - p === 3 && buf.charCodeAt(p) === 69 && buf.charCodeAt(p + 1) === 79 && buf.charCodeAt(p + 2) === 83) {
        // EOS
        request.piece++;
        if (request.piece * 2 >= request.ranges.length) {
          this.queue.shift();
          request.resolve(request.out);
          request = this.queue[0];
          this.armTimer();
          if (request === undefined) this.updateRef();
        } else {
          request.cursor = request.ranges[request.piece * 2] as number;
        }
      } else {
        const tab = buf.indexOf('\t', p);
        if (tab > p && tab < nl) {
          const length = tab - p;
          const clean = request.clean;
          const limit = request.ranges[request.piece * 2 + 1] as number;
          let start = request.cursor;
          while (start < limit && (clean.charCodeAt(start) === 32 || clean.charCodeAt(start) === 10)) start++;
          if (start + length > limit || !sameAt(buf, p, clean, start, length)) {
            start = locate(clean, buf.slice(p, tab), request.cursor, limit); // -1: skip the token
          }
          if (start >= 0) {
            const end = start + length;
            request.cursor = end;
            request.out.push(buildMorpheme(request.text.slice(start, end), start, end, buf, tab + 1, nl));
          }
        }
      }
      p = nl + 1;
    }
  }

  // ---- timeout and event-loop references -------------------------------------------------------

  /** (Re)start the head request's timer. */
  private armTimer(): void {
    this.clearTimer();
    const head = this.queue[0];
    if (head === undefined) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.queue[0] !== head) return;
      this.queue.shift();
      head.reject(new TokenizerTimeoutError(head.timeoutMs));
      this.replace();
    }, head.timeoutMs);
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }

  /** An idle process does not keep Node running (a forgotten close() does not hang a script). */
  private updateRef(): void {
    const child = this.child;
    const want = this.queue.length > 0 || this.closed;
    if (child === null || want === this.referenced) return;
    this.referenced = want;
    const method = want ? 'ref' : 'unref';
    child[method]();
    for (const stream of [child.stdin, child.stdout, child.stderr] as Referable[]) stream[method]?.();
  }
}

function reset(request: Request): void {
  request.piece = 0;
  request.cursor = request.ranges[0] ?? 0;
  request.out = [];
}

/** `a.slice(i, i + n) === b.slice(j, j + n)` without slicing. */
function sameAt(a: string, i: number, b: string, j: number, n: number): boolean {
  if (j + n > b.length) return false;
  for (let k = 0; k < n; k++) {
    if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  }
  return true;
}
