tests = [
    lambda: int('x', base=2, extra=1),
    lambda: abs(1, 2),
    lambda: divmod(),
    lambda: divmod(1),
    lambda: ord('a', 'b'),
    lambda: chr(),
    lambda: len(),
    lambda: isinstance(1),
    lambda: round(),
    lambda: sum(),
    lambda: pow(2),
    lambda: hex(),
    lambda: callable(),
    lambda: getattr(1),
    lambda: repr(),
    lambda: iter(),
    lambda: next(),
    lambda: sorted(),
    lambda: min(),
    lambda: zip(1),
    lambda: enumerate(),
    lambda: map(len),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: str(1, 2, 3, 4),
    lambda: list(1, 2),
    lambda: dict(1, 2),
    lambda: tuple(1, 2),
    lambda: float(1, 2),
    lambda: bool(1, 2),
]
for t in tests:
    try:
        t()
        print('no error')
    except TypeError as e:
        print(e)
