# weakref.finalize: calling, detach, peek, alive, the atexit flag, running
# when the object is collected, and the finalizers left at exit (newest
# first, only those with atexit true).
import gc
import re
import weakref


def addresses_hidden(text):
    return re.sub(r'0x[0-9a-f]+', '0x..', text)


class Resource:
    def __init__(self, name):
        self.name = name


def release(name, *rest, **options):
    print('release', name, rest, sorted(options.items()))
    return 'released ' + name


r1 = Resource('one')
f1 = weakref.finalize(r1, release, 'one', 2, mode='fast')
print(f1.alive, f1.atexit, addresses_hidden(repr(f1)))
print(f1.peek()[0] is r1, f1.peek()[1] is release, f1.peek()[2:])
print(f1(), f1.alive, f1(), f1.peek(), f1.detach(), addresses_hidden(repr(f1)))

# detach() gives everything back and leaves the finalizer dead.
r2 = Resource('two')
f2 = weakref.finalize(r2, release, 'two')
obj, func, args, kwargs = f2.detach()
print(obj is r2, func is release, args, kwargs, f2.alive, f2.detach(), f2())
del r2, obj
gc.collect()

# A finalizer runs after its object is collected, once.
r3 = Resource('three')
f3 = weakref.finalize(r3, release, 'three')
del r3
gc.collect()
print('after collection', f3.alive, f3(), f3.peek())

# Objects in a cycle are finalized too; the callback may use other objects.
log = []
a, b = Resource('a'), Resource('b')
a.peer, b.peer = b, a
weakref.finalize(a, log.append, 'a finalized')
weakref.finalize(b, log.append, 'b finalized')
del a, b
gc.collect()
print(sorted(log))

# atexit is writable; a dead finalizer reports False and ignores writes.
r4 = Resource('four')
f4 = weakref.finalize(r4, release, 'four at exit')
r5 = Resource('five')
f5 = weakref.finalize(r5, release, 'five (not at exit)')
f5.atexit = False
print(f4.atexit, f5.atexit, f3.atexit)
f3.atexit = True
print(f3.atexit)

# A finalizer whose function is a method of another object.
class Pool:
    def __init__(self):
        self.closed = []

    def close(self, name):
        self.closed.append(name)


pool = Pool()
r6 = Resource('six')
weakref.finalize(r6, pool.close, 'six')
r7 = Resource('seven')
f7 = weakref.finalize(r7, release, 'seven at exit')
del r6
gc.collect()
print(pool.closed)

# Finalizers still alive at exit with atexit true run newest first; r4, r5
# and r7 stay referenced by this module until then.
r8 = Resource('eight')
weakref.finalize(r8, release, 'eight at exit', last=True)
try:
    weakref.finalize(5, release)
except TypeError as e:
    print('TypeError:', e)
print('end of program')
