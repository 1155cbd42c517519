i = 0
while True:
    i += 1
    if i > 2:
        break
else:
    print("never")
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("else ran", n)
for x in range(3):
    if x == 1:
        break
else:
    print("for never")
print("done", i)
