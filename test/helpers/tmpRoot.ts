import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: every temporary folder the tests make (os.tmpdir(), and what the commands,
 * LibreOffice and the Word validator they start make) lands in one folder of this run, removed when the
 * run ends, so a test that fails or does not clean up leaves nothing in the system's temporary folder.
 * KEHOACH_KEEP_TEST_TMP=1 keeps it, to look at what a failing test wrote; the path is printed then.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'kehoach-tests-'));
  // Open to other users like the system's temporary folder (not its sticky bit: nobody else writes
  // here): some tests run a command as another user on folders made in it.
  chmodSync(root, 0o755);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    if (process.env.KEHOACH_KEEP_TEST_TMP === '1') console.error(`test files kept in ${root}`);
    else rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
