# SuperFastPython.com
# example of creating an event loop
import asyncio

# create and access a new asyncio event loop
loop = asyncio.new_event_loop()
# report defaults of the loop
print(loop)
