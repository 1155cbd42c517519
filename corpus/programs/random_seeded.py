import asyncio
import random


async def roll(name, rng, rounds):
    total = 0
    for _ in range(rounds):
        await asyncio.sleep(rng.random())
        total += rng.randint(1, 6)
    print(f"{name} rolled {total}")
    return total


async def main():
    random.seed(2024)
    print(random.random(), random.randint(1, 100), random.choice("abcdef"))
    items = list(range(10))
    random.shuffle(items)
    print(items, random.sample(range(100), 5))
    print(round(random.uniform(1, 2), 6), random.randrange(0, 100, 5), random.getrandbits(16))
    print(random.choices(["x", "y", "z"], weights=[1, 2, 7], k=6))
    rng = random.Random(99)
    scores = await asyncio.gather(*(roll(n, rng, 3) for n in ["ann", "ben", "cid"]))
    print("winner:", max(zip(scores, ["ann", "ben", "cid"])))
    state = random.getstate()
    a = random.random()
    random.setstate(state)
    print(a == random.random(), f"{random.gauss(0, 1):.6f}")


asyncio.run(main())
