import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../check/diagnostic.js';
import { msg } from '../i18n/index.js';
import type { DiagText } from '../i18n/types.js';
import { plainColor } from './plainColor.js';

export function diagText(d: Diagnostic): DiagText {
  return (msg().diag[d.code] as (a: typeof d.args) => DiagText)(d.args);
}

/** `plans/x/plan.yaml:41:13  lỗi  <message>  [CODE]` then indented detail lines. */
export function formatDiagnosticsText(diagnostics: readonly Diagnostic[], color: ChalkInstance): string {
  const m = msg();
  const lines: string[] = [];
  for (const d of diagnostics) {
    const t = diagText(d);
    const sev =
      d.severity === 'error'
        ? color.red.bold(m.common.severity.error)
        : color.yellow.bold(m.common.severity.warning);
    lines.push(
      `${color.bold(`${d.file}:${d.line}:${d.column}`)}  ${sev}  ${t.message}  ${color.dim(`[${d.code}]`)}`,
    );
    const detail = (label: string, value: string | undefined) => {
      if (value) lines.push(`    ${color.dim(`${label}:`)} ${value}`);
    };
    detail(m.common.labels.path, d.path || undefined);
    detail(m.common.labels.expected, t.expected);
    detail(m.common.labels.found, t.found);
    detail(m.common.labels.fix, t.fix);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** GitHub Actions workflow commands: each diagnostic becomes an annotation on the file and line. */
export function formatDiagnosticsGithub(diagnostics: readonly Diagnostic[]): string {
  const data = (s: string) => s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
  const prop = (s: string) => data(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
  return diagnostics
    .map((d) => {
      const t = diagText(d);
      const body = [t.message, t.expected && `${msg().common.labels.expected}: ${t.expected}`, t.fix]
        .filter(Boolean)
        .join('\n');
      const kind = d.severity === 'error' ? 'error' : 'warning';
      return `::${kind} file=${prop(d.file)},line=${d.line},col=${d.column},title=${prop(d.code)}::${data(body)}\n`;
    })
    .join('');
}

export function diagnosticJson(d: Diagnostic) {
  const t = diagText(d);
  return {
    code: d.code,
    severity: d.severity,
    file: d.file,
    line: d.line,
    column: d.column,
    path: d.path,
    message: t.message,
    ...(t.expected ? { expected: t.expected } : {}),
    ...(t.found ? { found: t.found } : {}),
    ...(t.fix ? { fix: t.fix } : {}),
  };
}

/** Warnings found while loading (errors would have stopped the command), for stderr, never coloured. */
export function warningsText(diagnostics: readonly Diagnostic[]): string {
  return formatDiagnosticsText(
    diagnostics.filter((d) => d.severity === 'warning'),
    plainColor,
  );
}
