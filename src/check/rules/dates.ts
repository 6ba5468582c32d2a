import { isRealDate, looksLikeDate } from '../../model/dates.js';
import { isObj, obj, str } from '../access.js';
import type { RuleContext } from './index.js';

/** Every ISO-looking date in the file exists on the calendar (2025-02-30 does not). */
export function datesAreReal(ctx: RuleContext): void {
  // This visits every value of the plan: a first pass only asks whether any date is wrong, and the
  // paths of the wrong ones are found by a second pass, which a clean plan never takes.
  if (!hasUnrealDate(ctx.root)) return;
  const path: (string | number)[] = [];
  const check = (part: string) => {
    if (unrealDate(part)) ctx.report('DATE_INVALID', [...path], { value: part });
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

const unrealDate = (s: string): boolean => s.length === 10 && looksLikeDate(s) && !isRealDate(s);

function hasUnrealDate(v: unknown): boolean {
  if (typeof v === 'string') {
    // A date is ten characters; a range "a..b" is two of them.
    if (v.length < 10) return false;
    return v.length === 10 ? unrealDate(v) : v.includes('..') && v.split('..').some(unrealDate);
  }
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (hasUnrealDate(v[i])) return true;
    return false;
  }
  for (const k in v) if (hasUnrealDate((v as Record<string, unknown>)[k])) return true;
  return false;
}

export function periodIsOrdered(ctx: RuleContext): void {
  const p = obj(ctx.root.period);
  const start = str(p?.start);
  const end = str(p?.end);
  if (isRealDate(start) && isRealDate(end) && end < start)
    ctx.report('PERIOD_REVERSED', ['period', 'end'], { start, end });
}
