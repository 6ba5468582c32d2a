import {
  type Dirent,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planAt, validateTargets, walkPlans } from '../src/load/discover.js';

/**
 * Finding the plans of a province: every plan.yaml below a folder, in path order, symbolic links
 * followed and each real folder read once, with its progress files. The walk asks the system for a real
 * path only where a link was followed; the earlier walk (below) asked for every folder, and the two must
 * find the same plans with the same progress files on any tree of folders, files and links.
 */
function* oldWalk(root: string, seen = new Set<string>()): Generator<string> {
  let real: string;
  let entries: Dirent[];
  try {
    real = realpathSync.native(root);
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const isDir = (p: string) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  const isFolder = (e: Dirent) => e.isDirectory() || (e.isSymbolicLink() && isDir(join(root, e.name)));
  const plan = entries.find((e) => e.name.toLowerCase() === 'plan.yaml' && !isFolder(e));
  if (plan) yield join(root, plan.name);
  for (const e of entries) {
    if (!e.name.startsWith('.') && e.name !== 'node_modules' && e.name !== 'progress' && isFolder(e)) {
      yield* oldWalk(join(root, e.name), seen);
    }
  }
}

/** A small deterministic generator (mulberry32): the same trees on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['a', 'b', 'xa-01', 'Xa 02', '.git', 'node_modules', 'progress', 'zz', 'ấp-1'];

/** Whatever a name already is (a folder called "progress", say) it stays: a tree is only ever added to. */
const attempt = (f: () => void) => {
  try {
    f();
  } catch {}
};

/** A random tree: folders, plan files (any letter case), progress folders and files, links anywhere. */
function makeTree(root: string, rnd: () => number): void {
  const folders = [root];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  for (let i = 0; i < 30; i++) {
    const parent = pick(folders);
    const name = pick(NAMES);
    const p = join(parent, name);
    attempt(() => {
      mkdirSync(p);
      folders.push(p);
    });
  }
  for (const f of folders) {
    const r = rnd();
    if (r < 0.4) attempt(() => writeFileSync(join(f, 'plan.yaml'), 'x: 1\n'));
    else if (r < 0.5) attempt(() => writeFileSync(join(f, 'Plan.yaml'), 'x: 1\n'));
    else if (r < 0.55) attempt(() => mkdirSync(join(f, 'plan.yaml'), { recursive: true }));
    if (rnd() < 0.4) {
      const pd = join(f, 'progress');
      attempt(() => mkdirSync(pd, { recursive: true }));
      for (const n of ['2025-11.yaml', '2025-09.yml', 'note.txt'].filter(() => rnd() < 0.7))
        attempt(() => writeFileSync(join(pd, n), 'kind: note\n'));
    } else if (rnd() < 0.1) {
      attempt(() => writeFileSync(join(f, 'progress'), 'not a folder\n'));
    }
  }
  // Links to folders (ancestors too: cycles), to a progress folder, to nothing, to a plan file.
  for (let i = 0; i < 8; i++) {
    const from = join(pick(folders), `link-${i}`);
    const to = rnd() < 0.15 ? join(root, 'missing') : pick(folders);
    attempt(() => symlinkSync(to, from));
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-discover-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding plans', () => {
  it('finds what the walk with a real path for every folder finds, with the same progress files', () => {
    let plans = 0;
    let linked = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const root = join(dir, `tree-${seed}`);
      mkdirSync(root);
      makeTree(root, random(seed));
      const expected = [...oldWalk(root)];
      expect([...walkPlans(root)]).toEqual(expected);
      // validate's own walk, which also says whether a progress folder is there.
      const cwd = dir;
      if (expected.length === 0) expect(() => validateTargets([root], cwd)).toThrow('noPlans');
      else expect(validateTargets([root], cwd)).toEqual(expected.map((f) => planAt(f, cwd)));
      plans += expected.length;
      linked += expected.filter((f) => f.includes('link-')).length;
    }
    // The trees are not trivial: many plans, some reached only through a link.
    expect(plans).toBeGreaterThan(200);
    expect(linked).toBeGreaterThan(10);
  });

  it('reads a folder reached twice (itself and through a link) once, and ends on a link to its own parent', () => {
    const root = join(dir, 'twice');
    mkdirSync(join(root, 'plans', 'xa-a', 'progress'), { recursive: true });
    writeFileSync(join(root, 'plans', 'xa-a', 'plan.yaml'), 'x: 1\n');
    writeFileSync(join(root, 'plans', 'xa-a', 'progress', 'b.yaml'), 'kind: note\n');
    writeFileSync(join(root, 'plans', 'xa-a', 'progress', 'a.yml'), 'kind: note\n');
    symlinkSync(join(root, 'plans', 'xa-a'), join(root, 'plans', 'xa-b'));
    symlinkSync(join(root, 'plans'), join(root, 'plans', 'xa-a', 'up'));
    const found = validateTargets([], root);
    expect(found.map((t) => t.plan.display)).toEqual(['plans/xa-a/plan.yaml']);
    expect(found[0]!.progress.map((p) => p.display)).toEqual([
      'plans/xa-a/progress/a.yml',
      'plans/xa-a/progress/b.yaml',
    ]);
  });

  it('follows a progress folder that is a link, and ignores a file named progress', () => {
    const root = join(dir, 'progress-kinds');
    mkdirSync(join(root, 'plans', 'linked'), { recursive: true });
    mkdirSync(join(root, 'plans', 'file'), { recursive: true });
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere', '2025-11.yaml'), 'kind: note\n');
    writeFileSync(join(root, 'plans', 'linked', 'plan.yaml'), 'x: 1\n');
    symlinkSync(join(root, 'elsewhere'), join(root, 'plans', 'linked', 'progress'));
    writeFileSync(join(root, 'plans', 'file', 'plan.yaml'), 'x: 1\n');
    writeFileSync(join(root, 'plans', 'file', 'progress'), 'not a folder\n');
    const found = validateTargets([], root);
    expect(found.map((t) => [t.plan.display, t.progress.map((p) => p.display)])).toEqual([
      ['plans/file/plan.yaml', []],
      ['plans/linked/plan.yaml', ['plans/linked/progress/2025-11.yaml']],
    ]);
  });
});
