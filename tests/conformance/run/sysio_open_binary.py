import os

TMP = "_sysio_tmp_open_binary"


def cleanup():
    if not os.path.isdir(TMP):
        return
    for root, dirs, files in os.walk(TMP, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(TMP)


cleanup()
os.mkdir(TMP)
P = os.path.join(TMP, "data.txt")
try:
    data = bytes(range(256))
    with open(P, 'wb') as f:
        print(f.write(data), f.tell())
    with open(P, 'rb') as f:
        print(f.read(4), f.tell(), len(f.read()), f.read(), f.tell())
        print(f.seek(10), f.read(2), f.seek(-2, 1), f.read(2), f.seek(-3, 2), f.read())
        print(f.seek(300), f.read(), f.tell())
    with open(P, 'rb') as f:
        b = f.read()
        print(b == data, type(b).__name__)
    with open(P, 'wb') as f:
        f.write(bytearray(b'from bytearray'))
        f.write(memoryview(b' and memoryview'))
    print(open(P, 'rb').read())
    try:
        with open(P, 'wb') as f:
            f.write('text')
    except TypeError as e:
        print('TypeError', e)
    with open(P, 'rb') as f:
        print(f.peek(1)[:1], f.read1(3), f.readable(), f.writable(), f.seekable())
finally:
    cleanup()
print(os.path.exists(TMP))
