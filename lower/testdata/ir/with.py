async def main():
    with open("f") as fh, lock:
        print(fh.read())
    async with session() as (a, b):
        await a
    async for item in stream():
        print(item)
    else:
        print("exhausted")
