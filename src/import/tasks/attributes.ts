/**
 * The lines under a task that say who and when: "Cơ quan chủ trì: …", "Cơ quan, đơn vị phối hợp thực
 * hiện: …", "Thời gian thực hiện: …", with or without the leading "-", in any order.
 */
import type { TaskFile } from '../../model/types.js';
import { capitalizeFirst, nameKey } from '../../util/text.js';
import { lower } from '../source/fold.js';

export type AttributeKind = 'lead' | 'support' | 'time' | 'output';

export interface Attribute {
  kind: AttributeKind;
  /** The label as written, normalised ("Cơ quan thực hiện"). */
  label: string;
  value: string;
}

const LABELS: [RegExp, AttributeKind][] = [
  [/^(cơ quan|đơn vị|cơ quan, đơn vị|đơn vị, cơ quan)? ?phối hợp( thực hiện)?$/u, 'support'],
  [/^(cơ quan|đơn vị|cơ quan, đơn vị)? ?chủ trì( thực hiện)?$/u, 'lead'],
  [
    /^(cơ quan|đơn vị|cơ quan, đơn vị|đơn vị, cơ quan) thực hiện$|^trách nhiệm thực hiện$|^đơn vị thực hiện$/u,
    'lead',
  ],
  [/^(thời gian|thời hạn)( thực hiện| hoàn thành)?$|^tiến độ( thực hiện| hoàn thành)?$/u, 'time'],
  [/^(sản phẩm|kết quả)( dự kiến| đầu ra)?$/u, 'output'],
];

/** The labels the plan format can keep; any other wording falls back to the default label. */
export const LEAD_LABELS: readonly NonNullable<TaskFile['leadLabel']>[] = [
  'Cơ quan chủ trì',
  'Đơn vị chủ trì',
  'Cơ quan thực hiện',
  'Đơn vị thực hiện',
];
export const SUPPORT_LABELS: readonly NonNullable<TaskFile['supportLabel']>[] = [
  'Cơ quan, đơn vị phối hợp thực hiện',
  'Cơ quan phối hợp',
  'Đơn vị phối hợp',
  'Cơ quan, đơn vị phối hợp',
];
export const TIME_LABELS: readonly NonNullable<TaskFile['timeLabel']>[] = [
  'Thời gian thực hiện',
  'Thời gian hoàn thành',
  'Thời hạn hoàn thành',
  'Thời hạn thực hiện',
];

export function parseAttribute(text: string): Attribute | undefined {
  const t = text.trim();
  const colon = /^([^:]{3,60}?)\s*:\s*(.*)$/su.exec(t);
  if (colon) {
    const key = lower(colon[1]!);
    const hit = LABELS.find(([re]) => re.test(key));
    if (hit) return { kind: hit[1], label: normalLabel(colon[1]!), value: colon[2]!.trim() };
  }
  // "Thời gian thực hiện sau khi Chiến lược … được ban hành." — no colon.
  const bare = /^(thời gian thực hiện|thời gian hoàn thành|thời hạn hoàn thành)\s+(\S.*)$/iu.exec(t);
  if (bare) return { kind: 'time', label: normalLabel(bare[1]!), value: capitalizeFirst(bare[2]!.trim()) };
  return undefined;
}

const normalLabel = (s: string) => capitalizeFirst(s.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('vi'));

/** The label to store: only when it is one the format knows and not the default one. */
export function keptLabel<T extends string>(
  label: string,
  allowed: readonly T[],
  fallback: T,
): T | undefined {
  const hit = allowed.find((a) => nameKey(a) === nameKey(label));
  return hit && hit !== fallback ? hit : undefined;
}
