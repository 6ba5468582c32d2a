import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanFolder } from '../src/check/checkFolder.js';
import { checkPlanFile, checkPlanText } from '../src/check/checkPlan.js';
import { type Diagnostic, severityOf, sortDiagnostics } from '../src/check/diagnostic.js';
import { en } from '../src/i18n/en/index.js';
import type { DiagText } from '../src/i18n/types.js';
import { vi } from '../src/i18n/vi/index.js';
import { planAt } from '../src/load/discover.js';
import { MAX_FILE_BYTES } from '../src/load/source.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const INVALID = join(FIXTURES, 'invalid');
const VALID = join(FIXTURES, 'valid');
const SHIPPED = join(import.meta.dirname, '..', 'plans', 'minh-long-2025-h2', 'plan.yaml');

/** code, line, column, path — in position order. */
type Row = [string, number, number, string];

/**
 * Every fixture under test/fixtures/invalid/, one problem each: whether the plan still loads (only
 * warnings) and exactly what is reported, where. A new fixture must be added here (checked below).
 */
const EXPECTED: Record<string, { valid: boolean; diagnostics: Row[] }> = {
  // The file itself
  empty: { valid: false, diagnostics: [['FILE_EMPTY', 1, 1, '']] },
  'only-comments': { valid: false, diagnostics: [['FILE_EMPTY', 1, 1, '']] },
  'not-a-mapping': { valid: false, diagnostics: [['SCHEMA_TYPE', 2, 1, '']] },
  'scalar-document': { valid: false, diagnostics: [['SCHEMA_TYPE', 1, 1, '']] },
  'control-character': { valid: true, diagnostics: [['TEXT_INVISIBLE_CHAR', 351, 21, '']] },
  // YAML syntax: one message per slip, on the token that caused it
  'tab-indent': { valid: false, diagnostics: [['YAML_TAB', 25, 1, '']] },
  'bad-indent': { valid: false, diagnostics: [['YAML_INDENT', 14, 4, '']] },
  'list-item-in-mapping': { valid: false, diagnostics: [['YAML_MISPLACED_ITEM', 75, 3, '']] },
  'unclosed-double-quote': { valid: false, diagnostics: [['YAML_UNCLOSED_QUOTE', 232, 12, '']] },
  'unclosed-single-quote': { valid: false, diagnostics: [['YAML_UNCLOSED_QUOTE', 351, 11, '']] },
  'unclosed-flow-mapping': { valid: false, diagnostics: [['YAML_UNCLOSED_BRACKET', 102, 18, '']] },
  'stray-bracket': { valid: false, diagnostics: [['YAML_UNEXPECTED_CHAR', 102, 49, '']] },
  'text-after-quote': { valid: false, diagnostics: [['YAML_TEXT_AFTER_QUOTE', 232, 23, '']] },
  'missing-colon': { valid: false, diagnostics: [['YAML_MISSING_COLON', 322, 3, '']] },
  'colon-no-space': { valid: false, diagnostics: [['YAML_COLON_NO_SPACE', 322, 10, '']] },
  'colon-in-value': { valid: false, diagnostics: [['YAML_COLON_IN_VALUE', 285, 26, '']] },
  'nbsp-after-colon': { valid: false, diagnostics: [['YAML_NBSP', 16, 9, '']] },
  'reserved-start': { valid: false, diagnostics: [['YAML_RESERVED_START', 322, 12, '']] },
  'bad-escape': { valid: false, diagnostics: [['YAML_BAD_ESCAPE', 232, 21, '']] },
  'complex-key': { valid: false, diagnostics: [['YAML_COMPLEX_KEY', 16, 5, '']] },
  'duplicate-key': { valid: false, diagnostics: [['YAML_DUPLICATE_KEY', 17, 3, '']] },
  'duplicate-key-invisible': {
    valid: false,
    diagnostics: [
      ['YAML_DUPLICATE_KEY', 286, 5, 'sections[4].title'],
      ['TEXT_INVISIBLE_CHAR', 286, 7, ''],
    ],
  },
  'multiple-documents': { valid: false, diagnostics: [['YAML_MULTIPLE_DOCUMENTS', 314, 1, '']] },
  'alias-bomb': { valid: false, diagnostics: [['YAML_ALIAS_LIMIT', 12, 8, '']] },
  'alias-cycle': { valid: false, diagnostics: [['YAML_ALIAS_CYCLE', 102, 42, '']] },
  'unresolved-alias': { valid: false, diagnostics: [['YAML_ALIAS_UNRESOLVED', 112, 16, '']] },
  'proto-key': { valid: false, diagnostics: [['YAML_RESERVED_KEY', 21, 3, 'document.__proto__']] },
  'yaml-tag': { valid: false, diagnostics: [['YAML_TAG', 16, 10, '']] },
  'yaml-tag-timestamp': { valid: false, diagnostics: [['YAML_TAG', 29, 10, '']] },
  'yaml-directive-repeated': { valid: false, diagnostics: [['YAML_DIRECTIVE_REPEATED', 9, 1, '']] },
  'document-start-content': { valid: false, diagnostics: [['YAML_AFTER_DOCUMENT_START', 8, 1, '']] },
  'block-scalar-blank-indent': { valid: false, diagnostics: [['YAML_BLOCK_BLANK_INDENT', 97, 11, '']] },
  'lone-surrogate': {
    valid: false,
    diagnostics: [['TEXT_LONE_SURROGATE', 95, 46, 'sections[1].tasks[1].short']],
  },
  // Schema: missing, unknown and wrongly typed fields
  'missing-period': { valid: false, diagnostics: [['SCHEMA_REQUIRED', 8, 1, '']] },
  'missing-task-title': { valid: false, diagnostics: [['SCHEMA_REQUIRED', 166, 9, 'sections[1].tasks[7]']] },
  'timeframe-period-missing': {
    valid: false,
    diagnostics: [['SCHEMA_REQUIRED', 188, 20, 'sections[1].tasks[8].timeframe']],
  },
  'unknown-property': {
    valid: false,
    diagnostics: [['SCHEMA_UNKNOWN_PROPERTY', 138, 9, 'sections[1].tasks[4].lesd']],
  },
  'unit-ref-bad-object': {
    valid: false,
    diagnostics: [['SCHEMA_UNKNOWN_PROPERTY', 126, 33, 'sections[1].tasks[3].support[0].name']],
  },
  'unquoted-comma-in-braces': {
    valid: false,
    diagnostics: [
      ['SCHEMA_UNKNOWN_PROPERTY', 163, 54, 'sections[1].tasks[6].support[0].đơn vị trên địa bàn xã'],
    ],
  },
  'version-as-string': { valid: false, diagnostics: [['SCHEMA_CONST', 8, 10, 'version']] },
  'lead-as-string': { valid: false, diagnostics: [['SCHEMA_TYPE', 147, 15, 'sections[1].tasks[5].lead']] },
  'lead-as-number': { valid: false, diagnostics: [['SCHEMA_TYPE', 171, 16, 'sections[1].tasks[7].lead[0]']] },
  'title-as-number': { valid: false, diagnostics: [['SCHEMA_TYPE', 285, 12, 'sections[4].title']] },
  'intro-as-mapping': { valid: false, diagnostics: [['SCHEMA_TYPE', 46, 3, 'intro']] },
  'bullet-as-number': {
    valid: false,
    diagnostics: [['SCHEMA_TYPE', 271, 13, 'sections[3].parts[3].bullets[1]']],
  },
  'inline-as-string': {
    valid: false,
    diagnostics: [['SCHEMA_TYPE', 299, 17, 'sections[4].parts[1].inline']],
  },
  'month-as-string': {
    valid: false,
    diagnostics: [['SCHEMA_TYPE', 174, 43, 'sections[1].tasks[7].timeframe.month']],
  },
  'month-out-of-range': {
    valid: false,
    diagnostics: [['SCHEMA_RANGE', 174, 43, 'sections[1].tasks[7].timeframe.month']],
  },
  'empty-title': { valid: false, diagnostics: [['SCHEMA_EMPTY_TEXT', 53, 12, 'sections[0].title']] },
  'timeframe-kind-typo': {
    valid: false,
    diagnostics: [['SCHEMA_ENUM', 116, 28, 'sections[1].tasks[2].timeframe.kind']],
  },
  'period-expr-invalid': {
    valid: false,
    diagnostics: [['SCHEMA_PATTERN', 188, 44, 'sections[1].tasks[8].timeframe.period']],
  },
  'task-id-not-slug': { valid: false, diagnostics: [['SCHEMA_PATTERN', 176, 13, 'sections[1].tasks[8].id']] },
  'date-not-iso': { valid: false, diagnostics: [['SCHEMA_PATTERN', 29, 10, 'period.start']] },
  'citation-number-malformed': {
    valid: false,
    diagnostics: [['SCHEMA_PATTERN', 38, 15, 'basis.items[0].number']],
  },
  'signature-authority-pattern': {
    valid: false,
    diagnostics: [['SCHEMA_PATTERN', 327, 14, 'signature.authority']],
  },
  'tasks-in-funding-section': {
    valid: false,
    diagnostics: [['SECTION_TASKS_KIND', 233, 5, 'sections[2].tasks']],
  },
  // Semantic rules
  'unknown-lead-unit': {
    valid: false,
    diagnostics: [['UNIT_UNKNOWN', 112, 16, 'sections[1].tasks[2].lead[0]']],
  },
  'unknown-support-unit': {
    valid: false,
    diagnostics: [['UNIT_UNKNOWN', 126, 21, 'sections[1].tasks[3].support[0].unit']],
  },
  'unknown-report-recipient': {
    valid: false,
    diagnostics: [['UNIT_UNKNOWN', 305, 15, 'sections[4].parts[1].report.to']],
  },
  'unknown-reporting-recipient': {
    valid: false,
    diagnostics: [['UNIT_UNKNOWN', 335, 8, 'reporting.to[0]']],
  },
  'unknown-group-member': { valid: false, diagnostics: [['UNIT_UNKNOWN', 379, 38, 'units[9].members[2]']] },
  'unit-name-as-id': {
    valid: false,
    diagnostics: [['UNIT_UNKNOWN', 147, 16, 'sections[1].tasks[5].lead[0]']],
  },
  'unknown-issuer-unit': { valid: false, diagnostics: [['ISSUER_NOT_DECLARED', 23, 9, 'issuer.unit']] },
  'unit-form-unknown': {
    valid: false,
    diagnostics: [['UNIT_FORM_UNKNOWN', 202, 39, 'sections[1].tasks[9].support[1].as']],
  },
  'duplicate-unit-id': { valid: false, diagnostics: [['UNIT_DUPLICATE', 410, 9, 'units[18].id']] },
  'duplicate-task-id': {
    valid: false,
    diagnostics: [['TASK_DUPLICATE', 219, 13, 'sections[1].tasks[11].id']],
  },
  'group-cycle': { valid: false, diagnostics: [['UNIT_GROUP_CYCLE', 396, 14, 'units[13].members']] },
  'date-2025-02-30': {
    valid: false,
    diagnostics: [['DATE_INVALID', 295, 16, 'sections[4].parts[0].report.due']],
  },
  'period-reversed': { valid: false, diagnostics: [['PERIOD_REVERSED', 30, 8, 'period.end']] },
  'range-reversed': {
    valid: false,
    diagnostics: [['TIMEFRAME_REVERSED', 188, 59, 'sections[1].tasks[8].timeframe.end']],
  },
  'deadline-outside-period': {
    valid: false,
    diagnostics: [['TIMEFRAME_OUTSIDE_PERIOD', 188, 43, 'sections[1].tasks[8].timeframe.due']],
  },
  'report-due-outside-period': {
    valid: false,
    diagnostics: [['REPORT_DUE_OUTSIDE_PERIOD', 295, 16, 'sections[4].parts[0].report.due']],
  },
  'doc-symbol-wrong-type': { valid: false, diagnostics: [['DOC_SYMBOL_TYPE', 14, 11, 'document.symbol']] },
  // Warnings: the plan still loads
  'doc-number-zero-pad': { valid: true, diagnostics: [['DOC_NUMBER_ZERO_PAD', 13, 11, 'document.number']] },
  'citation-date-mismatch': {
    valid: true,
    diagnostics: [['CITATION_TEXT_MISMATCH', 39, 13, 'basis.items[0].date']],
  },
  'timeframe-extra-field': {
    valid: true,
    diagnostics: [['TIMEFRAME_EXTRA_FIELD', 174, 71, 'sections[1].tasks[7].timeframe.due']],
  },
  'recipients-missing': { valid: true, diagnostics: [['PLAN_PART_MISSING', 8, 1, '']] },
};

const rows = (ds: Diagnostic[]): Row[] =>
  sortDiagnostics([...ds]).map((d) => [d.code, d.line, d.column, d.path]);

const texts = (d: Diagnostic): { vi: DiagText; en: DiagText } => ({
  vi: (vi.diag[d.code] as (a: unknown) => DiagText)(d.args),
  en: (en.diag[d.code] as (a: unknown) => DiagText)(d.args),
});

describe('invalid fixtures', () => {
  const files = readdirSync(INVALID).filter((f) => f.endsWith('.yaml'));

  it('has at least 30 fixtures, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.map((f) => f.replace(/\.yaml$/u, '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', async (name, want) => {
    const res = await checkPlanFile(join(INVALID, `${name}.yaml`), `${name}.yaml`);
    expect(rows(res.diagnostics)).toEqual(want.diagnostics);
    expect(res.value !== undefined).toBe(want.valid);
    for (const d of res.diagnostics) {
      expect(d.severity).toBe(severityOf[d.code]);
      const t = texts(d);
      expect(t.vi.message).not.toBe('');
      expect(t.en.message).not.toBe(t.vi.message);
      // An error tells the reader what to do: what was expected, or how to fix it.
      if (d.severity === 'error') expect(t.vi.expected ?? t.vi.fix).toBeTruthy();
    }
  });
});

describe('what a person reads', () => {
  const first = async (name: string) => {
    const res = await checkPlanFile(join(INVALID, `${name}.yaml`), `${name}.yaml`);
    return texts(res.diagnostics[0]!).vi;
  };

  it('a misspelt field suggests the right one', async () => {
    expect((await first('unknown-property')).fix).toBe('Có phải ý bạn là "lead"?');
  });

  it('a name cut by a comma inside braces gets the quoted form back', async () => {
    expect((await first('unquoted-comma-in-braces')).fix).toContain(
      'as: "Các cơ quan, đơn vị trên địa bàn xã"',
    );
  });

  it('a value that may take several shapes is described as a choice, once', async () => {
    expect((await first('lead-as-number')).expected).toMatch(/^mã đơn vị .* hoặc \{ unit: /u);
    expect((await first('intro-as-mapping')).expected).toMatch(/^một đoạn văn, hoặc danh sách đoạn văn/u);
    expect((await first('bullet-as-number')).expected).toMatch(/^một câu, hoặc \{ text: /u);
  });

  it('common slips come with the corrected value', async () => {
    expect((await first('date-not-iso')).fix).toBe('Ghi là: 2025-07-01');
    expect((await first('task-id-not-slug')).fix).toBe('Ghi là: tet-trung-thu');
    expect((await first('citation-number-malformed')).fix).toBe('Ghi là: 65/KH-UBND');
    expect((await first('lead-as-string')).fix).toBe('Viết thành danh sách: [van-phong]');
    expect((await first('version-as-string')).found).toBe('"1"');
    expect((await first('duplicate-key')).message).toContain('"type"');
    expect((await first('duplicate-key')).message).toContain('dòng 12');
  });
});

describe('files that are not YAML text (generated, not committed)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'kehoach-fixtures-'));
  const check = async (name: string, bytes: Uint8Array | string) => {
    const path = join(tmp, name);
    writeFileSync(path, bytes);
    return (await checkPlanFile(path, name)).diagnostics;
  };

  it('refuses a 20 MB file unread', async () => {
    const line = '# Kế hoạch triển khai thực hiện công tác trẻ em trên địa bàn xã Minh Long\n';
    const big = line.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(line)));
    const ds = await check('big.yaml', big);
    expect(rows(ds)).toEqual([['FILE_TOO_LARGE', 1, 1, '']]);
    expect(ds[0]!.args).toMatchObject({ limit: MAX_FILE_BYTES });
  });

  it('refuses binary content, pointing at the first zero byte', async () => {
    const bytes = Buffer.concat([Buffer.from('version: 1\nid: x\n'), Buffer.from([0x89, 0x50, 0x00, 0xff])]);
    expect(rows(await check('binary.yaml', bytes))).toEqual([['FILE_NOT_TEXT', 3, 3, '']]);
  });

  it('names a .docx (a zip) and a UTF-16 file for what they are', async () => {
    const zip = await check('plan.docx.yaml', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(zip[0]!.args).toEqual({ reason: 'zip' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('version: 1\n', 'utf16le')]);
    expect((await check('utf16.yaml', utf16))[0]!.args).toEqual({ reason: 'utf16' });
  });

  it('points at the first byte that is not UTF-8 (a legacy encoding)', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('version: 1\nid: x\nintro: Kế '),
      Buffer.from([0xe0, 0x20, 0x41]),
    ]);
    const ds = await check('latin1.yaml', latin1);
    expect(rows(ds)).toEqual([['FILE_NOT_TEXT', 3, 11, '']]);
    expect(ds[0]!.args).toEqual({ reason: 'utf8' });
  });

  it('tells an empty file, a file of comments and a bare empty value apart', async () => {
    const content = async (text: string) =>
      (await checkPlanText(text, 'x.yaml')).diagnostics.map((d) => d.args);
    expect(await content(' \n\n')).toEqual([{ content: 'nothing' }]);
    expect(await content('# chỉ có chú thích\n---\n')).toEqual([{ content: 'comments' }]);
    expect(await content('~\n')).toEqual([{ content: 'null' }]);
  });

  it('refuses nesting deep enough to exhaust the stack, without crashing', async () => {
    const flow = await checkPlanText(`version: 1\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'flow.yaml');
    expect(flow.diagnostics.map((d) => d.code)).toEqual(['YAML_TOO_DEEP']);
    const block = Array.from({ length: 1200 }, (_, i) => `${'  '.repeat(i)}- `).join('\n');
    const deep = await checkPlanText(`${block}x\n`, 'block.yaml');
    expect(deep.diagnostics.map((d) => [d.code, d.line])).toEqual([['YAML_TOO_DEEP', 65]]);
  });
});

describe('files that must load', () => {
  const shipped = readFileSync(SHIPPED, 'utf8');

  it.each(['nfd', 'bom', 'crlf', 'bom-crlf-nfd'])(
    '%s: the shipped plan re-encoded is valid',
    async (name) => {
      const res = await checkPlanFile(join(VALID, `${name}.yaml`), `${name}.yaml`);
      expect(res.diagnostics).toEqual([]);
      const original = await checkPlanText(shipped, 'plan.yaml');
      // The same data as the shipped plan: NFC text, no BOM or CR anywhere.
      expect(res.value!.file).toEqual(original.value!.file);
    },
  );

  it('NFD text compares equal to NFC: unit names, forms and mentions', async () => {
    const nfdText = readFileSync(join(VALID, 'nfd.yaml'), 'utf8');
    expect(nfdText).not.toBe(nfdText.normalize('NFC'));
    const plan = (await checkPlanFile(join(VALID, 'nfd.yaml'), 'nfd.yaml')).value!;
    expect(plan.units.get('phong-vhxh')!.name).toBe('Phòng Văn hóa - Xã hội xã'.normalize('NFC'));
    expect(plan.units.hasForm('hoi-doan-the', 'hội đoàn thể'.normalize('NFD'))).toBe(true);
    expect(plan.units.findByName('Công an xã'.normalize('NFD'))?.id).toBe('cong-an-xa');
  });

  it('reports the same positions with CRLF, a BOM or NFD text as with the plain file', async () => {
    const broken = readFileSync(join(INVALID, 'unknown-lead-unit.yaml'), 'utf8');
    const want = rows((await checkPlanText(broken, 'x.yaml')).diagnostics);
    for (const variant of [broken.replace(/\n/gu, '\r\n'), `\uFEFF${broken}`]) {
      expect(rows((await checkPlanText(variant, 'x.yaml')).diagnostics)).toEqual(want);
    }
  });

  it('a plan may reuse one anchor in hundreds of places (a shared list of units)', async () => {
    const shipped = readFileSync(SHIPPED, 'utf8').replace(
      'support: [to-chuc-ct-xh, trung-tam-y-te]',
      'support: &chung [to-chuc-ct-xh, trung-tam-y-te]',
    );
    const extra = Array.from(
      { length: 300 },
      (_, i) =>
        `      - { id: viec-${i}, title: Việc ${i}., lead: [phong-vhxh], support: *chung, timeframe: { kind: continuous } }`,
    ).join('\n');
    const text = shipped.replace('\n  # III.', `\n${extra}\n\n  # III.`);
    const res = await checkPlanText(text, 'plan.yaml');
    expect(res.diagnostics).toEqual([]);
    expect(res.value!.task('viec-299')!.support.map((m) => m.id)).toEqual([
      'to-chuc-ct-xh',
      'trung-tam-y-te',
    ]);
  });

  it('a plan with its progress files (report, note, assessment)', async () => {
    const checked = await checkPlanFolder(planAt(join(VALID, 'progress', 'plan.yaml'), VALID));
    expect(checked.diagnostics).toEqual([]);
    expect(checked.records.map((r) => r.record.kind).sort()).toEqual(['assessment', 'note', 'report']);
  });
});

describe('indicator ids', () => {
  it('a reused id is reported where it is reused, tasks before parts, naming the first line', async () => {
    const compact = readFileSync(join(VALID, 'compact.yaml'), 'utf8');
    const text = compact
      .replace(
        '        timeframe: { kind: continuous }\n',
        '        timeframe: { kind: continuous }\n        indicators:\n          - { id: tre-em, name: Trẻ em được hỗ trợ }\n          - { id: tre-em, name: Trẻ em được hỗ trợ lần hai }\n',
      )
      .replace(
        '      - units: [{ unit: cac-thon, as: Các thôn trên địa bàn xã }]\n',
        '      - units: [{ unit: cac-thon, as: Các thôn trên địa bàn xã }]\n        indicators: [{ id: tre-em, name: Ở các thôn }, { id: thon, name: Thôn }]\n',
      );
    expect(text).not.toBe(compact);
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.includes('{ id: tre-em, name: Trẻ em được hỗ trợ }')) + 1;
    const res = await checkPlanText(text, 'plan.yaml');
    const rows = res.diagnostics.map((d) => [d.code, d.line, d.path, d.args]);
    expect(rows).toEqual([
      [
        'INDICATOR_DUPLICATE',
        first + 1,
        'sections[1].tasks[0].indicators[1].id',
        { id: 'tre-em', firstLine: first },
      ],
      [
        'INDICATOR_DUPLICATE',
        lines.findIndex((l) => l.includes('{ id: tre-em, name: Ở các thôn }')) + 1,
        expect.stringMatching(/^sections\[\d\]\.parts\[0\]\.indicators\[0\]\.id$/u),
        { id: 'tre-em', firstLine: first },
      ],
    ]);
  });
});

describe('time frames against the plan period', () => {
  it('one running past the end, a reversed period: each reported on its own field', async () => {
    const compact = readFileSync(join(VALID, 'compact.yaml'), 'utf8');
    const text = compact
      .replace(
        'timeframe: { kind: period, period: 2025-Q4 }',
        'timeframe: { kind: deadline, start: 2025-12-01, due: 2026-01-15 }',
      )
      .replace(
        'timeframe: { kind: deadline, due: 2025-10-06 }',
        'timeframe: { kind: period, period: 2025-09-30..2025-07-01 }',
      );
    expect(text).not.toBe(compact);
    const lines = text.split('\n');
    const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
    const res = await checkPlanText(text, 'plan.yaml');
    const rows = res.diagnostics.map((d) => [d.code, d.line, d.path]);
    expect(rows).toEqual([
      ['TIMEFRAME_PARTLY_OUTSIDE', lineOf('due: 2026-01-15'), 'sections[1].tasks[1].timeframe.due'],
      [
        'PERIOD_EXPR_INVALID',
        lineOf('2025-09-30..2025-07-01'),
        'sections[1].tasks[1].subtasks[0].timeframe.period',
      ],
    ]);
    expect(res.diagnostics[0]!.args).toEqual({
      number: '2',
      start: '2025-12-01',
      end: '2026-01-15',
      periodStart: '2025-07-01',
      periodEnd: '2025-12-31',
    });
  });
});

describe('__proto__ as a key', () => {
  it('is reported and never reaches Object.prototype', async () => {
    const texts = [
      readFileSync(join(INVALID, 'proto-key.yaml'), 'utf8'),
      '__proto__:\n  polluted: true\nversion: 1\n',
      'units:\n  - { __proto__: { polluted: true }, id: a, name: A }\n',
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}\n',
    ];
    for (const text of texts) {
      const res = await checkPlanText(text, 'proto.yaml');
      expect(res.diagnostics.some((d) => d.code === 'YAML_RESERVED_KEY')).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      const walk = (v: unknown): void => {
        if (v === null || typeof v !== 'object') return;
        expect(Object.hasOwn(v, '__proto__')).toBe(false);
        if (!Array.isArray(v)) expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
        for (const x of Object.values(v)) walk(x);
      };
      walk(res.src!.value);
    }
  });
});
