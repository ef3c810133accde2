import { describe, expect, it } from 'vitest';
import { runBatch, type BatchResult } from '../src/batch';
import { createAnalyzer } from '../src/index';
import type { Analysis } from '../src/index';

/** A stand-in analysis function with a controllable delay: batching logic is what is tested here. */
function fake(delays: Record<string, number> = {}, log: string[] = []) {
  return async (text: string): Promise<Analysis> => {
    log.push(`start:${text}`);
    await new Promise((r) => setTimeout(r, delays[text] ?? 1));
    if (text === 'boom') throw new Error('bad article');
    log.push(`end:${text}`);
    return { language: 'ko', tokenizer: 'none', warnings: [text] } as unknown as Analysis;
  };
}

async function collect(it: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('runBatch', () => {
  it('yields in input order even when later items finish first', async () => {
    const rs = await collect(runBatch(['a', 'b', 'c', 'd'], fake({ a: 40, b: 1, c: 20, d: 1 }), { concurrency: 4 }));
    expect(rs.map((r) => r.analysis?.warnings[0])).toEqual(['a', 'b', 'c', 'd']);
    expect(rs.map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });

  it('reports a failing item as { id, error } and goes on', async () => {
    const rs = await collect(runBatch([{ id: 'x', text: 'ok' }, { id: 'y', text: 'boom' }, { id: 'z', text: 'fine' }], fake()));
    expect(rs.map((r) => [r.id, r.error?.message ?? 'ok'])).toEqual([
      ['x', 'ok'],
      ['y', 'bad article'],
      ['z', 'ok'],
    ]);
  });

  it('reports a malformed item without losing the others', async () => {
    const rs = await collect(runBatch(['a', 42 as unknown as string, 'b'], fake()));
    expect(rs).toHaveLength(3);
    expect(rs[1]?.error).toBeInstanceOf(TypeError);
    expect(rs[2]?.analysis?.warnings[0]).toBe('b');
  });

  it('keeps at most `concurrency` in flight', async () => {
    let running = 0;
    let peak = 0;
    const f = async (t: string): Promise<Analysis> => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return { warnings: [t] } as unknown as Analysis;
    };
    const items = Array.from({ length: 30 }, (_, i) => `t${i}`);
    const rs = await collect(runBatch(items, f, { concurrency: 3 }));
    expect(rs).toHaveLength(30);
    expect(peak).toBe(3);
  });

  it('pulls lazily from the source (back-pressure) and stops when the consumer stops', async () => {
    let pulled = 0;
    function* source() {
      for (let i = 0; i < 1_000_000; i++) {
        pulled++;
        yield `t${i}`;
      }
    }
    let seen = 0;
    for await (const r of runBatch(source(), fake(), { concurrency: 4 })) {
      expect(r.error).toBeUndefined();
      if (++seen === 10) break;
    }
    expect(pulled).toBeLessThanOrEqual(10 + 8);
  });

  it('reads async iterables and reports a failing source as an error item', async () => {
    async function* source() {
      yield 'a';
      yield 'b';
      throw new Error('source broke');
    }
    const rs = await collect(runBatch(source(), fake()));
    expect(rs.map((r) => r.error?.message ?? r.analysis?.warnings[0])).toEqual(['a', 'b', 'source broke']);
  });
});

describe('analyzer.analyzeMany with the real backend', () => {
  it('analyzes Korean articles in order, none lost or doubled', async () => {
    const an = createAnalyzer();
    const texts = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, text: `${i}번째 기사다. 김철수 장관은 “계획을 추진하겠다”고 말했다.` }));
    const rs = await collect(an.analyzeMany(texts, { concurrency: 6 }));
    await an.close();
    expect(rs.map((r) => r.id)).toEqual(texts.map((t) => t.id));
    for (const [i, r] of rs.entries()) expect(r.analysis?.structure.sentences[0]?.text).toBe(`${i}번째 기사다.`);
  });
});
