# Registry views across a thread's life and the program's exit: a stopped
# thread leaves enumerate() and active_count() at once (joined or not),
# while the main thread stays listed, stopped, while the others finish.
import threading
import time

ended = threading.Event()


def short():
    ended.set()


t = threading.Thread(target=short, name='short')
t.start()
ended.wait()
while t.is_alive():
    time.sleep(0.001)
print('after short:', sorted(x.name for x in threading.enumerate()), threading.active_count())


def late():
    main = threading.main_thread()
    deadline = time.monotonic() + 10
    while main.is_alive() and time.monotonic() < deadline:
        time.sleep(0.001)
    names = sorted(x.name for x in threading.enumerate())
    print('at exit:', names, threading.active_count(), main.is_alive())


threading.Thread(target=late, name='late').start()
print('main ends')
