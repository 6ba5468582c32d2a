import { describe, expect, it } from 'vitest';
import { proposalAddressee } from '../src/report/addressee.js';

describe('whom a unit’s proposal asks', () => {
  it.each([
    ['Đề nghị Sở Giáo dục và Đào tạo tỉnh bố trí kinh phí sửa chữa nhà vệ sinh.', 'higher'],
    ['Kiến nghị Hội Liên hiệp Phụ nữ tỉnh mở lớp tập huấn kỹ năng cho cán bộ chi hội.', 'higher'],
    ['Đề nghị Ủy ban nhân dân tỉnh quan tâm hỗ trợ kinh phí.', 'higher'],
    ['Đề nghị cấp trên sớm ban hành hướng dẫn.', 'higher'],
    ['Kiến nghị Trung ương sửa đổi quy định về tiêu chí trẻ em có hoàn cảnh đặc biệt.', 'higher'],
    ['Đề nghị UBND xã bố trí kinh phí in tài liệu tuyên truyền.', 'commune'],
    ['Thôn đề nghị UBND xã hỗ trợ kinh phí làm sân chơi cho trẻ em.', 'commune'],
    ['Đề nghị Đảng ủy, UBND xã kiến nghị tỉnh bổ sung kinh phí.', 'commune'],
    // No one named: the unit's report went to the commune.
    ['Đề nghị bố trí thêm ghế đá cho sân trường.', 'commune'],
    // "cán bộ" is no Bộ; "số" folds like "Sở" but is not capitalised.
    ['Đề nghị bồi dưỡng cán bộ làm công tác trẻ em của xã.', 'commune'],
  ])('%s → %s', (text, want) => {
    expect(proposalAddressee(text)).toBe(want);
  });
});
