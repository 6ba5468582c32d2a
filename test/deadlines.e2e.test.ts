import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { golden, ROOT, runCli } from './helpers/cli.js';

const TRANSITIONS = join(ROOT, 'test/fixtures/progress/transitions');

describe('plan deadlines (end to end)', () => {
  it('lists the shipped plan’s dated deadlines in order', async () => {
    const args = ['deadlines'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/deadlines.txt');
  });

  it('limits to a date range, and prints JSON', async () => {
    const args = [
      'deadlines',
      'test/fixtures/progress/transitions',
      '--from',
      '2025-06-01',
      '--to',
      '2025-09-30',
    ];
    const r = runCli(args);
    expect(r.code).toBe(0);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/deadlines-range.txt');
    const json = runCli([...args, '--json']);
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout);
    expect(data.deadlines.map((d: { date: string }) => d.date)).toEqual([
      '2025-06-20',
      '2025-06-20',
      '2025-06-20',
      '2025-06-20',
      '2025-06-30',
      '2025-06-30',
      '2025-08-31',
      '2025-09-30',
    ]);
    await expect(golden([...args, '--json'], json)).toMatchFileSnapshot('golden/deadlines-range.json.txt');
  });

  it('refuses a reversed range and a bad date with exit 2', () => {
    expect(runCli(['deadlines', '--from', '2025-12-01', '--to', '2025-01-01']).code).toBe(2);
    const bad = runCli(['deadlines', '--from', '1/12/2025']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^lỗi: --from: "1\/12\/2025" không phải ngày hợp lệ/u);
  });

  it('writes an RFC 5545 calendar that a real parser reads: all-day events, stable UIDs, CRLF, folding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-ics-'));
    const r = runCli(['deadlines', TRANSITIONS, '--ics', 'lich.ics'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Đã ghi 15 sự kiện vào lich.ics.\n');
    const bytes = readFileSync(join(dir, 'lich.ics'));
    const text = bytes.toString('utf8');
    // Every line ends in CRLF and is at most 75 octets; folded lines start with one space.
    expect(text.endsWith('\r\n') || text.endsWith('END:VCALENDAR')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true);

    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(15);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const task = byUid.get('thu-chuyen-trang-thai/task/hai-chu-tri/2025-09-30@kehoach')!;
    expect(task.startDate.isDate).toBe(true);
    expect(task.startDate.toString()).toBe('2025-09-30');
    expect(task.endDate.toString()).toBe('2025-10-01');
    expect(task.summary).toBe('Hạn nhiệm vụ 4: Nhiệm vụ Quý III có hai đơn vị chủ trì');
    expect(task.description).toContain('Chủ trì: Phòng Văn hóa - Xã hội, Đoàn Thanh niên xã');
    const report = byUid.get('thu-chuyen-trang-thai/report/thon-hai/2025-06-20@kehoach')!;
    expect(report.summary).toBe('Hạn báo cáo: Thôn Hai — kết quả 6 tháng đầu năm 2025');
    expect(report.startDate.toString()).toBe('2025-06-20');
    expect(new Set(events.map((e) => e.uid)).size).toBe(15);

    // The same plan gives the same UIDs on the next run (a re-import updates instead of duplicating),
    // and an existing file is not overwritten without --force.
    const again = runCli(['deadlines', TRANSITIONS, '--ics', 'lich.ics'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('lỗi: Tệp "lich.ics" đã có. Thêm --force để ghi đè.\n');
    expect(runCli(['deadlines', TRANSITIONS, '--ics', 'lich.ics', '--force'], { cwd: dir }).code).toBe(0);
    const uids = (t: string) => [...t.matchAll(/^UID:(.*)$/gmu)].map((m) => m[1]);
    expect(uids(readFileSync(join(dir, 'lich.ics'), 'utf8'))).toEqual(uids(text));
  });

  it('gives dates that do not depend on the machine’s time zone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-ics-'));
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      runCli(['deadlines', TRANSITIONS, '--ics', `${tz.replace('/', '-')}.ics`], {
        cwd: dir,
        env: { TZ: tz },
      });
    }
    const starts = (f: string) =>
      [...readFileSync(join(dir, f), 'utf8').matchAll(/^DTSTART;VALUE=DATE:(\d+)/gmu)].map((m) => m[1]);
    expect(starts('Pacific-Kiritimati.ics')).toEqual(starts('America-Los_Angeles.ics'));
    expect(starts('Pacific-Kiritimati.ics')[0]).toBe('20250331');
  });
});
