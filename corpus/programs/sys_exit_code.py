import asyncio
import sys


async def check(name, ok):
    await asyncio.sleep(0.1)
    print(f"check {name}: {'ok' if ok else 'FAILED'}")
    return ok


async def main():
    results = await asyncio.gather(check("disk", True), check("net", False), check("db", True))
    failures = results.count(False)
    print(f"{failures} check(s) failed")
    return failures


failed = asyncio.run(main())
try:
    if failed:
        sys.exit(3)
finally:
    print("exiting with status 3", flush=True)
print("not reached")
