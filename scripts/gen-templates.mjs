// Templates: precompiled handlebars (runtime only at run time) and the default .docx templates.
//
//   templates/<name>.md.hbs        → src/generated/tpl-<name>-md.js      (precompiled template spec)
//   templates/partials/*.md.hbs    → src/generated/tpl-partials-md.js   ({ nd30Header: spec, … })
//   templates/docx/<name>/**       → src/generated/tpl-<name>-docx.js   (the .docx as base64), each
//                                    document's own parts laid over the shared templates/docx/base/**
//
// The .docx parts are kept as readable WordprocessingML in git; comments and the indentation between
// elements are dropped when zipping (Word does not need them, and text inside <w:t> is never touched).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Handlebars from 'handlebars';
import PizZip from 'pizzip';

/** Must match src/document/markdown.ts: templates are compiled the same way there for --template. */
export const HBS_OPTIONS = { noEscape: true, strict: true };

/** Zip entries carry a fixed date (ND30's own) so the same sources always give the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2020, 2, 5));

const header = (from) => `// Generated from ${from} by scripts/gen-templates.mjs. Do not edit.\n`;
const camel = (s) => s.replace(/-([a-z0-9])/gu, (_, c) => c.toUpperCase());

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

function precompile(file) {
  try {
    return Handlebars.precompile(readFileSync(file, 'utf8'), HBS_OPTIONS);
  } catch (e) {
    throw new Error(`${file}: ${e.message}`);
  }
}

/** Drop XML comments and the line breaks + indentation between elements. */
export function compactXml(xml) {
  return xml
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/>\s*\n\s*</gu, '><')
    .trim();
}

export function zipDocx(baseDir, docDir) {
  const parts = new Map();
  for (const dir of [baseDir, docDir]) {
    for (const f of files(dir)) parts.set(relative(dir, f).split(sep).join('/'), f);
  }
  const zip = new PizZip();
  // [Content_Types].xml first, as Word writes it; then the rest in name order.
  const names = [...parts.keys()].sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  for (const name of names) {
    const text = readFileSync(parts.get(name), 'utf8');
    zip.file(name, /\.(xml|rels)$/u.test(name) ? compactXml(text) : text, { date: ZIP_DATE });
  }
  return zip.generate({ type: 'base64', compression: 'DEFLATE' });
}

export async function generateTemplates(root) {
  const dir = join(root, 'templates');
  const out = {};
  const specDts = `import type Handlebars from 'handlebars';\ntype TemplateSpecification = Parameters<typeof Handlebars.template>[0];\n`;

  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md.hbs')) continue;
    const id = name.slice(0, -'.md.hbs'.length);
    out[`tpl-${id}-md.js`] = `${header(`templates/${name}`)}export default ${precompile(join(dir, name))};\n`;
    out[`tpl-${id}-md.d.ts`] =
      `${header(`templates/${name}`)}${specDts}declare const spec: TemplateSpecification;\nexport default spec;\n`;
  }

  const partialsDir = join(dir, 'partials');
  const partials = readdirSync(partialsDir)
    .filter((n) => n.endsWith('.md.hbs'))
    .sort()
    .map((n) => [camel(n.slice(0, -'.md.hbs'.length)), precompile(join(partialsDir, n))]);
  out['tpl-partials-md.js'] =
    `${header('templates/partials/')}export default {\n${partials.map(([k, v]) => `  ${k}: ${v},`).join('\n')}\n};\n`;
  out['tpl-partials-md.d.ts'] =
    `${header('templates/partials/')}${specDts}declare const partials: Record<string, TemplateSpecification>;\nexport default partials;\n`;

  const docxDir = join(dir, 'docx');
  for (const name of readdirSync(docxDir).sort()) {
    if (name === 'base' || !statSync(join(docxDir, name)).isDirectory()) continue;
    const from = `templates/docx/${name}/`;
    out[`tpl-${name}-docx.js`] =
      `${header(from)}export default ${JSON.stringify(zipDocx(join(docxDir, 'base'), join(docxDir, name)))};\n`;
    out[`tpl-${name}-docx.d.ts`] =
      `${header(from)}/** The .docx template, base64. */\ndeclare const docx: string;\nexport default docx;\n`;
  }
  return out;
}
