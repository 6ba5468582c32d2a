import { roman } from '../../model/plan.js';
import type { DraftSection, DraftTask } from './draft.js';
import type { Remark, Remarks } from './review.js';

/**
 * When no task of a section names a lead (or a time), one remark on the section says so, instead of one
 * per task; the assignments are then usually in the "Tổ chức thực hiện" section.
 */
export function collapseMissing(remarks: Remarks, sections: readonly DraftSection[]): void {
  const impl = sections.findIndex((s) => s.kind === 'implementation');
  sections.forEach((s, si) => {
    if (!s.tasks?.length) return;
    for (const [code, section] of [
      ['noLead', 'sectionNoLead'],
      ['noTime', 'sectionNoTime'],
    ] as const) {
      const inSection = (r: Remark) => r.code === code && r.path?.[0] === 'sections' && r.path[1] === si;
      const count = remarks.items.filter(inSection).length;
      if (count < 2 || count !== leaves(s.tasks).length) continue;
      const first = remarks.items.find(inSection)!;
      remarks.items.splice(0, remarks.items.length, ...remarks.items.filter((r) => !inSection(r)));
      remarks.add(section, first.line, ['sections', si, 'tasks'], {
        count,
        where: section === 'sectionNoLead' && impl !== -1 ? roman(impl + 1) : '',
      });
    }
  });
}

const leaves = (tasks: readonly DraftTask[]): DraftTask[] =>
  tasks.flatMap((t) => (t.subtasks?.length ? leaves(t.subtasks) : [t]));
