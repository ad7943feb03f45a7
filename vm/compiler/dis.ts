/**
 * The disassembler: a stable, readable text of a code object and, after it,
 * of every code object in its consts (depth first). Snapshot tests compare
 * this text, so its format changes only on purpose.
 *
 * Per code object: a header (name, qualname, file and first line, argument
 * counts, flags, stack size, locals / cells / frees / names), then one line
 * per instruction:
 *
 *     <line> <>> if a jump or handler target> <index> <OPNAME> <arg> (<meaning>)
 *
 * where the source line is printed where it changes, then the exception
 * table (start, end, handler, depth, lasti).
 */

import { CO, exceptionEntries, isCode, type CodeObject } from './code.js';
import { argOf, AwaitableWhere, FormatValue, MakeFunction, opcodeOf, OP_NAMES, OP_SPECS, type OperandKind } from './opcodes.js';
import { pyRepr } from './pyrepr.js';

export function disassemble(code: CodeObject): string {
  const out: string[] = [];
  disassembleInto(code, out);
  return out.join('\n') + '\n';
}

function disassembleInto(code: CodeObject, out: string[]): void {
  if (out.length) out.push('');
  header(code, out);
  instructions(code, out);
  exceptionTable(code, out);
  for (const c of code.consts) if (isCode(c)) disassembleInto(c, out);
}

// ---------------------------------------------------------------------------
// Header

const FLAG_NAMES: [number, string][] = [
  [CO.OPTIMIZED, 'OPTIMIZED'], [CO.NEWLOCALS, 'NEWLOCALS'], [CO.VARARGS, 'VARARGS'],
  [CO.VARKEYWORDS, 'VARKEYWORDS'], [CO.NESTED, 'NESTED'], [CO.GENERATOR, 'GENERATOR'], [CO.NOFREE, 'NOFREE'],
  [CO.COROUTINE, 'COROUTINE'], [CO.ITERABLE_COROUTINE, 'ITERABLE_COROUTINE'], [CO.ASYNC_GENERATOR, 'ASYNC_GENERATOR'],
  [CO.FUTURE_DIVISION, 'FUTURE_DIVISION'], [CO.FUTURE_ABSOLUTE_IMPORT, 'FUTURE_ABSOLUTE_IMPORT'],
  [CO.FUTURE_WITH_STATEMENT, 'FUTURE_WITH_STATEMENT'], [CO.FUTURE_PRINT_FUNCTION, 'FUTURE_PRINT_FUNCTION'],
  [CO.FUTURE_UNICODE_LITERALS, 'FUTURE_UNICODE_LITERALS'], [CO.FUTURE_BARRY_AS_BDFL, 'FUTURE_BARRY_AS_BDFL'],
  [CO.FUTURE_GENERATOR_STOP, 'FUTURE_GENERATOR_STOP'], [CO.FUTURE_ANNOTATIONS, 'FUTURE_ANNOTATIONS'],
];

function flagText(flags: number): string {
  const names = FLAG_NAMES.filter(([bit]) => flags & bit).map(([, n]) => n);
  return `0x${flags.toString(16).padStart(8, '0')}${names.length ? ' (' + names.join(', ') + ')' : ''}`;
}

function list(items: readonly string[]): string {
  return items.length ? items.map((x, i) => `${i}: ${x}`).join(', ') : '-';
}

function header(code: CodeObject, out: string[]): void {
  out.push(`Code object ${code.name} (qualname ${code.qualname}), file "${code.filename}", line ${code.firstlineno}`);
  out.push(`  args: ${code.argcount} positional (${code.posonlyargcount} positional-only), ${code.kwonlyargcount} keyword-only`);
  out.push(`  flags: ${flagText(code.flags)}`);
  out.push(`  stack size: ${code.stacksize}`);
  out.push(`  locals: ${list(code.varnames)}`);
  const cells = code.cellvars.map((n, i) => (code.cell2arg[i]! >= 0 ? `${n} (argument ${code.cell2arg[i]})` : n));
  out.push(`  cells: ${list(cells)}`);
  out.push(`  frees: ${list(code.freevars.map((n, i) => `${n} (cell ${code.cellvars.length + i})`))}`);
  out.push(`  names: ${list(code.names)}`);
  if (code.docstring !== null) out.push(`  docstring: ${pyRepr({ kind: 'str', value: code.docstring })}`);
}

// ---------------------------------------------------------------------------
// Instructions

type Decoder = (arg: number, code: CodeObject, op: string) => string;

const MAKE_FUNCTION_FLAGS: [number, string][] = [
  [MakeFunction.DEFAULTS, 'defaults'], [MakeFunction.KWDEFAULTS, 'kwdefaults'],
  [MakeFunction.ANNOTATIONS, 'annotations'], [MakeFunction.CLOSURE, 'closure'],
];
const CONVERSIONS = ['', 'str', 'repr', 'ascii'];
const YIELD_KINDS = ['yield', 'yield from', 'await'];
const AWAITABLE_KINDS: Record<number, string> = {
  [AwaitableWhere.AWAIT]: '', [AwaitableWhere.AENTER]: 'after __aenter__', [AwaitableWhere.AEXIT]: 'after __aexit__',
};

/** What an argument means, per operand kind (exhaustive over OperandKind). */
const DECODERS = {
  none: () => '',
  const: (arg, code) => pyRepr(code.consts[arg]!),
  name: (arg, code) => code.names[arg] ?? '?',
  local: (arg, code) => code.varnames[arg] ?? '?',
  cell: (arg, code) => (arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length]) ?? '?',
  'jump-forward': (arg) => `to ${arg}`,
  'jump-backward': (arg) => `to ${arg}`,
  count: () => '',
  depth: () => '',
  'make-function': (arg) => MAKE_FUNCTION_FLAGS.filter(([bit]) => arg & bit).map(([, n]) => n).join(', '),
  format: (arg) => [CONVERSIONS[arg & FormatValue.CONVERSION_MASK], arg & FormatValue.HAVE_SPEC ? 'with format' : '']
    .filter(Boolean).join(', '),
  'call-ex': (arg) => (arg & 1 ? 'kwargs' : ''),
  'unpack-ex': (arg) => `${arg & 0xff} before, ${arg >> 8} after`,
  yield: (arg) => YIELD_KINDS[arg] ?? '?',
  awaitable: (arg) => AWAITABLE_KINDS[arg] ?? '?',
  reraise: (arg) => (arg ? `lasti at ${arg}` : ''),
} satisfies Record<OperandKind, Decoder>;

function instructions(code: CodeObject, out: string[]): void {
  const targets = new Set<number>();
  for (let i = 0; i < code.code.length; i++) {
    const op = opcodeOf(code.code[i]!);
    const k = OP_SPECS[op]?.operand;
    if (k === 'jump-forward' || k === 'jump-backward') targets.add(argOf(code.code[i]!));
  }
  for (const e of exceptionEntries(code)) targets.add(e.handler);
  let lastLine = -2;
  for (let i = 0; i < code.code.length; i++) {
    const word = code.code[i]!;
    const op = opcodeOf(word), arg = argOf(word);
    const name = OP_NAMES[op] ?? `<${op}>`;
    const spec = OP_SPECS[op];
    const line = code.positions[4 * i]!;
    const lineText = line !== lastLine ? (line < 0 ? '--' : String(line)) : '';
    lastLine = line;
    const marker = targets.has(i) ? '>>' : '';
    let text = `${lineText.padStart(4)} ${marker.padStart(2)} ${String(i).padStart(5)} ${name}`;
    if (spec !== undefined && spec.operand !== 'none') {
      const meaning = (DECODERS[spec.operand] as Decoder)(arg, code, name);
      text = `${text.padEnd(42)} ${String(arg).padStart(4)}${meaning ? ` (${meaning})` : ''}`;
    }
    out.push(text.trimEnd());
  }
}

function exceptionTable(code: CodeObject, out: string[]): void {
  const entries = exceptionEntries(code);
  if (!entries.length) return;
  out.push('ExceptionTable:');
  for (const e of entries) {
    out.push(`  ${e.start} to ${e.end - 1} -> ${e.handler} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
  }
}
