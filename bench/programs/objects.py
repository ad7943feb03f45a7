# classes, attribute access, method calls (richards-style object churn)
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def total(self):
        s = 0
        n = self
        while n is not None:
            s += n.value
            n = n.next
        return s
class Counter:
    def __init__(self):
        self.count = 0
    def bump(self, k):
        self.count += k
        return self.count
c = Counter()
head = None
for i in range(200):
    head = Node(i, head)
acc = 0
for r in range(2000):
    acc += head.total() % 97
    c.bump(r & 3)
print(acc, c.count)
