import type { Catalog } from '../index.js';
import { common, errors, help, validate } from './core.js';
import { diag } from './diag.js';
import { importErrors, importText } from './import.js';
import { render, renderErrors } from './render.js';
import { report, reportErrors } from './report.js';
import { rollup } from './rollup.js';
import { status, statusErrors } from './status.js';

export const en: Catalog = {
  errors: { ...errors, ...renderErrors, ...statusErrors, ...importErrors, ...reportErrors },
  common,
  validate,
  help,
  diag,
  render,
  status,
  report,
  import: importText,
  rollup,
};
