import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/index.js';

/** What a command may know about where it runs. Commands never touch process.* themselves. */
export interface Context {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  lang: Lang;
  /** Colour for stdout: on for a terminal, off with NO_COLOR, --no-color or when piped. */
  color: ChalkInstance;
  /** Terminal width for wrapping; 100 when not a terminal. */
  columns: number;
  /** Draws a live progress line on stderr (an empty text clears it); set only when stderr is a terminal. */
  progress?: (text: string) => void;
}

/** What a command returns: text for each stream and the exit code. Only the CLI entry writes. */
export interface CommandResult {
  stdout?: string;
  stderr?: string;
  code: number;
}
