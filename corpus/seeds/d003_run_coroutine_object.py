#import the asyncio library
import asyncio
#define a coroutine
async def func():
    return 10
#create a coroutine object
coro = func()
#run the coroutine
print(asyncio.run(coro))
