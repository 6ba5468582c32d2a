/**
 * `plan init` without --from: a small plan that validates as it is, with every place to fill marked
 * "<…>". Its content is a Vietnamese plan whatever the interface language; only the comments follow it.
 */
import { Document, isMap, isScalar, type Node } from 'yaml';
import { msg } from '../../i18n/index.js';
import { type Period, periodLabel } from '../../model/period.js';
import { capitalizeFirst } from '../../util/text.js';
import { foldLongText } from './planYaml.js';

export interface SkeletonOptions {
  id: string;
  period: Period;
  schemaPath: string;
}

export function skeletonYaml(opts: SkeletonOptions): string {
  const label = opts.period.kind === 'range' ? undefined : periodLabel(opts.period);
  const plan = {
    version: 1,
    id: opts.id,
    document: {
      type: 'KH',
      number: null,
      symbol: 'KH-UBND',
      date: null,
      place: '<Tên xã>',
      title: `Triển khai thực hiện <công tác …>${label ? ` ${label}` : ''}`,
      subject: '<công tác …>',
    },
    issuer: { unit: 'ubnd-xa', lines: ['ỦY BAN NHÂN DÂN', 'XÃ <TÊN XÃ>'] },
    period: { start: opts.period.start, end: opts.period.end, ...(label ? { label } : {}) },
    intro: '<Để … UBND xã ban hành Kế hoạch …, cụ thể như sau:>',
    sections: [
      {
        kind: 'purposes',
        title: 'MỤC ĐÍCH, YÊU CẦU',
        parts: [
          { title: 'Mục đích', text: '<Mục đích của kế hoạch.>' },
          { title: 'Yêu cầu', text: '<Yêu cầu của kế hoạch.>' },
        ],
      },
      {
        kind: 'tasks',
        title: 'NHIỆM VỤ VÀ GIẢI PHÁP',
        tasks: [
          {
            id: 'nhiem-vu-1',
            title: '<Nội dung nhiệm vụ thứ nhất.>',
            lead: ['phong-vhxh'],
            support: ['cac-thon'],
            timeframe: { kind: 'continuous' },
          },
        ],
      },
      { kind: 'funding', title: 'KINH PHÍ', text: '<Nguồn kinh phí thực hiện.>' },
      {
        kind: 'implementation',
        title: 'TỔ CHỨC THỰC HIỆN',
        parts: [{ units: ['phong-vhxh'], text: '<Nhiệm vụ của đơn vị.>' }],
      },
      {
        kind: 'reporting',
        title: 'CHẾ ĐỘ BÁO CÁO',
        parts: [
          {
            text: '<Các thôn báo cáo kết quả thực hiện về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày …>',
            report: { from: ['cac-thon'], to: 'ubnd-xa', via: 'phong-vhxh' },
          },
        ],
      },
    ],
    closing:
      'Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo UBND xã để xem xét, giải quyết.',
    recipients: { items: ['<Nơi nhận>'], archive: 'VT' },
    signature: {
      authority: 'TM. ỦY BAN NHÂN DÂN',
      delegation: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: null,
    },
    units: [
      {
        id: 'ubnd-xa',
        name: 'Ủy ban nhân dân xã <Tên xã>',
        short: 'UBND xã <Tên xã>',
        aliases: ['UBND xã'],
        kind: 'authority',
      },
      {
        id: 'phong-vhxh',
        name: 'Phòng Văn hóa - Xã hội xã',
        short: 'Phòng Văn hóa - Xã hội',
        kind: 'agency',
      },
      { id: 'cac-thon', name: 'các thôn trên địa bàn xã', short: 'các thôn', kind: 'group' },
    ],
  };
  const doc = new Document(plan);
  doc.commentBefore = ` yaml-language-server: $schema=${opts.schemaPath}\n\n ${msg().import.skeletonComment({ id: opts.id })}`;
  const root = doc.contents;
  if (isMap(root))
    root.items.forEach((p, i) => {
      if (i >= 2 && isScalar(p.key)) p.key.spaceBefore = true;
    });
  for (const path of [
    ['issuer', 'lines'],
    ['sections', 1, 'tasks', 0, 'lead'],
    ['sections', 1, 'tasks', 0, 'support'],
    ['sections', 1, 'tasks', 0, 'timeframe'],
    ['sections', 3, 'parts', 0, 'units'],
    ['sections', 4, 'parts', 0, 'report', 'from'],
    ['units', 0, 'aliases'],
  ]) {
    const n = doc.getIn(path, true) as (Node & { flow?: boolean }) | undefined;
    if (n) n.flow = true;
  }
  foldLongText(doc);
  const m = msg().import;
  const n = m.skeletonNotes;
  const before = (path: (string | number)[], text: string) => {
    const parentPath = path.slice(0, -1);
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    const last = path.at(-1);
    const node =
      typeof last === 'string' && isMap(parent)
        ? parent.items.find((p) => isScalar(p.key) && p.key.value === last)?.key
        : (doc.getIn(path, true) as Node | undefined);
    if (node && typeof node === 'object') (node as Node).commentBefore = ` ${text}`;
  };
  before(['issuer'], n.issuer);
  before(['period'], n.period);
  before(['sections'], n.sections);
  before(['sections', 1, 'tasks', 0], n.task);
  before(['sections', 1, 'tasks', 0, 'timeframe'], n.timeframe);
  before(['sections', 4, 'parts', 0, 'report'], n.report);
  before(['units'], n.units);
  const number = doc.getIn(['document', 'number'], true) as Node | undefined;
  if (number) number.comment = ` ${m.remark.numberBlank()}`;
  const date = doc.getIn(['document', 'date'], true) as Node | undefined;
  if (date) date.comment = ` ${m.remark.dateBlank()}`;
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}

export const periodTitle = (p: Period): string => capitalizeFirst(periodLabel(p));
