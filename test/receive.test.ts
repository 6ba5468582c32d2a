import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlanFolder } from '../src/check/checkFolder.js';
import { UsageError } from '../src/errors.js';
import { planAt } from '../src/load/discover.js';
import type { Plan } from '../src/model/plan.js';
import { assignPassages, vnParse } from '../src/receive/assign.js';
import { closestUnits, findUnit } from '../src/receive/findUnit.js';
import { parseReport } from '../src/receive/parseReport.js';
import { readReportSource } from '../src/receive/readReportSource.js';
import { coversFromSubject, receiveReport } from '../src/receive/receiveReport.js';
import { trungTamYTe } from './fixtures/receive/trung-tam-y-te.js';
import { ROOT } from './helpers/cli.js';
import { makeDocx, makeScannedDocx } from './helpers/makeDocx.js';

const FIX = join(ROOT, 'test/fixtures/receive');
const read = (name: string) => readFileSync(join(FIX, name));
const source = (name: string) => readReportSource(read(name), name, name.slice(name.lastIndexOf('.')));

let plan: Plan;
beforeAll(async () => {
  const checked = await checkPlanFolder(planAt(join(ROOT, 'plans/minh-long-2025-h2/plan.yaml'), ROOT));
  plan = checked.plan!;
});

const req = { display: 'x', ext: '.txt', sha256: '0'.repeat(64), received: '2025-11-15' };
const placed = (name: string, unit: string) =>
  source(name).then((s) => {
    const parsed = parseReport(s.paras);
    const year = Number((parsed.date ?? '2025').slice(0, 4));
    return assignPassages(plan, unit, parsed.body, { year })
      .filter((p) => p.place.kind !== 'skipped')
      .map((p) => (p.place.kind === 'task' ? p.place.task : p.place.kind));
  });

describe('reading a unit report', () => {
  it('reads a plain-text report laid out in two columns: issuer, number, place and date, title, Kính gửi, signature', async () => {
    const p = parseReport((await source('cong-an-xa.txt')).paras);
    expect(p).toMatchObject({
      issuer: ['CÔNG AN TỈNH QUẢNG NGÃI', 'CÔNG AN XÃ MINH LONG'],
      number: '15/BC-CAX',
      symbol: 'BC-CAX',
      place: 'Minh Long',
      date: '2025-11-10',
      type: 'BÁO CÁO',
      subject: 'Kết quả thực hiện công tác trẻ em năm 2025',
      to: 'Ủy ban nhân dân xã Minh Long',
      signature: ['TRƯỞNG CÔNG AN XÃ', 'Đinh Văn Hùng'],
    });
    expect(p.body[0]!.text).toMatch(/^Thực hiện Kế hoạch/u);
    expect(p.body.at(-1)!.text).toBe(
      'Trên đây là báo cáo kết quả thực hiện công tác trẻ em năm 2025 của Công an xã Minh Long.',
    );
  });

  it('reads a party-style number ("Số: 08-BC/ĐTN") and numbered bold sections in markdown', async () => {
    const p = parseReport((await source('doan-thanh-nien.md')).paras);
    expect(p.number).toBe('08-BC/ĐTN');
    expect(p.issuer).toEqual(['ĐOÀN TNCS HỒ CHÍ MINH', 'BCH ĐOÀN XÃ MINH LONG']);
    expect(p.date).toBe('2026-01-05');
    // Markdown joins lines not separated by a blank line.
    expect(p.signature).toEqual(['TM. BAN CHẤP HÀNH BÍ THƯ', 'Phạm Thị Lan']);
  });

  it('reads a Word report whose header is a table', async () => {
    const s = await readReportSource(makeDocx(trungTamYTe), 'ttyt.docx', '.docx');
    expect(s.unit).toBe('paragraph');
    const p = parseReport(s.paras);
    expect(p).toMatchObject({
      issuer: ['SỞ Y TẾ TỈNH QUẢNG NGÃI', 'TRUNG TÂM Y TẾ MINH LONG'],
      number: '112/BC-TTYT',
      date: '2025-11-12',
      subject: 'Kết quả thực hiện công tác chăm sóc sức khỏe trẻ em năm 2025',
      signature: ['GIÁM ĐỐC', 'Lê Thị Hoa'],
    });
  });

  it('refuses a scan, an empty file and a PDF, each with its own message', async () => {
    await expect(readReportSource(makeScannedDocx(), 'scan.docx', '.docx')).rejects.toMatchObject({
      key: 'receiveScanned',
    });
    await expect(source('trong.txt')).rejects.toMatchObject({ key: 'receiveEmpty' });
    await expect(readReportSource(Buffer.from('%PDF-1.4\n'), 'x.pdf', '.pdf')).rejects.toMatchObject({
      key: 'receivePdf',
    });
  });

  it('reads the covered period from the trích yếu', () => {
    expect(coversFromSubject('Kết quả thực hiện công tác trẻ em năm 2025')).toBe('2025');
    expect(coversFromSubject('Kết quả công tác trẻ em 6 tháng cuối năm 2025')).toBe('2025-H2');
    expect(coversFromSubject('Kết quả 6 tháng đầu năm 2026')).toBe('2026-H1');
    expect(coversFromSubject('Kết quả Quý III năm 2025')).toBe('2025-Q3');
    expect(coversFromSubject('Kết quả tháng 10 năm 2025')).toBe('2025-10');
    expect(coversFromSubject('Kết quả Tháng hành động vì trẻ em')).toBeUndefined();
  });

  it('reads Vietnamese figures', () => {
    expect([vnParse('1.250'), vnParse('96,2'), vnParse('06'), vnParse('1.312,5')]).toEqual([
      1250, 96.2, 6, 1312.5,
    ]);
  });
});

describe('finding the sender', () => {
  it('matches names, short names and aliases with diacritics and case folded, the place set aside', () => {
    const u = (lines: string[]) => findUnit(plan, lines)?.id;
    expect(u(['CÔNG AN XÃ MINH LONG'])).toBe('cong-an-xa');
    expect(u(['cong an xa minh long'])).toBe('cong-an-xa');
    expect(u(['TRUNG TÂM Y TẾ MINH LONG'])).toBe('trung-tam-y-te');
    expect(u(['BCH ĐOÀN XÃ MINH LONG'])).toBe('doan-thanh-nien');
    expect(u(['ỦY BAN MTTQ VIỆT NAM XÃ MINH LONG'])).toBe('mttq');
    expect(u(['Phòng VH-XH'])).toBe('phong-vhxh');
    // The commune itself is the recipient, never the sender.
    expect(u(['UBND XÃ MINH LONG'])).toBeUndefined();
    expect(u(['TRƯỜNG MẦM NON SƠN CA'])).toBeUndefined();
  });

  it('lists the closest units for a sender it does not know', () => {
    expect(closestUnits(plan, 'TRƯỜNG MẦM NON SƠN CA')[0]).toBe('truong-hoc');
  });

  it('refuses an unknown sender, naming the closest units, and takes --unit instead', async () => {
    const s = await source('truong-mam-non.txt');
    let error: unknown;
    try {
      receiveReport(plan, s, [], req);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ key: 'receiveUnknownUnit', args: { found: 'TRƯỜNG MẦM NON SƠN CA' } });
    expect((error as UsageError).args).toMatchObject({
      closest: ['các đơn vị trường học trên địa bàn xã (truong-hoc)', expect.any(String), expect.any(String)],
    });
    expect(receiveReport(plan, s, [], { ...req, unit: 'truong-hoc' }).unit).toBe('truong-hoc');
    expect(() => receiveReport(plan, s, [], { ...req, unit: 'truong-hocc' })).toThrow(
      expect.objectContaining({
        key: 'receiveBadUnit',
        args: { id: 'truong-hocc', suggestion: 'truong-hoc' },
      }),
    );
  });
});

describe('placing the passages', () => {
  it('puts a report covering several tasks under each, by the tasks’ own words', async () => {
    expect(await placed('cong-an-xa.txt', 'cong-an-xa')).toEqual([
      // "an ninh trật tự liên quan đến trẻ em …": task 3 names "vi phạm pháp luật liên quan đến trẻ em".
      'phong-chong-xam-hai',
      'phong-chong-xam-hai',
      // "tin báo … bạo lực trẻ em": the lexicon puts bạo lực with xâm hại.
      'phong-chong-xam-hai',
      'du-lieu-tre-em',
      'tro-giup-phap-ly',
      'difficulty',
      'proposal',
    ]);
  });

  it('uses the numbered headings: a section of difficulties, proposals, the unit’s own directions', async () => {
    expect(await placed('doan-thanh-nien.md', 'doan-thanh-nien')).toEqual([
      'trung-thu',
      'quyen-tham-gia',
      'difficulty',
      'proposal',
      'direction',
    ]);
  });

  it('places a school report with numbered sections I. KẾT QUẢ / II. KHÓ KHĂN / III. PHƯƠNG HƯỚNG / IV. KIẾN NGHỊ', async () => {
    expect(await placed('truong-thcs.txt', 'truong-hoc')).toEqual([
      'giam-bo-hoc', // 386 học sinh, 341 dân tộc thiểu số: the task names "trẻ em dân tộc thiểu số"
      'giam-bo-hoc', // 07 học sinh có nguy cơ bỏ học trở lại lớp
      'giam-bo-hoc', // bạo lực học đường
      'suc-khoe-dinh-duong', // khám sức khỏe, cân đo: not the school's task, but plainly about it
      'truyen-thong', // Tổng đài 111
      'difficulty',
      'direction',
      'direction',
      'proposal',
      'proposal',
    ]);
  });

  it('places a village report in plain paragraphs by what each paragraph says', async () => {
    expect(await placed('thon-lang-ren.txt', 'cac-thon')).toEqual([
      // One paragraph, two subjects: split at the sentence, họp thôn on Tổng đài 111, then tiêm chủng.
      'truyen-thong',
      'suc-khoe-dinh-duong',
      'phong-chong-xam-hai', // "trẻ em bị cha dượng đánh đập; vụ việc đã được can thiệp"
      'trung-thu', // "đêm hội trăng rằm"
      'difficulty', // "Tuy nhiên, … còn hạn chế"
      'proposal', // "Thôn đề nghị UBND xã …"
      'direction', // "Năm 2026, thôn tiếp tục …"
    ]);
  });

  it('places a Hội Phụ nữ report ("Số: 12-BC/HPN") with arabic-numbered sections', async () => {
    const p = parseReport((await source('hoi-phu-nu.txt')).paras);
    expect(p.number).toBe('12-BC/HPN');
    expect(await placed('hoi-phu-nu.txt', 'to-chuc-ct-xh')).toEqual([
      'truyen-thong', // kỹ năng làm cha mẹ, phòng, chống xâm hại tình dục (the task names kỹ năng làm cha mẹ)
      'suc-khoe-dinh-duong', // cân, đo, suy dinh dưỡng
      'van-dong-nguon-luc', // nhà hảo tâm, học bổng
      'direction',
      'proposal',
    ]);
  });

  it('tells a proposal by its verb near the start, but not what the unit already proposed ("đã đề xuất")', () => {
    const body = [
      { line: 1, text: 'Thôn đề nghị UBND xã hỗ trợ kinh phí làm sân chơi.' },
      {
        line: 2,
        text: 'Công an xã đã đề xuất UBND xã ban hành quy chế phối hợp phòng, chống xâm hại trẻ em.',
      },
    ];
    expect(assignPassages(plan, 'cong-an-xa', body).map((p) => p.place.kind)).toEqual(['proposal', 'task']);
  });

  it('keeps a report about none of the tasks as general results', async () => {
    expect(await placed('mttq-khong-nhiem-vu.txt', 'mttq')).toEqual(['general', 'general']);
  });

  it('refuses what is not a unit report', async () => {
    await expect(source('ke-hoach.txt').then((s) => receiveReport(plan, s, [], req))).rejects.toMatchObject({
      key: 'receiveIsPlan',
    });
    await expect(source('cong-van.txt').then((s) => receiveReport(plan, s, [], req))).rejects.toMatchObject({
      key: 'receiveNotReport',
    });
  });
});

describe('the indicators of a plan that declares them', () => {
  it('takes "… đạt 96,2%" as the result of the indicator whose words it uses', async () => {
    const checked = await checkPlanFolder(
      planAt(join(ROOT, 'test/fixtures/report/minh-long-2025/plan.yaml'), ROOT),
    );
    const s = await readReportSource(makeDocx(trungTamYTe), 'ttyt.docx', '.docx');
    const got = receiveReport(checked.plan!, s, [], { ...req, ext: '.docx', unit: 'tram-y-te' });
    expect(got.indicators.map((i) => [i.id, i.value])).toEqual([['tiem-chung', 96.2]]);
    expect(got.record.text).toContain('indicators:\n  - id: tiem-chung\n    value: 96.2\n');
  });
});
