"""Thread-based parallelism (pystm library; CPython 3.11's threading module).

Follows https://docs.python.org/3.11/library/threading.html over the native
_thread module, of which only this subset is used: start_new_thread,
allocate_lock, get_ident, get_native_id, TIMEOUT_MAX, error, stack_size,
daemon_threads_allowed. Everything else (RLock, local, the excepthook) is
written here in Python.

Model:
- The registry: `_active` maps the ident of every started thread that has a
  Thread object (started threads, the main thread, dummy threads) to that
  object. A thread is registered by the thread that starts it, and stays
  there after it stops (enumerate() and active_count() skip stopped
  threads, but not the main thread, listed at exit as in CPython) until
  start() prunes the registry as it doubles.
- Starting and stopping write nothing the other threads share: start()
  sets the new thread's ident and registers it with no call between that
  and `_start_new_thread`, so in the same region, which pystm commits
  before the new thread may run; the thread itself only releases `_done`
  as it ends (`_is_stopped` is read from that lock, so that an ending
  thread writes nothing a joiner reads but the lock). (When new threads
  registered themselves and removed themselves, two threads starting or
  ending together wrote the registry at once: a conflict in a program that
  shares nothing, about 1 run in 16 under `pystm --profile`.)
- A started Thread owns `_done`, a plain lock acquired by start() before the
  OS thread exists and released by the thread itself as its very last step:
  from then on it is stopped. join() waits by acquiring and releasing
  `_done`; so after a successful join the thread is stopped and no longer
  enumerated.
- Blocking with a timeout is always a native lock acquire with a timeout;
  loops that may wake several times (Semaphore, wait_for) recompute the time
  left from a time.monotonic() deadline.
- Condition keeps one private lock per waiter, acquired once by its owner;
  notify() releases the waiter's lock, which is what wakes the waiter.
- Callbacks registered by _at_thread_exit (thread-local storage clean-up)
  run in the finishing thread before it leaves the registry.
"""

import sys as _sys
import _thread
from time import monotonic as _time
from traceback import print_exception as _print_exception

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_daemon_threads_allowed = getattr(_thread, 'daemon_threads_allowed', lambda: True)

Lock = _allocate_lock


def _tagged_repr(obj, detail):
    """'<module.Class at 0xADDR: detail>', the repr of the synchronization objects."""
    cls = type(obj)
    return '<%s.%s at %#x: %s>' % (cls.__module__, cls.__qualname__, id(obj), detail)


def _warn_deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------
# Tracing and profiling hooks (installed in threads started afterwards)

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def _install_hooks():
    if _trace_hook is not None and hasattr(_sys, 'settrace'):
        _sys.settrace(_trace_hook)
    if _profile_hook is not None and hasattr(_sys, 'setprofile'):
        _sys.setprofile(_profile_hook)


# ---------------------------------------------------------------------------
# RLock: a reentrant lock built on a plain lock plus (owner, count)

def _check_acquire_args(blocking, timeout):
    """The argument checks of a native acquire, for the re-entry path."""
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")


class _RLock:
    """A lock that its owner thread may acquire again; released when the
    owner has released it as many times as it acquired it.

    Invariant: `_owner` is None and `_count` 0 exactly when `_block` is free
    (only the owner changes them, while holding `_block`)."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        cls = type(self)
        return '<%s %s.%s object owner=%r count=%d at %s>' % (
            'locked' if self._block.locked() else 'unlocked',
            cls.__module__, cls.__qualname__,
            self._owner if self._owner is not None else 0,
            self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            _check_acquire_args(blocking, timeout)
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, exc_type, exc_value, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0

    def _release_save(self):
        """Fully release (for Condition.wait); returns what _acquire_restore needs."""
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._owner = None
        self._count = 0
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state


# CPython's RLock objects are _thread.RLock; ours report the same type name.
_RLock.__module__ = '_thread'
_RLock.__name__ = _RLock.__qualname__ = 'RLock'
_CRLock = _PyRLock = _RLock


def RLock(*args, **kwargs):
    """Return a new reentrant lock."""
    return _RLock(*args, **kwargs)


# ---------------------------------------------------------------------------
# Condition

class Condition:
    """A condition variable over a lock (an RLock unless one is given)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    # Fallbacks for locks without the RLock protocol.
    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or timed out, re-acquire.
        Returns False when the timeout expired."""
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = waiter.acquire()
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout expires; returns the
        last value of predicate()."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            n -= 1
            try:
                waiter.release()
            except RuntimeError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _warn_deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# ---------------------------------------------------------------------------
# Semaphores

class Semaphore:
    """A counter decremented by acquire() (blocking at zero) and incremented
    by release()."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return _tagged_repr(self, 'value=%s' % self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, exc_type, exc_value, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return _tagged_repr(self, 'value=%s/%s' % (self._value, self._initial_value))

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------
# Event

class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return _tagged_repr(self, 'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    def isSet(self):
        _warn_deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or the timeout expires; returns the flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------------------
# Barrier

class BrokenBarrierError(RuntimeError):
    pass


_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Lets `parties` threads wait for each other.

    States: filling (threads arrive), draining (the last one arrived; the
    others leave), resetting (reset() while threads wait: they leave with
    BrokenBarrierError), broken. A new round starts filling when the last
    thread of the previous one has left (`_count` back to 0)."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        if self.broken:
            return _tagged_repr(self, 'broken')
        return _tagged_repr(self, 'waiters=%s/%s' % (self.n_waiting, self.parties))

    def wait(self, timeout=None):
        """Wait for the other parties; returns this thread's arrival index."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._wait_for_round()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _wait_for_round(self):
        while self._state in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._state != _FILLING:
            raise BrokenBarrierError

    def _trip(self):
        try:
            if self._action is not None:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state != _DRAINING:
            raise BrokenBarrierError

    def _leave(self):
        if self._count == 0 and self._state in (_DRAINING, _RESETTING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Return the barrier to its empty state; waiting threads get
        BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Put the barrier into the broken state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---------------------------------------------------------------------------
# The registry of threads

_registry_lock = _allocate_lock()
_active = {}      # ident -> Thread: started, perhaps stopped (pruned by start())
_PRUNE_AT = 64    # start() drops stopped threads from _active when it reaches this size
_name_counter = 0
_threading_atexits = []
_SHUTTING_DOWN = False


def _newname(template='Thread-%d'):
    global _name_counter
    with _registry_lock:
        _name_counter += 1
        return template % _name_counter


def _at_thread_exit(callback):
    """Run callback() when the current thread finishes (never for the main
    thread or threads not started by this module)."""
    current_thread()._exit_callbacks.append(callback)


# ---------------------------------------------------------------------------
# excepthook

class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value,
    exc_traceback, thread)."""

    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)'
                            % len(items))
        return tuple.__new__(cls, items)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return '_thread._ExceptHookArgs(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(self._fields, self))

    def __reduce__(self):
        return (type(self), (tuple(self),))


ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'


def excepthook(args, /):
    """Report an exception raised by Thread.run(): 'Exception in thread NAME:'
    and its traceback on sys.stderr. SystemExit is ignored."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        stderr = getattr(args.thread, '_stderr', None)
        if stderr is None:
            return
    name = args.thread.name if args.thread is not None else get_ident()
    print('Exception in thread %s:' % name, file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook
_sys_excepthook = getattr(_sys, 'excepthook', None)


def _invoke_excepthook(thread):
    """Hand the exception being handled in `thread` to threading.excepthook;
    if the hook itself fails, report that through sys.excepthook."""
    hook = excepthook
    if hook is None:
        raise RuntimeError('threading.excepthook is None')
    exc_type, exc_value, exc_tb = _sys.exc_info()
    args = ExceptHookArgs((exc_type, exc_value, exc_tb, thread))
    try:
        hook(args)
    except Exception as exc:
        exc.__suppress_context__ = True
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        print('Exception in threading.excepthook:', file=stderr, flush=True)
        fallback = getattr(_sys, 'excepthook', None) or _sys_excepthook
        if fallback is None:
            raise RuntimeError('sys.excepthook is None')
        fallback(*_sys.exc_info())
    finally:
        args = exc_type = exc_value = exc_tb = None


# ---------------------------------------------------------------------------
# Thread

class Thread:
    """A thread of control: run() executes in a separate thread once start()
    is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        """target is called by run() with args and kwargs; name defaults to
        'Thread-N (target name)'; daemon defaults to the creating thread's."""
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    name += ' (%s)' % target.__name__
                except AttributeError:
                    pass
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._ident = None
        self._native_id = None
        self._done = None
        self._started = Event()
        self._exit_callbacks = []
        self._stderr = _sys.stderr
        self._initialized = True

    @property
    def _is_stopped(self):
        # Stopped once its lock `_done` is released. The ending thread writes only that lock, not this
        # object's dict, which join() and is_alive() read: a flag in the dict, set as the thread ended,
        # made a join that ran beside the thread's last region abort (seen by the profiler, 1 run in 15).
        done = self._done
        return done is not None and not done.locked()

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started.is_set():
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)

    def start(self):
        """Start the thread's activity; at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        if len(_active) >= _PRUNE_AT:
            _prune()
        done = _allocate_lock()
        done.acquire()
        self._done = done
        try:
            ident = _start_new_thread(self._bootstrap, ())
        except Exception:
            self._done = None
            raise
        # No call from here on: this is the region that started the thread (see the module's docstring);
        # so the flag is set directly (Event.set() is a call, and nobody waits on `_started`).
        self._ident = self._native_id = ident
        _active[ident] = self
        self._started._flag = True

    def run(self):
        """The thread's activity: calls target(*args, **kwargs)."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        """What start() runs in the new thread."""
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        # Named as CPython's, whose tracebacks of uncaught exceptions start
        # in this frame with the line `self.run()`.
        try:
            _install_hooks()
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            self._finish()

    def _finish(self):
        """Last steps of a started thread, in that thread."""
        if self._exit_callbacks:
            callbacks, self._exit_callbacks = self._exit_callbacks, []
            for callback in reversed(callbacks):
                try:
                    callback()
                except Exception:
                    pass
        self._done.release()

    def join(self, timeout=None):
        """Wait until the thread terminates or the timeout (seconds) expires."""
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if timeout is not None:
            timeout = max(timeout, 0)
        done = self._done
        if self._is_stopped or done is None:
            return
        if timeout is None:
            acquired = done.acquire()
        elif timeout > 0:
            acquired = done.acquire(True, min(timeout, TIMEOUT_MAX))
        else:
            acquired = done.acquire(False)
        if acquired:
            done.release()

    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, 'Thread.__init__() not called'
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        _warn_deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _warn_deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _warn_deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _warn_deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    """Call function(*args, **kwargs) after interval seconds unless cancel()
    was called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that imported this module (normally the interpreter's
    first thread); it stops when _shutdown() runs."""

    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        done = _allocate_lock()
        done.acquire()
        self._done = done
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started by _thread directly; always alive,
    daemonic and not joinable."""

    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _registry_lock:
            _active[self._ident] = self

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, 'cannot join a dummy thread'


# ---------------------------------------------------------------------------
# Module functions

def current_thread():
    """The Thread object of the calling thread (a _DummyThread for threads
    not started through this module)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _warn_deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def main_thread():
    """The main Thread object."""
    return _main_thread


def enumerate():
    """All Thread objects currently alive, including daemonic, dummy and
    main threads."""
    return [t for t in list(_active.values()) if _listed(t)]


def _listed(t):
    """Is a registered thread enumerated? Until it stops; the main thread
    stays listed once stopped (at exit, while the others finish), as in CPython."""
    return not t._is_stopped or t is _main_thread


_enumerate = enumerate


def active_count():
    """The number of Thread objects currently alive."""
    return len(enumerate())


def _prune():
    """Drops the stopped threads from the registry (start() calls it as the registry doubles)."""
    global _PRUNE_AT
    with _registry_lock:
        for ident, t in list(_active.items()):
            if not _listed(t):
                del _active[ident]
        _PRUNE_AT = max(64, 2 * len(_active))


def activeCount():
    _warn_deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) at shutdown, before non-daemon threads are
    joined (last registered first)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


def _shutdown():
    """Called by the runtime when the main module has finished: run the
    _register_atexit callbacks, stop the main thread, then wait for every
    non-daemon thread (including ones started meanwhile)."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    if _main_thread.ident == get_ident():
        _main_thread._done.release()
    me = current_thread()
    while True:
        pending = [t for t in enumerate() if not t._daemonic and t is not me and not t._is_stopped]
        if not pending:
            break
        for thread in pending:
            thread.join()


_main_thread = _MainThread()

# Thread-local data; imported last because _threading_local uses this module.
from _threading_local import local

# CPython's threading.local is the native _thread._local.
local.__module__ = '_thread'
local.__name__ = local.__qualname__ = '_local'
