# At exit the runtime joins non-daemon threads (threading._shutdown):
# a worker still running when the main module ends finishes its output;
# a daemon thread blocked forever does not keep the program alive.
import threading
import time

go = threading.Event()
forever = threading.Lock()
forever.acquire()


def worker():
    go.wait()
    for i in range(3):
        print('worker', i)
    # The main thread stops once its module has ended (go.set() is its last line): wait for that, since
    # this thread may get here first, as it may under CPython's GIL.
    deadline = time.monotonic() + 10
    while threading.main_thread().is_alive() and time.monotonic() < deadline:
        time.sleep(0.001)
    print('worker done, main alive:', threading.main_thread().is_alive())


def daemon():
    forever.acquire()
    print('never printed')


threading.Thread(target=worker, name='late').start()
threading.Thread(target=daemon, daemon=True).start()
print('main end', sorted(t.name for t in threading.enumerate() if not t.daemon))
go.set()
