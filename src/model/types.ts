/** The file formats, as generated from the JSON Schemas (src/generated is rebuilt by `npm run build`). */
export type {
  Bullet,
  Citation,
  Indicator,
  Part,
  PlanFile,
  Report as ReportDuty,
  Section,
  Task as TaskFile,
  Timeframe,
  Unit as UnitFile,
  UnitRef,
} from '../generated/plan-file.js';

import type { Assessment, Note, Reminder, Report } from '../generated/progress-file.js';

export type {
  Assessment,
  Figure,
  IndicatorValue,
  Note,
  Reminder,
  Result,
  Status as ProgressStatus,
} from '../generated/progress-file.js';
export type UnitReport = Report;
export type ProgressRecord = UnitReport | Note | Assessment | Reminder;
