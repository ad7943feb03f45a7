import sys

print(sys.stdout.write('abc\n'), sys.stdout.write('é€😀\n'), sys.stdout.write(''))
sys.stdout.writelines(['x', 'y\n'])
sys.stdout.flush()
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdout.encoding, sys.stdout.name, sys.stderr.name)
print(repr(sys.stdout), repr(sys.stderr))
print(type(sys.stdout).__name__, sys.stdout.mode)
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError', e)
print(sys.stdout.buffer.write(b'raw bytes\n'))
sys.stdout.buffer.flush()
print('end')
