import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseYamlFile } from '../src/load/yamlFile.js';
import { Plan } from '../src/model/plan.js';
import type { PlanFile, ProgressRecord } from '../src/model/types.js';
import {
  deadlines,
  obligationStatuses,
  type ProgressInput,
  status,
  taskStatuses,
  unitSheets,
} from '../src/query/index.js';
import { ROOT, runCli } from './helpers/cli.js';

// A full-year plan with one task per kind of time frame and progress that moves each through its states.
const FIXTURE = join(ROOT, 'test/fixtures/progress/transitions');

let plan: Plan;
let records: ProgressInput[];

/** The core works on checked data; the fixture is checked by the real CLI, then read directly. */
beforeAll(() => {
  const checked = runCli(['validate', FIXTURE]);
  expect(checked.stdout + checked.stderr).toMatch(/hợp lệ/u);
  expect(checked.code).toBe(0);
  const read = (f: string) => parseYamlFile(readFileSync(f, 'utf8'), f).value;
  plan = new Plan(
    read(join(FIXTURE, 'plan.yaml')) as PlanFile,
    readFileSync(join(FIXTURE, 'plan.yaml'), 'utf8'),
  );
  records = readdirSync(join(FIXTURE, 'progress'))
    .sort()
    .map((f) => ({ file: f, record: read(join(FIXTURE, 'progress', f)) as ProgressRecord }));
});

const task = (id: string, asOf: string) => {
  const t = taskStatuses(plan, records, asOf).find((s) => s.task.id === id)!;
  return { code: t.code, daysLate: t.daysLate, completedOn: t.completedOn, lastReport: t.lastReport };
};

describe('task status over time', () => {
  it('a deadline task: not due, in progress, on the due day, then overdue', () => {
    expect(task('han-chot', '2025-05-01')).toMatchObject({ code: 'not-due', lastReport: undefined });
    expect(task('han-chot', '2025-05-10')).toMatchObject({ code: 'in-progress', lastReport: '2025-05-10' });
    expect(task('han-chot', '2025-06-30')).toMatchObject({ code: 'in-progress', daysLate: undefined });
    expect(task('han-chot', '2025-07-01')).toMatchObject({ code: 'overdue', daysLate: 1 });
    expect(task('han-chot', '2025-09-15')).toMatchObject({ code: 'overdue', daysLate: 77 });
  });

  it('finished on the due date is on time; records dated after asOf are not seen', () => {
    expect(task('xong-dung-han', '2025-03-30')).toMatchObject({ code: 'not-due' });
    expect(task('xong-dung-han', '2025-03-31')).toMatchObject({
      code: 'done-on-time',
      completedOn: '2025-03-31',
    });
  });

  it('done late uses the completion date the report gives, from the day the report arrives', () => {
    expect(task('xong-tre-han', '2025-04-30')).toMatchObject({ code: 'not-due' });
    expect(task('xong-tre-han', '2025-05-01')).toMatchObject({ code: 'overdue', daysLate: 1 });
    expect(task('xong-tre-han', '2025-05-09')).toMatchObject({ code: 'overdue', daysLate: 9 });
    expect(task('xong-tre-han', '2025-05-10')).toMatchObject({
      code: 'done-late',
      completedOn: '2025-05-05',
      daysLate: 5,
    });
  });

  it('a two-lead task is finished only when both leads have reported it finished', () => {
    const at = (d: string) => taskStatuses(plan, records, d).find((s) => s.task.id === 'hai-chu-tri')!;
    expect(at('2025-07-01').code).toBe('not-due');
    expect(at('2025-09-10')).toMatchObject({ code: 'in-progress', leadsDone: ['doan'] });
    expect(at('2025-09-30').code).toBe('in-progress');
    expect(at('2025-10-01')).toMatchObject({ code: 'overdue', daysLate: 1 });
    // The second lead's note names the task by its number ("4").
    expect(at('2025-10-02')).toMatchObject({
      code: 'done-late',
      completedOn: '2025-10-02',
      daysLate: 2,
      leadsDone: ['vhxh', 'doan'],
    });
  });

  it('a continuous task is flagged when nothing was reported in the current half-year', () => {
    const at = (d: string) => taskStatuses(plan, records, d).find((s) => s.task.id === 'thuong-xuyen')!;
    expect(at('2025-03-01')).toMatchObject({
      code: 'continuous',
      reportedInPeriod: false,
      currentPeriod: { start: '2025-01-01', end: '2025-06-30' },
    });
    expect(at('2025-04-01')).toMatchObject({
      code: 'continuous',
      reportedInPeriod: true,
      lastReport: '2025-03-15',
    });
    expect(at('2025-08-01')).toMatchObject({
      code: 'continuous',
      reportedInPeriod: false,
      lastReport: '2025-03-15',
      currentPeriod: { start: '2025-07-01', end: '2025-12-31' },
    });
    // After the plan period there is no current period to report in.
    expect(at('2026-02-01')).toMatchObject({ reportedInPeriod: undefined, currentPeriod: undefined });
  });

  it('a yearly task is due in the year of asOf', () => {
    expect(taskStatuses(plan, records, '2025-11-20').find((s) => s.task.id === 'hang-nam')).toMatchObject({
      code: 'not-due',
      due: '2025-12-15',
    });
    expect(task('hang-nam', '2025-12-16')).toMatchObject({ code: 'overdue', daysLate: 1 });
  });

  it('a task with sub-tasks follows them: in progress, overdue, then finished late', () => {
    expect(task('co-nhiem-vu-con', '2025-07-15')).toMatchObject({ code: 'not-due' });
    expect(task('co-nhiem-vu-con', '2025-09-01')).toMatchObject({
      code: 'in-progress',
      lastReport: '2025-08-20',
    });
    expect(task('con-hai', '2025-11-01')).toMatchObject({ code: 'overdue', daysLate: 1 });
    expect(task('co-nhiem-vu-con', '2025-11-01')).toMatchObject({ code: 'overdue', daysLate: 1 });
    expect(task('co-nhiem-vu-con', '2025-11-05')).toMatchObject({
      code: 'done-late',
      completedOn: '2025-11-05',
    });
  });

  it('an unscheduled task is never overdue', () => {
    expect(task('theo-su-kien', '2026-06-01')).toMatchObject({ code: 'not-due', daysLate: undefined });
  });

  it('a group lead is finished when every member is; a supporting unit cannot finish a task', () => {
    expect(task('nhom-chu-tri', '2025-06-10')).toMatchObject({ code: 'in-progress' });
    expect(task('nhom-chu-tri', '2025-06-20')).toMatchObject({
      code: 'done-on-time',
      completedOn: '2025-06-20',
    });
    // thon-mot (support) reported han-chot "hoan-thanh" on 2025-05-20; the lead has not.
    expect(task('han-chot', '2025-06-01').code).toBe('in-progress');
  });
});

describe('reporting obligations', () => {
  const at = (d: string) =>
    obligationStatuses(plan, records, d).map((o) => [
      o.unit,
      o.due,
      o.code,
      o.daysLate ?? o.daysLeft ?? null,
    ]);

  it('pending before the due date, due today on it, overdue after; received and received late', () => {
    expect(at('2025-06-19')).toEqual([
      ['doan', '2025-06-20', 'pending', 1],
      ['thon-hai', '2025-06-20', 'pending', 1],
      ['ca', '2025-12-15', 'pending', 179],
      ['doan', '2025-12-15', 'pending', 179],
      ['ca', '2025-06-20', 'received', null],
      ['thon-mot', '2025-06-20', 'received', null],
    ]);
    expect(at('2025-06-20').filter((r) => r[2] === 'pending' && r[1] === '2025-06-20')).toEqual([
      ['doan', '2025-06-20', 'pending', 0],
      ['thon-hai', '2025-06-20', 'pending', 0],
    ]);
    expect(at('2025-06-25')).toEqual([
      ['thon-hai', '2025-06-20', 'overdue', 5],
      ['doan', '2025-06-20', 'received-late', 5],
      ['ca', '2025-12-15', 'pending', 173],
      ['doan', '2025-12-15', 'pending', 173],
      ['ca', '2025-06-20', 'received', null],
      ['thon-mot', '2025-06-20', 'received', null],
    ]);
  });

  it('a report that covers another period does not satisfy the obligation, nor does one sent before it began', () => {
    const h2 = (d: string) =>
      obligationStatuses(plan, records, d).find((o) => o.unit === 'ca' && o.due === '2025-12-15')!;
    expect(h2('2025-11-30').code).toBe('pending');
    expect(h2('2025-12-01')).toMatchObject({ code: 'received', report: { received: '2025-12-01' } });
    const h1 = obligationStatuses(plan, records, '2025-12-31').find(
      (o) => o.unit === 'ca' && o.due === '2025-06-20',
    )!;
    expect(h1.report).toMatchObject({
      received: '2025-06-18',
      reference: 'Báo cáo số 05/BC-CA ngày 17/6/2025',
    });
  });
});

describe('status, units and deadlines', () => {
  it('counts top-level tasks in the officers’ categories', () => {
    const s = status(plan, records, { asOf: '2025-09-15' }).summary;
    expect(s.tasks).toEqual({
      total: 9,
      done: 3,
      doneOnTime: 2,
      doneLate: 1,
      notDone: 5,
      inTime: 4,
      inProgress: 2,
      notDue: 2,
      overdue: 1,
      continuous: 1,
      continuousUnreported: 1,
    });
    expect(s.obligations).toEqual({ total: 6, received: 3, receivedLate: 1, pending: 2, overdue: 1 });
  });

  it('limits to one unit: tasks it leads or supports through a group, reports its members owe', () => {
    const r = status(plan, records, { asOf: '2025-09-15', unit: 'thon-mot' });
    expect(r.tasks.map((t) => t.task.id)).toEqual(['han-chot', 'nhom-chu-tri']);
    expect(r.obligations.map((o) => o.unit)).toEqual(['thon-mot']);
    const g = status(plan, records, { asOf: '2025-09-15', unit: 'thon' });
    expect(g.tasks.map((t) => t.task.id)).toEqual(['han-chot', 'nhom-chu-tri']);
    expect(g.obligations.map((o) => o.unit).sort()).toEqual(['thon-hai', 'thon-mot']);
    const doan = status(plan, records, { asOf: '2025-09-15', unit: 'doan' });
    expect(doan.tasks.map((t) => t.task.id)).toEqual(['hai-chu-tri']);
  });

  it('assignment sheets skip groups with members and say through which group a unit is named', () => {
    const sheets = unitSheets(plan);
    expect(sheets.map((s) => s.unit.id)).toEqual(['vhxh', 'ca', 'doan', 'thon-mot', 'thon-hai']);
    const thon = sheets.find((s) => s.unit.id === 'thon-mot')!;
    expect(thon.leads.map((t) => [t.task.id, t.via])).toEqual([['nhom-chu-tri', 'thon']]);
    expect(thon.supports.map((t) => [t.task.id, t.via])).toEqual([['han-chot', 'thon']]);
    expect(thon.reports.map((r) => [r.obligation.due, r.via])).toEqual([['2025-06-20', 'thon']]);
  });

  it('deadlines are in date order within the range, one per year for a yearly task', () => {
    const d = deadlines(plan, { from: '2025-06-01', to: '2025-12-31' });
    expect(d.items.map((x) => [x.date, x.kind === 'task' ? x.task.id : x.unit])).toEqual([
      ['2025-06-20', 'ca'],
      ['2025-06-20', 'doan'],
      ['2025-06-20', 'thon-mot'],
      ['2025-06-20', 'thon-hai'],
      ['2025-06-30', 'han-chot'],
      ['2025-06-30', 'nhom-chu-tri'],
      ['2025-08-31', 'con-mot'],
      ['2025-09-30', 'hai-chu-tri'],
      ['2025-10-31', 'con-hai'],
      ['2025-12-15', 'hang-nam'],
      ['2025-12-15', 'ca'],
      ['2025-12-15', 'doan'],
      ['2025-12-31', 'co-nhiem-vu-con'],
    ]);
    expect(d.undatedTasks.map((t) => t.id)).toEqual(['thuong-xuyen', 'theo-su-kien']);
    const twoYears = deadlines(plan, { from: '2025-01-01', to: '2026-12-31' });
    expect(
      twoYears.items.filter((x) => x.kind === 'task' && x.task.id === 'hang-nam').map((x) => x.date),
    ).toEqual(['2025-12-15', '2026-12-15']);
    const uids = twoYears.items.map((x) => x.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('thu-chuyen-trang-thai/task/hang-nam/2026-12-15@kehoach');
  });
});
