import { validatePlan } from '../generated/validators.js';
import { formatPath, locate, type Path } from '../load/path.js';
import { readSource } from '../load/source.js';
import { parseYamlFile, type YamlFile } from '../load/yamlFile.js';
import { Plan } from '../model/plan.js';
import type { PlanFile } from '../model/types.js';
import { UnitRegistry } from '../model/units.js';
import { isObj, type Obj } from './access.js';
import { type Code, type Diagnostic, type DiagnosticArgs, hasErrors, severityOf } from './diagnostic.js';
import { planRules, type Rule, type RuleContext } from './rules/index.js';
import { schemaErrorsToDiagnostics } from './schemaErrors.js';

export interface CheckResult<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
  src: YamlFile | undefined;
}

/** Read, parse and check a plan file. `file` is the path as shown to the user. */
export async function checkPlanFile(path: string, file: string): Promise<CheckResult<Plan>> {
  const source = readSource(path, file);
  if (!source.ok) return { value: undefined, diagnostics: [source.diagnostic], src: undefined };
  return checkPlanText(source.text, file);
}

/** syntax → JSON Schema → semantic rules; every problem of every stage that can run is reported. */
export async function checkPlanText(text: string, file: string): Promise<CheckResult<Plan>> {
  const src = parseYamlFile(text, file);
  if (src.value === undefined) return { value: undefined, diagnostics: src.diagnostics, src };
  const diagnostics = [...src.diagnostics];
  const schemaOk = validatePlan(src.value);
  if (!schemaOk) {
    const schema = (await import('../../schema/plan.schema.json', { with: { type: 'json' } })).default;
    diagnostics.push(...schemaErrorsToDiagnostics(validatePlan.errors ?? [], src, schema));
  }
  if (isObj(src.value))
    runRules(
      planRules,
      src,
      src.value,
      UnitRegistry.of(src.value as unknown as PlanFile),
      diagnostics,
      !schemaOk,
    );
  const value =
    schemaOk && !hasErrors(diagnostics) ? new Plan(src.value as unknown as PlanFile, file) : undefined;
  return { value, diagnostics, src };
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
