import { capitalizeFirst } from '../util/text.js';
import { type IsoDate, iso, lastDayOfMonth, vnDate } from './dates.js';
import { parsePeriod, periodLabel } from './period.js';
import type { Timeframe } from './types.js';

export interface ResolvedTime {
  kind: Timeframe['kind'];
  /** The wording shown in documents: the document's own label, or one generated from the data. */
  label: string;
  /** When work may start (inclusive). */
  start?: IsoDate;
  /** When it is due (inclusive); absent for continuous and unscheduled work. */
  end?: IsoDate;
}

/** The wording generated from the structured time frame, as officers write it. */
export function generatedLabel(tf: Timeframe): string {
  switch (tf.kind) {
    case 'continuous':
      return 'Thường xuyên';
    case 'period': {
      const p = tf.period ? parsePeriod(tf.period) : undefined;
      return p ? capitalizeFirst(periodLabel(p)) : (tf.period ?? '');
    }
    case 'deadline':
      return tf.due ? `Trước ngày ${vnDate(tf.due)}` : '';
    case 'range':
      return tf.start && tf.end ? `Từ ngày ${vnDate(tf.start)} đến ngày ${vnDate(tf.end)}` : '';
    case 'yearly':
      if (tf.month && tf.day)
        return `Trước ngày ${tf.day < 10 ? '0' : ''}${tf.day}/${tf.month <= 2 ? '0' : ''}${tf.month} hằng năm`;
      return tf.month ? `Tháng ${tf.month} hằng năm` : 'Hằng năm';
    case 'unscheduled':
      return tf.label ?? '';
  }
}

/**
 * Dates of a time frame. A yearly duty is due in the year of `asOf` (its month's last day, or the given
 * day); continuous and unscheduled work has no due date.
 */
export function resolveTimeframe(tf: Timeframe, planStart: IsoDate, asOf?: IsoDate): ResolvedTime {
  const label = tf.label ?? generatedLabel(tf);
  switch (tf.kind) {
    case 'continuous':
    case 'unscheduled':
      return { kind: tf.kind, label, start: tf.start ?? planStart };
    case 'period': {
      const p = tf.period ? parsePeriod(tf.period) : undefined;
      return p ? { kind: tf.kind, label, start: p.start, end: p.end } : { kind: tf.kind, label };
    }
    case 'deadline':
      return { kind: tf.kind, label, start: tf.start ?? planStart, ...(tf.due ? { end: tf.due } : {}) };
    case 'range':
      return {
        kind: tf.kind,
        label,
        ...(tf.start ? { start: tf.start } : {}),
        ...(tf.end ? { end: tf.end } : {}),
      };
    case 'yearly': {
      const y = Number((asOf ?? planStart).slice(0, 4));
      const end = tf.month
        ? tf.day
          ? iso(y, tf.month, tf.day)
          : lastDayOfMonth(y, tf.month)
        : iso(y, 12, 31);
      return { kind: tf.kind, label, start: iso(y, 1, 1), end };
    }
  }
}
