/**
 * The imported plan as YAML, written through the yaml Document API so that it can carry comments: the
 * schema modeline, "# XEM LẠI (dòng N): …" before whatever needs a human look, and short notes.
 */
import { Document, isMap, isScalar, isSeq, type Node, type Pair, Scalar, visit } from 'yaml';
import { msg } from '../../i18n/index.js';
import type { Path } from '../../load/path.js';
import { roman } from '../../model/plan.js';
import type { PlanFile } from '../../model/types.js';
import { isReview, type Remark } from '../draft/review.js';

export interface YamlOptions {
  /** Path of the plan schema as the modeline should name it. */
  schemaPath: string;
  /** Comment lines at the top, after the modeline. */
  header?: string;
  remarks: readonly Remark[];
  unit: 'line' | 'paragraph';
}

const LONG = 88;

export function planToYaml(plan: PlanFile, opts: YamlOptions): string {
  const doc = new Document(plan);
  const m = msg().import;
  doc.commentBefore = ` yaml-language-server: $schema=${opts.schemaPath}${opts.header ? `\n\n${prefixLines(opts.header)}` : ''}`;
  const root = doc.contents;
  if (isMap(root)) {
    root.items.forEach((pair, i) => {
      if (i >= 2 && isScalar(pair.key)) pair.key.spaceBefore = true;
    });
  }
  style(doc);
  plan.sections.forEach((s, si) => {
    const node = doc.getIn(['sections', si], true) as Node | undefined;
    if (node) {
      addComment(node, `${roman(si + 1)}.`);
      if (si > 0) node.spaceBefore = true;
    }
    s.tasks?.forEach((_, ti) => {
      const t = doc.getIn(['sections', si, 'tasks', ti], true) as Node | undefined;
      if (t && ti > 0) t.spaceBefore = true;
    });
  });
  const unitsPair = isMap(root)
    ? root.items.find((p) => isScalar(p.key) && p.key.value === 'units')
    : undefined;
  if (unitsPair && isScalar(unitsPair.key)) unitsPair.key.commentBefore = ` ${m.unitsComment}`;

  for (const r of opts.remarks) {
    if (!r.path) continue;
    const text = (m.remark[r.code] as (a: typeof r.args) => string)(r.args);
    const line = isReview(r) ? `${m.review}${r.line ? ` (${m.at(opts.unit, r.line)})` : ''}: ${text}` : text;
    commentAt(doc, r.path, line);
  }
  return doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
}

const prefixLines = (s: string) =>
  s
    .split('\n')
    .map((l) => (l ? ` ${l}` : ''))
    .join('\n');

function addComment(node: Node | Pair['key'], text: string): void {
  const n = node as Node;
  const line = ` ${text.replace(/\n/gu, ' ')}`;
  n.commentBefore = n.commentBefore ? `${n.commentBefore}\n${line}` : line;
}

/** Put a comment on the line before the node at `path` (before its key when it is a map value). */
function commentAt(doc: Document, path: Path, text: string): void {
  for (let cut = path.length; cut > 0; cut--) {
    const p = path.slice(0, cut);
    const last = p.at(-1)!;
    if (typeof last === 'string') {
      const parent = p.length === 1 ? doc.contents : doc.getIn(p.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((x) => isScalar(x.key) && x.key.value === last);
        if (pair && isScalar(pair.key)) {
          addComment(pair.key, text);
          return;
        }
      }
      continue;
    }
    const node = doc.getIn(p, true) as Node | undefined;
    if (node && typeof node === 'object') {
      addComment(node, text);
      return;
    }
  }
  doc.commentBefore = `${doc.commentBefore ?? ''}\n ${text}`;
}

/** Short lists and unit references on one line, long texts as folded blocks, like a hand-written plan. */
function style(doc: Document): void {
  visit(doc, {
    Pair(_, pair, path) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const v = pair.value;
      // The registry itself stays in block style; only references to units go on one line.
      const registry = key === 'units' && path.length <= 2;
      if (key === 'sep' && isScalar(v)) v.type = Scalar.QUOTE_DOUBLE;
      if (isSeq(v) && !registry && ['lead', 'support', 'from', 'units', 'aliases', 'members'].includes(key)) {
        const width = v.items.reduce<number>(
          (n, x) => n + (isScalar(x) ? String(x.value).length + 2 : 100),
          0,
        );
        if (v.items.every((x) => isScalar(x)) && width < 80) v.flow = true;
        for (const item of v.items) if (isMap(item)) item.flow = true;
      }
      if (isMap(v) && ['timeframe', 'to', 'via'].includes(key) && JSON.stringify(v.toJSON()).length < 90)
        v.flow = true;
    },
  });
  foldLongText(doc);
}

/** Long texts as folded blocks (">-"), except inside one-line collections, where blocks cannot go. */
export function foldLongText(doc: Document): void {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && node.value.length > LONG) node.type = Scalar.BLOCK_FOLDED;
    },
  });
  visit(doc, {
    Map(_, map) {
      if (map.flow)
        for (const p of map.items)
          if (isScalar(p.value) && p.value.type !== Scalar.QUOTE_DOUBLE) p.value.type = Scalar.PLAIN;
    },
    Seq(_, seq) {
      if (seq.flow) for (const x of seq.items) if (isScalar(x)) x.type = Scalar.PLAIN;
    },
  });
}
