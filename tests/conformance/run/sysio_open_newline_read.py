import os

TMP = "_sysio_tmp_open_newline_read"


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
        f.write(b'unix\nwindows\r\nmac\rlast')
    for nl in [None, '', '\n', '\r', '\r\n']:
        with open(P, newline=nl) as f:
            print(repr(nl), f.readlines())
    with open(P) as f:
        print(repr(f.read()))
    with open(P, newline='') as f:
        print(repr(f.read()))
    with open(P) as f:
        print([f.read(4), f.read(4), f.read(3), f.read()])
finally:
    cleanup()
print(os.path.exists(TMP))
