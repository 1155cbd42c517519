import asyncio


async def download(name, size):
    await asyncio.sleep(size / 100)
    return name, size


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    files = {"report.pdf": 250, "logo.png": 40, "data.csv": 120, "notes.txt": 5}
    coros = [download(n, s) for n, s in files.items()]
    total = 0
    for i, fut in enumerate(asyncio.as_completed(coros), 1):
        name, size = await fut
        total += size
        print(f"{i}. {name:<12} {size:>4} KB at t={loop.time() - start:.2f}")
    print(f"total {total} KB")
    try:
        for fut in asyncio.as_completed([download("huge.iso", 900), download("tiny", 1)], timeout=2):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")


asyncio.run(main())
