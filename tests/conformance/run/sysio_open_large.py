import os

TMP = "_sysio_tmp_open_large"


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
    lines = ['%05d %s\n' % (i, 'é' * (i % 7) + '€' * (i % 3)) for i in range(5000)]
    with open(P, 'w', encoding='utf-8') as f:
        for line in lines:
            f.write(line)
    print(os.path.getsize(P))
    with open(P, encoding='utf-8') as f:
        got = f.readlines()
    print(len(got), got == lines, got[4999])
    with open(P, encoding='utf-8') as f:
        total = 0
        for line in f:
            total += len(line)
    print(total, sum(map(len, lines)))
    with open(P, encoding='utf-8') as f:
        s = f.read()
    print(len(s), s == ''.join(lines))
    with open(P, encoding='utf-8') as f:
        chunks = []
        while True:
            c = f.read(4097)
            if not c:
                break
            chunks.append(c)
    print(len(chunks), ''.join(chunks) == s)
finally:
    cleanup()
print(os.path.exists(TMP))
