pass
x = __debug__
if __debug__:
    debug()
del x
global y
y = 1
def scopes():
    a = 1
    def inner():
        b = a
        def deeper():
            return a + b
        return deeper
    return inner
print(*(i for i in range(3)), sep='')
