async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()

async def consume(stream):
    total = 0
    async for chunk in stream:
        total += len(chunk)
    else:
        pass
    return total

async def agen():
    yield 1
    await sleep(0)
    yield 2
