# str basics: indexing by code point, slicing, methods, comparison
s = "héllo wörld"
print(len(s), s[0], s[-1], s[1:4], s[::-1], s[::2], s.upper(), s.title())
e = "a😀b"
print(len(e), e[1], e[2], list(e))
print("a,b,,c".split(","), " x  y ".split(), "-".join(["a", "b", "c"]))
print("  pad ".strip(), "xxhixx".strip("x"), "abc".startswith("ab"), "abc".endswith(("x", "c")))
print("hello".find("l"), "hello".find("z"), "hello".count("l"), "hello".replace("l", "L"))
print("abc" < "abd", "b" > "abc", "a" * 3, 3 * "ab", "x" in "xyz", "q" not in "xyz")
print(repr("it's"), repr('say "hi"'), repr("tab\there\n"), repr("\x00\u1234"))
print("{} and {}".format(1, "two"), "{1}{0}".format("a", "b"), "{x}!".format(x=5), "{:>5}|".format("ab"))
print("%s=%d (%.2f) %r %5s|%-5s|" % ("n", 42, 3.14159, "q", "r", "l"))
print("abc".center(9, "*"), "7".zfill(3), "-7".zfill(4), "ab".ljust(4, "."), "ab".rjust(4))
print(str(12), str(None), str([1, "a"]), ord("A"), chr(9731), "ABC".lower(), "Hello".isupper())
print("line1\nline2\n".splitlines(), "abc".isalpha(), "123".isdigit(), "   ".isspace())
name = "world"
print(f"hello {name}!", f"{name!r:>10}", f"{len(name) * 2}", f"{{literal}}")
