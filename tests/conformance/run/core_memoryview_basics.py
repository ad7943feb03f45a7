# memoryview over bytes and bytearray
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes())
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.obj, m.hex(), bytes(m[2:]))
print(m == b'abcdef', m[1:3] == b'bc', m == bytearray(b'abcdef'), m != b'x', list(m[:2]), b'-'.join([m[:1], m[1:2]]))
ba = bytearray(b'hello')
v = memoryview(ba)
v[0] = 72; v[1:3] = b'EL'
print(ba, v.readonly, v.tobytes(), v[4])
with memoryview(b'ctx') as cm:
    print(cm.tobytes(), cm.readonly)
print(repr(cm)[:17])
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: cm.tobytes())
attempt(lambda: len(cm))
attempt(lambda: memoryview('str'))
attempt(lambda: memoryview(5))
attempt(lambda: m.__setitem__(0, 1))
attempt(lambda: v.__setitem__(0, 300))
attempt(lambda: v.__setitem__(slice(0, 2), b'abc'))
attempt(lambda: m[10])
v.release()
ba.append(33)
print(ba, hash(memoryview(b'ab')) == hash(b'ab'))
attempt(lambda: hash(memoryview(bytearray(b'x'))))
