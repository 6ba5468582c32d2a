import type { Catalog } from '../index.js';
import { common, errors, help, validate } from './core.js';
import { diag } from './diag.js';
import { importErrors, importText } from './import.js';
import { receive, receiveErrors } from './receive.js';
import { remind, remindErrors } from './remind.js';
import { render, renderErrors } from './render.js';
import { report, reportErrors } from './report.js';
import { rollup } from './rollup.js';
import { site, siteErrors } from './site.js';
import { status, statusErrors } from './status.js';

export const en: Catalog = {
  errors: {
    ...errors,
    ...renderErrors,
    ...statusErrors,
    ...importErrors,
    ...reportErrors,
    ...remindErrors,
    ...siteErrors,
    ...receiveErrors,
  },
  common,
  validate,
  help,
  diag,
  render,
  status,
  report,
  remind,
  import: importText,
  site,
  rollup,
  receive,
};
