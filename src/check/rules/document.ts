import { isRealDate, vnDate } from '../../model/dates.js';
import { arr, eachTask, obj, str } from '../access.js';
import type { RuleContext } from './index.js';

/** ND30 number and symbol: the symbol starts with the type ("KH-…"), numbers below 10 take a zero. */
export function documentNumberIsWellFormed(ctx: RuleContext): void {
  const doc = obj(ctx.root.document);
  if (!doc) return;
  const type = str(doc.type);
  const symbol = str(doc.symbol);
  if (type && symbol && !symbol.startsWith(`${type}-`))
    ctx.report('DOC_SYMBOL_TYPE', ['document', 'symbol'], { symbol, type });
  const n = doc.number;
  const digits = typeof n === 'number' && Number.isInteger(n) ? String(n) : str(n);
  if (digits && /^[1-9]$/u.test(digits)) {
    ctx.report('DOC_NUMBER_ZERO_PAD', ['document', 'number'], { number: digits, expected: `0${digits}` });
  }
  const date = str(doc.date);
  const end = str(obj(ctx.root.period)?.end);
  if (isRealDate(date) && isRealDate(end) && date > end)
    ctx.report('DOC_DATE_OUTSIDE', ['document', 'date'], { date });
}

/** The structured citation agrees with its own wording. */
export function citationsMatchText(ctx: RuleContext): void {
  arr(obj(ctx.root.basis)?.items).forEach((c, i) => {
    const o = obj(c);
    const text = str(o?.text);
    if (!o || !text) return;
    const number = str(o.number);
    // A malformed number is the schema's finding; comparing it with the text would only repeat it.
    if (number && /^\S+$/u.test(number) && !text.includes(number))
      ctx.report('CITATION_TEXT_MISMATCH', ['basis', 'items', i, 'number'], {
        field: 'number',
        value: number,
      });
    const date = str(o.date);
    if (isRealDate(date) && !dateForms(date).some((f) => text.includes(f))) {
      ctx.report('CITATION_TEXT_MISMATCH', ['basis', 'items', i, 'date'], {
        field: 'date',
        value: vnDate(date),
      });
    }
  });
}

/** The ways a date is written in citations: 31/3/2025, 31/03/2025, ngày 31 tháng 3 năm 2025. */
function dateForms(date: string): string[] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const ds = [String(d), String(d).padStart(2, '0')];
  const ms = [String(m), String(m).padStart(2, '0')];
  return ds.flatMap((dd) =>
    ms.flatMap((mm) => [`${dd}/${mm}/${y}`, `${dd} tháng ${mm} năm ${y}`, `${dd}-${mm}-${y}`]),
  );
}

export function requiredPartsArePresent(ctx: RuleContext): void {
  if (Array.isArray(ctx.root.sections) && eachTask(ctx.root).length === 0)
    ctx.report('PLAN_NO_TASKS', ['sections'], {});
  if (ctx.root.recipients === undefined) ctx.report('PLAN_PART_MISSING', [], { part: 'recipients' });
  if (ctx.root.signature === undefined) ctx.report('PLAN_PART_MISSING', [], { part: 'signature' });
  if (obj(ctx.root.document) && obj(ctx.root.document)?.subject === undefined) {
    ctx.report('PLAN_PART_MISSING', ['document'], { part: 'subject' });
  }
}
