package rt

import "testing"

// getstate/setstate against python3: the state tuple itself (hashed to
// keep the repr short), restoring it on the module and on instances, the
// cached gauss value, and the errors of bad states.
func TestRandomStateMatchesCPython(t *testing.T) {
	rnd := func(name string) Value { return StdAttr("random", name) }
	call := func(f Value, a ...Value) Value { return Must(Call(f, a, nil)) }
	cases := []PyCase{
		{"import random\nr = random.Random(7)\ns = r.getstate()\n(s[0], len(s[1]), s[1][0], s[1][1], s[1][623], s[1][624], s[2], hash(s[1]))", func() (Value, *Exc) {
			r := call(rnd("Random"), I(7))
			s := Must(Meth(r, "getstate"))
			in := Must(GetItem(s, I(1)))
			g := func(i int64) Value { return Must(GetItem(in, I(i))) }
			return T(Must(GetItem(s, I(0))), call(Bi("len"), in), g(0), g(1), g(623), g(624), Must(GetItem(s, I(2))), call(Bi("hash"), in)), nil
		}},
		{"import random\nrandom.seed(1)\nrandom.random()\ns = random.getstate()\na = [random.random(), random.getrandbits(70)]\nrandom.setstate(s)\n(a == [random.random(), random.getrandbits(70)], s[1][624])", func() (Value, *Exc) {
			call(rnd("seed"), I(1))
			call(rnd("random"))
			s := call(rnd("getstate"))
			a := L(call(rnd("random")), call(rnd("getrandbits"), I(70)))
			call(rnd("setstate"), s)
			b := L(call(rnd("random")), call(rnd("getrandbits"), I(70)))
			return T(Must(Eq(a, b)), Must(GetItem(Must(GetItem(s, I(1))), I(624)))), nil
		}},
		{"import random\nr = random.Random(3)\nr.gauss(0, 1)\ns = r.getstate()\nx = r.gauss(0, 1)\nr.setstate(s)\n(s[2], x == r.gauss(0, 1), r.getstate()[2])", func() (Value, *Exc) {
			r := call(rnd("Random"), I(3))
			call(Must(GetAttr(r, "gauss")), I(0), I(1))
			s := Must(Meth(r, "getstate"))
			x := call(Must(GetAttr(r, "gauss")), I(0), I(1))
			Must(Meth(r, "setstate", s))
			y := call(Must(GetAttr(r, "gauss")), I(0), I(1))
			return T(Must(GetItem(s, I(2))), Must(Eq(x, y)), Must(GetItem(Must(Meth(r, "getstate")), I(2)))), nil
		}},
		{"import random\nr = random.Random(5)\nr2 = random.Random()\nr2.setstate(r.getstate())\n[r2.random() for _ in range(3)] == [r.random() for _ in range(3)]", func() (Value, *Exc) {
			r := call(rnd("Random"), I(5))
			r2 := call(rnd("Random"))
			Must(Meth(r2, "setstate", Must(Meth(r, "getstate"))))
			a := L(Must(Meth(r2, "random")), Must(Meth(r2, "random")), Must(Meth(r2, "random")))
			b := L(Must(Meth(r, "random")), Must(Meth(r, "random")), Must(Meth(r, "random")))
			return Eq(a, b)
		}},
		{"import random\nrandom.Random().setstate((4, (), None))", func() (Value, *Exc) {
			return Meth(call(rnd("Random")), "setstate", T(I(4), T(), None))
		}},
		{"import random\nrandom.Random().setstate((3, [0] * 625, None))", func() (Value, *Exc) {
			items := make([]Value, 625)
			for i := range items {
				items[i] = I(0)
			}
			return Meth(call(rnd("Random")), "setstate", T(I(3), L(items...), None))
		}},
		{"import random\nrandom.Random().setstate((3, (1, 2), None))", func() (Value, *Exc) {
			return Meth(call(rnd("Random")), "setstate", T(I(3), T(I(1), I(2)), None))
		}},
		{"import random\nrandom.Random().setstate((3, (0,) * 624 + (625,), None))", func() (Value, *Exc) {
			items := make([]Value, 625)
			for i := range items {
				items[i] = I(0)
			}
			items[624] = I(625)
			return Meth(call(rnd("Random")), "setstate", T(I(3), T(items...), None))
		}},
		{"import random\nrandom.Random().setstate((3, (-1,) * 625, None))", func() (Value, *Exc) {
			items := make([]Value, 625)
			for i := range items {
				items[i] = I(-1)
			}
			return Meth(call(rnd("Random")), "setstate", T(I(3), T(items...), None))
		}},
		{"import random\nr = random.Random()\nr.setstate((2, (-1,) * 624 + (624,), None))\nr.getstate()[1][:2]", func() (Value, *Exc) {
			items := make([]Value, 625)
			for i := range items {
				items[i] = I(-1)
			}
			items[624] = I(624)
			r := call(rnd("Random"))
			Must(Meth(r, "setstate", T(I(2), T(items...), None)))
			return GetItem(Must(GetItem(Must(Meth(r, "getstate")), I(1))), NewSlice(Null, I(2), Null))
		}},
	}
	CheckCases(t, cases)
}
