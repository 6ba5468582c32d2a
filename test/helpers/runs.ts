/**
 * How many cases a property test tries. The gate uses small counts so it takes the same few minutes on
 * any machine (bounded by count, never by time); `npm run test:deep` sets PROPERTY_RUNS_SCALE (10 there)
 * to multiply every count for a longer hunt. A run always tries at least one case.
 */
const raw = Number(process.env.PROPERTY_RUNS_SCALE ?? '1');
export const RUNS_SCALE = Number.isFinite(raw) && raw > 0 ? raw : 1;

export const runs = (n: number): number => Math.max(1, Math.round(n * RUNS_SCALE));
