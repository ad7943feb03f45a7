/**
 * The import system, first cut (https://docs.python.org/3.11/reference/import.html):
 * `import a.b.c`, `from a import b`, `from a import *`, relative imports
 * inside packages, module caching in sys.modules, and source modules and
 * packages found on sys.path (the script's folder, then PYTHONPATH). A module
 * is compiled by the front end, stored in the heap and executed in its own
 * dict. pystm's own library (the repo's `lib/` folder: modules written in
 * Python by us) comes last on sys.path, where CPython puts its stdlib, so a
 * script's own `functools.py` shadows it as in CPython. Not yet: importlib,
 * namespace packages.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, store, allocateLayout } from '../../gc/heap.js';
import { L } from '../../gc/layout.js';
import { K, MODULE_DICT, PyRaise, raise, T, typeOf } from '../objects/core.js';
import { dictGetStr, dictKeys, dictSet, newDict, dictGet } from '../objects/dict.js';
import { getAttrOrZero, isTrue, setAttr, toArray } from '../objects/protocol.js';
import { intern, jsString, newStr } from '../objects/str.js';
import { listItems } from '../objects/list.js';
import { newList } from '../objects/list.js';
import { newException } from '../objects/exceptions.js';
import { newTuple } from '../objects/tuple.js';
import { parseFile } from '../syntax/parse.js';
import { compile } from '../compiler/compile.js';
import { codeToHeap } from '../interp/code.js';
import { runCode } from '../interp/loop.js';
import { importHook } from '../interp/support.js';
import { cachedCompile } from './code-cache.js';
import { PySyntaxError } from '../syntax/errors.js';
import { syntaxErrorFrom } from '../interp/exec.js';
import { importNativeModule } from '../modules/registry.js';

function sysModules(): number {
  return K.sysModules;
}

function moduleNotFound(name: string): PyRaise {
  const e = newException(T.ModuleNotFoundError, newTuple([newStr(`No module named '${name}'`)]));
  setAttr(e, intern('name'), newStr(name));
  return new PyRaise(e);
}

/** Finds `name` (last component `leaf`) in the given folders: a package or a .py file. */
function findSource(leaf: string, folders: string[]): { file: string; isPackage: boolean } | null {
  for (const dir of folders) {
    const pkg = join(dir, leaf, '__init__.py');
    if (existsSync(pkg)) return { file: pkg, isPackage: true };
    const mod = join(dir, leaf + '.py');
    if (existsSync(mod) && statSync(mod).isFile()) return { file: mod, isPackage: false };
  }
  return null;
}

function searchPath(): string[] {
  const sys = load(K.sys + MODULE_DICT);
  const path = dictGetStr(sys, intern('path'));
  return path ? listItems(path).filter((p) => typeOf(p) === T.str).map((p) => jsString(p) || '.') : ['.'];
}

function loadModule(fullname: string, file: string, isPackage: boolean): number {
  const bytes = readFileSync(file);
  const code = cachedCompile(file, bytes, () => {
    try {
      const { tree, text } = parseFile(bytes, file);
      return compile(tree, { filename: file, mode: 'exec', source: text });
    } catch (e) {
      throw e instanceof PySyntaxError ? new PyRaise(syntaxErrorFrom(e)) : e;
    }
  });
  const m = allocateLayout(L.MODULE, 0, T.module);
  const d = newDict();
  store(m + MODULE_DICT, d);
  dictSet(d, intern('__name__'), intern(fullname));
  dictSet(d, intern('__file__'), newStr(file));
  dictSet(d, intern('__builtins__'), K.builtins);
  dictSet(d, intern('__doc__'), K.None);
  const parent = isPackage ? fullname : fullname.includes('.') ? fullname.slice(0, fullname.lastIndexOf('.')) : '';
  dictSet(d, intern('__package__'), newStr(parent));
  if (isPackage) dictSet(d, intern('__path__'), newList([newStr(file.slice(0, -'/__init__.py'.length))]));
  dictSet(sysModules(), intern(fullname), m);
  try {
    runCode(codeToHeap(code), d, d);
  } catch (e) {
    dictDeleteSafe(fullname);
    throw e;
  }
  return dictGetStr(sysModules(), intern(fullname)) || m;
}

import { dictDelete } from '../objects/dict.js';
function dictDeleteSafe(name: string): void {
  dictDelete(sysModules(), intern(name));
}

/** Imports one absolute dotted name, loading parents first; returns the leaf module. */
function importAbsolute(fullname: string): number {
  const cached = dictGetStr(sysModules(), intern(fullname));
  if (cached) return cached;
  const dot = fullname.lastIndexOf('.');
  if (dot < 0) {
    const native = importNativeModule(fullname);
    if (native) return native;
  }
  let folders: string[];
  let parent = 0;
  if (dot >= 0) {
    parent = importAbsolute(fullname.slice(0, dot));
    // Importing the parent may have set sys.modules[fullname] (os sets 'os.path').
    const set = dictGetStr(sysModules(), intern(fullname));
    if (set) return set;
    const path = dictGetStr(load(parent + MODULE_DICT), intern('__path__'));
    if (!path) {
      const e = newException(T.ModuleNotFoundError, newTuple([newStr(`No module named '${fullname}'; '${fullname.slice(0, dot)}' is not a package`)]));
      throw new PyRaise(e);
    }
    folders = toArray(path).map(jsString);
  } else folders = searchPath();
  const found = findSource(fullname.slice(dot + 1), folders);
  if (!found) throw moduleNotFound(fullname);
  const m = loadModule(fullname, found.file, found.isPackage);
  if (parent) dictSet(load(parent + MODULE_DICT), intern(fullname.slice(dot + 1)), m);
  return m;
}

function resolveRelative(name: string, globals: number, level: number): string {
  const pkgV = dictGetStr(globals, intern('__package__'));
  let pkg = pkgV && typeOf(pkgV) === T.str ? jsString(pkgV) : '';
  if (!pkg) {
    const path = dictGetStr(globals, intern('__path__'));
    const n = jsString(dictGetStr(globals, intern('__name__')) || K.emptyStr);
    pkg = path ? n : n.includes('.') ? n.slice(0, n.lastIndexOf('.')) : '';
  }
  if (!pkg) throw raise(T.ImportError, 'attempted relative import with no known parent package');
  const parts = pkg.split('.');
  if (level - 1 >= parts.length + 0 && level > parts.length) throw raise(T.ImportError, 'attempted relative import beyond top-level package');
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

export function importName(nameRef: number, globals: number, fromlist: number, levelV: number): number {
  const level = levelV >> 1;
  let name = jsString(nameRef);
  if (level > 0) name = resolveRelative(name, globals, level);
  const leaf = importAbsolute(name);
  const hasFrom = fromlist !== K.None && fromlist !== 0 && isTrue(fromlist);
  if (hasFrom) return leaf;
  if (level > 0 && !jsString(nameRef)) return leaf;
  const top = level > 0 ? jsString(nameRef).split('.')[0]! : name.split('.')[0]!;
  if (level > 0) return importAbsolute(name.slice(0, name.length - jsString(nameRef).length) + top);
  return dictGetStr(sysModules(), intern(top));
}

export function importFrom(module: number, nameRef: number): number {
  const v = getAttrOrZero(module, nameRef);
  if (v) return v;
  const d = typeOf(module) === T.module ? load(module + MODULE_DICT) : 0;
  const modName = d ? jsString(dictGetStr(d, intern('__name__')) || K.emptyStr) : '?';
  if (d && dictGetStr(d, intern('__path__'))) {
    try {
      return importAbsolute(`${modName}.${jsString(nameRef)}`);
    } catch (e) {
      if (!(e instanceof PyRaise && typeOf(e.exc) === T.ModuleNotFoundError)) throw e;
    }
  }
  const file = d ? dictGetStr(d, intern('__file__')) : 0;
  const where = file ? ` (${jsString(file)})` : ' (unknown location)';
  throw raise(T.ImportError, `cannot import name '${jsString(nameRef)}' from '${modName}'${where}`);
}

export function importStar(module: number, locals: number): void {
  const d = load(module + MODULE_DICT);
  const all = dictGetStr(d, intern('__all__'));
  const names = all ? toArray(all) : dictKeys(d).filter((k) => !jsString(k).startsWith('_'));
  for (const n of names) dictSet(locals, n, dictGet(d, n) || importFrom(module, n));
}

/**
 * The folder of pystm's own library: `lib/` beside the bundle's or the
 * sources' folder (dist/ or vm/runtime/), recognised by its `keyword.py`.
 */
export function libraryFolder(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    if (existsSync(join(dir, 'lib', 'keyword.py'))) return join(dir, 'lib');
    dir = dirname(dir);
  }
  return null;
}

/** Installs this worker's import hooks (the JS side of the import system). */
export function installImportHooks(): void {
  importHook.importName = importName;
  importHook.importFrom = importFrom;
  importHook.importStar = importStar;
}

/** Installs the import hooks and sys.path (the script's folder, PYTHONPATH, pystm's library). */
export function installImports(scriptDir: string): void {
  installImportHooks();
  const extra = (process.env.PYTHONPATH ?? '').split(':').filter(Boolean);
  const lib = libraryFolder();
  const path = [scriptDir, ...extra, ...(lib ? [lib] : [])];
  dictSet(load(K.sys + MODULE_DICT), intern('path'), newList(path.map(newStr)));
}
