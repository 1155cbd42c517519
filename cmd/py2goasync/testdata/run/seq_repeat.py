# seq * n past the host's memory or Py_ssize_t: CPython raises before
# allocating anything; an empty sequence stays empty.
def t(label, f):
    try:
        r = f()
        print(label, "ok", len(r))
    except Exception as e:
        print(label, type(e).__name__, repr(e))

t("bytes", lambda: b'x' * 10**13)
t("str", lambda: 'x' * 10**13)
t("list", lambda: [1] * 10**13)
t("tuple", lambda: (1,) * 10**13)
t("bytearray", lambda: bytearray(b'x') * 10**13)
t("str overflow", lambda: 'ab' * (2**62))
t("bytes overflow", lambda: b'ab' * (2**62))
t("list overflow", lambda: [1, 2] * (2**62))
t("empty str", lambda: '' * 10**13)
t("empty list", lambda: [] * 10**13)
t("empty tuple", lambda: () * 10**13)
t("negative", lambda: 'x' * -5)
x = [1]
try:
    x *= 10**13
except MemoryError as e:
    print("imul", repr(e), len(x))
