text = "naïve café ☕"
data = text.encode("utf-8")
print(data, len(text), len(data))
print(data.decode("utf-8") == text, data[:5], data[0], list(data[-3:]))
print(b"abc".hex(), bytes.fromhex("48656c6c6f"), bytes([72, 105]), bytearray(b"xy"))
print(text.encode("ascii", errors="replace"), text.encode("latin-1", errors="ignore"))
try:
    data.decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start)
n = 1000
print(n.bit_length(), n.to_bytes(4, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(int("ff", 16), int("0b101", 0), int("777", 8), bin(-5), oct(64), hex(255), f"{255:08b}")
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5, divmod(-17, 5), abs(-17), pow(-2, 3))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, -16 >> 2, True + True, 3 * False)
print(ord("€"), chr(9731), "%c" % 65, "é".upper(), "ß".upper(), "straße".casefold())
print(sorted("bca"), "abc" < "abd", "Z" < "a", [1, 2] < [1, 3], (1, "a") < (1, "b"))
