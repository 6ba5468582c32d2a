/**
 * Lists of units as documents write them: "Các cơ quan, ban, ngành; các Tổ chức chính trị - xã hội xã;
 * các thôn", "Sở Tài chính và cơ quan, địa phương liên quan", "Sở Nội vụ chủ trì, phối hợp với …".
 * A comma does not always separate units ("Ủy ban nhân dân xã, phường, đặc khu" is one), so a piece
 * starts a new unit only when it starts the way unit names start.
 */
import { COMPOUNDS, HEADS_ANY_CASE, HEADS_CAPITALISED, VERBS } from './unitWords.js';

export interface UnitMention {
  text: string;
  /** Separator before this mention in the document. */
  sep: ',' | ';' | 'và';
}

export interface UnitList {
  mentions: UnitMention[];
  /** What follows the units: a verb and the rest of the sentence, or a qualifier. */
  rest: string;
  /** Nothing but unit names. */
  clean: boolean;
}

const COMMA = '\u0001';
const SEMI = '\u0002';
const AND = '\u0003';
const DASH = '\u0004';

const protect = (s: string) =>
  s.replace(/,/gu, COMMA).replace(/;/gu, SEMI).replace(/ và /gu, ` ${AND} `).replace(/ - /gu, ` ${DASH} `);
const restore = (s: string) =>
  s
    .replace(new RegExp(COMMA, 'gu'), ',')
    .replace(new RegExp(SEMI, 'gu'), ';')
    .replace(new RegExp(AND, 'gu'), 'và')
    .replace(new RegExp(DASH, 'gu'), '-');

function protectCompounds(text: string): string {
  let t = text.replace(/\([^()]*\)/gu, protect);
  for (const c of COMPOUNDS) {
    const re = new RegExp(c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'giu');
    t = t.replace(re, protect);
  }
  // "chính trị - xã hội", "Văn hóa - Xã hội": a dash joins two words of one name.
  return t.replace(/ - /gu, ` ${DASH} `);
}

function words(s: string): string[] {
  return s
    .trim()
    .split(/[\s,;:]+/u)
    .filter(Boolean);
}

const startsWith = (ws: string[], head: string) => {
  const hw = head.split(' ');
  return hw.every((w, i) => ws[i] === w);
};

/** Does this piece of a list start a new unit? */
export function startsUnit(piece: string): boolean {
  const t = restore(piece)
    .trim()
    .replace(/^["“(]/u, '');
  if (!t) return false;
  const lw = words(t.toLocaleLowerCase('vi').replace(/[,;:]$/u, ''));
  if (HEADS_ANY_CASE.some((h) => startsWith(lw, h))) return true;
  const ws = words(t.replace(/[,;:]$/u, ''));
  return HEADS_CAPITALISED.some((h) => startsWith(ws, h));
}

/** Index of the first verb or qualifier, as a whole word, or -1. */
function verbAt(t: string): number {
  let best = -1;
  for (const v of VERBS) {
    const re = new RegExp(`(^|[\\s,;(])${v}(?=$|[\\s,;.:)])`, 'u');
    const m = re.exec(t);
    if (m && (best === -1 || m.index + m[1]!.length < best)) best = m.index + m[1]!.length;
  }
  return best;
}

/**
 * `strict`: the first unit must start like a unit name too (for a part heading, which may as well be a
 * title); a "Cơ quan chủ trì:" line names units whatever they are called.
 */
export function splitUnits(text: string, strict = false): UnitList {
  const t = protectCompounds(
    text
      .trim()
      .replace(/\s+/gu, ' ')
      .replace(/[.;:,]+$/u, '')
      .trim(),
  );
  const at = verbAt(t);
  const head = (at === -1 ? t : t.slice(0, at)).replace(/[\s,;]+$/u, '').replace(/\s+và$/u, '');
  const rest = at === -1 ? '' : restore(t.slice(at)).trim();
  const mentions: UnitMention[] = [];
  const re = /\s*([;,])\s*|\s+và\s+/gu;
  let last = 0;
  let sep: UnitMention['sep'] = ',';
  const push = (piece: string, s: UnitMention['sep']) => {
    const p = piece.trim();
    if (!p) return;
    const prev = mentions.at(-1);
    if (prev && s !== ';' && !startsUnit(p)) {
      prev.text += s === 'và' ? ` và ${p}` : `${s} ${p}`;
      return;
    }
    mentions.push({ text: p, sep: mentions.length === 0 ? ',' : s });
  };
  for (let m = re.exec(head); m; m = re.exec(head)) {
    push(head.slice(last, m.index), sep);
    sep = m[1] === ';' ? ';' : m[1] === ',' ? ',' : 'và';
    last = m.index + m[0].length;
  }
  push(head.slice(last), sep);
  for (const m of mentions)
    m.text = restore(m.text)
      .replace(/^(và|với)\s+/u, '')
      .trim();
  const ok = mentions.filter((m) => m.text);
  const clean =
    rest === '' &&
    ok.length > 0 &&
    (!strict || startsUnit(ok[0]!.text)) &&
    ok.every((m) => words(m.text).length <= 16 && !/[.:]$/u.test(m.text));
  return { mentions: ok, rest, clean };
}

export interface Assignment {
  lead: UnitMention[];
  support: UnitMention[];
  /** The line named units and nothing else. */
  clean: boolean;
}

/**
 * A "Cơ quan thực hiện" or "Cơ quan chủ trì" line: a plain list, or a sentence such as "Sở Nội vụ chủ
 * trì, phối hợp với các sở, ban, ngành …" or "Sở A tiến hành …; các sở, ngành liên quan rà soát …".
 */
export function parseAssignment(text: string): Assignment {
  const first = splitUnits(text);
  if (first.clean || !startsUnit(first.mentions[0]?.text ?? '')) {
    return { lead: first.clean ? first.mentions : [], support: [], clean: first.clean };
  }
  const lead = [...first.mentions];
  let support: UnitMention[] = [];
  const m = /^chủ trì\s*[,;]?\s*(?:và\s+)?phối hợp(?: chặt chẽ)?\s+(?:với|cùng)\s+(.*)$/su.exec(first.rest);
  if (m) support = splitUnits(m[1]!).mentions.filter((x) => startsUnit(x.text));
  // Further clauses that begin with units: "…; các sở, ngành liên quan và UBND các xã, phường rà soát …".
  const clauses = first.rest.split(/;\s+/u).slice(1);
  for (const clause of clauses) {
    const c = splitUnits(clause);
    if (c.rest && c.mentions.length && startsUnit(c.mentions[0]!.text)) {
      lead.push(...c.mentions.map((x, i) => ({ ...x, sep: i === 0 ? (';' as const) : x.sep })));
    }
  }
  return { lead, support, clean: false };
}
