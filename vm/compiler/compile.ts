/**
 * The bytecode compiler's entry point and its per-compilation state.
 *
 * Pipeline (as CPython 3.11): future statements (future.ts) -> symbol table
 * (symtable.ts) -> code generation per scope into basic blocks (codegen-*.ts,
 * unit.ts) -> assembly into a CodeObject (assemble.ts). Errors are
 * PySyntaxErrors raised in that order, so a file with several errors
 * reports the one CPython reports.
 *
 * `Compiler` holds the stack of units being compiled (a nested def or class
 * suspends its parent's unit) and the helpers every codegen file shares:
 * emission, name resolution (`nameop`), errors at the current location.
 */

import type { Mod, Stmt } from '../syntax/ast.js';
import type { PySyntaxError } from '../syntax/errors.js';
import { assemble } from './assemble.js';
import { CO, type CodeObject } from './code.js';
import { CompileRecursionError, syntaxError, type ErrorContext } from './compile-error.js';
import { futureFeatures, type FutureFeatures } from './future.js';
import { Op } from './opcodes.js';
import {
  buildSymbolTable, CELL, CLASS_BLOCK, FREE, FUNCTION_BLOCK, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL,
  mangle, type Scope, type SymbolTable,
} from './symtable.js';
import { ArgumentLimitError, MAX_FBLOCKS, Unit, type FBlock, type UnitKind } from './unit.js';
import { compileBody, compileStmt } from './codegen-stmt.js';
import { compileExpr } from './codegen-expr.js';

export interface CompileOptions {
  filename: string;
  mode: 'exec' | 'eval' | 'single';
  /** Source text, for SyntaxError.text of symtable/compiler errors (may be absent). */
  source?: string;
}

/**
 * Module AST -> the module's code object (nested code objects in consts).
 * Throws PySyntaxError with CPython's message/positions for symtable and
 * compiler errors.
 */
export function compile(mod: Mod, options: CompileOptions): CodeObject {
  const ctx: ErrorContext = { filename: options.filename, source: options.source };
  try {
    const future = futureFeatures(mod, ctx);
    const st = buildSymbolTable(mod, future, ctx, { foldDebug: true });
    return new Compiler(st, future, ctx, options).compileModule(mod);
  } catch (e) {
    // The symbol table stops ASTs nested deeper than CPython's limit; a tree
    // that still exhausts the JavaScript stack is reported the same way.
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new CompileRecursionError(options.filename);
    if (e instanceof ArgumentLimitError) throw syntaxError(ctx, e.message, e.span);
    throw e;
  }
}

export class Compiler {
  /** The unit being compiled; its enclosing units are on `stack`. */
  u!: Unit;
  private readonly stack: Unit[] = [];
  interactive = false;

  constructor(readonly st: SymbolTable, readonly future: FutureFeatures, readonly ctx: ErrorContext,
    readonly options: CompileOptions) {}

  get futureAnnotations(): boolean {
    return (this.future.flags & CO.FUTURE_ANNOTATIONS) !== 0;
  }

  compileModule(mod: Mod): CodeObject {
    this.enterScope('<module>', 'module', mod, 1);
    let addNone = true;
    switch (mod._type) {
      case 'Module':
        compileBody(this, mod.body);
        break;
      case 'Interactive':
        if (findAnnotations(mod.body)) this.u.emit(Op.SETUP_ANNOTATIONS);
        this.interactive = true;
        for (const s of mod.body) compileStmt(this, s);
        break;
      case 'Expression':
        compileExpr(this, mod.body);
        addNone = false;
        break;
      case 'FunctionType':
        throw new Error('compile: FunctionType modules cannot be compiled');
    }
    const code = this.assemble(addNone);
    this.exitScope();
    return code;
  }

  // --- scopes ---------------------------------------------------------------

  scopeOf(node: object): Scope {
    const ste = this.st.scopes.get(node);
    if (ste === undefined) throw new Error('compile: no symbol table entry for node');
    return ste;
  }

  enterScope(name: string, kind: UnitKind, node: object, firstlineno: number): Unit {
    const u = new Unit(this.scopeOf(node), name, kind, firstlineno);
    if (this.u !== undefined) {
      this.stack.push(this.u);
      u.privateName = this.u.privateName;
    }
    this.u = u;
    if (kind !== 'module') u.qualname = this.qualnameOf(u);
    return u;
  }

  exitScope(): void {
    this.u = this.stack.pop()!;
  }

  /** Nesting depth of units (1 = module). */
  get nestLevel(): number {
    return this.stack.length + 1;
  }

  private qualnameOf(u: Unit): string {
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined || parent.kind === 'module') return u.name;
    if (u.kind === 'function' || u.kind === 'async-function' || u.kind === 'class') {
      const scope = parent.ste.scopeOf(mangle(parent.privateName, u.name));
      if (scope === GLOBAL_EXPLICIT) return u.name;
    }
    const base = parent.kind === 'function' || parent.kind === 'async-function' || parent.kind === 'lambda'
      ? parent.qualname + '.<locals>' : parent.qualname;
    return base + '.' + u.name;
  }

  assemble(addNone: boolean): CodeObject {
    return assemble(this.u, addNone, this.options.filename, this.codeFlags());
  }

  private codeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === FUNCTION_BLOCK) {
      flags |= CO.OPTIMIZED | CO.NEWLOCALS;
      if (ste.nested) flags |= CO.NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO.GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CO.COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CO.ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO.VARARGS;
      if (ste.varkeywords) flags |= CO.VARKEYWORDS;
    }
    return flags | this.future.flags;
  }

  // --- errors -------------------------------------------------------------

  /** A SyntaxError at the current unit's location. */
  error(msg: string): PySyntaxError {
    const u = this.u;
    return syntaxError(this.ctx, msg, { lineno: u.lineno, end_lineno: u.endLineno, col_offset: u.col, end_col_offset: u.endCol });
  }

  /** CPython's forbidden_name: `__debug__` cannot be assigned or deleted. */
  checkForbidden(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    if (name !== '__debug__') return;
    if (ctx === 'Store') throw this.error('cannot assign to __debug__');
    if (ctx === 'Del') throw this.error('cannot delete __debug__');
  }

  // --- frame blocks -----------------------------------------------------------

  pushFBlock(fb: FBlock): void {
    if (this.u.fblocks.length >= MAX_FBLOCKS) throw this.error('too many statically nested blocks');
    this.u.fblocks.push(fb);
  }

  popFBlock(): void {
    this.u.fblocks.pop();
  }

  // --- names ----------------------------------------------------------------

  /** Emits the load / store / delete of a name, by its scope. */
  nameop(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    this.checkForbidden(name, ctx);
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scopeOf(mangled);
    const isFunction = u.ste.type === FUNCTION_BLOCK;
    if (scope === FREE || scope === CELL) {
      const i = u.derefOf(mangled);
      if (i < 0) throw new Error(`compile: no cell for '${mangled}' in ${u.name}`);
      const load = u.ste.type === CLASS_BLOCK ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF;
      u.emit(ctx === 'Load' ? load : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, i);
    } else if (scope === LOCAL && isFunction) {
      const i = u.addVarname(mangled);
      u.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, i);
    } else if (scope === GLOBAL_EXPLICIT || (scope === GLOBAL_IMPLICIT && isFunction)) {
      const i = u.addName(mangled);
      u.emit(ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, i);
    } else {
      const i = u.addName(mangled);
      u.emit(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, i);
    }
  }

  /** Emits an instruction whose argument is a (mangled) name. */
  emitName(op: number, name: string): void {
    this.u.emit(op, this.u.addName(mangle(this.u.privateName, name)));
  }

  loadConst(value: Parameters<Unit['addConst']>[0]): void {
    this.u.emit(Op.LOAD_CONST, this.u.addConst(value));
  }

  loadNone(): void {
    this.u.emit(Op.LOAD_CONST, this.u.addConst(NONE));
  }

  /** The cell slot, in this unit, that provides free variable `name` of a nested code object. */
  closureIndex(name: string): number {
    const u = this.u;
    const i = u.derefOf(name);
    if (i < 0) throw new Error(`compile: closure lookup of '${name}' failed in ${u.name}`);
    return i;
  }
}

export const NONE = { kind: 'None' } as const;

/** True if a body contains a variable annotation (so it needs __annotations__). */
export function findAnnotations(stmts: readonly Stmt[]): boolean {
  for (const s of stmts) {
    switch (s._type) {
      case 'AnnAssign':
        return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnnotations(s.body)) return true;
        break;
      case 'Try': case 'TryStar':
        for (const h of s.handlers) if (findAnnotations(h.body)) return true;
        if (findAnnotations(s.body) || findAnnotations(s.finalbody) || findAnnotations(s.orelse)) return true;
        break;
      case 'Match':
        for (const m of s.cases) if (findAnnotations(m.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

