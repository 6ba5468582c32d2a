import { deadlines } from './deadlines.js';
import { importSpec } from './import.js';
import { init } from './init.js';
import { receive } from './receive.js';
import { record } from './record.js';
import { remind } from './remind.js';
import { render } from './render.js';
import { report } from './report.js';
import { rollup } from './rollup.js';
import { site } from './site.js';
import { status } from './status.js';
import type { CommandSpec } from './types.js';
import { units } from './units.js';
import { validate } from './validate.js';

/** Every command, in the order `plan --help` lists them. */
export const specs: CommandSpec[] = [
  validate,
  status,
  units,
  deadlines,
  rollup,
  record,
  receive,
  render,
  report,
  remind,
  importSpec,
  init,
  site,
];
