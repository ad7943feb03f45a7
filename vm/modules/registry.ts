/**
 * Native modules: modules written in TypeScript (`math`, `time`, `_re`, ...).
 *
 * Model: each module is one declarative `ModuleSpec` (its functions, their
 * signatures, and an `init` that adds constants and classes). `MODULE_SPECS`
 * (vm/modules/index.ts) lists them; bootstrap calls `registerModules()`,
 * which gives every function its native id in that fixed order, so an id
 * means the same function in every worker. The module object itself is built
 * in the heap on first import (`importNativeModule`), then cached in
 * sys.modules like any module; a module nobody imports costs one table row.
 *
 * Native modules come before sys.path in the import order (CPython's
 * BuiltinImporter does the same for its builtin modules). A module that is
 * mostly Python is a `lib/x.py` importing a small native `_x`.
 *
 * Invariants: no module keeps Python state in JS variables — anything that
 * must survive (a random generator's state, a buffer) lives in heap objects
 * the module dict reaches; per-worker JS caches hold only data rebuildable
 * from the heap (e.g. compiled regex programs keyed by pattern text).
 */
import { allocateLayout, store } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { K, MODULE_DICT, T } from '../objects/core.js';
import { dictSet, newDict } from '../objects/dict.js';
import { newNativeObject } from '../objects/function.js';
import { NativeKind, registerNative, withFunctionArity, type NativeFn } from '../objects/native.js';
import { intern } from '../objects/str.js';

export interface ModuleSpec {
  readonly name: string;
  readonly doc?: string;
  /** Module-level functions, in the dict in this order. */
  readonly functions?: Readonly<Record<string, NativeFn>>;
  /** Signatures of `functions`, in `withArity`'s notation (vm/objects/native.ts), checked before the call. */
  readonly arity?: Readonly<Record<string, string>>;
  /** Adds constants, classes and anything else to the new module's dict (runs at import). */
  readonly init?: (dict: number) => void;
}

interface Registered {
  readonly spec: ModuleSpec;
  readonly ids: ReadonlyMap<string, number>;
}

let registered = new Map<string, Registered>();

/** Gives every native module function its native id, in `specs` order. Bootstrap only. */
export function registerModules(specs: readonly ModuleSpec[]): void {
  registered = new Map();
  for (const spec of specs) {
    const ids = new Map<string, number>();
    for (const [name, fn] of Object.entries(spec.functions ?? {})) {
      const qualname = `${spec.name}.${name}`;
      const sig = spec.arity?.[name];
      ids.set(name, registerNative(qualname, sig === undefined ? fn : withFunctionArity(qualname, sig, fn)));
    }
    registered.set(spec.name, { spec, ids });
  }
}

export function isNativeModule(name: string): boolean {
  return registered.has(name);
}

/** Builds native module `name` in the heap and stores it in sys.modules; 0 if there is no such module. */
export function importNativeModule(name: string): number {
  const entry = registered.get(name);
  if (!entry) return 0;
  const m = allocateLayout(L.MODULE, 0, T.module);
  const d = newDict();
  store(m + MODULE_DICT, d);
  dictSet(d, intern('__name__'), intern(name));
  dictSet(d, intern('__doc__'), entry.spec.doc === undefined ? K.None : intern(entry.spec.doc));
  dictSet(d, intern('__package__'), intern(''));
  for (const [fname, id] of entry.ids) dictSet(d, intern(fname), newNativeObject(fname, id, NativeKind.FUNCTION, 0, fname));
  dictSet(K.sysModules, intern(name), m);
  entry.spec.init?.(d);
  return m;
}
