import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../src/check/checkPlan.js';
import { checkProgressText } from '../src/check/checkProgress.js';
import { type Diagnostic, severityOf } from '../src/check/diagnostic.js';
import { en } from '../src/i18n/en/index.js';
import type { DiagText } from '../src/i18n/types.js';
import { vi } from '../src/i18n/vi/index.js';
import { mutation } from './helpers/mutations.js';
import { runs } from './helpers/runs.js';

const ROOT = join(import.meta.dirname, '..');
const PLAN = readFileSync(join(ROOT, 'plans/minh-long-2025-h2/plan.yaml'), 'utf8');
const PROGRESS = readFileSync(
  join(ROOT, 'test/fixtures/valid/progress/progress/2025-11-10-bao-cao-cong-an-xa.yaml'),
  'utf8',
);
/** A small valid plan with every kind of part: the YAML parser reads about 1 MB/s, so most runs use it. */
const COMPACT = readFileSync(join(ROOT, 'test/fixtures/valid/compact.yaml'), 'utf8');
const UNIT_IDS = [...new Set([...`${PLAN}${COMPACT}`.matchAll(/\bid: ([a-z0-9-]+)/gu)].map((m) => m[1]!))];

/** The lines as the checker numbers them: BOM dropped, CRLF or a lone CR ends a line. */
function linesOf(text: string): string[] {
  return text
    .replace(/^\uFEFF/u, '')
    .replace(/\r(?!\n)/gu, '\n')
    .split('\n');
}

function assertSound(text: string, file: string, diagnostics: Diagnostic[], value: unknown): void {
  const lines = linesOf(text);
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    expect(severityOf[d.code]).toBe(d.severity);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines.length);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
    for (const cat of [vi, en]) {
      const t = (cat.diag[d.code] as (a: unknown) => DiagText)(d.args);
      expect(typeof t.message).toBe('string');
      expect(t.message.length).toBeGreaterThan(0);
    }
  }
  // A value is handed on only when nothing is wrong with it.
  if (value !== undefined) expect(diagnostics.some((d) => d.severity === 'error')).toBe(false);
}

describe('checking never throws and always points inside the file', () => {
  const planProperty = (base: string) =>
    fc.asyncProperty(fc.array(mutation(UNIT_IDS), { minLength: 1, maxLength: 3 }), async (ms) => {
      const text = ms.reduce((t, m) => m(t), base);
      const res = await checkPlanText(text, 'plan.yaml');
      assertSound(text, 'plan.yaml', res.diagnostics, res.value);
    });

  it('the compact plan is valid, so mutations start from a good file', async () => {
    expect((await checkPlanText(COMPACT, 'plan.yaml')).diagnostics).toEqual([]);
  });

  it('the plan, mutated', async () => {
    await fc.assert(planProperty(COMPACT), { numRuns: runs(200) });
    await fc.assert(planProperty(PLAN), { numRuns: runs(20) });
  });

  it('a progress file, mutated, checked against the plan', async () => {
    const plan = (await checkPlanText(PLAN, 'plan.yaml')).value;
    expect(plan).toBeDefined();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation(UNIT_IDS), { minLength: 1, maxLength: 3 }), async (ms) => {
        const text = ms.reduce((t, m) => m(t), PROGRESS);
        const res = await checkProgressText(text, 'progress/x.yaml', plan);
        assertSound(text, 'progress/x.yaml', res.diagnostics, res.value);
      }),
      { numRuns: runs(250) },
    );
  });

  it('arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        const res = await checkPlanText(text, 'plan.yaml');
        assertSound(text, 'plan.yaml', res.diagnostics, res.value);
      }),
      { numRuns: runs(300) },
    );
  });
});
