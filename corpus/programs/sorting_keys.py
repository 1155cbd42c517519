class Employee:
    def __init__(self, name, dept, salary, age):
        self.name = name
        self.dept = dept
        self.salary = salary
        self.age = age

    def __repr__(self):
        return f"{self.name}({self.dept}, {self.salary})"


staff = [
    Employee("Zoe", "eng", 120000, 31),
    Employee("adam", "ops", 90000, 45),
    Employee("Bob", "eng", 120000, 28),
    Employee("carol", "sales", 70000, 39),
    Employee("Dan", "ops", 95000, 25),
]
print(sorted(staff, key=lambda e: e.salary))
print(sorted(staff, key=lambda e: (-e.salary, e.name)))
print(sorted(staff, key=lambda e: e.name.lower(), reverse=True))
print(sorted(e.name for e in staff))
staff.sort(key=lambda e: e.age)
print([e.age for e in staff])
by_dept = {}
for e in sorted(staff, key=lambda e: e.dept):
    by_dept.setdefault(e.dept, []).append(e.name)
for dept, names in sorted(by_dept.items(), key=lambda kv: len(kv[1]), reverse=True):
    print(f"{dept:>6}: {', '.join(names)}")
nums = [5, -3, 2, -8, 7, 0]
print(sorted(nums, key=abs), sorted(nums, reverse=True), nums)
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), list(reversed([1, 2, 3])))
print(sorted("Hello World".split(), key=str.casefold))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
