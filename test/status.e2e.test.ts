import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { golden, runCli } from './helpers/cli.js';

const FIXTURE = 'test/fixtures/progress/minh-long';
const TRANSITIONS = 'test/fixtures/progress/transitions';

describe('plan status (end to end)', () => {
  it('on the shipped plan without progress: 12 tasks, every unit report overdue by 5 days', async () => {
    const args = ['status', '--as-of', '2025-11-20'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^12 nhiệm vụ: /mu);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/status.txt');

    const json = JSON.parse(runCli([...args, '--json']).stdout);
    expect(json.tasks).toHaveLength(12);
    const dated = json.obligations.filter((o: { due: string | null }) => o.due !== null);
    expect(dated).toHaveLength(9);
    for (const o of dated) expect([o.status, o.daysLate]).toEqual(['overdue', 5]);
  });

  it('counts the days down to a near due date, says when it is today, and only then overdue', () => {
    const cell = (asOf: string) => {
      const out = runCli(['status', '--as-of', asOf]).stdout;
      return out
        .split('\n')
        .find((l) => l.startsWith('Công an xã '))!
        .replace(/^Công an xã\s+/u, '');
    };
    expect(cell('2025-11-01')).toBe('Chưa đến hạn  —');
    expect(cell('2025-11-12')).toBe('Còn 3 ngày  —');
    expect(cell('2025-11-15')).toBe('Hạn là hôm nay  —');
    expect(cell('2025-11-16')).toBe('Quá hạn 1 ngày  —');
  });

  it('prints exactly the versioned JSON object, nothing else, with the same exit code', async () => {
    const args = ['status', FIXTURE, '--as-of', '2025-11-20', '--json'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['version', 'asOf', 'plan', 'unit', 'summary', 'tasks', 'obligations']);
    expect(json.version).toBe(1);
    expect(Object.keys(json.tasks[0])).toEqual(
      expect.arrayContaining([
        'id',
        'number',
        'title',
        'lead',
        'support',
        'timeframe',
        'status',
        'statusLabel',
        'lastReport',
      ]),
    );
    expect(Object.keys(json.obligations[0])).toEqual(
      expect.arrayContaining(['unit', 'due', 'status', 'statusLabel', 'receivedOn', 'daysLate']),
    );
    await expect(golden(args, r)).toMatchFileSnapshot('golden/status-fixture.json.txt');
  });

  it('shows progress from the fixture: late first, a two-lead task in progress, continuous flags', async () => {
    const args = ['status', FIXTURE, '--as-of', '2025-11-20'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/status-fixture.txt');
  });

  it('limits the view to one unit, and says "did you mean" for an unknown one', async () => {
    const args = ['status', FIXTURE, '--as-of', '2025-11-20', '--unit', 'cong-an-xa'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/status-unit.txt');
    const bad = runCli(['status', FIXTURE, '--unit', 'cong-an']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      'lỗi: Không có đơn vị "cong-an" trong kế hoạch. Có phải ý bạn là "cong-an-xa"?\n',
    );
  });

  it('--fail-on overdue exits 1 when something is overdue, in text and JSON alike', () => {
    const late = ['status', TRANSITIONS, '--as-of', '2025-09-15', '--fail-on', 'overdue'];
    expect(runCli(late).code).toBe(1);
    expect(runCli([...late, '--json']).code).toBe(1);
    expect(runCli(['status', TRANSITIONS, '--as-of', '2025-09-15']).code).toBe(0);
    expect(runCli(['status', TRANSITIONS, '--as-of', '2025-03-01', '--fail-on', 'overdue']).code).toBe(0);
    const bad = runCli(['status', '--fail-on', 'late']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('lỗi: --fail-on: "late" không hợp lệ. Chọn một trong: overdue.\n');
  });

  it('every state of the transitions fixture, in English', async () => {
    const args = ['status', TRANSITIONS, '--as-of', '2025-09-15', '--lang', 'en'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/status-transitions-en.txt');
  });

  it('uses today without --as-of, and refuses a bad date with exit 2', () => {
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const json = JSON.parse(runCli(['status', '--json']).stdout);
    expect(json.asOf).toBe(today);
    const bad = runCli(['status', '--as-of', '2025-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^lỗi: --as-of: "2025-02-30" không phải ngày hợp lệ/u);
  });

  it('wraps to the 100 columns used when stdout is not a terminal', () => {
    const r = runCli(['status', FIXTURE, '--as-of', '2025-11-20']);
    for (const line of r.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(100);
  });
});
