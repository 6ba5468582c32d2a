/**
 * Would Microsoft Word open this .docx? Runs `../shared/tools/docx-validate/` (Open XML SDK validator
 * under mono + XSD and Word-rule checks with python3-lxml). Returns undefined, so the caller can skip,
 * when the validator or python3-lxml is not installed; with mono missing only the XSD part runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve(__dirname, '../../../shared/tools/docx-validate/validate-docx.sh');

let available: boolean | undefined;
/** The validator is present and its Python part can run. */
export function docxValidatorAvailable(): boolean {
  if (available === undefined) {
    available =
      existsSync(SCRIPT) &&
      spawnSync('/usr/bin/python3', ['-c', 'import lxml'], { stdio: 'ignore' }).status === 0;
    if (!available) console.warn('docx-validate: skipped (validator or python3-lxml missing)');
  }
  return available;
}

/** The validator's findings for these bytes: ok, and its output to show on failure. */
export function validateDocx(bytes: Uint8Array): { ok: boolean; output: string } | undefined {
  if (!docxValidatorAvailable()) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-oxval-'));
  const file = join(dir, 'doc.docx');
  writeFileSync(file, bytes);
  const r = spawnSync('bash', [SCRIPT, file], { encoding: 'utf8', timeout: 180_000 });
  const output = `${r.stdout}${r.stderr}`;
  // A warning about unreplaced tags is expected only in a saved template; every other warning counts.
  const warnings = output.split('\n').filter((l) => /^WARN\b/u.test(l) && !/leftover template tag/u.test(l));
  return { ok: r.status === 0 && warnings.length === 0, output };
}
