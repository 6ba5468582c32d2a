import type { CommandSpec } from './types.js';
import { validate } from './validate.js';

/** Every command, in the order `plan --help` lists them. */
export const specs: CommandSpec[] = [validate];
