/**
 * The statements added after the spine: `match`, `except*` / exception
 * groups, generator throw()/close(), and the declared native signatures
 * (vm/objects/native.ts `withArity`). Programs run in-process; the frame
 * stack must be back at its base afterwards and the heap must stay valid.
 */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../tools/run-in-process.js';
import { checkHeap } from '../../gc/check.js';

const run = runInProcess;

describe('match', () => {
  it('matches class, mapping and sequence patterns', () => {
    const r = run([
      'class P:', '    __match_args__ = ("x", "y")', '    def __init__(s, x, y): s.x, s.y = x, y',
      'def f(v):', '    match v:',
      '        case P(0, y): return f"p0 {y}"', '        case {"k": k, **rest}: return f"map {k} {rest}"',
      '        case [a, *b]: return f"seq {a} {b}"', '        case str(): return "str"', '        case _: return "other"',
      'print(f(P(0, 5)), f({"k": 1, "z": 2}), f((1, 2, 3)), f("ab"), f(3))',
    ].join('\n') + '\n');
    expect(r.out).toBe("p0 5 map 1 {'z': 2} seq 1 [2, 3] str other\n");
  });

  it('raises CPython\'s errors for bad class patterns', () => {
    const r = run('class C: pass\ntry:\n    match C():\n        case C(1): pass\nexcept TypeError as e: print(e)\n');
    expect(r.out).toBe('C() accepts 0 positional sub-patterns (1 given)\n');
  });
});

describe('exception groups', () => {
  it('splits groups in except* clauses and re-raises the rest', () => {
    const r = run([
      'try:', '    try:', '        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])',
      '    except* ValueError as e:', '        print("got", repr(e))',
      'except ExceptionGroup as e:', '    print("rest", repr(e))',
    ].join('\n') + '\n');
    expect(r.out).toBe("got ExceptionGroup('eg', [ValueError(1)])\nrest ExceptionGroup('eg', [TypeError(2)])\n");
    expect(checkHeap()).toEqual([]);
  });

  it('validates the constructor and except* types', () => {
    const r = run([
      'try: BaseExceptionGroup("m", [])', 'except ValueError as e: print(e)',
      'try:', '    try: raise ValueError', '    except* ExceptionGroup: pass', 'except TypeError as e: print(e)',
      'print(ExceptionGroup.__mro__[2].__name__, type(BaseExceptionGroup("x", [KeyError()])).__name__)',
    ].join('\n') + '\n');
    expect(r.out).toBe('second argument (exceptions) must be a non-empty sequence\n'
      + 'catching ExceptionGroup with except* is not allowed. Use except instead.\nException ExceptionGroup\n');
  });
});

describe('generator throw and close', () => {
  it('runs finally blocks on close and reports an ignored GeneratorExit', () => {
    const r = run([
      'def g():', '    try:', '        yield 1', '    finally:', '        print("fin")',
      'x = g(); next(x); x.close(); print("closed")',
      'def h():', '    try:', '        yield 1', '    except GeneratorExit:', '        yield 2',
      'y = h(); next(y)', 'try: y.close()', 'except RuntimeError as e: print(e)',
    ].join('\n') + '\n');
    expect(r.out).toBe('fin\nclosed\ngenerator ignored GeneratorExit\n');
  });

  it('throws through yield from into the subgenerator', () => {
    const r = run([
      'def inner():', '    try:', '        yield "i"', '    except KeyError:', '        yield "caught"',
      'def outer():', '    yield from inner()', '    yield "after"',
      'o = outer(); print(next(o), o.throw(KeyError), next(o))',
    ].join('\n') + '\n');
    expect(r.out).toBe('i caught after\n');
  });
});

describe('native signatures', () => {
  it('reports argument-count and keyword errors as CPython', () => {
    const r = run([
      'for f in [lambda: "a".startswith(), lambda: [].append(x=1), lambda: {}.get(), lambda: [].clear(1), lambda: "a".split(x=1)]:',
      '    try: f()', '    except TypeError as e: print(e)',
    ].join('\n') + '\n');
    expect(r.out).toBe([
      'startswith() takes at least 1 argument (0 given)', 'list.append() takes no keyword arguments',
      'get expected at least 1 argument, got 0', 'list.clear() takes no arguments (1 given)',
      "'x' is an invalid keyword argument for split()", '',
    ].join('\n'));
  });
});
