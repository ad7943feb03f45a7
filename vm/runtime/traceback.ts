/**
 * Printing an uncaught exception as CPython 3.11 does: the chain of causes
 * and contexts, `Traceback (most recent call last):`, one `File ..., line
 * N, in name` entry per traceback record with its source line, the caret
 * line (`^^^^`, or `~~~^~~~` anchors for binary operators and subscripts,
 * following traceback.py's rules), then `Type: message`.
 */
import { notesText, syntaxErrorBlock } from './specs-exceptions.js';
import { readFileSync } from 'node:fs';
import { load } from '../../gc/heap.js';
import { CODE, EXC, K, PyRaise, T, TB, TYPE, typeOf } from '../objects/core.js';
import { strOf } from '../objects/protocol.js';
import { jsString } from '../objects/str.js';
import { codeInfo } from '../interp/code.js';
import { parse } from '../syntax/parse.js';
import { suggestionFor } from './suggestions.js';
import { groupExceptions, isGroup } from '../objects/exception-group.js';

const sourceCache = new Map<string, string[] | null>();

/** Registers the text of a program that has no file (-c, stdin). */
export function registerSource(filename: string, text: string): void {
  sourceCache.set(filename, text.split(/\r\n|\r|\n/));
}

export function sourceLine(filename: string, lineno: number): string | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    try {
      lines = readFileSync(filename, 'utf8').split(/\r\n|\r|\n/);
    } catch {
      lines = null;
    }
    sourceCache.set(filename, lines);
  }
  if (!lines || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1]!;
}

/** Character offset of UTF-8 byte offset `b` in `s`. */
function charOffset(s: string, b: number): number {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.from(bytes.subarray(0, b)).toString('utf8').length;
}

interface Anchors { left: number; right: number }

function caretAnchors(segment: string): Anchors | null {
  let tree;
  try {
    tree = parse(segment, '<segment>', 'exec');
  } catch {
    return null;
  }
  if (tree._type !== 'Module' || tree.body.length !== 1) return null;
  const st = tree.body[0]!;
  if (st._type !== 'Expr') return null;
  const e = st.value;
  const norm = (b: number) => charOffset(segment, b);
  if (e._type === 'BinOp') {
    const opStart = norm(e.left.end_col_offset), opEnd = norm(e.right.col_offset);
    const opStr = segment.slice(opStart, opEnd);
    const lead = opStr.length - opStr.trimStart().length;
    let left = opStart + lead;
    let right = left + 1;
    if (lead + 1 < opStr.length && !/\s/.test(opStr[lead + 1]!)) right++;
    while (left < segment.length && /[\s)#]/.test(segment[left]!)) { left++; right++; }
    return { left, right };
  }
  if (e._type === 'Subscript') {
    let left = norm(e.value.end_col_offset);
    let right = norm(e.slice.end_col_offset + 1);
    while (left < segment.length && /[\s)#]/.test(segment[left]!) || segment[left] === '[' && false) left++;
    while (right < segment.length && /[\s)#]/.test(segment[right - 1] ?? '') && false) right++;
    return { left, right };
  }
  return null;
}

export function formatEntry(tb: number, out: string[]): void {
  const code = load(tb + TB.CODE);
  const filename = jsString(load(code + CODE.FILENAME));
  const lineno = load(tb + TB.LINENO);
  out.push(`  File "${filename}", line ${lineno}, in ${jsString(load(code + CODE.NAME))}\n`);
  const line = sourceLine(filename, lineno);
  if (line === null) return;
  const stripped = line.trim();
  if (!stripped) return;
  out.push(`    ${stripped}\n`);
  const ci = codeInfo(code);
  const i = load(tb + TB.LASTI) * 4;
  const [l0, l1, c0, c1] = [ci.positions[i]!, ci.positions[i + 1]!, ci.positions[i + 2]!, ci.positions[i + 3]!];
  if (l0 !== lineno || c0 < 0 || c1 < 0 || l1 < 0) return;
  const strippedChars = line.length - line.trimStart().length;
  const start = charOffset(line, c0);
  let end = l1 === l0 ? charOffset(line, c1) : 0;
  let anchors: Anchors | null = null;
  if (l1 === l0) anchors = caretAnchors(line.slice(start, end));
  else end = strippedChars + stripped.length;
  if (end - start < stripped.length || (anchors && anchors.right - anchors.left > 0)) {
    let carets = ' '.repeat(start - strippedChars);
    if (anchors) {
      carets += '~'.repeat(anchors.left) + '^'.repeat(anchors.right - anchors.left) + '~'.repeat(end - start - anchors.right);
    } else carets += '^'.repeat(end - start);
    out.push(`    ${carets}\n`);
  }
}

/** CPython prints at most this many traceback entries (the newest). */
const TRACEBACK_LIMIT = 1000;
/** Repeats of one line beyond this many are summarised. */
const RECURSIVE_CUTOFF = 3;

function formatEntries(first: number, out: string[]): void {
  let depth = 0;
  for (let t = first; t; t = load(t + TB.NEXT)) depth++;
  let tb = first;
  while (depth > TRACEBACK_LIMIT) { tb = load(tb + TB.NEXT); depth--; }
  let lastKey = '', count = 0;
  for (; tb; tb = load(tb + TB.NEXT)) {
    const code = load(tb + TB.CODE);
    const key = `${load(code + CODE.FILENAME)}:${load(tb + TB.LINENO)}:${load(code + CODE.NAME)}`;
    if (key !== lastKey) {
      if (count > RECURSIVE_CUTOFF) out.push(repeated(count - RECURSIVE_CUTOFF));
      lastKey = key;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) formatEntry(tb, out);
  }
  if (count > RECURSIVE_CUTOFF) out.push(repeated(count - RECURSIVE_CUTOFF));
}

function repeated(n: number): string {
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

export function exceptionLine(exc: number): string {
  const block = syntaxErrorBlock(exc);
  if (block !== null) return block + notesText(exc);
  const t = typeOf(exc);
  let name = jsString(load(t + TYPE.QUALNAME));
  const mod = load(t + TYPE.MODULE);
  const modName = mod && mod !== K.None && typeOf(mod) === T.str ? jsString(mod) : '';
  if (modName && modName !== '__main__' && modName !== 'builtins') name = `${modName}.${name}`;
  let text: string;
  try {
    text = strOf(exc);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    text = '<exception str() failed>';
  }
  const hint = suggestionFor(exc);
  if (hint) text += `. Did you mean: '${hint}'?`;
  return (text ? `${name}: ${text}\n` : `${name}\n`) + notesText(exc);
}

/** Nesting of exception groups being printed (CPython's exception_print_context). */
interface GroupContext {
  depth: number;
  needClose: boolean;
}

/** CPython's limits for printing nested groups. */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function margin(ctx: GroupContext): string {
  return ' '.repeat(2 * ctx.depth) + (ctx.depth ? '| ' : '');
}

/** Lines of `text` with the group margin in front of each. */
function indented(ctx: GroupContext, text: string[]): string {
  if (!ctx.depth) return text.join('');
  return text.join('').split(/(?<=\n)/).map((l) => margin(ctx) + l).join('');
}

function formatOne(exc: number, out: string[], seen: Set<number>, ctx: GroupContext = { depth: 0, needClose: false }): void {
  seen.add(exc);
  const cause = load(exc + EXC.CAUSE), context = load(exc + EXC.CONTEXT);
  let chained: string | null = null, link = 0;
  if (cause && cause !== K.None && !seen.has(cause)) {
    link = cause;
    chained = 'The above exception was the direct cause of the following exception:\n';
  } else if (context && context !== K.None && !load(exc + EXC.SUPPRESS) && !seen.has(context)) {
    link = context;
    chained = 'During handling of the above exception, another exception occurred:\n';
  }
  if (chained) {
    const needClose = ctx.needClose;
    formatOne(link, out, seen, ctx);
    ctx.needClose = needClose;
    out.push(margin(ctx) + '\n', margin(ctx) + chained, margin(ctx) + '\n');
  }
  if (isGroup(exc)) formatGroup(exc, out, seen, ctx);
  else formatPlain(exc, out, ctx);
}

function formatPlain(exc: number, out: string[], ctx: GroupContext): void {
  const tb = load(exc + EXC.TRACEBACK);
  if (tb && tb !== K.None) {
    const group = isGroup(exc);
    const header = group ? 'Exception Group Traceback (most recent call last):\n' : 'Traceback (most recent call last):\n';
    out.push(group && ctx.depth === 1 ? ' '.repeat(2) + '+ ' + header : margin(ctx) + header);
    const entries: string[] = [];
    formatEntries(tb, entries);
    out.push(indented(ctx, entries));
  }
  out.push(indented(ctx, [exceptionLine(exc)]));
}

function formatGroup(exc: number, out: string[], seen: Set<number>, ctx: GroupContext): void {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    out.push(`${margin(ctx)}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  if (ctx.depth === 0) ctx.depth = 1;
  formatPlain(exc, out, ctx);
  const excs = groupExceptions(exc);
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const pad = ' '.repeat(2 * ctx.depth);
    const truncated = i >= MAX_GROUP_WIDTH;
    out.push(`${pad}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    ctx.depth++;
    if (!truncated) formatOne(excs[i]!, out, seen, ctx);
    else {
      const more = excs.length - MAX_GROUP_WIDTH;
      out.push(`${margin(ctx)}and ${more} more exception${more > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      out.push(`${' '.repeat(2 * ctx.depth)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (ctx.depth === 1) ctx.depth = 0;
}


/** The full text CPython's default excepthook prints for `exc`. */
export function formatException(exc: number): string {
  const out: string[] = [];
  formatOne(exc, out, new Set());
  return out.join('');
}
