/**
 * `plan report`: the wording of the result report (Báo cáo) itself, the checklist of what is still
 * missing, and the command's errors. The report is an ND30 document and stays Vietnamese whatever the
 * interface language, so the English catalogue carries `reportDoc` unchanged.
 */

/** The officer's assessment sections, in the order of the report (II.1–3, III, IV). */
export type AssessmentKey = 'strengths' | 'weaknesses' | 'causes' | 'directions' | 'proposals' | 'funding';

export const reportDoc = {
  /** Trích yếu: "Kết quả thực hiện công tác trẻ em 6 tháng cuối năm 2025". */
  subject: (what: string, period: string) => `Kết quả thực hiện ${what} ${period}`,
  /** What is reported when the plan names no subject: "Kế hoạch triển khai thực hiện …". */
  planAsSubject: (type: string, title: string) => `${type} ${title}`,
  /**
   * "Thực hiện Kế hoạch số 65/KH-UBND ngày 31/3/2025 của UBND tỉnh Quảng Ngãi về …; Kế hoạch số      /KH-UBND
   * ngày …/…/2025 của UBND xã Minh Long về …, UBND xã Minh Long báo cáo kết quả thực hiện … như sau:"
   */
  opening: (a: {
    cites: string[];
    type: string;
    number: string;
    date: string;
    issuer: string;
    about: string;
    reporter: string;
    subject: string;
  }) =>
    `Thực hiện ${[...a.cites, `${a.type} số ${a.number} ngày ${a.date} của ${a.issuer} về ${a.about}`].join('; ')}, ${a.reporter} báo cáo ${a.subject} như sau:`,
  /** Nghị định 09/2019/NĐ-CP: the data's cut-off, printed under the opening. */
  dataWindow: (from: string, to: string) => `Số liệu tính từ ngày ${from} đến ngày ${to}.`,
  /** The day and month of a date not yet known, as the officer fills them in: "…/…/2025". */
  blankDate: (year: number) => `…/…/${year}`,
  recipientLabel: 'Kính gửi:',
  sections: {
    results: 'KẾT QUẢ THỰC HIỆN',
    assessment: 'ĐÁNH GIÁ CHUNG',
    directions: (next: string) => `PHƯƠNG HƯỚNG, NHIỆM VỤ ${next}`,
    proposals: 'ĐỀ XUẤT, KIẾN NGHỊ',
  },
  /** When the next period has no name (a date range): "phương hướng, nhiệm vụ thời gian tới". */
  nextPeriodFallback: 'thời gian tới',
  parts: {
    tasks: 'Kết quả thực hiện các nhiệm vụ',
    obligations: 'Tình hình báo cáo của các đơn vị',
    indicators: 'Kết quả thực hiện các chỉ tiêu',
    funding: 'Kinh phí thực hiện',
    strengths: 'Ưu điểm',
    weaknesses: 'Tồn tại, hạn chế',
    causes: 'Nguyên nhân',
  },
  leadLabel: 'Cơ quan chủ trì',
  supportLabel: 'Cơ quan, đơn vị phối hợp thực hiện',
  timeLabel: 'Thời gian thực hiện',
  statusLabel: 'Tình trạng',
  resultsLabel: 'Kết quả',
  noResults: 'Chưa có báo cáo kết quả.',
  /** Left in the signed text where no unit reported on a task: the officer fills it in or deletes the task. */
  taskPlaceholder: '(Chưa có kết quả do các đơn vị báo cáo; bổ sung trước khi trình ký.)',
  /** A unit's passage that does not start with what it did: "Theo báo cáo của Công an xã, …". */
  according: (unit: string, text: string) => `Theo báo cáo của ${unit}, ${text}`,
  /** "Công an xã đã phối hợp …": the unit and what it did. */
  unitDid: (unit: string, text: string, past: boolean) => `${unit}${past ? ' đã' : ''} ${text}`,
  /** Figures a passage gives that its words do not already say. */
  figuresSentence: (list: string) => `Cụ thể: ${list}.`,
  noTasks: 'Trong kỳ báo cáo không có nhiệm vụ nào của Kế hoạch.',
  status: {
    doneOnTime: (date: string) => `Đã hoàn thành đúng hạn (ngày ${date})`,
    doneLate: (date: string, days?: number) =>
      `Đã hoàn thành, quá hạn${days ? ` ${days} ngày` : ''} (ngày ${date})`,
    inProgress: (due?: string) => `Đang thực hiện${due ? `, hạn ${due}` : ''}`,
    overdue: (days?: number, due?: string) =>
      `Quá hạn${days ? ` ${days} ngày` : ''}, chưa hoàn thành${due ? ` (hạn ${due})` : ''}`,
    notStarted: (due?: string) => `Chưa triển khai${due ? ` (hạn ${due})` : ''}`,
    continuous: 'Nhiệm vụ thường xuyên, đang thực hiện',
    continuousSilent: 'Nhiệm vụ thường xuyên, chưa có báo cáo trong kỳ',
    leadsDone: (names: string) => `; đã báo hoàn thành: ${names}`,
  },
  /** The source of one result: "Công an xã (Báo cáo số 12/BC-CA ngày 10/11/2025)". */
  attribution: (a: { unit?: string; reference?: string; date: string; kind: 'report' | 'note' }) => {
    const when =
      a.reference ?? (a.kind === 'report' ? `báo cáo nhận ngày ${a.date}` : `ghi nhận ngày ${a.date}`);
    return a.unit ? `${a.unit} (${when})` : `${when[0]!.toLocaleUpperCase('vi')}${when.slice(1)}`;
  },
  /** A result that says only where the task stands. */
  statusOnly: (word: string) => `Báo cáo tình trạng: ${word}.`,
  progressWord: {
    'chua-thuc-hien': 'chưa thực hiện',
    'dang-thuc-hien': 'đang thực hiện',
    'hoan-thanh': 'hoàn thành',
    'tam-dung': 'tạm dừng',
  },
  /** "Báo cáo kết quả thực hiện công tác trẻ em năm 2025 gửi Ủy ban nhân dân xã Minh Long (qua …), hạn 15/11/2025:" */
  duty: (a: { subject?: string; to?: string; via?: string; due?: string }) =>
    `Báo cáo${a.subject ? ` ${a.subject}` : ' kết quả thực hiện'}` +
    (a.to ? ` gửi ${a.to}` : '') +
    (a.via ? ` (qua ${a.via})` : '') +
    (a.due ? `, hạn ${a.due}` : ', không định hạn') +
    ':',
  reported: (n: number, total: number) => `Đã báo cáo đúng hạn (${n}/${total} đơn vị)`,
  reportedLate: (n: number, total: number) => `Báo cáo quá hạn (${n}/${total} đơn vị)`,
  overdue: (n: number, total: number) => `Quá hạn, chưa báo cáo (${n}/${total} đơn vị)`,
  pending: (n: number, total: number) => `Chưa đến hạn, chưa báo cáo (${n}/${total} đơn vị)`,
  undated: (n: number, total: number) => `Chưa báo cáo (${n}/${total} đơn vị)`,
  receivedOn: (a: { reference?: string; date: string; daysLate?: number }) =>
    [a.reference, `nhận ngày ${a.date}`, a.daysLate ? `chậm ${a.daysLate} ngày` : '']
      .filter(Boolean)
      .join(', '),
  noObligations: 'Trong kỳ báo cáo, Kế hoạch không quy định báo cáo nào của các đơn vị đến hạn.',
  table: {
    no: 'TT',
    name: 'Chỉ tiêu',
    unit: 'Đơn vị tính',
    target: 'Kế hoạch',
    result: 'Thực hiện',
    rate: 'Đánh giá',
    note: 'Ghi chú',
  },
  /** "Chưa đạt (98,5%)": the verdict with the share of a floor target achieved. */
  verdictRate: (verdict: string, rate: string) => `${verdict} (${rate})`,
  noValue: '—',
  noData: 'Chưa có số liệu',
  met: 'Đạt',
  notMet: 'Chưa đạt',
  atMost: (v: string) => `≤ ${v}`,
  /** Where a unit's figure came from, in the Ghi chú column. */
  indicatorSource: (unit: string, date: string) => `Theo báo cáo của ${unit} (nhận ngày ${date})`,
  carryIntro: 'Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành của Kế hoạch:',
  carryContinuous: 'Tiếp tục thực hiện các nhiệm vụ thường xuyên của Kế hoạch.',
  /** The internal follow-up annex (--annex theo-doi): who reported, who did not. */
  annexLabel: 'Phụ lục',
  annexTitle: 'TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ',
  annexNote: (period: string) => `(Theo dõi nội bộ; kèm theo Báo cáo kết quả ${period})`,
  /** Kept in the document where the officer has not written a section yet. */
  placeholder: '(Chưa có nội dung; bổ sung trước khi trình ký.)',
  /** First Nơi nhận line of a report with "Kính gửi:". */
  asAbove: 'Như trên',
  /** Nơi lưu when the plan gives none. */
  archive: 'VT',
  closing: (a: { subject: string; reporter: string; recipient?: string }) =>
    `Trên đây là báo cáo ${a.subject} của ${a.reporter}` +
    (a.recipient ? `, kính báo cáo ${a.recipient} xem xét, chỉ đạo` : ''),
};

export const report = () => ({
  cutOffOption:
    'thời gian chốt số liệu: nd09 (Nghị định 09/2019/NĐ-CP, vd 15/6–14/12 cho 6 tháng cuối năm) hoặc NĂM-THÁNG-NGÀY..NĂM-THÁNG-NGÀY',
  annexOption: 'thêm phụ lục nội bộ: theo-doi (tình hình báo cáo của các đơn vị)',
  checklistTitle: (period: string) => `Báo cáo ${period} còn thiếu:`,
  missingUnits: (n: number) => `- Đơn vị chưa báo cáo (${n}):`,
  missingUnit: (a: { name: string; due?: string; daysLate?: number }) =>
    `    + ${a.name}${a.daysLate ? ` (quá hạn ${a.daysLate} ngày)` : a.due ? ` (hạn ${a.due})` : ''}`,
  missingTasks: (n: number) => `- Nhiệm vụ chưa có kết quả trong kỳ (${n}):`,
  missingTask: (number: string, title: string) => `    + Nhiệm vụ ${number}: ${title}`,
  missingIndicators: (n: number) => `- Chỉ tiêu chưa có số liệu (${n}):`,
  missingIndicator: (name: string) => `    + ${name}`,
  toCommune: (n: number, commune: string) =>
    `- Đề nghị của đơn vị gửi ${commune}, cần xử lý (${n}; không đưa vào mục IV gửi cấp trên):`,
  toCommuneItem: (unit: string, text: string) => `    + ${unit}: ${text}`,
  missingAssessment: (sections: string[]) => `- Phần đánh giá còn trống: ${sections.join('; ')}.`,
  assessmentHint: (period: string) =>
    `    Viết vào một tệp trong progress/ với "kind: assessment" và "period: ${period}".`,
  assessmentNames: {
    strengths: 'ưu điểm',
    weaknesses: 'tồn tại, hạn chế',
    causes: 'nguyên nhân',
    directions: 'phương hướng, nhiệm vụ',
    proposals: 'đề xuất, kiến nghị',
    funding: 'kinh phí thực hiện',
  } satisfies Record<AssessmentKey, string>,
  /** The opening cites the plan with blanks while it has no number or date. */
  planUnnumbered: (symbol: string) =>
    `- Kế hoạch chưa có số, ngày ban hành: đoạn mở đầu để trống "Kế hoạch số …/${symbol} ngày …"; điền khi kế hoạch được ban hành.`,
  /** The report has no Kính gửi: the plan names no upward duty. */
  noRecipient:
    '- Kế hoạch chưa nêu nơi nhận báo cáo: thêm "reporting: { to: [...] }" vào kế hoạch để có dòng "Kính gửi".',
});

export const reportErrors = () => ({
  reportNeedsPeriod: (a: { forms: string[] }) =>
    `Cần cho biết kỳ báo cáo: --period KỲ. Các dạng được chấp nhận: ${a.forms.join(', ')}.\nVí dụ: plan report --period 2025-H2 --format docx`,
  reportPeriodOutsidePlan: (a: { period: string; label: string; start: string; end: string }) =>
    `Kỳ ${a.period} (${a.label}) nằm ngoài thời gian của kế hoạch (${a.start} – ${a.end}); chọn một kỳ trong thời gian đó.`,
  reportDateBeforePeriod: (a: { date: string; start: string }) =>
    `--date ${a.date} đứng trước ngày bắt đầu kỳ báo cáo (${a.start}); ngày của báo cáo phải từ ngày đó trở đi.`,
  reportTemplateUnknown: (a: { path: string; tags: { tag: string; suggestion?: string }[] }) =>
    `Mẫu "${a.path}" dùng thẻ không có trong dữ liệu báo cáo: ${a.tags
      .map((t) => `{${t.tag}}${t.suggestion ? ` (có phải ý bạn là {${t.suggestion}}?)` : ''}`)
      .join(', ')}.\nXem các trường có thể dùng: plan report --period … --format json`,
  reportBadCutOff: (a: { value: string }) =>
    `--cut-off "${a.value}" không hợp lệ: dùng nd09 (thời gian chốt số liệu theo Nghị định 09/2019/NĐ-CP) hoặc một khoảng NĂM-THÁNG-NGÀY..NĂM-THÁNG-NGÀY.`,
  reportBadAnnex: (a: { value: string }) => `--annex "${a.value}" không có; phụ lục có thể thêm: theo-doi.`,
  reportTemplateField: (a: { path: string; field: string; line?: number }) =>
    `Mẫu "${a.path}"${a.line ? `, dòng ${a.line}` : ''}: trường "${a.field}" không có trong dữ liệu báo cáo.\nXem các trường có thể dùng: plan report --period … --format json`,
});
