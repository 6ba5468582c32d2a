import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlanFolder } from '../src/check/checkFolder.js';
import { checkPlanText } from '../src/check/checkPlan.js';
import { vi } from '../src/i18n/vi/index.js';
import { planAt } from '../src/load/discover.js';
import { parsePeriod } from '../src/model/period.js';
import type { Plan } from '../src/model/plan.js';
import type { ProgressInput } from '../src/query/index.js';
import { buildReportModel } from '../src/report/buildReportModel.js';
import { checklistText } from '../src/report/checklistText.js';
import { nd09Window, parseCutOff } from '../src/report/cutOff.js';
import type { ReportModel } from '../src/report/reportModel.js';
import { pickAssessment } from '../src/report/reportScope.js';
import { vnNumber, vnPercent } from '../src/report/vnNumber.js';
import { ROOT } from './helpers/cli.js';
import { SHIPPED, shippedText } from './helpers/planEdits.js';

// A whole-year plan with progress in both halves, after the year, and assessments for H1 and H2.
const FIXTURE = join(ROOT, 'test/fixtures/report/minh-long-2025/plan.yaml');
const DATE = '2026-01-08';

let plan: Plan;
let records: ProgressInput[];

beforeAll(async () => {
  const checked = await checkPlanFolder(planAt(FIXTURE, ROOT));
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  plan = checked.plan!;
  records = checked.records;
  expect(records).toHaveLength(11);
});

const report = (period: string, date = DATE, p = plan, r = records): ReportModel =>
  buildReportModel(p, r, parsePeriod(period)!, { date });
const ids = (m: ReportModel) => m.tasks.map((t) => t.id);
const results = (m: ReportModel, id: string) =>
  m.tasks.find((t) => t.id === id)!.results.map((r) => ({ unit: r.unit, date: r.date }));
const units = (m: ReportModel) =>
  Object.fromEntries(m.obligations.flatMap((o) => o.units.map((u) => [u.unit, u.status])));
const bodyText = (m: ReportModel) => m.body.map((b) => b.text).join('\n');

describe('the 2025-H2 report of the fixture', () => {
  let m: ReportModel;
  beforeAll(() => {
    m = report('2025-H2');
  });

  it('counts statuses as of the period end, the report date being later', () => {
    expect(m.asOf).toBe('2025-12-31');
    expect(m.header.placeDate).toBe('Minh Long, ngày 08 tháng 01 năm 2026');
    expect(m.header.number).toBe('Số:      /BC-UBND');
    expect(m.title).toEqual({
      type: 'BÁO CÁO',
      lines: ['Kết quả thực hiện công tác trẻ em 6 tháng cuối năm 2025'],
    });
  });

  it('reports the tasks whose time frame overlaps the period, a first-half task left out', () => {
    expect(ids(m)).toEqual([
      'truyen-thong',
      'phong-chong-xam-hai',
      'trung-thu',
      'phong-chong-duoi-nuoc',
      'du-lieu-tre-em',
      'cap-nhat-du-lieu',
      'ra-soat-hcdb',
      'so-ket-nam',
    ]);
    expect(m.tasks.map((t) => t.marker)).toEqual([
      '1.1.',
      '1.2.',
      '1.3.',
      '1.4.',
      '1.5.',
      'a)',
      'b)',
      '1.6.',
    ]);
  });

  it('puts each result under its task, attributed to the unit that reported it', () => {
    expect(results(m, 'truyen-thong')).toEqual([
      { unit: 'tram-y-te', date: '2025-11-20' },
      { unit: 'thon-1', date: '2025-12-12' },
    ]);
    expect(results(m, 'cap-nhat-du-lieu')).toEqual([{ unit: 'cong-an-xa', date: '2025-11-05' }]);
    const line = m.tasks.find((t) => t.id === 'phong-chong-xam-hai')!.results[0]!.line;
    expect(line).toBe(
      'Công an xã (Báo cáo số 15/BC-CA ngày 04/11/2025): Phối hợp các trường tổ chức tuyên truyền phòng, chống xâm hại trẻ em; tiếp nhận, xử lý 01 tin báo. Buổi tuyên truyền: 6 buổi.',
    );
    const thon = m.tasks.find((t) => t.id === 'truyen-thong')!.results[1]!.line;
    expect(thon).toBe(
      'Thôn 1 (báo cáo nhận ngày 12/12/2025): Phát thanh 10 lần về Tổng đài 111 trên loa của thôn.',
    );
    expect(m.tasks.find((t) => t.id === 'trung-thu')!.results[0]!.line).toContain('1.250 suất');
  });

  it('leaves out records dated before or after the period, but counts a report received after it that covers it', () => {
    // 2025-06-12 (Công an xã's note) and 2026-01-03 (the year-end note) are out; Đoàn Thanh niên's
    // report received 2026-01-06, covering 2025, is in.
    expect(results(m, 'phong-chong-xam-hai')).toEqual([{ unit: 'cong-an-xa', date: '2025-11-05' }]);
    expect(results(m, 'so-ket-nam')).toEqual([]);
    expect(m.tasks.find((t) => t.id === 'so-ket-nam')!.status).toBe('overdue');
    expect(results(m, 'trung-thu')).toEqual([
      { unit: 'doan-thanh-nien', date: '2025-10-08' },
      { unit: 'doan-thanh-nien', date: '2026-01-06' },
    ]);
    expect(bodyText(m)).toContain('Vận động được 1.250 suất quà Trung thu.');
    expect(bodyText(m)).not.toMatch(/Tháng hành động|2 trường học|hội nghị tổng kết/u);
  });

  it('does not count a report received after the period that does not say it covers it', () => {
    const late = {
      version: 1 as const,
      kind: 'report' as const,
      unit: 'thon-2',
      received: '2026-01-04',
      results: [{ task: 'truyen-thong', text: 'Treo 4 băng rôn.' }],
    };
    const r = report('2025-H2', DATE, plan, [...records, late]);
    expect(bodyText(r)).not.toContain('Treo 4 băng rôn');
    expect(r.missing.units.map((u) => u.unit)).toContain('thon-2');
    const covered = report('2025-H2', DATE, plan, [...records, { ...late, covers: '2025' }]);
    expect(bodyText(covered)).toContain('Thôn 2 đã treo 4 băng rôn.');
    expect(covered.missing.units.map((u) => u.unit)).not.toContain('thon-2');
  });

  it('tells each task as prose from the units, without the plan’s lines or a status', () => {
    const text = bodyText(m);
    expect(text).toContain(
      '1.2. Phòng, chống xâm hại trẻ em\nCông an xã đã phối hợp các trường tổ chức tuyên truyền phòng, chống xâm hại trẻ em; tiếp nhận, xử lý 01 tin báo. Cụ thể: buổi tuyên truyền 6 buổi.',
    );
    // Two units on one task: one paragraph each, the lead (Phòng VH-XH) first, then the others in order.
    expect(text).toContain(
      '1.1. Truyền thông về quyền trẻ em, Tổng đài 111\nTrạm Y tế xã đã lồng ghép truyền thông về dinh dưỡng, tiêm chủng trong 12 buổi khám sức khỏe định kỳ.\nThôn 1 đã phát thanh 10 lần về Tổng đài 111 trên loa của thôn.',
    );
    expect(text).not.toMatch(
      /Cơ quan chủ trì|phối hợp thực hiện:|Thời gian thực hiện|Tình trạng|Quá hạn|báo cáo nhận ngày/u,
    );
  });

  it('leaves a visible placeholder where no unit reported, never for a parent whose sub-task has', () => {
    const text = bodyText(m);
    expect(text).toContain(
      '1.6. Tổng kết công tác trẻ em năm 2025\n(Chưa có kết quả do các đơn vị báo cáo; bổ sung trước khi trình ký.)',
    );
    expect(text).toMatch(/1\.5\. Cơ sở dữ liệu trẻ em\na\) Cập nhật/u);
    expect(m.missing.tasks.map((t) => t.id)).toEqual(['ra-soat-hcdb', 'so-ket-nam']);
  });

  it('keeps who reported, when, late or not at all out of the body — a group counted by its members', () => {
    expect(m.obligations).toHaveLength(1);
    expect(units(m)).toEqual({
      'cong-an-xa': 'received',
      'tram-y-te': 'received',
      'doan-thanh-nien': 'received-late',
      'truong-thcs': 'overdue',
      'thon-1': 'received-late',
      'thon-2': 'overdue',
    });
    expect(bodyText(m)).not.toMatch(/Tình hình báo cáo|Đã báo cáo đúng hạn|Quá hạn, chưa báo cáo/u);
    expect(m.missing.units.map((u) => u.unit)).toEqual(['truong-thcs', 'thon-2']);
    expect(m.annexes).toEqual([]);
  });

  it('puts the follow-up in an internal annex when asked (--annex theo-doi)', () => {
    const a = buildReportModel(plan, records, parsePeriod('2025-H2')!, { date: DATE, annexes: ['theo-doi'] });
    expect(a.body).toEqual(m.body);
    expect(a.annexes).toHaveLength(1);
    expect(a.annexes[0]!.title).toEqual(['TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ']);
    const text = a.annexes[0]!.body.map((b) => b.text);
    expect(text).toContain(
      '- Báo cáo quá hạn (2/6 đơn vị): Đoàn Thanh niên xã (nhận ngày 06/01/2026, chậm 27 ngày); Thôn 1 (nhận ngày 12/12/2025, chậm 2 ngày).',
    );
    expect(text).toContain('- Quá hạn, chưa báo cáo (2/6 đơn vị): Trường THCS Minh Long; Thôn 2.');
  });

  it('sends the report to the body the plan reports to, and keeps it out of the units to chase', () => {
    expect(m.recipient).toEqual({ label: 'Kính gửi:', one: true, many: false, first: 'Sở Y tế.', rest: [] });
    // Not the plan's own distribution list: the report's, "Như trên" and the archive.
    expect(m.footer.recipients).toEqual(['- Như trên;', '- Lưu: VT, VHXH.']);
    expect(m.footer.signer).toBe('Nguyễn Văn An');
    expect(m.body.at(-1)).toMatchObject({
      text: 'Trên đây là báo cáo kết quả thực hiện công tác trẻ em 6 tháng cuối năm 2025 của UBND xã Minh Long, kính báo cáo Sở Y tế xem xét, chỉ đạo./.',
      last: true,
    });
  });

  it('cites the plan by its number and date', () => {
    expect(m.body[0]!.text).toBe(
      'Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2025 của UBND xã Minh Long về thực hiện công tác trẻ em trên địa bàn xã năm 2025, UBND xã Minh Long báo cáo kết quả thực hiện công tác trẻ em 6 tháng cuối năm 2025 như sau:',
    );
    expect(m.missing.planNumber).toBe(false);
  });

  it('tabulates the indicators: target, result, Đạt or Chưa đạt, the officer’s figure before a unit’s', () => {
    const rows = m.indicators!.rows.map((r) => [r.id, r.target, r.result, r.rate, r.met]);
    expect(rows).toEqual([
      // A floor (min) of 97 missed at 95,5: "Chưa đạt", with the share achieved.
      ['tiem-chung', '97', '95,5', 'Chưa đạt (98,5%)', false],
      ['hcdb-duoc-tro-giup', '90', '92,3', 'Đạt (102,6%)', true],
      // A ceiling of nothing is "0", not "≤ 0".
      ['duoi-nuoc', '0', '0', 'Đạt', true],
      ['qua-trung-thu', '1.200', '1.250', 'Đạt (104,2%)', true],
      ['diem-vui-choi', '5', 'Chưa có số liệu', '—', null],
    ]);
    expect(m.indicators!.headers.rate).toBe('Đánh giá');
    expect(m.indicators!.rows[0]!.note).toBe('Theo báo cáo của Trạm Y tế xã (nhận ngày 20/11/2025)');
    expect(m.body.filter((b) => b.kind === 'table')).toHaveLength(1);
    expect(m.missing.indicators.map((i) => i.id)).toEqual(['diem-vui-choi']);
  });

  it('takes the officer’s assessment for the period, keeps empty sections with a placeholder', () => {
    expect(m.assessment).toBe('2025-H2');
    expect(m.missing.assessment).toEqual(['causes', 'proposals']);
    const text = bodyText(m);
    expect(text).toContain('Một số đơn vị gửi báo cáo chậm, chưa có số liệu đầy đủ.');
    expect(text).toMatch(/3\. Nguyên nhân\n\(Chưa có nội dung; bổ sung trước khi trình ký\.\)/u);
    expect(text).not.toContain('Tháng hành động vì trẻ em được tổ chức sớm');
  });

  it('carries the unfinished tasks forward into section III', () => {
    const text = bodyText(m);
    expect(text).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2026');
    // The year-end review, due in the period with nothing reported, goes on; the database task,
    // whose sub-task was reported on, and the continuous tasks of a plan that ends with the period do not.
    expect(text).toMatch(
      /THÁNG ĐẦU NĂM 2026\nTiếp tục thực hiện các nhiệm vụ chưa hoàn thành của Kế hoạch:\n- Tổng kết công tác trẻ em năm 2025\.\nTập trung rà soát/u,
    );
    expect(text).not.toMatch(/nhiệm vụ thường xuyên|Chưa triển khai|chủ trì:/u);
  });

  it('carries continuous tasks forward only while the plan runs after the period', () => {
    expect(bodyText(report('2025-Q3'))).toContain(
      'Tiếp tục thực hiện các nhiệm vụ thường xuyên của Kế hoạch.',
    );
  });

  it('puts the units’ difficulties in the shortcomings and their proposals in section IV', () => {
    const withViews = [
      ...records,
      {
        version: 1 as const,
        kind: 'report' as const,
        unit: 'truong-thcs',
        received: '2025-12-05',
        covers: '2025',
        difficulties: 'Khó khăn: thiếu giáo viên làm công tác tư vấn tâm lý.',
        proposals: [
          'Đề nghị Sở Giáo dục và Đào tạo tỉnh bố trí kinh phí cho phòng tư vấn học đường.',
          'Đề nghị bố trí thêm ghế đá cho sân trường.',
          'Kiến nghị UBND xã chỉ đạo các thôn vận động học sinh ra lớp.',
        ],
      },
    ];
    const model = report('2025-H2', DATE, plan, withViews);
    const text = bodyText(model);
    expect(text).toMatch(
      /2\. Tồn tại, hạn chế\nMột số đơn vị gửi báo cáo chậm, chưa có số liệu đầy đủ\.\nTheo báo cáo của Trường THCS Minh Long, thiếu giáo viên làm công tác tư vấn tâm lý\./u,
    );
    expect(text).toMatch(
      /IV\. ĐỀ XUẤT, KIẾN NGHỊ\nTrường THCS Minh Long đề nghị Sở Giáo dục và Đào tạo tỉnh bố trí kinh phí cho phòng tư vấn học đường\.\n(?!Trường THCS)/u,
    );
    // What the unit asks of the commune (named, or no one named) is the officer's to act on, not relayed up.
    expect(text).not.toMatch(/ghế đá|ra lớp/u);
    expect(model.missing.toCommune.map((p) => p.text)).toEqual([
      'Đề nghị bố trí thêm ghế đá cho sân trường.',
      'Kiến nghị UBND xã chỉ đạo các thôn vận động học sinh ra lớp.',
    ]);
  });

  it('keeps the sections in order, I to IV', () => {
    const sections = m.body.filter((b) => b.section).map((b) => b.text.split('.')[0]);
    expect(sections).toEqual(['I', 'II', 'III', 'IV']);
  });
});

describe('other periods of the same fixture', () => {
  it('2025-Q4: the third-quarter task and its note drop out; no assessment lies inside the quarter', () => {
    const m = report('2025-Q4');
    expect(ids(m)).not.toContain('phong-chong-duoi-nuoc');
    expect(ids(m)).toContain('trung-thu');
    // Đoàn Thanh niên's year report, received after the quarter, ends with it: it counts.
    expect(results(m, 'trung-thu')).toEqual([
      { unit: 'doan-thanh-nien', date: '2025-10-08' },
      { unit: 'doan-thanh-nien', date: '2026-01-06' },
    ]);
    expect(m.assessment).toBeNull();
    expect(m.missing.assessment).toEqual(['strengths', 'weaknesses', 'causes', 'proposals']);
    expect(m.indicators!.rows.find((r) => r.id === 'qua-trung-thu')!.result).toBe('Chưa có số liệu');
    expect(m.indicators!.rows.find((r) => r.id === 'tiem-chung')!.result).toBe('95,5');
    expect(bodyText(m)).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ I NĂM 2026');
  });

  it('2025-10: only October’s records, statuses as of 31/10, no report due in the month', () => {
    const m = report('2025-10');
    expect(m.asOf).toBe('2025-10-31');
    const withResults = m.tasks.filter((t) => t.results.length > 0).map((t) => t.id);
    expect(withResults).toEqual(['trung-thu']);
    // Công an xã's report of 05/11 (finished 30/10) is not known on 31/10.
    expect(m.tasks.find((t) => t.id === 'cap-nhat-du-lieu')!.status).toBe('not-due');
    expect(m.obligations).toEqual([]);
    expect(m.missing.units).toEqual([]);
    expect(m.indicators!.rows.every((r) => r.resultValue === null)).toBe(true);
  });

  it('2025: the whole year, first-half records included, the latest assessment inside the year', () => {
    const m = report('2025');
    expect(ids(m)).toContain('thang-hanh-dong');
    expect(results(m, 'thang-hanh-dong')).toEqual([{ unit: 'phong-vhxh', date: '2025-05-20' }]);
    expect(results(m, 'phong-chong-xam-hai')).toEqual([
      { unit: 'cong-an-xa', date: '2025-06-12' },
      { unit: 'cong-an-xa', date: '2025-11-05' },
    ]);
    expect(m.assessment).toBe('2025-H2');
    expect(m.title.lines).toEqual(['Kết quả thực hiện công tác trẻ em năm 2025']);
    expect(bodyText(m)).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026');
  });

  it('a report dated inside the period counts statuses and records up to that date', () => {
    const m = report('2025-H2', '2025-11-10');
    expect(m.asOf).toBe('2025-11-10');
    expect(results(m, 'truyen-thong')).toEqual([]);
    expect(units(m)['tram-y-te']).toBe('pending');
    expect(Object.values(units(m)).filter((s) => s === 'pending')).toHaveLength(5);
  });

  it('a date range reports the same as the half-year it spells out', () => {
    const range = report('2025-07-01..2025-12-31');
    const half = report('2025-H2');
    expect(range.assessment).toBe('2025-H2');
    expect(range.tasks).toEqual(half.tasks);
    expect(range.title.lines).toEqual([
      'Kết quả thực hiện công tác trẻ em từ ngày 01/7/2025 đến ngày 31/12/2025',
    ]);
    expect(bodyText(range)).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI');
  });
});

describe('the shipped plan without progress', () => {
  let m: ReportModel;
  beforeAll(async () => {
    const r = await checkPlanText(shippedText(), SHIPPED);
    m = buildReportModel(r.value!, [], parsePeriod('2025-H2')!, { date: '2026-01-05' });
  });

  it('is a complete skeleton: every task, every section, placeholders, the blank plan reference', () => {
    expect(m.tasks).toHaveLength(12);
    expect(m.tasks.every((t) => t.results.length === 0)).toBe(true);
    // The superior plan it implements, then the plan itself with the blanks of a plan not yet issued.
    expect(m.body[0]!.text).toBe(
      'Thực hiện Kế hoạch số 65/KH-UBND ngày 31/3/2025 của UBND tỉnh Quảng Ngãi về triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2025; Kế hoạch số      /KH-UBND ngày …/…/2025 của UBND xã Minh Long về triển khai thực hiện công tác trẻ em trên địa bàn xã Minh Long 6 tháng cuối năm 2025, UBND xã Minh Long báo cáo kết quả thực hiện công tác trẻ em 6 tháng cuối năm 2025 như sau:',
    );
    expect(m.missing.planNumber).toBe(true);
    expect(checklistText(m, vi.report)).toContain('Kế hoạch chưa có số, ngày ban hành');
    const placeholder = '(Chưa có kết quả do các đơn vị báo cáo; bổ sung trước khi trình ký.)';
    expect(m.body.filter((b) => b.text === placeholder)).toHaveLength(12);
    // Ưu điểm, tồn tại, nguyên nhân, kiến nghị and the Kinh phí the plan has a section for.
    expect(m.body.filter((b) => b.text === '(Chưa có nội dung; bổ sung trước khi trình ký.)')).toHaveLength(
      5,
    );
    expect(bodyText(m)).toContain('2. Kinh phí thực hiện');
    expect(m.indicators).toBeNull();
    // Section IV.1 of the plan: the commune reports to Sở Y tế (the plan's `reporting`).
    expect(m.recipient.first).toBe('Sở Y tế tỉnh Quảng Ngãi.');
    expect(m.footer.recipients).toEqual(['- Như trên;', '- CT, PCT UBND xã;', '- Lưu: VT, VHXH.']);
    expect(m.body.at(-1)!.text).toContain('kính báo cáo Sở Y tế tỉnh Quảng Ngãi xem xét, chỉ đạo./.');
  });

  it('lists every unit that owes a report and has not sent it, and nothing it does not owe', () => {
    expect(m.missing.units.map((u) => u.unit)).toEqual([
      'van-phong',
      'phong-kinh-te',
      'cong-an-xa',
      'trung-tam-y-te',
      'truong-hoc',
      'mttq',
      'doan-thanh-nien',
      'to-chuc-ct-xh',
      'cac-thon',
    ]);
    const text = checklistText(m, vi.report);
    for (const u of m.missing.units) expect(text).toContain(u.name);
    expect(text).not.toContain('Phòng Văn hóa - Xã hội xã');
  });
});

describe('recipients', () => {
  it('lists several bodies the report goes to, one a line, the last ending with a full stop', async () => {
    const text = readFileSync(FIXTURE, 'utf8')
      .replace(
        '\nclosing:',
        '      - text: UBND xã báo cáo UBND tỉnh.\n        report: { from: [ubnd-xa], to: ubnd-tinh }\n\nclosing:',
      )
      .replace(
        '  - { id: so-y-te, name: Sở Y tế, kind: external }',
        '  - { id: so-y-te, name: Sở Y tế, kind: external }\n  - { id: ubnd-tinh, name: Ủy ban nhân dân tỉnh Quảng Ngãi, kind: external }',
      );
    const r = await checkPlanText(text, 'plan.yaml');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const m = report('2025-H2', DATE, r.value!, records);
    expect(m.recipient).toEqual({
      label: 'Kính gửi:',
      one: false,
      many: true,
      first: '- Sở Y tế;',
      rest: ['- Ủy ban nhân dân tỉnh Quảng Ngãi.'],
    });
  });

  it('has no Kính gửi when the plan reports to no one outside, and no "Như trên"', async () => {
    const text = readFileSync(FIXTURE, 'utf8').replace('          to: so-y-te\n', '');
    const r = await checkPlanText(text, 'plan.yaml');
    const m = report('2025-H2', DATE, r.value!, records);
    expect(m.recipient).toMatchObject({ label: '', one: false, many: false });
    expect(m.footer.recipients).toEqual(['- Lưu: VT, VHXH.']);
    expect(m.missing.recipient).toBe(true);
    expect(m.body.at(-1)!.text).toBe(
      'Trên đây là báo cáo kết quả thực hiện công tác trẻ em 6 tháng cuối năm 2025 của UBND xã Minh Long./.',
    );
  });
});

describe('pieces', () => {
  it('cites a plan whose title is in capitals in lower case, keeping symbols and proper names', async () => {
    const text = readFileSync(FIXTURE, 'utf8').replace(
      'title: Thực hiện công tác trẻ em trên địa bàn xã năm 2025',
      'title: THỰC HIỆN “THÁNG HÀNH ĐỘNG” TẠI XÃ MINH LONG THEO QUYẾT ĐỊNH SỐ 23/QĐ-TTG',
    );
    const r = await checkPlanText(text, 'plan.yaml');
    expect(report('2025-H2', DATE, r.value!, records).body[0]!.text).toBe(
      'Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2025 của UBND xã Minh Long về thực hiện “Tháng hành động” tại xã Minh Long theo quyết định số 23/QĐ-TTG, UBND xã Minh Long báo cáo kết quả thực hiện công tác trẻ em 6 tháng cuối năm 2025 như sau:',
    );
  });

  it('gives the data cut-off of Nghị định 09/2019/NĐ-CP for each kind of period', () => {
    const w = (p: string) => nd09Window(parsePeriod(p)!);
    expect(w('2025')).toEqual({ start: '2024-12-15', end: '2025-12-14' });
    expect(w('2025-H1')).toEqual({ start: '2024-12-15', end: '2025-06-14' });
    expect(w('2025-H2')).toEqual({ start: '2025-06-15', end: '2025-12-14' });
    expect(w('2025-Q1')).toEqual({ start: '2024-12-15', end: '2025-03-14' });
    expect(w('2025-Q4')).toEqual({ start: '2025-09-15', end: '2025-12-14' });
    expect(w('2025-01')).toEqual({ start: '2024-12-15', end: '2025-01-14' });
    expect(parseCutOff('2025-06-01..2025-11-30', parsePeriod('2025-H2')!)).toEqual({
      start: '2025-06-01',
      end: '2025-11-30',
    });
    expect(parseCutOff('15/6', parsePeriod('2025-H2')!)).toBeUndefined();
  });

  it('prints the cut-off under the opening and counts only what falls in it', () => {
    const m = buildReportModel(plan, records, parsePeriod('2025-H2')!, {
      date: DATE,
      dataWindow: nd09Window(parsePeriod('2025-H2')!),
    });
    expect(m.body[1]!.text).toBe('Số liệu tính từ ngày 15/6/2025 đến ngày 14/12/2025.');
    // Thôn 1's report of 12/12 is in, and the note of 12/6 (before 15/6) is out.
    expect(results(m, 'truyen-thong').map((r) => r.unit)).toEqual(['tram-y-te', 'thon-1']);
    expect(results(m, 'phong-chong-xam-hai')).toEqual([{ unit: 'cong-an-xa', date: '2025-11-05' }]);
  });

  it('formats numbers the Vietnamese way', () => {
    expect([vnNumber(1234), vnNumber(1234567.5), vnNumber(95.5), vnNumber(0.125), vnNumber(-3)]).toEqual([
      '1.234',
      '1.234.567,5',
      '95,5',
      '0,13',
      '-3',
    ]);
    expect([vnPercent(95.45), vnPercent(100), vnPercent(98.4536)]).toEqual(['95,5%', '100%', '98,5%']);
  });

  it('picks the assessment for the same dates however written, else the latest inside', () => {
    const a = (period: string, strengths: string) => ({
      version: 1 as const,
      kind: 'assessment' as const,
      period,
      strengths,
    });
    const list = [a('2025-Q3', 'q3'), a('2025-07-01..2025-12-31', 'range'), a('2025-Q4', 'q4')];
    expect(pickAssessment(list, parsePeriod('2025-H2')!)?.strengths).toBe('range');
    expect(pickAssessment(list, parsePeriod('2025')!)?.strengths).toBe('range');
    expect(pickAssessment(list.slice(0, 1).concat(list.slice(2)), parsePeriod('2025')!)?.strengths).toBe(
      'q4',
    );
    expect(pickAssessment(list, parsePeriod('2025-10')!)).toBeUndefined();
  });

  it('gives the same model for the same inputs', () => {
    expect(JSON.stringify(report('2025-H2'))).toBe(JSON.stringify(report('2025-H2')));
  });
});
