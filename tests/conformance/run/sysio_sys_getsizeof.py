import sys

for v in [0, 1, 2 ** 30, 2 ** 60, -5, True, 1.5, '', 'abc', 'é', '€', (), (1, 2), [], None, b'', b'abcd']:
    print(repr(v), sys.getsizeof(v))
print(sys.getsizeof({}), sys.getsizeof({1: 2}), sys.getsizeof(set()))
print(sys.getsizeof([1]) > sys.getsizeof([]), sys.getsizeof('a' * 100) > sys.getsizeof('a'))
print(type(sys.getsizeof(object())).__name__)
