/** The appendix after the signature: "PHỤ LỤC", its title, the task table, anything else left over. */
import { type Block, isPara, type Para, type Table } from '../source/blocks.js';
import { isAppendixStart } from './footer.js';
import { type AppendixTasks, sectionKind } from './sectionBuilder.js';

export interface Appendix {
  tasks?: AppendixTasks;
  other: Para[];
}

/** `tail`: the blocks from "Nơi nhận" on. */
export function readAppendix(tail: readonly Block[]): { footer: Para[]; appendix: Appendix } {
  const at = tail.findIndex((b) => isPara(b) && isAppendixStart(b.text));
  const before = at === -1 ? tail : tail.slice(0, at);
  const appendix: Appendix = { other: [] };
  const title: string[] = [];
  let table: Table | undefined;
  for (const b of at === -1 ? [] : tail.slice(at)) {
    if (b.kind === 'table') {
      table ??= b;
      continue;
    }
    // The "PHỤ LỤC" label and the "(Kèm theo Kế hoạch số …)" note are generated when rendering.
    if (!table && (isAppendixStart(b.text) || /^\(?kèm theo\b/iu.test(b.text))) continue;
    if (!table && title.length < 5) title.push(b.text);
    else appendix.other.push(b);
  }
  if (table) appendix.tasks = { table, title };
  else appendix.other = (at === -1 ? [] : tail.slice(at)).filter(isPara) as Para[];
  // A task table after the signature without a "PHỤ LỤC" heading is still the appendix.
  const stray = before.find((b): b is Table => b.kind === 'table');
  if (stray) appendix.tasks ??= { table: stray, title: [] };
  return { footer: before.filter(isPara) as Para[], appendix };
}

/** The section the appendix table belongs to: the first task section, or -1. */
export function appendixTarget(titles: readonly string[]): number {
  return titles.findIndex((t) => sectionKind(t) === 'tasks');
}
