# module globals, builtins shadowing, del, class scope rules
x = 10
def read():
    return x
def shadow():
    len = lambda s: -1
    return len("abc")
print(read(), shadow(), len("abc"))
y = 5
del y
try:
    print(y)
except NameError as e:
    print("NameError:", e)
class K:
    a = 1
    b = [a * i for i in range(3)] if False else a + 1
    def m(self):
        return self.a
print(K.a, K.b, K().m())
def local_unbound():
    print(z)
    z = 1
try:
    local_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(__name__)
