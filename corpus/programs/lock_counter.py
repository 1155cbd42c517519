import asyncio

counter = 0
log = []


async def increment(name, lock, times):
    global counter
    for _ in range(times):
        async with lock:
            value = counter
            await asyncio.sleep(0)
            counter = value + 1
            log.append(name)


async def unsafe_increment(state, times):
    for _ in range(times):
        value = state["n"]
        await asyncio.sleep(0)
        state["n"] = value + 1


async def main():
    lock = asyncio.Lock()
    print("locked before:", lock.locked())
    await asyncio.gather(*(increment(f"t{i}", lock, 5) for i in range(4)))
    print("with lock:", counter)
    print("order:", " ".join(log[:8]), "...")
    state = {"n": 0}
    await asyncio.gather(*(unsafe_increment(state, 5) for _ in range(4)))
    print("without lock:", state["n"])
    await lock.acquire()
    print("locked now:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
