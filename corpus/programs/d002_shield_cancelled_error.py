from asyncio import shield, CancelledError

async def something():
    await asyncio.sleep(1)
    return 'something done'

try:
    res = await shield(something())
except CancelledError:
    res = None
res
