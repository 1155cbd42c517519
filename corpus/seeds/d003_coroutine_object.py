async def func():
    return 10
f = func()
print(f)
