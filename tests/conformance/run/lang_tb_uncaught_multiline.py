def total(values):
    return sum(
        v * 2
        for v in values
    )
result = total([
    1,
    2,
    'three',
])
