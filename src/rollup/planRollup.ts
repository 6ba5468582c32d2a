import type { Diagnostic } from '../check/diagnostic.js';
import type { IsoDate } from '../model/dates.js';
import { overlaps, parsePeriod } from '../model/period.js';
import type { Plan } from '../model/plan.js';
import type { Indicator } from '../model/types.js';
import type { Mention } from '../model/units.js';
import { type ProgressInput, recordEntries } from '../query/progressEvents.js';
import { status, summarize } from '../query/status.js';
import { reportIndicators } from '../report/reportIndicators.js';
import { reportScope } from '../report/reportScope.js';
import { foldSpace } from '../util/text.js';
import type {
  PlanRollup,
  RollupFigures,
  RollupIndicator,
  RollupOptions,
  RollupTask,
  TargetKind,
} from './types.js';

/** A checked plan as `plan validate` reads it: the plan when it parsed, its records, its diagnostics. */
export interface RollupInput {
  file: string;
  plan: Plan | undefined;
  records: readonly ProgressInput[];
  diagnostics: readonly Diagnostic[];
}

/**
 * One plan's part of a roll-up, small enough to send from a worker thread: its figures on asOf and the
 * rows a workbook lists. A plan with errors keeps only what identifies it and its error count.
 */
export function planRollup(input: RollupInput, opts: RollupOptions): PlanRollup {
  const errors = input.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = input.diagnostics.length - errors;
  const plan = input.plan;
  const base: PlanRollup = {
    file: input.file,
    id: plan?.id ?? null,
    issuer: plan ? plan.units.name(plan.file.issuer.unit) : null,
    level: plan ? issuerLevel(plan) : null,
    title: plan?.title ?? null,
    period: plan ? { ...plan.period, label: plan.file.period.label ?? null } : null,
    labels: { ...((plan?.file.labels ?? {}) as Record<string, string>) },
    errors,
    warnings,
    figures: null,
    tasks: [],
    overdueReports: [],
    indicators: [],
  };
  if (!plan || errors > 0) return base;
  if (opts.period && !overlaps(plan.period, opts.period))
    return { ...base, figures: figures(plan, [], [], undefined) };

  const report = status(plan, input.records, { asOf: opts.asOf });
  let tasks = report.tasks;
  let obligations = report.obligations;
  const scope =
    opts.period || plan.indicators.length > 0
      ? reportScope(
          plan,
          input.records,
          opts.period ?? parsePeriod(`${plan.period.start}..${plan.period.end}`)!,
          opts.asOf,
        )
      : undefined;
  if (opts.period && scope) {
    const inPeriod = new Set(scope.tasks.map((t) => t.id));
    const { start, end } = opts.period;
    tasks = tasks.filter((t) => inPeriod.has(t.task.id));
    obligations = obligations.filter((o) => o.due !== undefined && start <= o.due && o.due <= end);
  }
  const names = (list: readonly Mention[]) =>
    [...new Set(list.map((m) => m.id))].map((id) => plan.units.name(id));
  const rows: RollupTask[] = (opts.withTasks === false ? [] : tasks).map((t) => {
    const last = t.events.at(-1);
    return {
      id: t.task.id,
      number: t.task.number,
      title: t.task.short,
      lead: names(t.task.lead),
      support: names(t.task.support),
      time: t.time?.label ?? '',
      status: t.code,
      due: t.due ?? null,
      daysLate: t.daysLate ?? null,
      lastResult: last ? { date: last.date, text: foldSpace(last.text.join(' ')) } : null,
    };
  });
  const indicators: RollupIndicator[] = [];
  if (scope && plan.indicators.length > 0) {
    const table = reportIndicators(scope);
    plan.indicators.forEach(({ indicator }, k) => {
      const r = table?.rows[k];
      indicators.push({
        id: indicator.id,
        name: foldSpace(indicator.name),
        unit: indicator.unit ?? null,
        kind: targetKind(indicator),
        target: indicator.target ?? null,
        result: r?.resultValue ?? null,
        met: r?.met ?? null,
      });
    });
  }
  return {
    ...base,
    figures: figures(plan, tasks, obligations, input.records, opts.asOf),
    tasks: rows,
    overdueReports: (opts.withReports === false ? [] : obligations)
      .filter((o) => o.code === 'overdue' && o.due !== undefined)
      .map((o) => ({
        unitId: o.unit,
        unit: plan.units.name(o.unit),
        subject: o.obligation.duty.subject ?? null,
        due: o.due!,
        daysLate: o.daysLate ?? 0,
      })),
    indicators,
  };
}

function figures(
  _plan: Plan,
  tasks: Parameters<typeof summarize>[0],
  obligations: Parameters<typeof summarize>[1],
  records: readonly ProgressInput[] | undefined,
  asOf?: IsoDate,
): RollupFigures {
  const s = summarize(tasks, obligations);
  return {
    tasks: {
      total: s.tasks.total,
      doneOnTime: s.tasks.doneOnTime,
      doneLate: s.tasks.doneLate,
      inTime: s.tasks.inTime,
      overdue: s.tasks.overdue,
      continuous: s.tasks.continuous,
    },
    reports: {
      total: s.obligations.total,
      received: s.obligations.received,
      receivedLate: s.obligations.receivedLate,
      pending: s.obligations.pending,
      overdue: s.obligations.overdue,
    },
    lastRecord: records && asOf ? lastRecord(records, asOf) : null,
  };
}

function lastRecord(records: readonly ProgressInput[], asOf: IsoDate): IsoDate | null {
  let last: IsoDate | null = null;
  for (const { record: r } of recordEntries(records)) {
    const d = r.kind === 'note' ? String(r.date) : r.kind === 'report' ? String(r.received) : undefined;
    if (d && d <= asOf && (last === null || d > last)) last = d;
  }
  return last;
}

/** The same reading as the period report: a ceiling is met at or below, a floor at or above. */
export function targetKind(i: Indicator): TargetKind {
  if (i.comparator === 'max') return 'ceiling';
  if (i.comparator === 'min') return 'floor';
  if (i.direction === 'decrease') return 'ceiling';
  if (i.direction === 'maintain') return 'level';
  return 'floor';
}

/** Administrative levels, longest first so "thị xã" is not read as "xã". */
const LEVELS = ['đặc khu', 'thị trấn', 'thị xã', 'thành phố', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'];
/** Each level as a word of a name, compiled once (per plan they cost 3 % of a roll-up). */
const LEVEL_WORDS = LEVELS.map((level) => ({ level, re: new RegExp(`(?:^|\\s)${level}(?=\\s|$)`, 'u') }));

/** The issuing body's level, from its official name ("Ủy ban nhân dân xã Minh Long" → "xã"). */
export function issuerLevel(plan: Plan): string | null {
  const names = [plan.units.name(plan.file.issuer.unit), ...(plan.file.issuer.lines ?? []).slice(-1)];
  for (const name of names) {
    // toLowerCase: for Vietnamese the same letters as toLocaleLowerCase('vi'), without asking ICU (src/util/text.ts).
    const text = name.normalize('NFC').toLowerCase();
    let best: { at: number; level: string } | null = null;
    for (const { level, re } of LEVEL_WORDS) {
      const m = re.exec(text);
      if (
        m &&
        (best === null || m.index < best.at || (m.index === best.at && level.length > best.level.length))
      )
        best = { at: m.index, level };
    }
    if (best) return best.level;
  }
  return null;
}
