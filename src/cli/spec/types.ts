import type { Command } from 'commander';
import type { Catalog } from '../../i18n/index.js';
import type { CommandResult, Context } from '../context.js';

/**
 * A command's interface (arguments, options, help) is defined eagerly and cheaply; its work is loaded
 * with `import()` only when it runs, so `plan status` never loads the docx writer.
 */
export interface CommandSpec {
  name: string;
  /**
   * The command loads its plan before it prints or writes anything, so it gets a hot start-up bundle
   * without the checker (src/cache/hot.ts); the build looks for `hot: true` right after `name`.
   */
  hot?: true;
  define(cmd: Command, help: Catalog['help']): void;
  run(args: unknown[], opts: Record<string, unknown>, ctx: Context): Promise<CommandResult>;
}
