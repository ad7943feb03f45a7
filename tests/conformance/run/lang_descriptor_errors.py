class A:
    def m(self): return 'm'
    @property
    def p(self): return 1
class B: pass
tests = [
 "A().m(1)", "A.m()", "A().p()", "A().q", "A.q", "B(1)", "B.__init__()", "A().p.x", "super(A, 1)",
 "type('T', 1, {})", "type(1, 2)", "class_ = type('C', (A,), {'x': 1}); class_.x", "object.__new__(A).m()",
 "A.__dict__['m'](A())", "A.m.__name__", "A().m.__func__.__qualname__", "A.__name__", "A().__class__.__mro__",
 "int.__add__(1, 'a')", "str.__len__(5)", "list.append(1, 2)", "dict.get({}, 1, 2, 3)", "vars(1)",
 "A() < A()", "A() + 1", "1 + A()", "A()[0]", "A()()", "len(A())", "iter(A())", "-A()", "abs(A())",
 "A().__eq__(1)", "A().__ne__(A())", "A().__lt__(1)", "format(A(), 'x')", "str(B)", "repr(int)", "repr(A.m)[:18]",
 "callable(A), callable(A()), callable(A().m)", "isinstance(A(), (B, A))", "A.__bases__", "A.__subclasses__()",
]
for t in tests:
    try:
        if ';' in t:
            ns = {'A': A}
            exec(t.split(';')[0], globals(), ns)
            r = eval(t.split(';')[1], globals(), ns)
        else:
            r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
