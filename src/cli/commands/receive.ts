import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { checkProgressText } from '../../check/checkProgress.js';
import { hasErrors } from '../../check/diagnostic.js';
import { IoError, UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { displayPath, PROGRESS_DIR } from '../../load/discover.js';
import { type IsoDate, vnDate } from '../../model/dates.js';
import type { Plan } from '../../model/plan.js';
import { readReportSource } from '../../receive/readReportSource.js';
import { type Received, receiveReport } from '../../receive/receiveReport.js';
import { warningsText } from '../../render/diagnostics.js';
import { vnNumber } from '../../report/vnNumber.js';
import { writeFileAtomic } from '../../util/atomicWrite.js';
import type { CommandResult, Context } from '../context.js';
import { loadPlanForCommand } from '../loadPlan.js';

export interface ReceiveOptions {
  received: IsoDate;
  unit: string | undefined;
  covers: string | undefined;
  dryRun: boolean;
  /** Print one `{"version": 1, …}` object instead of the summary. */
  json?: boolean;
}

const MAX = 50 * 1024 * 1024;

/**
 * `plan receive FILE [plan]`: read a unit's report, place its passages, and write one `kind: report`
 * record in progress/ with a copy of the file beside it; print where each passage went. Any refusal
 * (not a report, a scan, an unknown sender, a file received before) is exit 2 with nothing written.
 */
export async function receiveCommand(
  sourceArg: string,
  planArg: string | undefined,
  opts: ReceiveOptions,
  ctx: Context,
): Promise<CommandResult> {
  const abs = resolve(ctx.cwd, sourceArg);
  const display = displayPath(abs, ctx.cwd);
  let bytes: Buffer;
  try {
    if (statSync(abs).isDirectory()) throw new IoError('isDirectory', { path: display });
    if (statSync(abs).size > MAX) throw new UsageError('receiveTooLarge', { path: display, limit: '50 MB' });
    bytes = readFileSync(abs);
  } catch (e) {
    if (e instanceof IoError || e instanceof UsageError) throw e;
    throw IoError.from(e, display);
  }
  const loaded = await loadPlanForCommand(planArg, ctx, 'receive');
  const { plan, location } = loaded;
  const source = await readReportSource(bytes, display, extname(abs));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const got = receiveReport(plan, source, loaded.records, {
    display,
    ext: extname(abs),
    sha256,
    received: opts.received,
    unit: opts.unit,
    covers: opts.covers,
  });
  const dir = join(location.dir, PROGRESS_DIR);
  const recordAbs = join(dir, got.recordName);
  const sourceAbs = join(dir, got.sourceName);
  const recordShown = displayPath(recordAbs, ctx.cwd);
  const checked = await checkProgressText(got.record.text, recordShown, plan);
  if (hasErrors(checked.diagnostics)) return { stderr: warningsText(checked.diagnostics), code: 2 };
  const summary = summaryText(
    plan,
    got,
    source.unit,
    opts,
    recordShown,
    displayPath(sourceAbs, ctx.cwd),
    ctx.cwd,
    location.dir,
  );
  const json = opts.json
    ? `${JSON.stringify(
        receiveJson(plan, got, source.unit, opts, recordShown, displayPath(sourceAbs, ctx.cwd)),
        null,
        2,
      )}\n`
    : undefined;
  if (opts.dryRun) return { stdout: json ?? `${summary}\n${got.record.text}`, code: 0 };
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw IoError.from(e, displayPath(dir, ctx.cwd));
  }
  writeFileAtomic(sourceAbs, bytes, { display: displayPath(sourceAbs, ctx.cwd) });
  try {
    writeFileAtomic(recordAbs, got.record.text, { display: recordShown });
  } catch (e) {
    rmSync(sourceAbs, { force: true });
    throw e;
  }
  return { stdout: json ?? summary, code: 0 };
}

/**
 * `plan receive --json`: the record and the copy written (or, with --dry-run, that would be, with the
 * record's text), the unit, the report's reference, and each passage with where it went and its line
 * in the record.
 */
export function receiveJson(
  plan: Plan,
  got: Received,
  unit: 'line' | 'paragraph',
  opts: ReceiveOptions,
  recordShown: string,
  sourceShown: string,
) {
  const destination = (p: Received['passages'][number]) => {
    if (p.place.kind !== 'task')
      return { kind: p.place.kind, ...(p.place.kind === 'skipped' ? { why: p.place.why } : {}) };
    const t = plan.taskById.get(p.place.task)!;
    return { kind: 'task' as const, task: t.id, number: t.number, title: t.file.short ?? t.short };
  };
  return {
    version: 1 as const,
    kind: 'receive' as const,
    dryRun: opts.dryRun,
    record: recordShown,
    source: sourceShown,
    unit: { id: got.unit, name: plan.units.name(got.unit) },
    reference: got.reference ?? null,
    number: got.parsed.number ?? null,
    date: got.parsed.date ?? null,
    received: opts.received,
    covers: got.covers ?? null,
    supersedes: got.supersedes ?? null,
    /** How `line` counts: lines of a text file, paragraphs of a Word file. */
    lineUnit: unit,
    passages: got.passages.map((p) => ({
      line: p.line,
      text: p.text,
      destination: destination(p),
      recordLine: got.record.lineOf.get(p) ?? null,
    })),
    indicators: got.indicators.map((i) => ({
      id: i.id,
      value: i.value,
      line: i.line,
      recordLine: got.record.indicatorLine.get(i.id) ?? null,
    })),
    ...(opts.dryRun ? { recordText: got.record.text } : {}),
  };
}

function summaryText(
  plan: Plan,
  got: Received,
  unit: 'line' | 'paragraph',
  opts: ReceiveOptions,
  recordShown: string,
  sourceShown: string,
  cwd: string,
  planDir: string,
): string {
  const m = msg().receive;
  const unitName = plan.units.name(got.unit);
  const head = {
    ...(got.reference ? { reference: got.reference } : {}),
    unit: unitName,
    date: vnDate(opts.received),
  };
  const out = [
    opts.dryRun ? m.dryRun(head) : m.received({ ...head, ...(got.covers ? { covers: got.covers } : {}) }),
  ];
  out.push(m.recordFile(recordShown), m.sourceFile(sourceShown));
  if (got.supersedes) out.push(m.supersedes(displayPath(join(planDir, PROGRESS_DIR, got.supersedes), cwd)));
  const placed = got.passages.filter((p) => p.place.kind !== 'skipped');
  out.push(m.passagesTitle(placed.length));
  const whereWidth = Math.max(...placed.map((p) => m.where(unit, p.line).length));
  for (const p of placed) {
    const where = m.where(unit, p.line).padEnd(whereWidth);
    const line = got.record.lineOf.get(p);
    const at = line ? ` (${m.at(recordShown, line)})` : '';
    let to: string;
    switch (p.place.kind) {
      case 'task': {
        const t = plan.taskById.get(p.place.task)!;
        to = m.toTask({ number: t.number, title: t.file.short ?? t.short });
        break;
      }
      case 'general':
        to = m.toGeneral;
        break;
      case 'difficulty':
        to = m.toDifficulty;
        break;
      case 'proposal':
        to = m.toProposal;
        break;
      case 'direction':
        to = m.toDirection;
        break;
      default:
        to = m.notPlaced;
    }
    out.push(`  ${where} → ${to}${at}`);
    out.push(`  ${' '.repeat(whereWidth)}   “${excerpt(p.text)}”`);
  }
  if (got.indicators.length > 0) {
    out.push(m.indicatorsTitle);
    for (const i of got.indicators) {
      const ind = plan.indicators.find((x) => x.indicator.id === i.id)!.indicator;
      const value = `${vnNumber(i.value)}${ind.unit === '%' ? '%' : ind.unit ? ` ${ind.unit}` : ''}`;
      out.push(
        m.indicator({
          name: ind.name,
          value,
          where: m.where(unit, i.line),
          at: m.at(recordShown, got.record.indicatorLine.get(i.id) ?? 0),
        }),
      );
    }
  }
  out.push(m.moveHint);
  return `${out.join('\n')}\n`;
}

/** The first words of a passage, for the summary. */
function excerpt(t: string, max = 72): string {
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
