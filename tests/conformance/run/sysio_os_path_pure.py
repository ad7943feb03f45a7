import os.path as p
import posixpath

print(p is posixpath)
for args in [('a', 'b'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'x'), ('a', ''), ('/',), ('a', 'b/', 'c')]:
    print('join', args, p.join(*args))
for s in ['/a/b/c.txt', 'a/b/', 'c.txt', '/', '', '//x', 'a//b']:
    print(repr(s), p.split(s), p.basename(s), p.dirname(s))
for s in ['x.tar.gz', '.bashrc', 'a/.b', 'a.b/c', 'noext', '..x', 'a/b.', '...']:
    print('splitext', repr(s), p.splitext(s))
for s in ['a//b/./c/../d', '/../x', './', '', '//a', '///a/b', 'a/../..', '../a/./b/..']:
    print('normpath', repr(s), p.normpath(s))
print(p.isabs('/x'), p.isabs('x'), p.isabs(''))
print(p.commonprefix(['interstellar', 'internet', 'interval']), repr(p.commonprefix([])))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b', 'a/c/d']))
try:
    p.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
print(p.relpath('/a/b/c', '/a/d'), p.relpath('/a', '/a'), p.relpath('/a/b', '/'))
print(p.splitdrive('/x/y'), p.normcase('A/B'))
print(p.join(b'a', b'b'), p.split(b'/x/y'), p.splitext(b'f.py'), p.normpath(b'a/./b'))
try:
    p.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    p.join('a', 5)
except TypeError as e:
    print('TypeError', e)
print(p.expanduser('no/tilde'), p.expandvars('plain'), p.sep, p.extsep, p.pardir)
