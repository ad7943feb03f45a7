"""Stand-ins for the `pystm` module, so the examples also run on python3.

Model: every transaction is "hold one shared re-entrant lock". That keeps
the meaning of the pystm API -- an `atomic` block is indivisible with
respect to every other atomic block -- but none of its parallelism: where
pystm runs transactions optimistically side by side and re-runs one of
two that conflict, this runs them one after the other.

    atomic              `with atomic:` or `@atomic`; nestable
    is_atomic()         True inside an atomic block (of this thread)
    hint_commit_soon()  no effect here
    TransactionQueue    add(f, *args, **kw) items, then run(workers=None)
                        runs each item in its own atomic block on `workers`
                        threads; items may add items; the first exception
                        an item raises stops the run and run() re-raises it

Invariant: a thread's atomic depth counts the atomic blocks it is inside;
the shared lock is held by that thread exactly while its depth is > 0.
"""

import os
import threading
from collections import deque

_lock = threading.RLock()
_local = threading.local()


class _Atomic:
    """The single `atomic` object: a context manager and a decorator."""

    def __enter__(self):
        _lock.acquire()
        _local.depth = getattr(_local, "depth", 0) + 1
        return self

    def __exit__(self, kind, value, traceback):
        _local.depth -= 1
        _lock.release()
        return False

    def __call__(self, function):
        def atomically(*args, **kwargs):
            with self:
                return function(*args, **kwargs)
        atomically.__name__ = function.__name__
        atomically.__doc__ = function.__doc__
        atomically.__wrapped__ = function
        return atomically

    def __repr__(self):
        return "<atomic (fallback: one shared lock)>"


atomic = _Atomic()


def is_atomic():
    return getattr(_local, "depth", 0) > 0


def hint_commit_soon():
    return None


class TransactionQueue:
    """Items run in parallel, each as one transaction (here: under the lock)."""

    def __init__(self):
        self._items = deque()
        self._ready = threading.Condition(threading.Lock())
        self._running = 0
        self._error = None

    def add(self, function, *args, **kwargs):
        with self._ready:
            self._items.append((function, args, kwargs))
            self._ready.notify()

    def run(self, workers=None):
        if workers is None:
            workers = os.cpu_count() or 1
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self._error = None
        threads = [threading.Thread(target=self._work) for _ in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        error, self._error = self._error, None
        if error is not None:
            self._items.clear()
            raise error

    def _next_item(self):
        """The next item to run, or None once the queue is empty, no item
        is still running (so none can add more), or an item failed."""
        with self._ready:
            while not self._items and self._running and self._error is None:
                self._ready.wait()
            if not self._items or self._error is not None:
                self._ready.notify_all()
                return None
            self._running += 1
            return self._items.popleft()

    def _work(self):
        while True:
            item = self._next_item()
            if item is None:
                return
            function, args, kwargs = item
            try:
                with atomic:
                    function(*args, **kwargs)
            except BaseException as error:
                with self._ready:
                    if self._error is None:
                        self._error = error
            finally:
                with self._ready:
                    self._running -= 1
                    self._ready.notify_all()
