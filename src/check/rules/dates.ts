import { isRealDate, looksLikeDate } from '../../model/dates.js';
import { isObj, obj, str } from '../access.js';
import type { RuleContext } from './index.js';

/** Every ISO-looking date in the file exists on the calendar (2025-02-30 does not). */
export function datesAreReal(ctx: RuleContext): void {
  // One shared path, copied only when something is reported: this walk visits every value of the plan.
  const path: (string | number)[] = [];
  const check = (part: string) => {
    if (looksLikeDate(part) && !isRealDate(part)) ctx.report('DATE_INVALID', [...path], { value: part });
  };
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.includes('..')) for (const part of v.split('..')) check(part);
      else check(v);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i]);
        path.pop();
      }
    } else if (isObj(v)) {
      for (const k in v) {
        path.push(k);
        walk(v[k]);
        path.pop();
      }
    }
  };
  walk(ctx.root);
}

export function periodIsOrdered(ctx: RuleContext): void {
  const p = obj(ctx.root.period);
  const start = str(p?.start);
  const end = str(p?.end);
  if (isRealDate(start) && isRealDate(end) && end < start)
    ctx.report('PERIOD_REVERSED', ['period', 'end'], { start, end });
}
