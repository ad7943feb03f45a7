import os

TMP = "_sysio_tmp_open_writelines"


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
        f.writelines(['a', 'b\n', 'c\n'])
        f.writelines(str(i) + '\n' for i in range(3))
        f.flush()
        print(open(P).read().split())
    try:
        with open(P, 'w') as f:
            f.writelines(['ok', 5])
    except TypeError as e:
        print('TypeError', e)
    print(repr(open(P).read()))
    with open(P, 'w') as f:
        print('via print', 1, 2, file=f)
        print('second', file=f, end='!\n')
    print(open(P).read(), end='')
finally:
    cleanup()
print(os.path.exists(TMP))
