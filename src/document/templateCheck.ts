/**
 * Checks of a user's template before it is filled, and of the document made from it before it is
 * written: a zip that unpacks to far more than a template ever holds, XML that Word cannot open. Each
 * is refused with a message that says what.
 */
import { XMLValidator } from 'fast-xml-parser';
import { UsageError } from '../errors.js';
import { checkZip, readEntry, type ZipLimits, zipEntries } from '../util/zipLimits.js';

const TEMPLATE_ZIP: ZipLimits = {
  maxEntries: 1000,
  maxTotal: 64 * 1024 * 1024,
  ratioFrom: 4 * 1024 * 1024,
  maxRatio: 200,
};

const isXmlPart = (name: string) => /\.(xml|rels)$/iu.test(name);

/** The first XML part of the zip that is not well-formed, with its line and the parser's reason. */
function badXml(bytes: Uint8Array): { part: string; line: number; detail: string } | undefined {
  const entries = zipEntries(bytes);
  if (!Array.isArray(entries)) return undefined;
  for (const e of entries) {
    if (!isXmlPart(e.name)) continue;
    const data = readEntry(bytes, e);
    if (!data) continue;
    const r = XMLValidator.validate(data.toString('utf8'));
    if (r !== true) return { part: e.name, line: r.err.line, detail: r.err.msg };
  }
  return undefined;
}

/** A user's .docx template: sizes first (nothing unpacked yet), then the XML of every part. */
export function checkDocxTemplate(bytes: Uint8Array, path: string): void {
  const problem = checkZip(bytes, TEMPLATE_ZIP);
  // A file that is no zip at all gets the "not a Word document" message from openDocx.
  if (problem && problem.kind !== 'corrupt')
    throw new UsageError('zipRefused', { path, problem, what: 'template' });
  const bad = problem ? undefined : badXml(bytes);
  if (bad) throw new UsageError('templateBadXml', { path, ...bad });
}

/** The document made from a user's template: its XML must still be well-formed. */
export function checkProducedDocx(bytes: Uint8Array, path: string): void {
  const bad = badXml(bytes);
  if (bad) throw new UsageError('templateBadXml', { path, ...bad, produced: true });
}
