import types
class Aw:
    def __await__(self):
        x = yield 'suspend'
        return x * 2
async def inner():
    v = await Aw()
    return v + 1
async def outer():
    r = await inner()
    print('outer got', r)
    return 'done'
c = outer()
print(type(c).__name__)
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print('result', e.value)
async def agen():
    for i in range(3):
        yield i
async def use():
    out = []
    async for x in agen():
        out.append(x)
    return out
c = use()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
class ACM:
    async def __aenter__(self):
        print('aenter'); return 'acm'
    async def __aexit__(self, *a):
        print('aexit', a[0]); return False
async def w():
    async with ACM() as v:
        print('in', v)
    return [x async for x in agen()]
try:
    w().send(None)
except StopIteration as e:
    print(e.value)
