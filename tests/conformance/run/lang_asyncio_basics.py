import asyncio
async def worker(name, delay, results):
    print(f'{name} start')
    await asyncio.sleep(delay)
    print(f'{name} done after {delay}')
    results.append(name)
    return name.upper()
async def main():
    results = []
    t1 = asyncio.create_task(worker('a', 0.3, results))
    t2 = asyncio.create_task(worker('b', 0.1, results))
    out = await asyncio.gather(worker('c', 0.2, results), t1, t2)
    print('gather ->', out, 'order', results)
    async def fails():
        await asyncio.sleep(0)
        raise ValueError('task failed')
    res = await asyncio.gather(fails(), asyncio.sleep(0, 'ok'), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res])
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.5)
    except asyncio.TimeoutError:
        print('timed out')
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
            print('put', i)
        await q.put(None)
    async def consumer():
        while (item := await q.get()) is not None:
            print('got', item)
    await asyncio.gather(producer(), consumer())
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())
    return 'main result'
print(asyncio.run(main()))
async def boom():
    await asyncio.sleep(0.1)
    raise KeyError('inside run')
try:
    asyncio.run(boom())
except KeyError as e:
    print('run raised', repr(e))
