def check(x):
    assert x > 0, f'x must be positive, got {x}'
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], 'empty list'
except AssertionError as e:
    print(e)
assert True, 'never'
x = 0
assert x == 0
print('done')
assert 1 == 2, ('tuple', 'message')
