/** Messages of `plan status`, `plan units`, `plan deadlines` and `plan record`. */

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export const status = () => ({
  /** Task status words, as officers count them; `statusLabel` in JSON. */
  taskLabel: {
    'done-on-time': 'hoàn thành đúng hạn',
    'done-late': 'hoàn thành quá hạn',
    'in-progress': 'đang thực hiện trong hạn',
    overdue: 'quá hạn chưa hoàn thành',
    'not-due': 'chưa đến hạn / chưa triển khai',
    continuous: 'thường xuyên',
  },
  obligationLabel: {
    received: 'đã báo cáo đúng hạn',
    'received-late': 'đã báo cáo quá hạn',
    pending: 'chưa đến hạn',
    overdue: 'quá hạn chưa báo cáo',
  },
  /** Short words for table cells. */
  cell: {
    doneOnTime: 'Hoàn thành đúng hạn',
    doneLate: (days: number) => `Hoàn thành quá hạn ${days} ngày`,
    inProgress: 'Đang thực hiện',
    overdue: (days: number) => `Quá hạn ${days} ngày`,
    notDue: 'Chưa đến hạn',
    continuous: 'Thường xuyên',
    continuousUnreported: 'Thường xuyên *',
    none: '—',
    received: 'Đã báo cáo',
    receivedLate: (days: number) => `Báo cáo muộn ${days} ngày`,
    dueToday: 'Hạn là hôm nay',
    dueIn: (days: number) => `Còn ${days} ngày`,
    undated: 'Không định hạn',
  },
  head: {
    number: 'TT',
    task: 'Nhiệm vụ',
    lead: 'Chủ trì',
    time: 'Thời gian',
    status: 'Tình trạng',
    lastReport: 'Báo cáo gần nhất',
    unit: 'Đơn vị',
    subject: 'Nội dung báo cáo',
    due: 'Hạn',
    received: 'Đã nhận',
  },
  title: (plan: string) => `Kế hoạch ${plan}`,
  asOf: (date: string) => `Tình hình đến ngày ${date}`,
  forUnit: (name: string) => `Đơn vị: ${name}`,
  taskSummary: (a: {
    total: number;
    done: number;
    doneOnTime: number;
    doneLate: number;
    notDone: number;
    inTime: number;
    overdue: number;
    continuous: number;
  }) =>
    `${a.total} nhiệm vụ: đã hoàn thành ${a.done} (đúng hạn ${a.doneOnTime}, quá hạn ${a.doneLate}); ` +
    `chưa hoàn thành ${a.notDone} (trong hạn ${a.inTime}, quá hạn ${a.overdue})` +
    (a.continuous ? `; thường xuyên ${a.continuous}` : ''),
  obligationSummary: (a: { total: number; received: number; receivedLate: number; overdue: number }) =>
    `Báo cáo của đơn vị: đã nhận ${a.received}/${a.total}` +
    (a.receivedLate ? ` (quá hạn ${a.receivedLate})` : '') +
    (a.overdue ? `; ${a.overdue} đơn vị quá hạn chưa báo cáo` : ''),
  legend: {
    'done-on-time': 'hoàn thành đúng hạn',
    'done-late': 'hoàn thành quá hạn',
    'in-progress': 'đang thực hiện',
    overdue: 'quá hạn',
    'not-due': 'chưa đến hạn',
    continuous: 'thường xuyên',
  },
  duty: (a: { subject?: string; to?: string; via?: string; due?: string }) =>
    `Báo cáo${a.subject ? ` ${a.subject}` : ''}` +
    (a.to ? ` gửi ${a.to}` : '') +
    (a.via ? ` (qua ${a.via})` : '') +
    (a.due ? ` — hạn ${a.due}` : ' — không định hạn'),
  tasksHeading: 'NHIỆM VỤ',
  obligationsHeading: 'BÁO CÁO CỦA CÁC ĐƠN VỊ',
  noTasks: 'Không có nhiệm vụ nào.',
  noObligations: 'Không có báo cáo nào phải gửi.',
  unreportedNote: (period: string) => `* Thường xuyên, chưa có báo cáo nào trong ${period}.`,
  periodRange: (start: string, end: string) => `kỳ từ ${start} đến ${end}`,
  half: (h: 1 | 2, year: number) => `6 tháng ${h === 1 ? 'đầu' : 'cuối'} năm ${year}`,

  units: {
    heading: (plan: string) => `PHIẾU GIAO VIỆC — Kế hoạch ${plan}`,
    leads: (n: number) => `Chủ trì (${n} nhiệm vụ):`,
    supports: (n: number) => `Phối hợp (${n} nhiệm vụ):`,
    duties: 'Nhiệm vụ tại phần Tổ chức thực hiện:',
    reports: 'Báo cáo phải gửi:',
    nothing: 'Đơn vị này không được giao nhiệm vụ hay báo cáo nào trong kế hoạch.',
    time: (label: string) => `Thời gian: ${label}`,
    leadBy: (names: string) => `Chủ trì: ${names}`,
    coLead: (names: string) => `Cùng chủ trì: ${names}`,
    supportBy: (names: string) => `Phối hợp: ${names}`,
    via: (group: string) => `(là thành viên của ${group})`,
    report: (a: { subject?: string; to?: string; via?: string; due?: string }) =>
      `Báo cáo${a.subject ? ` ${a.subject}` : ''}` +
      (a.to ? ` gửi ${a.to}` : '') +
      (a.via ? ` (qua ${a.via})` : '') +
      (a.due ? `, trước ngày ${a.due}` : ', không định hạn'),
    noUnits: 'Kế hoạch không giao việc cho đơn vị nào.',
  },

  deadlines: {
    heading: (plan: string) => `CÁC HẠN — Kế hoạch ${plan}`,
    range: (from?: string, to?: string) =>
      from && to ? `Từ ${from} đến ${to}` : from ? `Từ ${from}` : to ? `Đến ${to}` : '',
    weekday: (day: number) => WEEKDAYS[day] ?? '',
    task: (number: string, title: string) => `Nhiệm vụ ${number}. ${title}`,
    report: (subject?: string) => `Hạn báo cáo${subject ? ` ${subject}` : ''}`,
    reportTo: (to?: string, via?: string) =>
      [to ? `gửi ${to}` : '', via ? `qua ${via}` : ''].filter(Boolean).join(', '),
    units: (n: number, names: string) => `${n} đơn vị: ${names}`,
    lead: (names: string) => `Chủ trì: ${names}`,
    none: 'Không có hạn nào trong khoảng này.',
    reversed: (from: string, to: string) => `--from ${from} đứng sau --to ${to}; đổi lại thứ tự hai ngày.`,
    undated: (a: { tasks: number; reports: number }) =>
      `Không có ngày hạn: ${[
        a.tasks ? `${a.tasks} nhiệm vụ (thường xuyên hoặc không định ngày)` : '',
        a.reports ? `${a.reports} báo cáo không định hạn` : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    icsWritten: (a: { path: string; events: number }) => `Đã ghi ${a.events} sự kiện vào ${a.path}.`,
    icsCalendar: (plan: string) => `Kế hoạch ${plan}`,
    icsTask: (number: string, title: string) => `Hạn nhiệm vụ ${number}: ${title}`,
    icsReport: (unit: string, subject?: string) => `Hạn báo cáo: ${unit}${subject ? ` — ${subject}` : ''}`,
    icsLead: (names: string) => `Chủ trì: ${names}`,
    icsSupport: (names: string) => `Phối hợp: ${names}`,
    icsTime: (label: string) => `Thời gian thực hiện: ${label}`,
    icsReportTo: (to: string) => `Gửi: ${to}`,
    icsVia: (via: string) => `Qua: ${via}`,
  },

  record: {
    unitOption: 'đơn vị gửi báo cáo hoặc báo tin (mã hoặc tên đơn vị)',
    wrote: (a: { path: string; what: string }) => `Đã ghi ${a.path} (${a.what}).`,
    appended: (a: { path: string; what: string }) => `Đã thêm vào ${a.path} (${a.what}).`,
    nameTaken: (a: { taken: string; path: string }) =>
      `Lưu ý: ${a.taken} đã có (có thể do một lệnh ghi cùng lúc), nên bản ghi này nằm trong ${a.path}.`,
    dryRun: (path: string) => `# Chạy thử, chưa ghi gì. Nội dung sẽ ghi vào ${path}:`,
    note: (a: { number: string; status: string }) => `ghi chú tiến độ nhiệm vụ ${a.number}: ${a.status}`,
    report: (a: { unit: string; date: string }) => `báo cáo của ${a.unit} nhận ngày ${a.date}`,
    result: (a: { number: string; unit: string }) =>
      `kết quả nhiệm vụ ${a.number} trong báo cáo của ${a.unit}`,
    statusWord: {
      'chua-thuc-hien': 'chưa thực hiện',
      'dang-thuc-hien': 'đang thực hiện',
      'hoan-thanh': 'hoàn thành',
      'tam-dung': 'tạm dừng',
    },
    notLead: (a: { unit: string; number: string; leads: string }) =>
      `Lưu ý: ${a.unit} không chủ trì nhiệm vụ ${a.number}; nhiệm vụ chỉ tính là hoàn thành khi đơn vị chủ trì (${a.leads}) báo hoàn thành.`,
    invalid: 'Bản ghi tạo từ các tùy chọn trên không hợp lệ, chưa ghi gì:',
  },
});

export const statusErrors = () => ({
  recordNeedsKind: (_: Record<string, never>) =>
    'Cần cho biết ghi gì: một ghi chú tiến độ (--task, --status, --date) hoặc báo cáo của đơn vị (--unit, --received).\nVí dụ: plan record --task 3 --status hoan-thanh --date 2025-11-10 --note "…"\n      plan record --unit cong-an-xa --received 2025-11-10',
  recordNeeds: (a: { flag: string; because: string }) => `Thiếu ${a.flag} (cần khi có ${a.because}).`,
  recordOnlyReport: (a: { flag: string }) =>
    `${a.flag} chỉ dùng khi ghi báo cáo của đơn vị (cùng --received).`,
  recordEmpty: (a: { flag: string }) => `${a.flag} không được để trống.`,
  recordNothingNew: (a: { path: string }) =>
    `Báo cáo này đã được ghi trong ${a.path}. Muốn thêm kết quả một nhiệm vụ, thêm --task và --note (hoặc --status).`,
  recordConflict: (a: { path: string; field: string; old: string; value: string }) =>
    `${a.path} đã ghi ${a.field}: "${a.old}", khác với "${a.value}". Sửa trực tiếp tệp nếu cần thay đổi.`,
  recordFileUnreadable: (a: { path: string }) =>
    `Không sửa được ${a.path} bằng lệnh (tệp có cấu trúc lạ). Hãy thêm kết quả trực tiếp vào tệp.`,
});
