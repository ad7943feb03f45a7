/**
 * `_importlib`: the native half of lib/importlib (import_module, reload,
 * util.find_spec). https://docs.python.org/3.11/library/importlib.html
 *
 * Model: Python code resolves relative names and builds specs; this module
 * only runs the runtime's own import of an absolute dotted name (the same
 * path as the `import` statement: sys.modules, native modules, then
 * sys.path) and says whether a name is a native module.
 *
 * Invariants: holds no state; everything imported lands in sys.modules.
 */
import { bool, raise, small, T, typeOf } from '../objects/core.js';
import { jsString, newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { importName } from '../runtime/imports.js';
import { isNativeModule } from './registry.js';
import type { ModuleSpec } from './registry.js';

function nameArg(v: number, fn: string): number {
  if (typeOf(v) !== T.str) throw raise(T.TypeError, `${fn}() argument must be str`);
  return v;
}

/** import_absolute(name) -> the module named `name` (a dotted absolute name), imported if needed. */
function importAbsolute(a: number[]): number {
  const name = nameArg(a[0]!, 'import_absolute');
  return importName(name, 0, newTuple([newStr('*')]), small(0));
}

/** is_native(name) -> whether `name` is a module written in TypeScript. */
function isNative(a: number[]): number {
  return bool(isNativeModule(jsString(nameArg(a[0]!, 'is_native'))));
}

export const importlibModule: ModuleSpec = {
  name: '_importlib',
  doc: 'Native support for importlib.',
  functions: { import_absolute: importAbsolute, is_native: isNative },
  arity: { import_absolute: 'O', is_native: 'O' },
};
