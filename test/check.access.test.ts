import { describe, expect, it } from 'vitest';
import { eachPart, eachTask, eachUnitRef } from '../src/check/access.js';

/**
 * The walks the rules share are remembered for the last plan asked about (src/check/access.ts): asked
 * again about the same plan they give the same list, asked about another plan (and then the first
 * again) they walk that plan, never answering one plan with another's lists.
 */
const plan = (tag: string, tasks: number) => ({
  units: [{ id: `u-${tag}`, name: `Đơn vị ${tag}` }],
  sections: [
    {
      tasks: Array.from({ length: tasks }, (_, i) => ({
        id: `${tag}-${i}`,
        lead: [`u-${tag}`],
        subtasks: i === 0 ? [{ id: `${tag}-0-a`, lead: [`u-${tag}`] }] : [],
      })),
    },
    { parts: [{ units: [`u-${tag}`], items: [{ units: [`u-${tag}`] }] }] },
  ],
});

describe('the shared walks', () => {
  it('walk each plan they are given, whatever was asked before', () => {
    const a = plan('a', 2);
    const b = plan('b', 3);
    const ids = (root: Record<string, unknown>) => eachTask(root).map((t) => (t.task as { id: string }).id);
    const refs = (root: Record<string, unknown>) => eachUnitRef(root).map((r) => r.ref);
    expect(ids(a)).toEqual(['a-0', 'a-0-a', 'a-1']);
    expect(ids(b)).toEqual(['b-0', 'b-0-a', 'b-1', 'b-2']);
    expect(ids(a)).toEqual(['a-0', 'a-0-a', 'a-1']);
    expect(refs(b)).toEqual(['u-b', 'u-b', 'u-b', 'u-b', 'u-b', 'u-b']);
    expect(refs(a)).toEqual(['u-a', 'u-a', 'u-a', 'u-a', 'u-a']);
    expect(eachTask(a).map((t) => t.number)).toEqual(['1', '1.1', '2']);
    expect(eachPart(b).map((p) => p.path)).toEqual([
      ['sections', 1, 'parts', 0],
      ['sections', 1, 'parts', 0, 'items', 0],
    ]);
  });

  it('walk a plan once while its rules run', () => {
    const a = plan('a', 2);
    expect(eachTask(a)).toBe(eachTask(a));
    expect(eachUnitRef(a)).toBe(eachUnitRef(a));
    // A copy is another plan, even with equal data.
    expect(eachTask(structuredClone(a))).not.toBe(eachTask(a));
  });
});
