import type { Code, DiagnosticArgs } from '../check/diagnostic.js';

/** What a diagnostic says: one line, then what was expected, what was found and how to fix it. */
export interface DiagText {
  message: string;
  expected?: string;
  found?: string;
  fix?: string;
}

export type DiagCatalog = { [C in Code]: (a: DiagnosticArgs[C]) => DiagText };
