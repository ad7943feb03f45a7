import os

TMP = "_sysio_tmp_open_pathlike"


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
    class MyPath:
        def __init__(self, p):
            self.p = p
        def __fspath__(self):
            return self.p
    
    with open(MyPath(P), 'w') as f:
        f.write('through __fspath__')
        print(f.name == P)
    print(open(MyPath(P)).read(), os.path.exists(MyPath(P)), os.fspath(MyPath(P)) == P)
    
    class Bad:
        def __fspath__(self):
            return 42
    
    try:
        open(Bad())
    except TypeError as e:
        print('TypeError', e)
    with open(P.encode(), 'rb') as f:
        print(f.read(7), f.name == P.encode())
finally:
    cleanup()
print(os.path.exists(TMP))
