import sys

def current_name():
    return sys._getframe().f_code.co_name

def caller_name():
    return sys._getframe(1).f_code.co_name

def outer():
    return current_name(), caller_name(), sys._getframe().f_back.f_code.co_name

print(outer())

def where():
    f = sys._getframe(1)
    return f.f_lineno, f.f_code.co_filename.endswith('sysio_sys_getframe.py')

print(where())
print(where())

def locals_of_caller():
    return sorted(sys._getframe(1).f_locals.items())

def has_locals(a, b=2):
    c = a + b
    return locals_of_caller()

print(has_locals(1))
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
print(sys._getframe(0).f_globals is globals())
depth = 0
f = sys._getframe()
def count():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n
print(count(), (lambda: count())())
try:
    sys._getframe(100)
except ValueError as e:
    print('ValueError', e)
