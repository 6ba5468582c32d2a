import type { PatternKind } from '../../check/diagnostic.js';
import type { DiagCatalog } from '../types.js';

const q = (s: string) => `"${s}"`;
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

export const patternVi: Record<PatternKind, string> = {
  id: 'mã gồm chữ thường không dấu, số và gạch ngang, ví dụ "cong-an-xa"',
  taskId: 'mã nhiệm vụ gồm chữ thường không dấu, số, gạch ngang hoặc dấu chấm, ví dụ "trung-thu"',
  date: 'ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2025-11-15',
  period: 'kỳ dạng 2025, 2025-H2, 2025-Q4, 2025-07 hoặc 2025-07-01..2025-09-30',
  number: 'số văn bản chỉ gồm chữ số, ví dụ "05" hoặc "120"',
  symbol: 'ký hiệu viết hoa, nối bằng gạch ngang, ví dụ "KH-UBND"',
  citation: 'số và ký hiệu dạng "65/KH-UBND" hoặc "80/2025/NĐ-CP", không có khoảng trắng',
  signature: 'dòng bắt đầu bằng TM., KT., Q., TL. hoặc TUQ. rồi một khoảng trắng',
  other: 'giá trị đúng mẫu quy định trong lược đồ',
};

export const diag: DiagCatalog = {
  FILE_TOO_LARGE: (a) => ({
    message: `Tệp quá lớn (${mb(a.size)}); giới hạn là ${mb(a.limit)}`,
    fix: 'Kiểm tra xem có chọn nhầm tệp không; một kế hoạch thường chỉ vài chục KB.',
  }),
  FILE_NOT_TEXT: (a) => ({
    message:
      a.reason === 'nul'
        ? 'Tệp không phải văn bản (có byte 0): có thể là tệp nhị phân, ảnh hoặc .docx'
        : 'Tệp không phải văn bản UTF-8',
    fix:
      a.reason === 'nul'
        ? 'Chọn đúng tệp .yaml; để đưa văn bản Word vào, dùng: plan import <tệp.docx>'
        : 'Lưu lại tệp với bảng mã UTF-8 (trong trình soạn thảo: Save with Encoding → UTF-8).',
  }),
  FILE_EMPTY: (a) => ({
    message: a.onlyComments ? 'Tệp chỉ có chú thích, không có dữ liệu' : 'Tệp rỗng',
    fix: 'Tạo khung kế hoạch bằng: plan init',
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
  YAML_DUPLICATE_KEY: (a) => ({
    message: `Trường ${q(a.key)} bị lặp lại trong cùng một mục`,
    fix: 'Xóa một trong hai dòng, hoặc gộp nội dung của chúng.',
  }),
  YAML_ALIAS_LIMIT: (a) => ({
    message: `Quá nhiều tham chiếu YAML (*tên); giới hạn là ${a.limit}`,
    fix: 'Viết thẳng giá trị thay cho tham chiếu &/*. Tệp kế hoạch không cần tham chiếu lồng nhau.',
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
    message: `Lỗi cú pháp YAML: ${a.detail}`,
    fix: 'Kiểm tra dấu hai chấm, dấu nháy và thụt lề ở dòng này và dòng trên.',
  }),
  SCHEMA_REQUIRED: (a) => ({
    message: `Thiếu trường bắt buộc ${q(a.property)}`,
    fix: `Thêm dòng "${a.property}: …" vào mục này.`,
  }),
  SCHEMA_UNKNOWN_PROPERTY: (a) => ({
    message: `Trường ${q(a.property)} không có trong định dạng`,
    ...(a.suggestion
      ? { fix: `Có phải ý bạn là ${q(a.suggestion)}?` }
      : { fix: 'Xóa trường này hoặc sửa lại tên.' }),
  }),
  SCHEMA_TYPE: (a) => ({
    message: `Sai kiểu dữ liệu: cần ${typeName(a.expected)}, nhưng gặp ${typeName(a.found)}`,
    expected: typeName(a.expected),
    found: typeName(a.found),
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
  }),
  SCHEMA_PATTERN: (a) => ({
    message: `Giá trị ${q(a.found)} không đúng mẫu`,
    expected: patternVi[a.what],
    found: a.found,
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
    message: `Giá trị ${a.found} nằm ngoài giới hạn (${a.comparison} ${a.limit})`,
    found: a.found,
  }),
  SCHEMA_INVALID: (a) => ({ message: `Giá trị không hợp lệ: ${a.detail}` }),
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
    message: `Thời gian của nhiệm vụ ${a.number} (${a.start} – ${a.end}) nằm ngoài thời gian của kế hoạch`,
    expected: `trong khoảng ${a.periodStart} – ${a.periodEnd}`,
    found: `${a.start} – ${a.end}`,
    fix: 'Sửa lại thời hạn, hoặc mở rộng period của kế hoạch.',
  }),
  TIMEFRAME_PARTLY_OUTSIDE: (a) => ({
    message: `Thời gian của nhiệm vụ ${a.number} (${a.start} – ${a.end}) vượt ra ngoài thời gian của kế hoạch`,
    expected: `trong khoảng ${a.periodStart} – ${a.periodEnd}`,
    found: `${a.start} – ${a.end}`,
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
    ...(a.suggestion ? { fix: `Có phải ý bạn là ${q(a.suggestion)}?` } : {}),
  }),
  PROGRESS_BEFORE_PLAN: (a) => ({
    message: `Ngày ${a.date} ở trước khi kế hoạch bắt đầu (${a.start})`,
    fix: 'Kiểm tra lại ngày; báo cáo thường được nhận sau khi kế hoạch bắt đầu.',
  }),
};
