import os

TMP = "_sysio_tmp_open_readline"


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
        f.write('one\ntwo\n\nfour\nlast')
    with open(P) as f:
        print([f.readline() for _ in range(6)])
    with open(P) as f:
        print(list(f))
    with open(P) as f:
        for i, line in enumerate(f):
            print(i, line.rstrip())
    with open(P) as f:
        print(repr(f.readline(2)), repr(f.readline(100)), repr(f.readline(-1)))
        try:
            f.readline(None)
        except TypeError as e:
            print('TypeError', e)
    with open(P) as f:
        print(f.readlines(5))
    with open(P) as f:
        print(next(f), next(iter(f)))
        print(f.read())
    with open(P) as f:
        print(sum(1 for _ in f))
finally:
    cleanup()
print(os.path.exists(TMP))
