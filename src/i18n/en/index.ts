import type { Catalog } from '../index.js';
import { common, errors, help, validate } from './core.js';
import { diag } from './diag.js';

export const en: Catalog = { errors, common, validate, help, diag };
