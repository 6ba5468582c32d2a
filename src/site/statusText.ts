import type { ObligationStatus } from '../query/obligationStatus.js';
import type { TaskStatus } from '../query/taskStatus.js';
import { obligationCell, taskCell } from '../render/terminal/statusCells.js';

/** The status words of a task, as the terminal table says them, one entry per line. */
export const statusText = (t: TaskStatus): string[] => taskCell(t).split('\n');

export const obligationText = (x: ObligationStatus): string => obligationCell(x);
