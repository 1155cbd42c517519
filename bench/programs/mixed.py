# Mixed: a worker pool over a Queue; each job is a small computation
# (word counting over generated text), results gathered and merged.
import asyncio


def make_text(seed, n):
    words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"]
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(words[x % len(words)])
    return " ".join(out)


def count_words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


async def worker(name, jobs, results):
    done = 0
    while True:
        job = await jobs.get()
        if job is None:
            jobs.task_done()
            return done
        text = make_text(job, 300)
        results.append((job, count_words(text)))
        done += 1
        await asyncio.sleep(0)
        jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", jobs, results)) for i in range(8)]
    for j in range(1500):
        await jobs.put(j)
    for _ in workers:
        await jobs.put(None)
    await jobs.join()
    per_worker = await asyncio.gather(*workers)
    merged = {}
    for _, c in results:
        for w, k in c.items():
            merged[w] = merged.get(w, 0) + k
    top = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))
    print(sum(per_worker), len(results), top[:3])


asyncio.run(main())
