x = 1
x
x + 1
_
None
def f(n):
    return n * 2
f(21)
undefined_name
print("still running")
[i for i in range(3)]
import asyncio
async def main():
    await asyncio.sleep(0)
    return "done"
asyncio.run(main())
await main()
class K:
    def __repr__(self):
        return "<K>"
K()
"str"; 3
for i in range(2):
    i
1/0
'last'
