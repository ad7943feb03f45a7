# A method and a class attribute replaced together in one atomic block,
# while another thread calls the method and reads the attribute in one
# block: every pair it sees must be one the writer left (a zombie's cached
# method lookup once outlived its rollback: stm/README.md, "Cache fills
# are undone with their transaction"). CPython has no pystm: a lock
# stands in for atomic there.
import threading

try:
    from pystm import atomic
except ImportError:
    atomic = threading.Lock()


class C:
    tag = 0

    def m(self):
        return 0


def make(i):
    def m(self):
        return i
    return m


o = C()
N = 3000
mixed = []


def writer():
    for i in range(1, N + 1):
        with atomic:
            C.m = make(i)
            C.tag = i


def reader():
    for _ in range(N * 3):
        with atomic:
            r = o.m()
            t = C.tag
        if r != t:
            mixed.append((r, t))


ts = [threading.Thread(target=writer), threading.Thread(target=reader)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("mixed pairs:", len(mixed), mixed[:3])
print("final:", o.m(), C.tag)
