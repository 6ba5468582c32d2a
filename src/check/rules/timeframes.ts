import type { Path } from '../../load/path.js';
import { type IsoDate, isRealDate } from '../../model/dates.js';
import { parsePeriod } from '../../model/period.js';
import { eachPart, eachTask, obj, str } from '../access.js';
import type { RuleContext } from './index.js';

/** Fields each time frame kind uses; others are ignored and flagged. */
const FIELDS: Record<string, string[]> = {
  continuous: ['kind', 'label', 'start'],
  period: ['kind', 'label', 'period'],
  deadline: ['kind', 'label', 'due', 'start'],
  range: ['kind', 'label', 'start', 'end'],
  yearly: ['kind', 'label', 'month', 'day'],
  unscheduled: ['kind', 'label', 'start'],
};

/** Task time frames and reporting deadlines fall inside the plan period. */
export function deadlinesInsidePlanPeriod(ctx: RuleContext): void {
  const period = obj(ctx.root.period);
  const ps = str(period?.start);
  const pe = str(period?.end);
  const havePeriod = isRealDate(ps) && isRealDate(pe) && ps <= pe;

  const tasks = eachTask(ctx.root);
  for (let ti = 0; ti < tasks.length; ti++) {
    const { task, path, number } = tasks[ti]!;
    const tf = obj(task.timeframe);
    if (!tf) continue;
    // The time frame's path, made only for what is reported (a plan has dozens of time frames).
    const at = (...rest: string[]): Path => [...path, 'timeframe', ...rest];
    const kind = str(tf.kind);
    const fields = kind && Object.hasOwn(FIELDS, kind) ? FIELDS[kind] : undefined;
    if (fields) {
      for (const field of Object.keys(tf)) {
        if (!fields.includes(field))
          ctx.report('TIMEFRAME_EXTRA_FIELD', at(field), { kind: kind!, field }, 'key');
      }
    }
    let start: IsoDate | undefined;
    let end: IsoDate | undefined;
    if (kind === 'period' && typeof tf.period === 'string') {
      const p = parsePeriod(tf.period);
      if (!p) {
        // The schema's pattern accepts a reversed range; say so plainly.
        if (/\.\./u.test(tf.period)) ctx.report('PERIOD_EXPR_INVALID', at('period'), { value: tf.period });
        continue;
      }
      start = p.start;
      end = p.end;
    } else if (kind === 'deadline') {
      end = str(tf.due);
      start = str(tf.start) ?? end;
    } else if (kind === 'range') {
      start = str(tf.start);
      end = str(tf.end);
      if (isRealDate(start) && isRealDate(end) && end < start) {
        ctx.report('TIMEFRAME_REVERSED', at('end'), { start, end });
        continue;
      }
    } else continue;
    if (!havePeriod || !isRealDate(start) || !isRealDate(end)) continue;
    // Starting before the plan is normal ("năm 2025" in a plan issued in November); running past its
    // end is what deserves a look.
    const outside = end < ps || start > pe;
    if (!outside && !(end > pe)) continue;
    const args = { number, start, end, periodStart: ps, periodEnd: pe };
    const where = at(kind === 'period' ? 'period' : kind === 'deadline' ? 'due' : 'end');
    ctx.report(outside ? 'TIMEFRAME_OUTSIDE_PERIOD' : 'TIMEFRAME_PARTLY_OUTSIDE', where, args);
  }

  for (const { part, path } of eachPart(ctx.root)) {
    const rep = obj(part.report);
    if (!rep) continue;
    const due = str(rep.due);
    if (havePeriod && isRealDate(due) && (due < ps || due > pe)) {
      ctx.report('REPORT_DUE_OUTSIDE_PERIOD', [...path, 'report', 'due'], {
        due,
        periodStart: ps,
        periodEnd: pe,
      });
    }
    const covers = str(rep.covers);
    if (covers && /\.\./u.test(covers) && !parsePeriod(covers)) {
      ctx.report('PERIOD_EXPR_INVALID', [...path, 'report', 'covers'], { value: covers });
    }
  }
}
