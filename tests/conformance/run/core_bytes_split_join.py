# bytes/bytearray split, rsplit, join, partition on binary data
data = b'key1=val1;key2=val2;;key3'
print(data.split(b';'), data.split(b';', 2), data.rsplit(b';', 1), [p.partition(b'=') for p in data.split(b';')])
print(b'  a \t b\nc  '.split(), b'  a  b  '.split(None, 1), b'  a  b  '.rsplit(maxsplit=1), b''.split(), b''.split(b','), b'abc'.split(b'abc'))
print(b'\x00'.join([b'a', b'b']), bytearray(b', ').join([b'x', bytearray(b'y')]), type(bytearray(b'-').join([])).__name__)
print(bytearray(b'a b').split(), bytearray(b'k=v').partition(b'='), b'a.b.c'.rpartition(b'.'), b'abc'.rpartition(b'x'))
print(b'one\r\ntwo\nthree'.splitlines(), b'tab\tsep'.split(b'\t'), b'x'.split(sep=b'x', maxsplit=1))
