import asyncio


async def periodic(name, interval):
    n = 0
    try:
        while True:
            await asyncio.sleep(interval)
            n += 1
            print(f"{name} tick {n}")
    except asyncio.CancelledError:
        print(f"{name} cancelled after {n} ticks")
        raise
    finally:
        print(f"{name} cleanup")


async def main():
    asyncio.create_task(periodic("fast", 0.3))
    asyncio.create_task(periodic("slow", 0.7))
    await asyncio.sleep(1.5)
    print("main returns; asyncio.run cancels the rest")


if __name__ == "__main__":
    asyncio.run(main())
    print("after run")
