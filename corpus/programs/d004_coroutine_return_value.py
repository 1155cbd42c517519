import asyncio

# define a coroutine with arguments and a return value
async def custom_coroutine(arg1, arg2, arg3):
    # ...
    return 100

print(asyncio.run(custom_coroutine(1, 2, 3)))
