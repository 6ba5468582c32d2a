import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkProgressText } from '../../check/checkProgress.js';
import { hasErrors } from '../../check/diagnostic.js';
import { IoError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { displayPath, PROGRESS_DIR } from '../../load/discover.js';
import { today, vnDate } from '../../model/dates.js';
import type { Plan } from '../../model/plan.js';
import { planRecord, type RecordChange, type RecordRequest } from '../../record/planRecord.js';
import { warningsText } from '../../render/diagnostics.js';
import { writeFileAtomic } from '../../util/atomicWrite.js';
import type { CommandResult, Context } from '../context.js';
import { loadPlanForCommand } from '../loadPlan.js';

export interface RecordOptions extends Omit<RecordRequest, 'today'> {
  dryRun: boolean;
}

/**
 * `plan record`: build the record from the flags, check it against the plan exactly as `plan validate`
 * would, and only then write it (atomically), touching no other file.
 */
export async function recordCommand(
  planArg: string | undefined,
  opts: RecordOptions,
  ctx: Context,
): Promise<CommandResult> {
  const loaded = await loadPlanForCommand(planArg, ctx, 'record');
  const { plan, location } = loaded;
  const abs = new Map(location.progress.map((p) => [p.display, p.abs]));
  const change = planRecord(
    plan,
    { ...opts, today: today() },
    {
      progressDir: join(location.dir, PROGRESS_DIR),
      existing: loaded.records.map((r) => ({ ...r, display: r.file, abs: abs.get(r.file) ?? r.file })),
      exists: existsSync,
      read: (p) => {
        try {
          return readFileSync(p, 'utf8');
        } catch (e) {
          throw IoError.from(e, displayPath(p, ctx.cwd));
        }
      },
      display: (p) => displayPath(p, ctx.cwd),
    },
  );
  const m = msg().status.record;
  const checked = await checkProgressText(change.text.replace(/^\uFEFF/u, ''), change.display, plan);
  const warnings = warningsText(checked.diagnostics);
  if (hasErrors(checked.diagnostics)) return { stderr: `${m.invalid}\n${warnings}`, code: 2 };
  if (opts.dryRun)
    return { stdout: `${m.dryRun(change.display)}\n${change.text}`, stderr: warnings, code: 0 };
  try {
    mkdirSync(dirname(change.abs), { recursive: true });
  } catch (e) {
    throw IoError.from(e, displayPath(dirname(change.abs), ctx.cwd));
  }
  writeFileAtomic(change.abs, change.text, { force: change.mode === 'append', display: change.display });
  const line = change.mode === 'append' ? m.appended : m.wrote;
  return {
    stdout: `${line({ path: change.display, what: describe(change, plan) })}\n`,
    stderr: warnings + notLeadHint(change, plan),
    code: 0,
  };
}

/** "Finished" from a unit that does not lead the task does not finish it (src/query/taskStatus.ts): say so. */
function notLeadHint(c: RecordChange, plan: Plan): string {
  if (c.status !== 'hoan-thanh' || !c.unit || !c.task || c.task.lead.length === 0) return '';
  const own = new Set([c.unit, ...plan.units.groupsOf(c.unit)]);
  if (c.task.lead.some((l) => own.has(l.id))) return '';
  const leads = [...new Set(c.task.lead.map((l) => plan.units.name(l.id)))].join(', ');
  return `${msg().status.record.notLead({ unit: plan.units.name(c.unit), number: c.task.number, leads })}\n`;
}

function describe(c: RecordChange, plan: Plan): string {
  const m = msg().status.record;
  const unit = c.unit ? plan.units.name(c.unit) : '';
  if (c.kind === 'note') return m.note({ number: c.task!.number, status: m.statusWord[c.status!] });
  if (c.kind === 'result') return m.result({ number: c.task!.number, unit });
  return m.report({ unit, date: vnDate(c.date) });
}
