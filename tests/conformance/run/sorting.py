# sorting: stability, keys, reverse, mixed comparisons errors, min/max with keys
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
nums = [3.5, -1, 2, 10 ** 20, 0.0, True]
print(sorted(nums), sorted(nums, key=abs))
words = ["Banana", "apple", "cherry"]
words.sort(key=str.lower)
print(words)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted("hello"), sorted({3: 0, 1: 0}), sorted(range(5), reverse=True))
