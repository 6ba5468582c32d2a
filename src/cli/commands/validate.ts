import { type Diagnostic, sortDiagnostics } from '../../check/diagnostic.js';
import { plansFound, verdicts } from '../../check/verdicts.js';
import { msg } from '../../i18n/index.js';
import { validateTargets } from '../../load/discover.js';
import { diagnosticJson, formatDiagnosticsGithub, formatDiagnosticsText } from '../../render/diagnostics.js';
import type { CommandResult, Context } from '../context.js';

export interface ValidateOptions {
  format: 'text' | 'json' | 'github';
}

export async function validateCommand(
  paths: string[],
  opts: ValidateOptions,
  ctx: Context,
): Promise<CommandResult> {
  const targets = validateTargets(paths, ctx.cwd, plansFound);
  const diagnostics: Diagnostic[] = [];
  const files: { file: string; kind: 'plan' | 'progress' }[] = [];
  const okLines: string[] = [];
  for (const v of await verdicts(targets)) {
    diagnostics.push(...v.diagnostics);
    files.push(...v.files);
    if (v.ok) okLines.push(msg().validate.fileOk(v.ok));
  }
  // Files in the order they were given (plan first, then its progress files), each by position.
  const order = new Map(files.map((f, i) => [f.file, i]));
  const rank = (d: Diagnostic) => order.get(d.file) ?? files.length;
  sortDiagnostics(diagnostics).sort((a, b) => rank(a) - rank(b));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const code = errors > 0 ? 1 : 0;

  if (opts.format === 'json') {
    // Counted in one pass: a province's thousands of files times their diagnostics add up.
    const counts = new Map<string, { errors: number; warnings: number }>();
    for (const d of diagnostics) {
      const c = counts.get(d.file) ?? { errors: 0, warnings: 0 };
      if (d.severity === 'error') c.errors++;
      else if (d.severity === 'warning') c.warnings++;
      counts.set(d.file, c);
    }
    const out = {
      version: 1,
      valid: errors === 0,
      files: files.map((f) => ({ ...f, ...(counts.get(f.file) ?? { errors: 0, warnings: 0 }) })),
      diagnostics: diagnostics.map(diagnosticJson),
    };
    return { stdout: `${JSON.stringify(out, null, 2)}\n`, code };
  }
  if (opts.format === 'github') {
    const summary = errors
      ? msg().validate.summaryBad({ errors, warnings, files: files.length })
      : msg().validate.summaryOk({ files: files.length, warnings });
    return { stdout: `${formatDiagnosticsGithub(diagnostics)}${summary}\n`, code };
  }
  const c = ctx.color;
  const summary = errors
    ? c.red(msg().validate.summaryBad({ errors, warnings, files: files.length }))
    : msg().validate.summaryOk({ files: files.length, warnings });
  const body = formatDiagnosticsText(diagnostics, c);
  const oks = okLines.map((l) => c.green(l)).join('\n');
  return { stdout: `${body}${body && oks ? '\n' : ''}${oks}${oks ? '\n' : ''}${summary}\n`, code };
}
