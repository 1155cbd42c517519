import asyncio


class PaymentError(Exception):
    pass


async def charge(account, amount):
    await asyncio.sleep(0.1)
    if amount > account["balance"]:
        raise PaymentError(f"insufficient funds: {amount} > {account['balance']}")
    account["balance"] -= amount
    return account["balance"]


async def checkout(account, items):
    for item, price in items:
        left = await charge(account, price)
        print(f"bought {item} for {price}, {left} left")


async def main():
    account = {"balance": 100}
    await checkout(account, [("book", 30), ("lamp", 45), ("desk", 80)])
    print("not reached")


asyncio.run(main())
