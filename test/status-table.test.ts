import { Chalk } from 'chalk';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import wrapAnsi from 'wrap-ansi';
import { renderBar } from '../src/render/terminal/bar.js';
import { renderTable } from '../src/render/terminal/table.js';
import { loadComplexText, measured, SIMPLE, wrap } from '../src/render/terminal/text.js';

/** Display column where `needle` starts on `line`. */
const col = (line: string, needle: string) => stringWidth(line.slice(0, line.indexOf(needle)));

describe('terminal table', () => {
  it('aligns columns by display width: precomposed, combining (NFD) and wide characters', async () => {
    const nfd = 'Ủy ban Mặt trận Tổ quốc'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(stringWidth(nfd));
    const table = () =>
      renderTable(
        [{ header: 'Đơn vị' }, { header: 'Tình trạng' }],
        [
          ['Phòng Văn hóa - Xã hội', 'AAA'],
          [nfd, 'BBB'],
          ['Trường 学校', 'CCC'],
          ['Công an xã', 'DDD'],
        ],
        { width: 100 },
      );
    const out = await measured(table);
    const lines = out.split('\n');
    const at = ['AAA', 'BBB', 'CCC', 'DDD'].map((n) => col(lines.find((l) => l.includes(n))!, n));
    expect(new Set(at).size).toBe(1);
    expect(at[0]).toBe(stringWidth(nfd) + 2);
    expect(col(lines[0]!, 'Tình trạng')).toBe(at[0]);
  });

  it('wraps long cells inside their column to fit the width, and colour does not change the layout', () => {
    const rows = [
      ['1', 'Truyền thông đến từng cộng đồng dân cư, hộ gia đình, trường học, lớp học', 'Thường xuyên'],
    ];
    const plain = renderTable(
      [{ header: 'TT' }, { header: 'Nhiệm vụ', weight: 2 }, { header: 'Thời gian' }],
      rows,
      {
        width: 40,
      },
    );
    for (const l of plain.split('\n')) expect(stringWidth(l)).toBeLessThanOrEqual(40);
    expect(plain.split('\n').length).toBeGreaterThan(4);
    const c = new Chalk({ level: 1 });
    const coloured = renderTable(
      [{ header: 'TT' }, { header: 'Nhiệm vụ', weight: 2 }, { header: 'Thời gian' }],
      [[rows[0]![0]!, rows[0]![1]!, c.red(rows[0]![2]!)]],
      { width: 40, header: c.bold },
    );
    expect(coloured).toContain('\u001b[31m');
    expect(coloured.replace(/\u001b\[[0-9;]*m/gu, '')).toBe(plain);
  });
});

describe('status bar', () => {
  it('fills exactly the width, every non-empty part visible', () => {
    const bar = renderBar(
      [
        { count: 1, glyph: '█' },
        { count: 0, glyph: '▓' },
        { count: 11, glyph: '~' },
      ],
      60,
    );
    expect(bar).toHaveLength(60);
    expect(bar.startsWith('█████')).toBe(true);
    expect(bar).not.toContain('▓');
    expect(
      renderBar(
        [
          { count: 1, glyph: 'x' },
          { count: 999, glyph: '.' },
        ],
        10,
      ),
    ).toBe('x.........');
  });
});

describe('width and wrapping of simple text', () => {
  it('simple text is already NFC: every character of the class is stable, and none composes with another', () => {
    // wrap() skips normalize() for simple text; that is exact only if this holds.
    const simple: string[] = [];
    for (let c = 0x20; c <= 0x25ff; c++)
      if (SIMPLE.test(String.fromCharCode(c))) simple.push(String.fromCharCode(c));
    expect(simple.filter((ch) => ch.normalize() !== ch).map((ch) => ch.charCodeAt(0).toString(16))).toEqual(
      [],
    );
    // …and no two of them compose (0.3 s for all 1.4 million pairs).
    let composing = 0;
    for (const a of simple) for (const b of simple) if ((a + b).normalize() !== a + b) composing++;
    expect(composing).toBe(0);
  });

  it('every character of the fast path is one column wide for string-width too', () => {
    const wrong: string[] = [];
    for (let c = 0x20; c <= 0x25ff; c++) {
      const ch = String.fromCharCode(c);
      if (SIMPLE.test(ch) && stringWidth(ch) !== 1) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(SIMPLE.test('Ủy ban nhân dân xã — “Tết Trung thu” … 15/11/2025 ─═█▓▒░×·')).toBe(true);
    expect(SIMPLE.test('a\u0301')).toBe(false);
    expect(SIMPLE.test('学')).toBe(false);
    expect(SIMPLE.test('\u001b[31mx')).toBe(false);
  });

  it('wraps exactly as wrap-ansi does (hard, trim) on random Vietnamese text', async () => {
    await loadComplexText();
    const alphabet = [
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ,.;:-–—…“”()/0123456789ĐÊƯỦỶ',
      ' ',
      ' ',
      ' ',
      ' ',
      // Spaces wrap-ansi's trimming treats differently from ' ' (String.prototype.trimStart takes them).
      '\u00a0',
      '\u2028',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 160 }),
        fc.integer({ min: 1, max: 50 }),
        (chars, cols) => {
          const s = chars.join('');
          expect(wrap(s, cols)).toEqual(
            s === '' ? [''] : wrapAnsi(s, cols, { hard: true, trim: true }).split('\n'),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
