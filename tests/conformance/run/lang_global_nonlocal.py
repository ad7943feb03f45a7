counter = 0
def increment():
    global counter
    counter += 1
for _ in range(3):
    increment()
print(counter)
def define_global():
    global newly_defined
    newly_defined = 'created inside function'
define_global()
print(newly_defined)
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    return middle(), x
print(outer())
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
def read_then_global():
    global counter
    print('counter is', counter)
    counter = 100
read_then_global()
print(counter)
x = 'module'
def nested_global():
    x = 'enclosing'
    def inner():
        global x
        return x
    return inner()
print(nested_global())
def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc()
print(acc(5), acc(10))
print('counter' in globals(), sorted(k for k in locals() if k.startswith('new')))
def uses_locals():
    a, b = 1, 2
    return sorted(locals().items())
print(uses_locals())
