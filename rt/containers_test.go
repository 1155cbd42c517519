package rt_test

import (
	"math"
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

func rangeV(a ...int64) rt.Value {
	args := make([]rt.Value, len(a))
	for i, x := range a {
		args[i] = rttest.I(x)
	}
	return rttest.Must(rttest.CallB("range", args...))
}

func TestContainersVsCPython(t *testing.T) {
	cases := []rttest.PyCase{
		{Py: "(1,), (), (1, 2), [], [1, [2, (3,)]], {}, {'a': 1}, set(), {1, 2}", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.T(rttest.I(1)), rttest.T(), rttest.T(rttest.I(1), rttest.I(2)), rttest.L(), rttest.L(rttest.I(1), rttest.L(rttest.I(2), rttest.T(rttest.I(3)))), rttest.D(), rttest.D(rttest.S("a"), rttest.I(1)), rttest.Must(rttest.CallB("set")), rttest.St(rttest.I(1), rttest.I(2))), nil
		}},
		{Py: "{3, 1, 2}", Fn: func() (rt.Value, *rt.Exc) { return rttest.St(rttest.I(3), rttest.I(1), rttest.I(2)), nil }},
		{Py: "{10, 100, 1000, 5, 8, 16, 33, 64, -1, -5}", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.St(rttest.I(10), rttest.I(100), rttest.I(1000), rttest.I(5), rttest.I(8), rttest.I(16), rttest.I(33), rttest.I(64), rttest.I(-1), rttest.I(-5)), nil
		}},
		{Py: "set(range(20, 0, -3))", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("set", rangeV(20, 0, -3)) }},
		{Py: "{'apple', 'banana', 'cherry', 'date'}", Fn: func() (rt.Value, *rt.Exc) {
			return rt.NewSetConst(rttest.S("apple"), rttest.S("banana"), rttest.S("cherry"), rttest.S("date"))
		}},
		{Py: "(lambda s: [s.add(w) for w in ['apple', 'banana', 'cherry', 'date']] and s)(set())", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.St(rttest.S("apple"), rttest.S("banana"), rttest.S("cherry"), rttest.S("date")), nil
		}},
		{Py: "(lambda s: (s.discard(2), s.add(10), s)[-1])({1, 2, 3})", Fn: func() (rt.Value, *rt.Exc) {
			s := rttest.St(rttest.I(1), rttest.I(2), rttest.I(3))
			rttest.Must(rttest.Meth(s, "discard", rttest.I(2)))
			rttest.Must(rttest.Meth(s, "add", rttest.I(10)))
			return s, nil
		}},
		{Py: "{1.5, 2, 'x', (1, 2), True}", Fn: func() (rt.Value, *rt.Exc) {
			return rt.NewSetConst(rttest.F(1.5), rttest.I(2), rttest.S("x"), rttest.T(rttest.I(1), rttest.I(2)), rt.True)
		}},
		{Py: "set([1, 2, 3, 100, 1000]) - {2}", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Sub(rttest.Must(rttest.CallB("set", rttest.L(rttest.I(1), rttest.I(2), rttest.I(3), rttest.I(100), rttest.I(1000)))), rttest.St(rttest.I(2)))
		}},
		{Py: "{1, 2, 3} | {30, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} ^ {3, 4, 50}", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.Or(rttest.St(rttest.I(1), rttest.I(2), rttest.I(3)), rttest.St(rttest.I(30), rttest.I(4)))), rttest.Must(rt.And(rttest.St(rttest.I(1), rttest.I(2), rttest.I(3)), rttest.St(rttest.I(2), rttest.I(3), rttest.I(4)))), rttest.Must(rt.Xor(rttest.St(rttest.I(1), rttest.I(2), rttest.I(3)), rttest.St(rttest.I(3), rttest.I(4), rttest.I(50))))), nil
		}},
		{Py: "(lambda s: (s.discard(5), s.add(13), s.add(21), s)[-1])(set(range(10)))", Fn: func() (rt.Value, *rt.Exc) {
			s := rttest.Must(rttest.CallB("set", rangeV(10)))
			rttest.Must(rttest.Meth(s, "discard", rttest.I(5)))
			rttest.Must(rttest.Meth(s, "add", rttest.I(13)))
			rttest.Must(rttest.Meth(s, "add", rttest.I(21)))
			return s, nil
		}},
		{Py: "(lambda s: ([s.pop() for _ in range(3)], s))({5, 3, 9, 100})", Fn: func() (rt.Value, *rt.Exc) {
			s := rttest.St(rttest.I(5), rttest.I(3), rttest.I(9), rttest.I(100))
			a := rttest.Must(rttest.Meth(s, "pop"))
			b := rttest.Must(rttest.Meth(s, "pop"))
			c := rttest.Must(rttest.Meth(s, "pop"))
			return rttest.T(rttest.L(a, b, c), s), nil
		}},
		{Py: "{1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1}, frozenset({1}) == {1}", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.Eq(rttest.St(rttest.I(1), rttest.I(2)), rttest.St(rttest.I(2), rttest.I(1)))), rttest.Must(rt.Lt(rttest.St(rttest.I(1)), rttest.St(rttest.I(1), rttest.I(2)))), rttest.Must(rt.Le(rttest.St(rttest.I(1), rttest.I(2)), rttest.St(rttest.I(1)))), rttest.Must(rt.Eq(rttest.Must(rttest.CallB("frozenset", rttest.L(rttest.I(1)))), rttest.St(rttest.I(1))))), nil
		}},
		{Py: "b'x' * 10**13", Fn: func() (rt.Value, *rt.Exc) { return rt.Mul(rt.Bytes([]byte("x")), rttest.I(1e13)) }},
		{Py: "'ab' * 2**62", Fn: func() (rt.Value, *rt.Exc) { return rt.Mul(rttest.S("ab"), rttest.I(1<<62)) }},
		{Py: "b'ab' * 2**62", Fn: func() (rt.Value, *rt.Exc) { return rt.Mul(rt.Bytes([]byte("ab")), rttest.I(1<<62)) }},
		{Py: "[1, 2] * 2**62", Fn: func() (rt.Value, *rt.Exc) { return rt.Mul(rttest.L(rttest.I(1), rttest.I(2)), rttest.I(1<<62)) }},
		{Py: "(1,) * 10**13", Fn: func() (rt.Value, *rt.Exc) { return rt.Mul(rttest.T(rttest.I(1)), rttest.I(1e13)) }},
		{Py: "'' * 10**13, [] * 10**13, () * 10**13, b'' * 10**13", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.Mul(rttest.S(""), rttest.I(1e13))), rttest.Must(rt.Mul(rttest.L(), rttest.I(1e13))),
				rttest.Must(rt.Mul(rttest.T(), rttest.I(1e13))), rttest.Must(rt.Mul(rt.Bytes(nil), rttest.I(1e13)))), nil
		}},
		{Py: "frozenset().issubset()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.Must(rttest.CallB("frozenset")), "issubset") }},
		{Py: "frozenset().isdisjoint(1, 2)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(rttest.Must(rttest.CallB("frozenset")), "isdisjoint", rttest.I(1), rttest.I(2))
		}},
		{Py: "set().issuperset()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.Must(rttest.CallB("set")), "issuperset") }},
		{Py: "frozenset([3, 1]), frozenset()", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("frozenset", rttest.L(rttest.I(3), rttest.I(1)))), rttest.Must(rttest.CallB("frozenset"))), nil
		}},
		{Py: "{[1]}", Fn: func() (rt.Value, *rt.Exc) { return rt.NewSet(rttest.L(rttest.I(1))) }},
		{Py: "{1: 2}[3]", Fn: func() (rt.Value, *rt.Exc) { return rt.GetItem(rttest.D(rttest.I(1), rttest.I(2)), rttest.I(3)) }},
		{Py: "{1: 2}['k']", Fn: func() (rt.Value, *rt.Exc) { return rt.GetItem(rttest.D(rttest.I(1), rttest.I(2)), rttest.S("k")) }},
		{Py: "{(1, 2): 'a'}[(1, 2)], {1: 'x'}[1.0], {True: 'y'}[1]", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.GetItem(rttest.D(rttest.T(rttest.I(1), rttest.I(2)), rttest.S("a")), rttest.T(rttest.I(1), rttest.I(2)))), rttest.Must(rt.GetItem(rttest.D(rttest.I(1), rttest.S("x")), rttest.F(1))), rttest.Must(rt.GetItem(rttest.D(rt.True, rttest.S("y")), rttest.I(1)))), nil
		}},
		{Py: "(lambda d: (d.update(b=2), d.setdefault('c', 3), d.pop('a'), d))({'a': 1})", Fn: func() (rt.Value, *rt.Exc) {
			d := rttest.D(rttest.S("a"), rttest.I(1))
			u := rttest.Must(rt.CallMethod(d, "update", []rt.Value{rttest.I(2)}, []string{"b"}))
			sd := rttest.Must(rttest.Meth(d, "setdefault", rttest.S("c"), rttest.I(3)))
			p := rttest.Must(rttest.Meth(d, "pop", rttest.S("a")))
			return rttest.T(u, sd, p, d), nil
		}},
		{Py: "(lambda d: (list(d.keys()), list(d.values()), list(d.items()), d.get('z'), d.get('z', 0)))({'x': 1, 'y': 2})", Fn: func() (rt.Value, *rt.Exc) {
			d := rttest.D(rttest.S("x"), rttest.I(1), rttest.S("y"), rttest.I(2))
			return rttest.T(rttest.Must(rttest.CallB("list", rttest.Must(rttest.Meth(d, "keys")))), rttest.Must(rttest.CallB("list", rttest.Must(rttest.Meth(d, "values")))), rttest.Must(rttest.CallB("list", rttest.Must(rttest.Meth(d, "items")))), rttest.Must(rttest.Meth(d, "get", rttest.S("z"))), rttest.Must(rttest.Meth(d, "get", rttest.S("z"), rttest.I(0)))), nil
		}},
		{Py: "{'x': 1, 'y': 2}.keys(), {'x': 1}.items(), {'x': 1}.values()", Fn: func() (rt.Value, *rt.Exc) {
			d := rttest.D(rttest.S("x"), rttest.I(1), rttest.S("y"), rttest.I(2))
			d1 := rttest.D(rttest.S("x"), rttest.I(1))
			return rttest.T(rttest.Must(rttest.Meth(d, "keys")), rttest.Must(rttest.Meth(d1, "items")), rttest.Must(rttest.Meth(d1, "values"))), nil
		}},
		{Py: "(lambda d: (d.__setitem__('a', 9), d.__delitem__('b'), d.__setitem__('b', 0), d))({'a': 1, 'b': 2, 'c': 3})", Fn: func() (rt.Value, *rt.Exc) {
			d := rttest.D(rttest.S("a"), rttest.I(1), rttest.S("b"), rttest.I(2), rttest.S("c"), rttest.I(3))
			rttest.Must(rt.None, rt.SetItem(d, rttest.S("a"), rttest.I(9)))
			rttest.Must(rt.None, rt.DelItem(d, rttest.S("b")))
			rttest.Must(rt.None, rt.SetItem(d, rttest.S("b"), rttest.I(0)))
			return rttest.T(rt.None, rt.None, rt.None, d), nil
		}},
		{Py: "dict(a=1, b=2), dict([('x', 1)]), dict({'k': 'v'}, z=0)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallKw(rttest.Bi("dict"), nil, map[string]rt.Value{"a": rttest.I(1), "b": rttest.I(2)}, "a", "b")), rttest.Must(rttest.CallB("dict", rttest.L(rttest.T(rttest.S("x"), rttest.I(1))))), rttest.Must(rttest.CallKw(rttest.Bi("dict"), []rt.Value{rttest.D(rttest.S("k"), rttest.S("v"))}, map[string]rt.Value{"z": rttest.I(0)}, "z"))), nil
		}},
		{Py: "dict([1])", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("dict", rttest.L(rttest.I(1))) }},
		{Py: "dict([(1, 2, 3)])", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.CallB("dict", rttest.L(rttest.T(rttest.I(1), rttest.I(2), rttest.I(3))))
		}},
		{Py: "{'a': 1} | {'b': 2}, {'a': 1} == {'a': 1.0}", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.Or(rttest.D(rttest.S("a"), rttest.I(1)), rttest.D(rttest.S("b"), rttest.I(2)))), rttest.Must(rt.Eq(rttest.D(rttest.S("a"), rttest.I(1)), rttest.D(rttest.S("a"), rttest.F(1))))), nil
		}},
		{Py: "dict.fromkeys('ab', 0)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.CallMethod(rt.Obj(rt.DictType), "fromkeys", []rt.Value{rttest.S("ab"), rttest.I(0)}, nil)
		}},
		{Py: "{}.popitem()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.D(), "popitem") }},
		{Py: "[1, 2, 3][5]", Fn: func() (rt.Value, *rt.Exc) {
			return rt.GetItem(rttest.L(rttest.I(1), rttest.I(2), rttest.I(3)), rttest.I(5))
		}},
		{Py: "(1, 2)[5]", Fn: func() (rt.Value, *rt.Exc) { return rt.GetItem(rttest.T(rttest.I(1), rttest.I(2)), rttest.I(5)) }},
		{Py: "[1]['a']", Fn: func() (rt.Value, *rt.Exc) { return rt.GetItem(rttest.L(rttest.I(1)), rttest.S("a")) }},
		{Py: "(lambda l: (l.__setitem__(9, 1)))([1])", Fn: func() (rt.Value, *rt.Exc) {
			return rt.None, rt.SetItem(rttest.L(rttest.I(1)), rttest.I(9), rttest.I(1))
		}},
		{Py: "[1, 2, 3, 4, 5][::2], [1, 2, 3][-2:], [1, 2, 3][10:], (1, 2, 3)[::-1]", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.GetItem(rttest.L(rttest.I(1), rttest.I(2), rttest.I(3), rttest.I(4), rttest.I(5)), rt.NewSlice(rt.Null, rt.Null, rttest.I(2)))), rttest.Must(rt.GetItem(rttest.L(rttest.I(1), rttest.I(2), rttest.I(3)), rt.NewSlice(rttest.I(-2), rt.Null, rt.Null))), rttest.Must(rt.GetItem(rttest.L(rttest.I(1), rttest.I(2), rttest.I(3)), rt.NewSlice(rttest.I(10), rt.Null, rt.Null))), rttest.Must(rt.GetItem(rttest.T(rttest.I(1), rttest.I(2), rttest.I(3)), rt.NewSlice(rt.Null, rt.Null, rttest.I(-1))))), nil
		}},
		{Py: "[1, 2][::0]", Fn: func() (rt.Value, *rt.Exc) {
			return rt.GetItem(rttest.L(rttest.I(1), rttest.I(2)), rt.NewSlice(rt.Null, rt.Null, rttest.I(0)))
		}},
		{Py: "(lambda l: (l.__setitem__(slice(1, 3), ['a']), l))([1, 2, 3, 4])", Fn: func() (rt.Value, *rt.Exc) {
			l := rttest.L(rttest.I(1), rttest.I(2), rttest.I(3), rttest.I(4))
			rttest.Must(rt.None, rt.SetItem(l, rt.NewSlice(rttest.I(1), rttest.I(3), rt.Null), rttest.L(rttest.S("a"))))
			return rttest.T(rt.None, l), nil
		}},
		{Py: "(lambda l: (l.__delitem__(slice(None, None, 2)), l))([0, 1, 2, 3, 4])", Fn: func() (rt.Value, *rt.Exc) {
			l := rttest.L(rttest.I(0), rttest.I(1), rttest.I(2), rttest.I(3), rttest.I(4))
			rttest.Must(rt.None, rt.DelItem(l, rt.NewSlice(rt.Null, rt.Null, rttest.I(2))))
			return rttest.T(rt.None, l), nil
		}},
		{Py: "(lambda l: (l.append(4), l.insert(0, 0), l.extend((5,)), l.pop(), l.pop(0), l.remove(2), l.index(3), l.count(1), l))([1, 2, 3])", Fn: func() (rt.Value, *rt.Exc) {
			l := rttest.L(rttest.I(1), rttest.I(2), rttest.I(3))
			return rttest.T(rttest.Must(rttest.Meth(l, "append", rttest.I(4))), rttest.Must(rttest.Meth(l, "insert", rttest.I(0), rttest.I(0))), rttest.Must(rttest.Meth(l, "extend", rttest.T(rttest.I(5)))), rttest.Must(rttest.Meth(l, "pop")), rttest.Must(rttest.Meth(l, "pop", rttest.I(0))), rttest.Must(rttest.Meth(l, "remove", rttest.I(2))), rttest.Must(rttest.Meth(l, "index", rttest.I(3))), rttest.Must(rttest.Meth(l, "count", rttest.I(1))), l), nil
		}},
		{Py: "[].pop()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.L(), "pop") }},
		{Py: "[1].remove(5)", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.L(rttest.I(1)), "remove", rttest.I(5)) }},
		{Py: "[1].index(5)", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.L(rttest.I(1)), "index", rttest.I(5)) }},
		{Py: "(1,).index(5)", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.T(rttest.I(1)), "index", rttest.I(5)) }},
		{Py: "sorted([3, 1, 2]), sorted(['b', 'a']), sorted([3, 1, 2], reverse=True)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("sorted", rttest.L(rttest.I(3), rttest.I(1), rttest.I(2)))), rttest.Must(rttest.CallB("sorted", rttest.L(rttest.S("b"), rttest.S("a")))), rttest.Must(rttest.CallKw(rttest.Bi("sorted"), []rt.Value{rttest.L(rttest.I(3), rttest.I(1), rttest.I(2))}, map[string]rt.Value{"reverse": rt.True}, "reverse"))), nil
		}},
		{Py: "sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda p: p[0], reverse=True)", Fn: func() (rt.Value, *rt.Exc) {
			key := rt.NewBuiltin("k", func(a []rt.Value, kw []string) (rt.Value, *rt.Exc) { return rt.GetItem(a[0], rttest.I(0)) })
			return rttest.CallKw(rttest.Bi("sorted"), []rt.Value{rttest.L(rttest.T(rttest.I(1), rttest.S("b")), rttest.T(rttest.I(0), rttest.S("z")), rttest.T(rttest.I(1), rttest.S("a")))}, map[string]rt.Value{"key": key, "reverse": rt.True}, "key", "reverse")
		}},
		{Py: "sorted([3, 1.5, 2, -1, 2.0, True, 0]), sorted(['b', 'B', 'a', 'é', '']), sorted([0.5, -0.0, 0.0, -1e9])", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("sorted", rttest.L(rttest.I(3), rttest.F(1.5), rttest.I(2), rttest.I(-1), rttest.F(2), rt.True, rttest.I(0)))), rttest.Must(rttest.CallB("sorted", rttest.L(rttest.S("b"), rttest.S("B"), rttest.S("a"), rttest.S("é"), rttest.S("")))), rttest.Must(rttest.CallB("sorted", rttest.L(rttest.F(0.5), rttest.F(math.Copysign(0, -1)), rttest.F(0), rttest.F(-1e9))))), nil
		}},
		{Py: "sorted([(i * 7919) % 101 for i in range(300)])[::37], sorted(range(50), key=lambda v: v % 3, reverse=True)[:12]", Fn: func() (rt.Value, *rt.Exc) {
			var xs []rt.Value
			for i := int64(0); i < 300; i++ {
				xs = append(xs, rttest.I((i*7919)%101))
			}
			a := rttest.Must(rt.GetItem(rttest.Must(rttest.CallB("sorted", rttest.L(xs...))), rt.NewSlice(rt.Null, rt.Null, rttest.I(37))))
			key := rt.NewBuiltin("k", func(a []rt.Value, kw []string) (rt.Value, *rt.Exc) { return rt.Mod(a[0], rttest.I(3)) })
			b := rttest.Must(rt.GetItem(rttest.Must(rttest.CallKw(rttest.Bi("sorted"), []rt.Value{rangeV(50)}, map[string]rt.Value{"key": key, "reverse": rt.True}, "key", "reverse")), rt.NewSlice(rt.Null, rttest.I(12), rt.Null)))
			return rttest.T(a, b), nil
		}},
		{Py: "sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')] * 5)[::3]", Fn: func() (rt.Value, *rt.Exc) {
			base := rttest.L(rttest.T(rttest.I(2), rttest.S("b")), rttest.T(rttest.I(1), rttest.S("z")), rttest.T(rttest.I(2), rttest.S("a")), rttest.T(rttest.I(1), rttest.S("a")))
			return rt.GetItem(rttest.Must(rttest.CallB("sorted", rttest.Must(rt.Mul(base, rttest.I(5))))), rt.NewSlice(rt.Null, rt.Null, rttest.I(3)))
		}},
		{Py: "[sorted(l) if False else 0 for l in []] or 'see next'", Fn: func() (rt.Value, *rt.Exc) { return rttest.S("see next"), nil }},
		{Py: "sorted([3, 1, None, 2])", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.CallB("sorted", rttest.L(rttest.I(3), rttest.I(1), rt.None, rttest.I(2)))
		}},
		{Py: "sorted([None, 1])", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("sorted", rttest.L(rt.None, rttest.I(1))) }},
		{Py: "sorted(['a', 1, 2, 3, 4, 5, 6])", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.CallB("sorted", rttest.L(rttest.S("a"), rttest.I(1), rttest.I(2), rttest.I(3), rttest.I(4), rttest.I(5), rttest.I(6)))
		}},
		{Py: "sorted([5, 4, 3, 2, 1, 'x'])", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.CallB("sorted", rttest.L(rttest.I(5), rttest.I(4), rttest.I(3), rttest.I(2), rttest.I(1), rttest.S("x")))
		}},
		{Py: "sorted([1, 2, 'a', 3])", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.CallB("sorted", rttest.L(rttest.I(1), rttest.I(2), rttest.S("a"), rttest.I(3)))
		}},
		{Py: "sorted([3, 1, 2, 1.5, 0.5, 7, 2], reverse=True)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.CallKw(rttest.Bi("sorted"), []rt.Value{rttest.L(rttest.I(3), rttest.I(1), rttest.I(2), rttest.F(1.5), rttest.F(0.5), rttest.I(7), rttest.I(2))}, map[string]rt.Value{"reverse": rt.True}, "reverse")
		}},
		{Py: "sorted([1, 'a'])", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("sorted", rttest.L(rttest.I(1), rttest.S("a"))) }},
		{Py: "len([1, 2]), len('abc'), len({}), len(range(10))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("len", rttest.L(rttest.I(1), rttest.I(2)))), rttest.Must(rttest.CallB("len", rttest.S("abc"))), rttest.Must(rttest.CallB("len", rttest.D())), rttest.Must(rttest.CallB("len", rangeV(10)))), nil
		}},
		{Py: "len(5)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("len", rttest.I(5)) }},
		{Py: "range(10), range(1, 10, 2), list(range(5, 0, -2)), range(10)[2:5], range(10)[-1], 3 in range(0, 10, 3)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rangeV(10), rangeV(1, 10, 2), rttest.Must(rttest.CallB("list", rangeV(5, 0, -2))), rttest.Must(rt.GetItem(rangeV(10), rt.NewSlice(rttest.I(2), rttest.I(5), rt.Null))), rttest.Must(rt.GetItem(rangeV(10), rttest.I(-1))), rt.Bool(func() bool { r, _ := rt.In(rttest.I(3), rangeV(0, 10, 3)); return r }())), nil
		}},
		{Py: "range(1, 2, 0)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("range", rttest.I(1), rttest.I(2), rttest.I(0)) }},
		{Py: "list(enumerate('ab', 1)), list(zip([1, 2, 3], 'ab')), list(map(abs, [-1, 2])), list(filter(None, [0, 1, '', 'a']))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("list", rttest.Must(rttest.CallB("enumerate", rttest.S("ab"), rttest.I(1))))), rttest.Must(rttest.CallB("list", rttest.Must(rttest.CallB("zip", rttest.L(rttest.I(1), rttest.I(2), rttest.I(3)), rttest.S("ab"))))), rttest.Must(rttest.CallB("list", rttest.Must(rttest.CallB("map", rttest.Bi("abs"), rttest.L(rttest.I(-1), rttest.I(2)))))), rttest.Must(rttest.CallB("list", rttest.Must(rttest.CallB("filter", rt.None, rttest.L(rttest.I(0), rttest.I(1), rttest.S(""), rttest.S("a"))))))), nil
		}},
		{Py: "list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed('ab')), list(reversed({'a': 1, 'b': 2}))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("list", rttest.Must(rttest.CallB("reversed", rttest.L(rttest.I(1), rttest.I(2), rttest.I(3)))))), rttest.Must(rttest.CallB("list", rttest.Must(rttest.CallB("reversed", rangeV(3))))), rttest.Must(rttest.CallB("list", rttest.Must(rttest.CallB("reversed", rttest.S("ab"))))), rttest.Must(rttest.CallB("list", rttest.Must(rttest.CallB("reversed", rttest.D(rttest.S("a"), rttest.I(1), rttest.S("b"), rttest.I(2))))))), nil
		}},
		{Py: "min([3, 1, 2]), max(3, 7, 5), min('bca'), max([], default=0), max([1, -5], key=abs)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("min", rttest.L(rttest.I(3), rttest.I(1), rttest.I(2)))), rttest.Must(rttest.CallB("max", rttest.I(3), rttest.I(7), rttest.I(5))), rttest.Must(rttest.CallB("min", rttest.S("bca"))), rttest.Must(rttest.CallKw(rttest.Bi("max"), []rt.Value{rttest.L()}, map[string]rt.Value{"default": rttest.I(0)}, "default")), rttest.Must(rttest.CallKw(rttest.Bi("max"), []rt.Value{rttest.L(rttest.I(1), rttest.I(-5))}, map[string]rt.Value{"key": rttest.Bi("abs")}, "key"))), nil
		}},
		{Py: "min([])", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("min", rttest.L()) }},
		{Py: "sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("sum", rttest.L(rttest.I(1), rttest.I(2), rttest.I(3)))), rttest.Must(rttest.CallB("sum", rttest.Must(rt.Mul(rttest.L(rttest.F(0.1)), rttest.I(10))))), rttest.Must(rttest.CallB("sum", rttest.L(rttest.L(rttest.I(1)), rttest.L(rttest.I(2))), rttest.L())), rttest.Must(rttest.CallB("sum", rangeV(101)))), nil
		}},
		{Py: "sum(['a'], '')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("sum", rttest.L(rttest.S("a")), rttest.S("")) }},
		{Py: "any([]), all([]), any([0, 1]), all([1, 0])", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("any", rttest.L())), rttest.Must(rttest.CallB("all", rttest.L())), rttest.Must(rttest.CallB("any", rttest.L(rttest.I(0), rttest.I(1)))), rttest.Must(rttest.CallB("all", rttest.L(rttest.I(1), rttest.I(0))))), nil
		}},
		{Py: "isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), isinstance(1, int | None)", Fn: func() (rt.Value, *rt.Exc) {
			u := rttest.Must(rt.Or(rt.Obj(rt.IntType), rt.None))
			return rttest.T(rttest.Must(rttest.CallB("isinstance", rttest.I(1), rt.Obj(rt.IntType))), rttest.Must(rttest.CallB("isinstance", rt.True, rt.Obj(rt.IntType))), rttest.Must(rttest.CallB("isinstance", rttest.I(1), rttest.T(rt.Obj(rt.StrType), rt.Obj(rt.FloatType)))), rttest.Must(rttest.CallB("issubclass", rt.Obj(rt.BoolType), rt.Obj(rt.IntType))), rttest.Must(rttest.CallB("isinstance", rttest.I(1), u))), nil
		}},
		{Py: "isinstance(1, 1)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("isinstance", rttest.I(1), rttest.I(1)) }},
		{Py: "int | None, list[int], dict[str, int | None]", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.Or(rt.Obj(rt.IntType), rt.None)), rttest.Must(rt.GetItem(rt.Obj(rt.ListType), rt.Obj(rt.IntType))), rttest.Must(rt.GetItem(rt.Obj(rt.DictType), rttest.T(rt.Obj(rt.StrType), rttest.Must(rt.Or(rt.Obj(rt.IntType), rt.None)))))), nil
		}},
		{Py: "type(1), type('a'), type(None), type([]), type(type), type(len), type({}.keys())", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("type", rttest.I(1))), rttest.Must(rttest.CallB("type", rttest.S("a"))), rttest.Must(rttest.CallB("type", rt.None)), rttest.Must(rttest.CallB("type", rttest.L())), rttest.Must(rttest.CallB("type", rt.Obj(rt.TypeType))), rttest.Must(rttest.CallB("type", rttest.Bi("len"))), rttest.Must(rttest.CallB("type", rttest.Must(rttest.Meth(rttest.D(), "keys"))))), nil
		}},
		{Py: "len, abs, print", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Bi("len"), rttest.Bi("abs"), rttest.Bi("print")), nil
		}},
		{Py: "callable(len), callable(1), callable(int)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("callable", rttest.Bi("len"))), rttest.Must(rttest.CallB("callable", rttest.I(1))), rttest.Must(rttest.CallB("callable", rt.Obj(rt.IntType)))), nil
		}},
		{Py: "getattr(1, 'real'), getattr(1, 'x', 'd'), hasattr('a', 'upper'), hasattr(1, 'zz')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("getattr", rttest.I(1), rttest.S("real"))), rttest.Must(rttest.CallB("getattr", rttest.I(1), rttest.S("x"), rttest.S("d"))), rttest.Must(rttest.CallB("hasattr", rttest.S("a"), rttest.S("upper"))), rttest.Must(rttest.CallB("hasattr", rttest.I(1), rttest.S("zz")))), nil
		}},
		{Py: "getattr(None, 'x')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("getattr", rt.None, rttest.S("x")) }},
		{Py: "(1).foo", Fn: func() (rt.Value, *rt.Exc) { return rt.GetAttr(rttest.I(1), "foo") }},
		{Py: "int.foo", Fn: func() (rt.Value, *rt.Exc) { return rt.GetAttr(rt.Obj(rt.IntType), "foo") }},
		{Py: "next(iter([])), ", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("next", rttest.Must(rttest.CallB("iter", rttest.L()))) }},
		{Py: "next(iter([]), 'd'), next(iter('ab'))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("next", rttest.Must(rttest.CallB("iter", rttest.L())), rttest.S("d"))), rttest.Must(rttest.CallB("next", rttest.Must(rttest.CallB("iter", rttest.S("ab")))))), nil
		}},
		{Py: "next([1])", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("next", rttest.L(rttest.I(1))) }},
		{Py: "iter(5)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("iter", rttest.I(5)) }},
		{Py: "5()", Fn: func() (rt.Value, *rt.Exc) { return rt.Call(rttest.I(5), nil, nil) }},
		{Py: "[1, 2] == [1, 2], [1, 2] != (1, 2), [] == [], [[1]] == [[1.0]]", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.Eq(rttest.L(rttest.I(1), rttest.I(2)), rttest.L(rttest.I(1), rttest.I(2)))), rttest.Must(rt.Ne(rttest.L(rttest.I(1), rttest.I(2)), rttest.T(rttest.I(1), rttest.I(2)))), rttest.Must(rt.Eq(rttest.L(), rttest.L())), rttest.Must(rt.Eq(rttest.L(rttest.L(rttest.I(1))), rttest.L(rttest.L(rttest.F(1)))))), nil
		}},
		{Py: "(lambda a: (a.append(a), a))([1])", Fn: func() (rt.Value, *rt.Exc) {
			a := rttest.L(rttest.I(1))
			rttest.Must(rttest.Meth(a, "append", a))
			return rttest.T(rt.None, a), nil
		}},
		{Py: "(lambda d: (d.__setitem__('self', d), d))({})", Fn: func() (rt.Value, *rt.Exc) {
			d := rttest.D()
			rttest.Must(rt.None, rt.SetItem(d, rttest.S("self"), d))
			return rttest.T(rt.None, d), nil
		}},
		{Py: "divmod(7, 0)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("divmod", rttest.I(7), rttest.I(0)) }},
		{Py: "[x for x in {5: 1, 3: 2}]", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.CallB("list", rttest.D(rttest.I(5), rttest.I(1), rttest.I(3), rttest.I(2)))
		}},
		{Py: "slice(1, None), slice(1, 2, 3).indices(10)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rt.NewSlice(rttest.I(1), rt.None, rt.Null), rttest.Must(rttest.Meth(rt.NewSlice(rttest.I(1), rttest.I(2), rttest.I(3)), "indices", rttest.I(10)))), nil
		}},
		{Py: "bytes(3), bytes([65, 66]), b'ab' + b'c', b'abc'[1], b'abc'[1:], len(b'ab')", Fn: func() (rt.Value, *rt.Exc) {
			ab := rt.Bytes([]byte("abc"))
			return rttest.T(rttest.Must(rttest.CallB("bytes", rttest.I(3))), rttest.Must(rttest.CallB("bytes", rttest.L(rttest.I(65), rttest.I(66)))), rttest.Must(rt.Add(rt.Bytes([]byte("ab")), rt.Bytes([]byte("c")))), rttest.Must(rt.GetItem(ab, rttest.I(1))), rttest.Must(rt.GetItem(ab, rt.NewSlice(rttest.I(1), rt.Null, rt.Null))), rttest.Must(rttest.CallB("len", rt.Bytes([]byte("ab"))))), nil
		}},
		{Py: "list(zip([1, 2], [3], strict=True))", Fn: func() (rt.Value, *rt.Exc) {
			z := rttest.Must(rttest.CallKw(rttest.Bi("zip"), []rt.Value{rttest.L(rttest.I(1), rttest.I(2)), rttest.L(rttest.I(3))}, map[string]rt.Value{"strict": rt.True}, "strict"))
			return rttest.CallB("list", z)
		}},
		{Py: "[*range(3)] if False else [0, 1, 2]", Fn: func() (rt.Value, *rt.Exc) {
			l := rttest.L()
			return l, rt.ListExtend(l, rangeV(3))
		}},
		{Py: "tuple([1, 2]), list((3,)), tuple('ab')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("tuple", rttest.L(rttest.I(1), rttest.I(2)))), rttest.Must(rttest.CallB("list", rttest.T(rttest.I(3)))), rttest.Must(rttest.CallB("tuple", rttest.S("ab")))), nil
		}},
		{Py: "dir(1)[:3]", Fn: func() (rt.Value, *rt.Exc) {
			return rt.GetItem(rttest.Must(rttest.CallB("dir", rttest.I(1))), rt.NewSlice(rt.Null, rttest.I(3), rt.Null))
		}},
	}
	rttest.CheckCases(t, cases)
}

func TestDictKeyIdentityVsCPython(t *testing.T) {
	rttest.CheckCases(t, []rttest.PyCase{
		{Py: "{1: 'a', 1.0: 'b', True: 'c'}, {True: 'a', 1: 'b'}, {0.0: 1, -0.0: 2, False: 3}", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.D(rttest.I(1), rttest.S("a"), rttest.F(1), rttest.S("b"), rt.True, rttest.S("c")), rttest.D(rt.True, rttest.S("a"), rttest.I(1), rttest.S("b")), rttest.D(rttest.F(0), rttest.I(1), rttest.F(math.Copysign(0, -1)), rttest.I(2), rt.False, rttest.I(3))), nil
		}},
		{Py: "{1, 1.0, True}, {0, False, 0.0, -0.0}, {(1, 2), (1.0, 2.0)}", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.St(rttest.I(1), rttest.F(1), rt.True), rttest.St(rttest.I(0), rt.False, rttest.F(0), rttest.F(math.Copysign(0, -1))), rttest.St(rttest.T(rttest.I(1), rttest.I(2)), rttest.T(rttest.F(1), rttest.F(2)))), nil
		}},
		{Py: "{2**64: 'big', 2.0**64: 'float'}", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.D(rttest.Must(rt.Pow(rttest.I(2), rttest.I(64))), rttest.S("big"), rttest.Must(rt.Pow(rttest.F(2), rttest.I(64))), rttest.S("float")), nil
		}},
	})
}
