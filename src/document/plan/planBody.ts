import { doc } from '../../i18n/vi/render.js';
import { letter, type Plan, roman, type Task } from '../../model/plan.js';
import type { Bullet, Part, PlanFile } from '../../model/types.js';
import { joinMentions, mentions, type UnitRegistry } from '../../model/units.js';
import { type Block, block, endBody, endWith, numbered } from '../blocks.js';
import { cleanText, paragraphs } from '../cleanText.js';

/** The body of the plan: opening, sections I–… with their parts and tasks, closing ending "./.". */
export function planBody(plan: Plan): Block[] {
  const f = plan.file;
  const tasks = new Map(plan.tasks.map((t) => [t.path.join('/'), t]));
  const out: Block[] = [...opening(f)];
  f.sections.forEach((s, si) => {
    const marker = `${roman(si + 1)}.`;
    out.push(block('section', numbered(marker, withoutMarker(s.title, marker))));
    for (const p of paragraphs(s.text)) out.push(block('para', p));
    s.parts?.forEach((p, pi) => out.push(...partBlocks(p, `${pi + 1}.`, 0, plan.units)));
    // A table layout puts the tasks in an appendix (see planAppendix); the body keeps the rest.
    if (s.layout !== 'table') {
      s.tasks?.forEach((_, ti) => out.push(...taskBlocks(`sections/${si}/tasks/${ti}`, tasks)));
    }
    for (const p of paragraphs(s.after)) out.push(block('para', p));
  });
  for (const p of paragraphs(f.closing)) out.push(block('para', p));
  return endBody(out);
}

/** The same words may already carry the number we print ("I. MỤC ĐÍCH"); never print it twice. */
function withoutMarker(text: string, marker: string): string {
  const t = cleanText(text);
  return marker && t.startsWith(`${marker} `) ? t.slice(marker.length + 1) : t;
}

const startsWithVerb = (text: string, verb: string) =>
  text.toLocaleLowerCase('vi').startsWith(`${verb.toLocaleLowerCase('vi')} `);

/**
 * The opening. `sentence`: "Thực hiện <citation>. <first intro paragraph>" as one paragraph, the way
 * commune plans open; `lines`: one "Căn cứ …;" paragraph per citation, then the intro.
 */
function opening(f: PlanFile): Block[] {
  const intro = paragraphs(f.intro);
  const basis = f.basis;
  if (!basis) return intro.map((p) => block('para', p));
  const verb = basis.verb ?? 'Thực hiện';
  const cite = (text: string, v: string) => (startsWithVerb(text, v) ? text : `${v} ${text}`);
  if (basis.layout === 'lines') {
    // One line each, ending ";"; the last ends "." when no intro paragraph follows it.
    const lines = basis.items.map((c, i) =>
      endWith(
        cite(cleanText(c.text), c.verb ?? verb),
        i === basis.items.length - 1 && intro.length === 0 ? '.' : ';',
      ),
    );
    return [...lines, ...intro].map((p) => block('para', p));
  }
  let previous = '';
  const clauses = basis.items.map((c, i) => {
    const v = c.verb ?? verb;
    const text = cleanText(c.text).replace(/[\s.;,]+$/u, '');
    const clause = i === 0 ? cite(text, v) : v === previous ? text : cite(text, v.toLocaleLowerCase('vi'));
    previous = v;
    return clause;
  });
  const sentence = endWith(clauses.join('; '), '.');
  const [first, ...rest] = intro;
  return [block('para', first ? `${sentence} ${first}` : sentence), ...rest.map((p) => block('para', p))];
}

/** "1. Phòng Văn hóa - Xã hội xã:", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, các tổ chức …:" */
function unitHeading(part: Part, units: UnitRegistry): string {
  const names = joinMentions(mentions(part.units, units));
  return `${part.prefix ? `${cleanText(part.prefix)} ` : ''}${names}:`;
}

/**
 * A khoản (depth 0: "1.") or điểm (depth 1: "a)"; deeper: "-"). A part with a title or units has a
 * heading, on its own line or, with `inline`, in bold before its first paragraph; a part without one
 * puts its number before its first paragraph.
 */
function partBlocks(part: Part, marker: string, depth: number, units: UnitRegistry): Block[] {
  const out: Block[] = [];
  const texts = paragraphs(part.text);
  const heading = part.title ? cleanText(part.title) : part.units ? unitHeading(part, units) : undefined;
  if (heading !== undefined) {
    const head = numbered(marker, withoutMarker(heading, marker));
    if (part.inline && texts.length > 0) {
      out.push(block('para', texts.shift()!, /[:.;,]$/u.test(head) ? head : `${head}:`));
    } else {
      out.push(block(depth === 0 ? 'heading' : 'subheading', head));
    }
  } else if (texts.length > 0) {
    out.push(block('para', numbered(marker, withoutMarker(texts.shift()!, marker))));
  }
  for (const t of texts) out.push(block('para', t));
  // Points are a), b) by default; `numbering: decimal` gives "1.1.", "1.1.1." as real plans often do.
  const decimal = part.numbering === 'decimal' && /^\d+(\.\d+)*\.$/u.test(marker);
  part.items?.forEach((item, i) =>
    out.push(
      ...partBlocks(
        item,
        decimal ? `${marker}${i + 1}.` : depth === 0 ? `${letter(i + 1)})` : '-',
        depth + 1,
        units,
      ),
    ),
  );
  out.push(...bulletBlocks(part.bullets));
  for (const p of paragraphs(part.after)) out.push(block('para', p));
  return out;
}

/** "- text" or "- Nội dung: text", with "+ …" lines under it. */
export function bulletLines(bullets: readonly Bullet[] | undefined, mark = '-'): string[] {
  const out: string[] = [];
  for (const b of bullets ?? []) {
    if (typeof b === 'string') {
      out.push(`${mark} ${cleanText(b)}`);
      continue;
    }
    out.push(`${mark} ${b.label ? `${cleanText(b.label)}: ` : ''}${cleanText(b.text)}`);
    for (const sub of b.bullets ?? []) out.push(`+ ${cleanText(sub)}`);
  }
  return out;
}

const bulletBlocks = (bullets: readonly Bullet[] | undefined, mark = '-'): Block[] =>
  bulletLines(bullets, mark).map((l) => block('para', l));

/**
 * "- Cơ quan chủ trì: …." and its siblings, generated from the structured task. `dash`: the task is
 * itself a "-" duty, and its lines are plain ("Thời gian thực hiện: …"), as such plans write them.
 */
export function taskLines(task: Task, dash = false): string[] {
  const f = task.file;
  const out: string[] = [];
  const line = (label: string, value: string) =>
    out.push(`${dash ? '' : '- '}${label}: ${endWith(cleanText(value), '.')}`);
  if (f.leadText) {
    // The document wrote who does what as a sentence; it replaces the generated lead and support
    // lines, while lead/support still carry the unit ids for tracking.
    line(f.leadLabel ?? doc.leadLabel, f.leadText);
  } else {
    // `leadLine: false`: a heading ("1. Sở Y tế") or the task's own sentence already names them.
    if (task.lead.length > 0 && f.leadLine !== false)
      line(f.leadLabel ?? doc.leadLabel, joinMentions(task.lead));
    if (task.support.length > 0 && f.supportLine !== false)
      line(f.supportLabel ?? doc.supportLabel, joinMentions(task.support));
  }
  if (task.time?.label && f.timeLine !== false) line(f.timeLabel ?? doc.timeLabel, task.time.label);
  if (f.output) line(doc.outputLabel, f.output);
  return out;
}

/**
 * A task: its numbered title, its own paragraphs and bullets, the lead / coordinating / time lines,
 * then its sub-tasks. A title with content under it is a heading; a task that is one sentence is a
 * plain numbered paragraph, as ND30 has it for a khoản without a title.
 */
function taskBlocks(path: string, tasks: Map<string, Task>, dash = false): Block[] {
  const task = tasks.get(path);
  if (!task) return [];
  const f = task.file;
  const texts = paragraphs(f.text);
  const hasBody = texts.length > 0 || !!f.bullets || !!f.subtasks;
  // A parent with `numbering: dash` wrote its sub-tasks as "-" duties: printed so, as plain lines.
  const title = dash ? `- ${cleanText(f.title)}` : numbered(task.marker, withoutMarker(f.title, task.marker));
  const out: Block[] = [
    hasBody && !dash ? block(task.depth === 0 ? 'heading' : 'subheading', title) : block('para', title),
  ];
  for (const t of texts) out.push(block('para', t));
  // The points under a "-" duty are "+" lines.
  out.push(...bulletBlocks(f.bullets, dash ? '+' : '-'));
  for (const l of taskLines(task, dash)) out.push(block('para', l));
  const dashes = f.numbering === 'dash';
  f.subtasks?.forEach((_, i) => out.push(...taskBlocks(`${path}/subtasks/${i}`, tasks, dashes)));
  return out;
}
