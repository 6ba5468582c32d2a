/**
 * A reporting duty in a sentence: "Các cơ quan, ban ngành, … định kỳ trước ngày 15/11/2025 báo cáo UBND
 * xã (qua Phòng Văn hóa - Xã hội) kết quả thực hiện công tác trẻ em năm 2025." → who reports, to whom,
 * through whom, by when, about what.
 */
import type { IsoDate } from '../../model/dates.js';
import { splitUnits, startsUnit, type UnitMention } from '../units/unitList.js';
import { periodOf } from './timeframe.js';
import { findDate } from './vnDates.js';

export interface ParsedReport {
  from: UnitMention[];
  to?: string;
  via?: string;
  due?: IsoDate;
  covers?: string;
  subject?: string;
}

const STOP =
  /\s+(?:trước ngày|trước|chậm nhất|để|theo quy định|theo|kết quả|định kỳ|về việc|gửi|qua)(?=\s|$).*$/su;

export function parseReport(text: string, year: number | undefined): ParsedReport | undefined {
  if (!/báo cáo/iu.test(text)) return undefined;
  const out: ParsedReport = { from: [] };
  const lead = splitUnits(text);
  if (lead.rest && lead.mentions.length && startsUnit(lead.mentions[0]!.text)) out.from = lead.mentions;

  const due = /(?:trước|chậm nhất(?: là)?|không quá|hạn chót)\s+(?:ngày\s+)?/iu.exec(text);
  if (due) {
    const f = findDate(text.slice(due.index + due[0].length), year);
    if (f?.date && f.index === 0) out.due = f.date;
  }
  const via = /\((?:thông\s+)?qua\s+([^)]+)\)/u.exec(text);
  if (via) {
    const v = splitUnits(via[1]!);
    if (v.clean && v.mentions.length === 1) out.via = v.mentions[0]!.text;
  }
  // The recipient: the units after "báo cáo", "gửi" or "về", whichever names a unit first.
  const noVia = via ? text.replace(via[0], ' ') : text;
  for (const m of noVia.matchAll(/\b(?:báo cáo(?: về)?|gửi(?: báo cáo)?(?: về)?|về)\s+/gu)) {
    const after = noVia.slice(m.index + m[0].length).replace(STOP, '');
    const r = splitUnits(after);
    if (r.mentions.length && startsUnit(r.mentions[0]!.text) && r.mentions[0]!.text.split(' ').length <= 10) {
      out.to = r.mentions[0]!.text;
      break;
    }
  }
  const subject =
    /(kết quả(?:\s[^.;]*?)??)(?=\s+(?:về|gửi|trước|chậm nhất|để|theo quy định)(?=\s|$)|[.;]|$)/u.exec(noVia);
  // "kết quả" alone says nothing the section title does not.
  if (subject && subject[1]!.trim().split(' ').length > 2) out.subject = subject[1]!.trim();
  const covers = out.subject ? coversOf(out.subject) : undefined;
  if (covers) out.covers = covers;
  return out.due || out.to ? out : undefined;
}

function coversOf(subject: string): string | undefined {
  const k = subject.toLocaleLowerCase('vi');
  const m =
    /(6 tháng (?:đầu|cuối) năm \d{4}|quý (?:i{1,3}|iv|[1-4]) năm \d{4}|tháng \d{1,2} năm \d{4}|năm \d{4})/u.exec(
      k,
    );
  return m ? periodOf(m[1]!) : undefined;
}
