# bytearray shared by threads: disjoint index writes without a lock, extend
# and slice assignment under a lock, memoryview writes, bytes built per thread.
import threading

N = 4
lock = threading.Lock()
buf = bytearray(4000)


def writer(k):
    for i in range(k, 4000, N):
        buf[i] = (i * 7 + k) % 256


ts = [threading.Thread(target=writer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(buf), buf[:8].hex(), bytes(buf[-4:]))

log = bytearray()


def appender(k):
    for i in range(300):
        with lock:
            log.extend(bytes([65 + k]) * 3)
            log.extend(b'.')


ts = [threading.Thread(target=appender, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
recs = bytes(log).split(b'.')
print(len(log), len(recs), sorted(set(recs)), all(r in (b'', b'AAA', b'BBB', b'CCC', b'DDD') for r in recs))

# Slice assignment and deletion under a lock.
ba = bytearray(b'0123456789' * 10)


def slicer(k):
    for i in range(50):
        with lock:
            ba[k * 10:k * 10 + 2] = b'xy'
            ba.append(48 + k)
            del ba[-1]
            ba[0:0] = b''


ts = [threading.Thread(target=slicer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(ba), bytes(ba[:45]))

# memoryview over a shared bytearray, disjoint writes.
mb = bytearray(1024)
mv = memoryview(mb)


def mvwriter(k):
    part = mv[k * 256:(k + 1) * 256]
    for i in range(256):
        part[i] = (k + i) % 256


ts = [threading.Thread(target=mvwriter, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(mb), mb[250:260].hex())
mv.release()
mb.append(1)
print(len(mb))
try:
    buf[0] = 300
except ValueError as e:
    print(type(e).__name__, e)

parts = [None] * N


def builder(k):
    b = bytearray()
    for i in range(500):
        b += str(i % 10).encode()
    b.reverse()
    parts[k] = bytes(b).count(b'9')


ts = [threading.Thread(target=builder, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(parts)
