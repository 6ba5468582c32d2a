/**
 * `plan remind`: the wording of the công văn đôn đốc and of the short messages (both stay Vietnamese
 * whatever the interface language: they are sent to Vietnamese units), the command's lines and errors.
 */

export const remindDoc = {
  /** Trích yếu of the công văn: "V/v đôn đốc báo cáo kết quả thực hiện công tác trẻ em năm 2025". */
  subject: (what: string, round: number) =>
    `V/v đôn đốc${round > 1 ? ` (lần ${round})` : ''} báo cáo ${what}`,
  /** What is owed when the duty names no subject. */
  defaultWhat: (plan: string) => `kết quả thực hiện ${plan}`,
  recipientLabel: 'Kính gửi:',
  /** How the body names several addressees. */
  many: 'các cơ quan, đơn vị',
  manyAbove: 'các cơ quan, đơn vị nêu trên',
  /** "Theo Kế hoạch số …/KH-UBND ngày …/…/2025 của UBND xã Minh Long về …, các cơ quan, đơn vị báo cáo … trước ngày 15/11/2025." */
  basis: (a: { type: string; number: string; date: string; issuer: string; about: string; duties: string }) =>
    `Theo ${a.type} số ${a.number} ngày ${a.date} của ${a.issuer} về ${a.about}, ${a.duties}.`,
  /** One duty inside the basis sentence. */
  duty: (a: { whom: string; what: string; to?: string; via?: string; due: string }) =>
    `${a.whom} báo cáo ${a.what}${a.to ? ` về ${a.to}` : ''}${a.via ? ` (qua ${a.via})` : ''} trước ngày ${a.due}`,
  /** "Tuy nhiên, đến ngày 20/11/2025, UBND xã Minh Long chưa nhận được báo cáo của … (đã quá hạn 5 ngày)." */
  missing: (a: { asOf: string; issuer: string; what?: string; whom: string; days: number }) =>
    `Tuy nhiên, đến ngày ${a.asOf}, ${a.issuer} chưa nhận được báo cáo${a.what ? ` ${a.what}` : ''} của ${a.whom} (đã quá hạn ${a.days} ngày).`,
  /** A later reminder cites the earlier ones. */
  missingAgain: (a: {
    asOf: string;
    issuer: string;
    what?: string;
    whom: string;
    days: number;
    earlier: string;
  }) =>
    `Mặc dù ${a.issuer} đã đôn đốc (${a.earlier}), đến ngày ${a.asOf} vẫn chưa nhận được báo cáo${a.what ? ` ${a.what}` : ''} của ${a.whom} (đã quá hạn ${a.days} ngày).`,
  /** An earlier reminder with no recorded reference. */
  earlierUnnamed: (date: string) => `văn bản ngày ${date}`,
  /** "Để kịp thời tổng hợp theo quy định, UBND xã Minh Long đề nghị … khẩn trương hoàn thành báo cáo …, gửi về … trước ngày 27/11/2025." */
  request: (a: { issuer: string; whom: string; what: string; dest: string; newDue: string }) =>
    `Để kịp thời tổng hợp theo quy định, ${a.issuer} đề nghị ${a.whom} khẩn trương hoàn thành báo cáo ${a.what}, gửi về ${a.dest} trước ngày ${a.newDue}.`,
  closing: (whom: string) => `Đề nghị ${whom} quan tâm, thực hiện nghiêm túc./.`,
  /** "Ủy ban nhân dân xã Minh Long (qua Phòng Văn hóa - Xã hội xã)". */
  dest: (to: string | undefined, via: string | undefined) =>
    to && via ? `${to} (qua ${via})` : (via ?? to ?? ''),
  asAbove: 'Như trên',
  archive: 'VT',
  /** The reference a recorded reminder keeps: "Công văn số 125/UBND-VHXH ngày 20/11/2025". */
  reference: (a: { number: string; date: string }) => `Công văn số ${a.number} ngày ${a.date}`,
  /** The message for Zalo or SMS, one paragraph. */
  message: (a: {
    unit: string;
    issuer: string;
    what: string;
    due: string;
    days: number;
    dest: string;
    newDue: string;
    round: number;
  }) =>
    `Kính gửi ${a.unit}: ${a.issuer} đề nghị gửi báo cáo ${a.what} (hạn ${a.due}, đã quá hạn ${a.days} ngày) về ${a.dest} trước ngày ${a.newDue}.${a.round > 1 ? ` Đôn đốc lần ${a.round}.` : ''} Trân trọng.`,
};

export const remind = () => ({
  help: {
    command: 'viết công văn đôn đốc và tin nhắn nhắc các đơn vị quá hạn báo cáo',
    asOf: 'ngày đôn đốc, cũng là ngày của công văn (YYYY-MM-DD, mặc định: hôm nay)',
    newDue:
      'hạn mới để gửi báo cáo (YYYY-MM-DD); mặc định: sau một số ngày làm việc (remind.workingDays của kế hoạch, mặc định 5)',
    unit: 'chỉ đôn đốc đơn vị này (mã hoặc tên; một nhóm là các thành viên của nhóm)',
    perUnit: 'mỗi đơn vị một công văn, ghi vào thư mục -o (tên tệp theo mã đơn vị)',
    format: 'định dạng: md, docx, json, text (tin nhắn Zalo/SMS)',
    number: 'số của công văn khi đã cấp (vd: 125); để trống thì chừa chỗ cho văn thư',
    record: 'ghi lại lần đôn đốc vào progress/ (kind: reminder); plan status sẽ hiện "đã đôn đốc"',
  },
  nothing: (date: string) => `Đến ngày ${date} không có đơn vị nào quá hạn báo cáo; không cần đôn đốc.`,
  nothingFor: (unit: string, date: string) =>
    `Đến ngày ${date}, ${unit} không có báo cáo nào quá hạn; không cần đôn đốc.`,
  waiting: (n: number, date: string) => ` (${n} đơn vị đã được đôn đốc, hạn mới chưa qua: ${date})`,
  wroteFolder: (a: { folder: string; count: number; format: string }) =>
    `Đã ghi ${a.count} công văn (${a.format}) vào thư mục ${a.folder}.`,
  recorded: (a: { path: string; count: number; round: number }) =>
    `Đã ghi lần đôn đốc (lần ${a.round}, ${a.count} đơn vị) vào ${a.path}.`,
  /** Cell line in `plan status`: "đã đôn đốc ngày 20/11/2025 (lần 1)". */
  statusReminded: (date: string, round: number) => `đã đôn đốc ngày ${date} (lần ${round})`,
  statusNewDue: (date: string) => `hạn mới ${date}`,
});

export const remindErrors = () => ({
  remindTemplateUnknown: (a: { path: string; tags: { tag: string; suggestion?: string }[] }) =>
    `Mẫu "${a.path}" dùng thẻ không có trong dữ liệu công văn: ${a.tags
      .map((t) => `{${t.tag}}${t.suggestion ? ` (có phải ý bạn là {${t.suggestion}}?)` : ''}`)
      .join(', ')}.\nXem các trường có thể dùng: plan remind --as-of … --format json`,
  remindTemplateField: (a: { path: string; field: string; line?: number }) =>
    `Mẫu "${a.path}"${a.line ? `, dòng ${a.line}` : ''}: trường "${a.field}" không có trong dữ liệu công văn.\nXem các trường có thể dùng: plan remind --as-of … --format json`,
  remindNewDueNotAfter: (a: { newDue: string; asOf: string }) =>
    `--new-due ${a.newDue} không sau ngày đôn đốc ${a.asOf} (--as-of); hạn mới phải sau ngày đó.`,
  remindBeforePlan: (a: { asOf: string; start: string }) =>
    `--as-of ${a.asOf} đứng trước ngày bắt đầu kế hoạch (${a.start}): khi đó chưa có báo cáo nào đến hạn.`,
  remindNoDuty: (_: Record<string, never>) =>
    'Kế hoạch không quy định báo cáo nào có hạn (report.due ở phần chế độ báo cáo); không có gì để đôn đốc.',
  remindUnitOwesNothing: (a: { unit: string }) =>
    `${a.unit} không phải gửi báo cáo nào theo kế hoạch; không có gì để đôn đốc.`,
  remindNumberPerUnit: (_: Record<string, never>) =>
    '--number là số của một công văn; với --per-unit mỗi công văn cần số riêng: bỏ --number và để văn thư điền số.',
  remindTextNoTemplate: (_: Record<string, never>) =>
    '--format text in tin nhắn ngắn, không dùng mẫu (--template).',
  remindFolderIsFile: (a: { path: string }) =>
    `--per-unit ghi vào một thư mục, nhưng "${a.path}" là một tệp; chọn thư mục khác với -o.`,
});
