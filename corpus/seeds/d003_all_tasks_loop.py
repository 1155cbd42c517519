import asyncio
#the tasks
async def print_nums(num):
    for n in range(num):
        print(n)
        await asyncio.sleep(0.5)#delay for half a second
async def print_letters(up_to):
    for letter in range(97,ord(up_to)):
        print(chr(letter))
        await asyncio.sleep(0.5)#delay for half a second
#create an event loop
loop = asyncio.get_event_loop()
#schedule the tasks for execution
loop.create_task(print_nums(5))
loop.create_task(print_letters('f'))
#get all the tasks scheduled in the loop
tasks = asyncio.all_tasks(loop = loop)
#create an awaitable for the tasks
group = asyncio.gather(*tasks)
#run the loop
loop.run_until_complete(group)
#close the loop
loop.close()
