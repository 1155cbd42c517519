import asyncio
#the tasks
async def print_evens(num):
    for i in range(num):
        if i % 2 == 0:
            print(i)
            await asyncio.sleep(0.5)#delay for half a second
async def print_odds(num):
    for i in range(num):
        if i % 2 == 1:
            print(i)
            await asyncio.sleep(0.5)#delay for half a second
#create an event loop
loop = asyncio.get_event_loop()
#schedule the tasks for execution
task1 = loop.create_task(print_evens(10))
task2 = loop.create_task(print_odds(10))
group = asyncio.gather(task1, task2)
#run_the_loop
loop.run_until_complete(group)
