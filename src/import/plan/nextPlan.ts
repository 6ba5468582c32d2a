/**
 * `plan init --from`: the same commune's plan for another period. The old file is edited through the
 * yaml Document API, so its comments and order stay: issuer, units, recipients, signature and tasks are
 * carried forward; the document number and date are cleared; every dated time frame becomes
 * "continuous" with a review comment naming the old wording, and reporting deadlines are removed the
 * same way. Nothing dated in the old period survives silently.
 */
import { type Document, isMap, isScalar, isSeq, type Node, parseDocument, type YAMLMap } from 'yaml';
import { msg } from '../../i18n/index.js';
import { iso, vnDate } from '../../model/dates.js';
import { type Period, parsePeriod, periodLabel } from '../../model/period.js';
import { generatedLabel } from '../../model/timeframe.js';
import type { PlanFile, Timeframe } from '../../model/types.js';

export interface NextPlanOptions {
  id: string;
  period: Period;
  /** The old plan as the user named it, for the header comment. */
  from: string;
  schemaPath: string;
}

export interface NextPlan {
  yaml: string;
  reviews: number;
}

/** The period after `start..end`, of the same kind: 2025-H2 → 2026-H1, 2025 → 2026, 2025-Q4 → 2026-Q1. */
export function nextPeriod(start: string, end: string): Period {
  const y = Number(start.slice(0, 4));
  const same = (expr: string) => {
    const p = parsePeriod(expr);
    return p && p.start === start && p.end === end ? p : undefined;
  };
  const year = same(String(y));
  if (year) return parsePeriod(String(y + 1))!;
  for (const h of [1, 2]) if (same(`${y}-H${h}`)) return parsePeriod(h === 1 ? `${y}-H2` : `${y + 1}-H1`)!;
  for (const q of [1, 2, 3, 4])
    if (same(`${y}-Q${q}`)) return parsePeriod(q < 4 ? `${y}-Q${q + 1}` : `${y + 1}-Q1`)!;
  const m = Number(start.slice(5, 7));
  if (same(`${y}-${String(m).padStart(2, '0')}`)) {
    const n = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    return parsePeriod(n)!;
  }
  // Any other span: the same number of days, starting the day after.
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
  const s = new Date(Date.parse(end) + 86_400_000);
  const e = new Date(s.getTime() + days * 86_400_000);
  const isoOf = (d: Date) => iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return parsePeriod(`${isoOf(s)}..${isoOf(e)}`) ?? parsePeriod(String(y + 1))!;
}

/** "2026-h1", "2026", "2026-01-01-2026-03-31": the period as it appears in a plan id. */
export const periodSlug = (p: Period): string => p.expr.toLowerCase().replace(/\.\./gu, '-');

/** The new plan's id: the old one with its period replaced ("minh-long-2025-h2" → "minh-long-2026-h1"). */
export function nextId(oldId: string, oldPeriod: Period | undefined, period: Period): string {
  const slug = periodSlug(period);
  if (oldPeriod) {
    const old = periodSlug(oldPeriod);
    if (oldId.endsWith(old)) return `${oldId.slice(0, -old.length)}${slug}`.replace(/^-+/u, '') || slug;
  }
  const yearAt = /(^|-)\d{4}(-[a-z0-9]+)?$/u.exec(oldId);
  return yearAt
    ? `${oldId.slice(0, yearAt.index)}${yearAt[1]}${slug}`.replace(/^-+/u, '')
    : `${oldId}-${slug}`;
}

export function periodOfPlan(start: string, end: string): Period | undefined {
  const y = start.slice(0, 4);
  for (const e of [y, `${y}-H1`, `${y}-H2`, `${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`, start.slice(0, 7)]) {
    const p = parsePeriod(e);
    if (p && p.start === start && p.end === end) return p;
  }
  return parsePeriod(`${start}..${end}`);
}

export function nextPlanYaml(text: string, file: PlanFile, opts: NextPlanOptions): NextPlan {
  const m = msg().import;
  const doc = parseDocument(text);
  let reviews = 0;
  const review = (node: Node | undefined, line: string) => {
    if (!node) return;
    node.commentBefore = node.commentBefore ? `${node.commentBefore}\n ${line}` : ` ${line}`;
    reviews++;
  };
  const oldPeriod = periodOfPlan(file.period.start, file.period.end);
  const oldLabel =
    file.period.label ?? (oldPeriod && oldPeriod.kind !== 'range' ? periodLabel(oldPeriod) : undefined);
  const newLabel = opts.period.kind === 'range' ? undefined : periodLabel(opts.period);

  // Header: the modeline points at the schema from the new folder, then says where the plan came from.
  const before = (doc.commentBefore ?? '').split('\n').filter((l) => !/yaml-language-server/u.test(l));
  doc.commentBefore = [
    ` yaml-language-server: $schema=${opts.schemaPath}`,
    '',
    ` ${m.fromComment({ from: opts.from, period: newLabel ?? `${vnDate(opts.period.start)}–${vnDate(opts.period.end)}` })}`,
    ...before.filter((l, i) => i > 0 || l.trim()),
  ].join('\n');

  doc.setIn(['id'], opts.id);
  doc.setIn(['document', 'number'], null);
  doc.setIn(['document', 'date'], null);
  doc.setIn(
    ['period'],
    doc.createNode({
      start: opts.period.start,
      end: opts.period.end,
      ...(newLabel ? { label: newLabel } : {}),
    }),
  );

  // The old period's wording in the title and opening becomes the new one; a person reads them anyway.
  if (oldLabel && newLabel) {
    for (const key of [['document', 'title'], ['intro'], ['document', 'subject']])
      replaceIn(doc, key, oldLabel, newLabel);
  }
  review(pairKey(doc, ['document'], 'title'), m.titleReview);
  if (file.basis) review(pairKey(doc, [], 'basis'), m.basisReview);

  // Time frames and reporting deadlines.
  const walkTasks = (path: (string | number)[]) => {
    const seq = doc.getIn(path, true);
    if (!isSeq(seq)) return;
    seq.items.forEach((t, i) => {
      if (!isMap(t)) return;
      const tf = t.get('timeframe', true);
      if (isMap(tf)) {
        const js = tf.toJSON() as Timeframe;
        const dated = js.kind === 'period' || js.kind === 'deadline' || js.kind === 'range';
        if (dated) {
          const was = js.label ?? generatedLabel(js);
          t.set('timeframe', doc.createNode({ kind: 'continuous' }));
          const node = t.get('timeframe', true);
          if (isMap(node)) node.flow = true;
          review(keyOf(t, 'timeframe'), m.clearedTime({ was }));
        } else if (js.start !== undefined) {
          tf.delete('start');
          review(keyOf(t, 'timeframe'), m.clearedTime({ was: js.label ?? generatedLabel(js) }));
        }
      }
      walkTasks([...path, i, 'subtasks']);
    });
  };
  const walkParts = (path: (string | number)[]) => {
    const seq = doc.getIn(path, true);
    if (!isSeq(seq)) return;
    seq.items.forEach((p, i) => {
      if (!isMap(p)) return;
      const rep = p.get('report', true);
      if (isMap(rep)) {
        const due = rep.get('due');
        if (typeof due === 'string') {
          rep.delete('due');
          review(keyOf(p, 'report'), m.clearedDue({ was: vnDate(due) }));
        }
        if (rep.has('covers')) rep.delete('covers');
      }
      walkParts([...path, i, 'items']);
    });
  };
  file.sections.forEach((_, si) => {
    walkTasks(['sections', si, 'tasks']);
    walkParts(['sections', si, 'parts']);
  });
  return { yaml: doc.toString({ lineWidth: 100, flowCollectionPadding: false }), reviews };
}

function pairKey(doc: Document, path: (string | number)[], key: string): Node | undefined {
  const parent = path.length ? doc.getIn(path, true) : doc.contents;
  return isMap(parent) ? keyOf(parent, key) : undefined;
}

function keyOf(map: YAMLMap, key: string): Node | undefined {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

function replaceIn(doc: Document, path: string[], from: string, to: string): void {
  const node = doc.getIn(path, true);
  const fix = (s: unknown) => (typeof s === 'string' ? s.split(from).join(to) : s);
  if (isScalar(node)) node.value = fix(node.value);
  else if (isSeq(node)) for (const item of node.items) if (isScalar(item)) item.value = fix(item.value);
}
