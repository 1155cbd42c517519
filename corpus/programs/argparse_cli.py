import argparse
import asyncio


def build_parser():
    p = argparse.ArgumentParser(prog="fetcher", description="Fetch things concurrently.")
    p.add_argument("urls", nargs="+", help="urls to fetch")
    p.add_argument("-c", "--concurrency", type=int, default=2)
    p.add_argument("--timeout", type=float, default=1.0)
    p.add_argument("-v", "--verbose", action="store_true")
    return p


async def fetch(sem, url, timeout, verbose):
    async with sem:
        if verbose:
            print("fetching", url)
        delay = len(url) / 10
        try:
            await asyncio.wait_for(asyncio.sleep(delay), timeout)
            return url, "ok"
        except asyncio.TimeoutError:
            return url, "timeout"


async def main(args):
    sem = asyncio.Semaphore(args.concurrency)
    results = await asyncio.gather(*(fetch(sem, u, args.timeout, args.verbose) for u in args.urls))
    for url, status in results:
        print(f"{url:<20} {status}")


args = build_parser().parse_args()
print(args)
asyncio.run(main(args))
