/**
 * Hot start-up bundles (scripts/build.mjs, `dist/hot/<command>.cjs`): a command that loads its plan
 * before doing anything else gets a second bundle without the checker — no YAML readers, schema or
 * rules, only what an unchanged plan needs, which comes from the checked-plan cache
 * (src/cache/planCache.ts). When the cache cannot answer, the hot bundle stops before it has printed or
 * written anything and the command runs again from the start in its full bundle (`dist/cmd/`).
 */
declare const __KEHOACH_HOT__: boolean | undefined;

/**
 * True only inside a hot bundle, where the build defines it. For code the build must drop (an `import()`
 * of the checker), write the test out at the call site — `typeof __KEHOACH_HOT__ === 'boolean' &&
 * __KEHOACH_HOT__ ? … : import(…)` — as esbuild folds only the literal; a helper taking a callback would
 * keep the import.
 */
export const isHotBundle = (): boolean => typeof __KEHOACH_HOT__ === 'boolean' && __KEHOACH_HOT__;

/** Thrown by a hot bundle at a cache miss; the process entry (src/cli/main.ts) runs the full bundle. */
export class NeedsFullBundle extends Error {
  constructor() {
    super('this command needs the full bundle (the checked-plan cache had no answer)');
  }
}
