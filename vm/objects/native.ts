/**
 * Native (TypeScript) functions and the declarative type tables.
 *
 * Model:
 * - A native function is a heap NATIVE object (name, bound self, qualname,
 *   native id, kind). The id indexes `NATIVES`, a per-worker JS table that
 *   every worker fills in the same deterministic order (the order of the
 *   specs passed to bootstrap and of the keys inside each spec), so an id
 *   means the same function everywhere.
 * - Calling convention (vectorcall-like): `fn(args, kwnames)`; `args` holds
 *   the positional arguments then the keyword values, `kwnames` names the
 *   last `kwnames.length` of them (or is null). Methods receive self as
 *   args[0]. A native returns a value (never 0) or throws `raise(...)`.
 * - Kinds: FUNCTION (no binding), METHOD (binds the instance when looked up
 *   through one), CLASSMETHOD (binds the class), STATIC.
 * - Each builtin type file ends with a `TypeSpec`: its methods, class
 *   methods, read-only attributes (getters) and `__new__`, from which
 *   bootstrap builds the type's dict. This is the only registration path.
 */
import { K, raise, T, type BuiltinTypeName } from './core.js';

export type NativeFn = (args: number[], kwnames: readonly string[] | null) => number;

export const NativeKind = { FUNCTION: 0, METHOD: 1, CLASSMETHOD: 2, STATIC: 3 } as const;

export interface NativeEntry {
  readonly name: string;
  readonly fn: NativeFn;
}

/** The per-worker native function table (index = native id). */
export const NATIVES: NativeEntry[] = [];

export function registerNative(name: string, fn: NativeFn): number {
  NATIVES.push({ name, fn });
  return NATIVES.length - 1;
}

/** A builtin type's declaration (see the end of each type file). */
export interface TypeSpec {
  readonly name: BuiltinTypeName;
  /** Base type name; default 'object' ('object' itself has none). */
  readonly base?: BuiltinTypeName | null;
  /** gc layout id of instances. */
  readonly layout: number;
  /** Can Python classes derive from it? */
  readonly subclassable?: boolean;
  readonly doc?: string;
  /** `__new__(cls, *args)`. */
  readonly new?: NativeFn;
  readonly methods?: Readonly<Record<string, NativeFn>>;
  readonly classmethods?: Readonly<Record<string, NativeFn>>;
  readonly staticmethods?: Readonly<Record<string, NativeFn>>;
  /** Read-only attributes computed from the instance. */
  readonly getters?: Readonly<Record<string, (self: number) => number>>;
  /** Writable attributes: [getter, setter, optional deleter]. */
  readonly accessors?: Readonly<Record<string, readonly [(self: number) => number, (self: number, v: number) => void, ((self: number) => void)?]>>;
  /** `__hash__ = None` in the type's dict (list, dict, set, bytearray: unhashable, not Hashable). */
  readonly unhashable?: boolean;
  /** Argument signatures of methods and class methods, checked before the call (see `withArity`). */
  readonly arity?: Readonly<Record<string, string>>;
}

/**
 * A method's declared signature, in one of CPython's calling styles (each
 * with its own TypeError wording):
 * - `''`       no arguments (METH_NOARGS): "list.clear() takes no arguments (1 given)"
 * - `'O'`      exactly one (METH_O): "list.append() takes exactly one argument (0 given)"
 * - `'1-3'`    PyArg_ParseTuple: "startswith() takes at least 1 argument (0 given)"
 * - `'=1-2'`   Argument Clinic, positional-only: "get expected at least 1 argument, got 0"
 * - `'kw:N:a,b'` Clinic with keywords a, b (N required): "split() takes at most 2 arguments (3 given)",
 *              "'x' is an invalid keyword argument for split()"
 * - `'*:a,b'`  keyword-only a, b: "sort() takes no positional arguments"
 * A trailing `+kw` lets keywords through unchecked; otherwise every style
 * but `kw`/`*` rejects them: "str.startswith() takes no keyword arguments".
 */
export function withArity(qualname: string, sig: string, fn: NativeFn): NativeFn {
  const check = arityCheck(qualname, sig);
  return (args, kw) => {
    if (args.length === 0) return failArity(`unbound method ${qualname}() needs an argument`);
    const msg = check(args.length - 1 - (kw ? kw.length : 0), kw);
    return msg === null ? fn(args, kw) : failArity(msg);
  };
}

/** `withArity` for a plain function (no self in args[0]): module functions. */
export function withFunctionArity(qualname: string, sig: string, fn: NativeFn): NativeFn {
  const check = arityCheck(qualname, sig);
  const names = sig.startsWith('kw:') ? sig.split(':')[2]!.split(',') : null;
  return (args, kw) => {
    const npos = args.length - (kw ? kw.length : 0);
    const msg = check(npos, kw);
    if (msg !== null) return failArity(msg);
    return kw && kw.length && names ? fn(keywordsAsPositional(args, kw, npos, names), null) : fn(args, kw);
  };
}

/**
 * For `kw:` signatures of functions: the keyword arguments moved to their
 * positions, so the function sees positional arguments only; an omitted
 * optional parameter before a given one is passed as None (the function's
 * "default" marker for such parameters).
 */
function keywordsAsPositional(args: number[], kw: readonly string[], npos: number, names: readonly string[]): number[] {
  const out = args.slice(0, npos);
  let last = npos - 1;
  for (const k of kw) last = Math.max(last, names.indexOf(k));
  for (let i = npos; i <= last; i++) {
    const at = kw.indexOf(names[i]!);
    out.push(at < 0 ? K.None : args[npos + at]!);
  }
  return out;
}

/**
 * A plain function that takes no keyword arguments (CPython's METH_O,
 * METH_VARARGS and positional-only builtins): keywords raise
 * "len() takes no keyword arguments" before the call.
 */
export function withoutKeywords(qualname: string, fn: NativeFn): NativeFn {
  return (args, kw) => (kw && kw.length ? failArity(`${qualname}() takes no keyword arguments`) : fn(args, null));
}

/** The check behind `withArity`: null if `npos` positionals and keywords `kw` fit `sig`, else the TypeError message. */
function arityCheck(qualname: string, sig: string): (npos: number, kw: readonly string[] | null) => string | null {
  const kwOk = sig.endsWith('+kw');
  if (kwOk) sig = sig.slice(0, -3);
  const name = qualname.slice(qualname.lastIndexOf('.') + 1);
  if (sig.startsWith('kw:') || sig.startsWith('*:')) return keywordCheck(name, sig);
  const noKw = (kw: readonly string[] | null) => (kw && kw.length && !kwOk ? `${qualname}() takes no keyword arguments` : null);
  const count = countCheck(qualname, name, sig);
  return (n, kw) => noKw(kw) ?? count(n);
}

function failArity(msg: string): never {
  throw raise(T.TypeError, msg);
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

function countCheck(qualname: string, name: string, sig: string): (n: number) => string | null {
  if (sig === '') return (n) => (n === 0 ? null : `${qualname}() takes no arguments (${n} given)`);
  if (sig === 'O') return (n) => (n === 1 ? null : `${qualname}() takes exactly one argument (${n} given)`);
  const clinic = sig.startsWith('=');
  const [lo, hi] = (clinic ? sig.slice(1) : sig).split('-').map(Number) as [number, number];
  return (n) => {
    if (n >= lo && n <= hi) return null;
    const [how, k] = lo === hi ? ['exactly ', lo] : n < lo ? ['at least ', lo] : ['at most ', hi];
    if (clinic) return `${name} expected ${how === 'exactly ' ? '' : how}${k} argument${plural(k)}, got ${n}`;
    return `${name}() takes ${how}${k} argument${plural(k)} (${n} given)`;
  };
}

function keywordCheck(name: string, sig: string): (n: number, kw: readonly string[] | null) => string | null {
  const parts = sig.split(':');
  const kwOnly = parts[0] === '*';
  const names = (kwOnly ? parts[1]! : parts[2]!).split(',').filter((x) => x);
  const required = kwOnly ? 0 : Number(parts[1]);
  return (n, kw) => {
    if (kwOnly && n > 0) return `${name}() takes no positional arguments`;
    const total = n + (kw ? kw.length : 0);
    if (total > names.length) {
      return `${name}() takes at most ${names.length} ${n === 0 ? 'keyword ' : ''}argument${plural(names.length)} (${total} given)`;
    }
    for (const k of kw ?? []) {
      const at = names.indexOf(k);
      if (at < 0) return `'${k}' is an invalid keyword argument for ${name}()`;
      if (at < n) return `argument for ${name}() given by name ('${k}') and position (${at + 1})`;
    }
    for (let i = n; i < required; i++) {
      if (!kw || !kw.includes(names[i]!)) return `${name}() missing required argument '${names[i]}' (pos ${i + 1})`;
    }
    return null;
  };
}

/** The specs of every builtin type, in registration order (filled by the type files' registration). */
export const TYPE_SPECS: TypeSpec[] = [];

export function declareType(spec: TypeSpec): TypeSpec {
  TYPE_SPECS.push(spec);
  return spec;
}
