# in-place set and dict operators mutate the object; range.count / bool
s = {1, 2, 3}; t = s
s &= {1, 2}; print(t is s, sorted(t))
s |= {9}; print(sorted(t))
s -= {1}; print(sorted(t))
s ^= {2, 5}; print(sorted(t), t is s)
print(sorted(frozenset([1]) | {2}), type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__)
f = frozenset([1]); g = f; f |= {2}; print(g is f, sorted(f), sorted(g))
d = {'a': 1}; e = d; d |= {'b': 2}; print(e is d, e)
d |= [('c', 3)]; print(d)
print({'x': 1} | {'x': 2, 'y': 3}, dict.fromkeys('ab', 0))
r = range(0, 10, 3)
print(r.count(3), r.count(4), r.count(3.0), bool(range(0)), bool(r), r.index(6), 9 in r, r[-1], r[1:], len(r))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: r.index(5))
def ior_list():
    x = {1}
    x |= [2]
    return x
attempt(ior_list)
def ior_dict_bad():
    x = {}
    x |= 5
    return x
attempt(ior_dict_bad)
