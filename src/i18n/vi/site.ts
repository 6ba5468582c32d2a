/** Messages of `plan site`: the static status page and its index. */

export const site = () => ({
  /** The page's `lang` attribute. */
  htmlLang: 'vi',
  help: {
    command: 'ghi trang HTML tĩnh về tình hình thực hiện (có biểu đồ tiến độ), mở được ngay từ ổ đĩa',
    plan: 'kế hoạch, thư mục của nó, hoặc một thư mục chứa nhiều kế hoạch (mặc định: plans/)',
    output: 'thư mục ghi trang',
    force: 'ghi vào thư mục đã có tệp khác (không phải trang do plan tạo)',
  },
  pageTitle: (plan: string) => `Tình hình thực hiện Kế hoạch ${plan}`,
  indexTitle: 'Tình hình thực hiện các kế hoạch',
  asOf: (date: string) => `Số liệu tính đến ngày ${date}`,
  documentRef: (a: { ref?: string; date?: string }) =>
    a.ref || a.date
      ? `Kế hoạch${a.ref ? ` số ${a.ref}` : ''}${a.date ? ` ngày ${a.date}` : ''}`
      : 'Kế hoạch chưa ban hành (chưa có số, ngày)',
  period: (label: string, start: string, end: string) => `Thời gian: ${label} (từ ${start} đến ${end})`,
  backToIndex: 'Về danh sách kế hoạch',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  footer: (id: string) => `Trang do công cụ plan (kehoach) tạo từ kế hoạch "${id}".`,
  headings: {
    summary: 'Tổng hợp',
    timeline: 'Tiến độ theo thời gian',
    tasks: 'Nhiệm vụ',
    reports: 'Báo cáo của các đơn vị',
    deadlines: 'Các hạn',
  },
  summary: {
    caption: 'Số nhiệm vụ và báo cáo theo tình trạng',
    what: 'Nội dung',
    count: 'Số lượng',
    tasksTotal: 'Nhiệm vụ (tổng số)',
    doneOnTime: 'Hoàn thành đúng hạn',
    doneLate: 'Hoàn thành quá hạn',
    inProgress: 'Đang thực hiện trong hạn',
    notDue: 'Chưa đến hạn / chưa triển khai',
    overdue: 'Quá hạn chưa hoàn thành',
    continuous: 'Thường xuyên',
    continuousUnreported: 'Thường xuyên, chưa báo cáo trong kỳ',
    reportsTotal: 'Báo cáo của đơn vị có hạn',
    received: 'Đã nhận',
    receivedLate: 'Đã nhận nhưng quá hạn',
    reportsPending: 'Chưa đến hạn',
    reportsOverdue: 'Quá hạn chưa báo cáo',
  },
  timeline: {
    title: (plan: string) => `Biểu đồ tiến độ các nhiệm vụ của Kế hoạch ${plan}`,
    desc: (a: { tasks: number; dated: number; continuous: number; date: string }) =>
      `Mỗi dòng là một nhiệm vụ (${a.tasks} dòng): ${a.dated} nhiệm vụ có thời hạn vẽ bằng thanh theo thời gian thực hiện, ` +
      `${a.continuous} nhiệm vụ thường xuyên vẽ bằng dải nhạt; hình thoi là hạn; đường dọc là ngày ${a.date}. ` +
      'Tình trạng của từng nhiệm vụ ghi bằng chữ ở cuối dòng và trong bảng nhiệm vụ bên dưới.',
    month: (m: number, y: number | undefined) => (y === undefined ? `T${m}` : `T${m}/${y}`),
    quarter: (q: number, y: number) => `Q${q}/${y}`,
    year: (y: number) => `Năm ${y}`,
    asOf: (date: string) => `Ngày ${date}`,
    reportsRow: 'Hạn báo cáo của đơn vị',
    reportMark: (n: number, date: string) => `${n} đơn vị phải báo cáo trước ngày ${date}`,
    undated: 'không định ngày',
    legendTitle: 'Chú giải:',
    legendDue: 'hạn',
    legendReportOverdue: 'hạn báo cáo có đơn vị quá hạn',
    legendAsOf: 'ngày tính số liệu',
  },
  table: {
    tasksCaption: 'Danh sách nhiệm vụ và tình trạng thực hiện',
    support: 'Phối hợp',
    due: 'Hạn',
    date: 'Ngày',
    item: 'Nội dung',
    who: 'Đơn vị',
    state: 'Tình trạng',
    reportsCaption: (duty: string) => duty,
    deadlinesCaption: 'Các hạn của kế hoạch theo thứ tự thời gian',
    passed: 'Đã qua',
    upcoming: 'Sắp tới',
    today: 'Hôm nay',
    noDeadlines: 'Kế hoạch không có hạn nào.',
  },
  index: {
    heading: 'Tình hình thực hiện các kế hoạch',
    caption: 'Mỗi dòng là một kế hoạch; bấm vào tên để xem chi tiết',
    plan: 'Kế hoạch',
    issuer: 'Cơ quan ban hành',
    period: 'Thời gian',
    tasks: 'Nhiệm vụ',
    doneOnTime: 'Hoàn thành đúng hạn',
    doneLate: 'Hoàn thành quá hạn',
    inTime: 'Chưa xong, trong hạn',
    overdue: 'Chưa xong, quá hạn',
    continuous: 'Thường xuyên',
    reports: 'Báo cáo có hạn của đơn vị',
    received: 'Đã nhận / phải nộp',
    reportsOverdue: 'Quá hạn chưa nhận',
    lastRecord: 'Ghi nhận gần nhất',
    total: (n: number) => `Tổng cộng (${n} kế hoạch)`,
    legend:
      'Nhiệm vụ thường xuyên không có hạn nên không tính đúng hạn hay quá hạn. Chỉ tính báo cáo có hạn nộp. Kế hoạch có lỗi không được tính vào tổng cộng. Cùng số liệu với plan rollup.',
    invalid: (n: number) => `Có ${n} lỗi, chưa tính — chạy plan validate`,
    none: 'Không có kế hoạch nào.',
    plans: (n: number) => `${n} kế hoạch`,
  },
  written: (a: { pages: number; dir: string }) => `Đã ghi ${a.pages} trang vào ${a.dir}/`,
  skipped: (a: { plan: string; errors: number }) =>
    `Bỏ qua ${a.plan}: có ${a.errors} lỗi (chạy plan validate ${a.plan} để xem).`,
});

export const siteErrors = () => ({
  siteFolderNotEmpty: (a: { path: string }) =>
    `Thư mục "${a.path}" đã có tệp và không phải trang do plan tạo. Chọn thư mục khác, hoặc thêm --force để ghi vào đó (chỉ ghi đè các tệp cùng tên).`,
  siteNotAFolder: (a: { path: string }) => `"${a.path}" là một tệp, không phải thư mục.`,
});
