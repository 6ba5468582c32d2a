/**
 * The error taxonomy. A user mistake is a UserError and is shown as one clear message with its exit
 * code; anything else that reaches the top-level catch is a bug and is shown with its stack.
 */
import type { Diagnostic } from './check/diagnostic.js';
import type { ErrorArgs, ErrorKey } from './i18n/index.js';

export class UserError<K extends ErrorKey = ErrorKey> extends Error {
  constructor(
    readonly key: K,
    readonly args: ErrorArgs<K>,
    readonly exitCode: 1 | 2,
  ) {
    super(key);
  }
}

/** A bad flag, argument or combination of them: exit 2. */
export class UsageError<K extends ErrorKey = ErrorKey> extends UserError<K> {
  constructor(key: K, args: ErrorArgs<K>) {
    super(key, args, 2);
  }
}

/** A file that cannot be read or written: exit 2. */
export class IoError<K extends ErrorKey = ErrorKey> extends UserError<K> {
  constructor(key: K, args: ErrorArgs<K>) {
    super(key, args, 2);
  }

  static from(e: unknown, path: string): IoError {
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return new IoError('notFound', { path });
    if (code === 'EACCES' || code === 'EPERM') return new IoError('permission', { path });
    if (code === 'EISDIR') return new IoError('isDirectory', { path });
    return new IoError('io', { path, detail: (e as Error)?.message ?? String(e) });
  }
}

/** A command refused to work on a plan that has errors: exit 1, and the diagnostics are shown. */
export class PlanLoadError extends Error {
  readonly exitCode = 1;
  constructor(readonly diagnostics: Diagnostic[]) {
    super('plan has errors');
  }
}
