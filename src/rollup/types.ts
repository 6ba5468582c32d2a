import type { IsoDate } from '../model/dates.js';
import type { Period } from '../model/period.js';
import type { ObligationStatusCode } from '../query/obligationStatus.js';
import type { TaskStatusCode } from '../query/taskStatus.js';

/** What a roll-up is computed for: the day it stands on, and optionally the period it counts. */
export interface RollupOptions {
  asOf: IsoDate;
  /** Count only tasks whose time falls in the period, reports due in it, indicator results from it. */
  period?: Period;
  /** Keep every task's row (for a workbook); without it a part carries only figures, reports, indicators. */
  withTasks?: boolean;
  /** Keep the list of overdue reports (default true); the text table only needs their count. */
  withReports?: boolean;
}

/** The counts of one plan (or summed over several). Language-free: codes and numbers only. */
export interface RollupFigures {
  tasks: {
    total: number;
    doneOnTime: number;
    doneLate: number;
    inTime: number;
    overdue: number;
    continuous: number;
  };
  reports: {
    /** Dated reporting duties (an undated one cannot be late, so is not counted). */
    total: number;
    received: number;
    receivedLate: number;
    pending: number;
    overdue: number;
  };
  /** The latest record (note or unit report) dated on or before asOf. */
  lastRecord: IsoDate | null;
}

/** One task of one plan, as the task sheet of a workbook lists it. */
export interface RollupTask {
  id: string;
  number: string;
  title: string;
  lead: string[];
  support: string[];
  /** The time frame as the document words it ("Tháng 11/2025", "Thường xuyên"). */
  time: string;
  status: TaskStatusCode;
  due: IsoDate | null;
  daysLate: number | null;
  lastResult: { date: IsoDate; text: string } | null;
}

export interface RollupOverdueReport {
  unitId: string;
  /** The unit's official name. */
  unit: string;
  subject: string | null;
  due: IsoDate;
  daysLate: number;
}

/** How an indicator's target reads: a floor to reach, a ceiling not to pass, a level to keep. */
export type TargetKind = 'floor' | 'ceiling' | 'level';

export interface RollupIndicator {
  id: string;
  name: string;
  unit: string | null;
  kind: TargetKind;
  target: number | null;
  result: number | null;
  /** Whether the result meets the target; null when there is no result or it cannot be judged. */
  met: boolean | null;
}

/** One plan's part of a roll-up: who issued it, its figures, and the rows the workbook lists. */
export interface PlanRollup {
  /** The plan file as shown to the user. */
  file: string;
  id: string | null;
  issuer: string | null;
  /** The issuing body's level (xã, phường, tỉnh…), read from its name. */
  level: string | null;
  title: string | null;
  period: { start: IsoDate; end: IsoDate; label: string | null } | null;
  labels: Record<string, string>;
  errors: number;
  warnings: number;
  /** Null for a plan with errors: it is listed, never counted. */
  figures: RollupFigures | null;
  tasks: RollupTask[];
  overdueReports: RollupOverdueReport[];
  indicators: RollupIndicator[];
}

/** An indicator declared (by the same id) in several plans, compared across them. */
export interface IndicatorComparison {
  id: string;
  name: string;
  unit: string | null;
  /** A rate (%, ‰) is compared by its spread; a count is summed. */
  aggregate: 'sum' | 'spread';
  plans: {
    file: string;
    id: string | null;
    issuer: string | null;
    target: number | null;
    result: number | null;
    met: boolean | null;
  }[];
  /** Plans whose result meets their target. */
  meeting: number;
  withResult: number;
  sum: { target: number | null; result: number | null } | null;
  spread: { min: number; median: number; max: number } | null;
}

export interface RollupGroup {
  value: string | null;
  plans: number;
  figures: RollupFigures;
}

export interface Rollup {
  asOf: IsoDate;
  period: { start: IsoDate; end: IsoDate } | null;
  /** Plans without errors, latest first (most overdue work, then most done late). */
  plans: PlanRollup[];
  /** Plans with errors: listed with their error count, left out of every figure. */
  invalid: PlanRollup[];
  totals: RollupFigures;
  groupBy: string | null;
  groups: RollupGroup[];
  indicators: IndicatorComparison[];
}

export type { ObligationStatusCode, TaskStatusCode };
