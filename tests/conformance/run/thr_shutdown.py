# At exit the runtime joins non-daemon threads (threading._shutdown):
# a worker still running when the main module ends finishes its output;
# a daemon thread blocked forever does not keep the program alive.
import threading

go = threading.Event()
forever = threading.Lock()
forever.acquire()


def worker():
    go.wait()
    for i in range(3):
        print('worker', i)
    print('worker done, main alive:', threading.main_thread().is_alive())


def daemon():
    forever.acquire()
    print('never printed')


threading.Thread(target=worker, name='late').start()
threading.Thread(target=daemon, daemon=True).start()
print('main end', sorted(t.name for t in threading.enumerate() if not t.daemon))
go.set()
