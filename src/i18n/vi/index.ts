import { common, errors, help, validate } from './core.js';
import { diag } from './diag.js';
import { importErrors, importText } from './import.js';
import { receive, receiveErrors } from './receive.js';
import { render, renderErrors } from './render.js';
import { report, reportErrors } from './report.js';
import { status, statusErrors } from './status.js';

/** The Vietnamese catalogue: the default, and the shape every other language must fill. */
export const vi = {
  errors: { ...errors, ...renderErrors, ...statusErrors, ...importErrors, ...reportErrors, ...receiveErrors },
  common,
  validate,
  help,
  diag,
  render,
  status,
  report,
  import: importText,
  receive,
};
