# getstate / setstate round trips and validation
import random
random.seed(5)
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[1][:3], st[2])
a = [random.random() for _ in range(5)]
random.setstate(st)
print(a == [random.random() for _ in range(5)])
r1, r2 = random.Random(1), random.Random(2)
r2.setstate(r1.getstate())
print(r1.random() == r2.random(), r1.getrandbits(64) == r2.getrandbits(64))
for bad in [(3, (1, 2), None), (4, tuple(range(625)), None), (3, tuple(range(624)) + (625,), None), (3, [0] * 625, None), (3, (-1,) + (0,) * 624, None)]:
    try:
        random.setstate(bad)
        print('ok')
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
s = random.Random(0)
s.setstate((3, tuple([0] * 624 + [624]), None))
print(s.getrandbits(32))
