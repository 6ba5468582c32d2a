/** Messages shared by every command: errors, validate output, help text. */
export const errors = {
  notFound: (a: { path: string }) => `Không tìm thấy tệp hoặc thư mục "${a.path}".`,
  permission: (a: { path: string }) => `Không có quyền đọc hoặc ghi "${a.path}".`,
  isDirectory: (a: { path: string }) => `"${a.path}" là thư mục, cần một tệp.`,
  io: (a: { path: string; detail: string }) => `Không đọc/ghi được "${a.path}": ${a.detail}`,
  noPlans: (a: { dir: string }) =>
    `Không tìm thấy kế hoạch nào (plans/<mã>/plan.yaml) trong "${a.dir}".\nTạo kế hoạch mới bằng: plan init, hoặc chỉ rõ tệp: plan validate đường/dẫn/plan.yaml`,
  manyPlans: (a: { plans: string[]; command: string }) =>
    `Có ${a.plans.length} kế hoạch; hãy chọn một:\n${a.plans.map((p) => `  plan ${a.command} ${p}`).join('\n')}`,
  notAPlan: (a: { path: string }) =>
    `"${a.path}" không phải tệp kế hoạch, cũng không phải thư mục chứa plan.yaml.`,
  badPeriod: (a: { value: string; forms: string[] }) =>
    `Kỳ "${a.value}" không hợp lệ. Các dạng được chấp nhận: ${a.forms.join(', ')}.`,
  badDate: (a: { value: string; flag: string }) =>
    `${a.flag}: "${a.value}" không phải ngày hợp lệ. Ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2025-11-20.`,
  badChoice: (a: { flag: string; value: string; choices: string[] }) =>
    `${a.flag}: "${a.value}" không hợp lệ. Chọn một trong: ${a.choices.join(', ')}.`,
  outputExists: (a: { path: string }) => `Tệp "${a.path}" đã có. Thêm --force để ghi đè.`,
  planInvalid: (a: { count: number }) =>
    `Kế hoạch có ${a.count} lỗi; sửa các lỗi trên rồi chạy lại (kiểm tra bằng: plan validate).`,
  unknownUnit: (a: { id: string; suggestion?: string }) =>
    `Không có đơn vị "${a.id}" trong kế hoạch.${a.suggestion ? ` Có phải ý bạn là "${a.suggestion}"?` : ''}`,
  unknownTask: (a: { id: string; suggestion?: string }) =>
    `Không có nhiệm vụ "${a.id}" trong kế hoạch.${a.suggestion ? ` Có phải ý bạn là "${a.suggestion}"?` : ''}`,
  outputNotRegular: (a: { path: string }) =>
    `"${a.path}" không phải tệp thường (là thiết bị, FIFO hay socket); không ghi vào đó, kể cả với --force. Chọn tên tệp khác, hoặc -o - để in ra màn hình.`,
  notAFolder: (a: { path: string }) =>
    `"${a.path}" là một tệp, không phải thư mục; không tạo được thư mục bên trong.`,
  fileInUse: (a: { path: string }) =>
    `Không ghi được "${a.path}": tệp đang mở trong chương trình khác (Word?). Đóng tệp trong Word rồi chạy lại.`,
  fileLocked: (a: { path: string; lock: string }) =>
    `"${a.path}" đang được một lệnh plan khác ghi. Chờ lệnh đó xong rồi chạy lại (nếu không còn lệnh nào chạy, xóa tệp khóa ${a.lock}).`,
  stdoutFailed: (a: { detail: string }) => `Không ghi được kết quả ra đầu ra chuẩn (stdout): ${a.detail}`,
  tooLarge: (a: { path: string; limit: string }) =>
    `"${a.path}" lớn hơn ${a.limit}; không đọc tệp lớn như vậy (có thể là thiết bị hay luồng vô tận).`,
  zipRefused: (a: { path: string; problem: ZipProblem; what: 'template' | 'import' }) =>
    `${a.what === 'template' ? 'Mẫu' : 'Tệp Word'} "${a.path}" bị từ chối: ${zipText(a.problem)}.`,
  templateBadXml: (a: { path: string; part: string; line: number; detail: string; produced?: boolean }) =>
    a.produced
      ? `Văn bản tạo từ mẫu "${a.path}" có XML hỏng (${a.part}, dòng ${a.line}: ${a.detail}); không ghi. Kiểm tra các thẻ {…} trong mẫu.`
      : `Mẫu "${a.path}" có XML hỏng (${a.part}, dòng ${a.line}: ${a.detail}). Mở và lưu lại mẫu bằng Word, rồi chạy lại.`,
  templateTooManyTags: (a: { path: string; count: number; limit: number }) =>
    `Mẫu "${a.path}" có ${a.count} thẻ {{…}}, quá giới hạn ${a.limit}; đây không phải mẫu văn bản.`,
  progressFileAlone: (a: { path: string; plan?: string }) =>
    `"${a.path}" là tệp tiến độ, không phải kế hoạch. Tệp tiến độ được kiểm tra cùng kế hoạch của nó: đặt tệp vào thư mục progress/ cạnh plan.yaml rồi chạy: plan validate ${a.plan ?? 'đường/dẫn/plan.yaml'}`,
  dateOutOfRange: (a: { value: string; flag: string }) =>
    `${a.flag}: "${a.value}" nằm ngoài khoảng ngày nhận được (năm 1900–2999).`,
  usage: (a: { detail: string }) => a.detail,
  bug: (a: { detail: string }) =>
    `Lỗi nội bộ của plan (không phải lỗi của bạn): ${a.detail}\nXin báo lỗi kèm lệnh vừa chạy và nội dung dưới đây.`,
};

export const common = {
  severity: { error: 'lỗi', warning: 'cảnh báo' },
  labels: { path: 'tại', expected: 'cần', found: 'gặp', fix: 'cách sửa' },
  errorPrefix: 'lỗi',
  taskCount: (n: number) => `${n} nhiệm vụ`,
  unitCount: (n: number) => `${n} đơn vị`,
};

export const validate = {
  fileOk: (a: { file: string; tasks: number; units: number; progress: number }) =>
    `✓ ${a.file}: hợp lệ (${a.tasks} nhiệm vụ, ${a.units} đơn vị${a.progress ? `, ${a.progress} tệp tiến độ` : ''})`,
  summaryOk: (a: { files: number; warnings: number }) =>
    `Tất cả ${a.files} tệp hợp lệ${a.warnings ? `, ${a.warnings} cảnh báo` : ''}.`,
  summaryBad: (a: { errors: number; warnings: number; files: number }) =>
    `Có ${a.errors} lỗi${a.warnings ? ` và ${a.warnings} cảnh báo` : ''} trong ${a.files} tệp.`,
};

/** Help text, including commander's own headings. */
export const help = {
  description:
    'plan — kế hoạch hành chính dưới dạng YAML: kiểm tra, theo dõi tiến độ, xuất văn bản theo Nghị định 30/2020/NĐ-CP.',
  titles: {
    'Usage:': 'Cách dùng:',
    'Arguments:': 'Tham số:',
    'Options:': 'Tùy chọn:',
    'Commands:': 'Lệnh:',
    'Global Options:': 'Tùy chọn chung:',
  } as Record<string, string>,
  usageOptions: '[tùy chọn]',
  /** Names shown for option values and arguments: `--as-of <ngày>`, `[kế-hoạch]`. */
  placeholders: {
    date: 'ngày',
    dir: 'thư-mục',
    file: 'tệp',
    format: 'định-dạng',
    id: 'mã',
    period: 'kỳ',
    plan: 'kế-hoạch',
    source: 'tệp-nguồn',
    status: 'tình-trạng',
    task: 'nhiệm-vụ',
    text: 'nội-dung',
    what: 'loại',
    paths: 'đường-dẫn',
    lang: 'ngôn-ngữ',
    command: 'lệnh',
  } as Record<string, string>,
  usageCommand: '[lệnh]',
  helpOption: 'hiện trợ giúp',
  helpCommand: 'hiện trợ giúp của một lệnh',
  versionOption: 'hiện phiên bản',
  langOption: 'ngôn ngữ hiển thị: vi (mặc định) hoặc en',
  noColorOption: 'không tô màu',
  default: (v: string) => `(mặc định: ${v})`,
  commands: {
    validate: 'kiểm tra tệp kế hoạch và tiến độ (mặc định: mọi kế hoạch trong plans/)',
    status: 'tình hình thực hiện: việc đến hạn, quá hạn, đơn vị chưa báo cáo',
    units: 'phiếu giao việc của từng đơn vị',
    deadlines: 'các hạn theo thứ tự thời gian; --ics để đưa vào lịch điện thoại',
    record: 'ghi nhận tiến độ hoặc báo cáo của một đơn vị (tạo tệp trong progress/)',
    render: 'xuất chính kế hoạch thành văn bản .docx hoặc markdown',
    report: 'xuất báo cáo kết quả của một kỳ (.docx, markdown hoặc JSON)',
    import: 'đưa kế hoạch từ Word (.docx), .txt hoặc .md vào YAML',
    init: 'tạo kế hoạch mới (khung trống, hoặc --from một kế hoạch cũ)',
  },
  args: {
    paths: 'tệp hoặc thư mục kế hoạch',
    plan: 'tệp kế hoạch hoặc thư mục của nó (bỏ trống khi chỉ có một kế hoạch trong plans/)',
    source: 'văn bản cần đưa vào (.docx, .txt, .md)',
  },
  options: {
    format: 'định dạng kết quả',
    asOf: 'tính đến ngày (NĂM-THÁNG-NGÀY), mặc định hôm nay',
    unit: 'chỉ một đơn vị (mã đơn vị)',
    json: 'in kết quả dạng JSON',
    failOn: 'thoát với mã 1 khi có việc quá hạn (dùng trong CI)',
    from: 'từ ngày (NĂM-THÁNG-NGÀY)',
    to: 'đến ngày (NĂM-THÁNG-NGÀY)',
    ics: 'ghi lịch iCalendar (.ics) vào tệp',
    output: 'tệp kết quả',
    template: 'mẫu riêng (.hbs hoặc .docx)',
    saveTemplate: 'ghi mẫu .docx mặc định ra tệp để sửa kiểu trong Word, rồi dùng lại bằng --template',
    force: 'ghi đè tệp đã có',
    period: 'kỳ báo cáo: 2025, 2025-H2, 2025-Q4, 2025-10, 2025-07-01..2025-09-30',
    date: 'ngày của văn bản (NĂM-THÁNG-NGÀY), mặc định hôm nay',
    strict: 'thoát với mã 1 khi báo cáo còn thiếu thông tin',
    task: 'mã hoặc số thứ tự nhiệm vụ',
    status: 'tình trạng: chua-thuc-hien, dang-thuc-hien, hoan-thanh, tam-dung',
    note: 'nội dung ghi chú / kết quả',
    received: 'ngày nhận báo cáo của đơn vị (NĂM-THÁNG-NGÀY)',
    reference: 'số, ký hiệu văn bản báo cáo, ví dụ "Báo cáo số 12/BC-CA ngày 10/11/2025"',
    covers: 'kỳ mà báo cáo đề cập',
    dryRun: 'chỉ in nội dung sẽ ghi, không ghi tệp',
    initFrom: 'kế hoạch cũ để lấy cơ quan, đơn vị, nơi nhận và nhiệm vụ',
    id: 'mã kế hoạch mới',
  },
  commander: {
    unknownOption: (o: string) => `tùy chọn không có: ${o}`,
    unknownCommand: (c: string) => `lệnh không có: ${c}`,
    missingArgument: (a: string) => `thiếu tham số bắt buộc: ${a}`,
    optionMissingArgument: (o: string) => `tùy chọn ${o} cần một giá trị`,
    excessArguments: (n: string) => `thừa tham số (lệnh chỉ nhận ${n})`,
    invalidArgument: (d: string) => `giá trị không hợp lệ: ${d}`,
    missingMandatory: (o: string) => `thiếu tùy chọn bắt buộc: ${o}`,
    didYouMean: (s: string) => `Có phải ý bạn là ${s}?`,
    seeHelp: (cmd: string) => `Xem: plan ${cmd}--help`,
  },
};

/** What is wrong with a zip (a .docx template or a Word file to import), found before unpacking it. */
export type ZipProblem =
  | { kind: 'entries'; count: number; limit: number }
  | { kind: 'size'; size: string; limit: string }
  | { kind: 'ratio'; entry: string }
  | { kind: 'mismatch'; entry: string }
  | { kind: 'paragraphs'; count: number; limit: number }
  | { kind: 'corrupt' };

function zipText(p: ZipProblem): string {
  switch (p.kind) {
    case 'entries':
      return `có ${p.count} tệp bên trong, quá giới hạn ${p.limit}`;
    case 'size':
      return `giải nén ra ${p.size}, quá giới hạn ${p.limit} (có thể là "bom zip")`;
    case 'ratio':
      return `phần "${p.entry}" nén quá mức bình thường (có thể là "bom zip")`;
    case 'mismatch':
      return `phần "${p.entry}" giải nén ra nhiều hơn kích thước ghi trong tệp (tệp hỏng hoặc bị làm giả)`;
    case 'paragraphs':
      return `có ${p.count} đoạn văn, quá giới hạn ${p.limit} của một kế hoạch`;
    case 'corrupt':
      return 'không đọc được mục lục của tệp nén (tệp hỏng)';
  }
}
