import { common, errors, help, validate } from './core.js';
import { diag } from './diag.js';

/** The Vietnamese catalogue: the default, and the shape every other language must fill. */
export const vi = { errors, common, validate, help, diag };
