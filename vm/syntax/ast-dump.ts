/**
 * `ast.dump`: the text CPython 3.11's `ast.dump(node, annotate_fields,
 * include_attributes, indent=...)` produces for the same tree.
 *
 * Model (CPython's rules, driven by SCHEMA/FIELDS of ast.ts):
 * - A node prints as `Name(arg, ...)`; enumeration values (plain strings in
 *   our trees) print as `Load()`; leaf values print as their Python repr().
 * - An optional (`?`) field that is null is omitted, and every field after it
 *   is then written `name=value` even when annotate_fields is false. A field
 *   that is absent (undefined) is treated the same way. A non-optional field
 *   holding None (a Constant's value) is printed.
 * - With include_attributes, the positions follow the fields, always
 *   keyworded; a null end position is omitted except on patterns (whose
 *   end positions are not optional in CPython's ASDL).
 * - With an indent, a node stays on one line when it has at most three
 *   arguments that are all "simple" (leaves, `[]`, or argument-less nodes);
 *   otherwise each argument, and each list element, goes on its own line.
 *
 * Reference: https://docs.python.org/3.11/library/ast.html#ast.dump
 */
import { ENUM_TYPES, FIELDS, hasPosition, type Node, type NodeType } from './ast.js';
import { reprConstant, reprStr } from '../format/repr.js';

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  indent?: number | string | null;
}

/** Exactly CPython 3.11's ast.dump(node, annotate_fields, include_attributes, indent=...). */
export function dump(node: Node, options: DumpOptions = {}): string {
  if (node === null || typeof node !== 'object' || typeof (node as { _type?: unknown })._type !== 'string') {
    throw new TypeError(`expected AST, got ${describe(node)}`);
  }
  const { indent } = options;
  const indentText = indent === null || indent === undefined ? null
    : typeof indent === 'string' ? indent : ' '.repeat(Math.max(indent, 0));
  const dumper = new Dumper(options.annotateFields ?? true, options.includeAttributes ?? false, indentText);
  return dumper.node(node as unknown as Record<string, unknown>, 0);
}

function describe(v: unknown): string {
  return v === null ? "'NoneType'" : `'${Array.isArray(v) ? 'list' : typeof v}'`;
}

// ---------------------------------------------------------------------------
// Field layout, precomputed per node type

const enum Leaf { Node, Enum, Str, Int, Constant }

interface Slot { name: string; leaf: Leaf; optional: boolean }

const POSITION_NAMES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;
const PATTERN_TYPES: ReadonlySet<string> = new Set([
  'MatchValue', 'MatchSingleton', 'MatchSequence', 'MatchMapping', 'MatchClass', 'MatchStar', 'MatchAs', 'MatchOr',
]);

function leafOf(type: string): Leaf {
  if (ENUM_TYPES.has(type)) return Leaf.Enum;
  if (type === 'identifier' || type === 'string') return Leaf.Str;
  if (type === 'int') return Leaf.Int;
  if (type === 'constant') return Leaf.Constant;
  return Leaf.Node;
}

const SLOTS: ReadonlyMap<string, readonly Slot[]> = new Map(
  [...FIELDS].map(([type, fields]) => [
    type, fields.map((f) => ({ name: f.name, leaf: leafOf(f.type), optional: f.optional })),
  ]),
);

/** Whether a null end position is omitted (optional in the ASDL) for this node type. */
function endPositionsOptional(type: NodeType): boolean {
  return !PATTERN_TYPES.has(type);
}

// ---------------------------------------------------------------------------
// The printer

class Dumper {
  /** Whether the value printed last was "simple" (see the module comment). */
  private simple = true;

  constructor(
    private readonly annotate: boolean,
    private readonly attributes: boolean,
    private readonly indent: string | null,
  ) {}

  node(node: Record<string, unknown>, level: number): string {
    const type = node._type as NodeType;
    const slots = SLOTS.get(type);
    if (slots === undefined) throw new TypeError(`unknown AST node type ${JSON.stringify(type)}`);
    if (this.indent !== null) level++;
    const args: string[] = [];
    let allSimple = true;
    let keywords = this.annotate;
    for (const slot of slots) {
      const value = node[slot.name];
      if (value === undefined || (value === null && slot.optional)) {
        keywords = true;
        continue;
      }
      const text = this.value(value, slot.leaf, level);
      allSimple &&= this.simple;
      args.push(keywords ? slot.name + '=' + text : text);
    }
    if (this.attributes && hasPosition(type)) allSimple = this.positions(node, type, args) && allSimple;
    return this.wrap(type, args, allSimple, level);
  }

  /** Appends `lineno=...` etc.; returns whether all were simple (numbers always are). */
  private positions(node: Record<string, unknown>, type: NodeType, args: string[]): boolean {
    for (let i = 0; i < 4; i++) {
      const name = POSITION_NAMES[i]!;
      const value = node[name];
      if (value === undefined) continue;
      if (value === null && i >= 2 && endPositionsOptional(type)) continue;
      args.push(name + '=' + (value === null ? 'None' : String(value)));
    }
    return true;
  }

  private wrap(type: string, args: string[], allSimple: boolean, level: number): string {
    if (allSimple && args.length <= 3) {
      this.simple = args.length === 0;
      return type + '(' + args.join(', ') + ')';
    }
    this.simple = false;
    if (this.indent === null) return type + '(' + args.join(', ') + ')';
    const pad = this.indent.repeat(level);
    return type + '(\n' + pad + args.join(',\n' + pad) + ')';
  }

  private value(value: unknown, leaf: Leaf, level: number): string {
    if (Array.isArray(value)) return this.list(value, leaf, level);
    this.simple = true;
    if (value === null) return 'None';
    switch (leaf) {
      case Leaf.Node:
        return typeof value === 'string' ? value + '()' : this.node(value as Record<string, unknown>, level);
      case Leaf.Enum: return value + '()';
      case Leaf.Str: return reprStr(value as string);
      case Leaf.Int: return String(value);
      case Leaf.Constant: return reprConstant(value as Parameters<typeof reprConstant>[0]);
    }
  }

  private list(items: unknown[], leaf: Leaf, level: number): string {
    if (items.length === 0) {
      this.simple = true;
      return '[]';
    }
    const inner = this.indent === null ? level : level + 1;
    const parts = items.map((item) => this.value(item, leaf, inner));
    this.simple = false;
    if (this.indent === null) return '[' + parts.join(', ') + ']';
    const pad = this.indent.repeat(inner);
    return '[\n' + pad + parts.join(',\n' + pad) + ']';
  }
}
