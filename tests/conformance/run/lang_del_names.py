x = 10
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f'UnboundLocalError: {e}'
print(f())
def g():
    print(z)
    z = 3
try:
    g()
except UnboundLocalError as e:
    print(e)
lst = [0, 1, 2, 3, 4]
del lst[1], lst[-1]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
try:
    del o.attr
except AttributeError as e:
    print(e)
try:
    del undefined_thing
except NameError as e:
    print(e)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
try:
    print(lenn([1]))
except NameError as e:
    print(e)
def h():
    value = 1
    def inner():
        return valeu
    return inner()
try:
    h()
except NameError as e:
    print(e)
class K:
    def method(self):
        return self.nmae
    name = 'k'
try:
    K().method()
except AttributeError as e:
    print(e)
