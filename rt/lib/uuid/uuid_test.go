package uuid

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// uuid against python3 (uuid4's deterministic stream is checked against
// random.Random(67890).randbytes in the e2e programs).
func TestUUIDModule(t *testing.T) {
	u := func(name string, args ...rt.Value) rt.Value {
		return rttest.Must(rt.Call(rttest.StdAttr("uuid", name), args, nil))
	}
	cases := []rttest.PyCase{
		{Py: "import uuid\nu = uuid.UUID('12345678-1234-5678-1234-567812345678')\n(str(u), u, u.hex, u.int, u.version, u.variant, u.urn, u.bytes)", Fn: func() (rt.Value, *rt.Exc) {
			x := u("UUID", rttest.S("12345678-1234-5678-1234-567812345678"))
			g := func(n string) rt.Value { return rttest.Must(rt.GetAttr(x, n)) }
			return rttest.T(rttest.S(rttest.MustStr(rt.ToStr(x))), x, g("hex"), g("int"), g("version"), g("variant"), g("urn"), g("bytes")), nil
		}},
		{Py: "import uuid\n(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'http://x'))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(u("uuid5", rttest.StdAttr("uuid", "NAMESPACE_DNS"), rttest.S("python.org")), u("uuid3", rttest.StdAttr("uuid", "NAMESPACE_URL"), rttest.S("http://x"))), nil
		}},
		{Py: "import uuid\n(uuid.UUID(bytes=b'\\x01' * 16), uuid.UUID(int=5) < uuid.UUID(int=6), uuid.UUID(int=5) == uuid.UUID(int=5))", Fn: func() (rt.Value, *rt.Exc) {
			a := rttest.Must(rt.Call(rttest.StdAttr("uuid", "UUID"), []rt.Value{rt.Bytes([]byte("\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"))}, []string{"bytes"}))
			i5 := func() rt.Value {
				return rttest.Must(rt.Call(rttest.StdAttr("uuid", "UUID"), []rt.Value{rttest.I(5)}, []string{"int"}))
			}
			i6 := rttest.Must(rt.Call(rttest.StdAttr("uuid", "UUID"), []rt.Value{rttest.I(6)}, []string{"int"}))
			return rttest.T(a, rttest.Must(rt.Lt(i5(), i6)), rttest.Must(rt.Eq(i5(), i5()))), nil
		}},
		{Py: "import uuid\nuuid.UUID('xyz')", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.StdAttr("uuid", "UUID"), []rt.Value{rttest.S("xyz")}, nil)
		}},
	}
	rttest.CheckCases(t, cases)
}
