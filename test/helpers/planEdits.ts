import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export const SHIPPED = join(ROOT, 'plans/minh-long-2025-h2/plan.yaml');
export const shippedText = (): string => readFileSync(SHIPPED, 'utf8');

/**
 * The edits an officer makes (issue 3): a new task, a unit renamed in the registry, a moved deadline.
 * Each is a text edit of the shipped plan that keeps it valid.
 */
export const EDITS = {
  newTask: (t: string): string =>
    t.replace(
      '    tasks:\n      - id: chuong-trinh-vi-tre-em',
      [
        '    tasks:',
        '      - id: ngay-hoi-thieu-nhi',
        '        title: Tổ chức Ngày hội thiếu nhi của xã.',
        '        lead: [doan-thanh-nien]',
        '        support: [cac-thon]',
        '        timeframe: { kind: deadline, due: 2025-12-20 }',
        '      - id: chuong-trinh-vi-tre-em',
      ].join('\n'),
    ),
  renameUnit: (t: string): string =>
    t.replace('    name: Phòng Văn hóa - Xã hội xã\n', '    name: Phòng Văn hóa và Xã hội xã\n'),
  moveDeadline: (t: string): string =>
    t.replace(
      'timeframe: { kind: period, period: 2025-Q4 }',
      'timeframe: { kind: deadline, due: 2025-10-06 }',
    ),
};

/** Apply an edit and make sure it changed something (a stale edit would make its test pass vacuously). */
export function edited(edit: (t: string) => string, text = shippedText()): string {
  const out = edit(text);
  if (out === text) throw new Error('the edit no longer applies to the shipped plan');
  return out;
}
