/**
 * A worker-thread pool: each worker runs a whole analyzer (its own mecab process), the main thread
 * hands out articles to the least busy worker and collects the results. Used when extraction, not
 * tokenization, is the bottleneck: `createAnalyzer({ workers: 2 })`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions, Analyzer, AnalyzerStats } from './analyzer';
import { runBatch } from './batch';
import {
  ClosedError,
  DictionaryError,
  InputTooLargeError,
  KornewsError,
  MecabNotFoundError,
  TokenizerError,
  TokenizerTimeoutError,
} from './errors';
import type { Analysis, TokenizerName } from './types';

/** What a worker sends back for one request. */
export type WorkerReply =
  | { id: number; analysis: Analysis; backend: TokenizerName | null }
  | { id: number; error: { name: string; message: string; code?: string; length?: number; maxChars?: number } }
  | { id: number; stats: AnalyzerStats };

/** What the main thread sends a worker. */
export type WorkerRequest = { id: number; text: string } | { id: number; stats: true };

interface Slot {
  worker: Worker;
  busy: number;
  dead: boolean;
}

/** Create an analyzer backed by `options.workers` worker threads. */
export function createPooledAnalyzer(options: AnalyzeOptions): Analyzer {
  const size = Math.max(1, Math.floor(options.workers ?? 1));
  const workerOptions: AnalyzeOptions = { ...options, workers: 0 };
  const file = workerFile();
  const pending = new Map<number, { resolve: (r: WorkerReply) => void; slot: Slot }>();
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let backend: TokenizerName | null = null;
  const stats: AnalyzerStats = { articles: 0, chars: 0, stages: {} };

  const spawn = (): Slot => {
    const worker = new Worker(file, { workerData: { options: workerOptions } });
    const slot: Slot = { worker, busy: 0, dead: false };
    worker.on('message', (reply: WorkerReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      slot.busy--;
      if ('analysis' in reply && reply.backend) backend = reply.backend;
      p.resolve(reply);
    });
    const fail = (err: Error): void => {
      if (slot.dead) return;
      slot.dead = true;
      // every request this worker held fails; the pool replaces the worker for the next ones
      for (const [id, p] of pending) {
        if (p.slot !== slot) continue;
        pending.delete(id);
        p.resolve({ id, error: { name: 'TokenizerError', message: `worker thread failed: ${err.message}` } });
      }
      const i = slots.indexOf(slot);
      if (i >= 0 && !closed) slots[i] = spawn();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!closed) fail(new Error(`exited with code ${code}`));
    });
    worker.unref();
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn());

  const send = (request: WorkerRequest): Promise<WorkerReply> => {
    const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    if (slot.busy === 1) slot.worker.ref();
    return new Promise<WorkerReply>((resolve) => {
      pending.set(request.id, {
        resolve: (r) => {
          if (slot.busy === 0) slot.worker.unref();
          resolve(r);
        },
        slot,
      });
      slot.worker.postMessage(request);
    });
  };

  const analyzeOne = async (text: string): Promise<Analysis> => {
    if (closed) throw new ClosedError();
    if (typeof text !== 'string') throw new TypeError(`analyze(text): text must be a string, got ${text === null ? 'null' : typeof text}`);
    const reply = await send({ id: nextId++, text });
    if ('analysis' in reply) {
      stats.articles++;
      stats.chars += text.length;
      return reply.analysis;
    }
    if ('error' in reply) throw reviveError(reply.error);
    throw new TokenizerError('unexpected reply from a worker thread');
  };

  return {
    get backend() {
      return backend;
    },
    analyze: analyzeOne,
    analyzeMany(source, batchOptions) {
      return runBatch(source, analyzeOne, { concurrency: batchOptions?.concurrency ?? size * 8 });
    },
    stats(): AnalyzerStats {
      // per-stage times are kept inside each worker; the pool counts articles and characters
      return { articles: stats.articles, chars: stats.chars, stages: {} };
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
      for (const [id, p] of pending) p.resolve({ id, error: { name: 'ClosedError', message: 'the analyzer was closed' } });
      pending.clear();
    },
  };
}

/** The built worker entry (dist/worker.js), found next to this module or in the package's dist/. */
function workerFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, 'worker.js'), join(here, '..', 'dist', 'worker.js')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new KornewsError('E_WORKER', `the worker entry (worker.js) was not found next to ${here}; build the package (npm run build)`);
}

/** Turn a serialized error back into the typed error it was. */
function reviveError(e: { name: string; message: string; code?: string; length?: number; maxChars?: number }): Error {
  switch (e.name) {
    case 'InputTooLargeError':
      return new InputTooLargeError(e.length ?? 0, e.maxChars ?? 0, 'text');
    case 'MecabNotFoundError':
      return Object.assign(new MecabNotFoundError(''), { message: e.message });
    case 'DictionaryError':
      return new DictionaryError(e.message);
    case 'TokenizerTimeoutError':
      return Object.assign(new TokenizerTimeoutError(0), { message: e.message });
    case 'ClosedError':
      return new ClosedError();
    case 'TypeError':
      return new TypeError(e.message);
    case 'TokenizerError':
      return new TokenizerError(e.message);
    default:
      return e.code ? new KornewsError(e.code, e.message) : new Error(e.message);
  }
}
