package rt

import (
	"path/filepath"
	"testing"
)

func TestOpenVsCPython(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.txt")
	pv := S(p)
	cases := []PyCase{
		{"(lambda f: (f.write('a\\r\\nb\\n'), f.close()))(open(" + repr(p) + ", 'w'))", func() (Value, *Exc) {
			f := Must(CallB("open", pv, S("w")))
			return T(Must(Meth(f, "write", S("a\r\nb\n"))), Must(Meth(f, "close"))), nil
		}},
		{"(lambda f: (f.readlines(), f.read()))(open(" + repr(p) + "))", func() (Value, *Exc) {
			f := Must(CallB("open", pv))
			return T(Must(Meth(f, "readlines")), Must(Meth(f, "read"))), nil
		}},
		{"open(" + repr(p) + ", 'rb').read()", func() (Value, *Exc) { return Meth(Must(CallB("open", pv, S("rb"))), "read") }},
		{"open(" + repr(p+"x") + ")", func() (Value, *Exc) { return CallB("open", S(p+"x")) }},
		{"open(" + repr(p) + ", 'q')", func() (Value, *Exc) { return CallB("open", pv, S("q")) }},
	}
	CheckCases(t, cases)
}

func repr(s string) string { r, _ := ToRepr(Str(s)); return r }
