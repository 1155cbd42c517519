package random

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// getstate/setstate against python3: the state tuple itself (hashed to
// keep the repr short), restoring it on the module and on instances, the
// cached gauss value, and the errors of bad states.
func TestRandomStateMatchesCPython(t *testing.T) {
	rnd := func(name string) rt.Value { return rttest.StdAttr("random", name) }
	call := func(f rt.Value, a ...rt.Value) rt.Value { return rttest.Must(rt.Call(f, a, nil)) }
	cases := []rttest.PyCase{
		{Py: "import random\nr = random.Random(7)\ns = r.getstate()\n(s[0], len(s[1]), s[1][0], s[1][1], s[1][623], s[1][624], s[2], hash(s[1]))", Fn: func() (rt.Value, *rt.Exc) {
			r := call(rnd("Random"), rttest.I(7))
			s := rttest.Must(rttest.Meth(r, "getstate"))
			in := rttest.Must(rt.GetItem(s, rttest.I(1)))
			g := func(i int64) rt.Value { return rttest.Must(rt.GetItem(in, rttest.I(i))) }
			return rttest.T(rttest.Must(rt.GetItem(s, rttest.I(0))), call(rttest.Bi("len"), in), g(0), g(1), g(623), g(624), rttest.Must(rt.GetItem(s, rttest.I(2))), call(rttest.Bi("hash"), in)), nil
		}},
		{Py: "import random\nrandom.seed(1)\nrandom.random()\ns = random.getstate()\na = [random.random(), random.getrandbits(70)]\nrandom.setstate(s)\n(a == [random.random(), random.getrandbits(70)], s[1][624])", Fn: func() (rt.Value, *rt.Exc) {
			call(rnd("seed"), rttest.I(1))
			call(rnd("random"))
			s := call(rnd("getstate"))
			a := rttest.L(call(rnd("random")), call(rnd("getrandbits"), rttest.I(70)))
			call(rnd("setstate"), s)
			b := rttest.L(call(rnd("random")), call(rnd("getrandbits"), rttest.I(70)))
			return rttest.T(rttest.Must(rt.Eq(a, b)), rttest.Must(rt.GetItem(rttest.Must(rt.GetItem(s, rttest.I(1))), rttest.I(624)))), nil
		}},
		{Py: "import random\nr = random.Random(3)\nr.gauss(0, 1)\ns = r.getstate()\nx = r.gauss(0, 1)\nr.setstate(s)\n(s[2], x == r.gauss(0, 1), r.getstate()[2])", Fn: func() (rt.Value, *rt.Exc) {
			r := call(rnd("Random"), rttest.I(3))
			call(rttest.Must(rt.GetAttr(r, "gauss")), rttest.I(0), rttest.I(1))
			s := rttest.Must(rttest.Meth(r, "getstate"))
			x := call(rttest.Must(rt.GetAttr(r, "gauss")), rttest.I(0), rttest.I(1))
			rttest.Must(rttest.Meth(r, "setstate", s))
			y := call(rttest.Must(rt.GetAttr(r, "gauss")), rttest.I(0), rttest.I(1))
			return rttest.T(rttest.Must(rt.GetItem(s, rttest.I(2))), rttest.Must(rt.Eq(x, y)), rttest.Must(rt.GetItem(rttest.Must(rttest.Meth(r, "getstate")), rttest.I(2)))), nil
		}},
		{Py: "import random\nr = random.Random(5)\nr2 = random.Random()\nr2.setstate(r.getstate())\n[r2.random() for _ in range(3)] == [r.random() for _ in range(3)]", Fn: func() (rt.Value, *rt.Exc) {
			r := call(rnd("Random"), rttest.I(5))
			r2 := call(rnd("Random"))
			rttest.Must(rttest.Meth(r2, "setstate", rttest.Must(rttest.Meth(r, "getstate"))))
			a := rttest.L(rttest.Must(rttest.Meth(r2, "random")), rttest.Must(rttest.Meth(r2, "random")), rttest.Must(rttest.Meth(r2, "random")))
			b := rttest.L(rttest.Must(rttest.Meth(r, "random")), rttest.Must(rttest.Meth(r, "random")), rttest.Must(rttest.Meth(r, "random")))
			return rt.Eq(a, b)
		}},
		{Py: "import random\nrandom.Random().setstate((4, (), None))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(call(rnd("Random")), "setstate", rttest.T(rttest.I(4), rttest.T(), rt.None))
		}},
		{Py: "import random\nrandom.Random().setstate((3, [0] * 625, None))", Fn: func() (rt.Value, *rt.Exc) {
			items := make([]rt.Value, 625)
			for i := range items {
				items[i] = rttest.I(0)
			}
			return rttest.Meth(call(rnd("Random")), "setstate", rttest.T(rttest.I(3), rttest.L(items...), rt.None))
		}},
		{Py: "import random\nrandom.Random().setstate((3, (1, 2), None))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(call(rnd("Random")), "setstate", rttest.T(rttest.I(3), rttest.T(rttest.I(1), rttest.I(2)), rt.None))
		}},
		{Py: "import random\nrandom.Random().setstate((3, (0,) * 624 + (625,), None))", Fn: func() (rt.Value, *rt.Exc) {
			items := make([]rt.Value, 625)
			for i := range items {
				items[i] = rttest.I(0)
			}
			items[624] = rttest.I(625)
			return rttest.Meth(call(rnd("Random")), "setstate", rttest.T(rttest.I(3), rttest.T(items...), rt.None))
		}},
		{Py: "import random\nrandom.Random().setstate((3, (-1,) * 625, None))", Fn: func() (rt.Value, *rt.Exc) {
			items := make([]rt.Value, 625)
			for i := range items {
				items[i] = rttest.I(-1)
			}
			return rttest.Meth(call(rnd("Random")), "setstate", rttest.T(rttest.I(3), rttest.T(items...), rt.None))
		}},
		{Py: "import random\nr = random.Random()\nr.setstate((2, (-1,) * 624 + (624,), None))\nr.getstate()[1][:2]", Fn: func() (rt.Value, *rt.Exc) {
			items := make([]rt.Value, 625)
			for i := range items {
				items[i] = rttest.I(-1)
			}
			items[624] = rttest.I(624)
			r := call(rnd("Random"))
			rttest.Must(rttest.Meth(r, "setstate", rttest.T(rttest.I(2), rttest.T(items...), rt.None)))
			return rt.GetItem(rttest.Must(rt.GetItem(rttest.Must(rttest.Meth(r, "getstate")), rttest.I(1))), rt.NewSlice(rt.Null, rttest.I(2), rt.Null))
		}},
	}
	rttest.CheckCases(t, cases)
}
