import os

TMP = "_sysio_tmp_open_binary_lines"


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
    with open(P, 'wb') as f:
        f.write(b'one\ntwo\r\nthree\rfour')
    with open(P, 'rb') as f:
        print(f.readline(), f.readline(), f.readline(), f.readline())
    with open(P, 'rb') as f:
        print(f.readlines())
    with open(P, 'rb') as f:
        print(list(f))
    with open(P, 'rb') as f:
        print(f.readline(2), f.readline(), f.tell())
        buf = bytearray(5)
        print(f.readinto(buf), buf, f.tell())
    lines = [b'%d\n' % i for i in range(2000)]
    with open(P, 'wb') as f:
        f.writelines(lines)
    with open(P, 'rb') as f:
        got = f.readlines()
    print(len(got), got[:2], got[-1], got == lines)
finally:
    cleanup()
print(os.path.exists(TMP))
