// N generated commune plans for the bulk benches (bench-rollup.mjs, bench-site.mjs): the Minh Long plan
// with each commune's own name, units and ids. Returns the folder (holding plans/); the caller removes it.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The same corpus as the validate bench: the Minh Long plan with each commune's own name, units and ids;
// every tenth commune also has two unit reports in progress/, so the roll-up has records to count.
const seed = readFileSync(join(root, 'plans/minh-long-2025-h2/plan.yaml'), 'utf8');
const ids = [...new Set([...seed.matchAll(/^\s*- id: ([a-z0-9-]+)$/gmu)].map((m) => m[1]))];
function commune(i) {
  const n = String(i).padStart(4, '0');
  let text = seed
    .replaceAll('Minh Long', `Xã Mẫu ${n}`)
    .replace('id: minh-long-2025-h2', `id: xa-${n}-2025-h2`);
  for (const id of ids)
    text = text.replace(new RegExp(`(?<![a-z0-9-])${id}(?![a-z0-9-])`, 'gu'), `${id}-${n}`);
  return text;
}
/** `progress: false` leaves out the unit reports (the validate bench measures plans alone). */
export function corpus(count, prefix = 'kehoach-bench-', { progress = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(4, '0');
    const d = join(dir, 'plans', `xa-${n}`);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'plan.yaml'), commune(i));
    if (progress && i % 10 === 0) {
      mkdirSync(join(d, 'progress'));
      for (const [u, day] of [
        ['cong-an-xa', '10'],
        ['truong-hoc', '17'],
      ])
        writeFileSync(
          join(d, 'progress', `2025-11-${day}-${u}.yaml`),
          `version: 1\nkind: report\nunit: ${u}-${n}\nreceived: 2025-11-${day}\ncovers: "2025"\n`,
        );
    }
  }
  return dir;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
