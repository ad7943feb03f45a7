from collections import deque
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield 'tick'
        return self.ticks
class Loop:
    def __init__(self):
        self.ready = deque()
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro, None))
    def run(self):
        step = 0
        while self.ready:
            name, coro, value = self.ready.popleft()
            try:
                signal = coro.send(value)
                print(f'step {step}: {name} yielded {signal!r}')
                self.ready.append((name, coro, None))
            except StopIteration as stop:
                print(f'step {step}: {name} finished with {stop.value!r}')
                self.results[name] = stop.value
            step += 1
        return self.results
async def worker(name, n):
    total = 0
    for i in range(n):
        got = await Sleep(1)
        total += got
    return f'{name}:{total}'
async def main():
    a = await worker('inner', 2)
    return 'main got ' + a
loop = Loop()
loop.spawn('w1', worker('w1', 2))
loop.spawn('w2', worker('w2', 1))
loop.spawn('main', main())
print(loop.run())
c = worker('x', 0)
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print('immediate', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
c2 = worker('y', 1)
try:
    c2.send(1)
except TypeError as e:
    print(e)
c2.close()
async def boom():
    await Sleep(1)
    raise ValueError('inside coroutine')
c3 = boom()
c3.send(None)
try:
    c3.send(None)
except ValueError as e:
    print('propagated', e)
async def catcher():
    try:
        await Sleep(2)
    except KeyError as e:
        print('caught thrown', repr(e))
        return 'recovered'
c4 = catcher()
c4.send(None)
try:
    c4.throw(KeyError('k'))
except StopIteration as e:
    print('after throw', e.value)
async def not_awaitable():
    await 5
try:
    not_awaitable().send(None)
except TypeError as e:
    print(e)
