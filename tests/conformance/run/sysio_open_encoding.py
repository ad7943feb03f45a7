import os

TMP = "_sysio_tmp_open_encoding"


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
    text = 'Grüße, ¡olé! 10€'
    for enc in ['utf-8', 'latin-1', 'UTF8', 'iso-8859-1', 'utf_8']:
        try:
            with open(P, 'w', encoding=enc) as f:
                f.write(text)
            with open(P, 'rb') as f:
                print(enc, f.read())
        except UnicodeEncodeError as e:
            print(enc, 'UnicodeEncodeError', e)
    with open(P, 'w', encoding='latin-1', errors='replace') as f:
        f.write(text)
    print(open(P, 'rb').read())
    with open(P, 'w', encoding='ascii', errors='backslashreplace') as f:
        f.write(text)
    print(open(P, encoding='ascii').read())
    with open(P, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
        f.write(text)
    print(open(P).read())
    with open(P, 'w', encoding='ascii', errors='ignore') as f:
        f.write(text)
    print(open(P).read())
    try:
        with open(P, 'w', encoding='ascii') as f:
            f.write(text)
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e)
    with open(P, 'w', encoding='utf-8') as f:
        print(f.encoding, f.errors)
    with open(P, 'w', encoding='latin-1') as f:
        print(f.encoding)
finally:
    cleanup()
print(os.path.exists(TMP))
