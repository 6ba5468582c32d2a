/**
 * Where each passage of a unit's report goes: the plan task it reports on (first among the tasks the
 * unit leads or supports, by the task's own words), or the unit's general results, difficulties
 * (khó khăn, vướng mắc), proposals (kiến nghị) or its own directions; and which figures answer a
 * declared indicator. Pure.
 */
import type { Plan, Task } from '../model/plan.js';
import { fold, syllables } from './fold.js';
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
]);

export interface TaskWords {
  task: Task;
  grams: Map<string, number>;
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
  return out;
}

/** Each task's words weighted by how few tasks share them (a bigram counts three times a syllable). */
export function taskWords(plan: Plan): TaskWords[] {
  const sets = plan.tasks.map((t) => ({ task: t, g: grams(`${t.short} ${t.title} ${t.file.short ?? ''}`) }));
  const df = new Map<string, number>();
  for (const s of sets) for (const g of s.g) df.set(g, (df.get(g) ?? 0) + 1);
  const n = sets.length;
  return sets.map((s) => ({
    task: s.task,
    grams: new Map(
      [...s.g].map((g) => [g, Math.log(1 + n / df.get(g)!) * (g.includes(' ') ? 3 : 1)] as [string, number]),
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
    if (w.includes(' ')) pairs++;
  }
  if (pairs < 2) s /= 2;
  let total = 0;
  for (const w of tw.grams.values()) total += w;
  return (s / Math.sqrt(total)) * 10;
}

/** The tasks a unit leads or supports, itself or through a group it belongs to. */
function ownTasks(plan: Plan, unit: string): Set<string> {
  const mine = new Set([unit, ...plan.units.groupsOf(unit)]);
  const out = new Set<string>();
  for (const t of plan.tasks) {
    const refs = [...t.lead, ...t.support].map((m) => m.id);
    if (refs.some((r) => mine.has(r) || plan.units.expand(r).includes(unit))) out.add(t.id);
  }
  return out;
}

/** Enough shared words to say a passage is about a task: the unit's own, or any task at a higher bar. */
const OWN_BAR = 8;
const ANY_BAR = 15;

export function assignPassages(plan: Plan, unit: string, body: readonly SourcePara[]): Passage[] {
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
    let ctx = context;
    if (/^(kho khan|vuong mac|ton tai|han che)\b/u.test(f)) ctx = 'difficulty';
    else if (/^(de nghi|kien nghi|de xuat)\b/u.test(f)) ctx = 'proposal';
    if (ctx === 'difficulty') return out.push({ ...p, place: { kind: 'difficulty' } });
    if (ctx === 'proposal') return out.push({ ...p, place: { kind: 'proposal' } });
    if (ctx === 'direction') return out.push({ ...p, place: { kind: 'direction' } });
    const g = grams(text);
    const hg = grams(heading);
    const ranked = words
      .map((tw) => ({ tw, s: score(tw, g) + 0.5 * score(tw, hg) }))
      .sort((a, b) => b.s - a.s || a.tw.task.depth - b.tw.task.depth);
    const mine = ranked.find((r) => own.has(r.tw.task.id));
    const best =
      mine && mine.s >= OWN_BAR ? mine : ranked[0] && ranked[0].s >= ANY_BAR ? ranked[0] : undefined;
    out.push({ ...p, place: best ? { kind: 'task', task: best.tw.task.id } : { kind: 'general' } });
  });
  return out;
}

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
