/**
 * The careful path: read a file with the `yaml` Document API, keeping a position for every node, and
 * explain every problem with file:line:column. Loaded only when the fast path (see checkPlan.ts) found
 * something, so a clean plan never pays for it.
 */
import { validatePlan, validateProgress } from '../generated/validators.js';
import { formatPath, locate, type Path } from '../load/path.js';
import { parseYamlFile, type YamlFile } from '../load/yamlFile.js';
import type { Plan } from '../model/plan.js';
import { Plan as PlanModel } from '../model/plan.js';
import type { PlanFile, ProgressRecord } from '../model/types.js';
import { UnitRegistry } from '../model/units.js';
import { isObj, type Obj, safeUnits } from './access.js';
import type { CheckResult } from './checkPlan.js';
import { type Code, type Diagnostic, type DiagnosticArgs, hasErrors, severityOf } from './diagnostic.js';
import { planRules, type Rule, type RuleContext } from './rules/index.js';
import { schemaErrorsToDiagnostics } from './schemaErrors.js';

export async function explainPlan(text: string, file: string): Promise<CheckResult<Plan>> {
  const src = parseYamlFile(text, file);
  if (src.value === undefined) return { value: undefined, diagnostics: src.diagnostics, src };
  const diagnostics = [...src.diagnostics];
  const schemaOk = validatePlan(src.value);
  if (!schemaOk) {
    const schema = (await import('../../schema/plan.schema.json', { with: { type: 'json' } })).default;
    diagnostics.push(...schemaErrorsToDiagnostics(validatePlan.errors ?? [], src, schema));
  }
  if (isObj(src.value))
    runRules(planRules, src, src.value, new UnitRegistry(safeUnits(src.value)), diagnostics, !schemaOk);
  const value =
    schemaOk && !hasErrors(diagnostics) ? new PlanModel(src.value as unknown as PlanFile, file) : undefined;
  return { value, diagnostics: withoutEchoes(diagnostics), src };
}

export async function explainProgress(
  text: string,
  file: string,
  rules: readonly Rule[],
  registry: UnitRegistry,
): Promise<CheckResult<ProgressRecord>> {
  const src = parseYamlFile(text, file);
  if (src.value === undefined) return { value: undefined, diagnostics: src.diagnostics, src };
  const diagnostics = [...src.diagnostics];
  const ok = validateProgress(src.value);
  if (!ok) {
    const schema = (await import('../../schema/progress.schema.json', { with: { type: 'json' } })).default;
    diagnostics.push(...schemaErrorsToDiagnostics(validateProgress.errors ?? [], src, schema));
  }
  if (isObj(src.value)) {
    runRules(rules, src, src.value, registry, diagnostics, !ok);
  }
  const value = ok && !hasErrors(diagnostics) ? (src.value as ProgressRecord) : undefined;
  return { value, diagnostics: withoutEchoes(diagnostics), src };
}

/**
 * Findings that only repeat another one, dropped so each mistake is told once: a unit written by its
 * name ("Công an xã") fails the id pattern and is unknown, and the unknown-unit message says more (it
 * suggests the id); a name cut by a comma inside { } gives a wrong `as` and a stray field, and the
 * stray-field message says how to quote it; a misspelt field is also a missing one.
 */
export function withoutEchoes(diagnostics: Diagnostic[]): Diagnostic[] {
  const unknown = new Set<string>();
  const cut = new Set<string>();
  const misspelt = new Set<string>();
  for (const d of diagnostics) {
    if (d.code === 'UNIT_UNKNOWN' || d.code === 'ISSUER_NOT_DECLARED') unknown.add(`${d.file}|${d.path}`);
    if (d.code !== 'SCHEMA_UNKNOWN_PROPERTY') continue;
    const parent = d.path.slice(0, d.path.length - d.args.property.length);
    if (d.args.flowComma) cut.add(`${d.file}|${parent}${d.args.flowComma.key}`);
    if (d.args.suggestion) misspelt.add(`${d.file}|${parent}${d.args.suggestion}`);
  }
  const missing = (d: Diagnostic, field: string) => misspelt.has(`${d.file}|${d.path}.${field}`);
  return diagnostics.filter(
    (d) =>
      !(d.code === 'SCHEMA_PATTERN' && d.args.what === 'id' && unknown.has(`${d.file}|${d.path}`)) &&
      !(d.code === 'UNIT_FORM_UNKNOWN' && cut.has(`${d.file}|${d.path}`)) &&
      // "lesd:" is reported as a misspelt "lead"; "task has no lead" would say it again.
      !(d.code === 'TASK_NO_LEAD' && missing(d, 'lead')) &&
      !(d.code === 'TASK_NO_TIMEFRAME' && missing(d, 'timeframe')),
  );
}

export function runRules(
  rules: readonly Rule[],
  src: YamlFile,
  root: Obj,
  registry: UnitRegistry,
  out: Diagnostic[],
  shapeIsSuspect: boolean,
): void {
  const ctx: RuleContext = {
    root,
    registry,
    report<C extends Code>(code: C, path: Path, args: DiagnosticArgs[C], target: 'key' | 'value' = 'value') {
      out.push({
        code,
        args,
        severity: severityOf[code],
        file: src.file,
        ...locate(src.doc, src.lineCounter, path, target),
        path: formatPath(path),
      } as Diagnostic);
    },
    lineOf: (path) => locate(src.doc, src.lineCounter, path).line,
  };
  for (const rule of rules) {
    try {
      rule(ctx);
    } catch (e) {
      // On data the schema already rejected a rule may meet shapes it does not expect; that is covered
      // by the schema's own messages. On schema-valid data a throw is a bug and must surface.
      if (!shapeIsSuspect) throw e;
    }
  }
}
