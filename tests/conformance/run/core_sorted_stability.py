# sorted() is stable and honours key / reverse; reverse keeps the order of equal keys
records = [('bob', 3), ('amy', 1), ('cat', 3), ('dan', 2), ('eve', 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1]))
print(sorted('Mississippi'), sorted('Mississippi', reverse=True)[:3], sorted({3, 1, 2}), sorted((1.5, 1, True, 0)))
print(sorted([[3, 'c'], [1, 'a'], [2]], key=len), sorted(['a10', 'a9', 'a100'], key=lambda s: int(s[1:])))
l = [5, 3, 1]; s = sorted(l); print(l, s, s is l)
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: sorted([1, 2], lambda x: x))
attempt(lambda: sorted())
attempt(lambda: sorted([{}, {}]))
attempt(lambda: sorted([1, 2], reverse=None))
