package rt

import "testing"

// uuid against python3 (uuid4's deterministic stream is checked against
// random.Random(67890).randbytes in the e2e programs).
func TestUUIDModule(t *testing.T) {
	u := func(name string, args ...Value) Value { return Must(Call(StdAttr("uuid", name), args, nil)) }
	cases := []PyCase{
		{"import uuid\nu = uuid.UUID('12345678-1234-5678-1234-567812345678')\n(str(u), u, u.hex, u.int, u.version, u.variant, u.urn, u.bytes)", func() (Value, *Exc) {
			x := u("UUID", S("12345678-1234-5678-1234-567812345678"))
			g := func(n string) Value { return Must(GetAttr(x, n)) }
			return T(S(MustStr(ToStr(x))), x, g("hex"), g("int"), g("version"), g("variant"), g("urn"), g("bytes")), nil
		}},
		{"import uuid\n(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'http://x'))", func() (Value, *Exc) {
			return T(u("uuid5", StdAttr("uuid", "NAMESPACE_DNS"), S("python.org")), u("uuid3", StdAttr("uuid", "NAMESPACE_URL"), S("http://x"))), nil
		}},
		{"import uuid\n(uuid.UUID(bytes=b'\\x01' * 16), uuid.UUID(int=5) < uuid.UUID(int=6), uuid.UUID(int=5) == uuid.UUID(int=5))", func() (Value, *Exc) {
			a := Must(Call(StdAttr("uuid", "UUID"), []Value{Bytes([]byte("\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"))}, []string{"bytes"}))
			i5 := func() Value { return Must(Call(StdAttr("uuid", "UUID"), []Value{I(5)}, []string{"int"})) }
			i6 := Must(Call(StdAttr("uuid", "UUID"), []Value{I(6)}, []string{"int"}))
			return T(a, Must(Lt(i5(), i6)), Must(Eq(i5(), i5()))), nil
		}},
		{"import uuid\nuuid.UUID('xyz')", func() (Value, *Exc) { return Call(StdAttr("uuid", "UUID"), []Value{S("xyz")}, nil) }},
	}
	CheckCases(t, cases)
}
