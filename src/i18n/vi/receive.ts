/** `plan receive`: taking a unit's own report (.docx, .txt, .md) into progress/. */

export const receive = () => ({
  command: 'nhận báo cáo của một đơn vị (.docx, .txt, .md) vào progress/, xếp từng đoạn vào nhiệm vụ',
  sourceArg: 'tệp báo cáo của đơn vị (.docx, .txt, .md)',
  unitOption: 'mã đơn vị gửi báo cáo, khi không nhận ra từ văn bản',
  coversOption: 'kỳ báo cáo đề cập (mặc định: đọc từ trích yếu, vd "năm 2025" → 2025)',
  where: (unit: 'line' | 'paragraph', n: number) => (unit === 'line' ? `dòng ${n}` : `đoạn ${n}`),
  received: (a: { reference?: string; unit: string; date: string; covers?: string }) =>
    `✓ Đã nhận ${a.reference ?? 'báo cáo'} của ${a.unit}, nhận ngày ${a.date}${a.covers ? ` (kỳ ${a.covers})` : ''}.`,
  dryRun: (a: { reference?: string; unit: string; date: string }) =>
    `(Chạy thử, không ghi tệp nào.) ${a.reference ?? 'Báo cáo'} của ${a.unit}, nhận ngày ${a.date}.`,
  recordFile: (path: string) => `  Bản ghi: ${path}`,
  sourceFile: (path: string) => `  Tệp gốc: ${path}`,
  supersedes: (path: string) =>
    `  Thay thế báo cáo trước của đơn vị cho cùng kỳ: ${path} (không còn được tính).`,
  passagesTitle: (n: number) => `Các đoạn của báo cáo (${n}):`,
  toTask: (a: { number: string; title: string }) => `nhiệm vụ ${a.number}. ${a.title}`,
  toGeneral: 'kết quả chung (không khớp nhiệm vụ nào)',
  toDifficulty: 'khó khăn, vướng mắc',
  toProposal: 'đề xuất, kiến nghị',
  toDirection: 'phương hướng của đơn vị (vào mục III của báo cáo)',
  notPlaced: 'không đưa vào bản ghi (xem tệp gốc)',
  at: (path: string, line: number) => `${path}:${line}`,
  indicatorsTitle: 'Chỉ tiêu có số liệu:',
  indicator: (a: { name: string; value: string; where: string; at: string }) =>
    `  ${a.name}: ${a.value} (${a.where} → ${a.at})`,
  moveHint:
    'Chuyển một đoạn sang nhiệm vụ khác: sửa "task:" trong bản ghi (mã nhiệm vụ là "id:" của nhiệm vụ trong plan.yaml), rồi chạy plan validate.',
});

export const receiveErrors = () => ({
  receiveEmpty: (a: { path: string }) => `"${a.path}" không có nội dung: không có báo cáo nào để nhận.`,
  receiveScanned: (a: { path: string }) =>
    `"${a.path}" chỉ có hình ảnh, không có chữ (bản chụp hoặc bản scan?). Cần bản Word hoặc văn bản có chữ; nếu chỉ có bản giấy, ghi kết quả bằng plan record --unit … --note "…".`,
  receivePdf: (a: { path: string }) =>
    `"${a.path}" là tệp PDF. Hãy xin đơn vị bản Word (.docx), hoặc mở tệp, chép phần chữ vào một tệp .txt rồi nhận tệp đó.`,
  receiveLegacyDoc: (a: { path: string }) =>
    `"${a.path}" là tệp Word cũ (.doc). Mở bằng Word hoặc LibreOffice, lưu thành .docx rồi nhận lại.`,
  receiveNotDocx: (a: { path: string }) =>
    `"${a.path}" không đọc được như một tệp Word (.docx): tệp hỏng hoặc không phải .docx.`,
  receiveNotText: (a: { path: string }) => `"${a.path}" không phải văn bản (.txt, .md) hay tệp Word (.docx).`,
  receiveTooLarge: (a: { path: string; limit: string }) => `"${a.path}" quá lớn (giới hạn ${a.limit}).`,
  receiveNotReport: (a: { path: string; type?: string }) =>
    `"${a.path}" không phải một báo cáo: ${a.type ? `văn bản là "${a.type}"` : 'không thấy tên loại "BÁO CÁO" hay số, ký hiệu "…/BC-…"'}. Không ghi tệp nào.`,
  receiveIsPlan: (a: { path: string }) =>
    `"${a.path}" là một kế hoạch, không phải báo cáo của đơn vị. Để đưa một kế hoạch vào, dùng: plan import ${a.path}. Không ghi tệp nào.`,
  receiveNoBody: (a: { path: string }) =>
    `"${a.path}" có phần đầu của báo cáo nhưng không có nội dung báo cáo nào. Không ghi tệp nào.`,
  receiveUnknownUnit: (a: { found: string; closest: string[] }) =>
    `Không nhận ra đơn vị gửi báo cáo "${a.found}" trong danh mục đơn vị của kế hoạch.${
      a.closest.length > 0 ? `\nCác đơn vị gần nhất: ${a.closest.join('; ')}.` : ''
    }\nChỉ rõ bằng --unit MÃ, hoặc thêm tên này vào aliases của đơn vị trong kế hoạch. Không ghi tệp nào.`,
  receiveNoSender: (a: { closest: string[] }) =>
    `Không thấy tên cơ quan, đơn vị gửi ở phần đầu báo cáo.${
      a.closest.length > 0 ? ` Các đơn vị của kế hoạch: ${a.closest.join('; ')}.` : ''
    }\nChỉ rõ bằng --unit MÃ. Không ghi tệp nào.`,
  receiveBadUnit: (a: { id: string; suggestion?: string }) =>
    `--unit ${a.id}: không có trong danh mục đơn vị của kế hoạch.${a.suggestion ? ` Có phải ý bạn là ${a.suggestion}?` : ''}`,
  receiveDuplicate: (a: { path: string; record: string }) =>
    `"${a.path}" đã được nhận rồi (bản ghi ${a.record}). Không ghi tệp nào.`,
  receiveOlder: (a: { path: string; record: string }) =>
    `Đã có báo cáo mới hơn của đơn vị cho cùng kỳ (${a.record}); "${a.path}" cũ hơn nên không được nhận. Không ghi tệp nào.`,
});
