import asyncio

# define a coroutine
async def custom_coroutine():
    # ..
    print('custom_coroutine() is running')

# create a coroutine
coro = custom_coroutine()
# execute a coroutine program
asyncio.run(coro)
