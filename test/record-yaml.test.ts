import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addTopLevelKey, appendToSequence, CannotEdit } from '../src/record/editYaml.js';
import { progressModeline } from '../src/record/newRecord.js';

/** The edit is exactly one insertion: the old text with the inserted piece taken out. */
const untouched = (before: string, e: { text: string; at: number; inserted: string }) =>
  e.text.slice(0, e.at) + e.text.slice(e.at + e.inserted.length) === before;

describe('appending to a YAML file without disturbing it', () => {
  it('goes after the last item even when it ends in a block scalar, before trailing comments', () => {
    const before =
      'kind: report\nresults:\n  - task: a\n    text: |\n      dòng một\n      dòng hai\n\n# cuối tệp\nunit: x # đơn vị\n';
    const e = appendToSequence(before, 'results', { task: 'b', status: 'hoan-thanh' });
    expect(untouched(before, e)).toBe(true);
    expect(e.inserted).toBe('  - task: b\n    status: hoan-thanh\n');
    expect(parse(e.text).results).toEqual([
      { task: 'a', text: 'dòng một\ndòng hai\n' },
      { task: 'b', status: 'hoan-thanh' },
    ]);
  });

  it('follows the file’s own indentation of sequence items', () => {
    const before = 'results:\n- task: a\nunit: x\n';
    const e = appendToSequence(before, 'results', { task: 'b' });
    expect(e.text).toBe('results:\n- task: a\n- task: b\nunit: x\n');
  });

  it('creates the key at the end of the mapping when absent, also without a final newline', () => {
    const before = 'version: 1\nunit: x';
    const e = appendToSequence(before, 'results', { task: 'b', text: 'Có dấu: hai chấm' });
    expect(e.text).toBe('version: 1\nunit: x\nresults:\n  - task: b\n    text: "Có dấu: hai chấm"\n');
    expect(untouched(before, e)).toBe(true);
    expect(addTopLevelKey('a: 1 # giữ\n', 'reference', 'Số 12/BC').text).toBe(
      'a: 1 # giữ\nreference: Số 12/BC\n',
    );
  });

  it('refuses shapes it cannot edit in place rather than rewriting them', () => {
    expect(() => appendToSequence('results: [ {task: a} ]\n', 'results', { task: 'b' })).toThrow(CannotEdit);
    expect(() => appendToSequence('{ results: [] }\n', 'results', { task: 'b' })).toThrow(CannotEdit);
    expect(() => appendToSequence('results: x\n', 'results', { task: 'b' })).toThrow(CannotEdit);
    expect(() => appendToSequence('- a\n', 'results', { task: 'b' })).toThrow(CannotEdit);
    expect(() => appendToSequence('a: [\n', 'results', { task: 'b' })).toThrow(CannotEdit);
    expect(() => addTopLevelKey('reference: x\n', 'reference', 'y')).toThrow(CannotEdit);
  });
});

describe('the modeline of a new progress file', () => {
  it('points at the progress schema beside the plan schema the plan names', () => {
    expect(
      progressModeline('# yaml-language-server: $schema=../../schema/plan.schema.json\nversion: 1'),
    ).toBe('# yaml-language-server: $schema=../../../schema/progress.schema.json');
    expect(progressModeline('# yaml-language-server: $schema=https://x.vn/schema/plan.schema.json\n')).toBe(
      '# yaml-language-server: $schema=https://x.vn/schema/progress.schema.json',
    );
    expect(progressModeline('version: 1\n')).toBe(
      '# yaml-language-server: $schema=../../../schema/progress.schema.json',
    );
  });
});
