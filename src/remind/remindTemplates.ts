import type { TemplateSpec } from '../document/markdown.js';

/** The shipped templates of the công văn đôn đốc, generated into src/generated/ at build time, loaded on demand. */
export const remindTemplates = {
  markdown: async (): Promise<TemplateSpec> => (await import('../generated/tpl-remind-md.js')).default,
  docx: async (): Promise<Uint8Array> =>
    Buffer.from((await import('../generated/tpl-letter-docx.js')).default, 'base64'),
};
