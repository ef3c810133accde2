/**
 * `refAt(start, end)`: the entity a noun phrase refers to. The phrase's head is at its end, so the
 * answer is the mention inside the range that ends last, provided only particles, endings and
 * punctuation follow it (`이 기구는` → the organization; `한빛미래재단 관계자` → nothing: 관계자 is the head).
 */
import { tokensIn } from '../../doc';
import type { EntityRef } from '../model';
import type { Ctx } from './context';

interface RefSpan {
  start: number;
  end: number;
  ref: EntityRef;
}

/** Build `refAt` over organization mentions and person phrases. */
export function buildRefAt(
  ctx: Ctx,
  orgMentions: ReadonlyArray<{ start: number; end: number; entity: number }>,
  personRefs: ReadonlyArray<{ start: number; end: number; person: number }>,
): (start: number, end: number) => EntityRef | null {
  const spans: RefSpan[] = [
    ...orgMentions.map((m) => ({ start: m.start, end: m.end, ref: { kind: 'org', index: m.entity } as EntityRef })),
    ...personRefs.map((p) => ({ start: p.start, end: p.end, ref: { kind: 'person', index: p.person } as EntityRef })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);

  return (start: number, end: number): EntityRef | null => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as RefSpan).start < start) lo = mid + 1;
      else hi = mid;
    }
    let best: RefSpan | null = null;
    for (let i = lo; i < spans.length && (spans[i] as RefSpan).start < end; i++) {
      const s = spans[i] as RefSpan;
      if (s.end > end) continue;
      if (!best || s.end > best.end || (s.end === best.end && s.start < best.start) || (s.end === best.end && s.start === best.start && s.ref.kind === 'person')) best = s;
    }
    if (!best || !onlyFunctionalBetween(ctx, best.end, end)) return null;
    return best.ref;
  };
}

/** Whether `[from, to)` holds nothing but spaces, punctuation, particles, endings and the copula. */
function onlyFunctionalBetween(ctx: Ctx, from: number, to: number): boolean {
  if (from >= to) return true;
  let covered = 0;
  for (const t of tokensIn(ctx.doc, from, to)) {
    const first = t.tags[0] ?? '';
    const functional = first.startsWith('J') || first.startsWith('E') || first === 'VCP' || (first.startsWith('S') && first !== 'SL' && first !== 'SH' && first !== 'SN') || t.surface === '들' || t.surface === '측';
    if (!functional) return false;
    covered += t.end - t.start;
  }
  let blank = 0;
  for (let i = from; i < to; i++) if (/\s/u.test(ctx.text[i] as string)) blank++;
  return covered + blank >= to - from;
}
