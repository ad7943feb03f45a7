/**
 * The abstract syntax tree: exactly the node types and fields of CPython
 * 3.11's `ast` module (https://docs.python.org/3.11/library/ast.html#node-classes).
 *
 * Model:
 * - A node is a plain object whose `_type` is its CPython class name, with the
 *   same field names. Nodes of the position-carrying kinds (statements,
 *   expressions, except handlers, args, keywords, aliases, patterns) also have
 *   `lineno`, `col_offset`, `end_lineno`, `end_col_offset` (lines 1-based,
 *   columns 0-based UTF-8 byte offsets, as CPython).
 * - Field-less enumeration nodes (`Load`, `Add`, `And`, `Eq`, ...) are plain
 *   strings.
 * - A missing optional field (`expr?`) is `null`; a sequence is an array.
 * - Constants are `PyConstant` values, which keep int / float / complex /
 *   str / bytes / bool / None / Ellipsis apart.
 * - A str constant's `value` is the JS string of its code points. A Python
 *   str may hold lone surrogates, and a lone high surrogate followed by a
 *   lone low one ('\ud834\udd20', two code points) reads in a JS string as
 *   one astral character: such a str also carries `codePoints`, its exact
 *   code points, and only such a str does (`value` is then the nearest JS
 *   string). py-str.ts builds, compares and concatenates strs this way.
 *
 * `SCHEMA` below is the single runtime description (field order, field types,
 * optionality) used by `ast.dump` and by generic walkers; a compile-time check
 * at the end of this file keeps it and the interfaces in agreement.
 */

// ---------------------------------------------------------------------------
// Constants

export type PyConstant =
  | { kind: 'None' }
  | { kind: 'Ellipsis' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; real: number; imag: number }
  | { kind: 'str'; value: string; codePoints?: Uint32Array }
  | { kind: 'bytes'; value: Uint8Array };

// ---------------------------------------------------------------------------
// Field-less enumerations

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface Position {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------------------
// Modules

export interface Module { _type: 'Module'; body: Stmt[]; type_ignores: TypeIgnore[] }
export interface Interactive { _type: 'Interactive'; body: Stmt[] }
export interface Expression { _type: 'Expression'; body: Expr }
export interface FunctionType { _type: 'FunctionType'; argtypes: Expr[]; returns: Expr }
export type Mod = Module | Interactive | Expression | FunctionType;

// ---------------------------------------------------------------------------
// Statements

export interface FunctionDef extends Position {
  _type: 'FunctionDef'; name: string; args: Arguments; body: Stmt[];
  decorator_list: Expr[]; returns: Expr | null; type_comment: string | null;
}
export interface AsyncFunctionDef extends Position {
  _type: 'AsyncFunctionDef'; name: string; args: Arguments; body: Stmt[];
  decorator_list: Expr[]; returns: Expr | null; type_comment: string | null;
}
export interface ClassDef extends Position {
  _type: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Position { _type: 'Return'; value: Expr | null }
export interface Delete extends Position { _type: 'Delete'; targets: Expr[] }
export interface Assign extends Position { _type: 'Assign'; targets: Expr[]; value: Expr; type_comment: string | null }
export interface AugAssign extends Position { _type: 'AugAssign'; target: Expr; op: OperatorKind; value: Expr }
export interface AnnAssign extends Position {
  _type: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: number;
}
export interface For extends Position {
  _type: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface AsyncFor extends Position {
  _type: 'AsyncFor'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface While extends Position { _type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Position { _type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Position { _type: 'With'; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface AsyncWith extends Position {
  _type: 'AsyncWith'; items: WithItem[]; body: Stmt[]; type_comment: string | null;
}
export interface Match extends Position { _type: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Position { _type: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Position {
  _type: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface TryStar extends Position {
  _type: 'TryStar'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface Assert extends Position { _type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Position { _type: 'Import'; names: Alias[] }
export interface ImportFrom extends Position {
  _type: 'ImportFrom'; module: string | null; names: Alias[]; level: number | null;
}
export interface Global extends Position { _type: 'Global'; names: string[] }
export interface Nonlocal extends Position { _type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Position { _type: 'Expr'; value: Expr }
export interface Pass extends Position { _type: 'Pass' }
export interface Break extends Position { _type: 'Break' }
export interface Continue extends Position { _type: 'Continue' }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------------------
// Expressions

export interface BoolOp extends Position { _type: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Position { _type: 'NamedExpr'; target: Expr; value: Expr }
export interface BinOp extends Position { _type: 'BinOp'; left: Expr; op: OperatorKind; right: Expr }
export interface UnaryOp extends Position { _type: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Position { _type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Position { _type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Position { _type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Position { _type: 'Set'; elts: Expr[] }
export interface ListComp extends Position { _type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Position { _type: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Position {
  _type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[];
}
export interface GeneratorExp extends Position { _type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Position { _type: 'Await'; value: Expr }
export interface Yield extends Position { _type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Position { _type: 'YieldFrom'; value: Expr }
export interface Compare extends Position { _type: 'Compare'; left: Expr; ops: CmpOpKind[]; comparators: Expr[] }
export interface Call extends Position { _type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** `conversion` is -1 (none) or the code point of 's', 'r' or 'a'. */
export interface FormattedValue extends Position {
  _type: 'FormattedValue'; value: Expr; conversion: number; format_spec: Expr | null;
}
export interface JoinedStr extends Position { _type: 'JoinedStr'; values: Expr[] }
/** `kind` is 'u' for a string literal written with a u prefix, else null. */
export interface Constant extends Position { _type: 'Constant'; value: PyConstant; kind: string | null }
export interface Attribute extends Position { _type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Position { _type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Position { _type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Position { _type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Position { _type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Position { _type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Position { _type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------------------
// Other product types

export interface Comprehension {
  _type: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: number;
}
export interface ExceptHandler extends Position {
  _type: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[];
}
export interface Arguments {
  _type: 'arguments'; posonlyargs: Arg[]; args: Arg[]; vararg: Arg | null; kwonlyargs: Arg[];
  /** One per kw-only argument; null where it has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null; defaults: Expr[];
}
export interface Arg extends Position { _type: 'arg'; arg: string; annotation: Expr | null; type_comment: string | null }
/** `arg` is null for `**kwargs`. */
export interface Keyword extends Position { _type: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Position { _type: 'alias'; name: string; asname: string | null }
export interface WithItem { _type: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface MatchCase { _type: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }
export interface TypeIgnore { _type: 'TypeIgnore'; lineno: number; tag: string }

// ---------------------------------------------------------------------------
// Patterns

export interface MatchValue extends Position { _type: 'MatchValue'; value: Expr }
/** `value` is None, True or False. */
export interface MatchSingleton extends Position { _type: 'MatchSingleton'; value: PyConstant }
export interface MatchSequence extends Position { _type: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Position {
  _type: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null;
}
export interface MatchClass extends Position {
  _type: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
export interface MatchStar extends Position { _type: 'MatchStar'; name: string | null }
export interface MatchAs extends Position { _type: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Position { _type: 'MatchOr'; patterns: Pattern[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type Node =
  | Mod | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias
  | WithItem | MatchCase | TypeIgnore | Pattern;
export type NodeType = Node['_type'];
export type NodeOf<K extends NodeType> = Extract<Node, { _type: K }>;

// ---------------------------------------------------------------------------
// The schema: field order and field types of every node, in ASDL notation
// (`type name`, `type* name` for a sequence, `type? name` for an optional).

export const SCHEMA = {
  Module: 'stmt* body, type_ignore* type_ignores',
  Interactive: 'stmt* body',
  Expression: 'expr body',
  FunctionType: 'expr* argtypes, expr returns',

  FunctionDef: 'identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment',
  AsyncFunctionDef: 'identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment',
  ClassDef: 'identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list',
  Return: 'expr? value',
  Delete: 'expr* targets',
  Assign: 'expr* targets, expr value, string? type_comment',
  AugAssign: 'expr target, operator op, expr value',
  AnnAssign: 'expr target, expr annotation, expr? value, int simple',
  For: 'expr target, expr iter, stmt* body, stmt* orelse, string? type_comment',
  AsyncFor: 'expr target, expr iter, stmt* body, stmt* orelse, string? type_comment',
  While: 'expr test, stmt* body, stmt* orelse',
  If: 'expr test, stmt* body, stmt* orelse',
  With: 'withitem* items, stmt* body, string? type_comment',
  AsyncWith: 'withitem* items, stmt* body, string? type_comment',
  Match: 'expr subject, match_case* cases',
  Raise: 'expr? exc, expr? cause',
  Try: 'stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody',
  TryStar: 'stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody',
  Assert: 'expr test, expr? msg',
  Import: 'alias* names',
  ImportFrom: 'identifier? module, alias* names, int? level',
  Global: 'identifier* names',
  Nonlocal: 'identifier* names',
  Expr: 'expr value',
  Pass: '',
  Break: '',
  Continue: '',

  BoolOp: 'boolop op, expr* values',
  NamedExpr: 'expr target, expr value',
  BinOp: 'expr left, operator op, expr right',
  UnaryOp: 'unaryop op, expr operand',
  Lambda: 'arguments args, expr body',
  IfExp: 'expr test, expr body, expr orelse',
  Dict: 'expr* keys, expr* values',
  Set: 'expr* elts',
  ListComp: 'expr elt, comprehension* generators',
  SetComp: 'expr elt, comprehension* generators',
  DictComp: 'expr key, expr value, comprehension* generators',
  GeneratorExp: 'expr elt, comprehension* generators',
  Await: 'expr value',
  Yield: 'expr? value',
  YieldFrom: 'expr value',
  Compare: 'expr left, cmpop* ops, expr* comparators',
  Call: 'expr func, expr* args, keyword* keywords',
  FormattedValue: 'expr value, int conversion, expr? format_spec',
  JoinedStr: 'expr* values',
  Constant: 'constant value, string? kind',
  Attribute: 'expr value, identifier attr, expr_context ctx',
  Subscript: 'expr value, expr slice, expr_context ctx',
  Starred: 'expr value, expr_context ctx',
  Name: 'identifier id, expr_context ctx',
  List: 'expr* elts, expr_context ctx',
  Tuple: 'expr* elts, expr_context ctx',
  Slice: 'expr? lower, expr? upper, expr? step',

  comprehension: 'expr target, expr iter, expr* ifs, int is_async',
  ExceptHandler: 'expr? type, identifier? name, stmt* body',
  arguments: 'arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults',
  arg: 'identifier arg, expr? annotation, string? type_comment',
  keyword: 'identifier? arg, expr value',
  alias: 'identifier name, identifier? asname',
  withitem: 'expr context_expr, expr? optional_vars',
  match_case: 'pattern pattern, expr? guard, stmt* body',
  TypeIgnore: 'int lineno, string tag',

  MatchValue: 'expr value',
  MatchSingleton: 'constant value',
  MatchSequence: 'pattern* patterns',
  MatchMapping: 'expr* keys, pattern* patterns, identifier? rest',
  MatchClass: 'expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns',
  MatchStar: 'identifier? name',
  MatchAs: 'pattern? pattern, identifier? name',
  MatchOr: 'pattern* patterns',
} as const;

/** Node types that carry `lineno`, `col_offset`, `end_lineno`, `end_col_offset`. */
export function hasPosition(type: NodeType): boolean {
  return !NO_POSITION.has(type);
}
const NO_POSITION: ReadonlySet<NodeType> = new Set<NodeType>([
  'Module', 'Interactive', 'Expression', 'FunctionType', 'comprehension', 'arguments',
  'withitem', 'match_case', 'TypeIgnore',
]);

export interface FieldSpec {
  name: string;
  /** The ASDL type: 'expr', 'stmt', 'identifier', 'operator', 'constant', ... */
  type: string;
  sequence: boolean;
  optional: boolean;
}

/** The enumeration types, whose values are plain strings and dump as `Add()`. */
export const ENUM_TYPES: ReadonlySet<string> = new Set(['expr_context', 'boolop', 'operator', 'unaryop', 'cmpop']);

/** `FIELDS.get('BinOp')` -> its fields in CPython's order. */
export const FIELDS: ReadonlyMap<NodeType, readonly FieldSpec[]> = new Map(
  (Object.entries(SCHEMA) as [NodeType, string][]).map(([type, spec]) => [type, parseFields(spec)]),
);

function parseFields(spec: string): FieldSpec[] {
  if (spec === '') return [];
  return spec.split(', ').map((f) => {
    const [t, name] = f.split(' ') as [string, string];
    const sequence = t.endsWith('*');
    const optional = t.endsWith('?');
    return { name, type: sequence || optional ? t.slice(0, -1) : t, sequence, optional };
  });
}

// ---------------------------------------------------------------------------
// Compile-time check: SCHEMA names exactly the node types, and for each node
// exactly the interface's fields (positions aside).

type FieldName<F extends string> = F extends `${string} ${infer N}` ? N : never;
type FieldNames<S extends string> = S extends `${infer A}, ${infer B}` ? FieldName<A> | FieldNames<B> : FieldName<S>;
type OwnFields<K extends NodeType> = Exclude<keyof NodeOf<K>, '_type' | (K extends 'TypeIgnore' ? never : keyof Position)>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SchemaMatches = {
  [K in NodeType]: Same<FieldNames<(typeof SCHEMA)[K]>, OwnFields<K>>;
};
type AllTrue<R> = R[keyof R] extends true ? true : R;
const schemaMatches: AllTrue<SchemaMatches> & Same<keyof typeof SCHEMA, NodeType> = true;
void schemaMatches;
