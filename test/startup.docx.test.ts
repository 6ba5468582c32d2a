/**
 * The build-time compiled .docx path (scripts/gen-docx-fast.mjs, src/document/docxFast.ts) must write
 * the document docxtemplater writes from the same shipped template and model: every part of the
 * package is compared, for the plan and the report on real plans, and on models damaged at random
 * (special characters, line breaks, emptied lists, flipped flags) — bounded by run count.
 */
import fc from 'fast-check';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { renderDocx, renderDocxTemplater } from '../src/document/docx.js';
import { renderFast } from '../src/document/docxFast.js';
import shippedFast from '../src/generated/docx-fast.js';
import { ROOT } from './helpers/cli.js';

const models: Record<string, string[][]> = {
  plan: [
    ['render', 'plans/minh-long-2025-h2', '--format', 'json'],
    ['render', 'test/fixtures/render/structures/plan.yaml', '--format', 'json'],
  ],
  report: [
    [
      'report',
      'test/fixtures/report/minh-long-2025',
      '--period',
      '2025-H2',
      '--date',
      '2026-01-08',
      '--format',
      'json',
    ],
    ['report', 'plans/minh-long-2025-h2', '--period', '2025-H2', '--date', '2025-11-20', '--format', 'json'],
    [
      'report',
      'test/fixtures/progress/minh-long',
      '--period',
      '2025-Q3',
      '--date',
      '2025-10-05',
      '--format',
      'json',
    ],
  ],
  letter: [
    ['remind', 'plans/minh-long-2025-h2', '--as-of', '2025-11-20', '--format', 'json'],
    [
      'remind',
      'plans/minh-long-2025-h2',
      '--as-of',
      '2025-11-20',
      '--unit',
      'cong-an-xa',
      '--format',
      'json',
    ],
  ],
};

const loaded: Record<string, object[]> = {};
beforeAll(async () => {
  for (const [name, lines] of Object.entries(models)) {
    loaded[name] = [];
    for (const argv of lines) {
      const r = await main(argv, { cwd: ROOT, env: {}, isTTY: false, columns: 100 });
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
      loaded[name].push(JSON.parse(r.stdout!));
    }
  }
});

function parts(docx: Uint8Array): Record<string, string> {
  const zip = new PizZip(docx);
  return Object.fromEntries(
    Object.keys(zip.files)
      .filter((n) => !zip.files[n]!.dir)
      .sort()
      .map((n) => [n, zip.file(n)!.asText()]),
  );
}

const templateOf = (name: string) => {
  const t = shippedFast.find((x) => x.name === name);
  if (!t) throw new Error(`no shipped template ${name}`);
  return t;
};

describe('the compiled path writes what docxtemplater writes', () => {
  it('compiles the shipped plan and report templates', () => {
    for (const name of Object.keys(models)) expect(templateOf(name).parts, name).toBeDefined();
  });

  for (const name of Object.keys(models)) {
    it(`${name}: every part is identical, and renderDocx takes the compiled path`, () => {
      const t = templateOf(name);
      const bytes = new Uint8Array(Buffer.from(t.template, 'base64'));
      for (const model of loaded[name]!) {
        const fast = renderFast(t, model);
        expect(fast).toBeDefined();
        const slow = renderDocxTemplater(bytes, model, `${name}.docx`);
        expect(parts(fast!)).toEqual(parts(slow));
        expect(Buffer.from(renderDocx(bytes, model, `${name}.docx`)).equals(Buffer.from(fast!))).toBe(true);
      }
    });
  }

  it('a template that differs by one byte goes through docxtemplater', () => {
    const t = templateOf('report');
    const zip = new PizZip(Buffer.from(t.template, 'base64'));
    const xml = zip.file('word/document.xml')!.asText();
    zip.file('word/document.xml', xml.replace('</w:body>', '<w:p><w:r><w:t>Thêm</w:t></w:r></w:p></w:body>'));
    const edited = zip.generate({ type: 'uint8array' });
    const out = parts(renderDocx(edited, loaded.report![0]!, 'x.docx'));
    expect(out['word/document.xml']).toContain('Thêm');
  });
});

/** A copy of the model with its leaves changed by `pick` (strings, booleans, arrays). */
function damage(v: unknown, rnd: () => number): unknown {
  if (typeof v === 'string') {
    const extras = ['\n', ' & ', '<b>', '"', "'", '\n\n', 'đ', '  ', '\t'];
    return rnd() < 0.3 ? v + extras[Math.floor(rnd() * extras.length)]! + v : v;
  }
  if (typeof v === 'boolean') return rnd() < 0.2 ? !v : v;
  if (Array.isArray(v)) {
    const kept = rnd() < 0.15 ? [] : v.filter(() => rnd() > 0.2);
    return kept.map((x) => damage(x, rnd));
  }
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, damage(x, rnd)]));
  return v;
}

describe('on damaged models', () => {
  for (const name of Object.keys(models)) {
    it(`${name}: the same parts, or a decline`, () => {
      const t = templateOf(name);
      const bytes = new Uint8Array(Buffer.from(t.template, 'base64'));
      fc.assert(
        fc.property(fc.integer({ min: 0, max: loaded[name]!.length - 1 }), fc.integer(), (i, seed) => {
          let s = seed >>> 0 || 1;
          const rnd = () => {
            s ^= s << 13;
            s ^= s >>> 17;
            s ^= s << 5;
            return (s >>> 0) / 2 ** 32;
          };
          const model = damage(loaded[name]![i], rnd) as object;
          const fast = renderFast(t, model);
          let slow: Uint8Array | undefined;
          try {
            slow = renderDocxTemplater(bytes, model, `${name}.docx`);
          } catch {
            // docxtemplater refuses (a tag that names nothing any more): the fast path must not answer.
            expect(fast).toBeUndefined();
            return;
          }
          if (fast) expect(parts(fast)).toEqual(parts(slow));
        }),
        { numRuns: 25 },
      );
    });
  }
});
