/**
 * The opcode table: the single source of truth for pystm's bytecode.
 *
 * Model:
 * - A code object's instructions are an Int32Array, one word per
 *   instruction: the opcode in the low 8 bits, the argument (unsigned,
 *   < 2^24) in the high 24 bits. There is no EXTENDED_ARG and there are no
 *   CACHE words; inline caches live beside the code, indexed by instruction.
 * - Jump arguments are absolute instruction indices. A jump whose operand kind
 *   is `jump-backward` targets an index <= its own (a back-edge: the
 *   interpreter checks the transaction budget there and the tracing JIT counts
 *   loop heat); `jump-forward` targets an index > its own.
 * - Exceptions use a zero-cost exception table (see code.ts); there are no
 *   SETUP_* instructions at run time.
 * - Semantics follow CPython 3.11 (https://docs.python.org/3.11/library/dis.html)
 *   with these differences: one opcode per binary/in-place/comparison operator;
 *   calls are CALL / CALL_KW (callable below the arguments, no NULL) and
 *   LOAD_METHOD + CALL_METHOD / CALL_METHOD_KW (method-or-NULL, self-or-callable
 *   below the arguments); keyword names are a constant tuple pushed last;
 *   frames create their cells and copy the closure themselves (no MAKE_CELL /
 *   COPY_FREE_VARS); a generator function's frame starts suspended (no
 *   RETURN_GENERATOR); YIELD_VALUE's argument says what kind of suspension it
 *   is, which replaces RESUME's argument and ASYNC_GEN_WRAP.
 *
 * Each row gives the operand kind, the stack effect as `pop` / `push` (numbers
 * or functions of the argument), `jumpPush` (items pushed instead of `push`
 * when a conditional jump is taken), `needs` (stack depth the instruction
 * reads below its pops, for COPY/SWAP and friends), the control flow kind,
 * and a one-line meaning. The numeric opcodes, the name list, the
 * disassembler's decoding and the verifier are all derived from this table.
 */

/** What an instruction's argument means. */
export type OperandKind =
  | 'none'          // argument unused (0)
  | 'const'         // index into consts
  | 'name'          // index into names
  | 'local'         // index into varnames
  | 'cell'          // index into cellvars ++ freevars
  | 'jump-forward'  // absolute target index > this instruction
  | 'jump-backward' // absolute target index <= this instruction
  | 'count'         // a number of stack items
  | 'depth'         // a 1-based stack position (COPY, SWAP, LIST_APPEND, ...)
  | 'make-function' // MAKE_FUNCTION flags
  | 'format'        // FORMAT_VALUE: conversion (low 2 bits) | 4 if a spec is on the stack
  | 'call-ex'       // CALL_FUNCTION_EX: 1 if a kwargs mapping is on the stack
  | 'unpack-ex'     // UNPACK_EX: count before the star | count after << 8
  | 'yield'         // YIELD_VALUE: YieldKind
  | 'awaitable'     // GET_AWAITABLE: AwaitableWhere
  | 'reraise';      // RERAISE: 0, or the 1-based depth of the saved lasti

/** How control leaves an instruction. */
export type Flow =
  | 'next'    // falls through to the next instruction
  | 'branch'  // conditional jump: falls through or jumps to its argument
  | 'jump'    // unconditional jump to its argument
  | 'exit';   // returns or raises: no successor in this frame

type Count = number | ((arg: number) => number);

export interface OpcodeSpec {
  readonly operand: OperandKind;
  readonly pop: Count;
  readonly push: Count;
  /** For 'branch' instructions: items pushed (after `pop`) when the jump is taken. */
  readonly jumpPush?: number;
  /** Minimum stack depth before the instruction, when more than `pop`. */
  readonly needs?: (arg: number) => number;
  readonly flow: Flow;
  readonly doc: string;
}

/** YIELD_VALUE's argument. */
export const YieldKind = { YIELD: 0, YIELD_FROM: 1, AWAIT: 2 } as const;
/** GET_AWAITABLE's argument (as in CPython: where the awaitable came from). */
export const AwaitableWhere = { AWAIT: 0, AENTER: 1, AEXIT: 2 } as const;
/** MAKE_FUNCTION flags. */
export const MakeFunction = { DEFAULTS: 1, KWDEFAULTS: 2, ANNOTATIONS: 4, CLOSURE: 8 } as const;
/** FORMAT_VALUE flags. */
export const FormatValue = { NONE: 0, STR: 1, REPR: 2, ASCII: 3, CONVERSION_MASK: 3, HAVE_SPEC: 4 } as const;

const bits = (n: number) => (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1);

function spec(operand: OperandKind, pop: Count, push: Count, doc: string, extra: Partial<OpcodeSpec> = {}): OpcodeSpec {
  return { operand, pop, push, flow: 'next', doc, ...extra };
}
const binary = (doc: string) => spec('none', 2, 1, doc);
const inplace = (doc: string) => spec('none', 2, 1, `In-place ${doc} (tries __i*__ first).`);
const compare = (doc: string) => spec('none', 2, 1, `Compares TOS1 ${doc} TOS.`);
const branchIf = (doc: string, operand: OperandKind) =>
  spec(operand, 1, 0, doc, { flow: 'branch', jumpPush: 0 });

// ---------------------------------------------------------------------------
// The table. Row order is the numbering: do not reorder casually (serialised
// code stores numbers); append new opcodes at the end of their section.

export const OPCODES = {
  // Stack manipulation
  NOP: spec('none', 0, 0, 'Does nothing.'),
  POP_TOP: spec('none', 1, 0, 'Pops TOS.'),
  COPY: spec('depth', 0, 1, 'Pushes a copy of the i-th item (1 = TOS).', { needs: (i) => i }),
  SWAP: spec('depth', 0, 0, 'Swaps TOS with the i-th item (i >= 2).', { needs: (i) => i }),

  // Constants and variables
  LOAD_CONST: spec('const', 0, 1, 'Pushes consts[i].'),
  LOAD_NAME: spec('name', 0, 1, 'Pushes names[i] looked up in locals, then globals, then builtins.'),
  STORE_NAME: spec('name', 1, 0, 'Stores TOS into the locals mapping under names[i].'),
  DELETE_NAME: spec('name', 0, 0, 'Deletes names[i] from the locals mapping.'),
  LOAD_GLOBAL: spec('name', 0, 1, 'Pushes names[i] looked up in globals, then builtins.'),
  STORE_GLOBAL: spec('name', 1, 0, 'Stores TOS as global names[i].'),
  DELETE_GLOBAL: spec('name', 0, 0, 'Deletes global names[i].'),
  LOAD_FAST: spec('local', 0, 1, 'Pushes local varnames[i]; UnboundLocalError if unbound.'),
  STORE_FAST: spec('local', 1, 0, 'Stores TOS into local varnames[i].'),
  DELETE_FAST: spec('local', 0, 0, 'Unbinds local varnames[i]; UnboundLocalError if unbound.'),
  LOAD_DEREF: spec('cell', 0, 1, 'Pushes the contents of cell i; NameError if empty.'),
  LOAD_CLASSDEREF: spec('cell', 0, 1, 'Class bodies: pushes locals[name of cell i] if present, else the cell contents.'),
  STORE_DEREF: spec('cell', 1, 0, 'Stores TOS into cell i.'),
  DELETE_DEREF: spec('cell', 0, 0, 'Empties cell i; NameError if already empty.'),
  LOAD_CLOSURE: spec('cell', 0, 1, 'Pushes cell i itself (to build a closure tuple).'),
  LOAD_ATTR: spec('name', 1, 1, 'Replaces TOS with getattr(TOS, names[i]).'),
  STORE_ATTR: spec('name', 2, 0, 'Sets TOS.names[i] = TOS1.'),
  DELETE_ATTR: spec('name', 1, 0, 'Deletes TOS.names[i].'),
  LOAD_METHOD: spec('name', 1, 2, 'Replaces TOS with (unbound method, TOS) if names[i] is a plain method, else (NULL, bound attribute).'),
  BINARY_SUBSCR: spec('none', 2, 1, 'Replaces TOS1, TOS with TOS1[TOS].'),
  STORE_SUBSCR: spec('none', 3, 0, 'Sets TOS1[TOS] = TOS2.'),
  DELETE_SUBSCR: spec('none', 2, 0, 'Deletes TOS1[TOS].'),
  LOAD_BUILD_CLASS: spec('none', 0, 1, 'Pushes builtins.__build_class__.'),
  LOAD_ASSERTION_ERROR: spec('none', 0, 1, 'Pushes AssertionError.'),
  SETUP_ANNOTATIONS: spec('none', 0, 0, 'Creates locals()["__annotations__"] = {} unless present.'),
  IMPORT_NAME: spec('name', 2, 1, 'Replaces level, fromlist with __import__(names[i], globals, locals, fromlist, level).'),
  IMPORT_FROM: spec('name', 0, 1, 'Pushes attribute names[i] of the module at TOS (or the submodule).'),
  IMPORT_STAR: spec('none', 1, 0, 'Pops a module and binds its public names in the locals mapping.'),

  // Unary and binary operators
  UNARY_POSITIVE: spec('none', 1, 1, 'TOS = +TOS.'),
  UNARY_NEGATIVE: spec('none', 1, 1, 'TOS = -TOS.'),
  UNARY_NOT: spec('none', 1, 1, 'TOS = not TOS.'),
  UNARY_INVERT: spec('none', 1, 1, 'TOS = ~TOS.'),
  BINARY_ADD: binary('TOS1 + TOS.'),
  BINARY_SUBTRACT: binary('TOS1 - TOS.'),
  BINARY_MULTIPLY: binary('TOS1 * TOS.'),
  BINARY_MATRIX_MULTIPLY: binary('TOS1 @ TOS.'),
  BINARY_TRUE_DIVIDE: binary('TOS1 / TOS.'),
  BINARY_FLOOR_DIVIDE: binary('TOS1 // TOS.'),
  BINARY_MODULO: binary('TOS1 % TOS.'),
  BINARY_POWER: binary('TOS1 ** TOS.'),
  BINARY_LSHIFT: binary('TOS1 << TOS.'),
  BINARY_RSHIFT: binary('TOS1 >> TOS.'),
  BINARY_AND: binary('TOS1 & TOS.'),
  BINARY_XOR: binary('TOS1 ^ TOS.'),
  BINARY_OR: binary('TOS1 | TOS.'),
  INPLACE_ADD: inplace('TOS1 += TOS'),
  INPLACE_SUBTRACT: inplace('TOS1 -= TOS'),
  INPLACE_MULTIPLY: inplace('TOS1 *= TOS'),
  INPLACE_MATRIX_MULTIPLY: inplace('TOS1 @= TOS'),
  INPLACE_TRUE_DIVIDE: inplace('TOS1 /= TOS'),
  INPLACE_FLOOR_DIVIDE: inplace('TOS1 //= TOS'),
  INPLACE_MODULO: inplace('TOS1 %= TOS'),
  INPLACE_POWER: inplace('TOS1 **= TOS'),
  INPLACE_LSHIFT: inplace('TOS1 <<= TOS'),
  INPLACE_RSHIFT: inplace('TOS1 >>= TOS'),
  INPLACE_AND: inplace('TOS1 &= TOS'),
  INPLACE_XOR: inplace('TOS1 ^= TOS'),
  INPLACE_OR: inplace('TOS1 |= TOS'),
  COMPARE_LT: compare('<'),
  COMPARE_LE: compare('<='),
  COMPARE_EQ: compare('=='),
  COMPARE_NE: compare('!='),
  COMPARE_GT: compare('>'),
  COMPARE_GE: compare('>='),
  COMPARE_IS: compare('is'),
  COMPARE_IS_NOT: compare('is not'),
  COMPARE_IN: compare('in'),
  COMPARE_NOT_IN: compare('not in'),

  // Building containers and strings
  BUILD_TUPLE: spec('count', (n) => n, 1, 'Replaces the top n items with a tuple of them.'),
  BUILD_LIST: spec('count', (n) => n, 1, 'Replaces the top n items with a list of them.'),
  BUILD_SET: spec('count', (n) => n, 1, 'Replaces the top n items with a set of them.'),
  BUILD_MAP: spec('count', (n) => 2 * n, 1, 'Replaces n key, value pairs with a dict.'),
  BUILD_CONST_KEY_MAP: spec('count', (n) => n + 1, 1, 'Replaces n values and a tuple of n keys (TOS) with a dict.'),
  BUILD_STRING: spec('count', (n) => n, 1, 'Concatenates the top n strings.'),
  BUILD_SLICE: spec('count', (n) => n, 1, 'Replaces the top 2 or 3 items with slice(start, stop[, step]).'),
  LIST_APPEND: spec('depth', 1, 0, 'Pops TOS and appends it to the list at depth i (after the pop).', { needs: (i) => i + 1 }),
  SET_ADD: spec('depth', 1, 0, 'Pops TOS and adds it to the set at depth i (after the pop).', { needs: (i) => i + 1 }),
  MAP_ADD: spec('depth', 2, 0, 'Pops value TOS, key TOS1 and sets them in the dict at depth i (after the pops).', { needs: (i) => i + 2 }),
  LIST_EXTEND: spec('depth', 1, 0, 'Pops an iterable and extends the list at depth i with it.', { needs: (i) => i + 1 }),
  SET_UPDATE: spec('depth', 1, 0, 'Pops an iterable and updates the set at depth i with it.', { needs: (i) => i + 1 }),
  DICT_UPDATE: spec('depth', 1, 0, 'Pops a mapping and updates the dict at depth i with it.', { needs: (i) => i + 1 }),
  DICT_MERGE: spec('depth', 1, 0, 'As DICT_UPDATE, but a repeated key is a TypeError (for **kwargs); the callable is at depth i + 2 (after the pop).', { needs: (i) => i + 3 }),
  LIST_TO_TUPLE: spec('none', 1, 1, 'Replaces the list at TOS with a tuple.'),
  UNPACK_SEQUENCE: spec('count', 1, (n) => n, 'Replaces TOS with its n items, the first on top.'),
  UNPACK_EX: spec('unpack-ex', 1, (a) => (a & 0xff) + (a >> 8) + 1, 'Unpacks TOS into before-star items, a list, after-star items.'),
  FORMAT_VALUE: spec('format', (f) => (f & 4 ? 2 : 1), 1, 'Formats TOS (with the spec below it if flag 4) for an f-string.'),

  // Calls and functions
  CALL: spec('count', (n) => n + 1, 1, 'Calls the callable below n positional arguments.'),
  CALL_KW: spec('count', (n) => n + 2, 1, 'Calls the callable below n arguments and a tuple of keyword names (TOS) naming the last len(TOS) arguments.'),
  CALL_METHOD: spec('count', (n) => n + 2, 1, 'Calls after LOAD_METHOD: method-or-NULL, self-or-callable, then n arguments.'),
  CALL_METHOD_KW: spec('count', (n) => n + 3, 1, 'CALL_METHOD with a tuple of keyword names on top, as in CALL_KW.'),
  CALL_FUNCTION_EX: spec('call-ex', (f) => 2 + (f & 1), 1, 'Calls TOS2 (or TOS1) with an argument tuple and, if flag 1, a kwargs dict.'),
  MAKE_FUNCTION: spec('make-function', (f) => 1 + bits(f), 1, 'Makes a function from the code object at TOS and, per flag, closure, annotations, kw-defaults, defaults below it.'),
  RETURN_VALUE: spec('none', 1, 0, 'Returns TOS to the caller.', { flow: 'exit' }),

  // Jumps
  JUMP_FORWARD: spec('jump-forward', 0, 0, 'Jumps to the target.', { flow: 'jump' }),
  JUMP_BACKWARD: spec('jump-backward', 0, 0, 'Loop back-edge: checks the transaction budget and interrupts, counts loop heat, jumps.', { flow: 'jump' }),
  JUMP_BACKWARD_NO_INTERRUPT: spec('jump-backward', 0, 0, 'Back-edge of a yield-from/await send loop: jumps without checks.', { flow: 'jump' }),
  POP_JUMP_FORWARD_IF_FALSE: branchIf('Pops TOS; jumps if it is false.', 'jump-forward'),
  POP_JUMP_FORWARD_IF_TRUE: branchIf('Pops TOS; jumps if it is true.', 'jump-forward'),
  POP_JUMP_FORWARD_IF_NONE: branchIf('Pops TOS; jumps if it is None.', 'jump-forward'),
  POP_JUMP_FORWARD_IF_NOT_NONE: branchIf('Pops TOS; jumps if it is not None.', 'jump-forward'),
  POP_JUMP_BACKWARD_IF_FALSE: branchIf('Back-edge: pops TOS; jumps if it is false.', 'jump-backward'),
  POP_JUMP_BACKWARD_IF_TRUE: branchIf('Back-edge: pops TOS; jumps if it is true.', 'jump-backward'),
  POP_JUMP_BACKWARD_IF_NONE: branchIf('Back-edge: pops TOS; jumps if it is None.', 'jump-backward'),
  POP_JUMP_BACKWARD_IF_NOT_NONE: branchIf('Back-edge: pops TOS; jumps if it is not None.', 'jump-backward'),
  JUMP_IF_FALSE_OR_POP: spec('jump-forward', 1, 0, 'If TOS is false, jumps keeping it; else pops it.', { flow: 'branch', jumpPush: 1 }),
  JUMP_IF_TRUE_OR_POP: spec('jump-forward', 1, 0, 'If TOS is true, jumps keeping it; else pops it.', { flow: 'branch', jumpPush: 1 }),

  // Iteration, generators and coroutines
  GET_ITER: spec('none', 1, 1, 'TOS = iter(TOS).'),
  FOR_ITER: spec('jump-forward', 1, 2, 'Pushes next(TOS); when exhausted, pops the iterator and jumps.', { flow: 'branch', jumpPush: 0 }),
  GET_YIELD_FROM_ITER: spec('none', 1, 1, 'TOS = iter(TOS) unless it is a generator or (in a coroutine) a coroutine.'),
  GET_AWAITABLE: spec('awaitable', 1, 1, 'TOS = the awaitable iterator of TOS (__await__), with the error message for where it came from.'),
  GET_AITER: spec('none', 1, 1, 'TOS = TOS.__aiter__().'),
  GET_ANEXT: spec('none', 0, 1, 'Pushes the awaitable of TOS.__anext__().'),
  END_ASYNC_FOR: spec('none', 2, 0, 'Exception handler of async for: pops the exception and the async iterator; re-raises unless StopAsyncIteration.'),
  SEND: spec('jump-forward', 2, 2, 'Sends TOS into the iterator TOS1; a yielded value replaces TOS; on return, both are replaced by the value and it jumps.', { flow: 'branch', jumpPush: 1 }),
  YIELD_VALUE: spec('yield', 1, 1, 'Suspends the frame yielding TOS; on resumption TOS is the sent value. Arg: 0 yield (async generators wrap the value), 1 yield from, 2 await.'),
  BEFORE_ASYNC_WITH: spec('none', 1, 2, 'Replaces a context manager with its bound __aexit__ and the awaitable of __aenter__().'),

  // Exceptions and with
  PUSH_EXC_INFO: spec('none', 1, 2, 'Exception handler entry: pushes the previous current exception below TOS and makes TOS current.'),
  POP_EXCEPT: spec('none', 1, 0, 'Pops a previous exception and restores it as the current exception.'),
  RERAISE: spec('reraise', 1, 0, 'Re-raises TOS; if arg > 0, first restores the frame lasti from the item at depth arg (after the pop).', { flow: 'exit', needs: (i) => i + 1 }),
  RAISE_VARARGS: spec('count', (n) => n, 0, 'raise (n = 0), raise TOS (1), raise TOS1 from TOS (2).', { flow: 'exit' }),
  CHECK_EXC_MATCH: spec('none', 2, 2, 'Replaces TOS (a type) with isinstance-like match of TOS1 against it.'),
  CHECK_EG_MATCH: spec('none', 2, 2, 'except*: splits the group TOS1 by type TOS into rest (TOS1) and match (TOS, or None).'),
  PREP_RERAISE_STAR: spec('none', 2, 1, 'except*: combines the original group TOS1 and the list TOS of raised/unhandled groups into the exception to re-raise (or None).'),
  BEFORE_WITH: spec('none', 1, 2, 'Replaces a context manager with its bound __exit__ and the result of __enter__().'),
  WITH_EXCEPT_START: spec('none', 0, 1, 'Calls __exit__ (at depth 4) with the exception TOS; pushes the result.', { needs: () => 4 }),

  // Pattern matching
  GET_LEN: spec('none', 0, 1, 'Pushes len(TOS).'),
  MATCH_MAPPING: spec('none', 0, 1, 'Pushes whether TOS is a mapping (Py_TPFLAGS_MAPPING).'),
  MATCH_SEQUENCE: spec('none', 0, 1, 'Pushes whether TOS is a sequence (Py_TPFLAGS_SEQUENCE).'),
  MATCH_KEYS: spec('none', 0, 1, 'Pushes a tuple of TOS1[key] for the keys in tuple TOS, or None if any is missing.', { needs: () => 2 }),
  MATCH_CLASS: spec('count', 3, 1, 'Replaces subject, class, keyword names with a tuple of n positional + keyword attributes, or None.'),

  // Interactive mode
  PRINT_EXPR: spec('none', 1, 0, 'Interactive mode: pops TOS and passes it to sys.displayhook.'),
} as const satisfies Record<string, OpcodeSpec>;

// ---------------------------------------------------------------------------
// Derived views

export type OpName = keyof typeof OPCODES;

/** Opcode names by number. */
export const OP_NAMES: readonly OpName[] = Object.keys(OPCODES) as OpName[];

/** `Op.LOAD_CONST` -> its number. */
export const Op: { readonly [K in OpName]: number } = Object.freeze(
  Object.fromEntries(OP_NAMES.map((name, i) => [name, i])) as { [K in OpName]: number },
);

/** Specs by number. */
export const OP_SPECS: readonly OpcodeSpec[] = OP_NAMES.map((name) => OPCODES[name]);

export const OP_BITS = 8;
export const OP_MASK = 0xff;
/** Arguments must be below this (24 bits). */
export const ARG_LIMIT = 1 << 24;

if (OP_NAMES.length > OP_MASK + 1) throw new Error('opcode table overflows 8 bits');

export function encode(op: number, arg: number): number {
  return op | (arg << OP_BITS);
}
export function opcodeOf(word: number): number {
  return word & OP_MASK;
}
export function argOf(word: number): number {
  return word >>> OP_BITS;
}

export function popCount(op: number, arg: number): number {
  const p = OP_SPECS[op]!.pop;
  return typeof p === 'number' ? p : p(arg);
}
export function pushCount(op: number, arg: number): number {
  const p = OP_SPECS[op]!.push;
  return typeof p === 'number' ? p : p(arg);
}

/** Net stack effect: falling through (`jumped` false) or jumping (true). */
export function stackEffect(op: number, arg: number, jumped: boolean): number {
  const s = OP_SPECS[op]!;
  const pushed = jumped && s.flow === 'branch' ? s.jumpPush ?? 0 : pushCount(op, arg);
  return pushed - popCount(op, arg);
}

/** Stack depth the instruction requires before executing. */
export function stackNeeds(op: number, arg: number): number {
  const s = OP_SPECS[op]!;
  const pops = popCount(op, arg);
  return s.needs ? Math.max(pops, s.needs(arg)) : pops;
}

export function isJump(op: number): boolean {
  const k = OP_SPECS[op]!.operand;
  return k === 'jump-forward' || k === 'jump-backward';
}

/** Binary operator opcode for an AST operator (in-place form if `inplace`). */
export const BINARY_OPS = {
  Add: ['BINARY_ADD', 'INPLACE_ADD'],
  Sub: ['BINARY_SUBTRACT', 'INPLACE_SUBTRACT'],
  Mult: ['BINARY_MULTIPLY', 'INPLACE_MULTIPLY'],
  MatMult: ['BINARY_MATRIX_MULTIPLY', 'INPLACE_MATRIX_MULTIPLY'],
  Div: ['BINARY_TRUE_DIVIDE', 'INPLACE_TRUE_DIVIDE'],
  FloorDiv: ['BINARY_FLOOR_DIVIDE', 'INPLACE_FLOOR_DIVIDE'],
  Mod: ['BINARY_MODULO', 'INPLACE_MODULO'],
  Pow: ['BINARY_POWER', 'INPLACE_POWER'],
  LShift: ['BINARY_LSHIFT', 'INPLACE_LSHIFT'],
  RShift: ['BINARY_RSHIFT', 'INPLACE_RSHIFT'],
  BitAnd: ['BINARY_AND', 'INPLACE_AND'],
  BitXor: ['BINARY_XOR', 'INPLACE_XOR'],
  BitOr: ['BINARY_OR', 'INPLACE_OR'],
} as const satisfies Record<import('../syntax/ast.js').OperatorKind, readonly [OpName, OpName]>;

/** Comparison opcode for an AST comparison operator. */
export const COMPARE_OPS = {
  Lt: 'COMPARE_LT', LtE: 'COMPARE_LE', Eq: 'COMPARE_EQ', NotEq: 'COMPARE_NE', Gt: 'COMPARE_GT',
  GtE: 'COMPARE_GE', Is: 'COMPARE_IS', IsNot: 'COMPARE_IS_NOT', In: 'COMPARE_IN', NotIn: 'COMPARE_NOT_IN',
} as const satisfies Record<import('../syntax/ast.js').CmpOpKind, OpName>;

export const UNARY_OPS = {
  UAdd: 'UNARY_POSITIVE', USub: 'UNARY_NEGATIVE', Not: 'UNARY_NOT', Invert: 'UNARY_INVERT',
} as const satisfies Record<import('../syntax/ast.js').UnaryOpKind, OpName>;
