/**
 * Which command a command line names: the first word that is neither an option nor the value of
 * `--lang` (the only top-level option that takes a value). Shared by the start-up loader (to pick the
 * command's own bundle) and by the CLI (for `plan help <command>`).
 */
export function commandIndex(argv: readonly string[], from = 0): number {
  for (let i = from; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return i + 1 < argv.length ? i + 1 : -1;
    if (a === '--lang') {
      i++;
      continue;
    }
    if (a.startsWith('-') && a !== '-') continue;
    return i;
  }
  return -1;
}
