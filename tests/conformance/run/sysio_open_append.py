import os

TMP = "_sysio_tmp_open_append"


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
    with open(P, 'a') as f:
        f.write('one\n')
    with open(P, 'a') as f:
        print(f.tell())
        f.write('two\n')
        print(f.tell())
    with open(P, 'a+') as f:
        f.write('three\n')
        f.seek(0)
        print(repr(f.read()))
        f.write('four\n')
    with open(P) as f:
        print(f.read().split())
    with open(P, 'ab') as f:
        print(f.write(b'five\n'))
    print(open(P).read().count('\n'))
finally:
    cleanup()
print(os.path.exists(TMP))
