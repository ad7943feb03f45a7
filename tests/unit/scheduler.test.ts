/**
 * The scheduler's user-visible behaviour in-process: a deadlock is reported
 * with every thread's Python stack and exit status 1 instead of a hang; a
 * thread blocked under native code without a time limit gets a clear
 * RuntimeError; timeouts wake blocked threads.
 */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../tools/run-in-process.js';

describe('scheduler', () => {
  it('reports a deadlock with each thread named and its stack, and exits 1', () => {
    const r = runInProcess(`import threading, time
a = threading.Lock(); b = threading.Lock()
def worker():
    with b:
        time.sleep(0.01)
        with a:
            pass
t = threading.Thread(target=worker, name="worker-1")
with a:
    t.start()
    time.sleep(0.005)
    with b:
        pass
`);
    expect(r.status).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('pystm: deadlock: every thread is blocked and none can wake another');
    expect(r.err).toContain('Thread 1 (MainThread), most recent call last:\n  File "<test>", line 12, in <module>');
    expect(r.err).toContain('(worker-1), most recent call last:');
    expect(r.err).toContain('  File "<test>", line 6, in worker');
  });

  it('wakes a thread whose timed wait expires, and joins with a timeout', () => {
    const r = runInProcess(`import threading
l = threading.Lock(); l.acquire()
res = []
def f():
    res.append(l.acquire(timeout=0.02))
t = threading.Thread(target=f); t.start()
t.join(timeout=5)
print(res, t.is_alive())
ev = threading.Event()
print(ev.wait(0.01))
`);
    expect(r).toEqual({ out: '[False] False\nFalse\n', err: '', status: 0 });
  });

  it('refuses to block forever under native code (a key= function), with a RuntimeError', () => {
    const r = runInProcess(`import threading
l = threading.Lock(); l.acquire()
try:
    sorted([2, 1], key=lambda x: l.acquire())
except RuntimeError as e:
    print('RuntimeError', 'native' in str(e))
`);
    expect(r).toEqual({ out: 'RuntimeError True\n', err: '', status: 0 });
  });
});
