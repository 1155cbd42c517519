#import asyncio
import asyncio
#define a coroutine
async def main():
    print("Hello, World!")
    await asyncio.sleep(1)#delay execution for 1 second
    print("Goodbye.")
#run main()
asyncio.run(main())
