import os

TMP = "_sysio_tmp_open_newline_write"


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
    for nl in [None, '', '\n', '\r', '\r\n']:
        with open(P, 'w', newline=nl) as f:
            f.write('a\nb\r\nc\rd\n')
        with open(P, 'rb') as f:
            print(repr(nl), f.read())
    with open(P, 'w', newline='\r\n') as f:
        print('x', 'y', sep='\n', file=f)
        f.writelines(['1\n', '2\n'])
    print(open(P, 'rb').read())
    print(open(P).read().splitlines())
finally:
    cleanup()
print(os.path.exists(TMP))
