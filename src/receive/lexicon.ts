/**
 * Near-synonyms units and plans use for the same field of work, kept as data: a passage and a task
 * that each use a word of one group share that group's concept (written "~key" among their words),
 * so "tin báo liên quan đến bạo lực trẻ em" meets a task on "phòng, chống xâm hại trẻ em". Each entry
 * is a concept and the phrases (folded: no diacritics, lower case) that stand for it. Add a phrase to
 * the group it means; a phrase may sit in more than one group.
 */
export const LEXICON: Readonly<Record<string, readonly string[]>> = {
  'xam-hai': [
    'xam hai',
    'bao luc',
    'xam hai tinh duc',
    'danh dap',
    'bao hanh',
    'nguoc dai',
    'bo roi',
    'mua ban nguoi',
    'xam pham',
    'tin bao',
    'vu viec',
    'can thiep',
  ],
  'y-te': [
    'tiem chung',
    'vac xin',
    'y te',
    'dinh duong',
    'suy dinh duong',
    'can do',
    'kham suc khoe',
    'suc khoe',
    'dich benh',
    'tram y te',
    'uong vitamin',
    'vitamin a',
    'tang truong',
    'chieu cao',
    'can nang',
  ],
  // Who a passage speaks to (học sinh, nhà trường) says nothing of its subject: not here.
  'hoc-duong': ['bo hoc', 'huy dong tre', 'ra lop', 'tro lai lop', 'hoc duong', 'chuyen can', 'si so'],
  mang: ['moi truong mang', 'tren mang', 'internet', 'mang xa hoi', 'truc tuyen', 'zalo', 'facebook'],
  'truyen-thong': [
    'truyen thong',
    'tuyen truyen',
    'loa truyen thanh',
    'phat thanh',
    'tong dai 111',
    'tong dai',
    'to roi',
    'pano',
    'khau hieu',
    'sinh hoat chuyen de',
  ],
  'phap-ly': ['tro giup phap ly', 'phap ly', 'nuoi con nuoi', 'ho tich', 'khai sinh', 'tu van phap luat'],
  'van-hoa': ['thiet che', 'van hoa', 'the thao', 'vui choi', 'san choi', 'thu vien', 'van nghe'],
  'tham-gia': ['quyen tham gia', 'dien dan', 'lang nghe tre em', 'y kien tre em', 'doi thieu nien'],
  'hoan-canh': [
    'hoan canh dac biet',
    'hoan canh kho khan',
    'mo coi',
    'khong noi nuong tua',
    'khuyet tat',
    'ho ngheo',
    'can ngheo',
  ],
  'nguon-luc': ['nguon luc', 'ung ho', 'hoc bong', 'tang qua', 'xe dap', 'nha tai tro', 'mai am'],
  'du-lieu': [
    'du lieu',
    'thong ke',
    'co so du lieu',
    'cap nhat thong tin',
    'phan mem',
    'lam sach',
    'chi tieu thong ke',
  ],
  'tai-nan': [
    'tai nan',
    'thuong tich',
    'duoi nuoc',
    'boi an toan',
    'day boi',
    'an toan giao thong',
    'mu bao hiem',
  ],
  'trung-thu': ['trung thu', 'ruoc den', 'pha co', 'banh trung thu', 'trang ram', 'dem hoi trang ram'],
  'lao-dong': ['lao dong tre em', 'lao dong trai quy dinh', 'tre em lao dong'],
};

/** The concepts a folded text names, as "~key" words. */
export function concepts(folded: string): string[] {
  const padded = ` ${folded} `;
  const out: string[] = [];
  for (const [key, phrases] of Object.entries(LEXICON)) {
    if (phrases.some((p) => padded.includes(` ${p.toLowerCase()} `))) out.push(`~${key}`);
  }
  return out;
}
