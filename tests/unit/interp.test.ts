/**
 * The interpreter, driven in-process: programs compiled by the front end
 * and run by vm/runtime/run.ts, with output captured; deep recursion and
 * nesting limits; frames popped after exceptions; the heap stays valid.
 */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../tools/run-in-process.js';
import { ts } from '../../vm/interp/thread.js';
import { checkHeap } from '../../gc/check.js';

const run = runInProcess;

describe('interpreter', () => {
  it('runs functions, classes and loops', () => {
    const r = run('def f(n):\n    return n * 2\nclass A:\n    def g(self):\n        return f(21)\nprint(A().g(), [i for i in range(3)])\n');
    expect(r).toEqual({ out: '42 [0, 1, 2]\n', err: '', status: 0 });
  });

  it('does not recurse on the JS stack for Python calls', () => {
    const r = run('import sys\nsys.setrecursionlimit(20000)\ndef d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(15000))\n');
    expect(r.out).toBe('15000\n');
  });

  it('raises RecursionError at the limit and unwinds every frame', () => {
    const r = run('def f():\n    f()\ntry:\n    f()\nexcept RecursionError as e:\n    print(e)\n');
    expect(r.out).toBe('maximum recursion depth exceeded\n');
    expect(ts.depth).toBe(0);
    expect(ts.nesting).toBe(0);
  });

  it('bounds native -> Python nesting', () => {
    const r = run('class K:\n    def __repr__(self):\n        return repr(K())\ntry:\n    repr(K())\nexcept RecursionError:\n    print("bounded")\n');
    expect(r.out).toBe('bounded\n');
  });

  it('prints tracebacks with carets and exits 1', () => {
    const r = run('x = 1\ny = x / 0\n');
    expect(r.status).toBe(1);
    expect(r.err).toBe(
      'Traceback (most recent call last):\n  File "<test>", line 2, in <module>\n    y = x / 0\n        ~~^~~\nZeroDivisionError: division by zero\n',
    );
  });

  it('follows SystemExit rules', () => {
    expect(run('raise SystemExit(4)').status).toBe(4);
    expect(run('import sys\nsys.exit()').status).toBe(0);
    const r = run('import sys\nsys.exit("bye")');
    expect([r.status, r.err]).toEqual([1, 'bye\n']);
  });

  it('leaves a valid heap', () => {
    run('d = {str(i): [i, (i, 2.5)] for i in range(500)}\ns = {x % 7 for x in range(100)}\n');
    expect(checkHeap()).toEqual([]);
  });

  it('caches globals by dict version', () => {
    const r = run('x = 1\ndef f():\n    return x\na = f()\nx = 2\nprint(a, f())\n');
    expect(r.out).toBe('1 2\n');
  });
});
