/**
 * Plans written differently from the seed: a markdown file with "#" headings, a parent body over the
 * issuer, "I -" sections, "1/" tasks, "a." points, "*" bullets, "Đơn vị chủ trì" and "Thời hạn hoàn
 * thành" labels, a span of months, a deadline written "chậm nhất ngày", a signature without "TM.".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n/index.js';
import { parseMarker } from '../src/import/outline/markers.js';
import { buildPlan } from '../src/import/plan/buildPlan.js';
import { decodeImport } from '../src/import/source/readSource.js';
import { parseTimeframe } from '../src/import/tasks/timeframe.js';
import type { PlanFile } from '../src/model/types.js';
import { ROOT, runCli } from './helpers/cli.js';

const FILE = 'test/fixtures/import/variant-phong-gd.md';
let plan: PlanFile;

beforeAll(async () => {
  await setLang('vi');
  const doc = await decodeImport(readFileSync(join(ROOT, FILE)), FILE, '.md');
  plan = buildPlan(doc, { asOf: '2026-01-15' }).plan;
});

describe('a markdown plan of a district office', () => {
  it('takes the parent body and the issuer from a two-level header', () => {
    expect(plan.issuer).toEqual({
      unit: 'phong-giao-duc-va-dao-tao',
      parent: 'UBND HUYỆN SƠN TÂY',
      lines: ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO'],
    });
    expect(plan.units[0]).toEqual({
      id: 'phong-giao-duc-va-dao-tao',
      name: 'Phòng Giáo dục và Đào tạo',
      kind: 'agency',
    });
    expect(plan.document).toMatchObject({
      number: '45',
      symbol: 'KH-PGDĐT',
      date: '2026-01-10',
      place: 'Sơn Tây',
    });
  });

  it('reads "I -" sections, "1/" tasks with their labels, and "a." points', () => {
    expect(plan.sections.map((s) => [s.kind, s.title])).toEqual([
      ['purposes', 'MỤC ĐÍCH, YÊU CẦU'],
      ['tasks', 'NỘI DUNG THỰC HIỆN'],
      ['reporting', 'CHẾ ĐỘ BÁO CÁO'],
    ]);
    expect(plan.sections[0]!.parts![0]!.items).toHaveLength(2);
    const tasks = plan.sections[1]!.tasks!;
    expect(tasks.map((t) => [t.title, t.leadLabel, t.timeLabel, t.timeframe])).toEqual([
      [
        'Phát động Ngày hội đọc sách tại các trường',
        'Đơn vị chủ trì',
        'Thời hạn hoàn thành',
        { kind: 'range', start: '2026-03-01', end: '2026-04-30', label: 'Tháng 3 - 4/2026' },
      ],
      ['Thi kể chuyện theo sách cấp huyện', 'Đơn vị chủ trì', undefined, { kind: 'yearly' }],
      ['Tổng kết, khen thưởng', 'Đơn vị chủ trì', undefined, { kind: 'deadline', due: '2026-05-30' }],
    ]);
    expect(tasks[0]!.support).toEqual(['thu-vien-huyen']);
  });

  it('tracks the reporting deadline and reads the footer', () => {
    expect(plan.sections[2]!.parts![0]!.report).toEqual({
      from: [{ unit: 'cac-truong', as: 'Các trường' }],
      to: 'phong-giao-duc-va-dao-tao',
      due: '2026-05-20',
    });
    expect(plan.recipients).toEqual({ items: ['UBND huyện (để báo cáo)', 'Các trường'], archive: 'VT, CM' });
    expect(plan.signature).toEqual({ title: 'TRƯỞNG PHÒNG', name: 'Lê Thị Hoa' });
  });

  it('validates', () => {
    const r = runCli(['import', FILE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('3 nhiệm vụ');
  });
});

describe('wordings', () => {
  it.each([
    ['Thường xuyên', { kind: 'continuous' }],
    ['Thường xuyên trong năm', { kind: 'continuous', label: 'Thường xuyên trong năm' }],
    ['Hằng quý', { kind: 'continuous', label: 'Hằng quý' }],
    ['Quý IV năm 2025', { kind: 'period', period: '2025-Q4' }],
    ['Quý 4/2025', { kind: 'period', period: '2025-Q4', label: 'Quý 4/2025' }],
    ['Năm 2025', { kind: 'period', period: '2025' }],
    ['2025', { kind: 'period', period: '2025', label: '2025' }],
    ['Tháng 12/2025', { kind: 'period', period: '2025-12', label: 'Tháng 12/2025' }],
    ['6 tháng cuối năm 2025', { kind: 'period', period: '2025-H2' }],
    ['Trước ngày 15/11/2025', { kind: 'deadline', due: '2025-11-15' }],
    [
      'Trước ngày 15 tháng 11 năm 2025',
      { kind: 'deadline', due: '2025-11-15', label: 'Trước ngày 15 tháng 11 năm 2025' },
    ],
    [
      'Từ ngày 15/11 đến 15/12/2025',
      { kind: 'range', start: '2025-11-15', end: '2025-12-15', label: 'Từ ngày 15/11 đến 15/12/2025' },
    ],
    [
      'Từ ngày 15/12 đến 15/3/2026',
      { kind: 'range', start: '2025-12-15', end: '2026-03-15', label: 'Từ ngày 15/12 đến 15/3/2026' },
    ],
    [
      'Quý III, IV năm 2025',
      { kind: 'range', start: '2025-07-01', end: '2025-12-31', label: 'Quý III, IV năm 2025' },
    ],
    ['Năm 2025 - 2026', { kind: 'range', start: '2025-01-01', end: '2026-12-31', label: 'Năm 2025 - 2026' }],
    ['Hằng năm', { kind: 'yearly' }],
    ['Hàng năm', { kind: 'yearly', label: 'Hàng năm' }],
    ['Tháng 12 hằng năm', { kind: 'yearly', month: 12 }],
    [
      'Quý IV năm 2025 và các năm tiếp theo',
      { kind: 'continuous', start: '2025-10-01', label: 'Quý IV năm 2025 và các năm tiếp theo' },
    ],
    ['Theo Kế hoạch riêng', { kind: 'unscheduled', label: 'Theo Kế hoạch riêng' }],
    ['sau khi Chiến lược được ban hành', { kind: 'unscheduled', label: 'Sau khi Chiến lược được ban hành' }],
  ])('"%s"', (text, timeframe) => {
    expect(parseTimeframe(text, 2025)).toEqual({ timeframe, unknown: false });
  });

  it('keeps what it does not understand, for review', () => {
    expect(parseTimeframe('Cuối năm 2025', 2025)).toEqual({
      timeframe: { kind: 'unscheduled', label: 'Cuối năm 2025' },
      unknown: true,
    });
    // A year no plan speaks of is a typo, not a date.
    expect(parseTimeframe('Quý IV năm 9025', 2025)?.unknown).toBe(true);
  });

  it('tells markers from text that starts like one', () => {
    expect(parseMarker('II/ NỘI DUNG')).toEqual({ kind: 'roman', label: 'II', rest: 'NỘI DUNG' });
    expect(parseMarker('I - MỤC ĐÍCH')).toEqual({ kind: 'roman', label: 'I', rest: 'MỤC ĐÍCH' });
    expect(parseMarker('V/v tham gia Hội thi')).toBeUndefined();
    expect(parseMarker('178/QĐ-TTg ngày 28 tháng 01 năm 2016')).toBeUndefined();
    expect(parseMarker('1/ Tăng cường')).toEqual({ kind: 'number', label: '1', rest: 'Tăng cường' });
    expect(parseMarker('3.1. Tham gia')).toEqual({ kind: 'decimal', label: '3.1', rest: 'Tham gia' });
    expect(parseMarker('đ) Vận dụng')).toEqual({ kind: 'letter', label: 'đ', rest: 'Vận dụng' });
    expect(parseMarker('+ Hướng dẫn')).toEqual({ kind: 'plus', label: '', rest: 'Hướng dẫn' });
  });
});
