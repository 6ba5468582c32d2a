/** `-o -` (and `--ics -`): the output goes to stdout, for every command that writes a file. */
export const STDOUT = '-';
export const isStdout = (output: string | undefined): boolean => output === STDOUT;
