import datetime
import itertools

events = [
    ("2024-03-01", "login"), ("2024-03-01", "view"), ("2024-03-02", "login"),
    ("2024-03-02", "buy"), ("2024-03-02", "logout"), ("2024-03-05", "login"),
]
for day, group in itertools.groupby(events, key=lambda e: e[0]):
    d = datetime.date.fromisoformat(day)
    print(d.strftime("%a %d %b"), [e[1] for e in group], d.weekday())
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.chain([1, 2], "ab", range(2))))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.product("ab", [0, 1])))
print(list(itertools.combinations("abcd", 2))[:4], len(list(itertools.permutations(range(4), 2))))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.repeat("x", 3)))
print(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.pairwise("abcd")))
start = datetime.datetime(2024, 1, 31, 22, 30)
for h in (0, 2, 26):
    t = start + datetime.timedelta(hours=h)
    print(t, t.isoformat(), t.strftime("%Y/%m/%d %H:%M"), t.date())
delta = datetime.datetime(2024, 3, 1) - datetime.datetime(2024, 2, 1, 12)
print(delta, delta.days, delta.total_seconds(), repr(delta))
print(datetime.date(2024, 2, 29) + datetime.timedelta(days=365), datetime.date(2023, 12, 25).isoformat())
print(repr(datetime.datetime(2024, 5, 6, 7, 8, 9)), datetime.timedelta(minutes=90) // datetime.timedelta(hours=1))
