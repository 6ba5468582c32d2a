import { foldSpace } from '../../util/text.js';
/**
 * Who leads, when the document says it outside a "Cơ quan chủ trì" line: a heading that names an agency
 * ("1. Sở Y tế", "1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo", "11. Đề nghị Ủy ban MTTQ …:")
 * leads the duties written under it; a sentence that opens with units and "chủ trì" ("Sở Y tế chủ trì
 * kiểm tra …", "X chủ trì, phối hợp với Y …") names its own lead.
 */
import { parseAssignment, splitUnits, startsUnit, type UnitMention } from '../units/unitList.js';

export interface StatedLead {
  lead: UnitMention[];
  support: UnitMention[];
}

/**
 * The agency a heading names, or undefined when the heading is a title of work, not of an agency.
 * `duties`: "-" duties follow the heading, so "Trách nhiệm của đối tượng thực hiện kiểm kê:" names
 * who does them even when that is a role or a described group rather than an agency's name.
 */
export function agencyOfHeading(heading: string, duties = false): StatedLead | undefined {
  const whole = agencyName(heading);
  if (whole) return whole;
  if (duties) {
    const whose = whoseDuties(heading);
    if (whose) return whose;
  }
  // "Đề nghị Công ty Điện lực Đắk Lắk: Khẩn trương kiểm tra, …": the agency, a colon, its duty.
  const colon = heading.indexOf(':');
  return colon > 0 ? agencyName(heading.slice(0, colon)) : undefined;
}

function agencyName(heading: string): StatedLead | undefined {
  const t = heading
    .replace(/\*+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(đề nghị|giao|trách nhiệm của)\s+/iu, '')
    .replace(/\s*[:.]$/u, '')
    .trim();
  // "Báo cáo …" starts like "Báo Đắk Lắk" but is work.
  // A sentence ("Tổ chức lực lượng xung kích dọn vệ sinh, …; khử khuẩn … sau khi nước rút.") is work.
  if (!t || t.length > 200 || /[.;]\*?\s*$/u.test(heading.trim()) || /^báo cáo\b/iu.test(t)) return undefined;
  if (!startsUnit(t)) return undefined;
  // "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the role after the dash is not part of the name.
  const role = /\s+[-–]\s+(cơ quan|đơn vị)?\s*(thường trực|đầu mối|chủ trì|thành viên)[^-–]*$/iu;
  for (const cand of [t.replace(role, ''), t.replace(/\s*\([^()]*\)$/u, '')]) {
    const r = splitUnits(cand, true);
    if (r.clean && r.mentions.length) return { lead: r.mentions, support: [] };
  }
  return leadInSentence(t) ?? describedGroup(t);
}

/**
 * "Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, …)": a group the heading
 * describes and then lists; the description is one unit, its commas part no names.
 */
function describedGroup(t: string): StatedLead | undefined {
  const m = /^(.+?)\s*\((?:bao\s+)?gồm\b[^()]*\)$/iu.exec(t);
  const name = m?.[1]?.trim();
  if (!name || /[.;:]/u.test(name) || name.split(' ').length > 15) return undefined;
  return { lead: [{ text: name, sep: ',' }], support: [] };
}

/** "Trách nhiệm của X", "Nhiệm vụ của X": X, a short noun phrase, whatever kind of unit it is. */
function whoseDuties(heading: string): StatedLead | undefined {
  const t = foldSpace(heading.replace(/\*+/gu, '')).replace(/\s*:$/u, '');
  const m = /^(?:trách nhiệm|nhiệm vụ)(?: cụ thể)? của\s+(.+)$/iu.exec(t);
  const who = m?.[1]?.replace(/\s*\([^()]*\)$/u, '').trim();
  if (!who || /[.;:,]/u.test(who) || who.split(' ').length > 12) return undefined;
  return { lead: [{ text: who, sep: ',' }], support: [] };
}

/** "Sở Y tế chủ trì …", "Sở A chủ trì, phối hợp với Sở B …": the units before "chủ trì". */
export function leadInSentence(text: string): StatedLead | undefined {
  const t = foldSpace(text);
  if (!startsUnit(t)) return undefined;
  const first = splitUnits(t);
  if (!first.mentions.length || !/^chủ trì(?=$|[\s,;.:])/u.test(first.rest)) return undefined;
  const a = parseAssignment(t);
  if (!a.lead.length) return undefined;
  return { lead: a.lead, support: a.support };
}
