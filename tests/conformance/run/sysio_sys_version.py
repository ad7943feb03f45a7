import sys

v = sys.version_info
print(v.major, v.minor, v[0], v[:2], len(v), v.releaselevel, v.serial)
print(v >= (3, 8), v < (4,), v == (3, 11, v.micro, 'final', 0), tuple(v)[:2])
print(isinstance(v, tuple), type(v).__name__)
major, minor, *rest = v
print(major, minor, len(rest))
print(repr(v).startswith('sys.version_info(major=3, minor=11, micro='))
print(sys.version.startswith('3.11'), sys.hexversion >> 16 == 0x30b)
print(type(sys.implementation.name).__name__, sys.implementation.version[:2])
print(sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str))
try:
    v.major = 4
except AttributeError as e:
    print('AttributeError')
