/** The worker-thread pool, on the built package (dist/worker.js is the worker entry; `npm test` builds first). */
import { describe, expect, it } from 'vitest';

type Mod = typeof import('../src/index');
const load = async (): Promise<Mod> => (await import('../dist/index.js')) as unknown as Mod;

describe('createAnalyzer({ workers })', () => {
  it('analyzes a batch on worker threads in input order, with the same results as in-process', async () => {
    const { createAnalyzer } = await load();
    const texts = Array.from({ length: 24 }, (_, i) => ({ id: i, text: `김철수 장관은 ${i}일 “새 계획을 추진하겠다”고 말했다. 그는 “${i}번째 약속”이라고 덧붙였다.` }));
    const pooled = createAnalyzer({ workers: 2 });
    const local = createAnalyzer();
    const got = [];
    for await (const r of pooled.analyzeMany(texts, { concurrency: 6 })) got.push(r);
    expect(got.map((r) => r.id)).toEqual(texts.map((t) => t.id));
    for (const r of got) {
      const expected = await local.analyze(texts[r.index]!.text);
      expect(r.analysis).toEqual(expected);
    }
    expect(pooled.backend).toBe(local.backend);
    expect(pooled.stats().articles).toBe(24);
    await pooled.close();
    await local.close();
  });

  it('brings typed errors back from the workers', async () => {
    const { createAnalyzer, InputTooLargeError } = await load();
    const pooled = createAnalyzer({ workers: 1, maxChars: 5 });
    await expect(pooled.analyze('가나다라마바사')).rejects.toBeInstanceOf(InputTooLargeError);
    await expect(pooled.analyze(7 as unknown as string)).rejects.toBeInstanceOf(TypeError);
    await pooled.close();
  });
});
