"""pystm's transaction API: atomic blocks, a transaction queue, a counter.

Model (docs/architecture.md, "Threads"): every thread runs as a sequence of
transactions, each indivisible: no other thread sees half of one, and none
changes what it reads while it runs. `with atomic:` makes the whole block
one transaction (nestable; also a decorator), so a block of Python code
over shared data needs no lock.

Blocking inside an atomic block: a call that does not have to wait (an
uncontended lock, an Event already set, a non-empty queue) works as usual.
A call that would have to wait for another thread (a lock held elsewhere)
raises RuntimeError, since waiting inside the block would let the other
thread run in the middle of it; time.sleep() inside a block sleeps without
letting other threads in.

`retry()` (inside an atomic block: roll the transaction back, wait until
something it read has changed, then run it again, as GHC's STM does) needs
transactions that roll back: today they run with PYSTM_STM=1, or in
parallel mode (--workers N, PYSTM_PARALLEL=1) while the program has other
threads than the main one; otherwise retry() raises NotImplementedError.
"""

import _pystm
import os as _os
import threading as _threading
import time as _time
from collections import deque as _deque

__all__ = ['atomic', 'is_atomic', 'hint_commit_soon', 'retry', 'TransactionQueue', 'Counter']


# `with atomic:` and `@atomic`: run a block or a function as one transaction.
# A native object: the interpreter runs `with atomic:` itself (no frames).
atomic = _pystm.atomic


def _decorate(func):
    """`@atomic`: `func` wrapped so that each call runs in one atomic block."""
    def atomically(*args, **kwargs):
        with atomic:
            return func(*args, **kwargs)
    atomically.__name__ = getattr(func, '__name__', 'atomically')
    atomically.__qualname__ = getattr(func, '__qualname__', 'atomically')
    atomically.__doc__ = getattr(func, '__doc__', None)
    atomically.__wrapped__ = func
    return atomically
is_atomic = _pystm.is_atomic
hint_commit_soon = _pystm.hint_commit_soon


retry = _pystm.retry


class TransactionQueue:
    """Items (a function and its arguments) run in parallel, each in its own atomic transaction.

    add(f, *args, **kwargs) queues an item, also from inside a running item;
    run(workers=None) runs every item on `workers` threads (default: the
    number of CPUs) until the queue is empty and no item runs. The first
    exception an item raises stops the run (items already running finish)
    and is raised again by run().
    """

    def __init__(self):
        self._items = _deque()
        self._running = 0
        self._error = None

    def add(self, f, *args, **kwargs):
        with atomic:
            self._items.append((f, args, kwargs))

    def number_of_transactions_in_progress(self):
        return self._running

    def run(self, workers=None):
        if workers is None:
            workers = _os.cpu_count() or 1
        if workers < 1:
            raise ValueError('workers must be at least 1')
        self._error = None
        threads = [_threading.Thread(target=self._work, name='TransactionQueue-%d' % (i + 1))
                   for i in range(workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        error, self._error = self._error, None
        if error is not None:
            self._items.clear()
            raise error

    def _next_item(self):
        """The next item to run (counted as running), None when the run is over."""
        while True:
            with atomic:
                if self._error is not None:
                    return None
                if self._items:
                    self._running += 1
                    return self._items.popleft()
                if self._running == 0:
                    return None
            # Empty, but running items may add more: look again shortly.
            _time.sleep(0.0005)

    def _work(self):
        while True:
            item = self._next_item()
            if item is None:
                return
            f, args, kwargs = item
            # The pop's transaction commits before the item's block, not with it
            # (its locks would keep the other workers from the queue meanwhile).
            hint_commit_soon()
            try:
                with atomic:
                    f(*args, **kwargs)
            except BaseException as e:
                with atomic:
                    if self._error is None:
                        self._error = e
            finally:
                with atomic:
                    self._running -= 1


class Counter:
    """A shared counter for unique ids and totals.

    next() returns a fresh value (0, 1, 2, ... in the order threads take
    them); add(n) adds to the total; `value` reads it. Each is one atomic
    step. With transactions running in parallel, bumping the counter is
    meant never to make two transactions conflict.
    """

    __slots__ = ('_value',)

    def __init__(self, value=0):
        self._value = value

    def next(self):
        with atomic:
            v = self._value
            self._value = v + 1
        return v

    def add(self, n=1):
        with atomic:
            self._value += n

    @property
    def value(self):
        return self._value

    def __repr__(self):
        return 'pystm.Counter(%r)' % (self._value,)
