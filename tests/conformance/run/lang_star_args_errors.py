def f(*a, **k): pass
for t in [lambda: f(*1), lambda: f(1, *1), lambda: f(**1), lambda: f(1, **1), lambda: [*1], lambda: {**1}, lambda: f(**{1:2}), lambda: f(x=1, **{'x': 2}), lambda: f(**{'x':1}, **{'x': 2}), lambda: print(*1), lambda: print(**{'sep':1}, sep=2)]:
    try: t()
    except TypeError as e: print(e)
