package rt

import (
	"path/filepath"
	"testing"
)

func TestOpenVsCPython(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.txt")
	pv := S(p)
	cases := []pyCase{
		{"(lambda f: (f.write('a\\r\\nb\\n'), f.close()))(open(" + repr(p) + ", 'w'))", func() (Value, *Exc) {
			f := must(callB("open", pv, S("w")))
			return T(must(meth(f, "write", S("a\r\nb\n"))), must(meth(f, "close"))), nil
		}},
		{"(lambda f: (f.readlines(), f.read()))(open(" + repr(p) + "))", func() (Value, *Exc) {
			f := must(callB("open", pv))
			return T(must(meth(f, "readlines")), must(meth(f, "read"))), nil
		}},
		{"open(" + repr(p) + ", 'rb').read()", func() (Value, *Exc) { return meth(must(callB("open", pv, S("rb"))), "read") }},
		{"open(" + repr(p+"x") + ")", func() (Value, *Exc) { return callB("open", S(p+"x")) }},
		{"open(" + repr(p) + ", 'q')", func() (Value, *Exc) { return callB("open", pv, S("q")) }},
	}
	checkCases(t, cases)
}

func repr(s string) string { r, _ := ToRepr(Str(s)); return r }
