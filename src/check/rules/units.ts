import type { Path } from '../../load/path.js';
import { nameKey } from '../../util/text.js';
import { arr, eachUnitRef, isObj, obj, refIdOf, refPath, str } from '../access.js';
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
  // Paths are made only for what is reported: a plan has a hundred references, nearly always all known.
  const known = (id: string | undefined) => !id || ctx.registry.get(id) !== undefined;
  const report = (id: string, path: Path, code: 'UNIT_UNKNOWN' | 'ISSUER_NOT_DECLARED') => {
    const suggestion = ctx.registry.suggest(id);
    ctx.report(code, path, suggestion ? { id, suggestion } : { id });
  };
  const issuer = str(obj(ctx.root.issuer)?.unit);
  if (!known(issuer)) report(issuer!, ['issuer', 'unit'], 'ISSUER_NOT_DECLARED');
  for (const r of eachUnitRef(ctx.root)) {
    const id = refIdOf(r.ref);
    if (!known(id)) report(id!, isObj(r.ref) ? [...refPath(r), 'unit'] : refPath(r), 'UNIT_UNKNOWN');
  }
  arr(ctx.root.units).forEach((u, i) => {
    arr(obj(u)?.members).forEach((m, j) => {
      const id = str(m);
      if (!known(id)) report(id!, ['units', i, 'members', j], 'UNIT_UNKNOWN');
    });
  });
}

/**
 * A mention that names a unit in other words uses words the registry knows for it (registry.hasForm,
 * with each unit's name keys and each written form's key made once: a plan names the same few units in
 * the same words hundreds of times, and nameKey for every form of every mention was 7 % of a bulk run).
 */
export function unitFormsAreDeclared(ctx: RuleContext): void {
  const unitForms = new Map<string, { forms: string[]; keys?: Set<string> }>();
  for (const r of eachUnitRef(ctx.root)) {
    const ref = r.ref;
    if (!isObj(ref)) continue;
    const id = str(ref.unit);
    const form = str(ref.as);
    if (!id || !form || !ctx.registry.get(id)) continue;
    let u = unitForms.get(id);
    if (!u) {
      u = { forms: ctx.registry.forms(id) };
      unitForms.set(id, u);
    }
    // Written exactly as declared (the usual case): equal keys without making any.
    if (u.forms.includes(form)) continue;
    u.keys ??= new Set(u.forms.map(sharedNameKey));
    if (!u.keys.has(sharedNameKey(form))) {
      ctx.report('UNIT_FORM_UNKNOWN', [...refPath(r), 'as'], { unit: id, form, forms: [...u.forms] });
    }
  }
}

/**
 * nameKey remembered across plans: the plans of a province name their units in much the same words
 * ("Công an xã", "Các cơ quan, ban, ngành"), and bulk validation makes these keys for every plan. Bounded
 * so a run over thousands of plans keeps flat memory; the key is a pure function of the text.
 */
function sharedNameKey(form: string): string {
  let key = NAME_KEYS.get(form);
  if (key === undefined) {
    if (NAME_KEYS.size >= NAME_KEYS_MAX) NAME_KEYS.clear();
    key = detached(nameKey(form));
    NAME_KEYS.set(detached(form), key);
  }
  return key;
}
const NAME_KEYS = new Map<string, string>();
const NAME_KEYS_MAX = 4096;
/**
 * A copy of `s` that holds none of a bigger string: a name js-yaml read is a slice of the whole plan's
 * text, and a slice kept in a memo across plans would keep that text (tens of kilobytes) alive with it.
 * Joining makes a new string and slicing it flattens that copy (V8 copies on flattening).
 */
const detached = (s: string): string => ` ${s}`.slice(1);

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
