/**
 * Markdown through handlebars. The shipped templates are precompiled at build time and run on the
 * small handlebars runtime; a user's --template is compiled here with the full compiler, loaded only
 * then. Both see the same helpers and the shared ND30 partials.
 */
import type { HelperDelegate } from 'handlebars';
import Handlebars from 'handlebars/runtime';
import { UsageError } from '../errors.js';
import partials from '../generated/tpl-partials-md.js';
import { mapStrings } from '../util/text.js';
import { checkHbsTemplate } from './templateLimits.js';

type Env = typeof Handlebars;

/** A precompiled template, as scripts/gen-templates.mjs writes it. */
export type TemplateSpec = Parameters<Env['template']>[0];

/** Must match scripts/gen-templates.mjs. `strict`: a field missing from the model is an error. */
const OPTIONS = { noEscape: true, strict: true } as const;

const helpers: Record<string, HelperDelegate> = {
  /** Text for a markdown table cell: "|" escaped, line breaks as <br>. */
  cell: (v: unknown) =>
    String(v ?? '')
      .replace(/\|/gu, '\\|')
      .replace(/\r?\n/gu, '<br>'),
};

function setup(env: Env): Env {
  for (const [name, fn] of Object.entries(helpers)) env.registerHelper(name, fn);
  for (const [name, spec] of Object.entries(partials)) env.registerPartial(name, env.template(spec));
  return env;
}

/**
 * Text of the plan as markdown text, never as markup: a title "<script>…", "<img onerror=…>", a link
 * "[x](javascript:…)" or emphasis characters come out as the characters themselves. Backslash escapes
 * (CommonMark) keep the text readable in the .md file; letters, Vietnamese included, are untouched.
 * The templates' own markup (headings, bold, tables, <br>) is not data and is not escaped.
 */
export function escapeMarkdownText(s: string): string {
  return s.replace(/[\\`*_[\]<~]/gu, (c) => `\\${c}`).replace(/&(?=#?[0-9a-z]+;)/giu, '&amp;');
}

/** `escapeMarkdownText` on every string of a view model (templates run with noEscape). */
export const escapeModel = <T>(value: T): T => mapStrings(value, escapeMarkdownText);

/** Render a precompiled (shipped) template. */
export function renderMarkdown(spec: TemplateSpec, model: object): string {
  return setup(Handlebars.create()).template(spec)(escapeModel(model));
}

/** Compile and render a user's .hbs template; its mistakes become messages that say where and what. */
export async function renderMarkdownSource(source: string, path: string, model: object): Promise<string> {
  checkHbsTemplate(source, path);
  const full = (await import('handlebars')).default;
  const env = setup(full.create() as unknown as Env) as unknown as typeof full;
  try {
    return env.compile(source, OPTIONS)(escapeModel(model));
  } catch (e) {
    throw handlebarsError(e, path, source);
  }
}

interface HbsError {
  message?: string;
  lineNumber?: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Handlebars names only the last part of a missing path ("field"); the template line has all of it. */
function fullPath(line: string, name: string): string {
  const re = new RegExp(
    `(?:^|[\\s{(=])((?:\\.\\./)*(?:[\\w@$-]+[./])*${escapeRegExp(name)})(?=[\\s})~]|$)`,
    'gu',
  );
  let best = name;
  for (const m of line.matchAll(re)) if (m[1]!.length > best.length) best = m[1]!;
  return best;
}

function handlebarsError(e: unknown, path: string, source: string): Error {
  const err = e as HbsError;
  const message = String(err?.message ?? e);
  const loc = / - (\d+):\d+$/u.exec(message);
  const line = err.lineNumber ?? (loc ? Number(loc[1]) : undefined) ?? undefined;
  const at = line === undefined ? {} : { line };
  let m = /^"([^"]+)" not defined in /u.exec(message);
  if (m) {
    // In strict mode an unknown helper is reported as a missing field; it is a helper when it takes
    // arguments: {{name arg}}, {{#name arg}}.
    const text = line === undefined ? source : (source.split('\n')[line - 1] ?? '');
    const helper = new RegExp(`\\{\\{[#~^]?\\s*${escapeRegExp(m[1]!)}\\s+[^}\\s]`, 'u').test(text);
    if (helper) return new UsageError('templateHelper', { path, name: m[1]!, ...at });
    return new UsageError('templateField', { path, field: fullPath(text, m[1]!), ...at });
  }
  m = /^Missing helper: "([^"]+)"/u.exec(message);
  if (m) return new UsageError('templateHelper', { path, name: m[1]!, ...at });
  m = /^(\S+) doesn't match (\S+)/u.exec(message);
  if (m) return new UsageError('templateBlockMismatch', { path, open: m[1]!, close: m[2]!, ...at });
  m = /^Parse error on line (\d+):\n([\s\S]*?)(?:\nExpecting [\s\S]*)?$/u.exec(message);
  if (m) {
    const excerpt = m[2]!
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n');
    return new UsageError('templateSyntax', { path, line: Number(m[1]), excerpt });
  }
  return new UsageError('templateOther', { path, ...at, detail: message.replace(/ - \d+:\d+$/u, '') });
}
