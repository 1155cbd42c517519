import asyncio
#prints numbers
async def task1():
    for num in range(5):
        print(num)
        await asyncio.sleep(0.1) # cause a small delay
#prints letters
async def task2():
    for letter in "abcde":
        print(letter)
        await asyncio.sleep(0.1) # cause a small delay
async def main():
    await asyncio.gather( task1(), task2())
    print("Finished")
asyncio.run(main())
