import { nameKey } from '../../util/text.js';
import { arr, eachUnitRef, isObj, obj, refIdOf, str } from '../access.js';
import type { RuleContext } from './index.js';

export function unitIdsAreUnique(ctx: RuleContext): void {
  const first = new Map<string, number>();
  arr(ctx.root.units).forEach((u, i) => {
    const id = str(obj(u)?.id);
    if (!id) return;
    const prev = first.get(id);
    if (prev === undefined) first.set(id, i);
    else
      ctx.report('UNIT_DUPLICATE', ['units', i, 'id'], { id, firstLine: ctx.lineOf(['units', prev, 'id']) });
  });
}

/** Every unit reference names a declared unit; a typo gets a "did you mean". */
export function unitsAreDeclared(ctx: RuleContext): void {
  const check = (
    id: string | undefined,
    path: (string | number)[],
    code: 'UNIT_UNKNOWN' | 'ISSUER_NOT_DECLARED',
  ) => {
    if (!id || ctx.registry.get(id)) return;
    const suggestion = ctx.registry.suggest(id);
    ctx.report(code, path, suggestion ? { id, suggestion } : { id });
  };
  check(str(obj(ctx.root.issuer)?.unit), ['issuer', 'unit'], 'ISSUER_NOT_DECLARED');
  for (const { ref, path } of eachUnitRef(ctx.root)) {
    check(refIdOf(ref), isObj(ref) ? [...path, 'unit'] : [...path], 'UNIT_UNKNOWN');
  }
  arr(ctx.root.units).forEach((u, i) => {
    arr(obj(u)?.members).forEach((m, j) => check(str(m), ['units', i, 'members', j], 'UNIT_UNKNOWN'));
  });
}

/**
 * A mention that names a unit in other words uses words the registry knows for it (registry.hasForm,
 * with each unit's name keys and each written form's key made once: a plan names the same few units in
 * the same words hundreds of times, and nameKey for every form of every mention was 7 % of a bulk run).
 */
export function unitFormsAreDeclared(ctx: RuleContext): void {
  const unitKeys = new Map<string, Set<string>>();
  const formKeys = new Map<string, string>();
  for (const { ref, path } of eachUnitRef(ctx.root)) {
    const r = obj(ref);
    const id = str(r?.unit);
    const form = str(r?.as);
    if (!id || !form || !ctx.registry.get(id)) continue;
    // Written exactly as declared (the usual case): equal keys without making any.
    if (ctx.registry.forms(id).includes(form)) continue;
    let keys = unitKeys.get(id);
    if (!keys) {
      keys = new Set(ctx.registry.forms(id).map(nameKey));
      unitKeys.set(id, keys);
    }
    let key = formKeys.get(form);
    if (key === undefined) {
      key = nameKey(form);
      formKeys.set(form, key);
    }
    if (!keys.has(key)) {
      ctx.report('UNIT_FORM_UNKNOWN', [...path, 'as'], { unit: id, form, forms: ctx.registry.forms(id) });
    }
  }
}

export function groupsHaveNoCycles(ctx: RuleContext): void {
  const units = arr(ctx.root.units);
  const members = new Map<string, string[]>();
  units.forEach((u) => {
    const o = obj(u);
    const id = str(o?.id);
    if (id)
      members.set(
        id,
        arr(o?.members).filter((m): m is string => typeof m === 'string'),
      );
  });
  const reported = new Set<string>();
  units.forEach((u, i) => {
    const o = obj(u);
    const id = str(o?.id);
    if (!id) return;
    if (arr(o?.members).length > 0 && o?.kind !== undefined && o.kind !== 'group') {
      ctx.report('UNIT_MEMBER_NOT_GROUP', ['units', i, 'kind'], { id });
    }
    const stack: string[] = [];
    const visit = (x: string): string[] | undefined => {
      if (stack.includes(x)) return [...stack.slice(stack.indexOf(x)), x];
      stack.push(x);
      for (const m of members.get(x) ?? []) {
        const c = visit(m);
        if (c) return c;
      }
      stack.pop();
      return undefined;
    };
    const cycle = visit(id);
    // One cycle is found from each of its members; report it once.
    const key = cycle ? [...new Set(cycle)].sort().join() : '';
    if (cycle && cycle[0] === id && !reported.has(key)) {
      reported.add(key);
      ctx.report('UNIT_GROUP_CYCLE', ['units', i, 'members'], { cycle });
    }
  });
}
