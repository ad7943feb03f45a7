import asyncio
async def main():
    lock = asyncio.Lock()
    event = asyncio.Event()
    log = []
    async def critical(name):
        async with lock:
            log.append(f'{name} in')
            await asyncio.sleep(0.01)
            log.append(f'{name} out')
    async def waiter():
        print('waiting for event')
        await event.wait()
        print('event received', event.is_set())
    w = asyncio.create_task(waiter())
    await asyncio.gather(critical('x'), critical('y'))
    print(log)
    event.set()
    await w
    sem = asyncio.Semaphore(2)
    active = []
    async def limited(i):
        async with sem:
            active.append(i)
            print('active', len(active))
            await asyncio.sleep(0.1)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(4)))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, 'future value')
    print(await fut)
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print), isinstance(w, asyncio.Task))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.1, 'a')), asyncio.create_task(asyncio.sleep(0.2, 'b'))])
    print(sorted(t.result() for t in done), len(pending))
    for coro in asyncio.as_completed([asyncio.sleep(0.3, 'slow'), asyncio.sleep(0.1, 'fast')]):
        print('completed', await coro)
asyncio.run(main())
