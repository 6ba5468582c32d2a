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

/**
 * Each section is made the first time it is read: a command reads a few of them, and making all of them
 * (every message a closure) was a tenth of what a warm `plan status` costs above Node's own start.
 */
const once = <T>(make: () => T): (() => T) => {
  let v: T | undefined;
  return () => (v ??= make());
};
const sections = {
  errors: once(() => ({
    ...errors,
    ...renderErrors(),
    ...statusErrors(),
    ...importErrors(),
    ...reportErrors(),
    ...remindErrors(),
    ...siteErrors(),
    ...receiveErrors(),
  })),
  diag: once(diag),
  render: once(render),
  status: once(status),
  report: once(report),
  remind: once(remind),
  import: once(importText),
  site: once(site),
  rollup: once(rollup),
  receive: once(receive),
};

/** The Vietnamese catalogue: the default, and the shape every other language must fill. */
export const vi = {
  get errors() {
    return sections.errors();
  },
  common,
  validate,
  help,
  get diag() {
    return sections.diag();
  },
  get render() {
    return sections.render();
  },
  get status() {
    return sections.status();
  },
  get report() {
    return sections.report();
  },
  get remind() {
    return sections.remind();
  },
  get import() {
    return sections.import();
  },
  get site() {
    return sections.site();
  },
  get rollup() {
    return sections.rollup();
  },
  get receive() {
    return sections.receive();
  },
};
