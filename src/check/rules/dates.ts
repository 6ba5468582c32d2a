import type { Path } from '../../load/path.js';
import { isRealDate, looksLikeDate } from '../../model/dates.js';
import { isObj, obj, str } from '../access.js';
import type { RuleContext } from './index.js';

/** Every ISO-looking date in the file exists on the calendar (2025-02-30 does not). */
export function datesAreReal(ctx: RuleContext): void {
  const walk = (v: unknown, path: Path) => {
    if (typeof v === 'string') {
      for (const part of v.includes('..') ? v.split('..') : [v]) {
        if (looksLikeDate(part) && !isRealDate(part)) ctx.report('DATE_INVALID', path, { value: part });
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (isObj(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(ctx.root, []);
}

export function periodIsOrdered(ctx: RuleContext): void {
  const p = obj(ctx.root.period);
  const start = str(p?.start);
  const end = str(p?.end);
  if (isRealDate(start) && isRealDate(end) && end < start)
    ctx.report('PERIOD_REVERSED', ['period', 'end'], { start, end });
}
