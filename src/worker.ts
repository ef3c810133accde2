/**
 * The worker-thread side of the pool (src/pool.ts): one analyzer per thread, answering requests
 * `{ id, text }` with `{ id, analysis }` or `{ id, error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, type AnalyzeOptions } from './analyzer';
import type { WorkerReply, WorkerRequest } from './pool';

const port = parentPort;
if (port) {
  const options = (workerData as { options: AnalyzeOptions }).options;
  const analyzer = createAnalyzer({ ...options, workers: 0 });
  port.on('message', (req: WorkerRequest) => {
    if ('stats' in req) {
      port.postMessage({ id: req.id, stats: analyzer.stats() } satisfies WorkerReply);
      return;
    }
    analyzer.analyze(req.text).then(
      (analysis) => port.postMessage({ id: req.id, analysis, backend: analyzer.backend } satisfies WorkerReply),
      (e: unknown) => {
        const err = e instanceof Error ? e : new Error(String(e));
        const extra = err as Error & { code?: string; length?: number; maxChars?: number };
        const error: { name: string; message: string; code?: string; length?: number; maxChars?: number } = { name: err.name, message: err.message };
        if (extra.code !== undefined) error.code = extra.code;
        if (extra.length !== undefined) error.length = extra.length;
        if (extra.maxChars !== undefined) error.maxChars = extra.maxChars;
        port.postMessage({ id: req.id, error } satisfies WorkerReply);
      },
    );
  });
}
