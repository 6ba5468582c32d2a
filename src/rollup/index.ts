/**
 * The roll-up of many plans, as data: `planRollup` reduces one checked plan to its figures and rows
 * (small enough to come back from a worker thread), `rollup` puts the parts together. Pure: no I/O.
 * `plan rollup` and the province site both build on these.
 */
export { issuerLevel, planRollup, type RollupInput, targetKind } from './planRollup.js';
export {
  type AggregateOptions,
  addFigures,
  compareIndicators,
  emptyFigures,
  groupValue,
  median,
  rollup,
} from './rollup.js';
export { rollupJson } from './rollupJson.js';
export type * from './types.js';

import { planRollup, type RollupInput } from './planRollup.js';
import { type AggregateOptions, rollup } from './rollup.js';
import type { Rollup } from './types.js';

/** The whole roll-up of plans already checked in this thread (the province site, small folders). */
export const rollupPlans = (inputs: readonly RollupInput[], opts: AggregateOptions): Rollup =>
  rollup(
    inputs.map((i) => planRollup(i, opts)),
    opts,
  );
