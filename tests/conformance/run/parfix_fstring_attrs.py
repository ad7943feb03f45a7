# Threads formatting ints into new attribute names (f-strings, setattr,
# delattr) on one class and one instance at once. In parallel mode a
# transaction's abort raised inside int-to-str (its digit-limit lookup)
# used to surface as a bare ValueError; every thread must finish.
import threading

N = 4


class Holder:
    pass


bag = Holder()
errors = []


def fill(k):
    try:
        for r in range(3):
            for i in range(200):
                setattr(Holder, f'a_{k}_{i}_{r}', k * i)
                setattr(bag, f'b{k}_{i}_{r}', f'{i:03d}')
                if i % 3 == 0:
                    delattr(Holder, f'a_{k}_{i}_{r}')
    except Exception as e:
        errors.append((k, type(e).__name__, str(e)))


ts = [threading.Thread(target=fill, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
names = sorted(n for n in vars(Holder) if n.startswith('a_'))
print(len(names), sum(getattr(Holder, n) for n in names))
print(len(vars(bag)), sorted(vars(bag).items())[:3])
print(errors)
print(f'{10 ** 20}', str(-12345), repr(2 ** 70), format(7, '05d'))
import sys
sys.set_int_max_str_digits(640)
try:
    str(10 ** 700)
except ValueError as e:
    print(type(e).__name__, e)
