import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { IoError, UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { isReview, type Remark } from '../../import/draft/review.js';
import { InvalidImport, importDocument } from '../../import/importPlan.js';
import { lineRanges } from '../../import/plan/lostLines.js';
import { readImportSource } from '../../import/source/readSource.js';
import { displayPath } from '../../load/discover.js';
import { today, vnDate } from '../../model/dates.js';
import { plainColor } from '../../render/plainColor.js';
import { ensureDir, writeFileAtomic } from '../../util/atomicWrite.js';
import { isStdout } from '../../util/output.js';
import { slugify } from '../../util/text.js';
import type { CommandResult, Context } from '../context.js';

export interface ImportOptions {
  output?: string;
  force: boolean;
  id?: string;
}

const PLAN_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/u;
/** Notes worth a line on stderr; the others only annotate the file. */
const SHOWN_NOTES = new Set<Remark['code']>([
  'skipped',
  'periodFromTitle',
  'periodFromDates',
  'periodWidened',
  'periodFallback',
]);

/** `plan import <source> [-o FILE] [--force] [--id ID]`: a Word, text or markdown plan into YAML. */
export async function importCommand(
  source: string,
  opts: ImportOptions,
  ctx: Context,
): Promise<CommandResult> {
  const abs = resolve(ctx.cwd, source);
  const display = displayPath(abs, ctx.cwd);
  if (opts.id !== undefined && !PLAN_ID.test(opts.id)) throw new UsageError('badPlanId', { id: opts.id });
  const out = opts.output && !isStdout(opts.output) ? resolve(ctx.cwd, opts.output) : undefined;
  const outDisplay = out ? displayPath(out, ctx.cwd) : undefined;
  if (out && !opts.force && existsSync(out)) throw new IoError('outputExists', { path: outDisplay! });
  if (!existsSync(abs)) throw new IoError('notFound', { path: source });

  const doc = await readImportSource(abs, display);
  const folderId = out && basename(out) === 'plan.yaml' ? slugify(basename(dirname(out))) : '';
  const id = opts.id ?? (PLAN_ID.test(folderId) ? folderId : undefined);
  let imported: Awaited<ReturnType<typeof importDocument>>;
  try {
    imported = await importDocument(doc, {
      asOf: today(),
      ...(id ? { id } : {}),
      source: basename(abs),
      outputDir: out ? dirname(out) : ctx.cwd,
      file: outDisplay ?? 'plan.yaml',
    });
  } catch (e) {
    if (!(e instanceof InvalidImport)) throw e;
    const { formatDiagnosticsText } = await import('../../render/diagnostics.js');
    throw new UsageError('importInvalid', {
      detail: formatDiagnosticsText(e.diagnostics, plainColor),
    });
  }

  if (out) {
    ensureDir(dirname(out), (p) => displayPath(p, ctx.cwd));
    writeFileAtomic(out, imported.yaml, { force: opts.force, display: outDisplay! });
  }
  return {
    stdout: out ? '' : imported.yaml,
    stderr: report(imported, display, doc.unit, outDisplay),
    code: 0,
  };
}

function report(
  imported: Awaited<ReturnType<typeof importDocument>>,
  file: string,
  unit: 'line' | 'paragraph',
  written: string | undefined,
): string {
  const m = msg().import;
  const { plan, remarks } = imported;
  const period = `${vnDate(plan.period.start)}–${vnDate(plan.period.end)}${plan.file.period.label ? ` (${plan.file.period.label})` : ''}`;
  const subtasks = plan.tasks.filter((t) => t.depth > 0).length;
  const lines = [
    m.summary({ file, tasks: plan.tasks.length, subtasks, units: plan.units.byId.size, period }),
  ];
  const text = (r: Remark) => (m.remark[r.code] as (a: typeof r.args) => string)(r.args);
  const notes = remarks.filter((r) => !isReview(r) && SHOWN_NOTES.has(r.code));
  if (notes.length) lines.push(m.notesHeading, ...notes.map((r) => `  - ${text(r)}`));
  const lost = remarks.flatMap((r) =>
    r.code === 'lost' ? [{ text: r.args.text, line: r.line, end: r.args.end }] : [],
  );
  if (lost.length) {
    const count = new Set(
      lost.flatMap((l) => Array.from({ length: l.end - l.line + 1 }, (_, i) => l.line + i)),
    ).size;
    lines.push(m.lostSummary({ count, lines: lineRanges(lost) }));
  }
  const reviews = remarks.filter(isReview).sort((a, b) => a.line - b.line);
  lines.push(m.reviewHeading(reviews.length));
  for (const r of reviews) lines.push(`  ${r.line ? `${m.at(unit, r.line)}: ` : ''}${text(r)}`);
  if (written) lines.push(m.written(written));
  return `${lines.join('\n')}\n`;
}
