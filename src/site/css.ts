import { raw } from './html.js';

/**
 * The one stylesheet, inlined in every page so a page opened from disk or mailed alone looks the same.
 * System fonts only (nothing is fetched); print gives A4 landscape sheets.
 */
export const STYLES = raw(`
:root{color-scheme:light;--ink:#1a1a1a;--muted:#555;--rule:#c8cdd0;--head:#eef1f3;--late:#b71c1c}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:var(--ink);background:#fff;line-height:1.45;font-size:15px}
.page{max-width:1120px;margin:0 auto;padding:16px 24px 40px}
.skip{position:absolute;left:-9999px;top:0;background:#fff;padding:8px;z-index:1}
.skip:focus{left:8px}
a{color:#0b4f9c}
a:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
nav{margin-bottom:8px}
.issuer{margin:0;font-weight:600;font-size:13px;letter-spacing:.02em}
h1{font-size:24px;margin:6px 0 4px;line-height:1.25}
h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid var(--rule);padding-bottom:3px}
.meta{margin:2px 0;color:var(--muted)}
.as-of{margin:8px 0 0;font-weight:700}
.lead{margin:4px 0}
.counts-wrap{display:flex;flex-wrap:wrap;gap:12px 32px;align-items:flex-start}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:14px}
table.counts{width:auto;min-width:320px}
caption{text-align:left;font-weight:600;padding:4px 0;caption-side:top}
th,td{border:1px solid var(--rule);padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:var(--head)}
tbody th{font-weight:600}
#plans tbody th{min-width:16em}
#plans thead th{text-align:center;vertical-align:bottom;white-space:normal}
#plans tbody td:first-of-type{min-width:9em}
#plans .period{display:block;font-weight:400;color:var(--muted);font-size:13px}
#plans tfoot th,#plans tfoot td{font-weight:700;background:var(--head)}
table.indicator{width:auto;min-width:480px}
.met{color:#1b5e20;font-weight:700}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.date,th.date{white-space:nowrap}
tr.past th,tr.past td{color:var(--muted)}
tr.sub th,tr.sub td:first-of-type{padding-left:24px}
.st{white-space:nowrap}
.sw{display:inline-block;width:.9em;height:.9em;margin-right:.4em;vertical-align:-.1em;border:1px solid #555}
.st-overdue,.ob-overdue{color:var(--late);font-weight:700}
.sw-done-on-time{background:#2e7d32}.sw-done-late{background:#e0a100}.sw-in-progress{background:#1e6fd0}
.sw-overdue{background:repeating-linear-gradient(45deg,#c62828 0 3px,#fff 3px 5px)}
.sw-not-due{background:#fff}.sw-continuous{background:#dfe6ea;border-style:dashed}
figure{margin:8px 0 16px}
.scroll{overflow-x:auto}
svg.timeline{width:100%;height:auto;min-width:720px;display:block}
figcaption{color:var(--muted);font-size:13px;margin-top:6px}
.note{color:var(--muted);font-size:13px}
footer{margin-top:32px;color:var(--muted);font-size:12px;border-top:1px solid var(--rule);padding-top:8px}
@page{size:A4 landscape;margin:12mm}
@media print{
  body{font-size:10pt}
  .page{max-width:none;padding:0}
  .skip,nav{display:none}
  a{color:inherit;text-decoration:none}
  h2{break-after:avoid;margin-top:14pt}
  figure{break-inside:avoid}
  /* Sheet 1 is what a leader reads: the header and the picture; the counts and tables follow. */
  main{display:flex;flex-direction:column}
  .timeline-section{order:-1}
  .timeline-section h2{margin-top:8pt}
  svg.timeline{min-width:0}
  .scroll{overflow:visible}
  thead{display:table-header-group}
  tr{break-inside:avoid}
  table{font-size:9pt}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`);
