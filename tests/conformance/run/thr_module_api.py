# The threading module's surface: __all__, constants, aliases, hooks.
import _thread
import threading

print(sorted(threading.__all__))
print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1e6)
print(threading.ThreadError is _thread.error, issubclass(threading.ThreadError, Exception))
print(threading.stack_size())
print(issubclass(threading.BrokenBarrierError, RuntimeError))
print(callable(threading.Lock), callable(threading.RLock))
print(type(threading.Lock()) is type(_thread.allocate_lock()))
print(threading.get_ident() == _thread.get_ident())
print(threading.get_native_id() == _thread.get_native_id())
print(issubclass(threading.Timer, threading.Thread))
print(threading.Event.__name__, threading.Condition.__name__, threading.Barrier.__name__)
print(threading.Semaphore.__name__, threading.BoundedSemaphore.__name__,
      issubclass(threading.BoundedSemaphore, threading.Semaphore))

print(threading.gettrace(), threading.getprofile())


def tracer(frame, event, arg):
    return None


threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())

for name in ['Thread', 'Lock', 'RLock', 'Condition', 'Semaphore', 'BoundedSemaphore',
             'Event', 'Timer', 'Barrier', 'local', 'current_thread', 'main_thread',
             'enumerate', 'active_count', 'excepthook', 'ExceptHookArgs']:
    print(name, hasattr(threading, name))

# A Thread subclass with extra constructor arguments.
class Named(threading.Thread):
    def __init__(self, label, **kw):
        super().__init__(name='named-' + label, **kw)
        self.label = label


n = Named('x', daemon=True)
print(n.name, n.daemon, n.label)
n.start()
n.join()
print(n.is_alive())
