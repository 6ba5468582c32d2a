/** A file held open by Word: Windows refuses the rename (EBUSY/EPERM); the user is told what to do. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    renameSync: () => {
      throw Object.assign(new Error('EBUSY: resource busy or locked, rename'), { code: 'EBUSY' });
    },
  };
});

describe('writing over a file open in Word', { timeout: 120_000 }, () => {
  it('says to close the file in Word, and leaves no temporary file', async () => {
    const { writeFileAtomic } = await import('../src/util/atomicWrite.js');
    const { errorText, setLang } = await import('../src/i18n/index.js');
    const { IoError } = await import('../src/errors.js');
    const { readdirSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-word-'));
    writeFileSync(join(dir, 'ke-hoach.docx'), 'old');
    let err: unknown;
    try {
      writeFileAtomic(join(dir, 'ke-hoach.docx'), 'new', { force: true, display: 'ke-hoach.docx' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(IoError);
    await setLang('vi');
    const e = err as InstanceType<typeof IoError>;
    expect(errorText(e.key, e.args as never)).toBe(
      'Không ghi được "ke-hoach.docx": tệp đang mở trong chương trình khác (Word?). Đóng tệp trong Word rồi chạy lại.',
    );
    await setLang('en');
    expect(errorText(e.key, e.args as never)).toContain('Close the file in Word and run again.');
    expect(readdirSync(dir)).toEqual(['ke-hoach.docx']);
  });
});
