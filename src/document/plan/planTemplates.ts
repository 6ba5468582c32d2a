import type { TemplateSpec } from '../markdown.js';

/** The shipped templates of the plan, generated into src/generated/ at build time, loaded on demand. */
export const planTemplates = {
  markdown: async (): Promise<TemplateSpec> => (await import('../../generated/tpl-plan-md.js')).default,
  docx: async (): Promise<Uint8Array> =>
    Buffer.from((await import('../../generated/tpl-plan-docx.js')).default, 'base64'),
};
