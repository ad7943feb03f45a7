"""Synchronized queues (pystm library; CPython 3.11's queue module).

Follows https://docs.python.org/3.11/library/queue.html.

Model: a Queue holds its items in a container reached only through the
overridable hooks _init/_qsize/_put/_get (LifoQueue and PriorityQueue change
just those), all under `mutex`. Three conditions share that mutex:
`not_empty` (signalled by put), `not_full` (signalled by get) and
`all_tasks_done` (signalled when `unfinished_tasks`, incremented by each put
and decremented by each task_done, reaches zero). Timeouts count down from
a time.monotonic() deadline. SimpleQueue is unbounded, has no task tracking
and is built on one lock-protected deque plus a Condition.
"""

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time
from types import GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by a non-blocking or timed-out get() on an empty queue."""


# CPython's Empty comes from its _queue module.
Empty.__module__ = '_queue'


class Full(Exception):
    """Raised by a non-blocking or timed-out put() on a full queue."""


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one fetched item as processed (for join())."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Block until every item put has been marked done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def _is_full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put item, waiting for a free slot if block (at most timeout
        seconds); raises Full when there is none."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._is_full():
                        raise Full
                elif timeout is None:
                    while self._is_full():
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = time() + timeout
                    while self._is_full():
                        remaining = deadline - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if block (at most
        timeout seconds); raises Empty when there is none."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = time() + timeout
                while not self._qsize():
                    remaining = deadline - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The container hooks (overridden by the subclasses below).
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(GenericAlias)


class PriorityQueue(Queue):
    """Retrieves the lowest item first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('SimpleQueue() takes no positional arguments')
        if kwargs:
            raise TypeError('SimpleQueue() takes no keyword arguments')
        self._items = deque()
        self._ready = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Put item; never blocks (block and timeout exist for Queue
        compatibility)."""
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if block (at most
        timeout seconds); raises Empty when there is none."""
        if block and timeout is not None:
            _check_timeout(timeout)
        with self._ready:
            if not block:
                if not self._items:
                    raise Empty
            elif timeout is None:
                while not self._items:
                    self._ready.wait()
            else:
                deadline = time() + timeout
                while not self._items:
                    remaining = deadline - time()
                    if remaining <= 0.0:
                        raise Empty
                    self._ready.wait(remaining)
            return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    def __getattr__(self, name):
        # Reached only for missing attributes; CPython names the native type.
        raise AttributeError("'_queue.SimpleQueue' object has no attribute '%s'" % name)

    __class_getitem__ = classmethod(GenericAlias)


SimpleQueue.__module__ = '_queue'
