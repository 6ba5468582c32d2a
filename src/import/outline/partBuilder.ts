/**
 * The numbered parts of the other sections: "1. Mục đích" with its points, "1. Phòng Văn hóa - Xã hội
 * xã:" and its duties, "2. Phòng …: Tham mưu …" on one line, a reporting duty with its deadline.
 */
import type { Path } from '../../load/path.js';
import type { Section } from '../../model/types.js';
import { type BuildContext, refsOf } from '../draft/buildContext.js';
import type { DraftBullet, DraftPart } from '../draft/draft.js';
import { parseReport } from '../tasks/reportDuty.js';
import { splitUnits, type UnitMention } from '../units/unitList.js';
import { endsTerminal } from './markers.js';
import type { Node } from './outline.js';

type Kind = NonNullable<Section['kind']>;

const PREFIXES =
  /^(Đề nghị(?: Thủ trưởng| Giám đốc| Chủ tịch)?|Thủ trưởng|Giám đốc|Chủ tịch|Người đứng đầu)\s+/u;

export interface UnitHeading {
  prefix?: string;
  units: UnitMention[];
  /** Text after "Units:" on the same line. */
  inline?: string;
}

/** "Đề nghị Ủy ban Mặt trận …, các tổ chức …:" — a part heading that is only units. */
export function unitHeading(head: string): UnitHeading | undefined {
  const m = /^([^:]{2,200}?)\s*:\s*(.*)$/su.exec(head.trim());
  let left = (m ? m[1]! : head).trim();
  const inline = m?.[2]?.trim();
  if (!m && endsTerminal(left)) return undefined;
  const p = PREFIXES.exec(left);
  const prefix = p ? p[1]! : undefined;
  if (p) left = left.slice(p[0].length);
  // A long remark in brackets belongs to the heading, not to a unit's name.
  if (/\([^)]*(\s\S+){4,}[^)]*\)/u.test(left)) return undefined;
  const r = splitUnits(left, true);
  if (!r.clean || r.mentions.length === 0) return undefined;
  return { ...(prefix ? { prefix } : {}), units: r.mentions, ...(inline ? { inline } : {}) };
}

export function buildPart(node: Node, kind: Kind, ctx: BuildContext, path: Path): DraftPart {
  const part: DraftPart = {};
  const head = node.marker.rest;
  const byUnits = kind === 'implementation' || kind === 'reporting';
  const heading = byUnits && head ? unitHeading(head) : undefined;
  const text: string[] = [];
  const after: string[] = [];
  const items: DraftPart[] = [];
  const bullets: DraftBullet[] = [];
  const hasContent = node.content.length > 0;
  if (heading) {
    if (heading.prefix) part.prefix = heading.prefix;
    part.units = refsOf(ctx, heading.units);
    if (heading.inline) {
      part.inline = true;
      text.push(heading.inline);
    }
  } else if (head && hasContent && !/[.;]$/u.test(head) && head.split(' ').length <= 20) {
    part.title = head;
  } else if (head) text.push(head);

  for (const c of node.content) {
    if (c.t === 'para') (items.length ? after : text).push(c.para.text);
    else if (c.t === 'table') {
      for (const row of c.table.rows) text.push(row.cells.map((x) => x.text).join(' | '));
      ctx.remarks.add('unplaced', c.table.line, path, { text: c.table.rows[0]?.cells[0]?.text ?? '' });
    } else if (c.node.marker.kind === 'dash' || c.node.marker.kind === 'plus') {
      const kids = c.node.content
        .flatMap((k) => (k.t === 'node' ? [k.node.marker.rest] : k.t === 'para' ? [k.para.text] : []))
        .filter(Boolean);
      const head = c.node.marker.rest;
      // A bare "-" line says nothing; its sub-bullets, if any, stand under an ellipsis.
      if (kids.length) bullets.push({ text: head || '…', bullets: kids });
      else if (head) bullets.push(head);
    } else {
      items.push(buildPart(c.node, kind, ctx, [...path, 'items', items.length]));
    }
  }
  if (text.length) part.text = text.length === 1 ? text[0]! : text;
  if (items.length) {
    part.items = items;
    if (node.content.some((c) => c.t === 'node' && c.node.marker.kind === 'decimal'))
      part.numbering = 'decimal';
  }
  if (bullets.length) part.bullets = bullets;
  if (after.length) part.after = after.length === 1 ? after[0]! : after;
  if (kind === 'reporting' || /trước ngày|chậm nhất/iu.test(text.join(' '))) {
    const report = reportOf(text.join(' '), part, ctx);
    if (report) part.report = report;
  }
  if (!part.title && !part.units && !part.text && !part.items && !part.bullets) part.text = node.para.text;
  return part;
}

export function reportOf(text: string, part: DraftPart, ctx: BuildContext): DraftPart['report'] {
  const r = parseReport(text, ctx.year);
  if (!r) return undefined;
  const from = r.from.length
    ? refsOf(ctx, r.from)
    : (part.units ?? []).map((u) => ({ ...u, sep: ',' as const }));
  if (from.length === 0) return undefined;
  if (r.due) ctx.dates.push({ end: r.due });
  return {
    from: from.map((f) => ({ ...f, sep: ',' as const })),
    ...(r.to ? { to: { ...ctx.book.mention(r.to, { cited: true }), sep: ',' as const } } : {}),
    ...(r.via ? { via: ctx.book.mention(r.via, { cited: true }) } : {}),
    ...(r.due ? { due: r.due } : {}),
    ...(r.covers ? { covers: r.covers } : {}),
    ...(r.subject ? { subject: r.subject } : {}),
  };
}
