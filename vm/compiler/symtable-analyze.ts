/**
 * Pass 2 of the symbol table (see symtable.ts): decides the scope of every
 * name, from the raw DEF_* facts of pass 1, as CPython 3.11's analyze_block.
 *
 * Model: blocks are analysed top-down. A block receives `bound` (names bound
 * in enclosing function scopes; null for the module), `global` (names
 * declared global in enclosing scopes) and returns in `free` the names its
 * children need from enclosing scopes. Class bodies do not add their own
 * bindings to what their children see (methods cannot see class locals) but
 * offer `__class__`. A function local that a child needs becomes a CELL; a
 * class that a method needs `__class__` from gets an implicit `__class__`
 * cell (needsClassClosure).
 */

import { syntaxError, type ErrorContext } from './compile-error.js';
import {
  CELL, CLASS_BLOCK, DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, FREE, FUNCTION_BLOCK,
  GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_OFFSET, type Scope,
} from './symtable.js';

export function analyzeSymbolTable(top: Scope, ctx: ErrorContext): void {
  analyzeBlock(top, null, new Set(), new Set(), ctx);
}

function analyzeBlock(ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>,
  ctx: ErrorContext): void {
  const local = new Set<string>();
  const scopes = new Map<string, number>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  const isClass = ste.type === CLASS_BLOCK;
  if (isClass) {
    addAll(newGlobal, global);
    if (bound) addAll(newBound, bound);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, ctx);
  }
  if (!isClass) {
    if (ste.type === FUNCTION_BLOCK) addAll(newBound, local);
    if (bound) addAll(newBound, bound);
    addAll(newGlobal, global);
  } else {
    newBound.add('__class__');
  }
  for (const child of ste.children) {
    const childFree = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), ctx);
    addAll(newFree, childFree);
    if (child.free || child.childFree) ste.childFree = true;
  }
  if (ste.type === FUNCTION_BLOCK) analyzeCells(scopes, newFree);
  else if (isClass && newFree.delete('__class__')) ste.needsClassClosure = true;
  updateSymbols(ste.symbols, scopes, bound, newFree, isClass);
  addAll(free, newFree);
}

function analyzeName(ste: Scope, scopes: Map<string, number>, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>,
  ctx: ErrorContext): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) errorAtDirective(ste, name, `name '${name}' is nonlocal and global`, ctx);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level', ctx);
    if (!bound.has(name)) errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`, ctx);
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound !== null && bound.has(name)) {
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (ste.nested && !global.has(name)) ste.free = true;
  scopes.set(name, GLOBAL_IMPLICIT);
}

function errorAtDirective(ste: Scope, name: string, msg: string, ctx: ErrorContext): never {
  const d = ste.directives?.find((x) => x.name === name);
  if (d === undefined) throw new Error(`symtable: no directive recorded for '${name}'`);
  throw syntaxError(ctx, msg, d);
}

/** Locals that children need become cells (and stop being free upward). */
function analyzeCells(scopes: Map<string, number>, free: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== LOCAL || !free.has(name)) continue;
    scopes.set(name, CELL);
    free.delete(name);
  }
}

function updateSymbols(symbols: Map<string, number>, scopes: Map<string, number>, bound: Set<string> | null,
  free: Set<string>, isClass: boolean): void {
  for (const [name, flags] of symbols) symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      // A method's free variable with the same name as a class-level binding.
      if (isClass && v & (DEF_BOUND | DEF_GLOBAL)) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue;
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

function addAll(to: Set<string>, from: Set<string>): void {
  for (const x of from) to.add(x);
}
