/**
 * TypeSpec of BaseExceptionGroup (ExceptionGroup inherits it; its second
 * base, Exception, is wired at bootstrap). The behaviour lives in
 * vm/objects/exception-group.ts; this is only the table.
 */
import { L } from '../../gc/layout.js';
import { openForWrite } from '../../stm/access.js';
import type { TypeSpec } from '../objects/native.js';
import { K } from '../objects/core.js';
import { newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { load, store } from '../../gc/heap.js';
import { EXC, OBJ_DICT, PyRaise, raise, T, TYPE, typeOf } from '../objects/core.js';
import { isSubtype } from '../objects/type.js';
import { newList, listAppend } from '../objects/list.js';
import { formatSyntaxError } from '../syntax/errors.js';
import { toBigInt } from '../objects/int.js';
import { loadObjDict, typeNameOf } from '../objects/protocol.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { intern } from '../objects/str.js';
import { isInt } from '../objects/int.js';
import { toArray } from '../objects/protocol.js';
import { indexNumber, reprOf, strOf } from '../objects/protocol.js';
import { jsString } from '../objects/str.js';
import { tupleItems } from '../objects/tuple.js';
import { bufferOf } from '../objects/bytes.js';
import { decodeErrorText, encodeErrorText } from '../objects/codecs.js';
import {
  createGroupFrom, groupExceptionsTuple, groupNew, groupStr, matcherOf, splitGroup,
} from '../objects/exception-group.js';
import { newExceptionHook } from './specs-callables.js';

export const baseExceptionGroupSpec: TypeSpec = {
  name: 'BaseExceptionGroup', layout: L.EXCEPTION, subclassable: true,
  new: (a, kw) => groupNew(a[0]!, a.slice(1, a.length - (kw ? kw.length : 0)), newExceptionHook.make),
  methods: {
    __str__: (a) => newStr(groupStr(a[0]!)),
    derive: (a) => createGroupFrom(load(a[0]! + EXC.VALUE), a[1]!),
    split: (a) => {
      const [m, r] = splitGroup(a[0]!, matcherOf(a[1]!), true);
      return newTuple([m || K.None, r || K.None]);
    },
    subgroup: (a) => splitGroup(a[0]!, matcherOf(a[1]!), false)[0] || K.None,
  },
  getters: {
    message: (e) => load(e + EXC.VALUE),
    exceptions: (e) => groupExceptionsTuple(e),
  },
};


// ---------------------------------------------------------------------------
// UnicodeError subclasses (https://docs.python.org/3.11/library/exceptions.html#UnicodeError):
// their attributes are views of `args` (encoding, object, start, end, reason).

const UNICODE_FIELDS = {
  UnicodeDecodeError: ['encoding', 'object', 'start', 'end', 'reason'],
  UnicodeEncodeError: ['encoding', 'object', 'start', 'end', 'reason'],
  UnicodeTranslateError: ['object', 'start', 'end', 'reason'],
} as const;
type UnicodeErrorName = keyof typeof UNICODE_FIELDS;

function unicodeErrorStr(name: UnicodeErrorName, e: number): string {
  const args = tupleItems(load(e + EXC.ARGS));
  if (args.length !== UNICODE_FIELDS[name].length) return args.length === 1 ? strOf(args[0]!) : args.length ? reprOf(load(e + EXC.ARGS)) : '';
  const at = name === 'UnicodeTranslateError' ? 0 : 1;
  const obj = args[at]!, start = indexNumber(args[at + 1]!), end = indexNumber(args[at + 2]!), reason = strOf(args[at + 3]!);
  if (name === 'UnicodeDecodeError') return decodeErrorText(strOf(args[0]!), bufferOf(obj) ?? new Uint8Array(0), start, end, reason);
  if (name === 'UnicodeEncodeError') return encodeErrorText(strOf(args[0]!), jsString(obj), start, end, reason);
  return encodeErrorText('', jsString(obj), start, end, reason).replace(/^'' codec can't encode/, "can't translate");
}

function unicodeErrorSpec(name: UnicodeErrorName): TypeSpec {
  const fields = UNICODE_FIELDS[name];
  const accessors: Record<string, readonly [(e: number) => number, (e: number, v: number) => void]> = {};
  fields.forEach((f, i) => {
    accessors[f] = [
      (e) => tupleItems(load(e + EXC.ARGS))[i] ?? K.None,
      (e, v) => { const items = tupleItems(load(e + EXC.ARGS)); items[i] = v; openForWrite(e); store(e + EXC.ARGS, newTuple(items)); },
    ];
  });
  return {
    name, layout: L.EXCEPTION, subclassable: true,
    methods: {
      __init__: (a, kw) => {
        const n = a.length - 1 - (kw ? kw.length : 0);
        if (n !== fields.length) throw raise(T.TypeError, `function takes exactly ${fields.length} arguments (${n} given)`);
        openForWrite(a[0]!);
        store(a[0]! + EXC.ARGS, newTuple(a.slice(1, 1 + n)));
        return K.None;
      },
      __str__: (a) => newStr(unicodeErrorStr(name, a[0]!)),
    },
    accessors,
  };
}

export const unicodeErrorSpecs: TypeSpec[] = (Object.keys(UNICODE_FIELDS) as UnicodeErrorName[]).map(unicodeErrorSpec);

// ---------------------------------------------------------------------------
// SyntaxError (https://docs.python.org/3.11/library/exceptions.html#SyntaxError):
// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
// sets those attributes; str() is "msg (file, line N)".

const SYNTAX_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'] as const;

function syntaxErrorInit(a: number[], kw: readonly string[] | null): number {
  const e = a[0]!;
  const args = a.slice(1, a.length - (kw ? kw.length : 0));
  store(e + EXC.ARGS, newTuple(args));
  const d = instanceDict(e);
  for (const f of ['msg', ...SYNTAX_FIELDS, 'print_file_and_line']) if (!dictGetStr(d, intern(f))) dictSet(d, intern(f), K.None);
  if (args.length >= 1) dictSet(d, intern('msg'), args[0]!);
  if (args.length === 2) {
    const info = tupleItems(tupleCoerce(args[1]!));
    if (info.length < 4 || info.length > 6) throw raise(T.IndexError, 'tuple index out of range');
    info.forEach((v, i) => dictSet(d, intern(SYNTAX_FIELDS[i]!), v));
  }
  return K.None;
}

function tupleCoerce(v: number): number {
  return typeOf(v) === T.tuple ? v : newTuple(toArray(v));
}

function instanceDict(e: number): number {
  let d = loadObjDict(e);
  if (!d) { openForWrite(e); d = load(e + OBJ_DICT); if (!d) { d = newDict(); store(e + OBJ_DICT, d); } }
  return d;
}

function syntaxErrorStr(e: number): string {
  const d = loadObjDict(e);
  const get = (k: string): number => (d ? dictGetStr(d, intern(k)) : 0) || K.None;
  const args = tupleItems(load(e + EXC.ARGS));
  const msgV = d ? get('msg') : args.length ? args[0]! : K.None;
  const msg = strOf(msgV);
  if (!d) return args.length === 1 ? strOf(args[0]!) : args.length ? reprOf(load(e + EXC.ARGS)) : '';
  const fn = get('filename'), ln = get('lineno');
  const file = fn !== K.None && typeOf(fn) === T.str ? jsString(fn).replace(/^.*\//, '') : null;
  const line = ln !== K.None && isInt(ln) ? strOf(ln) : null;
  if (file !== null && line !== null) return `${msg} (${file}, line ${line})`;
  if (file !== null) return `${msg} (${file})`;
  if (line !== null) return `${msg} (line ${line})`;
  return msg;
}

export const syntaxErrorSpec: TypeSpec = {
  name: 'SyntaxError', layout: L.EXCEPTION, subclassable: true,
  methods: { __init__: syntaxErrorInit, __str__: (a) => newStr(syntaxErrorStr(a[0]!)) },
};

// ---------------------------------------------------------------------------
// How an exception's last traceback lines read (used by traceback.ts):
// a SyntaxError shows its source line and carets; `__notes__` (PEP 678)
// follow the "Type: message" line, one per line.

/** The "File/line/carets + SyntaxError: msg" block of a SyntaxError instance, or null. */
export function syntaxErrorBlock(exc: number): string | null {
  const t = typeOf(exc);
  if (t !== T.SyntaxError && !isSubtype(t, T.SyntaxError)) return null;
  const d = loadObjDict(exc);
  if (!d) return null;
  const get = (k: string): number => dictGetStr(d, intern(k)) || K.None;
  const num = (k: string): number | null => (isInt(get(k)) ? Number(toBigInt(get(k))) : null);
  const text = get('text'), filename = get('filename'), msg = get('msg');
  const kind = t === T.TabError || isSubtype(t, T.TabError) ? 'TabError' : t === T.IndentationError || isSubtype(t, T.IndentationError) ? 'IndentationError' : 'SyntaxError';
  const block = formatSyntaxError({
    kind, msg: msg === K.None ? '' : strOf(msg),
    filename: filename !== K.None && typeOf(filename) === T.str ? jsString(filename) : null,
    lineno: num('lineno'), offset: num('offset'), end_lineno: num('end_lineno'), end_offset: num('end_offset'),
    text: text !== K.None && typeOf(text) === T.str ? jsString(text) : null,
  });
  const name = jsString(load(t + TYPE.QUALNAME));
  return name === kind ? block : block.replace(new RegExp(`^${kind}(?=[:\\n])`, 'm'), name);
}

/** The lines printed for `exc.__notes__` after its message ('' if none). */
export function notesText(exc: number): string {
  const d = loadObjDict(exc);
  const notes = d ? dictGetStr(d, intern('__notes__')) : 0;
  if (!notes) return '';
  const t = typeOf(notes);
  if (t !== T.list && t !== T.tuple && !isSubtype(t, T.list) && !isSubtype(t, T.tuple)) {
    return `${safeText(() => reprOf(notes), '<__notes__ repr() failed>')}\n`;
  }
  return toArray(notes).map((n) => `${typeOf(n) === T.str ? jsString(n) : safeText(() => strOf(n), '<note str() failed>')}\n`).join('');
}

function safeText(f: () => string, fallback: string): string {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyRaise) return fallback;
    throw e;
  }
}

/** BaseException.add_note(note): appends to `__notes__` (created as a list). */
export function addNote(a: number[]): number {
  const e = a[0]!, note = a[1]!;
  if (typeOf(note) !== T.str && !isSubtype(typeOf(note), T.str)) throw raise(T.TypeError, `note must be a str, not '${typeNameOf(note)}'`);
  const d = instanceDict(e);
  let notes = dictGetStr(d, intern('__notes__'));
  if (!notes) {
    notes = newList([]);
    dictSet(d, intern('__notes__'), notes);
  }
  if (typeOf(notes) !== T.list && !isSubtype(typeOf(notes), T.list)) throw raise(T.TypeError, 'Cannot add note: __notes__ is not a list');
  listAppend(notes, note);
  return K.None;
}

// ---------------------------------------------------------------------------
// Keyword attributes: ImportError(msg, name=, path=), AttributeError(name=, obj=), NameError(name=).

function keywordAttrs(type: 'ImportError' | 'AttributeError' | 'NameError', names: readonly string[]): TypeSpec {
  const accessors: Record<string, readonly [(e: number) => number, (e: number, v: number) => void]> = {};
  for (const n of names) {
    accessors[n] = [(e) => { const d = loadObjDict(e); return (d && dictGetStr(d, intern(n))) || K.None; }, (e, v) => dictSet(instanceDict(e), intern(n), v)];
  }
  if (type === 'ImportError') {
    accessors['msg'] = [
      (e) => { const d = loadObjDict(e); const m = d && dictGetStr(d, intern('msg')); if (m) return m; const args = tupleItems(load(e + EXC.ARGS)); return args.length === 1 ? args[0]! : K.None; },
      (e, v) => dictSet(instanceDict(e), intern('msg'), v),
    ];
  }
  return {
    name: type, layout: L.EXCEPTION, subclassable: true,
    methods: {
      __init__: (a, kw) => {
        const nkw = kw ? kw.length : 0;
        const args = a.slice(1, a.length - nkw);
        for (let i = 0; i < nkw; i++) {
          if (!names.includes(kw![i]!)) throw raise(T.TypeError, `'${kw![i]}' is an invalid keyword argument for ${type}()`);
          dictSet(instanceDict(a[0]!), intern(kw![i]!), a[a.length - nkw + i]!);
        }
        openForWrite(a[0]!);
        store(a[0]! + EXC.ARGS, newTuple(args));
        return K.None;
      },
    },
    accessors,
  };
}

export const keywordExceptionSpecs: TypeSpec[] = [
  keywordAttrs('ImportError', ['name', 'path']), keywordAttrs('AttributeError', ['name', 'obj']), keywordAttrs('NameError', ['name']),
];
