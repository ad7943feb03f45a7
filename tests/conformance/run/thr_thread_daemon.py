# The daemon flag: default from the creating thread, explicit values, and
# the deprecated accessors (warnings recorded).
import threading
import warnings

print(threading.main_thread().daemon, threading.current_thread().daemon)
print(threading.Thread().daemon, threading.Thread(daemon=True).daemon, threading.Thread(daemon=False).daemon)

inherited = []


def spawn():
    child = threading.Thread(target=lambda: None)
    explicit = threading.Thread(target=lambda: None, daemon=False)
    inherited.append((child.daemon, explicit.daemon))


for flag in (True, False):
    t = threading.Thread(target=spawn, daemon=flag)
    t.start()
    t.join()
print(inherited)

t = threading.Thread()
t.daemon = True
print(t.daemon)
t.daemon = 0
print(t.daemon)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t = threading.Thread(name='old')
    t.setDaemon(True)
    print(t.isDaemon())
    t.setName('renamed')
    print(t.getName())
for w in caught:
    print(w.category.__name__, w.message)
