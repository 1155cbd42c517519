package rt

import "testing"

// The collections types built from Go, compared with python3 (the whole
// module is also checked end to end with transpiled programs).
func TestCollectionsModule(t *testing.T) {
	call := func(mod, name string, args ...Value) Value { return Must(Call(StdAttr(mod, name), args, nil)) }
	kw := func(mod, name string, pos []Value, names []string, vals ...Value) Value {
		return Must(Call(StdAttr(mod, name), append(pos, vals...), names))
	}
	cases := []PyCase{
		{"from collections import deque\nd = deque([1, 2, 3], maxlen=3)\nd.append(4)\nd.appendleft(0)\nd.rotate(2)\nr = repr(d)\n(r, d.popleft(), d, d.maxlen)", func() (Value, *Exc) {
			d := kw("collections", "deque", []Value{L(I(1), I(2), I(3))}, []string{"maxlen"}, I(3))
			Must(Meth(d, "append", I(4)))
			Must(Meth(d, "appendleft", I(0)))
			Must(Meth(d, "rotate", I(2)))
			r := ReprS(d)
			p := Must(Meth(d, "popleft"))
			return T(S(r), p, d, Must(GetAttr(d, "maxlen"))), nil
		}},
		{"from collections import deque\ndeque().popleft()", func() (Value, *Exc) { return Meth(call("collections", "deque"), "popleft") }},
		{"from collections import deque\ndeque([1])[5]", func() (Value, *Exc) { return GetItem(call("collections", "deque", L(I(1))), I(5)) }},
		{"from collections import deque\ndeque([1])['a']", func() (Value, *Exc) { return GetItem(call("collections", "deque", L(I(1))), S("a")) }},
		{"from collections import defaultdict\nd = defaultdict(list)\nd['a'].append(1)\nr = repr(d)\n(r, d['b'], len(d))", func() (Value, *Exc) {
			d := call("collections", "defaultdict", Bi("list"))
			Must(Meth(Must(GetItem(d, S("a"))), "append", I(1)))
			r := ReprS(d)
			b := Must(GetItem(d, S("b")))
			return T(S(r), b, I(int64(Must(CallB("len", d)).I))), nil
		}},
		{"from collections import defaultdict\ndefaultdict(3)", func() (Value, *Exc) { return Call(StdAttr("collections", "defaultdict"), []Value{I(3)}, nil) }},
		{"from collections import Counter\nc = Counter('mississippi')\n(c, c.most_common(2), c['x'], c.total())", func() (Value, *Exc) {
			c := call("collections", "Counter", S("mississippi"))
			return T(c, Must(Meth(c, "most_common", I(2))), Must(GetItem(c, S("x"))), Must(Meth(c, "total"))), nil
		}},
		{"from collections import Counter\n(Counter(), Counter(a=2, b=3) - Counter(b=1), Counter(a=1) + Counter(a=2))", func() (Value, *Exc) {
			a := kw("collections", "Counter", nil, []string{"a", "b"}, I(2), I(3))
			b := kw("collections", "Counter", nil, []string{"b"}, I(1))
			x := kw("collections", "Counter", nil, []string{"a"}, I(1))
			y := kw("collections", "Counter", nil, []string{"a"}, I(2))
			return T(call("collections", "Counter"), Must(Sub(a, b)), Must(Add(x, y))), nil
		}},
		{"from collections import OrderedDict\no = OrderedDict([(1, 2), (3, 4)])\no.move_to_end(1)\nr = repr(o)\n(r, o.popitem(last=False))", func() (Value, *Exc) {
			o := call("collections", "OrderedDict", L(T(I(1), I(2)), T(I(3), I(4))))
			Must(Meth(o, "move_to_end", I(1)))
			r := ReprS(o)
			return T(S(r), Must(CallKw(Must(GetAttr(o, "popitem")), nil, map[string]Value{"last": False}, "last"))), nil
		}},
		{"from collections import namedtuple\nP = namedtuple('P', 'x y', defaults=[5])\n(P(1), P(1, 2)._replace(y=3), P(1)._asdict())", func() (Value, *Exc) {
			p := kw("collections", "namedtuple", []Value{S("P"), S("x y")}, []string{"defaults"}, L(I(5)))
			a := Must(Call(p, []Value{I(1)}, nil))
			b := Must(CallKw(Must(GetAttr(Must(Call(p, []Value{I(1), I(2)}, nil)), "_replace")), nil, map[string]Value{"y": I(3)}, "y"))
			return T(a, b, Must(Meth(a, "_asdict"))), nil
		}},
		{"from collections import namedtuple\nnamedtuple('P', 'x x')", func() (Value, *Exc) {
			return Call(StdAttr("collections", "namedtuple"), []Value{S("P"), S("x x")}, nil)
		}},
	}
	CheckCases(t, cases)
}
