/**
 * The body between the opening and "Nơi nhận": its closing paragraph, and its Roman sections built into
 * the plan (with the appendix's task table given to the task section it belongs to).
 */
import { UsageError } from '../../errors.js';
import type { BuildContext } from '../draft/buildContext.js';
import type { DraftSection } from '../draft/draft.js';
import { collapseMissing } from '../draft/missing.js';
import { type Block, isPara, type Para, para } from '../source/blocks.js';
import { type Appendix, appendixTarget } from './appendix.js';
import { parseMarker } from './markers.js';
import { type Node, type OutlineSection, outline } from './outline.js';
import { buildSection, sectionKind } from './sectionBuilder.js';

/**
 * The closing paragraph ("… theo quy định./.") leaves the body; the "./." is added back when rendering.
 * A reporting duty that is the only paragraph of its section stays there, so its deadline is tracked.
 */
export function takeClosing(body: Block[]): string | undefined {
  let at = -1;
  for (let k = body.length - 1; k >= 0 && at === -1; k--) if (isPara(body[k]!)) at = k;
  if (at === -1) return undefined;
  const last = body[at] as Para;
  if (!/\.\/\.\s*$/u.test(last.text)) return undefined;
  const text = last.text.replace(/\s*\.\/\.\s*$/u, '.');
  let owner = -1;
  for (let k = at - 1; k >= 0 && owner === -1; k--) {
    const b = body[k]!;
    if (isPara(b) && parseMarker(b.text)?.kind === 'roman') owner = k;
  }
  const alone = owner !== -1 && body.slice(owner + 1, at).every((b) => !isPara(b) || !b.text.trim());
  const reporting =
    owner !== -1 && sectionKind(parseMarker((body[owner] as Para).text)!.rest) === 'reporting';
  if (parseMarker(last.text) || (alone && reporting)) {
    body[at] = { ...last, text };
    return undefined;
  }
  body.splice(at, 1);
  return text;
}

/** The sections; paragraphs before the first one are added to `intro`. */
export function buildSections(
  body: readonly Block[],
  ctx: BuildContext,
  appendix: Appendix,
  intro: string[],
): DraftSection[] {
  const tree = outline(body);
  let outlined: OutlineSection[] = tree.sections;
  const firstItem = tree.preface.findIndex((c) => c.t !== 'para');
  if (outlined.length === 0 && firstItem !== -1) {
    // No Roman sections: the numbered items (or the table) after the opening are the tasks.
    for (const c of tree.preface.slice(0, firstItem)) if (c.t === 'para') intro.push(c.para.text);
    const first = tree.preface[firstItem]!;
    const line = first.t === 'table' ? first.table.line : first.t === 'node' ? first.node.para.line : 0;
    const title = 'NỘI DUNG';
    outlined = [
      {
        marker: { kind: 'roman', label: '', rest: title },
        para: para(title, line),
        content: tree.preface.slice(firstItem),
      },
    ];
    ctx.remarks.add('noSections', line, ['sections', 0], {});
  } else {
    for (const c of tree.preface) {
      if (c.t === 'para') intro.push(c.para.text);
      else if (c.t === 'node') intro.push(...lines(c.node));
      else appendix.tasks ??= { table: c.table, title: [] };
    }
  }
  const target = appendix.tasks ? appendixTarget(outlined.map((s) => s.marker.rest)) : -1;
  const sections = outlined.map((s, si) =>
    buildSection(s, si, ctx, si === target ? appendix.tasks : undefined),
  );
  if (appendix.tasks && target === -1) {
    const title = appendix.tasks.title.join(' ') || 'DANH MỤC NHIỆM VỤ';
    const s = {
      marker: { kind: 'roman' as const, label: '', rest: title },
      para: para(title, appendix.tasks.table.line),
      content: [],
    };
    sections.push(buildSection(s, sections.length, ctx, appendix.tasks));
  }
  // Text after the appendix table that is not part of it stays in the file, at the end of its section.
  if (appendix.other.length && sections.length) {
    const at = target === -1 ? sections.length - 1 : target;
    const s = sections[at]!;
    const after = s.after === undefined ? [] : Array.isArray(s.after) ? s.after : [s.after];
    s.after = [...after, ...appendix.other.map((p) => p.text)];
    for (const p of appendix.other)
      ctx.remarks.add('unplaced', p.line, ['sections', at, 'after'], { text: p.text });
  }
  collapseMissing(ctx.remarks, sections);
  if (!sections.some((s) => s.tasks?.length)) throw new UsageError('importNoTasks', {});
  return sections;
}

/** A numbered item written back as its lines. */
function lines(node: Node): string[] {
  return [
    node.para.text,
    ...node.content.flatMap((c) => (c.t === 'para' ? [c.para.text] : c.t === 'node' ? lines(c.node) : [])),
  ];
}
