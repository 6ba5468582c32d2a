/**
 * From a read document to the text of a plan file that has passed `plan validate`'s checks: build, write
 * the YAML with its comments, and check it in-process. A plan that does not pass is never returned.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPlanText } from '../check/checkPlan.js';
import type { Diagnostic } from '../check/diagnostic.js';
import { msg } from '../i18n/index.js';
import type { Plan } from '../model/plan.js';
import type { Remark } from './draft/review.js';
import { buildPlan, type ImportOptions } from './plan/buildPlan.js';
import { planToYaml } from './plan/planYaml.js';
import type { SourceDoc } from './source/blocks.js';

export interface Imported {
  yaml: string;
  plan: Plan;
  remarks: Remark[];
  /** Warnings `plan validate` would show (errors never get this far). */
  warnings: Diagnostic[];
}

export class InvalidImport extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super('imported plan does not validate');
  }
}

export interface ImportDocOptions extends ImportOptions {
  /** The source as the user named it, for the header comment. */
  source: string;
  /** Where the plan will be written (for the modeline's relative path); undefined for stdout. */
  outputDir: string;
  /** The name used in diagnostics. */
  file: string;
}

export async function importDocument(doc: SourceDoc, opts: ImportDocOptions): Promise<Imported> {
  const { plan, remarks } = buildPlan(doc, opts);
  const title = Array.isArray(plan.document.title) ? plan.document.title.join(' ') : plan.document.title;
  const yaml = planToYaml(plan, {
    schemaPath: schemaPathFrom(opts.outputDir),
    header: msg().import.header({ source: opts.source, title }),
    remarks,
    unit: doc.unit,
  });
  const checked = await checkPlanText(yaml, opts.file);
  if (!checked.value) throw new InvalidImport(checked.diagnostics.filter((d) => d.severity === 'error'));
  return { yaml, plan: checked.value, remarks, warnings: checked.diagnostics };
}

/** The plan schema of this installation: found by walking up from this module (source or bundle). */
export function schemaFile(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const f = join(dir, 'schema', 'plan.schema.json');
    if (existsSync(f)) return f;
    dir = dirname(dir);
  }
  return undefined;
}

/** The modeline's path: relative from the plan's folder when both are in this repository, else absolute. */
export function schemaPathFrom(outputDir: string): string {
  const schema = schemaFile();
  if (!schema) return 'https://kehoach.local/schema/plan.schema.json';
  const root = dirname(dirname(schema));
  const inside = relative(root, outputDir);
  if (inside.startsWith('..') || isAbsolute(inside)) return schema.split(sep).join('/');
  return relative(outputDir, schema).split(sep).join('/');
}
