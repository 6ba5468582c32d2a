/**
 * The công văn đôn đốc as data: who is late on a date (in the plan's unit order), the new deadline in
 * working days, the wording of the letter and of the short messages, and what a recorded reminder
 * changes for the obligations and for the next letter.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanFolder } from '../src/check/checkFolder.js';
import { planAt } from '../src/load/discover.js';
import type { Plan } from '../src/model/plan.js';
import type { ProgressRecord } from '../src/model/types.js';
import { obligationStatuses, type ProgressInput } from '../src/query/index.js';
import { buildRemindModel } from '../src/remind/buildRemindModel.js';
import { letterSymbol, unitAbbreviation } from '../src/remind/remindSymbol.js';
import { addWorkingDays } from '../src/remind/workingDays.js';
import { ROOT } from './helpers/cli.js';

const SHIPPED = join(ROOT, 'plans/minh-long-2025-h2/plan.yaml');
const THREE_REPORTED = join(ROOT, 'test/fixtures/progress/minh-long/plan.yaml');

async function load(file: string): Promise<{ plan: Plan; records: ProgressInput[] }> {
  const checked = await checkPlanFolder(planAt(file, ROOT));
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { plan: checked.plan!, records: checked.records };
}

/** The units of the only dated duty, in the order of the plan's unit registry. */
const planOrder = (plan: Plan) => {
  const owing = new Set(plan.obligations.filter((o) => o.due).flatMap((o) => o.units));
  return [...plan.units.byId.keys()].filter((id) => owing.has(id));
};

const reminder = (date: string, units: string[], due: string, reference?: string): ProgressRecord => ({
  version: 1,
  kind: 'reminder',
  date,
  units: units as [string, ...string[]],
  due,
  ...(reference ? { reference } : {}),
});

describe('working days', () => {
  it('skips Saturdays and Sundays', () => {
    expect(addWorkingDays('2025-11-20', 5)).toBe('2025-11-27'); // Thursday → next Thursday
    expect(addWorkingDays('2025-11-21', 1)).toBe('2025-11-24'); // Friday → Monday
    expect(addWorkingDays('2025-11-22', 1)).toBe('2025-11-24'); // Saturday → Monday
    expect(addWorkingDays('2025-12-29', 5)).toBe('2026-01-05'); // across the year
  });
});

describe('the letter on the shipped plan', () => {
  it('on 20/11/2025 addresses the nine overdue units, in the plan unit order, with a deadline 5 working days on', async () => {
    const { plan, records } = await load(SHIPPED);
    const { model } = buildRemindModel(plan, records, { asOf: '2025-11-20' });
    expect(model).toBeDefined();
    const m = model!;
    expect(m.units.map((u) => u.unit)).toEqual(planOrder(plan));
    expect(m.units).toHaveLength(9);
    expect(m.units.map((u) => u.daysLate)).toEqual(Array(9).fill(5));
    expect(m.newDue).toBe('2025-11-27');
    expect(m.workingDays).toBe(5);
    expect(m.round).toBe(1);
    expect(m.header.number).toBe('Số:      /UBND-VHXH');
    expect(m.header.placeDate).toBe('Minh Long, ngày 20 tháng 11 năm 2025');
    expect(m.subject).toEqual(['V/v đôn đốc báo cáo kết quả thực hiện công tác trẻ em năm 2025']);
    expect(m.recipient.many).toBe(true);
    expect([m.recipient.first, ...m.recipient.rest]).toEqual(
      m.units.map(
        (u, i) => `- ${u.name[0]!.toLocaleUpperCase('vi')}${u.name.slice(1)}${i === 8 ? '.' : ';'}`,
      ),
    );
    const body = m.body.map((b) => b.text);
    expect(body[0]).toContain(
      'Theo Kế hoạch số      /KH-UBND ngày …/…/2025 của UBND xã Minh Long về triển khai',
    );
    expect(body[0]).toContain('(qua Phòng Văn hóa - Xã hội xã) trước ngày 15/11/2025.');
    expect(body[1]).toBe(
      'Tuy nhiên, đến ngày 20/11/2025, UBND xã Minh Long chưa nhận được báo cáo của các cơ quan, đơn vị nêu trên (đã quá hạn 5 ngày).',
    );
    expect(body.at(-2)).toContain(
      'gửi về Ủy ban nhân dân xã Minh Long (qua Phòng Văn hóa - Xã hội xã) trước ngày 27/11/2025.',
    );
    expect(body.at(-1)).toMatch(/\.\/\.$/u);
    expect(m.body.map((b) => b.last)).toEqual([false, false, false, true]);
    expect(m.footer.recipients).toEqual(['- Như trên;', '- CT, PCT UBND xã;', '- Lưu: VT, VHXH.']);
    expect(m.footer.signature).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('has nothing to remind on 10/11/2025, before the deadline', async () => {
    const { plan, records } = await load(SHIPPED);
    expect(buildRemindModel(plan, records, { asOf: '2025-11-10' }).model).toBeUndefined();
    expect(buildRemindModel(plan, records, { asOf: '2025-11-15' }).model).toBeUndefined();
    expect(buildRemindModel(plan, records, { asOf: '2025-11-16' }).model?.units).toHaveLength(9);
  });

  it('writes one line for one unit, names it in the body, and takes the number and --new-due when given', async () => {
    const { plan, records } = await load(SHIPPED);
    const m = buildRemindModel(plan, records, {
      asOf: '2025-11-20',
      units: new Set(['cong-an-xa']),
      newDue: '2025-11-25',
      number: '7',
    }).model!;
    expect(m.recipient).toMatchObject({ one: true, many: false, first: 'Công an xã.', rest: [] });
    expect(m.header.number).toBe('Số: 07/UBND-VHXH');
    expect(m.reference).toBe('Công văn số 07/UBND-VHXH ngày 20/11/2025');
    expect(m.workingDays).toBeNull();
    expect(m.body[1]!.text).toContain('chưa nhận được báo cáo của Công an xã (đã quá hạn 5 ngày).');
    expect(m.body[2]!.text).toContain('đề nghị Công an xã khẩn trương');
    expect(m.body[2]!.text).toContain('trước ngày 25/11/2025.');
  });

  it('writes short plain messages, one per unit, under 300 characters, each with what a unit needs to know', async () => {
    const { plan, records } = await load(SHIPPED);
    const m = buildRemindModel(plan, records, { asOf: '2025-11-20' }).model!;
    expect(m.messages.map((x) => x.unit)).toEqual(m.units.map((u) => u.unit));
    for (const x of m.messages) {
      expect(x.text.length).toBeLessThan(300);
      expect(x.text).not.toMatch(/[\n\u2500-\u257F\u001B]/u);
      for (const part of [
        x.name,
        'báo cáo kết quả thực hiện công tác trẻ em năm 2025',
        'hạn 15/11/2025',
        'quá hạn 5 ngày',
        'trước ngày 27/11/2025',
        'Phòng Văn hóa - Xã hội xã',
      ])
        expect(x.text).toContain(part);
    }
  });
});

describe('a fixture where three units have reported', () => {
  it('reminds the six others; a report received late is not chased', async () => {
    const { plan, records } = await load(THREE_REPORTED);
    const m = buildRemindModel(plan, records, { asOf: '2025-11-20' }).model!;
    expect(m.units.map((u) => u.unit)).toEqual([
      'van-phong',
      'phong-kinh-te',
      'trung-tam-y-te',
      'mttq',
      'to-chuc-ct-xh',
      'cac-thon',
    ]);
  });
});

describe('recorded reminders', () => {
  it('attach to the obligations they chase, with the new deadline; not to a report that was already in', async () => {
    const { plan, records } = await load(THREE_REPORTED);
    const sent = [
      ...records,
      reminder(
        '2025-11-20',
        ['cong-an-xa', 'cac-thon'],
        '2025-11-27',
        'Công văn số 125/UBND-VHXH ngày 20/11/2025',
      ),
    ];
    const rows = obligationStatuses(plan, sent, '2025-11-21');
    const row = (unit: string) => rows.find((r) => r.unit === unit && r.due)!;
    expect(row('cac-thon').reminders.map((r) => r.date)).toEqual(['2025-11-20']);
    expect(row('cac-thon').newDue).toBe('2025-11-27');
    expect(row('cac-thon').code).toBe('overdue');
    expect(row('cong-an-xa').reminders).toEqual([]); // reported on 10/11, before the reminder
    expect(row('mttq').reminders).toEqual([]);
    // Not yet sent on the day before.
    expect(
      obligationStatuses(plan, sent, '2025-11-19').find((r) => r.unit === 'cac-thon' && r.due)!.reminders,
    ).toEqual([]);
  });

  it('leave a unit alone until its new deadline passes, then the next letter is "lần 2" and cites the first', async () => {
    const { plan, records } = await load(SHIPPED);
    const first = buildRemindModel(plan, records, { asOf: '2025-11-20', number: '125' }).model!;
    const sent = [
      ...records,
      reminder(
        first.asOf,
        first.units.map((u) => u.unit),
        first.newDue,
        first.reference!,
      ),
    ];
    const waiting = buildRemindModel(plan, sent, { asOf: '2025-11-27' });
    expect(waiting.model).toBeUndefined();
    expect(waiting.waiting).toHaveLength(9);
    const second = buildRemindModel(plan, sent, { asOf: '2025-11-28' }).model!;
    expect(second.round).toBe(2);
    expect(second.units.every((u) => u.round === 2)).toBe(true);
    expect(second.subject[0]).toBe('V/v đôn đốc (lần 2) báo cáo kết quả thực hiện công tác trẻ em năm 2025');
    expect(second.body[1]!.text).toBe(
      'Mặc dù UBND xã Minh Long đã đôn đốc (Công văn số 125/UBND-VHXH ngày 20/11/2025), đến ngày 28/11/2025 vẫn chưa nhận được báo cáo của các cơ quan, đơn vị nêu trên (đã quá hạn 13 ngày).',
    );
    expect(second.messages[0]!.text).toContain('Đôn đốc lần 2.');
    expect(second.newDue).toBe('2025-12-05');
  });
});

describe("the plan's remind settings", () => {
  it('set the working days of the default deadline, the symbol and the Nơi nhận copies', async () => {
    const { plan, records } = await load(SHIPPED);
    const file = {
      ...plan.file,
      remind: { workingDays: 10, symbol: 'UBND-VX', copies: ['Chủ tịch UBND xã (để b/c)'] },
    };
    const own = new (plan.constructor as typeof Plan)(file, plan.source);
    const m = buildRemindModel(own, records, { asOf: '2025-11-20' }).model!;
    expect(m.newDue).toBe('2025-12-04');
    expect(m.workingDays).toBe(10);
    expect(m.header.number).toBe('Số:      /UBND-VX');
    expect(m.footer.recipients).toEqual(['- Như trên;', '- Chủ tịch UBND xã (để b/c);', '- Lưu: VT, VHXH.']);
  });
});

describe('the letter symbol', () => {
  it("is the issuer's part of the plan symbol and the drafting unit's abbreviation, or the plan's own", async () => {
    const { plan } = await load(SHIPPED);
    expect(unitAbbreviation(plan, 'phong-vhxh')).toBe('VHXH');
    expect(unitAbbreviation(plan, 'phong-kinh-te')).toBe('KT');
    expect(unitAbbreviation(plan, 'van-phong')).toBe('VP');
    expect(letterSymbol(plan, 'phong-vhxh')).toBe('UBND-VHXH');
    expect(letterSymbol(plan, 'ubnd-xa')).toBe('UBND');
    expect(letterSymbol(plan, undefined)).toBe('UBND');
  });
});
