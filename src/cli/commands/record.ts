import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkProgressText } from '../../check/checkProgress.js';
import { hasErrors } from '../../check/diagnostic.js';
import { IoError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { displayPath, PROGRESS_DIR } from '../../load/discover.js';
import { today, vnDate } from '../../model/dates.js';
import type { Plan } from '../../model/plan.js';
import {
  numberedName,
  planRecord,
  type RecordChange,
  type RecordFiles,
  type RecordRequest,
} from '../../record/planRecord.js';
import { warningsText } from '../../render/diagnostics.js';
import { ensureDir, writeFileAtomic } from '../../util/atomicWrite.js';
import { withFileLock } from '../../util/lock.js';
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
  const req = { ...opts, today: today() };
  const files: RecordFiles = {
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
  };
  let change = planRecord(plan, req, files);
  const m = msg().status.record;
  let checked = await checkProgressText(change.text.replace(/^\uFEFF/u, ''), change.display, plan);
  let warnings = warningsText(checked.diagnostics);
  if (hasErrors(checked.diagnostics)) return { stderr: `${m.invalid}\n${warnings}`, code: 2 };
  if (opts.dryRun)
    return { stdout: `${m.dryRun(change.display)}\n${change.text}`, stderr: warnings, code: 0 };
  ensureDir(dirname(change.abs), files.display);
  let notice = '';
  if (change.mode === 'append') {
    // Runs at the same moment edit the report one after the other; each re-reads the file it extends.
    const target = change.abs;
    const result = await withFileLock(target, change.display, async () => {
      const fresh = await checkProgressText(files.read(target).replace(/^\uFEFF/u, ''), change.display, plan);
      const existing = files.existing.map((e) =>
        e.abs === target && fresh.value ? { ...e, record: fresh.value } : e,
      );
      const again = planRecord(plan, req, { ...files, existing });
      const check =
        again.text === change.text
          ? checked
          : await checkProgressText(again.text.replace(/^\uFEFF/u, ''), again.display, plan);
      if (hasErrors(check.diagnostics)) return { again, check, ok: false };
      if (again.mode === 'append')
        writeFileAtomic(again.abs, again.text, { force: true, display: again.display });
      return { again, check, ok: again.mode === 'append' };
    });
    change = result.again;
    checked = result.check;
    warnings = warningsText(checked.diagnostics);
    if (!result.ok && hasErrors(checked.diagnostics)) return { stderr: `${m.invalid}\n${warnings}`, code: 2 };
    if (!result.ok)
      change = writeNew(change, files, (taken) => {
        notice = taken;
      });
  } else {
    change = writeNew(change, files, (taken) => {
      notice = taken;
    });
  }
  const line = change.mode === 'append' ? m.appended : m.wrote;
  return {
    stdout: `${line({ path: change.display, what: describe(change, plan) })}\n`,
    stderr: warnings + notice + notLeadHint(change, plan),
    code: 0,
  };
}

/**
 * Create a new progress file under a name nobody holds: when the planned name was taken meanwhile (a
 * run at the same moment), the next free number is used, and the user is told which name and why.
 */
function writeNew(change: RecordChange, files: RecordFiles, tell: (notice: string) => void): RecordChange {
  const base = change.base ?? change.abs.replace(/\.yaml$/u, '');
  for (let n = change.n ?? 1; ; n++) {
    const abs = numberedName(base, n);
    const display = files.display(abs);
    try {
      writeFileAtomic(abs, change.text, { display });
    } catch (e) {
      if (e instanceof IoError && e.key === 'outputExists' && n < 1000) continue;
      throw e;
    }
    if (n > 1)
      tell(
        `${msg().status.record.nameTaken({ taken: files.display(numberedName(base, 1)), path: display })}\n`,
      );
    return { ...change, abs, display, mode: 'create', n };
  }
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
