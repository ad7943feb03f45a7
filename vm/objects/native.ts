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
import type { BuiltinTypeName } from './core.js';

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
  /** Writable attributes: [getter, setter]. */
  readonly accessors?: Readonly<Record<string, readonly [(self: number) => number, (self: number, v: number) => void]>>;
}

/** The specs of every builtin type, in registration order (filled by the type files' registration). */
export const TYPE_SPECS: TypeSpec[] = [];

export function declareType(spec: TypeSpec): TypeSpec {
  TYPE_SPECS.push(spec);
  return spec;
}
