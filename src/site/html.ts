/**
 * HTML built from template literals where every interpolated value is escaped unless it is already
 * `Html`: plan text can never become markup, because the only way to write raw markup is the `html`
 * tag itself (or `raw` for constants such as the stylesheet).
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Part = Html | string | number | boolean | null | undefined | readonly Part[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for an HTML or SVG text node or a quoted attribute value. */
export const esc = (s: string): string => s.replace(/[&<>"']/gu, (c) => ENTITIES[c]!);

const part = (v: Part): string => {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(part).join('');
  return esc(String(v));
};

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Markup the program itself wrote (never plan text). */
export const raw = (s: string): Html => new Html(s);

/** A number for SVG coordinates: at most two decimals, so goldens are stable across platforms. */
export const num = (n: number): string => String(Math.round(n * 100) / 100);
