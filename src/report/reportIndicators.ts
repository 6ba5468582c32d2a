import { cleanText } from '../document/cleanText.js';
import { reportDoc } from '../i18n/vi/report.js';
import { vnDate } from '../model/dates.js';
import type { Indicator } from '../model/types.js';
import type { IndicatorRow, IndicatorTable } from './reportModel.js';
import type { ReportScope } from './reportScope.js';
import { vnNumber, vnPercent } from './vnNumber.js';

const d = reportDoc;

interface Found {
  value: number;
  note: string;
}

/**
 * The result of each indicator in the period: the officer's figure in the period's assessment wins
 * (it is the compiled one); otherwise the latest figure a unit reported in the period, with its source.
 */
function findValue(id: string, scope: ReportScope): Found | undefined {
  const own = scope.assessment?.indicators?.find((v) => v.id === id);
  if (own) return { value: own.value, note: own.note ? cleanText(own.note) : '' };
  for (const r of [...scope.reports].reverse()) {
    const v = r.indicators?.find((x) => x.id === id);
    if (!v) continue;
    const source = d.indicatorSource(cleanText(scope.plan.units.name(r.unit)), vnDate(r.received));
    return { value: v.value, note: [v.note ? cleanText(v.note) : '', source].filter(Boolean).join('; ') };
  }
  return undefined;
}

/**
 * How a target reads: a ceiling (comparator max, or a target to bring down) is met at or below it; a
 * floor (comparator min, a target to raise, or nothing said) and a level to maintain are met at or above
 * it, and also show the share achieved.
 */
function targetKind(i: Indicator): 'floor' | 'ceiling' | 'level' {
  if (i.comparator === 'max') return 'ceiling';
  if (i.comparator === 'min') return 'floor';
  if (i.direction === 'decrease') return 'ceiling';
  if (i.direction === 'maintain') return 'level';
  return 'floor';
}

function row(i: Indicator, n: number, scope: ReportScope): IndicatorRow {
  const found = findValue(i.id, scope);
  const kind = targetKind(i);
  const target = i.target;
  let rate: string = d.noValue;
  let met: boolean | null = null;
  if (found && target !== undefined) {
    // A floor (and a level to keep) is met at or above it, a ceiling at or below it.
    met = kind === 'ceiling' ? found.value <= target : found.value >= target;
    const verdict = met ? d.met : d.notMet;
    rate =
      kind !== 'ceiling' && target > 0
        ? d.verdictRate(verdict, vnPercent((found.value / target) * 100))
        : verdict;
  }
  return {
    id: i.id,
    no: String(n),
    name: cleanText(i.name),
    unit: i.unit ? cleanText(i.unit) : '',
    target:
      // "≤ 6,5" for a ceiling, but a ceiling of nothing is "0".
      target === undefined
        ? d.noValue
        : kind === 'ceiling' && target !== 0
          ? d.atMost(vnNumber(target))
          : vnNumber(target),
    result: found ? vnNumber(found.value) : d.noData,
    rate,
    note: found?.note ?? '',
    targetValue: target ?? null,
    resultValue: found?.value ?? null,
    met,
  };
}

/** The table of the plan's indicators with their results in the period, or null when it has none. */
export function reportIndicators(scope: ReportScope): IndicatorTable | null {
  const list = scope.plan.indicators.map((x) => x.indicator);
  if (list.length === 0) return null;
  return { headers: { ...d.table }, rows: list.map((i, k) => row(i, k + 1, scope)) };
}
