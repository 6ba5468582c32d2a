import { endWith } from '../document/blocks.js';
import { cleanText } from '../document/cleanText.js';
import { reportDoc } from '../i18n/vi/report.js';
import type { Plan } from '../model/plan.js';
import { capitalizeFirst, nameKey } from '../util/text.js';
import { lowerFirst } from './titlePhrase.js';
import { vnNumber } from './vnNumber.js';

const d = reportDoc;

/**
 * Words a unit's passage starts with when it says what the unit did ("Phối hợp với các thôn tổ chức
 * …"): such a passage reads "Công an xã đã phối hợp …". The second list are verbs of asking, which take
 * no "đã" ("Công an xã đề nghị …").
 */
const DID = [
  'đã',
  'tiếp tục',
  'phối hợp',
  'tổ chức',
  'triển khai',
  'thực hiện',
  'tuyên truyền',
  'vận động',
  'duy trì',
  'cập nhật',
  'tiếp nhận',
  'rà soát',
  'lồng ghép',
  'phát thanh',
  'mở',
  'chỉ đạo',
  'ban hành',
  'kiểm tra',
  'xây dựng',
  'hướng dẫn',
  'tham mưu',
  'thăm',
  'trao',
  'tặng',
  'hỗ trợ',
  'tập huấn',
  'khám',
  'tiêm',
  'cấp',
  'giải quyết',
  'xử lý',
  'điều tra',
  'nắm',
  'theo dõi',
  'quản lý',
  'phát động',
  'chăm lo',
  'huy động',
  'lập',
  'thống kê',
  'tăng cường',
  'đẩy mạnh',
  'củng cố',
  'nhân rộng',
  'treo',
  'cắm',
  'in',
  'phát',
  'biên soạn',
  'mời',
  'giới thiệu',
  'hoàn thành',
  'tiến hành',
];
const ASK = ['đề nghị', 'kiến nghị', 'đề xuất', 'xin', 'mong'];
/** Words units use for themselves: replaced by the unit's name. */
const SELF = ['đơn vị', 'chúng tôi', 'cơ quan'];

const startsWithWord = (key: string, w: string) =>
  key === w || key.startsWith(`${w} `) || key.startsWith(`${w},`);

/**
 * One passage of a unit's report, attributed to the unit as the commune's report writes it: kept as it
 * is when it names the unit itself; "Công an xã đã phối hợp …" when it starts with what was done;
 * "Theo báo cáo của Công an xã, …" otherwise. Without a unit, the passage as written.
 */
export function attributed(
  plan: Plan,
  unitId: string | undefined,
  text: string,
  tense: 'did' | 'will' = 'did',
  /** The sender as its report names itself, for a unit of the registry that is a group ("Trường THCS Minh Long"). */
  sender?: string | undefined,
): string {
  // A label the unit put before the passage ("Khó khăn: …") is the report's heading's job.
  const t = capitalizeFirst(
    endWith(
      cleanText(text)
        .replace(/^[-–+•*]\s*/u, '')
        .replace(
          /^(khó khăn|vướng mắc|tồn tại|hạn chế|kiến nghị|đề xuất|kết quả)(\s*(,|và)\s*\p{L}+(\s\p{L}+)?)*\s*:\s*/iu,
          '',
        )
        // A connective that tied the passage to the unit's previous one ("Tuy nhiên, …") does not
        // tie it to the commune's report, where it stands on its own.
        .replace(/^(tuy nhiên|bên cạnh đó|ngoài ra|mặt khác)\s*,\s*/iu, ''),
      '.',
    ),
  );
  if (!unitId) return capitalizeFirst(t);
  const name = cleanText(sender ?? plan.units.name(unitId));
  const key = nameKey(t);
  const forms = [...plan.units.forms(unitId), ...(sender ? [sender] : [])].map(nameKey);
  if (forms.some((f) => startsWithWord(key, f))) return capitalizeFirst(t);
  // A passage that opens with the head of the unit's name ("Ban nhân dân thôn phối hợp …" from Ban nhân
  // dân thôn Làng Ren) gets the whole name, so the commune's reader knows which one.
  const words = name.split(/\s+/u);
  for (let k = words.length - 1; k >= Math.max(3, Math.ceil(words.length / 2)); k--) {
    const head = new RegExp(
      `^${words
        .slice(0, k)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
        .join('\\s+')}(?=[\\s,])`,
      'iu',
    ).exec(t);
    if (head) return capitalizeFirst(`${name}${t.slice(head[0].length)}`);
  }
  for (const w of SELF) {
    if (startsWithWord(key, w)) return capitalizeFirst(`${name}${t.slice(w.length)}`);
  }
  // A unit named in lower case ("các thôn trên địa bàn xã") still opens the sentence with a capital.
  if (ASK.some((w) => startsWithWord(key, w))) return capitalizeFirst(d.unitDid(name, lowerFirst(t), false));
  if (DID.some((w) => startsWithWord(key, w))) {
    // What the unit will do ("Tiếp tục tổ chức …", its directions) takes no "đã".
    const past = tense === 'did' && !startsWithWord(key, 'đã');
    return capitalizeFirst(d.unitDid(name, lowerFirst(t), past));
  }
  return d.according(name, lowerFirst(t));
}

/** Figures that the passage's own words do not already give, as one sentence; empty when none. */
export function figuresSentence(
  text: string,
  figures: readonly { label: string; value: number; unit?: string | null | undefined }[],
): string {
  const plain = text.replace(/\./gu, '');
  const missing = figures.filter((f) => {
    const v = vnNumber(f.value).replace(/\./gu, '');
    return !new RegExp(`(^|\\D)0*${v.replace(',', '[,.]')}(\\D|$)`, 'u').test(plain);
  });
  if (missing.length === 0) return '';
  const item = (f: (typeof figures)[number]) => {
    const u = f.unit ? cleanText(f.unit) : '';
    const v = vnNumber(f.value);
    return `${lowerFirst(cleanText(f.label))} ${u === '%' ? `${v}%` : u ? `${v} ${u}` : v}`;
  };
  return d.figuresSentence(missing.map(item).join('; '));
}
