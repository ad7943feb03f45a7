import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print('call', fn.__name__, args)
        return fn(*args)
    return wrapper
@logged
def divide(a, b):
    return a / b
print(divide(6, 3))
divide(1, 0)
