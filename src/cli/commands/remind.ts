import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { NeedsFullBundle } from '../../cache/hot.js';
import { hasErrors } from '../../check/diagnostic.js';
import { IoError, UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { displayPath, PROGRESS_DIR } from '../../load/discover.js';
import { type IsoDate, vnDate } from '../../model/dates.js';
import type { Plan } from '../../model/plan.js';
import type { Reminder } from '../../model/types.js';
import { findUnit } from '../../query/resolve.js';
import { progressModeline } from '../../record/newRecord.js';
import { buildRemindModel } from '../../remind/buildRemindModel.js';
import type { RemindModel } from '../../remind/remindModel.js';
import { remindTemplates } from '../../remind/remindTemplates.js';
import { warningsText } from '../../render/diagnostics.js';
import { writeFileAtomic } from '../../util/atomicWrite.js';
import type { CommandResult, Context } from '../context.js';
import { loadPlanForCommand } from '../loadPlan.js';
import type { RemindFormat } from '../spec/remind.js';
import { checkDocumentOutput, emitDocument } from './render.js';

export interface RemindCommandOptions {
  format: RemindFormat;
  output: string | undefined;
  template: string | undefined;
  force: boolean;
  asOf: IsoDate;
  newDue: IsoDate | undefined;
  unit: string | undefined;
  perUnit: boolean;
  number: string | undefined;
  record: boolean;
}

/**
 * `plan remind`: the công văn đôn đốc to the units whose report is overdue on --as-of (markdown, .docx
 * or its view model), one per unit with --per-unit, or the short messages with --format text; with
 * --record, the reminder is kept in progress/ so `plan status` and the next reminder know of it.
 */
export async function remindCommand(
  planArg: string | undefined,
  opts: RemindCommandOptions,
  ctx: Context,
): Promise<CommandResult> {
  const m = msg().remind;
  if (opts.format === 'text' && opts.template) throw new UsageError('remindTextNoTemplate', {});
  if (opts.perUnit && opts.number !== undefined && opts.format !== 'text')
    throw new UsageError('remindNumberPerUnit', {});
  if (opts.format !== 'text') checkDocumentOutput({ ...opts, format: opts.format });
  if (opts.newDue !== undefined && opts.newDue <= opts.asOf)
    throw new UsageError('remindNewDueNotAfter', { newDue: vnDate(opts.newDue), asOf: vnDate(opts.asOf) });
  const { plan, records, diagnostics, location } = await loadPlanForCommand(planArg, ctx, 'remind');
  const warnings = warningsText(diagnostics);
  if (opts.asOf < plan.period.start)
    throw new UsageError('remindBeforePlan', { asOf: vnDate(opts.asOf), start: vnDate(plan.period.start) });
  if (!plan.obligations.some((o) => o.due !== undefined && o.units.length > 0))
    throw new UsageError('remindNoDuty', {});
  const only = opts.unit === undefined ? undefined : unitFilter(plan, opts.unit);

  const base = { asOf: opts.asOf, newDue: opts.newDue, units: only, number: opts.number };
  const { model, waiting } = buildRemindModel(plan, records, base);
  if (!model) {
    const last = waiting
      .map((w) => w.newDue)
      .sort()
      .at(-1);
    const line =
      opts.unit !== undefined && only?.size === 1
        ? m.nothingFor(plan.units.name([...only][0]!), vnDate(opts.asOf))
        : m.nothing(vnDate(opts.asOf));
    const note =
      waiting.length > 0 && last ? m.waiting(new Set(waiting.map((w) => w.unit)).size, vnDate(last)) : '';
    return {
      stdout: `${line.replace(/\.$/u, '')}${note}.\n`,
      ...(warnings ? { stderr: warnings } : {}),
      code: 0,
    };
  }

  // The record is checked before anything is written, so a refused record leaves no letter behind.
  const rec = opts.record
    ? await prepareRecord(model, plan, join(location.dir, PROGRESS_DIR), ctx)
    : undefined;
  if (rec && 'code' in rec) return rec;
  let result: CommandResult;
  try {
    if (opts.format === 'text') {
      const text = `${model.messages.map((x) => x.text).join('\n\n')}\n`;
      result = writeOrPrint(text, opts, ctx);
    } else if (opts.perUnit) {
      const letters = model.units.map(
        (u) => buildRemindModel(plan, records, { ...base, units: new Set([u.unit]) }).model!,
      );
      result = await writeLetters(letters, `${plan.id}-don-doc-${opts.asOf}`, opts, ctx);
    } else {
      result = await emitDocument(
        model,
        remindTemplates,
        `${plan.id}-don-doc-${opts.asOf}.docx`,
        { ...opts, format: opts.format },
        ctx,
      );
    }
  } catch (e) {
    throw asRemindError(e);
  }
  if (rec) {
    try {
      mkdirSync(dirname(rec.abs), { recursive: true });
    } catch (e) {
      throw IoError.from(e, displayPath(dirname(rec.abs), ctx.cwd));
    }
    writeFileAtomic(rec.abs, rec.text, { display: rec.display });
    const line = msg().remind.recorded({ path: rec.display, count: model.units.length, round: model.round });
    result = { ...result, stdout: `${result.stdout ?? ''}${line}\n` };
  }
  return warnings ? { ...result, stderr: warnings + (result.stderr ?? '') } : result;
}

/** The template errors that point the user to the fields: here, those of the letter. */
function asRemindError(e: unknown): unknown {
  if (!(e instanceof UsageError)) return e;
  if (e.key === 'templateUnknown') return new UsageError('remindTemplateUnknown', e.args as never);
  if (e.key === 'templateField') return new UsageError('remindTemplateField', e.args as never);
  return e;
}

/** `--unit`: a unit (or a group: its members) that owes a dated report under the plan. */
function unitFilter(plan: Plan, value: string): Set<string> {
  const r = findUnit(plan, value);
  if (!r.found)
    throw new UsageError(
      'unknownUnit',
      r.suggestion ? { id: value, suggestion: r.suggestion } : { id: value },
    );
  const ids = new Set(plan.units.expand(r.found.id));
  if (!plan.obligations.some((o) => o.due !== undefined && o.units.some((u) => ids.has(u))))
    throw new UsageError('remindUnitOwesNothing', { unit: plan.units.name(r.found.id) });
  return ids;
}

function writeOrPrint(text: string, opts: RemindCommandOptions, ctx: Context): CommandResult {
  if (opts.output === undefined || opts.output === '-') return { stdout: text, code: 0 };
  const abs = resolve(ctx.cwd, opts.output);
  const display = displayPath(abs, ctx.cwd);
  writeFileAtomic(abs, text, { force: opts.force, display });
  return { stdout: `${msg().render.written({ file: display, format: 'text' })}\n`, code: 0 };
}

/** --per-unit: one letter per unit, `<unit id>.<ext>` in the -o folder; JSON prints all of them at once. */
async function writeLetters(
  letters: RemindModel[],
  defaultFolder: string,
  opts: RemindCommandOptions,
  ctx: Context,
): Promise<CommandResult> {
  if (opts.format === 'json')
    return { stdout: `${JSON.stringify({ version: 1, kind: 'reminders', letters }, null, 2)}\n`, code: 0 };
  const folder = resolve(ctx.cwd, opts.output && opts.output !== '-' ? opts.output : defaultFolder);
  const shown = displayPath(folder, ctx.cwd);
  if (existsSync(folder) && !statSync(folder).isDirectory())
    throw new UsageError('remindFolderIsFile', { path: shown });
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw IoError.from(e, shown);
  }
  const ext = opts.format === 'docx' ? 'docx' : 'md';
  for (const letter of letters) {
    const file = join(folder, `${letter.units[0]!.unit}.${ext}`);
    await emitDocument(
      letter,
      remindTemplates,
      file,
      {
        format: opts.format === 'docx' ? 'docx' : 'md',
        output: file,
        template: opts.template,
        force: opts.force,
      },
      ctx,
    );
  }
  return {
    stdout: `${msg().remind.wroteFolder({ folder: shown, count: letters.length, format: ext })}\n`,
    code: 0,
  };
}

declare const __KEHOACH_HOT__: boolean | undefined;

/** The checker, for the record only; a hot bundle has none (src/cache/hot.ts) and hands over, nothing written yet. */
const checker = () =>
  typeof __KEHOACH_HOT__ === 'boolean' && __KEHOACH_HOT__
    ? Promise.reject(new NeedsFullBundle())
    : import('../../check/checkProgress.js');

/** The reminder as progress/<date>-don-doc.yaml, checked against the plan as `plan validate` would. */
async function prepareRecord(
  model: RemindModel,
  plan: Plan,
  dir: string,
  ctx: Context,
): Promise<{ abs: string; display: string; text: string } | CommandResult> {
  const record: Reminder = {
    version: 1,
    kind: 'reminder',
    date: model.asOf,
    units: model.units.map((u) => u.unit) as Reminder['units'],
    due: model.newDue,
    ...(model.reference ? { reference: model.reference } : {}),
  };
  const text = `${progressModeline(plan.source)}\n${stringify(record, { lineWidth: 100, minContentWidth: 40 })}`;
  let abs = join(dir, `${model.asOf}-don-doc.yaml`);
  for (let n = 2; existsSync(abs); n++) abs = join(dir, `${model.asOf}-don-doc-${n}.yaml`);
  const display = displayPath(abs, ctx.cwd);
  const { checkProgressText } = await checker();
  const checked = await checkProgressText(text, display, plan);
  if (hasErrors(checked.diagnostics))
    return { stderr: `${msg().status.record.invalid}\n${warningsText(checked.diagnostics)}`, code: 2 };
  return { abs, display, text };
}
