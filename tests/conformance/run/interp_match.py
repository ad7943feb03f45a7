class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
def f(v):
    match v:
        case 0 | 1: return 'small'
        case int(n) if n > 100: return f'big {n}'
        case str() as s: return 'str ' + s
        case [1, 2, *rest]: return f'seq12 {rest}'
        case (a, b): return f'pair {a} {b}'
        case {'k': 1, **kw}: return f'map {kw}'
        case {'x': x}: return f'mapx {x}'
        case Point(0, y=yy): return f'p0 {yy}'
        case Point(x, y): return f'pt {x} {y}'
        case None: return 'none'
        case True: return 'true'
        case 3.5: return 'float'
        case _: return 'other'
for v in [0, 1, 500, 'hi', [1,2,3,4], (5,6), {'k':1,'z':2}, {'x': 9}, Point(0, 4), Point(2, 3), None, True, 3.5, object, range(2), b'ab', 'ab']:
    print(f(v))
class C: pass
try:
    match 5:
        case C(1): pass
except TypeError as e: print(e)
try:
    match C():
        case C(1): pass
except TypeError as e: print(e)
try:
    match Point(1,2):
        case Point(1, 2, 3): pass
except TypeError as e: print(e)
try:
    match Point(1,2):
        case Point(1, x=2): pass
except TypeError as e: print(e)
try:
    match 3:
        case len(): pass
except TypeError as e: print(e)
match {'a': 1}:
    case {'a': 1, 'b': 2}: print('no')
    case {'a': x}: print('a', x)
class OrderedDict(dict): pass
match OrderedDict(a=1):
    case {'a': v}: print('od', v)
class Bad:
    __match_args__ = ['x']
try:
    match Bad():
        case Bad(1): pass
except TypeError as e: print(e)
match [1, [2, 3]]:
    case [x, [y, *z]]: print(x, y, z)
match 42:
    case int(v): print(v)
match "s":
    case (x,): print('bad')
    case _: print('str not seq')
