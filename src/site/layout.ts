import { msg } from '../i18n/index.js';
import { STYLES } from './css.js';
import { type Html, html } from './html.js';

/**
 * A whole page: one file, inline styles, no script, no external resource, so it opens from disk and
 * prints the same anywhere.
 */
export function page(a: { title: string; body: Html; back?: string }): string {
  const m = msg().site;
  return `${html`<!doctype html>
<html lang="${m.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kehoach plan site">
<title>${a.title}</title>
<style>${STYLES}</style>
</head>
<body>
<a class="skip" href="#main">${m.skipToContent}</a>
<div class="page">
${a.back ? html`<nav><a href="${a.back}">← ${m.backToIndex}</a></nav>\n` : ''}${a.body}
</div>
</body>
</html>`}\n`;
}
