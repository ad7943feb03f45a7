import sys

try:
    input()
except EOFError as e:
    print('EOFError', repr(str(e)))
try:
    input('prompt: ')
except EOFError as e:
    print()
    print('EOFError', e)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines(), list(sys.stdin))
try:
    input('a', 'b')
except TypeError as e:
    print('TypeError', e)
print(sys.stdin.readable(), sys.stdin.mode, sys.stdin.name, sys.stdin.fileno())
