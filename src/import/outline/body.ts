/**
 * The body between the opening and "Nơi nhận": its closing paragraph, and its Roman sections built into
 * the plan (with the appendix's task table given to the task section it belongs to).
 */
import { UsageError } from '../../errors.js';
import type { BuildContext } from '../draft/buildContext.js';
import type { DraftSection } from '../draft/draft.js';
import { collapseMissing } from '../draft/missing.js';
import { type Block, isPara, type Para, para } from '../source/blocks.js';
import { lower } from '../source/fold.js';
import { agencyOfHeading, leadInSentence } from '../tasks/agencyDuties.js';
import { parseAttribute } from '../tasks/attributes.js';
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
  if (!sections.some((s) => s.tasks?.length)) {
    // No section is titled as the work: the work is where it is assigned ("PHÂN CÔNG NHIỆM VỤ" with
    // duties per agency) or where numbered items read as tasks (a lead, a time, an agency heading).
    const found = workSections(outlined);
    for (const si of found) {
      const before = ctx.remarks.items.length;
      const s = buildSection(outlined[si]!, si, ctx, undefined, 'tasks');
      if (!s.tasks?.length) {
        ctx.remarks.items.length = before;
        continue;
      }
      sections[si] = s;
      // The remarks of the section as first built no longer point anywhere.
      const stale = (r: { path?: readonly (string | number)[] }, k: number) =>
        k < before && r.path?.[0] === 'sections' && r.path[1] === si;
      const keep = ctx.remarks.items.filter((r, k) => !stale(r, k));
      ctx.remarks.items.splice(0, ctx.remarks.items.length, ...keep);
    }
  }
  collapseMissing(ctx.remarks, sections);
  if (!sections.some((s) => s.tasks?.length)) throw new UsageError('importNoTasks', {});
  return sections;
}

/**
 * Sections whose numbered items read as tasks: most of them are headed by an agency, or state a lead
 * or a time frame. Purposes, objectives and funding are never the work.
 */
function workSections(sections: readonly OutlineSection[]): number[] {
  // A section whose numbered items say what to do ("Xây dựng vùng nguyên liệu …"), or state a lead or a time.
  const titled = sectionsWhere(
    sections,
    (n) => ACTION.test(lower(n.marker.rest)) || !!leadInSentence(n.marker.rest) || statesWork(n),
    true,
  );
  if (titled.length) return titled;
  // Else the work is where it is assigned: "PHÂN CÔNG NHIỆM VỤ" with duties under each agency.
  return sectionsWhere(sections, (n) => !!agencyOfHeading(n.marker.rest));
}

/** Verbs that open a piece of work in Vietnamese plans. */
const ACTION =
  /^(xây dựng|đẩy mạnh|nâng cao|thu hút|thực hiện|tổ chức|triển khai|tăng cường|hoàn thiện|phát triển|rà soát|tuyên truyền|ban hành|kiện toàn|hỗ trợ|đào tạo|ứng dụng|chuyển đổi|đầu tư|bảo đảm|đảm bảo|tập trung|kiểm tra|củng cố|mở rộng|huy động|cải thiện|cải cách|đổi mới|thúc đẩy|khuyến khích|nghiên cứu|quản lý|bảo vệ|phòng|tiếp tục|duy trì|vận động|lồng ghép|ưu tiên)(?=$|[\s,;.:])/u;

function sectionsWhere(
  sections: readonly OutlineSection[],
  works: (n: Node) => boolean,
  otherOnly = false,
): number[] {
  const out: number[] = [];
  sections.forEach((s, si) => {
    const kind = sectionKind(s.marker.rest || s.para.text);
    if (kind !== 'other' && (otherOnly || kind !== 'implementation')) return;
    const items = s.content.flatMap((c) =>
      c.t === 'node' && c.node.marker.kind !== 'dash' && c.node.marker.kind !== 'plus' ? [c.node] : [],
    );
    if (items.length < 2) return;
    const working = items.filter(works).length;
    if (working * 2 >= items.length) out.push(si);
  });
  return out;
}

/** A lead or time line anywhere under the item, or a lead in its own sentence. */
function statesWork(n: Node): boolean {
  if (leadInSentence(n.marker.rest)) return true;
  return n.content.some((c) => {
    if (c.t === 'para') return parseAttribute(c.para.text) !== undefined;
    if (c.t === 'node') return parseAttribute(c.node.marker.rest) !== undefined || statesWork(c.node);
    return false;
  });
}

/** A numbered item written back as its lines. */
function lines(node: Node): string[] {
  return [
    node.para.text,
    ...node.content.flatMap((c) => (c.t === 'para' ? [c.para.text] : c.t === 'node' ? lines(c.node) : [])),
  ];
}
