# memoryview slicing and views sharing memory with a bytearray
buf = bytearray(b'abcdefgh')
m = memoryview(buf)
part = m[2:6]
part[0] = ord('C')
print(buf, part.tobytes(), part[1], len(part), part[::2].tobytes(), part[::-1].tolist())
m[::2] = b'1234'
print(buf, m[1::2].tobytes(), bytes(m[-2:]), m.tobytes() == bytes(buf))
for i, v in enumerate(m[:3]):
    print(i, v)
r = m.toreadonly()
print(r.readonly, r.tobytes(), r == m)
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: r.__setitem__(0, 65))
attempt(lambda: m[1:3].__setitem__(slice(None), b'xyz'))
attempt(lambda: m['a'])
part.release(); m.release(); r.release()
buf.extend(b'!')
print(buf)
