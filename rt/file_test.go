package rt_test

import (
	"path/filepath"
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

func TestOpenVsCPython(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.txt")
	pv := rttest.S(p)
	cases := []rttest.PyCase{
		{Py: "(lambda f: (f.write('a\\r\\nb\\n'), f.close()))(open(" + repr(p) + ", 'w'))", Fn: func() (rt.Value, *rt.Exc) {
			f := rttest.Must(rttest.CallB("open", pv, rttest.S("w")))
			return rttest.T(rttest.Must(rttest.Meth(f, "write", rttest.S("a\r\nb\n"))), rttest.Must(rttest.Meth(f, "close"))), nil
		}},
		{Py: "(lambda f: (f.readlines(), f.read()))(open(" + repr(p) + "))", Fn: func() (rt.Value, *rt.Exc) {
			f := rttest.Must(rttest.CallB("open", pv))
			return rttest.T(rttest.Must(rttest.Meth(f, "readlines")), rttest.Must(rttest.Meth(f, "read"))), nil
		}},
		{Py: "open(" + repr(p) + ", 'rb').read()", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(rttest.Must(rttest.CallB("open", pv, rttest.S("rb"))), "read")
		}},
		{Py: "open(" + repr(p+"x") + ")", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("open", rttest.S(p+"x")) }},
		{Py: "open(" + repr(p) + ", 'q')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("open", pv, rttest.S("q")) }},
	}
	rttest.CheckCases(t, cases)
}

func repr(s string) string { r, _ := rt.ToRepr(rt.Str(s)); return r }
