def parse_record(line):
    fields = line.split(",")
    name, qty, price = fields
    return name.strip(), int(qty), float(price)


records = ["apple, 3, 0.5", "pear, 2, 0.75", "plum, x, 1.0"]
total = 0.0
for r in records:
    name, qty, price = parse_record(r)
    total += qty * price
    print(f"{name}: {qty} x {price} = {qty * price:.2f}")
print("total", total)
