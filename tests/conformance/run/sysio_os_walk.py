import os

TMP = "_sysio_tmp_os_walk"


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


def touch(path, text=""):
    with open(path, "w") as f:
        f.write(text)

try:
    for d in ['a', 'a/x', 'a/y', 'b']:
        os.mkdir(os.path.join(TMP, d))
    for f in ['top.txt', 'a/one.txt', 'a/x/deep.txt', 'b/two.txt', 'b/three.txt']:
        touch(os.path.join(TMP, f))
    for root, dirs, files in sorted(os.walk(TMP)):
        print(root, sorted(dirs), sorted(files))
    print('bottom-up')
    order = [root for root, dirs, files in os.walk(TMP, topdown=False)]
    print(order.index(os.path.join(TMP, 'a', 'x')) < order.index(os.path.join(TMP, 'a')), order[-1])
    print('pruned')
    for root, dirs, files in os.walk(TMP):
        dirs[:] = sorted(d for d in dirs if d != 'a')
        print(root, dirs, sorted(files))
    print(list(os.walk(os.path.join(TMP, 'missing'))))
    errors = []
    list(os.walk(os.path.join(TMP, 'missing'), onerror=errors.append))
    print([type(e).__name__ for e in errors])
    total = sum(len(files) for _, _, files in os.walk(TMP))
    print(total)
finally:
    cleanup()
print(os.path.exists(TMP))
