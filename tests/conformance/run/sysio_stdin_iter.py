import io
import sys

sys.stdin = io.StringIO('alpha\nbeta\ngamma\n')
lines = [line.rstrip('\n') for line in sys.stdin]
print(lines)
sys.stdin = io.StringIO('x y\nz\n')
print(sys.stdin.read().split())
sys.stdin = io.StringIO('1\n2\n3\n')
print(sum(int(line) for line in sys.stdin.readlines()))
sys.stdin = sys.__stdin__
print(sys.stdin is sys.__stdin__, repr(sys.stdin.read()))
print(type(sys.stdin).__name__, sys.stdin.encoding)
