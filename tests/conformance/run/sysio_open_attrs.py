import os

TMP = "_sysio_tmp_open_attrs"


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
        print(f.name, f.mode, f.encoding, f.errors, f.closed, f.line_buffering)
        print(f.readable(), f.writable(), f.seekable(), f.isatty(), type(f.fileno()).__name__)
        print(repr(f))
        print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
        print(repr(f.buffer), repr(f.buffer.raw))
    print(f.closed, repr(f.buffer.raw))
    with open(P, 'rb') as f:
        print(f.name, f.mode, repr(f), type(f).__name__, f.raw.mode, f.raw.closefd)
    with open(P, 'r+b') as f:
        print(type(f).__name__, f.mode)
    with open(P, 'rb', buffering=0) as f:
        print(type(f).__name__, f.mode, repr(f))
    with open(P, 'a') as f:
        print(f.mode, f.buffer.mode, f.tell())
    with open(P, 'rt', encoding='latin-1') as f:
        print(f.mode, f.encoding, repr(f))
finally:
    cleanup()
print(os.path.exists(TMP))
