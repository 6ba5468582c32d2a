/**
 * The hot path of the command line: a small parser driven by the same spec that builds the
 * commander program (the spec's `define` is replayed on a recorder). It accepts only ordinary command
 * lines — known options, the right number of arguments — and returns undefined for anything else
 * (help, a typo, an option value that looks like an option, a spec feature it does not know), so
 * commander keeps being the one that explains every mistake and prints every help text.
 */
import type { Catalog } from '../i18n/index.js';
import { commandIndex } from './argv.js';
import type { CommandSpec } from './spec/types.js';

interface OptionDef {
  name: string;
  short: string | undefined;
  key: string;
  value: boolean;
  negate: boolean;
  default: unknown;
  /** `--lang`, `--no-color`: commander's program takes them wherever they stand; the command sees its defaults. */
  global: boolean;
}

interface Shape {
  options: OptionDef[];
  args: { required: boolean; variadic: boolean }[];
}

const camel = (s: string) => s.replace(/-([a-z0-9])/gu, (_, c: string) => c.toUpperCase());
const FLAGS = /^(?:-([A-Za-z]),\s*)?--([a-z][a-z0-9-]*)(?:\s+<([a-z][a-z-]*)>)?$/u;
const ARG = /^([<[])([a-z][a-z-]*)(\.\.\.)?([>\]])$/u;

/** What a spec declares, as far as the fast parser understands it; undefined when it cannot. */
export function shapeOf(spec: CommandSpec, h: Catalog['help']): Shape | undefined {
  let ok = true;
  const shape: Shape = { options: [], args: [] };
  let global = false;
  const option = (flags: string, _description?: unknown, ...rest: unknown[]) => {
    const m = FLAGS.exec(flags);
    if (!m || rest.length > 1 || typeof rest[0] === 'function') ok = false;
    else {
      const negate = m[2]!.startsWith('no-') && !m[3];
      const key = camel(negate ? m[2]!.slice(3) : m[2]!);
      if (shape.options.some((o) => o.key === key)) ok = false;
      shape.options.push({
        name: m[2]!,
        short: m[1],
        key,
        value: m[3] !== undefined,
        negate,
        default: rest.length === 1 ? rest[0] : negate ? true : undefined,
        global,
      });
    }
    return recorder;
  };
  const argument = (name: string, _description?: unknown, ...rest: unknown[]) => {
    const m = ARG.exec(name);
    const last = shape.args.at(-1);
    if (!m || (m[1] === '<') !== (m[4] === '>') || rest.length > 0 || last?.variadic) ok = false;
    else shape.args.push({ required: m[1] === '<', variadic: m[3] !== undefined });
    return recorder;
  };
  // Only what the parser understands; anything else commander offers (choices, hooks, sub-commands…)
  // is not a method here, so define() throws and the line is left to commander.
  const recorder = { option, argument, description: () => recorder };
  try {
    spec.define(recorder as never, h);
  } catch {
    return undefined;
  }
  global = true;
  option('--lang <lang>');
  option('--no-color');
  return ok ? shape : undefined;
}

/** The positional arguments and options commander would pass to the spec, or undefined. */
export function fastParse(
  spec: CommandSpec,
  argv: readonly string[],
  h: Catalog['help'],
): { args: unknown[]; opts: Record<string, unknown> } | undefined {
  const at = commandIndex(argv);
  if (at === -1 || argv[at] !== spec.name || argv.slice(0, at).includes('--')) return undefined;
  const shape = shapeOf(spec, h);
  if (!shape) return undefined;
  const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  const parsed = tokens(shape, rest);
  if (!parsed) return undefined;
  const opts: Record<string, unknown> = {};
  for (const o of shape.options) {
    const v = o.global ? undefined : parsed.values.get(o.name);
    if (v !== undefined) opts[o.key] = o.negate ? false : v;
    else if (o.default !== undefined) opts[o.key] = o.default;
  }
  const pos = parsed.positionals;
  const fixed = shape.args.filter((a) => !a.variadic).length;
  const variadic = shape.args.at(-1)?.variadic ?? false;
  if (!variadic && pos.length > fixed) return undefined;
  const args: unknown[] = [];
  for (const [i, a] of shape.args.entries()) {
    if (a.variadic) {
      if (a.required && pos.length <= i) return undefined;
      args.push(pos.slice(i));
    } else {
      if (a.required && pos[i] === undefined) return undefined;
      args.push(pos[i]);
    }
  }
  return { args, opts };
}

/**
 * Options and positionals of an ordinary line: `--name`, `--name value`, `--name=value`, `-x`,
 * `-x value`, `--` then positionals. Anything else — an unknown option, an option given twice, a value
 * that is missing or looks like an option, `-xvalue`, grouped short flags, `--flag=x` — is undefined,
 * for commander to judge. (node:util parseArgs did this before; it is compiled afresh on every run,
 * outside the code cache, and cost more than the rest of the parsing.)
 */
function tokens(
  shape: Shape,
  rest: readonly string[],
): { values: Map<string, string | true>; positionals: string[] } | undefined {
  const values = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--') {
      positionals.push(...rest.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      positionals.push(a);
      continue;
    }
    let def: OptionDef | undefined;
    let inline: string | undefined;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (eq !== -1) inline = a.slice(eq + 1);
      def = shape.options.find((o) => o.name === name);
    } else if (a.length === 2) {
      def = shape.options.find((o) => o.short === a[1]);
    }
    if (!def || values.has(def.name)) return undefined;
    if (!def.value) {
      if (inline !== undefined) return undefined;
      values.set(def.name, true);
      continue;
    }
    if (inline === undefined) {
      const next = rest[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return undefined;
      inline = next;
      i++;
    }
    values.set(def.name, inline);
  }
  return { values, positionals };
}
