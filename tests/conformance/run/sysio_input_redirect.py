import io
import sys

sys.stdin = io.StringIO('first line\nsecond\n\nlast without newline')
print(repr(input()))
print(repr(input('name? ')))
print(repr(input()))
print(repr(input('> ')))
try:
    input('gone? ')
except EOFError as e:
    print()
    print('EOFError', e)

sys.stdin = io.StringIO('3\n4 5\n')
n = int(input())
a, b = map(int, input().split())
print(n * (a + b))

class Bad:
    def readline(self):
        return 42

sys.stdin = Bad()
try:
    input()
except TypeError as e:
    print('TypeError', e)
sys.stdin = sys.__stdin__
