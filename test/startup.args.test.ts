/**
 * The hot path of the command line (the small parser in src/cli/fastArgs.ts) must hand every spec
 * exactly what commander would, or decline. Each line below is parsed both ways and compared.
 */
import { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { fastParse, shapeOf } from '../src/cli/fastArgs.js';
import { specs } from '../src/cli/spec/index.js';
import type { CommandSpec } from '../src/cli/spec/types.js';
import { msg, setLang } from '../src/i18n/index.js';

beforeAll(async () => {
  await setLang('vi');
});

/** What commander passes to the spec's run() for this line, or 'error'. */
function viaCommander(
  spec: CommandSpec,
  argv: string[],
): { args: unknown[]; opts: Record<string, unknown> } | 'error' {
  const h = msg().help;
  const program = new Command('plan')
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} });
  program.option('--lang <lang>').option('--no-color');
  let got: { args: unknown[]; opts: Record<string, unknown> } | 'error' = 'error';
  for (const s of specs) {
    const cmd = program
      .command(s.name)
      .exitOverride()
      .configureOutput({ writeOut: () => {}, writeErr: () => {} });
    s.define(cmd, h);
    cmd.option('--lang <lang>').option('--no-color');
    cmd.action((...a: unknown[]) => {
      if (s === spec) got = { args: a.slice(0, -2), opts: { ...(a.at(-1) as Command).opts() } };
    });
  }
  try {
    program.parse(argv, { from: 'user' });
  } catch {
    return 'error';
  }
  return got;
}

const lines: string[][] = [
  ['validate'],
  ['validate', 'a.yaml', 'b.yaml'],
  ['validate', '-f', 'json'],
  ['validate', '--format=github', 'x'],
  ['validate', '--no-color', '--lang', 'en'],
  ['--lang', 'en', 'validate', 'p'],
  ['--no-color', 'validate'],
  ['validate', '--', '-odd-name.yaml'],
  ['status'],
  ['status', '--as-of', '2025-11-20'],
  ['status', 'plans/x', '--unit', 'cong-an-xa', '--json', '--fail-on', 'overdue'],
  ['status', 'a', 'b'],
  ['status', '--as-of'],
  ['status', '--unit', '-x'],
  ['status', '--json', '--json'],
  ['status', '--json=yes'],
  ['report', '--period', '2025-H2', '--format', 'docx', '-o', 'x.docx', '--force'],
  ['report', '-p', '2025-H2', '-fdocx'],
  ['render', '--template', 't.docx', '--save-template', 's.docx'],
  [
    'record',
    '--task',
    '9',
    '--status',
    'hoan-thanh',
    '--date',
    '2025-10-06',
    '--note',
    'Trung thu',
    '--dry-run',
  ],
  ['import', 'x.docx', '-o', 'p.yaml', '--id', 'abc'],
  ['import'],
  ['init', '--from', 'p', '--period', '2026-H1', '-o', 'out'],
  ['deadlines', '--from', '2025-01-01', '--to', '2025-12-31', '--ics', 'x.ics'],
  ['units', '--unit', 'x', '--json'],
  ['status', '--help'],
  ['status', '-h'],
  ['status', '--bogus'],
  ['validate', '-V'],
  ['status', '--as-of=2025-11-20', '--json'],
  ['status', '--as-of=', 'x'],
  ['status', '-'],
  ['validate', '-', 'a.yaml'],
  ['validate', '-fjson'],
  ['validate', '-f'],
  ['validate', '-f', '--json'],
  ['validate', '-jf', 'json'],
  ['report', '--period', '2025-H2', '-o', '-'],
  ['report', '--period=2025-H2', '--period', '2025-H1'],
  ['units', 'plans/x', '--json', '--', '--unit'],
  ['deadlines', '--ics', 'x.ics', '--force=1'],
  ['status', '--no-color', '--unit=cong-an-xa', 'p'],
];

describe('the hot-path parser agrees with commander', () => {
  it('understands every shipped spec', () => {
    for (const s of specs) expect(shapeOf(s, msg().help), s.name).toBeDefined();
  });

  for (const argv of lines) {
    it(argv.join(' '), () => {
      const name = argv.find((a) => !a.startsWith('-') && a !== 'en');
      const spec = specs.find((s) => s.name === name);
      if (!spec) throw new Error(`no spec in ${argv.join(' ')}`);
      const fast = fastParse(spec, argv, msg().help);
      const slow = viaCommander(spec, argv);
      // Declining is always allowed (commander then handles the line); answering must match it exactly.
      if (fast !== undefined) expect(fast).toEqual(slow);
      if (slow === 'error') expect(fast).toBeUndefined();
    });
  }

  it('answers the ordinary lines itself', () => {
    const ordinary = [
      ['validate'],
      ['status', '--as-of', '2025-11-20'],
      ['report', '--period', '2025-H2', '-f', 'docx', '-o', 'x.docx'],
      ['validate', '--format=json', 'a.yaml', '-'],
      ['status', '--as-of=2025-11-20', '--unit', 'cong-an-xa', '--json'],
      ['units', '--', 'plans/x'],
    ];
    for (const argv of ordinary) {
      const spec = specs.find((s) => s.name === argv[0])!;
      expect(fastParse(spec, argv, msg().help), argv.join(' ')).toBeDefined();
    }
  });
});
