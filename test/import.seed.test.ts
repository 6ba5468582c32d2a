/**
 * The seed document, imported, is the hand-written Minh Long plan again: the same twelve tasks with the
 * same lead and coordinating units (compared by name, since ids may differ), the same time frames and
 * the same reporting deadline. And what is imported renders back to every sentence of the seed; the
 * seed rendered to .docx by `plan render` imports back to the same plan.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlanFile } from '../src/check/checkPlan.js';
import { setLang } from '../src/i18n/index.js';
import { importDocument } from '../src/import/importPlan.js';
import type { SourceDoc } from '../src/import/source/blocks.js';
import { decodeImport } from '../src/import/source/readSource.js';
import type { Plan } from '../src/model/plan.js';
import { nameKey } from '../src/util/text.js';
import { ROOT, runCli } from './helpers/cli.js';

const SEED = join(ROOT, 'test/fixtures/import/seed-minh-long.txt');
const HAND = join(ROOT, 'plans/minh-long-2025-h2/plan.yaml');

async function importBytes(bytes: Uint8Array, ext: string): Promise<Plan> {
  const doc: SourceDoc = await decodeImport(bytes, `seed${ext}`, ext);
  const r = await importDocument(doc, {
    asOf: '2025-12-01',
    source: `seed${ext}`,
    outputDir: ROOT,
    file: 'plan.yaml',
  });
  return r.plan;
}

/** What the test compares: per task, names of lead and coordinating units, and the time frame. */
function shape(plan: Plan) {
  const names = (ms: { id: string }[]) => ms.map((m) => nameKey(plan.units.name(m.id)));
  return {
    tasks: plan.tasks.map((t) => ({
      title: t.title.replace(/\s+/gu, ' '),
      lead: names(t.lead),
      support: names(t.support),
      timeframe: t.file.timeframe,
    })),
    dues: plan.obligations.map((o) => o.due).filter(Boolean),
    period: plan.period,
  };
}

let hand: Plan;
let imported: Plan;

beforeAll(async () => {
  await setLang('vi');
  const checked = await checkPlanFile(HAND, 'plan.yaml');
  hand = checked.value!;
  imported = await importBytes(readFileSync(SEED), '.txt');
});

describe('the seed imports to the hand-written plan', () => {
  it('has the same twelve tasks, in order', () => {
    expect(imported.tasks).toHaveLength(12);
    expect(shape(imported).tasks.map((t) => t.title)).toEqual(shape(hand).tasks.map((t) => t.title));
  });

  it('names the same lead and coordinating units for every task', () => {
    const a = shape(imported).tasks.map(({ lead, support }) => ({ lead, support }));
    const b = shape(hand).tasks.map(({ lead, support }) => ({ lead, support }));
    expect(a).toEqual(b);
  });

  it('gives every task the same time frame', () => {
    expect(shape(imported).tasks.map((t) => t.timeframe)).toEqual(shape(hand).tasks.map((t) => t.timeframe));
  });

  it('has the same reporting deadline and plan period', () => {
    expect(shape(imported).dues).toEqual(['2025-11-15']);
    expect(shape(imported).dues).toEqual(shape(hand).dues);
    expect(imported.period).toEqual(hand.period);
    expect(imported.file.period.label).toBe('6 tháng cuối năm 2025');
  });

  it('keeps the wording of every unit mention, so rendering gives it back', () => {
    const text = (p: Plan, i: number) => p.tasks[i]!.support.map((m) => `${m.sep} ${m.text}`).join('');
    for (let i = 0; i < 12; i++) expect(text(imported, i)).toBe(text(hand, i));
  });
});

/** The seed's lines cut into sentences, without the conversion's "[bookmark: …]" marks. */
function sentences(text: string): string[] {
  return text
    .replace(/\[bookmark:[^\]]*\]/gu, '')
    .replace(/\n(?=\p{Ll})/gu, ' ')
    .split('\n')
    .map((l) => l.replace(/\s+/gu, ' ').trim())
    .filter((l) => l.length > 0)
    .flatMap((l) => l.split(/(?<=[.;:])\s+(?=\p{Lu})/u))
    .map((s) =>
      s
        .replace(/^[-\s]+/u, '')
        .replace(/[.;:,]+$/u, '')
        .replace(/\/\.$/u, '')
        .trim(),
    )
    .filter((s) => s.length > 3 && s !== 'Nơi nhận' && !/^\d+\.$/u.test(s));
}

const fold = (s: string) => s.replace(/\s+/gu, ' ').replace(/\s+([,;:.])/gu, '$1');

describe('round trips', () => {
  it('import → render gives back every sentence of the seed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-'));
    const yaml = runCli(['import', SEED]);
    expect(yaml.code).toBe(0);
    writeFileSync(join(dir, 'plan.yaml'), yaml.stdout);
    const md = runCli(['render', 'plan.yaml', '--format', 'md'], { cwd: dir });
    expect(md.code).toBe(0);
    const rendered = fold(md.stdout.replace(/\*\*|<br>|\\/gu, ' '));
    const all = sentences(readFileSync(SEED, 'utf8'));
    expect(all.length).toBeGreaterThan(100);
    const missing = all.filter((s) => !rendered.includes(fold(s)));
    expect(missing).toEqual([]);
  });

  it('the seed rendered to .docx by plan render imports back to the same plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-'));
    const r = runCli(['render', HAND, '--format', 'docx', '-o', join(dir, 'ke-hoach.docx')]);
    expect(r.code).toBe(0);
    const back = await importBytes(readFileSync(join(dir, 'ke-hoach.docx')), '.docx');
    expect(shape(back)).toEqual(shape(hand));
    expect(back.file.document.title).toEqual(hand.file.document.title);
    expect(back.file.recipients).toEqual(hand.file.recipients);
    expect(back.file.signature).toEqual(hand.file.signature);
  });
});
