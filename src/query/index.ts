/**
 * Where a plan stands, as data: pure functions of (plan, progress records, asOf) that never print.
 * `plan status`, `plan units`, `plan deadlines` and the period report all read the plan through these.
 */
export { type DeadlineItem, type DeadlineOptions, type Deadlines, deadlines } from './deadlines.js';
export { deadlinesJson, type StatusLabels, statusJson, unitsJson } from './json.js';
export {
  DUE_SOON_DAYS,
  type ObligationStatus,
  type ObligationStatusCode,
  obligationStatuses,
} from './obligationStatus.js';
export {
  type ProgressInput,
  type ReceivedReport,
  receivedReports,
  type TaskEvent,
  taskEvents,
} from './progressEvents.js';
export { remindersByUnit, remindersFor, type SentReminder } from './reminders.js';
export {
  hasOverdue,
  involves,
  role,
  type StatusReport,
  type StatusSummary,
  status,
  summarize,
} from './status.js';
export {
  currentPeriod,
  isDone,
  TASK_STATUS_CODES,
  type TaskStatus,
  type TaskStatusCode,
  taskStatuses,
} from './taskStatus.js';
export {
  type SheetDuty,
  type SheetReport,
  type SheetTask,
  type UnitSheet,
  unitSheet,
  unitSheets,
} from './unitSheets.js';
