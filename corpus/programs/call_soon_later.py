import asyncio


def report(loop, start, label, log):
    elapsed = loop.time() - start
    log.append(label)
    print(f"{label:<8} at +{elapsed:.2f}s")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    log = []
    loop.call_later(0.3, report, loop, start, "later-3", log)
    loop.call_later(0.1, report, loop, start, "later-1", log)
    h = loop.call_later(0.2, report, loop, start, "cancel-me", log)
    loop.call_soon(report, loop, start, "soon-a", log)
    loop.call_soon(report, loop, start, "soon-b", log)
    loop.call_at(start + 0.25, report, loop, start, "at-0.25", log)
    h.cancel()
    print("handle cancelled:", h.cancelled())
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "future value")
    print("future done?", fut.done())
    print("awaited:", await fut)
    print("order:", log)
    print("monotonic-ish:", loop.time() - start >= 0.5)
    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: print("callback saw", f.result()))
    fut2.set_result(99)
    await asyncio.sleep(0)
    try:
        fut2.set_result(100)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
