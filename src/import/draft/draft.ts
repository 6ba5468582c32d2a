/**
 * The plan while it is being built: the file format's shapes, except that unit references are still
 * pending (the registry's names and ids are only known once the whole document has been read).
 */
import type { PlanFile, Section, TaskFile, Timeframe, UnitRef } from '../../model/types.js';
import type { PendingRef, UnitBook } from '../units/unitBook.js';

type Paras = string | string[];
export type DraftBullet = string | { label?: string; text: string; bullets?: string[] };

export interface DraftTask {
  id: string;
  title: string;
  text?: Paras;
  bullets?: DraftBullet[];
  leadLabel?: TaskFile['leadLabel'];
  leadText?: string;
  lead?: PendingRef[];
  supportLabel?: TaskFile['supportLabel'];
  support?: PendingRef[];
  leadLine?: boolean;
  supportLine?: boolean;
  timeLabel?: TaskFile['timeLabel'];
  timeLine?: boolean;
  timeframe?: Timeframe;
  output?: string;
  numbering?: 'decimal' | 'letter' | 'dash';
  subtasks?: DraftTask[];
}

export interface DraftReport {
  from: PendingRef[];
  to?: PendingRef;
  via?: PendingRef;
  due?: string;
  covers?: string;
  subject?: string;
}

export interface DraftPart {
  title?: string;
  prefix?: string;
  units?: PendingRef[];
  inline?: boolean;
  numbering?: 'letter' | 'decimal';
  text?: Paras;
  items?: DraftPart[];
  bullets?: DraftBullet[];
  after?: Paras;
  report?: DraftReport;
}

export interface DraftSection {
  kind?: Section['kind'];
  title: string;
  layout?: 'list' | 'table';
  appendix?: Paras;
  text?: Paras;
  parts?: DraftPart[];
  tasks?: DraftTask[];
  after?: Paras;
}

export interface DraftCitation {
  verb?: 'Căn cứ' | 'Thực hiện';
  type?: string;
  number?: string;
  date?: string;
  issuer?: string;
  subject?: string;
  text: string;
  pendingUnit?: PendingRef;
}

export interface DraftPlan {
  version: 1;
  id: string;
  document: {
    type: PlanFile['document']['type'];
    number: string | null;
    symbol?: string;
    date: string | null;
    place?: string;
    title: Paras;
    subject?: string;
  };
  issuer: { unit: PendingRef; parent?: string; lines?: string[] };
  period: { start: string; end: string; label?: string };
  basis?: { verb?: 'Căn cứ' | 'Thực hiện'; layout?: 'sentence' | 'lines'; items: DraftCitation[] };
  intro?: Paras;
  sections: DraftSection[];
  closing?: Paras;
  recipients: { items: string[]; archive: string };
  signature: { authority?: string; delegation?: string; title: string; name?: string | null };
}

/** Replace every pending reference by its final form. */
export function resolvePlan(d: DraftPlan, book: UnitBook): PlanFile {
  const refs = (list: PendingRef[] | undefined): UnitRef[] | undefined =>
    list?.length ? list.map((r) => book.resolve(r)) : undefined;
  const task = (t: DraftTask): Record<string, unknown> => {
    const { lead, support, subtasks, ...rest } = t;
    const out: Record<string, unknown> = { ...rest };
    const l = refs(lead);
    const s = refs(support);
    // Keep the usual key order: title, text, bullets, lead, support, time …
    return reorder(
      {
        ...out,
        ...(l ? { lead: l } : {}),
        ...(s ? { support: s } : {}),
        ...(subtasks?.length ? { subtasks: subtasks.map(task) } : {}),
      },
      TASK_KEYS,
    );
  };
  const part = (p: DraftPart): Record<string, unknown> => {
    const { units, items, report, ...rest } = p;
    const u = refs(units);
    return reorder(
      {
        ...rest,
        ...(u ? { units: u } : {}),
        ...(items?.length ? { items: items.map(part) } : {}),
        ...(report
          ? {
              report: reorder(
                {
                  ...report,
                  from: refs(report.from)!,
                  ...(report.to ? { to: book.resolve(report.to) } : {}),
                  ...(report.via ? { via: book.resolve(report.via) } : {}),
                },
                REPORT_KEYS,
              ),
            }
          : {}),
      },
      PART_KEYS,
    );
  };
  const sections = d.sections.map((s) => {
    const { parts, tasks, ...rest } = s;
    return reorder(
      {
        ...rest,
        ...(parts?.length ? { parts: parts.map(part) } : {}),
        ...(tasks?.length ? { tasks: tasks.map(task) } : {}),
      },
      SECTION_KEYS,
    );
  });
  const basis = d.basis
    ? {
        ...d.basis,
        items: d.basis.items.map(({ pendingUnit, ...c }) =>
          reorder({ ...c, ...(pendingUnit ? { unit: book.idOf(pendingUnit) } : {}) }, CITATION_KEYS),
        ),
      }
    : undefined;
  return reorder(
    {
      ...d,
      issuer: reorder({ ...d.issuer, unit: book.idOf(d.issuer.unit) }, ['unit', 'parent', 'lines']),
      ...(basis ? { basis } : {}),
      sections,
      units: book.units(),
    },
    PLAN_KEYS,
  ) as unknown as PlanFile;
}

const PLAN_KEYS = [
  'version',
  'id',
  'document',
  'issuer',
  'period',
  'basis',
  'intro',
  'sections',
  'closing',
  'recipients',
  'signature',
  'units',
];
const SECTION_KEYS = ['kind', 'title', 'layout', 'appendix', 'text', 'parts', 'tasks', 'after'];
const TASK_KEYS = [
  'id',
  'title',
  'text',
  'bullets',
  'leadLabel',
  'leadText',
  'lead',
  'supportLabel',
  'support',
  'leadLine',
  'supportLine',
  'timeLabel',
  'timeLine',
  'timeframe',
  'output',
  'indicators',
  'numbering',
  'subtasks',
];
const PART_KEYS = [
  'title',
  'prefix',
  'units',
  'inline',
  'numbering',
  'text',
  'items',
  'bullets',
  'after',
  'indicators',
  'report',
];
const REPORT_KEYS = ['from', 'to', 'via', 'due', 'covers', 'subject'];
const CITATION_KEYS = ['verb', 'type', 'number', 'date', 'issuer', 'unit', 'subject', 'text'];

function reorder<T extends object>(o: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of keys)
    if ((o as Record<string, unknown>)[k] !== undefined) out[k] = (o as Record<string, unknown>)[k];
  for (const [k, v] of Object.entries(o)) if (!(k in out) && v !== undefined) out[k] = v;
  return out as T;
}
