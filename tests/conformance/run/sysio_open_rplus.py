import os

TMP = "_sysio_tmp_open_rplus"


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
        f.write('0123456789\nabcdef\n')
    with open(P, 'r+') as f:
        print(repr(f.read(3)))
        f.seek(3)
        f.write('XYZ')
        f.seek(0)
        print(repr(f.read()))
        f.write('tail\n')
    with open(P) as f:
        print(f.read().splitlines())
    with open(P, 'w+') as f:
        f.write('fresh content\n')
        f.seek(0)
        print(repr(f.read()), f.readable(), f.writable())
        print(f.truncate(5), f.tell())
    with open(P) as f:
        print(repr(f.read()))
    with open(P, 'rb+') as f:
        f.seek(1)
        f.write(b'R')
        f.seek(0)
        print(f.read())
finally:
    cleanup()
print(os.path.exists(TMP))
