nums = [5, 3, 8, 1]
nums.append(9)
nums.insert(0, 7)
nums.extend([2, 2])
print(nums, len(nums), nums.count(2), nums.index(8))
nums.remove(2)
print(nums.pop(), nums.pop(0), nums)
print(nums[::-1], nums[1:4], nums[-2:], nums[::2], nums[10:], nums[-100:2])
nums[1:3] = ["a", "b", "c"]
print(nums)
del nums[::2]
print(nums)
a, b = 1, 2
a, b = b, a
print(a, b)
matrix = [[0] * 3 for _ in range(2)]
matrix[0][1] = 5
shared = [[0] * 3] * 2
shared[0][1] = 5
print(matrix, shared)
s = "Hello, World"
print(s[7:], s[-5:-1], s[::-1], s * 2, "-" * 10, s.find("o"), s.rfind("o"), s.index("W"))
print(s.partition(", "), s.rsplit("o", 1), s.startswith(("He", "x")), s.count("l"))
print("{:>10}|{:<10}|".format(s[:5], s[7:]), s.ljust(14, "."), s.rjust(14), s.swapcase())
print(int("1_000") + 1, list(range(10, 0, -3)), list(map(str, [1, 2])), list(filter(None, [0, 1, "", "x"])))
try:
    nums.index("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    print([1, 2, 3][5])
except IndexError as e:
    print("IndexError:", e)
t = (1, [2, 3])
t[1].append(4)
print(t, t.count(1), (1, 2) + (3,), tuple("ab"))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
