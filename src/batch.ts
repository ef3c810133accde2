/**
 * Batches: run one analyzer over many articles with a bounded number in flight, yielding results
 * in input order as soon as each is ready. A bad item yields `{ id, error }` and the batch goes on.
 */
import type { Analysis } from './types';

/** One article of a batch: a string (its id is its position) or `{ id, text }`. */
export type BatchItem = string | { id?: string | number; text: string };

/** The result for one article: its analysis, or the error it raised. */
export type BatchResult =
  | { id: string | number; index: number; analysis: Analysis; error?: undefined }
  | { id: string | number; index: number; error: Error; analysis?: undefined };

export interface BatchOptions {
  /**
   * Articles in flight at once (default 8). More than one keeps mecab tokenizing the next articles
   * while JavaScript extracts from the current one.
   */
  concurrency?: number;
}

/**
 * Analyze every item of `source` with `analyzeOne`, at most `concurrency` at a time, and yield the
 * results in input order. The source is pulled lazily: at most `2 × concurrency` results wait in
 * memory for a slow consumer or a slow earlier item (back-pressure), whatever the source's size.
 */
export async function* runBatch(
  source: Iterable<BatchItem> | AsyncIterable<BatchItem>,
  analyzeOne: (text: string, item: BatchItem) => Promise<Analysis>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult, void, undefined> {
  const concurrency = checkConcurrency(options);
  const window = concurrency * 2;
  const iterator = toAsyncIterator(source);
  const pending = new Map<number, Promise<BatchResult>>();
  let nextIndex = 0;
  let nextToYield = 0;
  let exhausted = false;
  let inFlight = 0;
  const settled = new Set<number>();
  // every settlement wakes the loop so it can start the next item while the head is still running
  let wake: () => void = () => undefined;
  const woken = (): Promise<void> =>
    new Promise<void>((resolve) => {
      wake = resolve;
    });
  // settled results are kept in `pending` until their turn; `inFlight` counts unsettled ones
  const start = (item: BatchItem, index: number): void => {
    const id = itemId(item, index);
    inFlight++;
    const p = (async (): Promise<BatchResult> => {
      try {
        const text = itemText(item);
        return { id, index, analysis: await analyzeOne(text, item) };
      } catch (e) {
        return { id, index, error: e instanceof Error ? e : new Error(String(e)) };
      } finally {
        inFlight--;
        settled.add(index);
        wake();
      }
    })();
    pending.set(index, p);
  };

  try {
    for (;;) {
      // fill: keep up to `concurrency` running and at most `window` started but not yet yielded
      while (!exhausted && inFlight < concurrency && nextIndex - nextToYield < window) {
        let r: IteratorResult<BatchItem>;
        try {
          r = await iterator.next();
        } catch (e) {
          // the source itself failed: report it as an item error and stop pulling
          exhausted = true;
          const index = nextIndex++;
          pending.set(index, Promise.resolve({ id: index, index, error: e instanceof Error ? e : new Error(String(e)) }));
          settled.add(index);
          break;
        }
        if (r.done) {
          exhausted = true;
          break;
        }
        start(r.value, nextIndex++);
      }
      const next = pending.get(nextToYield);
      if (!next) return;
      if (!settled.has(nextToYield)) {
        // wait for the head or for any other item to settle (then refill and look again)
        await Promise.race([next, woken()]);
        continue;
      }
      const result = await next;
      pending.delete(nextToYield);
      settled.delete(nextToYield);
      nextToYield++;
      yield result;
    }
  } finally {
    // the consumer stopped early: let running items finish quietly, close the source
    await Promise.allSettled(pending.values());
    if (!exhausted && typeof iterator.return === 'function') await iterator.return();
  }
}

/** `options.concurrency` as a whole number ≥ 1 (default 8); anything else is a TypeError, never a batch that quietly yields nothing. */
function checkConcurrency(options: BatchOptions | null | undefined): number {
  if (options === undefined || options === null) return 8;
  if (typeof options !== 'object') throw new TypeError(`analyzeMany(source, options): options must be an object, got ${typeof options}`);
  const c = options.concurrency ?? 8;
  if (typeof c !== 'number' || !Number.isFinite(c) || c < 1) {
    throw new TypeError(`analyzeMany(source, options): options.concurrency must be a positive integer, got ${typeof c === 'number' ? c : typeof c}`);
  }
  return Math.floor(c);
}

function toAsyncIterator(source: Iterable<BatchItem> | AsyncIterable<BatchItem>): AsyncIterator<BatchItem> {
  if (source && typeof (source as AsyncIterable<BatchItem>)[Symbol.asyncIterator] === 'function') {
    return (source as AsyncIterable<BatchItem>)[Symbol.asyncIterator]();
  }
  if (source && typeof (source as Iterable<BatchItem>)[Symbol.iterator] === 'function') {
    const it = (source as Iterable<BatchItem>)[Symbol.iterator]();
    return {
      next: async () => it.next(),
      return: async () => (typeof it.return === 'function' ? it.return() : { done: true, value: undefined }),
    };
  }
  throw new TypeError('analyzeMany(source): source must be an array, an iterable or an async iterable');
}

function itemId(item: BatchItem, index: number): string | number {
  if (item !== null && typeof item === 'object' && (typeof item.id === 'string' || typeof item.id === 'number')) return item.id;
  return index;
}

function itemText(item: BatchItem): string {
  if (typeof item === 'string') return item;
  if (item !== null && typeof item === 'object' && typeof item.text === 'string') return item.text;
  throw new TypeError(`analyzeMany: item must be a string or { id, text } with a string text, got ${item === null ? 'null' : typeof item}`);
}
