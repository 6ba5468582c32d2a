import type { TemplateSpec } from '../document/markdown.js';

/** The shipped templates of the report, generated into src/generated/ at build time, loaded on demand. */
export const reportTemplates = {
  markdown: async (): Promise<TemplateSpec> => (await import('../generated/tpl-report-md.js')).default,
  docx: async (): Promise<Uint8Array> =>
    Buffer.from((await import('../generated/tpl-report-docx.js')).default, 'base64'),
};
