def find_prime_factor(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            print(f"{n} = {d} * {n // d}")
            break
    else:
        print(f"{n} is prime")


for n in [15, 17, 49, 97, 1001]:
    find_prime_factor(n)

attempts = 0
while attempts < 3:
    attempts += 1
    if attempts == 5:
        break
else:
    print("while finished without break after", attempts)

i = 10
while i > 0:
    i -= 3
    if i == 4:
        print("hit 4, breaking")
        break
else:
    print("not printed")

for x in []:
    print("never")
else:
    print("empty for runs else")

total = 0
for i in range(20):
    if i % 2:
        continue
    if i > 12:
        break
    total += i
print("total", total, "i", i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
