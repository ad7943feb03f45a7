import os

TMP = "_sysio_tmp_open_write_read"


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
        print(f.write('first line\n'), f.write('second line\n'), f.write('no newline'))
    with open(P) as f:
        print(repr(f.read()))
    with open(P, 'r') as f:
        print(repr(f.read(5)), repr(f.read(0)), repr(f.read(7)), repr(f.read(1000)), repr(f.read()))
    with open(P, 'rt') as f:
        print(f.readlines())
    with open(P, 'w') as f:
        f.write('')
    with open(P) as f:
        print(repr(f.read()), repr(f.readline()), f.readlines())
    with open(P, mode='w', encoding='utf-8') as f:
        f.write('ünïcödé ✓ 😀\n')
    with open(P, encoding='utf-8') as f:
        s = f.read()
        print(s, len(s))
    print(os.path.getsize(P))
finally:
    cleanup()
print(os.path.exists(TMP))
