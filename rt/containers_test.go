package rt

import (
	"math"
	"testing"
)

func rangeV(a ...int64) Value {
	args := make([]Value, len(a))
	for i, x := range a {
		args[i] = I(x)
	}
	return Must(CallB("range", args...))
}

func TestContainersVsCPython(t *testing.T) {
	cases := []PyCase{
		{"(1,), (), (1, 2), [], [1, [2, (3,)]], {}, {'a': 1}, set(), {1, 2}", func() (Value, *Exc) {
			return T(T(I(1)), T(), T(I(1), I(2)), L(), L(I(1), L(I(2), T(I(3)))), D(), D(S("a"), I(1)), Must(CallB("set")), St(I(1), I(2))), nil
		}},
		{"{3, 1, 2}", func() (Value, *Exc) { return St(I(3), I(1), I(2)), nil }},
		{"{10, 100, 1000, 5, 8, 16, 33, 64, -1, -5}", func() (Value, *Exc) {
			return St(I(10), I(100), I(1000), I(5), I(8), I(16), I(33), I(64), I(-1), I(-5)), nil
		}},
		{"set(range(20, 0, -3))", func() (Value, *Exc) { return CallB("set", rangeV(20, 0, -3)) }},
		{"{'apple', 'banana', 'cherry', 'date'}", func() (Value, *Exc) {
			return NewSetConst(S("apple"), S("banana"), S("cherry"), S("date"))
		}},
		{"(lambda s: [s.add(w) for w in ['apple', 'banana', 'cherry', 'date']] and s)(set())", func() (Value, *Exc) {
			return St(S("apple"), S("banana"), S("cherry"), S("date")), nil
		}},
		{"(lambda s: (s.discard(2), s.add(10), s)[-1])({1, 2, 3})", func() (Value, *Exc) {
			s := St(I(1), I(2), I(3))
			Must(Meth(s, "discard", I(2)))
			Must(Meth(s, "add", I(10)))
			return s, nil
		}},
		{"{1.5, 2, 'x', (1, 2), True}", func() (Value, *Exc) { return NewSetConst(F(1.5), I(2), S("x"), T(I(1), I(2)), True) }},
		{"set([1, 2, 3, 100, 1000]) - {2}", func() (Value, *Exc) {
			return Sub(Must(CallB("set", L(I(1), I(2), I(3), I(100), I(1000)))), St(I(2)))
		}},
		{"{1, 2, 3} | {30, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} ^ {3, 4, 50}", func() (Value, *Exc) {
			return T(Must(Or(St(I(1), I(2), I(3)), St(I(30), I(4)))), Must(And(St(I(1), I(2), I(3)), St(I(2), I(3), I(4)))), Must(Xor(St(I(1), I(2), I(3)), St(I(3), I(4), I(50))))), nil
		}},
		{"(lambda s: (s.discard(5), s.add(13), s.add(21), s)[-1])(set(range(10)))", func() (Value, *Exc) {
			s := Must(CallB("set", rangeV(10)))
			Must(Meth(s, "discard", I(5)))
			Must(Meth(s, "add", I(13)))
			Must(Meth(s, "add", I(21)))
			return s, nil
		}},
		{"(lambda s: ([s.pop() for _ in range(3)], s))({5, 3, 9, 100})", func() (Value, *Exc) {
			s := St(I(5), I(3), I(9), I(100))
			a := Must(Meth(s, "pop"))
			b := Must(Meth(s, "pop"))
			c := Must(Meth(s, "pop"))
			return T(L(a, b, c), s), nil
		}},
		{"{1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1}, frozenset({1}) == {1}", func() (Value, *Exc) {
			return T(Must(Eq(St(I(1), I(2)), St(I(2), I(1)))), Must(Lt(St(I(1)), St(I(1), I(2)))), Must(Le(St(I(1), I(2)), St(I(1)))), Must(Eq(Must(CallB("frozenset", L(I(1)))), St(I(1))))), nil
		}},
		{"frozenset([3, 1]), frozenset()", func() (Value, *Exc) {
			return T(Must(CallB("frozenset", L(I(3), I(1)))), Must(CallB("frozenset"))), nil
		}},
		{"{[1]}", func() (Value, *Exc) { return NewSet(L(I(1))) }},
		{"{1: 2}[3]", func() (Value, *Exc) { return GetItem(D(I(1), I(2)), I(3)) }},
		{"{1: 2}['k']", func() (Value, *Exc) { return GetItem(D(I(1), I(2)), S("k")) }},
		{"{(1, 2): 'a'}[(1, 2)], {1: 'x'}[1.0], {True: 'y'}[1]", func() (Value, *Exc) {
			return T(Must(GetItem(D(T(I(1), I(2)), S("a")), T(I(1), I(2)))), Must(GetItem(D(I(1), S("x")), F(1))), Must(GetItem(D(True, S("y")), I(1)))), nil
		}},
		{"(lambda d: (d.update(b=2), d.setdefault('c', 3), d.pop('a'), d))({'a': 1})", func() (Value, *Exc) {
			d := D(S("a"), I(1))
			u := Must(CallMethod(d, "update", []Value{I(2)}, []string{"b"}))
			sd := Must(Meth(d, "setdefault", S("c"), I(3)))
			p := Must(Meth(d, "pop", S("a")))
			return T(u, sd, p, d), nil
		}},
		{"(lambda d: (list(d.keys()), list(d.values()), list(d.items()), d.get('z'), d.get('z', 0)))({'x': 1, 'y': 2})", func() (Value, *Exc) {
			d := D(S("x"), I(1), S("y"), I(2))
			return T(Must(CallB("list", Must(Meth(d, "keys")))), Must(CallB("list", Must(Meth(d, "values")))), Must(CallB("list", Must(Meth(d, "items")))), Must(Meth(d, "get", S("z"))), Must(Meth(d, "get", S("z"), I(0)))), nil
		}},
		{"{'x': 1, 'y': 2}.keys(), {'x': 1}.items(), {'x': 1}.values()", func() (Value, *Exc) {
			d := D(S("x"), I(1), S("y"), I(2))
			d1 := D(S("x"), I(1))
			return T(Must(Meth(d, "keys")), Must(Meth(d1, "items")), Must(Meth(d1, "values"))), nil
		}},
		{"(lambda d: (d.__setitem__('a', 9), d.__delitem__('b'), d.__setitem__('b', 0), d))({'a': 1, 'b': 2, 'c': 3})", func() (Value, *Exc) {
			d := D(S("a"), I(1), S("b"), I(2), S("c"), I(3))
			Must(None, SetItem(d, S("a"), I(9)))
			Must(None, DelItem(d, S("b")))
			Must(None, SetItem(d, S("b"), I(0)))
			return T(None, None, None, d), nil
		}},
		{"dict(a=1, b=2), dict([('x', 1)]), dict({'k': 'v'}, z=0)", func() (Value, *Exc) {
			return T(Must(CallKw(Bi("dict"), nil, map[string]Value{"a": I(1), "b": I(2)}, "a", "b")), Must(CallB("dict", L(T(S("x"), I(1))))), Must(CallKw(Bi("dict"), []Value{D(S("k"), S("v"))}, map[string]Value{"z": I(0)}, "z"))), nil
		}},
		{"dict([1])", func() (Value, *Exc) { return CallB("dict", L(I(1))) }},
		{"dict([(1, 2, 3)])", func() (Value, *Exc) { return CallB("dict", L(T(I(1), I(2), I(3)))) }},
		{"{'a': 1} | {'b': 2}, {'a': 1} == {'a': 1.0}", func() (Value, *Exc) {
			return T(Must(Or(D(S("a"), I(1)), D(S("b"), I(2)))), Must(Eq(D(S("a"), I(1)), D(S("a"), F(1))))), nil
		}},
		{"dict.fromkeys('ab', 0)", func() (Value, *Exc) { return CallMethod(Obj(DictType), "fromkeys", []Value{S("ab"), I(0)}, nil) }},
		{"{}.popitem()", func() (Value, *Exc) { return Meth(D(), "popitem") }},
		{"[1, 2, 3][5]", func() (Value, *Exc) { return GetItem(L(I(1), I(2), I(3)), I(5)) }},
		{"(1, 2)[5]", func() (Value, *Exc) { return GetItem(T(I(1), I(2)), I(5)) }},
		{"[1]['a']", func() (Value, *Exc) { return GetItem(L(I(1)), S("a")) }},
		{"(lambda l: (l.__setitem__(9, 1)))([1])", func() (Value, *Exc) { return None, SetItem(L(I(1)), I(9), I(1)) }},
		{"[1, 2, 3, 4, 5][::2], [1, 2, 3][-2:], [1, 2, 3][10:], (1, 2, 3)[::-1]", func() (Value, *Exc) {
			return T(Must(GetItem(L(I(1), I(2), I(3), I(4), I(5)), NewSlice(Null, Null, I(2)))), Must(GetItem(L(I(1), I(2), I(3)), NewSlice(I(-2), Null, Null))), Must(GetItem(L(I(1), I(2), I(3)), NewSlice(I(10), Null, Null))), Must(GetItem(T(I(1), I(2), I(3)), NewSlice(Null, Null, I(-1))))), nil
		}},
		{"[1, 2][::0]", func() (Value, *Exc) { return GetItem(L(I(1), I(2)), NewSlice(Null, Null, I(0))) }},
		{"(lambda l: (l.__setitem__(slice(1, 3), ['a']), l))([1, 2, 3, 4])", func() (Value, *Exc) {
			l := L(I(1), I(2), I(3), I(4))
			Must(None, SetItem(l, NewSlice(I(1), I(3), Null), L(S("a"))))
			return T(None, l), nil
		}},
		{"(lambda l: (l.__delitem__(slice(None, None, 2)), l))([0, 1, 2, 3, 4])", func() (Value, *Exc) {
			l := L(I(0), I(1), I(2), I(3), I(4))
			Must(None, DelItem(l, NewSlice(Null, Null, I(2))))
			return T(None, l), nil
		}},
		{"(lambda l: (l.append(4), l.insert(0, 0), l.extend((5,)), l.pop(), l.pop(0), l.remove(2), l.index(3), l.count(1), l))([1, 2, 3])", func() (Value, *Exc) {
			l := L(I(1), I(2), I(3))
			return T(Must(Meth(l, "append", I(4))), Must(Meth(l, "insert", I(0), I(0))), Must(Meth(l, "extend", T(I(5)))), Must(Meth(l, "pop")), Must(Meth(l, "pop", I(0))), Must(Meth(l, "remove", I(2))), Must(Meth(l, "index", I(3))), Must(Meth(l, "count", I(1))), l), nil
		}},
		{"[].pop()", func() (Value, *Exc) { return Meth(L(), "pop") }},
		{"[1].remove(5)", func() (Value, *Exc) { return Meth(L(I(1)), "remove", I(5)) }},
		{"[1].index(5)", func() (Value, *Exc) { return Meth(L(I(1)), "index", I(5)) }},
		{"(1,).index(5)", func() (Value, *Exc) { return Meth(T(I(1)), "index", I(5)) }},
		{"sorted([3, 1, 2]), sorted(['b', 'a']), sorted([3, 1, 2], reverse=True)", func() (Value, *Exc) {
			return T(Must(CallB("sorted", L(I(3), I(1), I(2)))), Must(CallB("sorted", L(S("b"), S("a")))), Must(CallKw(Bi("sorted"), []Value{L(I(3), I(1), I(2))}, map[string]Value{"reverse": True}, "reverse"))), nil
		}},
		{"sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda p: p[0], reverse=True)", func() (Value, *Exc) {
			key := NewBuiltin("k", func(a []Value, kw []string) (Value, *Exc) { return GetItem(a[0], I(0)) })
			return CallKw(Bi("sorted"), []Value{L(T(I(1), S("b")), T(I(0), S("z")), T(I(1), S("a")))}, map[string]Value{"key": key, "reverse": True}, "key", "reverse")
		}},
		{"sorted([3, 1.5, 2, -1, 2.0, True, 0]), sorted(['b', 'B', 'a', 'é', '']), sorted([0.5, -0.0, 0.0, -1e9])", func() (Value, *Exc) {
			return T(Must(CallB("sorted", L(I(3), F(1.5), I(2), I(-1), F(2), True, I(0)))), Must(CallB("sorted", L(S("b"), S("B"), S("a"), S("é"), S("")))), Must(CallB("sorted", L(F(0.5), F(math.Copysign(0, -1)), F(0), F(-1e9))))), nil
		}},
		{"sorted([(i * 7919) % 101 for i in range(300)])[::37], sorted(range(50), key=lambda v: v % 3, reverse=True)[:12]", func() (Value, *Exc) {
			var xs []Value
			for i := int64(0); i < 300; i++ {
				xs = append(xs, I((i*7919)%101))
			}
			a := Must(GetItem(Must(CallB("sorted", L(xs...))), NewSlice(Null, Null, I(37))))
			key := NewBuiltin("k", func(a []Value, kw []string) (Value, *Exc) { return Mod(a[0], I(3)) })
			b := Must(GetItem(Must(CallKw(Bi("sorted"), []Value{rangeV(50)}, map[string]Value{"key": key, "reverse": True}, "key", "reverse")), NewSlice(Null, I(12), Null)))
			return T(a, b), nil
		}},
		{"sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')] * 5)[::3]", func() (Value, *Exc) {
			base := L(T(I(2), S("b")), T(I(1), S("z")), T(I(2), S("a")), T(I(1), S("a")))
			return GetItem(Must(CallB("sorted", Must(Mul(base, I(5))))), NewSlice(Null, Null, I(3)))
		}},
		{"[sorted(l) if False else 0 for l in []] or 'see next'", func() (Value, *Exc) { return S("see next"), nil }},
		{"sorted([3, 1, None, 2])", func() (Value, *Exc) { return CallB("sorted", L(I(3), I(1), None, I(2))) }},
		{"sorted([None, 1])", func() (Value, *Exc) { return CallB("sorted", L(None, I(1))) }},
		{"sorted(['a', 1, 2, 3, 4, 5, 6])", func() (Value, *Exc) { return CallB("sorted", L(S("a"), I(1), I(2), I(3), I(4), I(5), I(6))) }},
		{"sorted([5, 4, 3, 2, 1, 'x'])", func() (Value, *Exc) { return CallB("sorted", L(I(5), I(4), I(3), I(2), I(1), S("x"))) }},
		{"sorted([1, 2, 'a', 3])", func() (Value, *Exc) { return CallB("sorted", L(I(1), I(2), S("a"), I(3))) }},
		{"sorted([3, 1, 2, 1.5, 0.5, 7, 2], reverse=True)", func() (Value, *Exc) {
			return CallKw(Bi("sorted"), []Value{L(I(3), I(1), I(2), F(1.5), F(0.5), I(7), I(2))}, map[string]Value{"reverse": True}, "reverse")
		}},
		{"sorted([1, 'a'])", func() (Value, *Exc) { return CallB("sorted", L(I(1), S("a"))) }},
		{"len([1, 2]), len('abc'), len({}), len(range(10))", func() (Value, *Exc) {
			return T(Must(CallB("len", L(I(1), I(2)))), Must(CallB("len", S("abc"))), Must(CallB("len", D())), Must(CallB("len", rangeV(10)))), nil
		}},
		{"len(5)", func() (Value, *Exc) { return CallB("len", I(5)) }},
		{"range(10), range(1, 10, 2), list(range(5, 0, -2)), range(10)[2:5], range(10)[-1], 3 in range(0, 10, 3)", func() (Value, *Exc) {
			return T(rangeV(10), rangeV(1, 10, 2), Must(CallB("list", rangeV(5, 0, -2))), Must(GetItem(rangeV(10), NewSlice(I(2), I(5), Null))), Must(GetItem(rangeV(10), I(-1))), Bool(func() bool { r, _ := In(I(3), rangeV(0, 10, 3)); return r }())), nil
		}},
		{"range(1, 2, 0)", func() (Value, *Exc) { return CallB("range", I(1), I(2), I(0)) }},
		{"list(enumerate('ab', 1)), list(zip([1, 2, 3], 'ab')), list(map(abs, [-1, 2])), list(filter(None, [0, 1, '', 'a']))", func() (Value, *Exc) {
			return T(Must(CallB("list", Must(CallB("enumerate", S("ab"), I(1))))), Must(CallB("list", Must(CallB("zip", L(I(1), I(2), I(3)), S("ab"))))), Must(CallB("list", Must(CallB("map", Bi("abs"), L(I(-1), I(2)))))), Must(CallB("list", Must(CallB("filter", None, L(I(0), I(1), S(""), S("a"))))))), nil
		}},
		{"list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed('ab')), list(reversed({'a': 1, 'b': 2}))", func() (Value, *Exc) {
			return T(Must(CallB("list", Must(CallB("reversed", L(I(1), I(2), I(3)))))), Must(CallB("list", Must(CallB("reversed", rangeV(3))))), Must(CallB("list", Must(CallB("reversed", S("ab"))))), Must(CallB("list", Must(CallB("reversed", D(S("a"), I(1), S("b"), I(2))))))), nil
		}},
		{"min([3, 1, 2]), max(3, 7, 5), min('bca'), max([], default=0), max([1, -5], key=abs)", func() (Value, *Exc) {
			return T(Must(CallB("min", L(I(3), I(1), I(2)))), Must(CallB("max", I(3), I(7), I(5))), Must(CallB("min", S("bca"))), Must(CallKw(Bi("max"), []Value{L()}, map[string]Value{"default": I(0)}, "default")), Must(CallKw(Bi("max"), []Value{L(I(1), I(-5))}, map[string]Value{"key": Bi("abs")}, "key"))), nil
		}},
		{"min([])", func() (Value, *Exc) { return CallB("min", L()) }},
		{"sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101))", func() (Value, *Exc) {
			return T(Must(CallB("sum", L(I(1), I(2), I(3)))), Must(CallB("sum", Must(Mul(L(F(0.1)), I(10))))), Must(CallB("sum", L(L(I(1)), L(I(2))), L())), Must(CallB("sum", rangeV(101)))), nil
		}},
		{"sum(['a'], '')", func() (Value, *Exc) { return CallB("sum", L(S("a")), S("")) }},
		{"any([]), all([]), any([0, 1]), all([1, 0])", func() (Value, *Exc) {
			return T(Must(CallB("any", L())), Must(CallB("all", L())), Must(CallB("any", L(I(0), I(1)))), Must(CallB("all", L(I(1), I(0))))), nil
		}},
		{"isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), isinstance(1, int | None)", func() (Value, *Exc) {
			u := Must(Or(Obj(IntType), None))
			return T(Must(CallB("isinstance", I(1), Obj(IntType))), Must(CallB("isinstance", True, Obj(IntType))), Must(CallB("isinstance", I(1), T(Obj(StrType), Obj(FloatType)))), Must(CallB("issubclass", Obj(BoolType), Obj(IntType))), Must(CallB("isinstance", I(1), u))), nil
		}},
		{"isinstance(1, 1)", func() (Value, *Exc) { return CallB("isinstance", I(1), I(1)) }},
		{"int | None, list[int], dict[str, int | None]", func() (Value, *Exc) {
			return T(Must(Or(Obj(IntType), None)), Must(GetItem(Obj(ListType), Obj(IntType))), Must(GetItem(Obj(DictType), T(Obj(StrType), Must(Or(Obj(IntType), None)))))), nil
		}},
		{"type(1), type('a'), type(None), type([]), type(type), type(len), type({}.keys())", func() (Value, *Exc) {
			return T(Must(CallB("type", I(1))), Must(CallB("type", S("a"))), Must(CallB("type", None)), Must(CallB("type", L())), Must(CallB("type", Obj(TypeType))), Must(CallB("type", Bi("len"))), Must(CallB("type", Must(Meth(D(), "keys"))))), nil
		}},
		{"len, abs, print", func() (Value, *Exc) { return T(Bi("len"), Bi("abs"), Bi("print")), nil }},
		{"callable(len), callable(1), callable(int)", func() (Value, *Exc) {
			return T(Must(CallB("callable", Bi("len"))), Must(CallB("callable", I(1))), Must(CallB("callable", Obj(IntType)))), nil
		}},
		{"getattr(1, 'real'), getattr(1, 'x', 'd'), hasattr('a', 'upper'), hasattr(1, 'zz')", func() (Value, *Exc) {
			return T(Must(CallB("getattr", I(1), S("real"))), Must(CallB("getattr", I(1), S("x"), S("d"))), Must(CallB("hasattr", S("a"), S("upper"))), Must(CallB("hasattr", I(1), S("zz")))), nil
		}},
		{"getattr(None, 'x')", func() (Value, *Exc) { return CallB("getattr", None, S("x")) }},
		{"(1).foo", func() (Value, *Exc) { return GetAttr(I(1), "foo") }},
		{"int.foo", func() (Value, *Exc) { return GetAttr(Obj(IntType), "foo") }},
		{"next(iter([])), ", func() (Value, *Exc) { return CallB("next", Must(CallB("iter", L()))) }},
		{"next(iter([]), 'd'), next(iter('ab'))", func() (Value, *Exc) {
			return T(Must(CallB("next", Must(CallB("iter", L())), S("d"))), Must(CallB("next", Must(CallB("iter", S("ab")))))), nil
		}},
		{"next([1])", func() (Value, *Exc) { return CallB("next", L(I(1))) }},
		{"iter(5)", func() (Value, *Exc) { return CallB("iter", I(5)) }},
		{"5()", func() (Value, *Exc) { return Call(I(5), nil, nil) }},
		{"[1, 2] == [1, 2], [1, 2] != (1, 2), [] == [], [[1]] == [[1.0]]", func() (Value, *Exc) {
			return T(Must(Eq(L(I(1), I(2)), L(I(1), I(2)))), Must(Ne(L(I(1), I(2)), T(I(1), I(2)))), Must(Eq(L(), L())), Must(Eq(L(L(I(1))), L(L(F(1)))))), nil
		}},
		{"(lambda a: (a.append(a), a))([1])", func() (Value, *Exc) {
			a := L(I(1))
			Must(Meth(a, "append", a))
			return T(None, a), nil
		}},
		{"(lambda d: (d.__setitem__('self', d), d))({})", func() (Value, *Exc) {
			d := D()
			Must(None, SetItem(d, S("self"), d))
			return T(None, d), nil
		}},
		{"divmod(7, 0)", func() (Value, *Exc) { return CallB("divmod", I(7), I(0)) }},
		{"[x for x in {5: 1, 3: 2}]", func() (Value, *Exc) { return CallB("list", D(I(5), I(1), I(3), I(2))) }},
		{"slice(1, None), slice(1, 2, 3).indices(10)", func() (Value, *Exc) {
			return T(NewSlice(I(1), None, Null), Must(Meth(NewSlice(I(1), I(2), I(3)), "indices", I(10)))), nil
		}},
		{"bytes(3), bytes([65, 66]), b'ab' + b'c', b'abc'[1], b'abc'[1:], len(b'ab')", func() (Value, *Exc) {
			ab := Bytes([]byte("abc"))
			return T(Must(CallB("bytes", I(3))), Must(CallB("bytes", L(I(65), I(66)))), Must(Add(Bytes([]byte("ab")), Bytes([]byte("c")))), Must(GetItem(ab, I(1))), Must(GetItem(ab, NewSlice(I(1), Null, Null))), Must(CallB("len", Bytes([]byte("ab"))))), nil
		}},
		{"list(zip([1, 2], [3], strict=True))", func() (Value, *Exc) {
			z := Must(CallKw(Bi("zip"), []Value{L(I(1), I(2)), L(I(3))}, map[string]Value{"strict": True}, "strict"))
			return CallB("list", z)
		}},
		{"[*range(3)] if False else [0, 1, 2]", func() (Value, *Exc) {
			l := L()
			return l, ListExtend(l, rangeV(3))
		}},
		{"tuple([1, 2]), list((3,)), tuple('ab')", func() (Value, *Exc) {
			return T(Must(CallB("tuple", L(I(1), I(2)))), Must(CallB("list", T(I(3)))), Must(CallB("tuple", S("ab")))), nil
		}},
		{"dir(1)[:3]", func() (Value, *Exc) { return GetItem(Must(CallB("dir", I(1))), NewSlice(Null, I(3), Null)) }},
	}
	CheckCases(t, cases)
}

func TestDictKeyIdentityVsCPython(t *testing.T) {
	CheckCases(t, []PyCase{
		{"{1: 'a', 1.0: 'b', True: 'c'}, {True: 'a', 1: 'b'}, {0.0: 1, -0.0: 2, False: 3}", func() (Value, *Exc) {
			return T(D(I(1), S("a"), F(1), S("b"), True, S("c")), D(True, S("a"), I(1), S("b")), D(F(0), I(1), F(math.Copysign(0, -1)), I(2), False, I(3))), nil
		}},
		{"{1, 1.0, True}, {0, False, 0.0, -0.0}, {(1, 2), (1.0, 2.0)}", func() (Value, *Exc) {
			return T(St(I(1), F(1), True), St(I(0), False, F(0), F(math.Copysign(0, -1))), St(T(I(1), I(2)), T(F(1), F(2)))), nil
		}},
		{"{2**64: 'big', 2.0**64: 'float'}", func() (Value, *Exc) {
			return D(Must(Pow(I(2), I(64))), S("big"), Must(Pow(F(2), I(64))), S("float")), nil
		}},
	})
}
