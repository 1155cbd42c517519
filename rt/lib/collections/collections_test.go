package collections

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// The collections types built from Go, compared with python3 (the whole
// module is also checked end to end with transpiled programs).
func TestCollectionsModule(t *testing.T) {
	call := func(mod, name string, args ...rt.Value) rt.Value {
		return rttest.Must(rt.Call(rttest.StdAttr(mod, name), args, nil))
	}
	kw := func(mod, name string, pos []rt.Value, names []string, vals ...rt.Value) rt.Value {
		return rttest.Must(rt.Call(rttest.StdAttr(mod, name), append(pos, vals...), names))
	}
	cases := []rttest.PyCase{
		{Py: "from collections import deque\nd = deque([1, 2, 3], maxlen=3)\nd.append(4)\nd.appendleft(0)\nd.rotate(2)\nr = repr(d)\n(r, d.popleft(), d, d.maxlen)", Fn: func() (rt.Value, *rt.Exc) {
			d := kw("collections", "deque", []rt.Value{rttest.L(rttest.I(1), rttest.I(2), rttest.I(3))}, []string{"maxlen"}, rttest.I(3))
			rttest.Must(rttest.Meth(d, "append", rttest.I(4)))
			rttest.Must(rttest.Meth(d, "appendleft", rttest.I(0)))
			rttest.Must(rttest.Meth(d, "rotate", rttest.I(2)))
			r := rttest.ReprS(d)
			p := rttest.Must(rttest.Meth(d, "popleft"))
			return rttest.T(rttest.S(r), p, d, rttest.Must(rt.GetAttr(d, "maxlen"))), nil
		}},
		{Py: "from collections import deque\ndeque().popleft()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(call("collections", "deque"), "popleft") }},
		{Py: "from collections import deque\ndeque([1])[5]", Fn: func() (rt.Value, *rt.Exc) {
			return rt.GetItem(call("collections", "deque", rttest.L(rttest.I(1))), rttest.I(5))
		}},
		{Py: "from collections import deque\ndeque([1])['a']", Fn: func() (rt.Value, *rt.Exc) {
			return rt.GetItem(call("collections", "deque", rttest.L(rttest.I(1))), rttest.S("a"))
		}},
		{Py: "from collections import defaultdict\nd = defaultdict(list)\nd['a'].append(1)\nr = repr(d)\n(r, d['b'], len(d))", Fn: func() (rt.Value, *rt.Exc) {
			d := call("collections", "defaultdict", rttest.Bi("list"))
			rttest.Must(rttest.Meth(rttest.Must(rt.GetItem(d, rttest.S("a"))), "append", rttest.I(1)))
			r := rttest.ReprS(d)
			b := rttest.Must(rt.GetItem(d, rttest.S("b")))
			return rttest.T(rttest.S(r), b, rttest.I(int64(rttest.Must(rttest.CallB("len", d)).I))), nil
		}},
		{Py: "from collections import defaultdict\ndefaultdict(3)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.StdAttr("collections", "defaultdict"), []rt.Value{rttest.I(3)}, nil)
		}},
		{Py: "from collections import Counter\nc = Counter('mississippi')\n(c, c.most_common(2), c['x'], c.total())", Fn: func() (rt.Value, *rt.Exc) {
			c := call("collections", "Counter", rttest.S("mississippi"))
			return rttest.T(c, rttest.Must(rttest.Meth(c, "most_common", rttest.I(2))), rttest.Must(rt.GetItem(c, rttest.S("x"))), rttest.Must(rttest.Meth(c, "total"))), nil
		}},
		{Py: "from collections import Counter\n(Counter(), Counter(a=2, b=3) - Counter(b=1), Counter(a=1) + Counter(a=2))", Fn: func() (rt.Value, *rt.Exc) {
			a := kw("collections", "Counter", nil, []string{"a", "b"}, rttest.I(2), rttest.I(3))
			b := kw("collections", "Counter", nil, []string{"b"}, rttest.I(1))
			x := kw("collections", "Counter", nil, []string{"a"}, rttest.I(1))
			y := kw("collections", "Counter", nil, []string{"a"}, rttest.I(2))
			return rttest.T(call("collections", "Counter"), rttest.Must(rt.Sub(a, b)), rttest.Must(rt.Add(x, y))), nil
		}},
		{Py: "from collections import OrderedDict\no = OrderedDict([(1, 2), (3, 4)])\no.move_to_end(1)\nr = repr(o)\n(r, o.popitem(last=False))", Fn: func() (rt.Value, *rt.Exc) {
			o := call("collections", "OrderedDict", rttest.L(rttest.T(rttest.I(1), rttest.I(2)), rttest.T(rttest.I(3), rttest.I(4))))
			rttest.Must(rttest.Meth(o, "move_to_end", rttest.I(1)))
			r := rttest.ReprS(o)
			return rttest.T(rttest.S(r), rttest.Must(rttest.CallKw(rttest.Must(rt.GetAttr(o, "popitem")), nil, map[string]rt.Value{"last": rt.False}, "last"))), nil
		}},
		{Py: "from collections import namedtuple\nP = namedtuple('P', 'x y', defaults=[5])\n(P(1), P(1, 2)._replace(y=3), P(1)._asdict())", Fn: func() (rt.Value, *rt.Exc) {
			p := kw("collections", "namedtuple", []rt.Value{rttest.S("P"), rttest.S("x y")}, []string{"defaults"}, rttest.L(rttest.I(5)))
			a := rttest.Must(rt.Call(p, []rt.Value{rttest.I(1)}, nil))
			b := rttest.Must(rttest.CallKw(rttest.Must(rt.GetAttr(rttest.Must(rt.Call(p, []rt.Value{rttest.I(1), rttest.I(2)}, nil)), "_replace")), nil, map[string]rt.Value{"y": rttest.I(3)}, "y"))
			return rttest.T(a, b, rttest.Must(rttest.Meth(a, "_asdict"))), nil
		}},
		{Py: "from collections import namedtuple\nnamedtuple('P', 'x x')", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.StdAttr("collections", "namedtuple"), []rt.Value{rttest.S("P"), rttest.S("x x")}, nil)
		}},
	}
	rttest.CheckCases(t, cases)
}
