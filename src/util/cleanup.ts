import { rmSync } from 'node:fs';

/**
 * Files that must not outlive the process: temporary files of a write in progress and lock files.
 * On Ctrl-C (SIGINT) or SIGTERM they are removed and the signal is raised again, so the process still
 * ends as the signal says; on a normal exit they are removed too.
 */
const pending = new Set<string>();
let installed = false;

function removeAll(): void {
  for (const p of pending) rmSync(p, { force: true });
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  process.kill(process.pid, signal);
}

/** Remove `path` if the process is interrupted before `release` is called. */
export function removeOnExit(path: string): () => void {
  if (!installed) {
    installed = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('exit', removeAll);
  }
  pending.add(path);
  return () => {
    pending.delete(path);
  };
}
