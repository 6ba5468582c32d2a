import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../src/check/checkPlan.js';
import { checkProgressText } from '../src/check/checkProgress.js';
import { fastValue } from '../src/load/fastValue.js';
import { parseYamlFile } from '../src/load/yamlFile.js';
import { ROOT } from './helpers/cli.js';

const PLAN = readFileSync(join(ROOT, 'plans/minh-long-2025-h2/plan.yaml'), 'utf8');
const PROGRESS = readFileSync(
  join(ROOT, 'test/fixtures/valid/progress/progress/2025-11-10-bao-cao-cong-an-xa.yaml'),
  'utf8',
);
const rows = (ds: { code: string; line: number; column: number }[]) =>
  ds.map((d) => [d.code, d.line, d.column]);

/** `checkPlanText` hands back the careful reader's file (`src`) only when it took the careful path. */
const tookFastPath = (r: { src: unknown }) => r.src === undefined;

describe('Windows line ends (CRLF) take the fast path and read the same', () => {
  const crlf = (t: string) => t.replace(/\r?\n/gu, '\r\n');

  it('a plan saved with CRLF: same data, no findings, read the fast way', async () => {
    const lf = await checkPlanText(PLAN, 'plan.yaml');
    const win = await checkPlanText(crlf(PLAN), 'plan.yaml');
    expect(tookFastPath(lf)).toBe(true);
    expect(tookFastPath(win)).toBe(true);
    expect(win.diagnostics).toEqual([]);
    expect(fastValue(crlf(PLAN))).toEqual(fastValue(PLAN));
    expect(win.value?.tasks.map((t) => t.title)).toEqual(lf.value?.tasks.map((t) => t.title));
  });

  it('the shipped CRLF and BOM fixtures are read the fast way, as the careful reader reads them', async () => {
    for (const name of ['crlf', 'bom', 'bom-crlf-nfd']) {
      const text = readFileSync(join(ROOT, `test/fixtures/valid/${name}.yaml`), 'utf8');
      expect(text.includes('\r\n') || text.startsWith('\uFEFF')).toBe(true);
      const r = await checkPlanText(text, 'plan.yaml');
      expect([name, tookFastPath(r)]).toEqual([name, true]);
      expect(fastValue(text)).toEqual(parseYamlFile(text, 'plan.yaml').value);
    }
  });

  it('a CRLF plan with a mistake is reported at the same place as the LF one', async () => {
    const broken = PLAN.replace('  start: 2025-07-01', '  start: 2025-02-30');
    const lf = await checkPlanText(broken, 'plan.yaml');
    const win = await checkPlanText(crlf(broken), 'plan.yaml');
    expect(rows(win.diagnostics)).toEqual(rows(lf.diagnostics));
    expect(rows(lf.diagnostics)).toEqual([['DATE_INVALID', 29, 10]]);
  });
});

describe('half a character (a lone surrogate) is refused with its position', () => {
  it('in plan text, at the escape that makes it', async () => {
    const text = PLAN.replace(
      'short: Truyền thông về quyền trẻ em, Tổng đài 111',
      'short: "Truyền thông \\uD83D về quyền trẻ em, Tổng đài 111"',
    );
    expect(fastValue(text)).toBeUndefined();
    const r = await checkPlanText(text, 'plan.yaml');
    expect(r.value).toBeUndefined();
    expect(rows(r.diagnostics)).toEqual([['TEXT_LONE_SURROGATE', 95, 30]]);
    expect(r.diagnostics[0]?.args).toEqual({ escape: '\\uD83D' });
  });

  it('in a progress report, also the low half and the eight-digit escape', async () => {
    for (const [written, column] of [
      ['\\uDE00', 22],
      ['\\U0000D83D', 22],
    ] as const) {
      const text = PROGRESS.replace(
        /^summary: >-\n(?: {2}.*\n)+/mu,
        `summary: "Công an xã ${written} đã triển khai"\n`,
      );
      const r = await checkProgressText(text, 'progress/x.yaml', undefined);
      expect(r.value).toBeUndefined();
      expect(rows(r.diagnostics.filter((d) => d.code === 'TEXT_LONE_SURROGATE'))).toEqual([
        ['TEXT_LONE_SURROGATE', 9, column],
      ]);
    }
  });

  it('a whole emoji, escaped as a pair or written out, is fine', async () => {
    for (const emoji of ['"Tổng đài 111 \\uD83D\\uDE00"', 'Tổng đài 111 😀']) {
      const text = PLAN.replace('short: Truyền thông về quyền trẻ em, Tổng đài 111', `short: ${emoji}`);
      const r = await checkPlanText(text, 'plan.yaml');
      expect(r.diagnostics).toEqual([]);
      expect(r.value?.tasks.some((t) => t.short === 'Tổng đài 111 😀')).toBe(true);
    }
  });

  it('the data handed on never holds half a character, even where the caller did not check', () => {
    const r = parseYamlFile('a: "x\\uD83Dy"\n', 'x.yaml');
    expect(r.value).toEqual({ a: 'x\uFFFDy' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['TEXT_LONE_SURROGATE']);
  });
});

describe('tags: one clear refusal where the tag is written', () => {
  it('start: !!timestamp 2025-07-01 is a tag, not "found a mapping"', async () => {
    const r = await checkPlanText(
      PLAN.replace('  start: 2025-07-01', '  start: !!timestamp 2025-07-01'),
      'p',
    );
    expect(rows(r.diagnostics)).toEqual([['YAML_TAG', 29, 10]]);
    expect(r.diagnostics[0]?.args).toEqual({ tag: '!!timestamp' });
  });

  it('!!set, !!omap, !!binary, !!str, a local and a verbatim tag: each refused at its position', () => {
    const text = [
      'a: !!set { x, y }',
      'b: !!omap [ { x: 1 } ]',
      'c: !!binary aGk=',
      'd: !!str 2025',
      'e: !dia-danh Minh Long',
      'f: !<tag:yaml.org,2002:str> x',
      'g: [ !!int 1 ]',
      '',
    ].join('\n');
    const r = parseYamlFile(text, 'x.yaml');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.args])).toEqual([
      ['YAML_TAG', 1, 4, { tag: '!!set' }],
      ['YAML_TAG', 2, 4, { tag: '!!omap' }],
      ['YAML_TAG', 3, 4, { tag: '!!binary' }],
      ['YAML_TAG', 4, 4, { tag: '!!str' }],
      ['YAML_TAG', 5, 4, { tag: '!dia-danh' }],
      ['YAML_TAG', 6, 4, { tag: '!<tag:yaml.org,2002:str>' }],
      ['YAML_TAG', 7, 6, { tag: '!!int' }],
    ]);
  });
});
