"""A small asyncio: one event loop, futures, tasks, sleep, gather, wait_for,
queues, events and locks, for single-threaded programs.

Model (pystm's own implementation, following the documented behaviour of
https://docs.python.org/3.11/library/asyncio.html):
- The loop keeps a FIFO of ready callbacks and a heap of timers ordered by
  (deadline, sequence). One iteration runs the callbacks that were ready
  when it began, as CPython's loop does, so tasks interleave in the same
  order.
- Time is virtual: when nothing is ready the clock jumps to the next timer
  instead of sleeping, so `sleep(1)` costs nothing and timers still fire in
  deadline order.
- A task drives its coroutine with send()/throw(); a coroutine suspends by
  yielding a Future (await future) or None (sleep(0)); the task resumes
  when the future's done callbacks run.
"""
import heapq
from collections import deque

__all__ = ['run', 'sleep', 'gather', 'create_task', 'ensure_future', 'wait_for', 'Future', 'Task',
           'Queue', 'Event', 'Lock', 'CancelledError', 'TimeoutError', 'InvalidStateError',
           'QueueEmpty', 'QueueFull', 'get_event_loop', 'get_running_loop', 'new_event_loop',
           'current_task', 'iscoroutine', 'iscoroutinefunction', 'Semaphore', 'shield', 'wait',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'as_completed', 'all_tasks']


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """Invalid internal state of a Future or Task."""


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""


TimeoutError = TimeoutError
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_running_loop = None
_current_task = None
_task_counter = 0


# ---------------------------------------------------------------------------
# The event loop

class Handle:
    def __init__(self, callback, args):
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)


class TimerHandle(Handle):
    def __init__(self, when, callback, args):
        super().__init__(callback, args)
        self._when = when

    def when(self):
        return self._when


class AbstractEventLoop:
    pass


class EventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = deque()
        self._timers = []
        self._seq = 0
        self._time = 0.0
        self._closed = False
        self._tasks = []

    def time(self):
        return self._time

    def call_soon(self, callback, *args):
        h = Handle(callback, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args):
        return self.call_at(self._time + delay, callback, *args)

    def call_at(self, when, callback, *args):
        h = TimerHandle(when, callback, args)
        self._seq += 1
        heapq.heappush(self._timers, (when, self._seq, h))
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None):
        return Task(coro, loop=self, name=name)

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def is_running(self):
        return _running_loop is self

    def _run_once(self):
        if not self._ready and self._timers:
            when = self._timers[0][0]
            if when > self._time:
                self._time = when
        while self._timers and self._timers[0][0] <= self._time:
            h = heapq.heappop(self._timers)[2]
            if not h._cancelled:
                self._ready.append(h)
        for _ in range(len(self._ready)):
            h = self._ready.popleft()
            if not h._cancelled:
                h._run()

    def run_until_complete(self, future):
        global _running_loop
        if _running_loop is not None and _running_loop is not self:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        previous = _running_loop
        _running_loop = self
        try:
            fut = ensure_future(future, loop=self)
            while not fut.done():
                if not self._ready and not any(not t[2]._cancelled for t in self._timers):
                    raise RuntimeError('Event loop stopped before Future completed.')
                self._run_once()
            return fut.result()
        finally:
            _running_loop = previous

    def run_forever(self):
        raise RuntimeError('run_forever() is not supported')


def new_event_loop():
    return EventLoop()


_default_loop = None


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None or _default_loop.is_closed():
        _default_loop = EventLoop()
    return _default_loop


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def current_task(loop=None):
    return _current_task


def all_tasks(loop=None):
    loop = loop or get_running_loop()
    return {t for t in loop._tasks if not t.done()}


# ---------------------------------------------------------------------------
# Futures and tasks

class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = 'PENDING'
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != 'PENDING'

    def cancelled(self):
        return self._state == 'CANCELLED'

    def result(self):
        if self._state == 'CANCELLED':
            raise CancelledError(*(() if self._cancel_message is None else (self._cancel_message,)))
        if self._state == 'PENDING':
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == 'CANCELLED':
            raise CancelledError()
        if self._state == 'PENDING':
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def set_result(self, result):
        if self._state != 'PENDING':
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = 'FINISHED'
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != 'PENDING':
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = 'FINISHED'
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != 'PENDING':
            return False
        self._state = 'CANCELLED'
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn, *, context=None):
        if self.done():
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [cb for cb in self._callbacks if cb != fn]
        return n - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError('await wasn\'t used with future')
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        return f'<{type(self).__name__} {self._state.lower()}>'


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        global _task_counter
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        _task_counter += 1
        self._coro = coro
        self._name = name if name is not None else f'Task-{_task_counter}'
        self._must_cancel = False
        self._fut_waiter = None
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step)

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = str(name)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        global _current_task
        if self.done():
            return
        if self._must_cancel:
            exc = CancelledError(*(() if self._cancel_message is None else (self._cancel_message,)))
            self._must_cancel = False
        previous = _current_task
        _current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            Future.set_result(self, stop.value)
        except CancelledError as e:
            Future.cancel(self, e.args[0] if e.args else None)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if isinstance(result, Future):
                result._asyncio_future_blocking = False
                self._fut_waiter = result
                result.add_done_callback(self._wakeup)
                if self._must_cancel and result.cancel(self._cancel_message):
                    self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {result!r}'))
        finally:
            _current_task = previous

    def _wakeup(self, future):
        self._fut_waiter = None
        try:
            future.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()

    def __repr__(self):
        return f'<Task {self._state.lower()} name={self._name!r}>'


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' or hasattr(obj, 'send') and hasattr(obj, 'throw') and hasattr(obj, '__await__')


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def isfuture(obj):
    return isinstance(obj, Future)


async def _await(aw):
    return await aw


def ensure_future(aw, *, loop=None):
    if isinstance(aw, Future):
        return aw
    loop = loop if loop is not None else get_event_loop()
    if iscoroutine(aw):
        return loop.create_task(aw)
    if hasattr(aw, '__await__'):
        return loop.create_task(_await(aw))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None):
    return get_running_loop().create_task(coro, name=name)


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = new_event_loop()
    try:
        return loop.run_until_complete(main)
    finally:
        pending = [t for t in loop._tasks if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            try:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
            except RuntimeError:
                pass
        loop.close()


# ---------------------------------------------------------------------------
# Sleeping, gathering, waiting

class _Yield:
    def __await__(self):
        yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg):
                ret = True
        return ret


def gather(*aws, return_exceptions=False):
    loop = get_event_loop()
    children = [ensure_future(a, loop=loop) for a in aws]
    outer = _GatheringFuture(children, loop=loop)
    if not children:
        outer.set_result([])
        return outer
    remaining = [len(children)]

    def child_done(fut):
        remaining[0] -= 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(CancelledError())
                return
            if fut.exception() is not None:
                outer.set_exception(fut.exception())
                return
        if remaining[0] == 0:
            results = []
            for child in children:
                if child.cancelled():
                    results.append(CancelledError())
                elif child.exception() is not None:
                    results.append(child.exception())
                else:
                    results.append(child.result())
            outer.set_result(results)

    for child in children:
        child.add_done_callback(child_done)
    return outer


def shield(aw):
    inner = ensure_future(aw)
    if inner.done():
        return inner
    outer = inner._loop.create_future()

    def done(f):
        if outer.cancelled():
            return
        if f.cancelled():
            outer.cancel()
        elif f.exception() is not None:
            outer.set_exception(f.exception())
        else:
            outer.set_result(f.result())

    inner.add_done_callback(done)
    return outer


def _release(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(aw, timeout):
    fut = ensure_future(aw)
    if timeout is None:
        return await fut
    loop = get_running_loop()
    if timeout <= 0 and not fut.done():
        fut.cancel()
        raise TimeoutError()
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _release, waiter)
    fut.add_done_callback(lambda f: _release(waiter))
    try:
        await waiter
    except CancelledError:
        fut.cancel()
        raise
    finally:
        handle.cancel()
    if fut.done():
        return fut.result()
    fut.cancel()
    raise TimeoutError()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    fs = list(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    futs = {ensure_future(f) for f in fs}
    if not futs:
        raise ValueError('Set of Tasks/Futures is empty.')
    loop = get_running_loop()
    waiter = loop.create_future()
    counter = [len(futs)]

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None):
            _release(waiter)

    for f in futs:
        f.add_done_callback(on_done)
    handle = loop.call_later(timeout, _release, waiter) if timeout is not None else None
    try:
        if not all(f.done() for f in futs):
            await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in futs:
            f.remove_done_callback(on_done)
    done = {f for f in futs if f.done()}
    return done, futs - done


def as_completed(fs, *, timeout=None):
    futs = [ensure_future(f) for f in fs]
    loop = get_event_loop()
    finished = deque()
    waiters = deque()

    def on_done(f):
        finished.append(f)
        if waiters:
            _release(waiters.popleft())

    for f in futs:
        f.add_done_callback(on_done)

    async def next_done():
        if not finished:
            w = loop.create_future()
            waiters.append(w)
            await w
        return finished.popleft().result()

    for _ in range(len(futs)):
        yield next_done()


# ---------------------------------------------------------------------------
# Synchronisation and queues

class Event:
    def __init__(self):
        self._waiters = deque()
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = deque()

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._queue = deque()
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= len(self._queue)

    def _wakeup_next(self, waiters):
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
                break

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            await putter
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            await getter
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._queue.popleft()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()
