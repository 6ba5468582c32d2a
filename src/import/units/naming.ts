/** Names the importer makes up: the plan id, the subject used in report titles, the plan's year. */
import type { PlanFile } from '../../model/types.js';
import { slugify } from '../../util/text.js';
import { restoreCase } from '../outline/header.js';
import { isAllCaps } from '../outline/markers.js';

export const yearIn = (s: string): number | undefined => {
  const m = /(?:năm|\/)\s*(20\d{2})\b/u.exec(s);
  return m ? Number(m[1]) : undefined;
};

/** "minh-long-2025-h2": the place, then the period. */
export function planId(place: string | undefined, period: PlanFile['period']): string {
  const p = slugify(place ?? '') || 'ke-hoach';
  const y1 = period.start.slice(0, 4);
  const y2 = period.end.slice(0, 4);
  const start = period.start.slice(5);
  const end = period.end.slice(5);
  let when = y1 === y2 ? y1 : `${y1}-${y2}`;
  if (y1 === y2 && start === '07-01' && end === '12-31') when = `${y1}-h2`;
  else if (y1 === y2 && start === '01-01' && end === '06-30') when = `${y1}-h1`;
  return `${p}-${when}`;
}

/** "Triển khai thực hiện công tác trẻ em trên địa bàn xã … 6 tháng cuối năm 2025" → "công tác trẻ em". */
export function subjectOf(title: string, body: string): string {
  const t = title
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(kế hoạch\s+)?(tổ chức\s+)?(triển khai\s+)?(thực hiện|thi hành)?\s*/iu, '')
    .replace(/\s+(trên địa bàn|tại)\s(?![^“]*”).*$/iu, '')
    .replace(/\s+(6|sáu) tháng (đầu|cuối) năm \d{4}.*$|\s+(quý [ivx\d]+ )?năm \d{4}$|\s+giai đoạn .*$/iu, '')
    .replace(/[.,;:]+$/u, '')
    .trim();
  if (!t) return title.trim() || 'kế hoạch';
  if (!isAllCaps(t)) return t;
  // A title in capitals: the same words as the body writes them, else in lower case.
  const lower = t.toLocaleLowerCase('vi');
  const at = body.toLocaleLowerCase('vi').indexOf(lower);
  return at === -1 ? restoreCase(t, body) : body.slice(at, at + t.length);
}
