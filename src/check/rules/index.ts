import type { Path } from '../../load/path.js';
import type { UnitRegistry } from '../../model/units.js';
import type { Obj } from '../access.js';
import type { Code, DiagnosticArgs } from '../diagnostic.js';
import { datesAreReal, periodIsOrdered } from './dates.js';
import { citationsMatchText, documentNumberIsWellFormed, requiredPartsArePresent } from './document.js';
import { indicatorIdsAreUnique, taskIdsAreUnique, tasksHaveLeadAndTime } from './tasks.js';
import { deadlinesInsidePlanPeriod } from './timeframes.js';
import { groupsHaveNoCycles, unitFormsAreDeclared, unitIdsAreUnique, unitsAreDeclared } from './units.js';

export interface RuleContext {
  root: Obj;
  registry: UnitRegistry;
  report<C extends Code>(code: C, path: Path, args: DiagnosticArgs[C], target?: 'key' | 'value'): void;
  /** Line of a node, for "already used on line N". */
  lineOf(path: Path): number;
}

export type Rule = (ctx: RuleContext) => void;

/** The semantic rules, in the order their findings are most useful to read. */
export const planRules: Rule[] = [
  datesAreReal,
  periodIsOrdered,
  unitIdsAreUnique,
  unitsAreDeclared,
  unitFormsAreDeclared,
  groupsHaveNoCycles,
  taskIdsAreUnique,
  indicatorIdsAreUnique,
  tasksHaveLeadAndTime,
  deadlinesInsidePlanPeriod,
  documentNumberIsWellFormed,
  citationsMatchText,
  requiredPartsArePresent,
];
