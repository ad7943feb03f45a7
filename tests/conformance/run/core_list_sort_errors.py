# list.sort: key, reverse, stability, errors during comparison
l = [3, 1, 2]; l.sort(reverse=True); print(l)
l2 = [(1, 'b'), (0, 'a'), (1, 'a')]; l2.sort(key=lambda p: p[0]); print(l2)
l3 = ['bb', 'a', 'ccc', 'dd']; l3.sort(key=len, reverse=True); print(l3)
words = ['Banana', 'apple', 'cherry']; words.sort(key=str.lower); print(words)
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: [1, 'a'].sort())
attempt(lambda: [1, 2].sort(key=lambda x: 1 / 0))
attempt(lambda: [1].sort(1))
attempt(lambda: [1].sort(bogus=1))
attempt(lambda: sorted([None, 1]))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f'Cmp({self.v})'
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)], key=lambda c: c.v))
