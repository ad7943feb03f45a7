# print with sep, end, file and several arguments
import sys
print("a", "b", 3, sep="-")
print("no newline", end="")
print(" continued", end="!\n")
print()
print(*[1, 2, 3], sep=", ", end=".\n")
print("to stderr", file=sys.stderr)
sys.stdout.write("direct\n")
print(None, True, 1.5, [1], (2,), {"k": 1}, sep="|")
