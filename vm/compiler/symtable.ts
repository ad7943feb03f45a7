/**
 * Symbol tables: for every scope of a module (module, class body, function,
 * lambda, comprehension), how each name is bound and used, and from that the
 * scope of each name (local, global explicit/implicit, free, cell), exactly as
 * CPython 3.11's symtable.c decides it.
 *
 * Model:
 * - Pass 1 (this file) walks the AST once, creating a `Scope` per block and
 *   recording raw facts per name as DEF_* flags ("assigned here", "parameter",
 *   "used", "declared global", ...). Errors found while walking (misplaced
 *   global/nonlocal, duplicate arguments, walrus misuse, yield in a
 *   comprehension, ...) are raised in walk order.
 * - Pass 2 (symtable-analyze.ts) resolves each name's scope, marks cells and
 *   free variables, and stores `flags | scope << SCOPE_OFFSET` per name, the
 *   same integers CPython's `symtable` module shows.
 * - Comprehensions are function scopes (3.11 does not inline them); their
 *   first iterable is walked in the enclosing scope and passed as the
 *   implicit parameter `.0`. Names are mangled (`__x` -> `_Class__x`) inside
 *   class bodies before being recorded.
 * - With `from __future__ import annotations`, annotations are walked inside
 *   detached annotation scopes, so they bind and use nothing in the real
 *   scopes.
 */

import type {
  Arg, Arguments, Comprehension, ExceptHandler, Expr, Keyword, Mod, Pattern, Stmt, WithItem,
} from '../syntax/ast.js';
import { CompileRecursionError, syntaxError, type ErrorContext, type Span } from './compile-error.js';
import { CO } from './code.js';
import type { FutureFeatures } from './future.js';
import { analyzeSymbolTable } from './symtable-analyze.js';

// ---------------------------------------------------------------------------
// Flags and scopes (CPython's values)

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = 15;

export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export const FUNCTION_BLOCK = 0;
export const CLASS_BLOCK = 1;
export const MODULE_BLOCK = 2;
export const ANNOTATION_BLOCK = 3;
export type BlockType = 0 | 1 | 2 | 3;

export const NO_COMPREHENSION = 0;
export const LIST_COMPREHENSION = 1;
export const DICT_COMPREHENSION = 2;
export const SET_COMPREHENSION = 3;
export const GENERATOR_EXPRESSION = 4;

/** CPython's default recursion limit (1000) times its compiler scale (3). */
const RECURSION_LIMIT = 2994;

interface Directive extends Span { name: string }

/** One block's symbols (CPython's PySTEntryObject). */
export class Scope {
  readonly symbols = new Map<string, number>();
  /** Parameters in order (posonly, args, kwonly, *args, **kwargs). */
  readonly varnames: string[] = [];
  readonly children: Scope[] = [];
  directives: Directive[] | null = null;
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension = NO_COMPREHENSION;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: object,
    readonly span: Span,
  ) {}

  /** The scope of a (mangled) name: LOCAL..CELL, or 0 if unknown here. */
  scopeOf(name: string): number {
    return ((this.symbols.get(name) ?? 0) >> SCOPE_OFFSET) & SCOPE_MASK;
  }
  flagsOf(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
  get isFunction(): boolean {
    return this.type === FUNCTION_BLOCK;
  }
}

export interface SymbolTable {
  top: Scope;
  /** Scopes by the AST node that opens them (Module, FunctionDef, Lambda, ...). */
  scopes: Map<object, Scope>;
}

export interface SymtableOptions {
  /** Skip `__debug__` loads, which the compiler folds to a constant (as CPython's AST optimiser does). */
  foldDebug: boolean;
}

/** Builds and analyses the symbol table of a module. Throws PySyntaxError. */
export function buildSymbolTable(mod: Mod, future: FutureFeatures, ctx: ErrorContext,
  options: SymtableOptions = { foldDebug: false }): SymbolTable {
  const b = new Builder(mod, future, ctx, options);
  b.visitModule(mod);
  analyzeSymbolTable(b.top, ctx);
  return { top: b.top, scopes: b.scopes };
}

/** Name mangling for private names inside a class body. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || name.charCodeAt(0) !== 95 || name.charCodeAt(1) !== 95) return name;
  const n = name.length;
  if ((name.charCodeAt(n - 1) === 95 && name.charCodeAt(n - 2) === 95) || name.includes('.')) return name;
  let i = 0;
  while (i < privateName.length && privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return name;
  return '_' + privateName.slice(i) + name;
}

const COMPREHENSION_NAMES: Record<string, [string, number]> = {
  ListComp: ['listcomp', LIST_COMPREHENSION],
  SetComp: ['setcomp', SET_COMPREHENSION],
  DictComp: ['dictcomp', DICT_COMPREHENSION],
  GeneratorExp: ['genexpr', GENERATOR_EXPRESSION],
};

const YIELD_IN_COMPREHENSION = [
  '', "'yield' inside list comprehension", "'yield' inside dict comprehension",
  "'yield' inside set comprehension", "'yield' inside generator expression",
];

// ---------------------------------------------------------------------------
// Pass 1: the walk

class Builder {
  readonly scopes = new Map<object, Scope>();
  readonly top: Scope;
  private readonly stack: Scope[] = [];
  private cur: Scope;
  private readonly global: Map<string, number>;
  private privateName: string | null = null;
  private depth = 0;
  private readonly futureAnnotations: boolean;

  constructor(mod: Mod, future: FutureFeatures, private readonly ctx: ErrorContext,
    private readonly options: SymtableOptions) {
    this.futureAnnotations = (future.flags & CO.FUTURE_ANNOTATIONS) !== 0;
    this.cur = this.enterBlock('top', MODULE_BLOCK, mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    this.top = this.cur;
    this.global = this.top.symbols;
  }

  visitModule(mod: Mod): void {
    switch (mod._type) {
      case 'Module':
      case 'Interactive':
        for (const s of mod.body) this.visitStmt(s);
        break;
      case 'Expression':
        this.visitExpr(mod.body);
        break;
      case 'FunctionType':
        break;
    }
    this.exitBlock();
  }

  // --- blocks -------------------------------------------------------------

  private enterBlock(name: string, type: BlockType, node: object, span: Span): Scope {
    const prev = this.stack.length ? this.cur : null;
    const ste = new Scope(name, type, node, span);
    if (prev !== null && (prev.nested || prev.type === FUNCTION_BLOCK)) ste.nested = true;
    if (prev !== null) ste.compIterExpr = prev.compIterExpr;
    this.scopes.set(node, ste);
    this.stack.push(ste);
    this.cur = ste;
    if (type !== ANNOTATION_BLOCK && prev !== null) prev.children.push(ste);
    return ste;
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1]!;
  }

  private error(msg: string, span: Span): never {
    throw syntaxError(this.ctx, msg, span);
  }

  // --- definitions ----------------------------------------------------------

  private addDef(name: string, flag: number, span: Span, ste: Scope = this.cur): void {
    const mangled = mangle(this.privateName, name);
    const old = ste.symbols.get(mangled);
    let val = flag;
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) {
        this.error(`duplicate argument '${name}' in function definition`, span);
      }
      val = old | flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, span);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  private lookup(name: string): number {
    return this.cur.symbols.get(mangle(this.privateName, name)) ?? 0;
  }

  private recordDirective(name: string, span: Span): void {
    const d = this.cur.directives ?? (this.cur.directives = []);
    d.push({ name: mangle(this.privateName, name), lineno: span.lineno, col_offset: span.col_offset,
      end_lineno: span.end_lineno, end_col_offset: span.end_col_offset });
  }

  private enterDepth(): void {
    if (++this.depth > RECURSION_LIMIT) throw new CompileRecursionError(this.ctx.filename);
  }

  // --- statements -----------------------------------------------------------

  private visitStmts(body: readonly Stmt[]): void {
    for (let i = 0; i < body.length; i++) this.visitStmt(body[i]!);
  }

  private visitStmt(s: Stmt): void {
    this.enterDepth();
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.visitFunctionDef(s);
        break;
      case 'ClassDef':
        this.visitClassDef(s);
        break;
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        this.visitAnnAssign(s);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const m of s.cases) {
          this.visitPattern(m.pattern);
          if (m.guard) this.visitExpr(m.guard);
          this.visitStmts(m.body);
        }
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) this.visitExceptHandler(h);
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a.name, a.asname, a);
        break;
      case 'Global':
        this.visitDeclaration(s.names, s, DEF_GLOBAL, 'global');
        break;
      case 'Nonlocal':
        this.visitDeclaration(s.names, s, DEF_NONLOCAL, 'nonlocal');
        break;
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) this.visitWithItem(item);
        this.visitStmts(s.body);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
    this.depth--;
  }

  private visitFunctionDef(s: Extract<Stmt, { _type: 'FunctionDef' | 'AsyncFunctionDef' }>): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitDefaults(s.args);
    this.visitAnnotations(s, s.args, s.returns);
    this.visitExprs(s.decorator_list);
    this.enterBlock(s.name, FUNCTION_BLOCK, s, s);
    if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
    this.visitArguments(s.args);
    this.visitStmts(s.body);
    this.exitBlock();
  }

  private visitClassDef(s: Extract<Stmt, { _type: 'ClassDef' }>): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.bases);
    for (const k of s.keywords) this.visitExpr(k.value);
    this.visitExprs(s.decorator_list);
    this.enterBlock(s.name, CLASS_BLOCK, s, s);
    const saved = this.privateName;
    this.privateName = s.name;
    this.visitStmts(s.body);
    this.privateName = saved;
    this.exitBlock();
  }

  private visitAnnAssign(s: Extract<Stmt, { _type: 'AnnAssign' }>): void {
    const target = s.target;
    if (target._type === 'Name') {
      const cur = this.lookup(target.id);
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
        const kind = cur & DEF_GLOBAL ? 'global' : 'nonlocal';
        this.error(`annotated name '${target.id}' can't be ${kind}`, s);
      }
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      else if (s.value) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value) this.visitExpr(s.value);
  }

  private visitDeclaration(names: readonly string[], s: Stmt, flag: number, word: string): void {
    for (const name of names) {
      const cur = this.lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${word}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${word} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${word}`;
        else msg = `name '${name}' is assigned to before ${word} declaration`;
        this.error(msg, s);
      }
      this.addDef(name, flag, s);
      this.recordDirective(name, s);
    }
  }

  private visitAlias(fullName: string, asname: string | null, span: Span): void {
    const name = asname ?? fullName;
    if (name === '*') {
      if (this.cur.type !== MODULE_BLOCK) this.error('import * only allowed at module level', span);
      return;
    }
    const dot = name.indexOf('.');
    this.addDef(dot === -1 ? name : name.slice(0, dot), DEF_IMPORT, span);
  }

  private visitExceptHandler(h: ExceptHandler): void {
    if (h.type) this.visitExpr(h.type);
    if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
    this.visitStmts(h.body);
  }

  private visitWithItem(item: WithItem): void {
    this.visitExpr(item.context_expr);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
  }

  // --- arguments and annotations --------------------------------------------

  private visitDefaults(a: Arguments): void {
    this.visitExprs(a.defaults);
    for (const d of a.kw_defaults) if (d) this.visitExpr(d);
  }

  private visitArguments(a: Arguments): void {
    this.visitParams(a.posonlyargs);
    this.visitParams(a.args);
    this.visitParams(a.kwonlyargs);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private visitParams(args: readonly Arg[]): void {
    for (const arg of args) this.addDef(arg.arg, DEF_PARAM, arg);
  }

  private visitAnnotation(annotation: Expr): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', ANNOTATION_BLOCK, annotation, annotation);
    this.visitExpr(annotation);
    if (this.futureAnnotations) this.exitBlock();
  }

  private visitAnnotations(s: Stmt, a: Arguments, returns: Expr | null): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', ANNOTATION_BLOCK, a, s);
    this.visitArgAnnotations(a.posonlyargs);
    this.visitArgAnnotations(a.args);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    this.visitArgAnnotations(a.kwonlyargs);
    if (this.futureAnnotations) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  private visitArgAnnotations(args: readonly Arg[]): void {
    for (const arg of args) if (arg.annotation) this.visitExpr(arg.annotation);
  }

  // --- expressions ------------------------------------------------------------

  private visitExprs(exprs: readonly Expr[]): void {
    for (let i = 0; i < exprs.length; i++) this.visitExpr(exprs[i]!);
  }

  private visitExpr(e: Expr): void {
    this.enterDepth();
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        this.visitNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitDefaults(e.args);
        this.enterBlock('lambda', FUNCTION_BLOCK, e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        for (const k of e.keys) if (k) this.visitExpr(k);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.visitComprehension(e, e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.visitComprehension(e, e.generators, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.error(YIELD_IN_COMPREHENSION[this.cur.comprehension]!, e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitKeyword(k);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.visitName(e);
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
    this.depth--;
  }

  private visitKeyword(k: Keyword): void {
    this.visitExpr(k.value);
  }

  private visitName(e: Extract<Expr, { _type: 'Name' }>): void {
    const load = e.ctx === 'Load';
    if (load && this.options.foldDebug && e.id === '__debug__') return;
    this.addDef(e.id, load ? USE : DEF_LOCAL, e);
    // `super` counts as a use of the implicit __class__ cell.
    if (load && this.cur.type === FUNCTION_BLOCK && e.id === 'super') this.addDef('__class__', USE, e);
  }

  private raiseIfAnnotationBlock(what: string, e: Expr): void {
    if (this.cur.type === ANNOTATION_BLOCK) this.error(`'${what}' can not be used within an annotation`, e);
  }

  // --- assignment expressions and comprehensions ----------------------------

  private visitNamedExpr(e: Extract<Expr, { _type: 'NamedExpr' }>): void {
    if (this.cur.compIterExpr > 0) {
      this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    if (this.cur.comprehension) this.extendNamedExprScope(e.target);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** A walrus inside a comprehension binds in the nearest enclosing function or module scope. */
  private extendNamedExprScope(target: Expr): void {
    if (target._type !== 'Name') return;
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension) {
        const f = ste.flagsOf(name);
        if (f & DEF_COMP_ITER && f & DEF_LOCAL) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.type === FUNCTION_BLOCK) {
        this.addDef(name, ste.flagsOf(name) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === MODULE_BLOCK) {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      if (ste.type === CLASS_BLOCK) {
        this.error('assignment expression within a comprehension cannot be used in a class body', target);
      }
    }
  }

  private visitComprehension(e: Expr, generators: readonly Comprehension[], elt: Expr, value: Expr | null): void {
    const [scopeName, kind] = COMPREHENSION_NAMES[e._type]!;
    const isGenerator = e._type === 'GeneratorExp';
    const outermost = generators[0]!;
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const ste = this.enterBlock(scopeName, FUNCTION_BLOCK, e, e);
    ste.comprehension = kind;
    if (outermost.is_async) ste.coroutine = true;
    this.addDef('.0', DEF_PARAM, ste.span);
    this.visitCompTarget(outermost.target);
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) this.visitGenerator(generators[i]!);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    ste.generator = isGenerator;
    const isAsync = ste.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.coroutine = true;
  }

  private visitCompTarget(target: Expr): void {
    this.cur.compIterTarget = true;
    this.visitExpr(target);
    this.cur.compIterTarget = false;
  }

  private visitGenerator(g: Comprehension): void {
    this.visitCompTarget(g.target);
    this.cur.compIterExpr++;
    this.visitExpr(g.iter);
    this.cur.compIterExpr--;
    this.visitExprs(g.ifs);
    if (g.is_async) this.cur.coroutine = true;
  }

  // --- patterns -----------------------------------------------------------------

  private visitPattern(p: Pattern): void {
    this.enterDepth();
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
    }
    this.depth--;
  }
}
