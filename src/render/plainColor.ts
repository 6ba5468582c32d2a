import type { ChalkInstance } from 'chalk';

/**
 * What chalk does at level 0 — every style, however chained, returns its text unchanged (arguments
 * joined by a space) — without loading chalk, whose style tables are built when it is imported. Output
 * that is not a colour terminal (a pipe, a file, NO_COLOR, --no-color) never needs more.
 */
export const plainColor: ChalkInstance = (() => {
  const style = (...texts: unknown[]) => texts.join(' ');
  const self: ChalkInstance = new Proxy(style, {
    get: (target, prop) =>
      prop === 'level' ? 0 : prop in Function.prototype ? Reflect.get(target, prop) : self,
    set: () => false,
  }) as unknown as ChalkInstance;
  return self;
})();
