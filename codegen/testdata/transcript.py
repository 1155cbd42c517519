# mode: repl
import asyncio
async def main():
    with open("f") as f, g() as h:
        async with lock:
            return f.read()
main()
asyncio.run(main())
