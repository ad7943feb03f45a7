class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        v, self.head = self.head.value, self.head.next
        self._len -= 1
        return v
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self._len
    def __repr__(self):
        return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
    def __contains__(self, v):
        return any(x == v for x in self)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        for j, x in enumerate(self):
            if j == i:
                return x
        raise IndexError('LinkedList index out of range')
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), 2 in ll, 9 in ll, ll[2], ll[1:3])
ll.reverse()
print(ll, ll.pop(), ll, list(ll), sum(ll))
try:
    ll[10]
except IndexError as e:
    print(e)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print(e)
print(bool(empty), bool(ll), sorted(ll, reverse=True))
