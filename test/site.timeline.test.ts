import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlanFolder } from '../src/check/checkFolder.js';
import { setLang } from '../src/i18n/index.js';
import { planAt } from '../src/load/discover.js';
import type { Plan } from '../src/model/plan.js';
import type { ProgressInput } from '../src/query/progressEvents.js';
import { status } from '../src/query/status.js';
import { timelineSvg } from '../src/site/timeline.js';
import { ROOT } from './helpers/cli.js';

/** The timeline's geometry, read back from the SVG it writes: bars sit over their dates. */
let plan: Plan;
let records: ProgressInput[];

beforeAll(async () => {
  await setLang('vi');
  const checked = await checkPlanFolder(
    planAt(join(ROOT, 'test/fixtures/progress/transitions/plan.yaml'), ROOT),
  );
  plan = checked.plan!;
  records = checked.records;
});

type Node = Record<string, unknown>;
const parse = (svg: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (_n: string, _p: unknown, _l: boolean, attr: boolean) => !attr,
  }).parse(svg) as Node;

/** Every element with the given class, anywhere in the tree. */
function byClass(node: unknown, cls: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const n of node) byClass(n, cls, out);
  else if (node && typeof node === 'object') {
    const n = node as Node;
    if (typeof n.class === 'string' && n.class.split(' ').includes(cls)) out.push(n);
    for (const v of Object.values(n)) if (typeof v === 'object') byClass(v, cls, out);
  }
  return out;
}

// The chart spans x = 345 … 790 for the plan's days (2025: 365 days).
const X0 = 345;
const X1 = 790;
const dayX = (dayOfYear: number) => X0 + (dayOfYear / 365) * (X1 - X0);

describe('timeline SVG', () => {
  it('draws each dated task as a bar from its start to the end of its due day', () => {
    const svg = timelineSvg(plan, status(plan, records, { asOf: '2025-11-20' })).value;
    const bars = byClass(parse(svg), 'bar');
    const bar = (id: string) => {
      const b = bars.find((x) => x['data-task'] === id)!;
      return { x: Number(b.x), end: Number(b.x) + Number(b.width), status: b['data-status'] };
    };
    // Due 31/3: from 1/1 (day 0) to the end of day 90.
    expect(bar('xong-dung-han').x).toBeCloseTo(dayX(0), 1);
    expect(bar('xong-dung-han').end).toBeCloseTo(dayX(90), 1);
    expect(bar('xong-dung-han').status).toBe('done-on-time');
    // Overdue since 30/6.
    expect(bar('han-chot')).toMatchObject({ status: 'overdue' });
    expect(bar('han-chot').end).toBeCloseTo(dayX(181), 1);
    // The as-of line on 20/11 (day 323), through the middle of the day.
    const asOf = byClass(parse(svg), 'as-of')[0]!;
    const line = (asOf.line as Node[])[0]!;
    expect(Number(line.x1)).toBeCloseTo(dayX(323.5), 1);
    // Month ticks for a one-year plan, the first with its year.
    const labels = (byClass(parse(svg), 'axis')[0]!.text as Node[]).map((t) => t['#text']);
    expect(labels).toEqual(['T1/2025', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']);
  });

  it('leaves out the as-of line when the date is outside the picture', async () => {
    // The shipped plan has no yearly duty (which would follow asOf into its year), so its picture is
    // its period, 1/7–31/12/2025.
    const shipped = await checkPlanFolder(planAt(join(ROOT, 'plans/minh-long-2025-h2/plan.yaml'), ROOT));
    const svg = timelineSvg(shipped.plan!, status(shipped.plan!, [], { asOf: '2026-03-01' })).value;
    expect(byClass(parse(svg), 'as-of')).toEqual([]);
    expect(byClass(parse(svg), 'bar')).toHaveLength(1);
    const inside = timelineSvg(shipped.plan!, status(shipped.plan!, [], { asOf: '2025-12-31' })).value;
    expect(byClass(parse(inside), 'as-of')).toHaveLength(1);
  });
});
