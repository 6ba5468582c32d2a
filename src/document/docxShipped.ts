/**
 * A shipped .docx template, rendered by its build-time compiled program (src/document/docxFast.ts)
 * without loading docxtemplater, pizzip and xmldom (a fifth of `plan report --format docx`); whatever
 * the compiled path declines goes to docxtemplater (src/document/docx.ts), loaded only then.
 */
import shippedFast from '../generated/docx-fast.js';
import { wellFormedDeep } from '../util/text.js';
import { renderFast } from './docxFast.js';

/**
 * The compiled render of `template` when it is a shipped one byte for byte (also one saved with
 * --save-template and not edited), or undefined: an edited template, or a model the program declines.
 */
export function renderCompiled(template: Uint8Array, model: object): Uint8Array | undefined {
  const t = shippedFast.find(
    (x) =>
      x.parts &&
      Buffer.byteLength(x.template, 'base64') === template.length &&
      Buffer.from(x.template, 'base64').equals(template),
  );
  return t && renderFast(t, wellFormedDeep(model));
}

export async function renderShippedDocx(
  template: Uint8Array,
  model: object,
  path: string,
): Promise<Uint8Array> {
  const fast = renderCompiled(template, model);
  if (fast) return fast;
  const { renderDocx } = await import('./docx.js');
  return renderDocx(template, model, path);
}
