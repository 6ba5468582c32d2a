/** Messages of `plan import` and `plan init`. */
import type { RemarkArgs, RemarkCode } from '../../import/draft/review.js';
import { vnDate } from '../../model/dates.js';

const q = (s: string) => `"${s.length > 80 ? `${s.slice(0, 77)}…` : s}"`;
const vnd = vnDate;

export const importErrors = () => ({
  importEmpty: (_: Record<string, never>) => 'Tệp không có nội dung nào để đưa vào kế hoạch.',
  importNoTasks: (_: Record<string, never>) =>
    'Không tìm thấy nhiệm vụ nào: văn bản cần có các mục La Mã (I., II., …) với các nhiệm vụ đánh số (1., 2., …), hoặc bảng "Danh mục nhiệm vụ". Không ghi tệp nào.',
  importNotDocx: (a: { path: string }) =>
    `"${a.path}" không phải tệp Word .docx đọc được (có thể là ảnh hoặc tệp khác đổi đuôi). Mở bằng Word hoặc LibreOffice rồi lưu lại dạng .docx.`,
  importLegacyDoc: (a: { path: string }) =>
    `"${a.path}" là tệp Word cũ (.doc). Mở bằng Word hoặc LibreOffice, chọn Lưu thành… .docx rồi chạy lại.`,
  importPdf: (a: { path: string }) =>
    `"${a.path}" là tệp PDF; chưa đọc được PDF. Hãy dùng bản .docx của văn bản, hoặc chép nội dung ra tệp .txt.`,
  importNotText: (a: { path: string }) =>
    `"${a.path}" không phải văn bản (.txt, .md) hay tệp Word (.docx) đọc được. Nếu là văn bản, hãy lưu lại với mã hóa UTF-8.`,
  importTooLarge: (a: { path: string; limit: string }) => `"${a.path}" quá lớn (giới hạn ${a.limit}).`,
  importInvalid: (a: { detail: string }) =>
    `Không tạo được kế hoạch hợp lệ từ văn bản này (lỗi của plan, xin báo lại); không ghi tệp nào:\n${a.detail}`,
  badPlanId: (a: { id: string }) =>
    `--id: "${a.id}" không hợp lệ. Mã kế hoạch gồm chữ thường không dấu, số và gạch ngang, ví dụ "minh-long-2026-h1".`,
  initNotFolder: (a: { path: string }) =>
    `-o: "${a.path}" là một tệp; plan init cần một thư mục để tạo plan.yaml trong đó.`,
  initExists: (a: { path: string }) =>
    `"${a.path}" đã có kế hoạch; plan init không ghi đè. Chọn thư mục khác bằng -o hoặc mã khác bằng --id.`,
});

export const importText = () => ({
  review: 'XEM LẠI',
  at: (unit: 'line' | 'paragraph', n: number) => (unit === 'line' ? `dòng ${n}` : `đoạn ${n}`),
  remark: {
    skipped: (a) => `bỏ qua dòng ${a.from}–${a.to}: phần đầu tệp không thuộc văn bản`,
    unplaced: (a) => `chưa xếp được vào đâu, giữ nguyên ở đây: ${q(a.text)}`,
    lost: (a) => `dòng không chuyển được thành cấu trúc, giữ nguyên văn ở đây: ${q(a.text)}`,
    headerSkipped: (a) =>
      `dòng ở phần đầu văn bản không dùng đến (không phải cơ quan, số, ngày): ${q(a.text)}`,
    noSections: () =>
      'văn bản không có mục La Mã (I., II., …); các mục đánh số được coi là nhiệm vụ, dưới tiêu đề tạm "NỘI DUNG"',
    unitSentence: (a) =>
      `dòng "${a.label}" viết thành câu; câu được giữ nguyên, các đơn vị nhận ra để theo dõi: ${a.units} — kiểm tra lại`,
    noUnits: (a) => `dòng "${a.label}" không nhận ra đơn vị nào (${q(a.text)}); giữ nguyên ở bullets`,
    timeUnknown: (a) => `không nhận ra thời gian ${q(a.text)}; ghi là "không có ngày cụ thể" (unscheduled)`,
    noLead: (a) => `nhiệm vụ ${a.number}: văn bản không ghi cơ quan chủ trì`,
    noTime: (a) => `nhiệm vụ ${a.number}: văn bản không ghi thời gian thực hiện`,
    sectionNoLead: (a) =>
      `cả ${a.count} nhiệm vụ của mục này đều không ghi cơ quan chủ trì${a.where ? `; phân công có ở mục ${a.where} (Tổ chức thực hiện) — gán lead/support cho từng nhiệm vụ` : ''}`,
    sectionNoTime: (a) => `cả ${a.count} nhiệm vụ của mục này đều không ghi thời gian thực hiện`,
    issuerGuessed: (a) => `văn bản không có phần đầu; cơ quan ban hành suy ra từ nội dung: ${a.name}`,
    issuerMissing: () => 'không tìm thấy cơ quan ban hành; đã ghi tạm "Cơ quan ban hành"',
    titleMissing: () => 'không tìm thấy trích yếu sau tên loại văn bản',
    signatureMissing: () => 'văn bản không có khối chữ ký; đã điền mẫu thường gặp, sửa cho đúng người ký',
    recipientsMissing: () => 'văn bản không có "Nơi nhận"',
    archiveMissing: () => '"Nơi nhận" không có dòng "Lưu:"; đã ghi "VT"',
    tableStray: (a) => `dòng lạc trong bảng nhiệm vụ (bảng nguồn có thể không đầy đủ): ${q(a.text)}`,
    tableStopped: (a) =>
      `bảng nhiệm vụ không đọc tiếp được từ hàng ${a.row} (${q(a.text)}); các dòng sau được giữ nguyên văn — kiểm tra lại`,
    tableGap: (a) =>
      `số thứ tự ${a.numbers} không nối tiếp nhóm ${a.group || 'trên'}: bảng nguồn có thể thiếu nhóm; kiểm tra các nhiệm vụ này thuộc nhóm nào`,
    reportAsPart: () =>
      'đoạn chế độ báo cáo không đánh số trong văn bản; đã tách thành một khoản để theo dõi hạn báo cáo',
    basisSplit: () => 'câu căn cứ được tách thành căn cứ và đoạn mở đầu; kiểm tra lại câu chữ',
    afterSubtasks: (a) =>
      `đoạn sau các nhiệm vụ con được chuyển lên phần nội dung của nhiệm vụ: ${q(a.text)}`,
    separatorAnd: (a) => `đơn vị nối bằng "và": ${q(a.text)}`,
    periodFromTitle: (a) => `kỳ kế hoạch lấy từ trích yếu: "${a.label}"`,
    periodFromDates: (a) =>
      `văn bản không ghi kỳ kế hoạch; suy ra từ ngày ban hành và thời gian các nhiệm vụ: ${vnd(a.start)}–${vnd(a.end)}`,
    periodFallback: (a) => `văn bản không có ngày nào; kỳ kế hoạch tạm lấy năm ${a.year}`,
    periodWidened: (a) =>
      `kỳ kế hoạch được nới thành ${vnd(a.start)}–${vnd(a.end)} để chứa mọi thời hạn trong văn bản`,
    subjectGuessed: () => 'lĩnh vực suy ra từ trích yếu (dùng cho tên báo cáo)',
    numberBlank: () => 'chưa cấp số: văn thư điền khi ban hành',
    dateBlank: () => 'chưa ký',
  } satisfies { [C in RemarkCode]: (a: RemarkArgs[C]) => string },
  /** Comment at the top of an imported plan. */
  header: (a: { source: string; title: string }) =>
    `Kế hoạch đưa vào từ "${a.source}" bằng plan import.\n${a.title}\nKiểm tra tệp: npx plan validate. Các chỗ đánh dấu "XEM LẠI" cần người đọc lại.`,
  unitsComment: 'Danh mục đơn vị: mọi cơ quan, đơn vị văn bản nhắc tới. Các phần khác chỉ dùng mã (id).',
  summary: (a: { file: string; tasks: number; subtasks: number; units: number; period: string }) =>
    `Đã đọc ${a.file}: ${a.tasks} nhiệm vụ${a.subtasks ? ` (trong đó ${a.subtasks} nhiệm vụ con)` : ''}, ${a.units} đơn vị, kỳ kế hoạch ${a.period}.`,
  reviewHeading: (n: number) =>
    n === 0 ? 'Không có chỗ nào cần xem lại.' : `Cần xem lại ${n} chỗ (đánh dấu "# XEM LẠI" trong tệp):`,
  notesHeading: 'Ghi chú:',
  lostSummary: (a: { count: number; lines: string }) => `${a.count} dòng chưa xếp được: dòng ${a.lines}`,
  written: (path: string) => `Đã ghi ${path}.`,
  // plan init
  skeletonComment: (a: { id: string }) =>
    `Kế hoạch mới "${a.id}" tạo bằng plan init. Điền các chỗ có dấu <…>, thêm nhiệm vụ, rồi kiểm tra: npx plan validate`,
  skeletonNotes: {
    issuer:
      'Cơ quan ban hành: mã (id) của một đơn vị trong danh mục "units" ở cuối tệp; lines là tên in ở đầu văn bản.',
    period: 'Kỳ kế hoạch (tính cả hai ngày). Mọi thời hạn trong kế hoạch phải nằm trong kỳ này.',
    sections:
      'Các mục La Mã I., II., … theo thứ tự văn bản; kind: purposes, objectives, tasks, funding, implementation, reporting.',
    task: 'Mỗi nhiệm vụ: id ổn định, nội dung, đơn vị chủ trì (lead), phối hợp (support) và thời gian (timeframe).',
    timeframe:
      'timeframe: {kind: continuous} thường xuyên; {kind: period, period: 2026-Q1}; {kind: deadline, due: 2026-03-15}; {kind: range, start: …, end: …}; {kind: yearly, month: 12}; {kind: unscheduled, label: "Theo kế hoạch riêng"}',
    report:
      'Nghĩa vụ báo cáo: ai báo cáo (from), cho ai (to), qua ai (via); thêm due: NĂM-THÁNG-NGÀY cho hạn báo cáo.',
    units: 'Danh mục đơn vị: mọi cơ quan, đơn vị, nhóm đơn vị được nhắc tới; các phần khác chỉ dùng mã.',
  },
  fromComment: (a: { from: string; period: string }) =>
    `Kế hoạch mới tạo bằng plan init từ "${a.from}" cho kỳ ${a.period}: giữ cơ quan ban hành, đơn vị, nơi nhận, chữ ký và nhiệm vụ; số, ngày văn bản và các thời hạn đã xóa.`,
  clearedTime: (a: { was: string }) => `XEM LẠI: thời gian cũ "${a.was}" — đặt lại cho kỳ mới`,
  clearedDue: (a: { was: string }) => `XEM LẠI: hạn báo cáo cũ ${a.was} — đặt lại cho kỳ mới`,
  titleReview: 'XEM LẠI: trích yếu và đoạn mở đầu của kế hoạch cũ; sửa cho kỳ mới',
  basisReview: 'XEM LẠI: căn cứ của kế hoạch cũ — còn đúng cho kỳ mới không?',
  created: (a: { path: string; tasks: number; units: number; reviews: number }) =>
    `Đã tạo ${a.path} (${a.tasks} nhiệm vụ, ${a.units} đơn vị${a.reviews ? `, ${a.reviews} chỗ cần xem lại` : ''}).\nKiểm tra: npx plan validate ${a.path}`,
  help: {
    output: 'tệp kế hoạch cần ghi (mặc định: in ra màn hình)',
    id: 'mã kế hoạch (mặc định: theo địa danh và kỳ, hoặc tên thư mục của -o)',
    initOutput: 'thư mục của kế hoạch mới (mặc định: plans/<mã>)',
    initPeriod:
      'kỳ của kế hoạch mới: 2026, 2026-H1, 2026-Q1, … (mặc định: năm nay, hoặc kỳ kế tiếp của --from)',
  },
});
