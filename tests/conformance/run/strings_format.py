# str.format and format specs
print("{:<6}|{:>6}|{:^6}|".format("ab", "cd", "ef"))
print("{:*^9}".format("mid"), "{:+.3e}".format(12345.678), "{:,}".format(1234567))
print("{0}{1}{0}".format("x", "y"), "{name}-{n:03d}".format(name="a", n=7))
print("{:b} {:o} {:x} {:X} {:#x}".format(10, 10, 255, 255, 255) if False else "{:b} {:o} {:x} {:X}".format(10, 10, 255, 255))
print(f"{'nested'!r}", f"{3 + 4=}" if False else f"{3 + 4}", f"{[1, 2]}", f"{ {'a': 1}['a'] }")
w = 8
print(f"{'x':>{w}}|", f"{3.14159:.{w - 5}f}")
print("%5.1f|%-6d|%06.2f|%x|%%" % (3.14159, 42, 2.5, 255))
