import { resolve } from 'node:path';
import type { TemplateSpec } from '../../document/markdown.js';
import { buildPlanDoc } from '../../document/plan/buildPlanDoc.js';
import { planTemplates } from '../../document/plan/planTemplates.js';
import { MAX_HBS_BYTES, MAX_TEMPLATE_BYTES } from '../../document/templateLimits.js';
import { IoError, UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { displayPath } from '../../load/discover.js';
import { warningsText } from '../../render/diagnostics.js';
import { writeFileAtomic } from '../../util/atomicWrite.js';
import { isStdout } from '../../util/output.js';
import { readCapped } from '../../util/readCapped.js';
import { mb } from '../../util/zipLimits.js';
import type { CommandResult, Context } from '../context.js';
import { loadPlanForCommand } from '../loadPlan.js';
import type { RenderFormat } from '../spec/render.js';

/** How a document is written; shared by `plan render` and `plan report`. */
export interface DocumentOutput {
  format: RenderFormat;
  /** Output file; "-" is stdout. Default: stdout for md and json, `<name>.docx` for docx. */
  output: string | undefined;
  /** A user's .hbs (md) or .docx (docx) template, instead of the shipped one. */
  template: string | undefined;
  force: boolean;
}

export interface ShippedTemplates {
  markdown: () => Promise<TemplateSpec>;
  docx: () => Promise<Uint8Array>;
}

/** Flag combinations that cannot work, refused before any plan is read. */
export function checkDocumentOutput(opts: DocumentOutput): void {
  if (opts.format === 'docx' && isStdout(opts.output)) throw new UsageError('docxToStdout', undefined);
  if (opts.template && opts.format === 'json')
    throw new UsageError('templateKind', { path: opts.template, format: 'json', expected: '.hbs / .docx' });
  if (opts.template && opts.format === 'md' && /\.docx$/iu.test(opts.template))
    throw new UsageError('templateKind', { path: opts.template, format: 'md', expected: '.hbs' });
}

function readTemplate(file: string, ctx: Context, format: RenderFormat): { bytes: Buffer; display: string } {
  const abs = resolve(ctx.cwd, file);
  const display = displayPath(abs, ctx.cwd);
  const cap = format === 'md' ? MAX_HBS_BYTES : MAX_TEMPLATE_BYTES;
  const read = readCapped(abs, cap, display);
  if (!read.ok) throw new IoError('tooLarge', { path: display, limit: mb(cap) });
  return { bytes: read.bytes, display };
}

/**
 * Format a view model (markdown, .docx or JSON) and print it or write it atomically, never over an
 * existing file without --force. `docxName` is the default .docx file name (in the working folder).
 */
export async function emitDocument(
  model: object,
  shipped: ShippedTemplates,
  docxName: string,
  opts: DocumentOutput,
  ctx: Context,
): Promise<CommandResult> {
  checkDocumentOutput(opts);
  const template = opts.template ? readTemplate(opts.template, ctx, opts.format) : undefined;
  let content: string | Uint8Array;
  if (opts.format === 'json') {
    content = `${JSON.stringify(model, null, 2)}\n`;
  } else if (opts.format === 'md') {
    const { renderMarkdown, renderMarkdownSource } = await import('../../document/markdown.js');
    content = template
      ? await renderMarkdownSource(template.bytes.toString('utf8'), template.display, model)
      : renderMarkdown(await shipped.markdown(), model);
  } else {
    content = template
      ? (await import('../../document/docx.js')).renderDocx(template.bytes, model, template.display, {
          userTemplate: true,
        })
      : await (await import('../../document/docxShipped.js')).renderShippedDocx(
          await shipped.docx(),
          model,
          docxName,
        );
  }
  if (isStdout(opts.output) || (opts.output === undefined && opts.format !== 'docx')) {
    return { stdout: content as string, code: 0 };
  }
  const abs = resolve(ctx.cwd, opts.output ?? docxName);
  const display = displayPath(abs, ctx.cwd);
  writeFileAtomic(abs, content, { force: opts.force, display });
  return { stdout: `${msg().render.written({ file: display, format: opts.format })}\n`, code: 0 };
}

/**
 * Write the shipped .docx template for an officer to restyle in Word (letterhead, fonts, spacing) and
 * pass back with --template. Needs no plan.
 */
export async function saveShippedTemplate(
  shipped: ShippedTemplates,
  file: string,
  opts: { force: boolean; command: string },
  ctx: Context,
): Promise<CommandResult> {
  if (!/\.docx$/iu.test(file)) throw new UsageError('saveTemplateNotDocx', { path: file });
  const abs = resolve(ctx.cwd, file);
  const display = displayPath(abs, ctx.cwd);
  writeFileAtomic(abs, await shipped.docx(), { force: opts.force, display });
  return {
    stdout: `${msg().render.templateSaved({ file: display, command: opts.command })}
`,
    code: 0,
  };
}

/** `plan render`: the plan as the official document (markdown, .docx) or its view model (json). */
export async function renderCommand(
  planArg: string | undefined,
  opts: DocumentOutput,
  ctx: Context,
): Promise<CommandResult> {
  checkDocumentOutput(opts);
  const { plan, diagnostics } = await loadPlanForCommand(planArg, ctx, 'render');
  const result = await emitDocument(buildPlanDoc(plan), planTemplates, `${plan.id}.docx`, opts, ctx);
  const stderr = warningsText(diagnostics);
  return stderr ? { ...result, stderr } : result;
}
