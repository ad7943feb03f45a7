# threading.Condition: wait/notify/notify_all, timeouts, wait_for, errors,
# Condition over a plain Lock and over an RLock.
import threading


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


c = threading.Condition()
attempt('wait unowned', c.wait)
attempt('notify unowned', c.notify)
attempt('notify_all unowned', c.notify_all)
with c:
    print('wait timeout', c.wait(0.01))
    print('wait zero', c.wait(0))
    print('wait negative', c.wait(-1))
    print('wait_for true', c.wait_for(lambda: 7))
    print('wait_for timeout', c.wait_for(lambda: 0, timeout=0.02))
    c.notify()
    c.notify(5)
    c.notify_all()
print(repr(threading.Condition(threading.Lock())).startswith('<Condition(<unlocked _thread.lock object at'))
print(repr(c).endswith(', 0)>'))

# Waiters woken one at a time by notify(), then all by notify_all().
cond = threading.Condition(threading.Lock())
ready = 0
woken = []
state = {'go': 0}


def waiter(k):
    global ready
    with cond:
        ready += 1
        cond.notify_all()
        cond.wait_for(lambda: state['go'] > len(woken) or state['go'] == 99)
        woken.append(k)
        cond.notify_all()


threads = [threading.Thread(target=waiter, args=(k,)) for k in range(5)]
for t in threads:
    t.start()
with cond:
    cond.wait_for(lambda: ready == 5)
    print('all waiting')
for step in range(2):
    with cond:
        state['go'] += 1
        cond.notify_all()
    with cond:
        cond.wait_for(lambda: len(woken) == step + 1)
        print('woken', len(woken))
with cond:
    state['go'] = 99
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(woken))

# notify(n) wakes exactly n of the waiters (counted under the lock).
c2 = threading.Condition()
waiting = [0]
done = []


def sleeper(k):
    with c2:
        waiting[0] += 1
        if c2.wait(timeout=30):
            done.append(k)


ts = [threading.Thread(target=sleeper, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
while True:
    with c2:
        if waiting[0] == 6 and len(c2._waiters) == 6:
            break
    threading.Event().wait(0.001)
with c2:
    c2.notify(2)
while True:
    with c2:
        if len(done) == 2:
            break
    threading.Event().wait(0.001)
with c2:
    print('after notify(2):', len(done), len(c2._waiters))
    c2.notify_all()
for t in ts:
    t.join()
print('finally', len(done))

# RLock-based condition keeps the recursion level across wait().
rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        rc.wait(0.01)
        print('depth kept', rc._lock._recursion_count())
