#import the inspect module
import inspect
#a regular function
def func1():
    return 10
#a coroutine function
async def func2():
    return 10
print(inspect.iscoroutinefunction(func1))
print(inspect.iscoroutinefunction(func2))
