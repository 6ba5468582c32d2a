import type { IsoDate } from '../../model/dates.js';
import { parsePeriod } from '../../model/period.js';
import type { Timeframe } from '../../model/types.js';
import { slugify } from '../../util/text.js';
import type { PendingRef, UnitBook } from '../units/unitBook.js';
import type { UnitMention } from '../units/unitList.js';
import type { Remarks } from './review.js';

/** What every builder shares while one document is imported. */
export interface BuildContext {
  book: UnitBook;
  remarks: Remarks;
  /** The plan's year, for dates written without one. */
  year: number | undefined;
  /** Dated time frames and report due dates, for working out the plan period. */
  dates: { start?: IsoDate; end?: IsoDate }[];
  taskIds: Set<string>;
}

export const refsOf = (ctx: BuildContext, mentions: readonly UnitMention[]): PendingRef[] =>
  mentions.map((m) => ctx.book.mention(m.text, { sep: m.sep }));

const STOP = new Set([
  'cac',
  'va',
  'cua',
  'cho',
  'tren',
  'nhung',
  'voi',
  've',
  'trong',
  'tai',
  'theo',
  'de',
  'la',
  'co',
  'duoc',
  'mot',
  'so',
  'nham',
  'doi',
  'tu',
  'den',
]);

/** A stable id from the task's words: "Tổ chức các hoạt động Tết Trung thu …" → "to-chuc-hoat-dong-tet". */
export function taskId(ctx: BuildContext, title: string, parent?: string): string {
  const words = slugify(title)
    .split('-')
    .filter((w) => w && !STOP.has(w));
  // Sub-tasks are named inside their parent ("truyen-thong.hoat-dong-1"), so fewer words will do.
  let base = words.slice(0, parent ? 3 : 5).join('-') || 'nhiem-vu';
  if (base.length > 40) base = base.slice(0, 41).replace(/-[^-]*$/u, '');
  if (parent) base = `${parent}.${base}`.slice(0, 78).replace(/[-.]+$/u, '');
  let id = base;
  for (let i = 2; ctx.taskIds.has(id); i++) id = `${base}-${i}`;
  ctx.taskIds.add(id);
  return id;
}

export function noteTime(ctx: BuildContext, tf: Timeframe): void {
  switch (tf.kind) {
    case 'deadline':
      ctx.dates.push({ ...(tf.start ? { start: tf.start } : {}), end: tf.due! });
      break;
    case 'range':
      ctx.dates.push({ start: tf.start!, end: tf.end! });
      break;
    case 'continuous':
    case 'unscheduled':
      if (tf.start) ctx.dates.push({ start: tf.start });
      break;
    case 'period': {
      const p = tf.period ? parsePeriod(tf.period) : undefined;
      if (p) ctx.dates.push({ start: p.start, end: p.end });
      break;
    }
    default:
  }
}
