import { closest, nameKey } from '../util/text.js';
import type { PlanFile, UnitFile, UnitRef } from './types.js';

export interface Unit {
  id: string;
  name: string;
  short: string | undefined;
  aliases: string[];
  kind: NonNullable<UnitFile['kind']> | 'agency';
  members: string[];
}

export interface Mention {
  id: string;
  /** The words used for the unit at this place: `as`, or the registry name. */
  text: string;
  /** Separator written before this mention (the first has none): a comma, a semicolon or the word "và". */
  sep: ',' | ';' | 'và';
}

/** The unit registry: official names, short forms and aliases, and group membership. */
export class UnitRegistry {
  readonly byId = new Map<string, Unit>();

  constructor(units: readonly UnitFile[]) {
    for (const u of units) {
      if (this.byId.has(u.id)) continue;
      this.byId.set(u.id, {
        id: u.id,
        name: u.name,
        short: u.short,
        aliases: u.aliases ?? [],
        kind: u.kind ?? 'agency',
        members: u.members ?? [],
      });
    }
  }

  static of(plan: Pick<PlanFile, 'units'>): UnitRegistry {
    return new UnitRegistry(Array.isArray(plan.units) ? plan.units : []);
  }

  get(id: string): Unit | undefined {
    return this.byId.get(id);
  }

  name(id: string): string {
    return this.byId.get(id)?.name ?? id;
  }

  /** The name forms a mention may use. */
  forms(id: string): string[] {
    const u = this.byId.get(id);
    if (!u) return [];
    return [u.name, ...(u.short ? [u.short] : []), ...u.aliases];
  }

  /** Whether `form` is one of the unit's declared names, compared the Vietnamese way. */
  hasForm(id: string, form: string): boolean {
    const k = nameKey(form);
    return this.forms(id).some((f) => nameKey(f) === k);
  }

  suggest(id: string): string | undefined {
    const direct = closest(id, this.byId.keys());
    if (direct) return direct;
    // Someone may have typed the name instead of the id.
    const k = nameKey(id);
    for (const u of this.byId.values()) if (this.forms(u.id).some((f) => nameKey(f) === k)) return u.id;
    return undefined;
  }

  /** Find a unit by any of its names. */
  findByName(name: string): Unit | undefined {
    const k = nameKey(name);
    for (const u of this.byId.values()) if (this.forms(u.id).some((f) => nameKey(f) === k)) return u;
    return undefined;
  }

  /** A group's leaf units (recursively); a unit without members is itself. Cycles are cut. */
  expand(id: string, seen = new Set<string>()): string[] {
    if (seen.has(id)) return [];
    seen.add(id);
    const u = this.byId.get(id);
    if (!u || u.members.length === 0) return [id];
    return u.members.flatMap((m) => this.expand(m, seen));
  }

  /** The groups a unit belongs to, directly or through other groups. */
  groupsOf(id: string): string[] {
    const out: string[] = [];
    const visit = (x: string) => {
      for (const g of this.byId.values()) {
        if (g.members.includes(x) && !out.includes(g.id)) {
          out.push(g.id);
          visit(g.id);
        }
      }
    };
    visit(id);
    return out;
  }
}

export const refId = (ref: UnitRef): string => (typeof ref === 'string' ? ref : ref.unit);

export function mentions(refs: readonly UnitRef[] | undefined, registry: UnitRegistry): Mention[] {
  return (refs ?? []).map((r) => ({
    id: refId(r),
    text: typeof r === 'string' || !r.as ? registry.name(refId(r)) : r.as,
    sep: typeof r === 'string' ? ',' : (r.sep ?? ','),
  }));
}

/** "Các cơ quan, ban, ngành; các Tổ chức chính trị - xã hội xã; các thôn" */
export function joinMentions(list: readonly Mention[]): string {
  return list
    .map((m, i) => (i === 0 ? m.text : m.sep === 'và' ? ` và ${m.text}` : `${m.sep} ${m.text}`))
    .join('');
}
