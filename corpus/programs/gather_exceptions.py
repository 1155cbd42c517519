import asyncio


class FetchError(Exception):
    def __init__(self, url, code):
        super().__init__(f"{url} returned {code}")
        self.url = url
        self.code = code


async def fetch(url, delay, code=200):
    await asyncio.sleep(delay)
    if code != 200:
        raise FetchError(url, code)
    return f"<{url}>"


async def main():
    urls = [("a.com", 0.3), ("b.com", 0.1, 404), ("c.com", 0.2), ("d.com", 0.4, 500)]
    results = await asyncio.gather(*(fetch(*u) for u in urls), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print(f"error: {r!r} code={r.code}")
        else:
            print("ok:", r)
    try:
        await asyncio.gather(*(fetch(*u) for u in urls))
    except FetchError as e:
        print("first failure:", e, "|", e.url)
    await asyncio.sleep(1)
    print(await asyncio.gather())
    try:
        await asyncio.gather(fetch("x", 0), asyncio.sleep(0, result="y"), ValueError("bad"))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
