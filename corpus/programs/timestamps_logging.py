import asyncio
import datetime
import time


def log(msg):
    now = datetime.datetime.now()
    print(f"[{now:%Y-%m-%d %H:%M:%S}.{now.microsecond // 1000:03d}] {msg}")


async def job(name, seconds):
    log(f"{name} started")
    t0 = time.perf_counter()
    await asyncio.sleep(seconds)
    log(f"{name} finished in {time.perf_counter() - t0:.3f}s")
    return seconds


async def main():
    start = time.time()
    log(f"epoch {start:.1f}, monotonic {time.monotonic():.1f}")
    total = sum(await asyncio.gather(job("backup", 2.5), job("report", 0.75), job("email", 0.001)))
    log(f"total job time {total}s, wall {time.time() - start:.3f}s")
    print(time.strftime("%Y-%m-%d %H:%M:%S", time.localtime()), time.gmtime().tm_year)
    print(datetime.date.today(), datetime.datetime.utcnow().isoformat(timespec="seconds"))
    time.sleep(60 * 60 * 24)
    log("one day later")
    print(datetime.datetime.now() - datetime.datetime(2024, 1, 1))


asyncio.run(main())
