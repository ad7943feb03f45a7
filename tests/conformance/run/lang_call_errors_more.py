def many(a, b, c, d): pass
def kw2(*, a, b): pass
def mixed(a, b=1, *, c, d=2): pass
for t in [lambda: many(1), lambda: many(), lambda: kw2(), lambda: kw2(a=1), lambda: mixed(), lambda: mixed(1), lambda: mixed(1, 2, 3), lambda: mixed(1, 2, 3, c=1), lambda: many(1, 2, b=3), lambda: kw2(1, 2, a=1)]:
    try: t()
    except TypeError as e: print(e)
class K:
    def m(self, a): pass
    @classmethod
    def c(cls, a): pass
    @staticmethod
    def s(a): pass
for t in [lambda: K().m(), lambda: K.c(), lambda: K.s(), lambda: K().m(1, 2), lambda: K.c(1, 2), lambda: K.m(K(), b=1)]:
    try: t()
    except TypeError as e: print(e)
