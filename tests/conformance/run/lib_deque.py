from collections import deque
ref = []
d = deque()
seq = [(i * 7) % 11 for i in range(3000)]
for k, op in enumerate(seq):
    if op < 3: d.append(k); ref.append(k)
    elif op < 6: d.appendleft(k); ref.insert(0, k)
    elif op < 8 and ref: assert d.pop() == ref.pop()
    elif ref: assert d.popleft() == ref.pop(0)
    assert len(d) == len(ref)
    if k % 97 == 0:
        assert list(d) == ref, k
        if ref: assert d[0] == ref[0] and d[-1] == ref[-1]
        d.rotate(k % 5); ref[:] = ref[-(k % 5):] + ref[:-(k % 5)] if ref and k % 5 else ref
print(list(d) == ref, len(d))
m = deque(maxlen=3)
for i in range(10):
    (m.append if i % 2 else m.appendleft)(i)
    print(m, end=' ')
print()
q = deque(range(100000))
total = 0
while q:
    total += q.popleft()
print(total)
