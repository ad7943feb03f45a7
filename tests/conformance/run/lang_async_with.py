class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print('open', self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print('close', self.name, et.__name__ if et else None)
        return self.suppress
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async with Resource('a') as r, Resource('b'):
        print('using', r.name)
    async with Resource('c', suppress=True):
        raise ValueError('suppressed')
    try:
        async with Resource('d'):
            raise KeyError('escapes')
    except KeyError as e:
        print('caught', repr(e))
    return 'done'
print(run(main()))
async def wrong():
    async with open.__class__:
        pass
class OnlyEnter:
    async def __aenter__(self):
        return 1
async def missing_exit():
    async with OnlyEnter():
        pass
class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): return False
async def sync_cm():
    async with SyncOnly():
        pass
for f in [wrong, missing_exit, sync_cm]:
    try:
        run(f())
    except TypeError as e:
        print(e)
