# Interpreter fast paths must agree with the general protocol: str indexing
# and chr() (shared one-char strs), `in` on sets and dicts, generators
# driven by native consumers (set(), sum(), sorted(), list.extend).
s = 'héllo wörld €'
print([s[i] for i in range(len(s))][:5], s[-1], s[7], s[-13])
for bad in (len(s), -len(s) - 1):
    try:
        s[bad]
    except IndexError as e:
        print('IndexError', e)
try:
    s['x']
except TypeError as e:
    print('TypeError', e)
astral = 'a\U0001F600b'
print(len(astral), astral[1] == '\U0001F600', astral[2], astral[-1])
print(s[0] == 'h', s[1] is s[1], chr(104) == s[0], chr(233), chr(8364), chr(0x1F600) == astral[1])
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print('ValueError', e)

st = {1, 2, 'a', (1, 2)}
fs = frozenset([3, 4])
d = {'k': 1, 2: 'v'}
print(1 in st, 3 in st, 'a' in st, (1, 2) in st, 3 in fs, 5 not in fs, 'k' in d, 'v' in d, 2 in d)
print(frozenset([1]) in {frozenset([1])}, 1.0 in st, True in st)
for container in (st, d, fs):
    try:
        [1] in container
    except TypeError as e:
        print('TypeError', e)
class D(dict):
    def __contains__(self, k):
        return k == 'magic'
print('magic' in D(), 'k' in D(k=1))
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print('eq called')
        return isinstance(other, Key) and other.v == self.v
print(Key(1) in {Key(1)}, Key(2) in {Key(1): 0})

def gen(n):
    for i in range(n):
        yield i * i
    return 'done'
print(set(gen(4)) == {0, 1, 4, 9}, sum(gen(5)), sorted(gen(4), reverse=True))
lst = [0]
lst.extend(gen(3))
print(lst, list(x for x in gen(3) if x), max(gen(6)), min(gen(6)))
g = gen(2)
print(list(g), list(g), next(g, 'exhausted'))
def bad():
    yield 1
    raise StopIteration('inner')
try:
    print(list(bad()))
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
def boom():
    yield 1
    1 / 0
try:
    sum(boom())
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
def running():
    yield list(me)
me = running()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
