import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanFile } from '../src/check/checkPlan.js';
import type { Plan } from '../src/model/plan.js';
import { joinMentions } from '../src/model/units.js';

/**
 * The format is general enough for real plans from other provinces: excerpts of plans in
 * /work/shared/real-plans/ encoded as fixtures, each exercising a structure the Minh Long plan lacks.
 */
const REAL = join(import.meta.dirname, 'fixtures/valid/real');

async function load(name: string): Promise<{ plan: Plan; codes: string[] }> {
  const res = await checkPlanFile(join(REAL, `${name}.yaml`), `${name}.yaml`);
  expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { plan: res.value!, codes: res.diagnostics.map((d) => `${d.code} ${d.path}`) };
}

describe('real plans', () => {
  it('Lai Châu 7360/KH-UBND: sub-tasks 3 → 3.1 → a), b), each with its own lead and time', async () => {
    const { plan, codes } = await load('laichau-subtasks');
    // The source gives no time for tasks 2 and 5 and neither lead nor time for task 6: said, not invented.
    expect(codes).toEqual([
      'TASK_NO_TIMEFRAME sections[0].tasks[1]',
      'TASK_NO_TIMEFRAME sections[0].tasks[4]',
      'TASK_NO_LEAD sections[0].tasks[5]',
      'TASK_NO_TIMEFRAME sections[0].tasks[5]',
    ]);
    const a = plan.task('gop-y.nd-dieu-kien')!;
    expect([a.number, a.marker, a.depth, a.parent]).toEqual(['3.1.b', 'b)', 2, 'gop-y']);
    expect(plan.task('van-ban-huong-dan')!.children).toEqual(['gop-y', 'trien-khai']);
    expect(plan.task('trien-khai')!.marker).toBe('3.2.');
    expect(joinMentions(a.support)).toBe('Các sở, ngành có liên quan và UBND các xã, phường');
    expect(a.time?.label).toBe('Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo');
    expect(joinMentions(plan.task('tuyen-truyen')!.lead)).toBe(
      'Sở Khoa học và Công nghệ; Sở Tư pháp; Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh Truyền hình Lai Châu và các sở, ngành có liên quan',
    );
    expect(plan.task('ra-soat-vbqppl')!.file.leadText).toMatch(
      /^Sở Khoa học và Công nghệ tiến hành rà soát/u,
    );
  });

  it('Nghệ An 980/KH-UBND: tasks in an appendix table, with deadlines and expected output', async () => {
    const { plan, codes } = await load('nghean-appendix-table');
    expect(codes).toEqual([]);
    expect(plan.file.sections[0]!.layout).toBe('table');
    const row = plan.task('kien-toan.ban-chi-huy')!;
    expect(row.time).toMatchObject({ kind: 'deadline', end: '2025-11-30', label: 'Trước ngày 30/11/2025' });
    expect(row.file.output).toBe('Quyết định của Chủ tịch UBND cấp tỉnh, cấp xã');
    expect(joinMentions(row.lead)).toBe('Bộ CHQS tỉnh; UBND cấp xã');
    const rows = plan.tasks.filter((t) => t.depth === 1);
    expect(rows.map((t) => t.time?.label)).toEqual([
      'Trước ngày 30/11/2025',
      'Thường xuyên',
      '2025',
      '2025',
      'Sau khi có Quy chế của TW',
    ]);
    expect(rows.filter((t) => t.file.output).length).toBe(2);
  });

  it('TP. Hồ Chí Minh 174/KH-UBND: indicators with numeric targets', async () => {
    const { plan, codes } = await load('hcm-indicators');
    expect(codes).toEqual([]);
    const targets = Object.fromEntries(plan.indicators.map((i) => [i.indicator.id, i.indicator.target]));
    expect(targets).toEqual({
      'lanh-dao-chu-chot-nu': 60,
      'nu-quy-hoach-lanh-dao': 40,
      'lao-dong-nu-huong-luong': 50,
      'lao-dong-nu-nong-nghiep': 30,
      'nu-giam-doc': 27,
      'ty-so-gioi-tinh-khi-sinh': 107,
      'tu-vong-ba-me': 4,
      'sinh-vi-thanh-nien': 18,
      'co-so-y-te-lgbt': 1,
    });
    const births = plan.indicators.find((i) => i.indicator.id === 'sinh-vi-thanh-nien')!.indicator;
    expect(births).toMatchObject({ baseline: 23, direction: 'decrease', comparator: 'max' });
    expect(plan.obligations[0]).toMatchObject({ due: '2025-12-16', to: 'so-noi-vu' });
  });
});
