import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './cli.js';

/**
 * The official YAML test suite (github.com/yaml/yaml-test-suite, src/*.yaml, MIT; a copy in
 * test/yaml-test-suite/ so CI has it). Each file holds one case or several; a later case of a
 * file inherits what it does not say from the one before (bin/YAMLTestSuite.pm), and `skip` cases are
 * left out as the suite's own tools do.
 */
export interface SuiteCase {
  /** "229Q", or "ZYU8-01" for the second case of a file. */
  id: string;
  name: string;
  /** The YAML input, its notation for invisible characters turned back into them. */
  yaml: string;
  /** The suite says this input is not valid YAML. */
  fail: boolean;
  /** Documents in the stream (from the event tree), when the case is valid. */
  documents: number;
  /** The data as JSON when the suite gives it (one value per document, concatenated). */
  json?: string;
}

export const SUITE_DIR = join(ROOT, 'test/yaml-test-suite/src');

/** The suite's notation (ReadMe "Special Characters"; bin/YAMLTestSuite.pm `unescape`) back to text. */
export function unescapeSuite(text: string): string {
  return text
    .replace(/␣/gu, ' ')
    .replace(/—*»/gu, '\t')
    .replace(/←/gu, '\r')
    .replace(/⇔/gu, '\uFEFF')
    .replace(/↵/gu, '')
    .replace(/∎\n$/u, '');
}

export function loadSuite(dir = SUITE_DIR): SuiteCase[] {
  const out: SuiteCase[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const tests = parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>[];
    const id = name.replace(/\.yaml$/u, '');
    if (tests[0]?.skip) continue;
    let prev: Record<string, unknown> = {};
    const width = tests.length > 1 ? String(tests.length - 1).length : 0;
    tests.forEach((t, i) => {
      const inherited = { ...t };
      for (const key of ['name', 'tags', 'yaml', 'tree', 'json', 'dump', 'emit', 'toke'])
        if (!(key in t) && prev[key] !== undefined) inherited[key] = prev[key];
      prev = inherited;
      const tree = String(inherited.tree ?? '');
      out.push({
        id: tests.length > 1 ? `${id}-${String(i).padStart(Math.max(2, width), '0')}` : id,
        name: String(inherited.name),
        yaml: unescapeSuite(String(inherited.yaml)),
        fail: Boolean(inherited.fail),
        documents: (tree.match(/^\s*\+DOC/gmu) ?? []).length,
        json: typeof inherited.json === 'string' ? inherited.json : undefined,
      });
    });
  }
  return out;
}
