import os

TMP = "_sysio_tmp_open_seek_tell"


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
    with open(P, 'w') as f:
        f.write('line one\nline two\nline three\n')
        print(f.tell())
    with open(P) as f:
        print(f.tell(), f.readline(), f.tell())
        pos = f.tell()
        print(repr(f.readline()))
        f.seek(pos)
        print(repr(f.readline()), f.tell())
        print(f.seek(0), repr(f.read(4)), f.tell())
        print(f.seek(0, 2), repr(f.read()))
        print(f.seek(0, 1))
        for args in [(3, 1), (-1, 2), (-1,), (0, 7)]:
            try:
                f.seek(*args)
            except Exception as e:
                print(args, type(e).__name__, e)
    with open(P, 'w', encoding='utf-8') as f:
        f.write('ééé\nabc\n')
    with open(P, encoding='utf-8') as f:
        f.readline()
        print(f.tell())
        f.seek(2)
        print(repr(f.read()))
finally:
    cleanup()
print(os.path.exists(TMP))
