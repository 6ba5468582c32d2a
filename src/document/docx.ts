/**
 * Fill a .docx template with a document's view model (docxtemplater + pizzip). Loaded only by the
 * commands that write .docx. Template mistakes become UsageErrors that name the tag, in the catalogue.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { UsageError } from '../errors.js';
import type { DocxProblem } from '../i18n/vi/render.js';
import { closest, wellFormedDeep } from '../util/text.js';
import { renderCompiled } from './docxShipped.js';
import { checkDocxTemplate, checkProducedDocx } from './templateCheck.js';

/** Zip entries get a fixed date so the same plan always gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2020, 2, 5));

type Scope = unknown;

/** Follow "a.b.c" through own properties only; "." is the current item of a loop. */
function lookup(scope: Scope, path: readonly string[]): { found: boolean; value: unknown } {
  let v: unknown = scope;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key))
      return { found: false, value: undefined };
    v = (v as Record<string, unknown>)[key];
  }
  return { found: true, value: v };
}

const pathOf = (tag: string): string[] => {
  const t = tag.trim();
  return t === '.' || t === '' ? [] : t.split('.').map((s) => s.trim());
};

/** Tags may name nested fields: {header.number}, {#footer.recipients}. */
const parser = (tag: string) => {
  const path = pathOf(tag);
  return { get: (scope: Scope) => lookup(scope, path).value };
};

interface XtError {
  properties?: {
    id?: string;
    xtag?: string;
    context?: string;
    explanation?: string;
    openingtag?: string;
    closingtag?: string;
    pair?: { left?: string };
    errors?: XtError[];
  };
  message?: string;
}

/** Errors of the tag lexer carry a fragment of the raw text, not a tag name. */
const LEXER_ERRORS = new Set(['unclosed_tag', 'unopened_tag', 'duplicate_open_tag', 'duplicate_close_tag']);

function problem(e: XtError): DocxProblem {
  const p = e.properties ?? {};
  const id = p.id ?? '';
  const raw = LEXER_ERRORS.has(id);
  return {
    tag: (raw ? (p.context ?? p.xtag) : (p.xtag ?? p.openingtag ?? p.pair?.left)) ?? '',
    raw,
    id,
    ...(p.closingtag ? { other: p.closingtag } : {}),
    detail: p.explanation ?? e.message ?? '',
  };
}

function templateError(e: unknown, path: string): Error {
  const err = e as XtError;
  if (!err?.properties) return e as Error;
  const list = err.properties.errors?.length ? err.properties.errors : [err];
  const problems = list.map(problem);
  if (problems.length === 1) return new UsageError('templateTag', { path, problem: problems[0]! });
  return new UsageError('templateTags', { path, problems });
}

export function openDocx(bytes: Uint8Array, path: string): PizZip {
  try {
    const zip = new PizZip(bytes);
    if (zip.file('word/document.xml')) return zip;
  } catch {
    // not a zip at all: same message as a zip that is not a Word document
  }
  throw new UsageError('templateNotDocx', { path });
}

/**
 * Render `model` into the template. A tag that names no field of the model is an error (with a
 * "did you mean"), not a silent blank: an officer's typo in a restyled template must not vanish.
 */
export function renderDocx(
  template: Uint8Array,
  model: object,
  path: string,
  opts: { userTemplate?: boolean } = {},
): Uint8Array {
  if (opts.userTemplate) checkDocxTemplate(template, path);
  else {
    const fast = renderCompiled(template, model);
    if (fast) return fast;
  }
  return renderDocxTemplater(template, model, path, opts);
}

/** docxtemplater itself: every template an officer brings (--template), and whatever the fast path declines. */
export function renderDocxTemplater(
  template: Uint8Array,
  model: object,
  path: string,
  opts: { userTemplate?: boolean } = {},
): Uint8Array {
  const zip = openDocx(template, path);
  const unknown = new Map<string, string | undefined>();
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      stripInvalidXMLChars: true,
      errorLogging: false,
      parser,
      nullGetter(part, scopeManager) {
        const tag = String(part.value ?? '');
        const path = pathOf(tag);
        const scopes = ((scopeManager as unknown as { scopeList?: Scope[] })?.scopeList ?? [
          model,
        ]) as Scope[];
        if (!scopes.some((s) => lookup(s, path).found) && !unknown.has(tag)) {
          const parent = path.slice(0, -1);
          const keys = scopes.flatMap((s) => {
            const v = lookup(s, parent).value;
            return v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
          });
          const near = closest(path.at(-1) ?? tag, keys);
          unknown.set(tag, near === undefined ? undefined : [...parent, near].join('.'));
        }
        return '';
      },
    });
    doc.render(wellFormedDeep(model));
  } catch (e) {
    throw templateError(e, path);
  }
  if (unknown.size > 0) {
    throw new UsageError('templateUnknown', {
      path,
      tags: [...unknown].map(([tag, suggestion]) => (suggestion ? { tag, suggestion } : { tag })),
    });
  }
  const out = doc.getZip() as PizZip;
  for (const f of Object.values(out.files)) f.date = ZIP_DATE;
  // Fastest deflate level: the XML still shrinks ~5×, and the (pure JS) compressor takes a third of the time.
  const bytes = out.generate({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 1 },
  });
  if (opts.userTemplate) checkProducedDocx(bytes, path);
  return bytes;
}
