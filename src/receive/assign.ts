/**
 * Where each passage of a unit's report goes: the plan task it reports on (first among the tasks the
 * unit leads or supports, by the task's own words), or the unit's general results, difficulties
 * (khó khăn, vướng mắc), proposals (kiến nghị) or its own directions; and which figures answer a
 * declared indicator. Pure.
 */
import type { Plan, Task } from '../model/plan.js';
import { fold, syllables } from './fold.js';
import { concepts } from './lexicon.js';
import type { SourcePara } from './parseReport.js';

export type Place =
  | { kind: 'task'; task: string }
  | { kind: 'general' }
  | { kind: 'difficulty' }
  | { kind: 'proposal' }
  | { kind: 'direction' }
  | { kind: 'skipped'; why: 'opening' | 'closing' | 'heading' };

export interface Passage extends SourcePara {
  place: Place;
}

export interface IndicatorFound {
  id: string;
  value: number;
  line: number;
  text: string;
}

type Context = 'results' | 'difficulty' | 'proposal' | 'direction';

const HEADINGS: [RegExp, Context][] = [
  [/\b(kho khan|vuong mac|ton tai|han che)\b/u, 'difficulty'],
  [/\b(de xuat|kien nghi|de nghi)\b/u, 'proposal'],
  [
    /\b(phuong huong|nhiem vu trong tam|thoi gian toi|nhiem vu (\d+ thang|nam|quy) (dau|cuoi|toi))\b/u,
    'direction',
  ],
  [/\b(ket qua|tinh hinh|cong tac|danh gia)\b/u, 'results'],
];

/** A numbered or lettered heading: "I. KẾT QUẢ ĐẠT ĐƯỢC", "2. Khó khăn, vướng mắc", "a) Công tác tuyên truyền:". */
const MARKER = /^(([IVX]{1,5}|\d{1,2}(\.\d{1,2})*|[a-zđ])[.)]|[IVX]{1,5}\s*[-–])\s*/u;

export function isHeading(t: string): boolean {
  const text = t.replace(/\*+/gu, '').trim();
  const rest = text.replace(MARKER, '');
  const marked = rest !== text;
  const short = rest.split(/\s+/u).length <= 14;
  const caps = /\p{Lu}/u.test(rest) && !/\p{Ll}/u.test(rest);
  return short && !/[.;]$/u.test(rest) && (caps || (marked && (/:$/u.test(rest) || rest.length < 90)));
}

/** Stop syllables: they say nothing about which task a passage is about. */
const STOP = new Set(
  'va cac cua cho trong tren voi de nhu la duoc co the tai ve theo tu den nhung mot nay do da dang se tre em xa thuc hien trien khai tang cuong tiep tuc dia ban nam thang'.split(
    ' ',
  ),
);
/** Pairs every administrative text uses. */
const STOP_PAIRS = new Set([
  'quy dinh',
  'cong tac',
  'nhiem vu',
  'ke hoach',
  'co quan',
  'don vi',
  'hieu qua',
  'dam bao',
  'bao dam',
  'bao cao',
  'phoi hop',
  'to chuc',
  'gia dinh',
  'cong dong',
  'tinh hinh',
  'van dong',
]);

export interface TaskWords {
  task: Task;
  grams: Map<string, number>;
  /** The lexicon's concepts the task's short title names: what the task is about. */
  core: Set<string>;
}

export function grams(s: string): Set<string> {
  const syl = syllables(s);
  const out = new Set<string>();
  for (let i = 0; i < syl.length; i++) {
    const pair = `${syl[i]} ${syl[i + 1]}`;
    if (!STOP.has(syl[i]!) && !STOP_PAIRS.has(pair) && !STOP_PAIRS.has(`${syl[i - 1]} ${syl[i]}`))
      out.add(syl[i]!);
    if (i + 1 < syl.length && !STOP.has(syl[i]!) && !STOP.has(syl[i + 1]!) && !STOP_PAIRS.has(pair))
      out.add(pair);
  }
  for (const c of concepts(syl.join(' '))) out.add(c);
  return out;
}

/** A word that weighs as a phrase: a pair of syllables, or a concept of the lexicon ("~xam-hai"). */
const phrase = (w: string) => w.includes(' ') || w.startsWith('~');

/**
 * A task's whole text: its short and full title, the titles of its sub-items (a passage on 3.1 also
 * speaks of 3), and, with less weight, the heading of the plan section it sits in.
 */
function taskText(plan: Plan, t: Task): string {
  const below = (id: string): string[] => {
    const c = plan.taskById.get(id);
    return c ? [c.short, c.title, ...c.children.flatMap(below)] : [];
  };
  return [t.short, t.title, t.file.short ?? '', ...t.children.flatMap(below)].join(' ');
}

/** Each task's words weighted by how few tasks share them (a bigram or a concept counts three times a syllable). */
export function taskWords(plan: Plan): TaskWords[] {
  const sections = plan.file.sections as readonly { title?: string }[];
  const sets = plan.tasks.map((t) => {
    const g = grams(taskText(plan, t));
    // The section heading's words count only where the task's own do not already have them.
    for (const w of grams(sections[t.sectionIndex]?.title ?? '')) g.add(w);
    return { task: t, g };
  });
  const df = new Map<string, number>();
  for (const s of sets) for (const g of s.g) df.set(g, (df.get(g) ?? 0) + 1);
  const n = sets.length;
  return sets.map((s) => ({
    task: s.task,
    core: new Set([...grams(`${s.task.short} ${s.task.file.short ?? ''}`)].filter((g) => g.startsWith('~'))),
    grams: new Map(
      [...s.g].map((g) => [g, Math.log(1 + n / df.get(g)!) * (phrase(g) ? 3 : 1)] as [string, number]),
    ),
  }));
}

/**
 * How much of a task's own words a passage uses: the shared words' weights, a single shared pair of
 * words counting for less than two (one phrase in common, such as "tình hình", is not enough), divided
 * by the root of the task's size so that a long task listing many programmes does not win every time.
 */
export function score(tw: TaskWords, g: Set<string>): number {
  let s = 0;
  let pairs = 0;
  for (const [w, weight] of tw.grams) {
    if (!g.has(w)) continue;
    s += weight;
    if (phrase(w)) pairs++;
  }
  if (pairs < 2) s /= 2;
  let total = 0;
  for (const w of tw.grams.values()) total += w;
  // A concept of the lexicon the passage shares with what the task is about (its short title) is
  // enough on its own: "bạo lực trẻ em" meets "Phòng, chống xâm hại trẻ em" without a word in common.
  let concept = 0;
  for (const c of g) if (c.startsWith('~') && tw.core.has(c)) concept = CONCEPT;
  return (s / Math.sqrt(total)) * 10 + concept;
}

/** What a concept shared with a task's short title adds to the score. */
const CONCEPT = 8;

/**
 * The tasks a unit leads or supports, itself or through a group it belongs to, each with how much it
 * is the unit's own: a task it leads by name comes first, then one it supports by name, then one that
 * reaches it through a group ("các cơ quan, ban ngành").
 */
function ownTasks(plan: Plan, unit: string): Map<string, number> {
  const mine = new Set([unit, ...plan.units.groupsOf(unit)]);
  const reaches = (r: string) => mine.has(r) || plan.units.expand(r).includes(unit);
  const out = new Map<string, number>();
  for (const t of plan.tasks) {
    const lead = t.lead.map((m) => m.id);
    const support = t.support.map((m) => m.id);
    const w = lead.includes(unit)
      ? 1.3
      : support.includes(unit)
        ? 1.15
        : [...lead, ...support].some(reaches)
          ? 1
          : 0;
    if (w > 0) out.set(t.id, w);
  }
  return out;
}

/** Enough shared words to say a passage is about a task: the unit's own, or any task at a higher bar. */
const OWN_BAR = 8;
const ANY_BAR = 15;

/** A passage about what comes next: "Thời gian tới, …", "Năm 2026, thôn tiếp tục …" (a year after the report's). */
function isAhead(f: string, year: number | undefined): boolean {
  if (/^(trong )?(thoi gian toi|nam toi|giai doan toi|ky toi)\b/u.test(f)) return true;
  const y = /^(trong )?nam (\d{4})\b/u.exec(f);
  return y !== null && year !== undefined && Number(y[2]) > year;
}

export interface AssignOptions {
  /** The year of the report's date: a passage on a later year says what the unit will do. */
  year?: number | undefined;
}

export function assignPassages(
  plan: Plan,
  unit: string,
  body: readonly SourcePara[],
  opts: AssignOptions = {},
): Passage[] {
  const words = taskWords(plan);
  const own = ownTasks(plan, unit);
  const out: Passage[] = [];
  let context: Context = 'results';
  let heading = '';
  body.forEach((p, i) => {
    const text = p.text.trim();
    const f = fold(text);
    if (i === 0 && /nhu sau\s*$/u.test(f))
      return out.push({ ...p, place: { kind: 'skipped', why: 'opening' } });
    if (/^tren day la bao cao/u.test(f))
      return out.push({ ...p, place: { kind: 'skipped', why: 'closing' } });
    if (isHeading(text)) {
      const h = f.replace(/^([ivx]+|\d+( \d+)*|[a-z])\s+/u, '');
      context = HEADINGS.find(([re]) => re.test(h))?.[1] ?? context;
      heading = text;
      return out.push({ ...p, place: { kind: 'skipped', why: 'heading' } });
    }
    // A passage may say what it is: "Khó khăn: …", "Đề nghị UBND xã …".
    // In a report without headings the words say it: "Tuy nhiên, … còn hạn chế", "Thôn đề nghị …",
    // "Năm 2026, thôn tiếp tục …".
    let ctx = context;
    if (/^(kho khan|vuong mac|ton tai|han che)\b/u.test(f)) ctx = 'difficulty';
    else if (/^((?!da )\S+ ){0,4}(de nghi|kien nghi|de xuat)\b/u.test(f)) ctx = 'proposal';
    else if (ctx === 'results' && /^(tuy nhien|ben canh (do|nhung ket qua dat duoc))\b/u.test(f))
      ctx = 'difficulty';
    else if (ctx === 'results' && isAhead(f, opts.year)) ctx = 'direction';
    if (ctx === 'difficulty') return out.push({ ...p, place: { kind: 'difficulty' } });
    if (ctx === 'proposal') return out.push({ ...p, place: { kind: 'proposal' } });
    if (ctx === 'direction') return out.push({ ...p, place: { kind: 'direction' } });
    // A paragraph that tells of two tasks in turn ("… họp thôn về Tổng đài 111. … đi tiêm chủng …") is
    // split at its sentences, each part under its own task; otherwise it stays whole.
    const sentences = text.split(/(?<=\.)\s+(?=\p{Lu})/u);
    if (sentences.length > 1) {
      const parts: { text: string; place: Place }[] = [];
      for (const s of sentences) {
        const place = placeOf(s);
        const last = parts.at(-1);
        if (last && samePlace(last.place, place)) last.text = `${last.text} ${s}`;
        else parts.push({ text: s, place });
      }
      if (parts.length > 1 && parts.every((x) => x.place.kind === 'task')) {
        for (const x of parts) out.push({ ...p, text: x.text, place: x.place });
        return;
      }
    }
    out.push({ ...p, place: placeOf(text) });
  });
  return out;

  function placeOf(text: string): Place {
    const g = grams(text);
    const hg = grams(heading);
    const ranked = words
      .map((tw) => ({ tw, s: score(tw, g) + 0.5 * score(tw, hg) }))
      .sort((a, b) => b.s - a.s || a.tw.task.depth - b.tw.task.depth);
    const mine = ranked
      .filter((r) => own.has(r.tw.task.id))
      .map((r) => ({ ...r, s: r.s * own.get(r.tw.task.id)! }))
      .sort((a, b) => b.s - a.s || a.tw.task.depth - b.tw.task.depth)[0];
    // The unit's own task first, unless another one is plainly what the passage is about.
    const top = ranked[0];
    const other = top && top.s >= ANY_BAR && (!mine || top.s >= 2 * mine.s) ? top : undefined;
    const best = other ?? (mine && mine.s >= OWN_BAR ? mine : undefined);
    return best ? { kind: 'task', task: best.tw.task.id } : { kind: 'general' };
  }
}

const samePlace = (a: Place, b: Place) =>
  a.kind === b.kind && (a.kind !== 'task' || (b.kind === 'task' && a.task === b.task));

/** "1.250" → 1250, "96,2" → 96.2 (Vietnamese: "." groups thousands, "," marks decimals). */
export function vnParse(s: string): number {
  const t = s.replace(/\.(?=\d{3}(\D|$))/gu, '').replace(',', '.');
  return Number(t);
}

/**
 * Figures that answer a declared indicator: a passage that uses most of the indicator's own words,
 * then a number ("… đạt 96,2%"); the number after "đạt", "là" or ":" when there is one, else the
 * first with the indicator's unit, else the first.
 */
export function findIndicators(plan: Plan, passages: readonly Passage[]): IndicatorFound[] {
  const out: IndicatorFound[] = [];
  for (const { indicator: ind } of plan.indicators) {
    const name = grams(ind.name);
    if (name.size === 0) continue;
    for (const p of passages) {
      if (p.place.kind === 'skipped') continue;
      for (const sentence of p.text.split(/(?<=[.;])\s+(?=\p{Lu})/u)) {
        const g = grams(sentence);
        const common = [...name].filter((w) => g.has(w)).length;
        if (common / name.size < 0.6) continue;
        const value = figureIn(sentence, ind.unit);
        if (value === undefined) continue;
        out.push({ id: ind.id, value, line: p.line, text: sentence.trim() });
        break;
      }
      if (out.some((x) => x.id === ind.id)) break;
    }
  }
  return out;
}

function figureIn(sentence: string, unit: string | undefined): number | undefined {
  const num = '(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?';
  const after = new RegExp(`(?:đạt|là|:|=|được)\\s*(?:tỷ lệ\\s*)?${num}\\s*(%|‰)?`, 'iu').exec(sentence);
  const pick = (m: RegExpExecArray) => vnParse(m[2] ? `${m[1]},${m[2]}` : m[1]!);
  if (after) return pick(after);
  if (unit === '%') {
    const pct = new RegExp(`${num}\\s*%`, 'u').exec(sentence);
    if (pct) return pick(pct);
  }
  const any = new RegExp(`(?<![\\d/])${num}(?![\\d/])`, 'u').exec(sentence);
  return any ? pick(any) : undefined;
}
