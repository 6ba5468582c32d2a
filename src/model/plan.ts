import type { IsoDate } from './dates.js';
import type { Path } from './path.js';
import { type ResolvedTime, resolveTimeframe } from './timeframe.js';
import type { Indicator, Part, PlanFile, ReportDuty, TaskFile } from './types.js';
import { type Mention, mentions, refId, UnitRegistry } from './units.js';

export const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
];
/** Vietnamese point letters: no f, j, w, z (ND30 Phụ lục I). */
export const LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

export const roman = (n: number) => ROMAN[n - 1] ?? String(n);
export const letter = (n: number) => LETTERS[n - 1] ?? String(n);

export interface Task {
  id: string;
  /** "3", "3.1", "3.1.a"; with several task sections, prefixed by the section: "III.2". */
  number: string;
  /** What this task's own heading shows: "3.", "3.1.", "a)". */
  marker: string;
  depth: number;
  path: Path;
  file: TaskFile;
  title: string;
  short: string;
  lead: Mention[];
  support: Mention[];
  time: ResolvedTime | undefined;
  parent: string | undefined;
  children: string[];
  sectionIndex: number;
}

export interface Obligation {
  path: Path;
  duty: ReportDuty;
  /** Units that owe the report, groups expanded, recipients left out. */
  units: string[];
  due: IsoDate | undefined;
  to: string | undefined;
  via: string | undefined;
}

/** A validated plan file with its derived views: registry, numbered tasks, obligations, indicators. */
export class Plan {
  readonly units: UnitRegistry;
  readonly tasks: Task[] = [];
  readonly taskById = new Map<string, Task>();
  readonly obligations: Obligation[] = [];
  readonly indicators: { path: Path; indicator: Indicator }[] = [];

  constructor(
    readonly file: PlanFile,
    readonly source: string,
  ) {
    this.units = UnitRegistry.of(file);
    const taskSections = file.sections.filter((s) => s.kind === 'tasks').length;
    file.sections.forEach((section, si) => {
      const prefix = taskSections > 1 ? `${roman(si + 1)}.` : '';
      section.tasks?.forEach((t, ti) =>
        this.addTask(t, ['sections', si, 'tasks', ti], `${prefix}${ti + 1}`, `${ti + 1}.`, 0, undefined, si),
      );
      section.parts?.forEach((p, pi) => this.walkPart(p, ['sections', si, 'parts', pi]));
    });
  }

  get id(): string {
    return this.file.id;
  }

  get period(): { start: IsoDate; end: IsoDate } {
    return this.file.period;
  }

  get title(): string {
    const t = this.file.document.title;
    return (Array.isArray(t) ? t.join(' ') : t).replace(/\s+/gu, ' ').trim();
  }

  /** Top-level tasks first in document order, each followed by its sub-tasks. */
  task(idOrNumber: string): Task | undefined {
    return this.taskById.get(idOrNumber) ?? this.tasks.find((t) => t.number === idOrNumber);
  }

  private addTask(
    t: TaskFile,
    path: Path,
    number: string,
    marker: string,
    depth: number,
    parent: string | undefined,
    si: number,
  ) {
    const task: Task = {
      id: t.id,
      number,
      marker,
      depth,
      path,
      file: t,
      title: t.title,
      short: t.short ?? shorten(t.title),
      lead: mentions(t.lead, this.units),
      support: mentions(t.support, this.units),
      time: t.timeframe ? resolveTimeframe(t.timeframe, this.file.period.start) : undefined,
      parent,
      children: [],
      sectionIndex: si,
    };
    this.tasks.push(task);
    if (!this.taskById.has(t.id)) this.taskById.set(t.id, task);
    const letters = t.numbering === 'letter';
    t.subtasks?.forEach((s, i) => {
      task.children.push(s.id);
      this.addTask(
        s,
        [...path, 'subtasks', i],
        `${number}.${letters ? letter(i + 1) : i + 1}`,
        letters ? `${letter(i + 1)})` : `${number.replace(/^[IVX]+\./u, '')}.${i + 1}.`,
        depth + 1,
        t.id,
        si,
      );
    });
    t.indicators?.forEach((indicator, i) =>
      this.indicators.push({ path: [...path, 'indicators', i], indicator }),
    );
  }

  private walkPart(p: Part, path: Path) {
    if (p.report) this.obligations.push(this.obligation(p.report, [...path, 'report']));
    p.indicators?.forEach((indicator, i) =>
      this.indicators.push({ path: [...path, 'indicators', i], indicator }),
    );
    p.items?.forEach((child, i) => this.walkPart(child, [...path, 'items', i]));
  }

  private obligation(duty: ReportDuty, path: Path): Obligation {
    const to = duty.to ? refId(duty.to) : undefined;
    const via = duty.via ? refId(duty.via) : undefined;
    const units: string[] = [];
    for (const r of duty.from) {
      for (const u of this.units.expand(refId(r))) {
        if (u !== to && u !== via && !units.includes(u)) units.push(u);
      }
    }
    return { path, duty, units, due: duty.due, to, via };
  }
}

/** A short title for tables when the plan gives none: the first clause, cut at a word boundary. */
export function shorten(title: string, max = 60): string {
  const first = title.split(/[;.:]/u)[0]!.trim();
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,\s]+$/u, '')}…`;
}
