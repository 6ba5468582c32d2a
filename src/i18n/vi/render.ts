/**
 * `plan render` and the document pipeline it shares with `plan report`: the command's messages, the
 * template errors, and the fixed wording of an ND30 document (Quốc hiệu, labels, table headings).
 */

/** One problem docxtemplater found in a .docx template. */
export interface DocxProblem {
  /** The tag name, or with `raw` the fragment of text around a broken tag. */
  tag: string;
  raw: boolean;
  /** docxtemplater's error id (unclosed_loop, …). */
  id: string;
  /** The closing tag, when it does not match the opening one. */
  other?: string;
  /** docxtemplater's own explanation (English), for errors this catalogue does not know. */
  detail: string;
}

/** What is wrong with a tag of a .docx template, by docxtemplater's error id. */
const docxProblems: Record<string, (p: DocxProblem) => string> = {
  unopened_tag: () => 'có dấu "}" đóng nhưng thiếu dấu "{" mở',
  unclosed_tag: () => 'có dấu "{" mở nhưng thiếu dấu "}" đóng',
  duplicate_open_tag: () => 'có hai dấu "{" liền nhau',
  duplicate_close_tag: () => 'có hai dấu "}" liền nhau',
  unclosed_loop: () => 'mở khối {#…} nhưng không có thẻ đóng {/…} tương ứng',
  unopened_loop: () => 'đóng khối {/…} nhưng không có thẻ mở {#…} tương ứng',
  closing_tag_does_not_match_opening_tag: (p) => `mở khối nhưng lại được đóng bằng {/${p.other ?? ''}}`,
  unbalanced_loop_tags: () => 'nằm trong các khối {#…}{/…} lồng chéo nhau',
  loop_position_invalid: () =>
    'có thẻ mở và thẻ đóng ở hai nơi không ghép được (ví dụ một thẻ trong bảng, một thẻ ngoài bảng)',
  raw_xml_tag_should_be_only_text_in_paragraph: () => 'phải đứng một mình trong đoạn văn',
  scopeparser_compilation_failed: () => 'có tên không hợp lệ',
  scopeparser_execution_failed: () => 'không lấy được giá trị',
  malformed_xml: () => 'nằm trong phần XML bị hỏng của mẫu',
  file_has_invalid_xml: () => 'nằm trong phần XML bị hỏng của mẫu',
};

const docxProblem = (p: DocxProblem) =>
  p.tag === ''
    ? `tệp mẫu bị lỗi (${p.detail})`
    : `${p.raw ? `chỗ "${p.tag}"` : `thẻ {${p.tag}}`} ${docxProblems[p.id]?.(p) ?? `bị lỗi (${p.detail})`}`;

export const renderErrors = () => ({
  saveTemplateNotDocx: (a: { path: string }) =>
    `--save-template: "${a.path}" phải là tệp .docx (mẫu markdown nằm trong thư mục templates/ của kho mã).`,
  docxToStdout: () => 'Tệp .docx không in ra màn hình được; ghi vào tệp bằng -o, ví dụ: -o ke-hoach.docx.',
  templateKind: (a: { path: string; format: string; expected: string }) =>
    `Mẫu "${a.path}" không dùng được cho --format ${a.format}: cần tệp ${a.expected}.`,
  templateNotDocx: (a: { path: string }) =>
    `"${a.path}" không phải tệp Word .docx (mở tệp bằng Word rồi lưu lại dạng .docx).`,
  templateTag: (a: { path: string; problem: DocxProblem }) => `Mẫu "${a.path}": ${docxProblem(a.problem)}.`,
  templateTags: (a: { path: string; problems: DocxProblem[] }) =>
    `Mẫu "${a.path}" có ${a.problems.length} lỗi:\n${a.problems.map((p) => `  - ${docxProblem(p)}`).join('\n')}`,
  templateUnknown: (a: { path: string; tags: { tag: string; suggestion?: string }[] }) =>
    `Mẫu "${a.path}" dùng thẻ không có trong dữ liệu văn bản: ${a.tags
      .map((t) => `{${t.tag}}${t.suggestion ? ` (có phải ý bạn là {${t.suggestion}}?)` : ''}`)
      .join(', ')}.\nXem các trường có thể dùng: plan render --format json`,
  templateSyntax: (a: { path: string; line?: number; excerpt: string }) =>
    `Mẫu "${a.path}"${a.line ? `, dòng ${a.line}` : ''}: cú pháp {{…}} không đúng (thiếu dấu "}}", thẻ không có tên, hoặc khối {{#…}} chưa đóng):\n${a.excerpt}`,
  templateOther: (a: { path: string; line?: number; detail: string }) =>
    `Mẫu "${a.path}"${a.line ? `, dòng ${a.line}` : ''}: ${a.detail}`,
  templateField: (a: { path: string; field: string; line?: number }) =>
    `Mẫu "${a.path}"${a.line ? `, dòng ${a.line}` : ''}: trường "${a.field}" không có trong dữ liệu văn bản.\nXem các trường có thể dùng: plan render --format json`,
  templateHelper: (a: { path: string; name: string; line?: number }) =>
    `Mẫu "${a.path}"${a.line ? `, dòng ${a.line}` : ''}: không có hàm hoặc khối "${a.name}".`,
  templateBlockMismatch: (a: { path: string; open: string; close: string; line?: number }) =>
    `Mẫu "${a.path}"${a.line ? `, dòng ${a.line}` : ''}: khối {{#${a.open}}} lại được đóng bằng {{/${a.close}}}.`,
});

/**
 * The wording of the document itself. An ND30 document is Vietnamese whatever the interface language,
 * so the English catalogue carries these same strings.
 */
export const doc = {
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  numberLabel: 'Số:',
  /** The blank the văn thư fills in by hand: the number, the day, the month. */
  blank: '      ',
  day: 'ngày',
  month: 'tháng',
  year: 'năm',
  typeNames: {
    KH: 'KẾ HOẠCH',
    CTr: 'CHƯƠNG TRÌNH',
    PA: 'PHƯƠNG ÁN',
    ĐA: 'ĐỀ ÁN',
    BC: 'BÁO CÁO',
  } as Record<string, string>,
  typeWords: {
    KH: 'Kế hoạch',
    CTr: 'Chương trình',
    PA: 'Phương án',
    ĐA: 'Đề án',
    BC: 'Báo cáo',
  } as Record<string, string>,
  leadLabel: 'Cơ quan chủ trì',
  supportLabel: 'Cơ quan, đơn vị phối hợp thực hiện',
  timeLabel: 'Thời gian thực hiện',
  outputLabel: 'Sản phẩm dự kiến',
  recipientsLabel: 'Nơi nhận:',
  archiveLabel: 'Lưu:',
  appendix: 'Phụ lục',
  appendixNumbered: (roman: string) => `Phụ lục ${roman}`,
  /** "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 7 năm 2025 của Ủy ban nhân dân xã Minh Long)" */
  attachedTo: (a: { type: string; number: string; date: string; issuer: string }) =>
    `(Kèm theo ${a.type} số ${a.number} ${a.date} của ${a.issuer})`,
  table: {
    no: 'TT',
    content: 'Nội dung nhiệm vụ',
    lead: 'Cơ quan chủ trì',
    support: 'Cơ quan phối hợp',
    time: 'Thời gian thực hiện',
    output: 'Sản phẩm dự kiến',
  },
};

export const render = () => ({
  written: (a: { file: string; format: string }) => `✓ Đã ghi ${a.file} (${a.format}).`,
  templateSaved: (a: { file: string; command: string }) =>
    `✓ Đã ghi mẫu ${a.file}. Mở bằng Word để sửa kiểu chữ, lề, tiêu đề…, giữ nguyên các thẻ {…}, rồi dùng: plan ${a.command} --template ${a.file}`,
  doc,
});
