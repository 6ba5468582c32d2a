import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastValue } from '../src/load/fastValue.js';
import { parseYamlFile } from '../src/load/yamlFile.js';
import { ROOT } from './helpers/cli.js';
import { mutation } from './helpers/mutations.js';
import { runs } from './helpers/runs.js';

/**
 * Two readers, one answer. Clean files are read with js-yaml (fast) and only problem files with the
 * `yaml` Document API (positions, explanations). Wherever the fast reader accepts a file, the careful
 * reader must accept it too and give exactly the same data; otherwise a file could pass `plan validate`
 * yet read differently, or a mistake the careful reader reports could slip through unreported.
 */
function agree(text: string): void {
  const fast = fastValue(text);
  if (fast === undefined) return;
  const slow = parseYamlFile(text, 'x.yaml');
  const readingProblems = slow.diagnostics.filter((d) => /^(YAML_|FILE_|TEXT_)/u.test(d.code));
  expect(readingProblems).toEqual([]);
  expect(slow.value).toEqual(fast);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/u.test(n) ? [p] : [];
  });
}

const PLAN = readFileSync(join(ROOT, 'plans/minh-long-2025-h2/plan.yaml'), 'utf8');
const COMPACT = readFileSync(join(ROOT, 'test/fixtures/valid/compact.yaml'), 'utf8');
const UNIT_IDS = [...new Set([...`${PLAN}${COMPACT}`.matchAll(/\bid: ([a-z0-9-]+)/gu)].map((m) => m[1]!))];

describe('the fast and the careful YAML readers agree', () => {
  it('the shipped plan is read the fast way, also with a leading --- or Windows line ends', () => {
    for (const text of [
      PLAN,
      `---\n${PLAN}`,
      `# ghi chú\n--- # đầu tài liệu\n${PLAN}`,
      PLAN.replace(/\n/gu, '\r\n'),
    ]) {
      expect(fastValue(text)).toEqual(fastValue(PLAN));
      agree(text);
    }
    // Text on the --- line, a second document or an end marker: the careful reader decides.
    for (const text of [`--- version: 1\n${PLAN}`, `${PLAN}\n---\n`, `${PLAN}\n...\n`, `---\n---\n${PLAN}`])
      expect(fastValue(text)).toBeUndefined();
  });

  it('on every fixture and shipped plan', () => {
    const files = [...yamlFiles(join(ROOT, 'test/fixtures')), ...yamlFiles(join(ROOT, 'plans'))];
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) agree(readFileSync(f, 'utf8'));
  });

  it('on every fixture and shipped plan saved with Windows line ends, read the fast way where the LF one is', () => {
    const files = [...yamlFiles(join(ROOT, 'test/fixtures')), ...yamlFiles(join(ROOT, 'plans'))];
    for (const f of files) {
      const lf = readFileSync(f, 'utf8').replace(/\r\n/gu, '\n');
      const crlf = lf.replace(/\n/gu, '\r\n');
      agree(crlf);
      expect([f, fastValue(crlf)]).toEqual([f, fastValue(lf)]);
    }
  });

  it('cleans what needs cleaning when the text is not NFC or has escapes, and nothing else', () => {
    const title = 'Triển khai thực hiện công tác trẻ em';
    const nfd = PLAN.replace(title, title.normalize('NFD'));
    expect(nfd).not.toBe(PLAN);
    expect(JSON.stringify(fastValue(nfd))).toContain(title);
    expect(JSON.stringify(fastValue(nfd))).not.toContain(title.normalize('NFD'));
    agree(nfd);
    // An escape that brings in an invisible character or a decomposed letter: cleaned as by the careful reader.
    for (const esc of ['\\u200B', '\\x01', 'e\\u0301', '\\N']) {
      const text = PLAN.replace(/^ {2}subject: .*$/mu, `  subject: "công tác${esc} trẻ em"`);
      expect(text).not.toBe(PLAN);
      const v = fastValue(text) as { document: { subject: string } };
      expect(v.document.subject).toBe(`công tác${esc === 'e\\u0301' ? 'é' : ''} trẻ em`);
      agree(text);
    }
    expect(fastValue(PLAN)).toEqual(parseYamlFile(PLAN, 'x.yaml').value);
  });

  it('on hundreds of damaged plans (thousands with npm run test:deep)', () => {
    fc.assert(
      fc.property(fc.array(mutation(UNIT_IDS), { minLength: 1, maxLength: 3 }), (ms) => {
        agree(ms.reduce((t, m) => m(t), COMPACT));
      }),
      { numRuns: runs(600) },
    );
    fc.assert(
      fc.property(fc.array(mutation(UNIT_IDS), { minLength: 1, maxLength: 2 }), (ms) => {
        agree(ms.reduce((t, m) => m(t), PLAN));
      }),
      { numRuns: runs(50) },
    );
  });
});
