import type { PatternKind, ShapeKind } from '../../check/diagnostic.js';
import type { DiagCatalog } from '../types.js';

const q = (s: string) => `"${s}"`;
/** A time span, or one date when it starts and ends the same day (a deadline). */
const span = (a: { start: string; end: string }) => (a.start === a.end ? a.end : `${a.start} – ${a.end}`);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

const typeNames: Record<string, string> = {
  string: 'chuỗi văn bản',
  number: 'số',
  integer: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách',
  object: 'mục có các trường',
  null: 'giá trị trống (null)',
};
const typeName = (t: string) =>
  t
    .split('|')
    .map((x) => typeNames[x] ?? x)
    .join(' hoặc ');

/** The shapes a value may take, in words, for values the schema allows in more than one form. */
const shapeVi: Record<ShapeKind, string> = {
  unitRef: 'mã đơn vị (vd: cong-an-xa), hoặc { unit: mã đơn vị, as: tên gọi dùng ở đây }',
  paragraphs: 'một đoạn văn, hoặc danh sách đoạn văn (mỗi đoạn một dòng "- ")',
  bullet: 'một câu, hoặc { text: câu, bullets: [các ý "+"] }',
  dateOrNull: 'ngày dạng NĂM-THÁNG-NGÀY (vd: 2025-11-15), hoặc để trống (null)',
  plan: 'các trường của kế hoạch (version: 1, id: …, document: …), mỗi trường một dòng "tên: giá trị"',
  progress: 'các trường của bản ghi tiến độ (version: 1, kind: …), mỗi trường một dòng "tên: giá trị"',
};

const comparisonVi: Record<string, string> = {
  '<=': 'không lớn hơn',
  '>=': 'không nhỏ hơn',
  '<': 'nhỏ hơn',
  '>': 'lớn hơn',
};

export const patternVi: Record<PatternKind, string> = {
  id: 'mã gồm chữ thường không dấu, số và gạch ngang, ví dụ "cong-an-xa"',
  taskId: 'mã nhiệm vụ gồm chữ thường không dấu, số, gạch ngang hoặc dấu chấm, ví dụ "trung-thu"',
  date: 'ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2025-11-15',
  period: 'kỳ dạng 2025, 2025-H2, 2025-Q4, 2025-07 hoặc 2025-07-01..2025-09-30',
  number: 'số văn bản chỉ gồm chữ số, ví dụ "05" hoặc "120"',
  symbol: 'ký hiệu viết hoa, nối bằng gạch ngang, ví dụ "KH-UBND"',
  citation: 'số và ký hiệu dạng "65/KH-UBND" hoặc "80/2025/NĐ-CP", không có khoảng trắng',
  authority: 'dòng bắt đầu bằng "TM. " (thay mặt tập thể), ví dụ "TM. ỦY BAN NHÂN DÂN"',
  delegation: 'dòng bắt đầu bằng "KT. ", "Q. ", "TL. " hoặc "TUQ. ", ví dụ "KT. CHỦ TỊCH"',
  other: 'giá trị đúng mẫu quy định trong lược đồ',
};

export const diag = (): DiagCatalog => ({
  FILE_TOO_LARGE: (a) => ({
    message:
      a.size > a.limit + 1
        ? `Tệp quá lớn (${mb(a.size)}); giới hạn là ${mb(a.limit)}`
        : `Tệp lớn hơn giới hạn ${mb(a.limit)} (đã dừng đọc ở đó)`,
    fix: 'Kiểm tra xem có chọn nhầm tệp không; một kế hoạch thường chỉ vài chục KB.',
  }),
  FILE_NOT_TEXT: (a) => ({
    message: {
      nul: 'Tệp không phải văn bản (có byte 0): có thể là tệp nhị phân hoặc ảnh',
      zip: 'Tệp là tệp nén (như .docx, .xlsx), không phải tệp YAML',
      utf16: 'Tệp được lưu với bảng mã UTF-16 ("Unicode" của Notepad), không phải UTF-8',
      utf8: 'Tệp không phải văn bản UTF-8 (có thể được lưu bằng bảng mã cũ như TCVN3, VNI hoặc Windows-1258)',
    }[a.reason],
    expected: 'tệp văn bản YAML, bảng mã UTF-8',
    fix:
      a.reason === 'nul' || a.reason === 'zip'
        ? 'Chọn đúng tệp .yaml; để đưa văn bản Word vào, dùng: plan import <tệp.docx>'
        : 'Lưu lại tệp với bảng mã UTF-8 (trong trình soạn thảo: Save with Encoding → UTF-8).',
  }),
  FILE_EMPTY: (a) => ({
    message: {
      nothing: 'Tệp rỗng',
      comments: 'Tệp chỉ có chú thích, không có dữ liệu',
      null: 'Tệp không có dữ liệu (chỉ có một giá trị trống)',
    }[a.content],
    fix: a.progress
      ? 'Xóa tệp tiến độ rỗng này, hoặc ghi tiến độ bằng: plan record (xem plan record --help)'
      : 'Tạo khung kế hoạch bằng: plan init',
  }),
  TEXT_INVISIBLE_CHAR: (a) => ({
    message: `Có ký tự ẩn ${a.char} (thường do dán từ Excel hoặc Word); ký tự này bị bỏ qua`,
    found: `ký tự điều khiển ${a.char}, không nhìn thấy được`,
    fix: 'Xóa ký tự ẩn ở vị trí này (xóa rồi gõ lại chữ ngay sau nó), hoặc gõ lại đoạn văn.',
  }),
  TEXT_LONE_SURROGATE: (a) => ({
    message: a.escape
      ? `${a.escape} chỉ là một nửa của một ký tự (thường là nửa biểu tượng cảm xúc); văn bản Word không mở được nếu có nó`
      : 'Có nửa ký tự (thường là nửa biểu tượng cảm xúc); văn bản Word không mở được nếu có nó',
    fix: 'Dán thẳng ký tự đầy đủ thay cho mã thoát, viết đủ cả cặp (ví dụ \\uD83D\\uDE00), hoặc xóa nó.',
  }),
  YAML_TOO_DEEP: (a) => ({
    message: `Tệp lồng nhau quá ${a.limit} cấp`,
    expected: `không quá ${a.limit} cấp thụt lề hoặc ngoặc lồng nhau; một kế hoạch thường chỉ khoảng 10 cấp`,
    fix: 'Kiểm tra xem có dán nhầm nội dung hoặc thừa dấu [ { không.',
  }),
  YAML_TAB: () => ({
    message: 'Dùng ký tự tab để thụt lề',
    expected: 'thụt lề bằng dấu cách',
    found: 'ký tự tab',
    fix: 'Thay tab bằng dấu cách (thường là 2 dấu cách mỗi cấp).',
  }),
  YAML_INDENT: () => ({
    message: 'Thụt lề không khớp với các dòng cùng cấp',
    expected: 'các trường cùng cấp bắt đầu ở cùng một cột',
    fix: 'Căn dòng này thẳng cột với dòng cùng cấp ở trên.',
  }),
  YAML_UNCLOSED_QUOTE: (a) => ({
    message: `Dấu nháy ${a.quote} mở ở đây nhưng không được đóng`,
    expected: `một dấu ${a.quote} đóng ở cuối giá trị`,
    fix: `Thêm dấu ${a.quote} ở cuối giá trị, hoặc bỏ dấu nháy mở.`,
  }),
  YAML_UNCLOSED_BRACKET: (a) => ({
    message: `Dấu ${a.bracket} mở ở đây nhưng thiếu dấu ${a.bracket === '[' ? ']' : '}'} đóng`,
    expected: `dấu ${a.bracket === '[' ? ']' : '}'} ở cuối, trên cùng dòng: ${a.bracket === '[' ? '[a, b]' : '{ unit: a, as: b }'}`,
    fix: `Thêm dấu ${a.bracket === '[' ? ']' : '}'} vào cuối danh sách.`,
  }),
  YAML_UNEXPECTED_CHAR: (a) => ({
    message: `Dấu ${q(a.char)} thừa hoặc đặt sai chỗ`,
    fix:
      a.char === ','
        ? 'Xóa dấu phẩy thừa; nếu dấu phẩy thuộc về nội dung, đặt cả giá trị trong dấu nháy kép.'
        : `Xóa dấu ${a.char} thừa, hoặc thêm dấu mở tương ứng.`,
  }),
  YAML_TEXT_AFTER_QUOTE: (a) => ({
    message: `Có chữ nằm sau dấu nháy ${a.quote} đóng`,
    expected: 'giá trị trong dấu nháy kết thúc ở dấu nháy đóng',
    fix:
      a.quote === '"'
        ? 'Nếu trong nội dung có dấu nháy kép, dùng dấu nháy cong “ ” hoặc viết \\", hoặc bỏ dấu nháy bao ngoài.'
        : "Nếu trong nội dung có dấu nháy đơn, viết thành hai dấu '', hoặc bỏ dấu nháy bao ngoài.",
  }),
  YAML_MISSING_COLON: (a) => ({
    message: 'Dòng này thiếu dấu hai chấm sau tên trường',
    expected: 'tên: giá trị (có dấu cách sau dấu hai chấm)',
    found: a.text,
    fix: 'Thêm dấu hai chấm sau tên trường. Nếu đây là phần tiếp theo của một đoạn văn ở trên, hãy thụt lề dòng này sâu hơn tên trường của đoạn văn đó.',
  }),
  YAML_COLON_NO_SPACE: (a) => ({
    message: 'Thiếu dấu cách sau dấu hai chấm',
    expected: 'tên: giá trị (có dấu cách sau dấu hai chấm)',
    found: a.text,
    fix: 'Thêm một dấu cách ngay sau dấu hai chấm.',
  }),
  YAML_COLON_IN_VALUE: () => ({
    message: 'Giá trị có dấu hai chấm kèm dấu cách (": "), nên bị hiểu nhầm là một trường mới',
    fix: 'Đặt cả giá trị trong dấu nháy kép "…", hoặc viết ">-" sau tên trường rồi xuống dòng, thụt lề đoạn văn.',
  }),
  YAML_MISPLACED_ITEM: () => ({
    message: 'Mục danh sách "-" nằm ở chỗ cần một trường "tên: giá trị"',
    expected: 'các mục "-" của một danh sách thẳng cột với nhau, ngay dưới tên danh sách',
    fix: 'Kiểm tra thụt lề của dòng này và các dòng trên: một mục không thể vừa có trường "tên: giá trị" vừa có mục "-" ở cùng cấp.',
  }),
  YAML_NBSP: () => ({
    message: 'Dòng này có dấu cách không ngắt (NBSP, thường do dán từ Word), YAML không coi đó là dấu cách',
    fix: 'Xóa các dấu cách trên dòng này và gõ lại bằng phím cách.',
  }),
  YAML_RESERVED_START: (a) => ({
    message: `Giá trị không được bắt đầu bằng ký tự ${q(a.char)} khi không có dấu nháy`,
    fix: 'Đặt cả giá trị trong dấu nháy kép "…".',
  }),
  YAML_BAD_ESCAPE: (a) => ({
    message: `Trong dấu nháy kép, ${q(a.escape)} không phải một ký tự thoát hợp lệ`,
    fix: "Dùng dấu nháy đơn '…' thay cho nháy kép, hoặc viết \\\\ cho một dấu \\.",
  }),
  YAML_COMPLEX_KEY: () => ({
    message: 'Tên trường phải là chữ, không phải danh sách hay mục',
    fix: 'Viết tên trường bằng chữ, ví dụ "title:".',
  }),
  YAML_TAG: (a) => ({
    message: `Thẻ YAML ${q(a.tag)} không dùng được trong tệp kế hoạch`,
    found: `${a.tag}: đòi một kiểu dữ liệu (tập hợp, ngày giờ, dữ liệu nhị phân…) mà kế hoạch không có`,
    fix: 'Xóa thẻ (phần bắt đầu bằng !), giữ lại giá trị: ngày viết 2025-07-01, danh sách viết bằng dấu -, chữ cần giữ nguyên thì đặt trong dấu nháy "…".',
  }),
  YAML_AFTER_DOCUMENT_START: () => ({
    message: 'Không được viết trường hay mục danh sách ngay trên dòng ---',
    fix: 'Xuống dòng sau --- (hoặc xóa dòng ---), rồi viết trường ở đầu dòng mới.',
  }),
  YAML_BLOCK_BLANK_INDENT: () => ({
    message: 'Dòng trống ở đầu đoạn văn (sau > hoặc |) có nhiều dấu cách hơn dòng chữ đầu tiên',
    fix: 'Xóa các dấu cách trên những dòng trống này.',
  }),
  YAML_DIRECTIVE_REPEATED: (a) => ({
    message: `Chỉ thị ${a.directive} bị lặp lại (đã có ở dòng ${a.firstLine})`,
    fix: 'Xóa dòng này; tệp kế hoạch không cần chỉ thị bắt đầu bằng %.',
  }),
  YAML_DUPLICATE_KEY: (a) => ({
    message: a.firstLine
      ? `Trường ${q(a.key)} bị lặp lại trong cùng một mục (đã có ở dòng ${a.firstLine})`
      : `Trường ${q(a.key)} bị lặp lại trong cùng một mục`,
    fix: 'Xóa một trong hai dòng, hoặc gộp nội dung của chúng.',
  }),
  YAML_ALIAS_LIMIT: (a) => ({
    message: `Quá nhiều tham chiếu YAML (*tên); giới hạn là ${a.limit}`,
    fix: 'Viết thẳng giá trị thay cho tham chiếu &/*. Tệp kế hoạch không cần tham chiếu lồng nhau.',
  }),
  YAML_ALIAS_CYCLE: (a) => ({
    message: `Tham chiếu *${a.name} nằm bên trong chính mục &${a.name} mà nó trỏ tới: dữ liệu tự chứa chính nó`,
    fix: `Bỏ *${a.name} khỏi mục &${a.name}, hoặc viết thẳng giá trị.`,
  }),
  YAML_ALIAS_UNRESOLVED: (a) => ({
    message: `Tham chiếu *${a.name} không trỏ tới neo &${a.name} nào ở phía trên`,
    fix: `Khai báo &${a.name} trước chỗ dùng, hoặc viết thẳng giá trị.`,
  }),
  YAML_MULTIPLE_DOCUMENTS: () => ({
    message: 'Tệp chứa nhiều tài liệu YAML (có dòng ---)',
    fix: 'Mỗi tệp chỉ chứa một kế hoạch; xóa dòng --- hoặc tách thành nhiều tệp.',
  }),
  YAML_RESERVED_KEY: (a) => ({
    message: `Tên trường ${q(a.key)} không được phép`,
    fix: 'Xóa trường này.',
  }),
  YAML_SYNTAX: (a) => ({
    message: 'Lỗi cú pháp YAML',
    found: `${a.detail} (thông báo gốc của trình đọc YAML)`,
    fix: 'Kiểm tra dấu hai chấm, dấu nháy và thụt lề ở dòng này và dòng trên.',
  }),
  SCHEMA_REQUIRED: (a) => ({
    message: `Thiếu trường bắt buộc ${q(a.property)}`,
    fix: `Thêm dòng "${a.property}: …" vào mục này.`,
  }),
  SCHEMA_UNKNOWN_PROPERTY: (a) => ({
    message: `Trường ${q(a.property)} không có trong định dạng`,
    ...(a.allowed ? { expected: `một trong các trường: ${a.allowed.join(', ')}` } : {}),
    fix: a.flowComma
      ? `Trong { … }, dấu phẩy ngăn cách các trường. Nếu đây là một tên có dấu phẩy, đặt cả tên trong dấu nháy kép: ${a.flowComma.key}: "${a.flowComma.joined}"`
      : a.suggestion
        ? `Có phải ý bạn là ${q(a.suggestion)}?`
        : 'Xóa trường này hoặc sửa lại tên.',
  }),
  SCHEMA_TYPE: (a) => ({
    message: `Sai kiểu dữ liệu: cần ${a.what ? shapeVi[a.what] : typeName(a.expected)}, nhưng gặp ${typeName(a.found)}`,
    expected: a.what ? shapeVi[a.what] : typeName(a.expected),
    found:
      a.value !== undefined
        ? `${typeName(a.found)} ${a.found === 'string' ? q(a.value) : a.value}`
        : typeName(a.found),
    ...(a.value !== undefined && !a.what && a.expected.split('|').includes('array')
      ? { fix: `Viết thành danh sách: [${a.value}]` }
      : a.expected === 'boolean'
        ? { fix: 'Ghi true (có) hoặc false (không), không có dấu nháy.' }
        : {}),
  }),
  SCHEMA_ENUM: (a) => ({
    message: `Giá trị ${q(a.found)} không hợp lệ`,
    expected: `một trong: ${a.allowed.join(', ')}`,
    found: a.found,
    ...(a.suggestion ? { fix: `Có phải ý bạn là ${q(a.suggestion)}?` } : {}),
  }),
  SCHEMA_CONST: (a) => ({
    message: `Giá trị phải là ${a.expected}`,
    expected: a.expected,
    found: a.found,
    ...(a.found.startsWith('"') && !a.expected.startsWith('"')
      ? { fix: `Bỏ dấu nháy: ghi ${a.expected}` }
      : {}),
  }),
  SCHEMA_PATTERN: (a) => ({
    message: `Giá trị ${q(a.found)} không đúng mẫu`,
    expected: patternVi[a.what],
    found: a.found,
    ...(a.suggestion ? { fix: `Ghi là: ${a.suggestion}` } : {}),
  }),
  SCHEMA_MIN_ITEMS: (a) => ({
    message: `Danh sách cần ít nhất ${a.min} mục`,
    fix: 'Thêm mục, hoặc xóa hẳn trường này nếu không dùng.',
  }),
  SCHEMA_EMPTY_TEXT: () => ({
    message: 'Nội dung không được để trống',
    fix: 'Điền nội dung, hoặc xóa hẳn trường này.',
  }),
  SCHEMA_RANGE: (a) => ({
    message: `Giá trị ${a.found} nằm ngoài giới hạn cho phép`,
    expected: `số ${comparisonVi[a.comparison] ?? a.comparison} ${a.limit}`,
    found: a.found,
  }),
  SCHEMA_INVALID: (a) => ({
    message: 'Giá trị không đúng định dạng kế hoạch',
    found: `${a.detail} (thông báo gốc của bộ kiểm tra lược đồ)`,
    fix: 'Xem mô tả của trường này trong schema/plan.schema.json (trình soạn thảo có modeline sẽ hiện gợi ý).',
  }),
  SECTION_TASKS_KIND: () => ({
    message: 'Chỉ mục có kind: tasks mới được chứa danh sách tasks',
    fix: 'Thêm "kind: tasks" vào mục này, hoặc chuyển các nhiệm vụ sang mục nhiệm vụ.',
  }),
  DATE_INVALID: (a) => ({
    message: `Ngày ${a.value} không có thật trên lịch`,
    expected: 'một ngày có thật, dạng NĂM-THÁNG-NGÀY',
    found: a.value,
    fix: 'Kiểm tra lại ngày và tháng (tháng 2 có 28 hoặc 29 ngày; tháng 4, 6, 9, 11 có 30 ngày).',
  }),
  PERIOD_REVERSED: (a) => ({
    message: `Ngày kết thúc ${a.end} đứng trước ngày bắt đầu ${a.start}`,
    fix: 'Đổi chỗ hai ngày, hoặc sửa lại ngày kết thúc.',
  }),
  UNIT_UNKNOWN: (a) => ({
    message: `Đơn vị ${q(a.id)} chưa được khai báo trong danh mục đơn vị (units)`,
    expected: 'mã của một đơn vị có trong units',
    found: a.id,
    fix: a.suggestion
      ? `Có phải ý bạn là ${q(a.suggestion)}?`
      : `Thêm đơn vị "${a.id}" vào units, hoặc sửa lại mã.`,
  }),
  UNIT_DUPLICATE: (a) => ({
    message: `Mã đơn vị ${q(a.id)} đã được dùng ở dòng ${a.firstLine}`,
    fix: 'Mỗi đơn vị một mã riêng: đổi mã này hoặc gộp hai mục.',
  }),
  UNIT_FORM_UNKNOWN: (a) => ({
    message: `Tên gọi ${q(a.form)} không phải tên đã khai báo của đơn vị ${q(a.unit)}`,
    expected: a.forms.map(q).join(', '),
    found: a.form,
    fix: `Thêm ${q(a.form)} vào aliases của đơn vị ${q(a.unit)}, hoặc dùng một tên đã khai báo.`,
  }),
  UNIT_GROUP_CYCLE: (a) => ({
    message: `Nhóm đơn vị chứa lại chính nó: ${a.cycle.join(' → ')}`,
    fix: 'Bỏ một thành viên để nhóm không lồng vòng.',
  }),
  UNIT_MEMBER_NOT_GROUP: (a) => ({
    message: `Đơn vị ${q(a.id)} có danh sách thành viên nhưng không phải nhóm`,
    fix: 'Đặt kind: group, hoặc bỏ members.',
  }),
  TASK_DUPLICATE: (a) => ({
    message: `Mã nhiệm vụ ${q(a.id)} đã được dùng ở dòng ${a.firstLine}`,
    fix: 'Mỗi nhiệm vụ một mã riêng; đổi mã này.',
  }),
  TASK_NO_LEAD: (a) => ({
    message: `Nhiệm vụ ${a.number} chưa có cơ quan chủ trì`,
    fix: 'Thêm "lead: [mã đơn vị]" để biết ai chịu trách nhiệm.',
  }),
  TASK_NO_TIMEFRAME: (a) => ({
    message: `Nhiệm vụ ${a.number} chưa có thời gian thực hiện`,
    fix: 'Thêm "timeframe: { kind: continuous }" hoặc một hạn cụ thể.',
  }),
  INDICATOR_DUPLICATE: (a) => ({
    message: `Mã chỉ tiêu ${q(a.id)} đã được dùng ở dòng ${a.firstLine}`,
    fix: 'Mỗi chỉ tiêu một mã riêng; đổi mã này.',
  }),
  TIMEFRAME_OUTSIDE_PERIOD: (a) => ({
    message: `Thời gian của nhiệm vụ ${a.number} (${span(a)}) nằm ngoài thời gian của kế hoạch`,
    expected: `trong khoảng ${a.periodStart} – ${a.periodEnd}`,
    found: span(a),
    fix: 'Sửa lại thời hạn, hoặc mở rộng period của kế hoạch.',
  }),
  TIMEFRAME_PARTLY_OUTSIDE: (a) => ({
    message: `Thời gian của nhiệm vụ ${a.number} (${span(a)}) vượt ra ngoài thời gian của kế hoạch`,
    expected: `trong khoảng ${a.periodStart} – ${a.periodEnd}`,
    found: span(a),
  }),
  TIMEFRAME_REVERSED: (a) => ({
    message: `Ngày kết thúc ${a.end} đứng trước ngày bắt đầu ${a.start}`,
    fix: 'Đổi chỗ hai ngày, hoặc sửa lại ngày kết thúc.',
  }),
  TIMEFRAME_EXTRA_FIELD: (a) => ({
    message: `Trường ${q(a.field)} không dùng với kind: ${a.kind} và sẽ bị bỏ qua`,
    fix: `Xóa ${q(a.field)}, hoặc đổi kind cho đúng.`,
  }),
  PERIOD_EXPR_INVALID: (a) => ({
    message: `Kỳ ${q(a.value)} không hợp lệ`,
    expected: patternVi.period,
    found: a.value,
  }),
  REPORT_DUE_OUTSIDE_PERIOD: (a) => ({
    message: `Hạn báo cáo ${a.due} nằm ngoài thời gian của kế hoạch`,
    expected: `trong khoảng ${a.periodStart} – ${a.periodEnd}`,
    found: a.due,
    fix: 'Sửa lại hạn báo cáo, hoặc mở rộng period của kế hoạch.',
  }),
  DOC_SYMBOL_TYPE: (a) => ({
    message: `Ký hiệu ${q(a.symbol)} không bắt đầu bằng loại văn bản ${q(a.type)}`,
    expected: `${a.type}-<cơ quan ban hành>, ví dụ ${a.type}-UBND`,
    found: a.symbol,
  }),
  DOC_NUMBER_ZERO_PAD: (a) => ({
    message: `Số văn bản nhỏ hơn 10 phải có số 0 ở trước (Nghị định 30/2020/NĐ-CP)`,
    expected: a.expected,
    found: a.number,
    fix: `Ghi number: "${a.expected}".`,
  }),
  DOC_DATE_OUTSIDE: (a) => ({
    message: `Ngày ban hành ${a.date} ở sau khi kế hoạch đã kết thúc`,
    fix: 'Kiểm tra lại ngày ban hành (document.date) hoặc thời gian của kế hoạch (period).',
  }),
  CITATION_TEXT_MISMATCH: (a) => ({
    message: `Nguyên văn trích dẫn (text) không chứa ${a.field === 'number' ? 'số, ký hiệu' : 'ngày'} ${q(a.value)}`,
    fix: 'Sửa cho các trường có cấu trúc khớp với nguyên văn.',
  }),
  PLAN_NO_TASKS: () => ({
    message: 'Kế hoạch chưa có nhiệm vụ nào',
    expected: 'ít nhất một mục "kind: tasks" có danh sách tasks',
    fix: 'Thêm một mục nhiệm vụ vào sections.',
  }),
  PLAN_PART_MISSING: (a) => ({
    message: {
      recipients: 'Kế hoạch chưa có Nơi nhận (recipients)',
      signature: 'Kế hoạch chưa có khối chữ ký (signature)',
      subject: 'Chưa khai báo lĩnh vực (document.subject), cần cho trích yếu của báo cáo',
    }[a.part],
    fix: {
      recipients: 'Thêm recipients: { items: [các nơi nhận], archive: VT }.',
      signature: 'Thêm signature: { authority: TM. …, title: … } như khối chữ ký của văn bản.',
      subject: 'Thêm document.subject, ví dụ: subject: công tác trẻ em.',
    }[a.part],
  }),
  ISSUER_NOT_DECLARED: (a) => ({
    message: `Cơ quan ban hành ${q(a.id)} chưa được khai báo trong units`,
    fix: a.suggestion ? `Có phải ý bạn là ${q(a.suggestion)}?` : 'Thêm cơ quan ban hành vào units.',
  }),
  PROGRESS_TASK_UNKNOWN: (a) => ({
    message: `Không có nhiệm vụ ${q(a.id)} trong kế hoạch`,
    found: a.id,
    fix: a.suggestion ? `Có phải ý bạn là ${q(a.suggestion)}?` : 'Xem mã nhiệm vụ bằng: plan status',
  }),
  PROGRESS_INDICATOR_UNKNOWN: (a) => ({
    message: `Không có chỉ tiêu ${q(a.id)} trong kế hoạch`,
    found: a.id,
    fix: a.suggestion
      ? `Có phải ý bạn là ${q(a.suggestion)}?`
      : 'Dùng mã (id) của một chỉ tiêu khai báo trong indicators của kế hoạch.',
  }),
  PROGRESS_BEFORE_PLAN: (a) => ({
    message: `Ngày ${a.date} ở trước khi kế hoạch bắt đầu (${a.start})`,
    fix: 'Kiểm tra lại ngày; báo cáo thường được nhận sau khi kế hoạch bắt đầu.',
  }),
  PROGRESS_AFTER_PLAN: (a) => ({
    message: `Ngày ${a.date} ở sau khi kế hoạch kết thúc (${a.end}) hơn một năm`,
    fix: 'Kiểm tra lại năm (gõ nhầm, như 2205 thay cho 2025?).',
  }),
  PLAN_FILE_CASE: (a) => ({
    message: `Tệp kế hoạch tên là "${a.name}"; tên đúng là "plan.yaml" (chữ thường)`,
    fix: 'Đổi tên tệp thành plan.yaml, để mọi máy (và git) đều tìm thấy.',
  }),
});
