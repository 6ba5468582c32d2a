import jsYaml from 'js-yaml';
import { cleanData, INVISIBLE } from './clean.js';

/**
 * The data of a YAML file read the fast way, or undefined to say "take the careful way".
 *
 * The careful way (parseYamlFile: the `yaml` Document API) keeps a position for every node and explains
 * every mistake, but costs ~50 ms to load and ~10 ms per plan. Most files a command reads are fine, so
 * they are read with js-yaml (~8 ms to load, ~1 ms per plan) and checked; only when the fast read fails,
 * or the checks find anything at all, is the file read again the careful way to say where and why.
 *
 * Anything the careful way reports or treats specially sends the file there: aliases and anchors
 * (js-yaml shares aliased nodes, which an alias bomb turns into exponential work), directives, tags,
 * `__proto__`, invisible characters, deep nesting, keys equal only after normalisation, an empty file,
 * document markers other than a leading `---`, surrogate escapes. CRLF line ends are read as LF.
 * A differential test checks both ways give the same data wherever both succeed.
 */
export function fastValue(source: string): unknown {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  // Windows line ends (Notepad, Git for Windows) are line ends: YAML reads CRLF as LF everywhere, even
  // inside quoted and block text, so the scan and js-yaml see the file as the careful reader does.
  if (text.includes('\r\n')) text = text.replace(/\r\n/gu, '\n');
  if (
    unsafe(text) ||
    (text.includes('\\') && SURROGATE_ESCAPE.test(text)) ||
    ((text.includes('---') || text.includes('...')) && documentMarkers(text)) ||
    text.includes('__proto__') ||
    tooDeep(text) ||
    unusualFlow(text)
  )
    return undefined;
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (value === null || value === undefined || typeof value !== 'object') return undefined;
  // Nothing to clean: the checks above found no invisible character, surrogate escape or `__proto__`,
  // and without a backslash no escape can bring one in; js-yaml's strings are pieces of the text joined
  // by spaces and line breaks (which compose with nothing), so in NFC text every one is NFC already.
  // Without aliases js-yaml shares no node, so the data is a tree of fresh plain objects as cleanData
  // would build it (a repeated key is an error to js-yaml). Rebuilding it cost half as much as the parse.
  if (!text.includes('\\') && text.normalize('NFC') === text) return value;
  try {
    return cleanData(value, collision);
  } catch {
    return undefined;
  }
}

/**
 * Anchors, aliases, tags, directives, merge keys, tabs, lone CRs and complex keys ("? …", "[a]: …"): left to
 * the careful reader, which reports or refuses them where js-yaml would quietly turn them into strings.
 */
function unsafe(text: string): boolean {
  // One pattern per construct, each tried only when its character is there: one alternation of them
  // all was tried at every position of the text (7 % of a bulk run). Any CR left after CRLF became LF
  // is sent on (a lone one, or one just before another CR's LF: stricter than needed, never looser).
  return (
    UNSAFE_CHAR.test(text) ||
    text.includes('<<') ||
    (text.includes('?') && COMPLEX_KEY.test(text)) ||
    ((text.includes(']') || text.includes('}')) && FLOW_KEY.test(text))
  );
}
/**
 * Anchor, alias, tag, directive, tab and CR characters, and the invisible ones (clean.ts), in one class:
 * one pass over the text instead of two. Without the u flag (each is a single UTF-16 unit): the same
 * matches, several times faster.
 */
const UNSAFE_CHAR = new RegExp(`[&*!%\\t\\r${INVISIBLE.source.slice(1, -1)}]`);
const COMPLEX_KEY = /^[ \t-]*\?(?:[ \t]|$)/mu;
const FLOW_KEY = /[\]}][ \t]*:(?:[ \t]|$)/m;
/** `"\uD83D"`: possibly half a character, which the careful reader refuses with its position. */
const SURROGATE_ESCAPE = /\\(?:u|U0000)[dD][89a-fA-F]/u;

/**
 * `---` and `...` lines. A file may start with a bare `---` (many editors add it); anything else — text
 * after the marker (`--- key: value`, not valid YAML), a second document, an end marker — is left to
 * the careful reader, which refuses it or says why.
 */
function documentMarkers(text: string): boolean {
  const re = /^(?:---|\.\.\.)(?=[ \t]|$)(.*)$/gmu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].startsWith('---') || !/^[ \t]*(?:#.*)?$/u.test(m[1]!)) return true;
    // Only comments and blank lines may come before it.
    if (!/^(?:[ \t]*(?:#.*)?\n)*$/u.test(text.slice(0, m.index))) return true;
  }
  return false;
}

/** Deep indentation could be deep nesting, which the careful reader refuses (flow nesting: unusualFlow). */
const tooDeep = (text: string): boolean => text.includes(DEEP_INDENT) && /^ {120,}/mu.test(text);
const DEEP_INDENT = ' '.repeat(120);

/**
 * Flow and quoting where js-yaml is more lenient than the YAML spec (and the careful reader): a `[…]`,
 * `{…}` or quoted scalar continued on the next line, text glued to a closing bracket or quote (`}#`),
 * empty entries or keys (`, ,`, `{ :`), and a collection used as a key inside `{…}`.
 */
export function unusualFlow(text: string): boolean {
  let blockIndent = -1; // inside a block scalar (">-", "|") started on a line with this indentation
  let leadingBlank = -1; // widest blank line before the block's first content line (-1: content seen)
  // Line by line without splitting the text (no string per line): where the next ">"/"|" and the next
  // quote or bracket are is kept (each character's next place found again with indexOf only once
  // passed), so a line without either is passed over, and outside a block scalar the walk jumps
  // straight to the next line that has one (most lines of a plan are prose or `key: value`).
  const ahead = [-1, -1, -1, -1, -1, -1]; // where each WATCHED character next is
  const nextOf = (k: number, from: number) => {
    if (ahead[k]! < from) {
      const i = text.indexOf(WATCHED[k]!, from);
      ahead[k] = i < 0 ? text.length : i;
    }
    return ahead[k]!;
  };
  for (let start = 0; start <= text.length; ) {
    const block = Math.min(nextOf(0, start), nextOf(1, start));
    const flow = Math.min(nextOf(2, start), nextOf(3, start), nextOf(4, start), nextOf(5, start));
    if (blockIndent < 0) {
      const first = Math.min(block, flow);
      if (first === text.length) return false;
      start = text.lastIndexOf('\n', first - 1) + 1;
    }
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = end + 1;
    if (blockIndent >= 0) {
      const indent = leadingSpace(text, start, end);
      if (indent === end - start) {
        if (leadingBlank >= 0) leadingBlank = Math.max(leadingBlank, end - start);
        start = next;
        continue;
      }
      // A blank line indented past the first content line is an error in YAML (js-yaml lets it pass).
      if (leadingBlank > indent) return true;
      leadingBlank = -1;
      if (indent > blockIndent) {
        start = next;
        continue;
      }
      blockIndent = -1;
    }
    if (block < end) {
      const line = text.slice(start, end);
      if (BLOCK_SCALAR.test(line)) {
        // Its content is indented past the key ("      - text: >-" → past column 8); erring high only
        // means scanning content lines, which can send a file to the careful reader but never skip one.
        const prefix = /^[ -]*/u.exec(line)![0];
        // "          - >-": a list item that is itself the block: its content is past the dash.
        blockIndent = /^[>|]/u.test(line.slice(prefix.length)) ? prefix.trimEnd().length - 1 : prefix.length;
        leadingBlank = 0;
        start = next;
        continue;
      }
    }
    if (flow < end && unusualFlowLine(text, start, end)) return true;
    start = next;
  }
  return false;
}

/** The characters unusualFlow looks for: a block scalar's '>' or '|', a quote or an opening bracket. */
const WATCHED = ['>', '|', '"', "'", '[', '{'];

/**
 * The flow collections and quotes of the line text[start, end), character by character (codes: a
 * Vietnamese letter as a one-character string is an allocation).
 */
function unusualFlowLine(text: string, start: number, end: number): boolean {
  const open: number[] = []; // the flow collections open at this point: '[' or '{'
  let quote = 0; // the open quote's code, 0 outside quotes
  let prev = 0; // the last character that was not a space (0: none): decides whether a quote or bracket opens a value
  let closed = false; // just after a closing quote or bracket, where the careful reader is strict
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (closed && !(c === SP || c === TAB || c === COMMA || c === RSQ || c === RCB || c === COLON))
      return true;
    closed = false;
    if (quote) {
      if (quote === DQ && c === BACKSLASH) i++;
      else if (c === quote && quote === SQ && i + 1 < end && text.charCodeAt(i + 1) === SQ) i++;
      else if (c === quote) {
        quote = 0;
        prev = c;
        closed = true;
      } else {
        // Quoted text: on to just before the next quote or backslash, which the lines above decide.
        while (i + 1 < end) {
          const d = text.charCodeAt(i + 1);
          if (d === quote || d === BACKSLASH) break;
          i++;
        }
      }
      continue;
    }
    if (c === SP || c === TAB) continue;
    if (c === HASH && (i === start || text.charCodeAt(i - 1) === SP || text.charCodeAt(i - 1) === TAB)) break;
    const inFlow = open.length > 0;
    if (inFlow && (c === COMMA || c === COLON) && (prev === COMMA || prev === LCB || prev === LSQ))
      return true;
    // A colon inside […] or {…} that is not "key: value" ("a::", "a:b") is read differently too.
    if (inFlow && c === COLON && (prev === COLON || !endsFlowKey(text, i + 1, end))) return true;
    const opensValue =
      prev === 0 || prev === COLON || prev === DASH || prev === LSQ || prev === LCB || prev === COMMA;
    if (inFlow && c === QUESTION && opensValue) return true; // an explicit key inside […] or {…}
    if ((c === DQ || c === SQ) && opensValue) quote = c;
    else if ((c === LSQ || c === LCB) && (opensValue || inFlow)) {
      // In a mapping, a collection in key position ("{ a: 1, [b]: 2 }" or "{ a:, [b] }") is a complex key.
      if (open.at(-1) === LCB && (prev === COMMA || prev === LCB)) return true;
      if (open.push(c) > 32) return true;
    } else if ((c === RSQ || c === RCB) && inFlow) {
      open.pop();
      closed = true;
    }
    prev = c;
  }
  return quote !== 0 || open.length > 0;
}

/** After a colon inside a flow collection: the line ends, or a space, ",", "]" or "}" follows (`/^[\s,\]}]?$/`). */
function endsFlowKey(text: string, i: number, end: number): boolean {
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return c === COMMA || c === RSQ || c === RCB || isWhiteSpace(c);
}

/**
 * How many characters at the start of text[start, end) String.prototype.trimStart would remove: the
 * line's indentation as the scan has always measured it (any JavaScript white space, not only spaces).
 */
function leadingSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
  return i - start;
}
const isWhiteSpace = (c: number): boolean =>
  c === SP ||
  (c >= 9 && c <= 13) ||
  (c > 127 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

// The characters unusualFlow looks at, as codes: ' ', tab, ',', ':', '-', '#', '?', '"', "'", '\\', '[', ']', '{', '}'.
const SP = 32;
const TAB = 9;
const COMMA = 44;
const COLON = 58;
const DASH = 45;
const HASH = 35;
const QUESTION = 63;
const DQ = 34;
const SQ = 39;
const BACKSLASH = 92;
const LSQ = 91;
const RSQ = 93;
const LCB = 123;
const RCB = 125;

/** A line whose value is a block scalar: its content lines follow, more indented. */
const BLOCK_SCALAR = /(?:^|[:-][ \t]+)[>|][+-]?[1-9]?[+-]?[ \t]*(?:#.*)?$/u;

class Collision extends Error {}

/** Two keys equal only once cleaned are left to the careful reader, which reports them. */
const collision = (): never => {
  throw new Collision();
};
