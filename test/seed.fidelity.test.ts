import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import schema from '../schema/plan.schema.json' with { type: 'json' };
import { checkPlanFile } from '../src/check/checkPlan.js';
import type { Plan } from '../src/model/plan.js';
import type { Part, Section } from '../src/model/types.js';
import { joinMentions, mentions } from '../src/model/units.js';

/**
 * Nothing of the original document is lost: every sentence of the seed document is in the plan, either
 * as one of its strings or as a line the renderer composes from the model (lead, support and time
 * lines, the headings of section IV, the citation sentence, Nơi nhận).
 */
const ROOT = join(import.meta.dirname, '..');
const SEED = readFileSync(join(ROOT, 'test/fixtures/seed/000_69ec94ab59db1c14.txt'), 'utf8');
const PLAN = join(ROOT, 'plans/minh-long-2025-h2/plan.yaml');

const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Seed lines without bookmarks and list markers (I., 1., a), -), split into sentences. */
function seedSentences(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/u)) {
    const line = fold(raw.replace(/\[bookmark: [^\]]*\]/gu, ''))
      .replace(/^(?:[IVX]+\.|\d+\.|[a-zđ]\)|[-+])\s*/u, '')
      // The ND30 end mark "./." is added when a document is rendered, not stored.
      .replace(/\.\/\.$/u, '.');
    if (!line) continue;
    // A sentence ends at . ! ? followed by a capital or an opening quote.
    out.push(
      ...line
        .split(/(?<=[.!?])\s+(?=[\p{Lu}“"])/u)
        .map(fold)
        .filter(Boolean),
    );
  }
  return out;
}

const taskDefs = (
  schema as unknown as { $defs: { task: { properties: Record<string, { enum: string[] }> } } }
).$defs.task.properties;
/** The label the renderer writes when the task names none: the first one the schema allows. */
const defaultLabel = (field: 'leadLabel' | 'supportLabel' | 'timeLabel') => taskDefs[field]!.enum[0]!;

/** Every string of the plan, and every line the renderer builds from its structure. */
function planTexts(plan: Plan): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(fold(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(plan.file);

  const f = plan.file;
  if (f.document.type === 'KH') out.push('KẾ HOẠCH');
  for (const c of f.basis?.items ?? [])
    out.push(`${c.verb ?? f.basis?.verb ?? 'Thực hiện'} ${fold(c.text)}.`);
  for (const t of plan.tasks) {
    if (t.lead.length) out.push(`${t.file.leadLabel ?? defaultLabel('leadLabel')}: ${joinMentions(t.lead)}.`);
    if (t.support.length)
      out.push(`${t.file.supportLabel ?? defaultLabel('supportLabel')}: ${joinMentions(t.support)}.`);
    if (t.time) out.push(`${t.file.timeLabel ?? defaultLabel('timeLabel')}: ${t.time.label}.`);
  }
  const heading = (p: Part) =>
    `${p.prefix ? `${p.prefix} ` : ''}${joinMentions(mentions(p.units, plan.units))}:`;
  const parts = (ps: Part[] | undefined): void =>
    ps?.forEach((p) => {
      if (p.units) {
        out.push(heading(p));
        if (p.inline && typeof p.text === 'string') out.push(`${heading(p)} ${fold(p.text)}`);
      }
      parts(p.items);
    });
  f.sections.forEach((s: Section) => parts(s.parts));
  if (f.recipients) {
    out.push('Nơi nhận:', ...f.recipients.items.map((r) => `${r};`), `Lưu: ${f.recipients.archive}.`);
  }
  return out;
}

describe('seed fidelity', () => {
  let plan: Plan;
  beforeAll(async () => {
    const res = await checkPlanFile(PLAN, 'plan.yaml');
    expect(res.diagnostics).toEqual([]);
    plan = res.value!;
  });

  it('splits the seed into its sentences', () => {
    const sentences = seedSentences(SEED);
    expect(sentences.length).toBe(99);
    expect(sentences).toContain('Thời gian thực hiện: Quý IV năm 2025.');
    expect(sentences).toContain('Nơi nhận:');
    expect(sentences.some((s) => s.includes('bookmark'))).toBe(false);
  });

  it('every sentence of the seed is in the plan, verbatim or composed from the model', () => {
    const texts = planTexts(plan);
    const missing = seedSentences(SEED).filter((s) => !texts.some((t) => t.includes(s)));
    expect(missing).toEqual([]);
  });

  it('a plan that lost a sentence or a unit would fail', () => {
    const damaged = structuredClone(plan.file);
    damaged.closing = 'Trong quá trình triển khai thực hiện, các cơ quan kịp thời báo cáo.';
    const lost = { ...plan, file: damaged, tasks: plan.tasks.slice(1) } as unknown as Plan;
    const texts = planTexts(lost);
    const missing = seedSentences(SEED).filter((s) => !texts.some((t) => t.includes(s)));
    expect(missing).toContain(
      'Cơ quan, đơn vị phối hợp thực hiện: Các cơ quan, ban, ngành; các Tổ chức chính trị - xã hội xã; các thôn.',
    );
    expect(
      missing.some((s) => s.startsWith('Trong quá trình triển khai thực hiện, trường hợp phát sinh')),
    ).toBe(true);
  });

  it('the composed lines are the seed lines (not just substrings of longer text)', () => {
    const sentences = new Set(seedSentences(SEED));
    const composed = planTexts(plan).filter((t) =>
      /^(Cơ quan chủ trì|Cơ quan, đơn vị phối hợp thực hiện|Thời gian thực hiện): /u.test(t),
    );
    expect(composed.length).toBe(36);
    expect(composed.filter((c) => !sentences.has(c))).toEqual([]);
  });
});
