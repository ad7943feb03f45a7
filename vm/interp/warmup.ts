/**
 * The interpreter's warm-up: a small Python program, run once per process
 * when the first program becomes hot (see `run` in loop.ts), that executes
 * every common opcode of `slice` on its usual operand kinds.
 *
 * Why: V8 compiles `slice` with TurboFan only from the type feedback its
 * bytecode has collected. A path of `slice` that never ran before the
 * compile (even a `--sp` in an opcode not yet seen) has no feedback and is
 * compiled as a deoptimisation: the first program to reach it throws the
 * optimised code away and `slice` is recompiled, which took 0.3-1 s of CPU
 * each time and happened 5-8 times in the whole-program benchmarks. After
 * the warm-up most programs see one or two compiles.
 *
 * Invariants: the warm-up has no effect a Python program can observe: its
 * own globals dict, no output, no imports, every exception caught here;
 * the thread's handled exception is restored. It runs at most once.
 */
import { PyRaise } from '../objects/core.js';
import { dictSet, newDict } from '../objects/dict.js';
import { intern } from '../objects/str.js';
import { parse } from '../syntax/parse.js';
import { compile as compileTree } from '../compiler/compile.js';
import { codeToHeap } from './code.js';
import { runCode } from './loop.js';
import { ts } from './thread.js';

const SOURCE = `
def f(a, b=2, *args, **kw):
    return a + b

class C:
    def __init__(self, x):
        self.x = x
        self.y = x * 2.0
    def m(self, k):
        return self.x + k
    @property
    def p(self):
        return self.y

class D(C):
    pass

def g(n):
    for i in range(n):
        yield i
    return n

def body():
    total = 0
    s = 'ab'
    lst = [1, 2, 3]
    t = (1, 2)
    d = {'a': 1}
    st = {1, 2}
    fl = 1.5
    for k in range(4):
        c = C(k) if k % 2 else D(k)
        total += c.m(k) + c.x + f(k) + f(k, b=3) + len(lst)
        c.x = k + 1
        c.z = k
        fl = fl * 2.0 - fl / 3.0 + k - 0.5
        fl += 1.0
        total = (total - k * 2 // 1 % 7) & 255 | 1 ^ 3
        total <<= 1
        total >>= 1
        total *= 1
        total -= 0
        s = s + 'c'
        s += s[0]
        lst[0] = lst[1] + lst[-1]
        x, y = t
        d['b'] = d['a']
        if k in st and k not in d or s == 'x' or s != 'y' or fl > 2.0:
            total += 1
        if k < 1 <= 2 > k >= 0 != 3 or fl < 0.5 or fl <= 1 or fl >= 9:
            total += 1
        if not lst or c is None or c is not None or not k:
            total += 1
        for v in g(2):
            total += v
        for v in lst:
            total += v
        for v in t:
            total += v
        total += sum(v for v in lst)
        z = [v for v in lst if v]
        total += len(z) + int(c.p) + (-k)
        try:
            raise ValueError('x')
        except ValueError:
            total += 1
        while total > 1000:
            total -= 1000
        lst.append(k)
        lst.pop()
        total += len(f'{total}')
        e1 = k == 1
        e2 = k != 2
        e3 = c is None
        e4 = c is not None
        e5 = s == 'abc'
        e6 = fl == 2.5
        e7 = fl < k
        e8 = k < 2
        e9 = s < 'b'
        e10 = not e1
        total += e1 + e2 + e3 + e4 + e5 + e6 + e7 + e8 + e9 + e10
        total += d['a'] + t[0] + t[-1] + lst[k % 3]
        total += f(*t) + f(1, **{'b': 2})
        q = (k, total, s)
        aa, bb, cc = q
        aa, bb = [1, 2]
        total += h(k) + hh()
        big = 1073741823 + k
        big = big + 1 - 1
        big = -big - 2
        big = big * 3 // 2 % 5
        total += big + int(fl // 2 + fl % 3)
        v = lst or t
        v = s and lst
        v = k or 0
        v = k and 0
        total += len(v) if v else 0
    return total

def h(n):
    def inner(m):
        return m + n
    return inner(1)

G = 0
def hh():
    global G
    G += 1
    return G

x = len([1])
for i in range(3):
    x += i
    y = x == 1
    z = x is None
    w = x < 3
body()
`;

let done = false;

/** Runs the warm-up program once; a no-op afterwards. */
export function warmUp(): void {
  if (done) return;
  done = true;
  const handled = ts.handled;
  try {
    const code = codeToHeap(compileTree(parse(SOURCE, '<pystm warm-up>', 'exec'), { filename: '<pystm warm-up>', mode: 'exec' }));
    const globals = newDict();
    dictSet(globals, intern('__name__'), intern('__pystm_warmup__'));
    runCode(code, globals, globals);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
  } finally {
    ts.handled = handled;
  }
}
