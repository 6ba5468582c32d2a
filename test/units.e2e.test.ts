import { describe, expect, it } from 'vitest';
import { golden, runCli } from './helpers/cli.js';

describe('plan units (end to end)', () => {
  it('prints every unit’s assignment sheet for the shipped plan', async () => {
    const args = ['units'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    await expect(golden(args, r)).toMatchFileSnapshot('golden/units.txt');
  });

  it('prints one unit’s sheet with --unit, found by id or by name', async () => {
    const args = ['units', '--unit', 'cong-an-xa'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/units-cong-an-xa.txt');
    expect(runCli(['units', '--unit', 'Công an xã']).stdout).toBe(r.stdout);
  });

  it('prints the sheets as versioned JSON', async () => {
    const args = ['units', '--json'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    const ca = json.units.find((u: { unit: { id: string } }) => u.unit.id === 'cong-an-xa');
    expect(ca.leads.map((t: { number: string }) => t.number)).toEqual(['3', '10']);
    // Named through "các cơ quan, ban ngành xã" in task 1's support list.
    expect(ca.supports[0]).toMatchObject({ number: '1', via: { id: 'co-quan-ban-nganh' } });
    expect(ca.reports).toEqual([
      {
        subject: 'kết quả thực hiện công tác trẻ em năm 2025',
        to: { id: 'ubnd-xa', name: 'Ủy ban nhân dân xã Minh Long' },
        through: { id: 'phong-vhxh', name: 'Phòng Văn hóa - Xã hội xã' },
        due: '2025-11-15',
        covers: '2025',
        via: { id: 'co-quan-ban-nganh', name: 'các cơ quan, ban ngành xã' },
      },
    ]);
    const one = ['units', '--unit', 'cac-thon', '--json'];
    await expect(golden(one, runCli(one))).toMatchFileSnapshot('golden/units-cac-thon.json.txt');
  });

  it('refuses an unknown unit with a hint and exit 2', () => {
    const r = runCli(['units', '--unit', 'doan-thanh-nein']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'lỗi: Không có đơn vị "doan-thanh-nein" trong kế hoạch. Có phải ý bạn là "doan-thanh-nien"?\n',
    );
  });
});
