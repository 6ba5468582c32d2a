/**
 * The unit registry an import builds: every wording of a unit the document uses is folded to one key
 * ("Phòng Văn hóa - Xã hội xã" and "Phòng Văn hóa - Xã hội", "UBND xã" and "Ủy ban nhân dân xã Minh
 * Long"), the longest wording becomes the name, the others aliases, and each unit gets a stable ASCII id.
 */
import type { UnitFile, UnitRef } from '../../model/types.js';
import { nameKey, slugify } from '../../util/text.js';
import { lower } from '../source/fold.js';

export type UnitKind = NonNullable<UnitFile['kind']>;

interface Entry {
  key: string;
  forms: string[];
  name?: string;
  short?: string;
  kind?: UnitKind;
  /** Only cited (a legal basis issuer, a report recipient): an external body unless used elsewhere. */
  cited: boolean;
  used: boolean;
  order: number;
}

export interface BookContext {
  /** The issuer's level word ("xã", "tỉnh", "thành phố"): "Công an xã" is the commune's police. */
  level?: string;
  /** The issuer's place ("Minh Long"). */
  place?: string;
}

/** A reference recorded while the plan is built; resolved to an id and a wording at the end. */
export interface PendingRef {
  readonly pending: true;
  key: string;
  text: string;
  sep: ',' | ';' | 'và';
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/gu, 'ủy ban nhân dân'],
  [/\bhđnd\b/gu, 'hội đồng nhân dân'],
  [/\bubmttqvn\b/gu, 'ủy ban mặt trận tổ quốc việt nam'],
  [/\bubmttq\b/gu, 'ủy ban mặt trận tổ quốc'],
  [/\bmttqvn\b/gu, 'mặt trận tổ quốc việt nam'],
  [/\bmttq\b/gu, 'mặt trận tổ quốc'],
  [/\bvh-xh\b/gu, 'văn hóa - xã hội'],
  [/\bct-xh\b/gu, 'chính trị - xã hội'],
];

export class UnitBook {
  private readonly entries = new Map<string, Entry>();
  private ids: Map<string, string> | undefined;

  constructor(private readonly ctx: BookContext = {}) {}

  key(text: string): string {
    let k = nameKey(text).replace(/[“”"]/gu, '');
    for (const [re, full] of ABBREVIATIONS) k = k.replace(re, full);
    k = k
      .replace(
        /\btrên địa bàn(?: (?:xã|phường|tỉnh|thành phố|huyện|quận|thị xã|thị trấn))?(?: [^,;]*)?$/u,
        '',
      )
      .trim();
    const place = this.ctx.place ? nameKey(this.ctx.place) : undefined;
    if (place && k.endsWith(` ${place}`)) k = k.slice(0, -place.length - 1).trim();
    const level = this.ctx.level ? nameKey(this.ctx.level) : undefined;
    if (level && k.endsWith(` ${level}`) && k !== level) k = k.slice(0, -level.length - 1).trim();
    const ws = k
      .replace(/[,;.()]/gu, ' ')
      .split(/\s+/u)
      .filter((w) => w && w !== '-' && w !== 'các' && w !== 'những');
    let joined = ws.join(' ');
    joined = joined.replace(/\bcơ quan ngành\b/u, 'cơ quan ban ngành');
    return joined.split(' ').sort().join(' ');
  }

  /** Record a wording of a unit; returns a reference to resolve later. */
  mention(text: string, opts: { sep?: ',' | ';' | 'và'; kind?: UnitKind; cited?: boolean } = {}): PendingRef {
    const t = text.trim();
    const key = this.key(t);
    let e = this.entries.get(key);
    if (!e) {
      e = { key, forms: [], cited: true, used: false, order: this.entries.size };
      this.entries.set(key, e);
    }
    if (!e.forms.includes(t)) e.forms.push(t);
    if (opts.kind && !e.kind) e.kind = opts.kind;
    if (!opts.cited) e.used = true;
    this.ids = undefined;
    return { pending: true, key, text: t, sep: opts.sep ?? ',' };
  }

  /** Give a unit its official name and short form (the issuer, from the header). */
  declare(text: string, name: string, short: string | undefined, kind: UnitKind): PendingRef {
    const ref = this.mention(text, { kind });
    const e = this.entries.get(ref.key)!;
    e.name = name;
    e.short = short;
    e.kind = kind;
    for (const f of [name, ...(short ? [short] : [])]) if (!e.forms.includes(f)) e.forms.push(f);
    return ref;
  }

  has(text: string): boolean {
    return this.entries.has(this.key(text));
  }

  private nameOf(e: Entry): string {
    if (e.name) return e.name;
    let best = e.forms[0]!;
    for (const f of e.forms) if (f.length > best.length) best = f;
    return best.replace(/^Các /u, 'các ').replace(/^Những /u, 'những ');
  }

  private idMap(): Map<string, string> {
    if (this.ids) return this.ids;
    const ids = new Map<string, string>();
    const taken = new Set<string>();
    for (const e of [...this.entries.values()].sort((a, b) => a.order - b.order)) {
      const base = unitId(this.nameOf(e), this.ctx.place);
      let id = base;
      for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
      taken.add(id);
      ids.set(e.key, id);
    }
    this.ids = ids;
    return ids;
  }

  /** The final reference: an id, or {unit, as, sep} when the wording or separator differs. */
  resolve(ref: PendingRef): UnitRef {
    const e = this.entries.get(ref.key)!;
    const id = this.idMap().get(ref.key)!;
    const as = ref.text === this.nameOf(e) ? undefined : ref.text;
    if (!as && ref.sep === ',') return id;
    return { unit: id, ...(as ? { as } : {}), ...(ref.sep !== ',' ? { sep: ref.sep } : {}) };
  }

  idOf(ref: PendingRef): string {
    return this.idMap().get(ref.key)!;
  }

  nameOfRef(ref: PendingRef): string {
    return this.nameOf(this.entries.get(ref.key)!);
  }

  units(): UnitFile[] {
    const ids = this.idMap();
    return [...this.entries.values()]
      .sort((a, b) => a.order - b.order)
      .map((e) => {
        const name = this.nameOf(e);
        const short = e.short && nameKey(e.short) !== nameKey(name) ? e.short : undefined;
        const seen = new Set([nameKey(name), ...(short ? [nameKey(short)] : [])]);
        const aliases: string[] = [];
        for (const f of e.forms) {
          const k = nameKey(f);
          if (seen.has(k)) continue;
          seen.add(k);
          aliases.push(f);
        }
        const kind = e.kind ?? (e.cited && !e.used ? 'external' : kindOf(name));
        return {
          id: ids.get(e.key)!,
          name,
          ...(short ? { short } : {}),
          ...(aliases.length ? { aliases } : {}),
          kind,
        };
      });
  }
}

/** "Ủy ban nhân dân xã Minh Long" → "ubnd-xa"; "các thôn trên địa bàn xã" → "cac-thon". */
export function unitId(name: string, place?: string): string {
  let n = nameKey(name);
  for (const [re, abbr] of [
    [/ủy ban nhân dân/gu, 'ubnd'],
    [/hội đồng nhân dân/gu, 'hdnd'],
    [/ủy ban mặt trận tổ quốc việt nam/gu, 'ubmttq'],
    [/mặt trận tổ quốc việt nam/gu, 'mttq'],
    [/mặt trận tổ quốc/gu, 'mttq'],
  ] as [RegExp, string][])
    n = n.replace(re, abbr);
  n = n.replace(/\s+trên địa bàn.*$/u, '').replace(/\s*\([^)]*\)/gu, '');
  if (place) {
    const p = nameKey(place);
    const without = n.replace(new RegExp(`\\s+${p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u'), '');
    if (without.trim()) n = without;
  }
  let id = slugify(n) || 'don-vi';
  if (id.length > 40) id = id.slice(0, 41).replace(/-[^-]*$/u, '');
  return id;
}

function kindOf(name: string): UnitKind {
  const k = lower(name);
  const single = /^(sở|phòng|ban|trung tâm|văn phòng|bộ|cục|chi cục|báo|đài)\s/u.test(k);
  if (/^(các|những) /u.test(k) || /(^|\s)các\s/u.test(k) || (/,/u.test(k) && !single)) return 'group';
  const starts = (re: RegExp) => new RegExp(`^(${re.source})(?=\\s|$)`, 'u').test(k);
  if (starts(/ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd/u)) return 'authority';
  if (starts(/ủy ban mặt trận|ubmttq|mttq|đoàn|hội|mặt trận|liên đoàn|công đoàn|liên minh/u))
    return 'organisation';
  if (starts(/trường|nhà trẻ/u)) return 'school';
  if (starts(/thôn|tổ dân phố|bản|ấp|khu phố|làng/u)) return 'village';
  return 'agency';
}

export const isPending = (v: unknown): v is PendingRef =>
  typeof v === 'object' && v !== null && (v as PendingRef).pending === true;
