package rt

import "testing"

// functools and operator from Go against python3 (decorators, wraps and
// cached_property are checked end to end with transpiled programs).
func TestFunctoolsOperator(t *testing.T) {
	ft := func(name string) Value { return StdAttr("functools", name) }
	op := func(name string) Value { return StdAttr("operator", name) }
	cases := []PyCase{
		{"import functools\np = functools.partial(max, 1, key=abs)\n(repr(p), p(-5), p.args, p.keywords)", func() (Value, *Exc) {
			p := Must(Call(ft("partial"), []Value{Bi("max"), I(1), Bi("abs")}, []string{"key"}))
			return T(S(ReprS(p)), Must(Call(p, []Value{I(-5)}, nil)), Must(GetAttr(p, "args")), Must(GetAttr(p, "keywords"))), nil
		}},
		{"import functools\nfunctools.partial(1)", func() (Value, *Exc) { return Call(ft("partial"), []Value{I(1)}, nil) }},
		{"import functools, operator\n(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(operator.mul, [], 7))", func() (Value, *Exc) {
			return T(Must(Call(ft("reduce"), []Value{op("add"), L(I(1), I(2), I(3))}, nil)), Must(Call(ft("reduce"), []Value{op("mul"), L(), I(7)}, nil))), nil
		}},
		{"import functools, operator\nfunctools.reduce(operator.add, [])", func() (Value, *Exc) { return Call(ft("reduce"), []Value{op("add"), L()}, nil) }},
		{"import functools\nf = functools.lru_cache(maxsize=2)(abs)\n[f(x) for x in (1, -1, 2, 1, 3, 1)]\nf.cache_info()", func() (Value, *Exc) {
			f := Must(Call(Must(Call(ft("lru_cache"), []Value{I(2)}, []string{"maxsize"})), []Value{Bi("abs")}, nil))
			for _, x := range []int64{1, -1, 2, 1, 3, 1} {
				Must(Call(f, []Value{I(x)}, nil))
			}
			return Meth(f, "cache_info")
		}},
		{"import functools\nf = functools.cache(abs)\nf(1); f(1)\nf.cache_info()", func() (Value, *Exc) {
			f := Must(Call(ft("cache"), []Value{Bi("abs")}, nil))
			Must(Call(f, []Value{I(1)}, nil))
			Must(Call(f, []Value{I(1)}, nil))
			return Meth(f, "cache_info")
		}},
		{"import operator\n(repr(operator.itemgetter(1, 'a')), repr(operator.attrgetter('a.b')), repr(operator.methodcaller('m', 1, k=2)))", func() (Value, *Exc) {
			return T(S(ReprS(Must(Call(op("itemgetter"), []Value{I(1), S("a")}, nil)))),
				S(ReprS(Must(Call(op("attrgetter"), []Value{S("a.b")}, nil)))),
				S(ReprS(Must(Call(op("methodcaller"), []Value{S("m"), I(1), I(2)}, []string{"k"}))))), nil
		}},
		{"import operator\n(operator.itemgetter(2, 0)('abc'), operator.attrgetter('real', 'imag')(3), operator.methodcaller('split', ',')('a,b'))", func() (Value, *Exc) {
			return T(Must(Call(Must(Call(op("itemgetter"), []Value{I(2), I(0)}, nil)), []Value{S("abc")}, nil)),
				Must(Call(Must(Call(op("attrgetter"), []Value{S("real"), S("imag")}, nil)), []Value{I(3)}, nil)),
				Must(Call(Must(Call(op("methodcaller"), []Value{S("split"), S(",")}, nil)), []Value{S("a,b")}, nil))), nil
		}},
		{"import operator\n(operator.add(1, 2), operator.sub(5, 7), operator.truediv(1, 4), operator.floordiv(-7, 2), operator.mod(-7, 2), operator.neg(3), operator.not_([]), operator.truth(3), operator.lt(1, 2), operator.contains('abc', 'b'), operator.countOf([1, 2, 1], 1), operator.index(True))", func() (Value, *Exc) {
			c := func(n string, a ...Value) Value { return Must(Call(op(n), a, nil)) }
			return T(c("add", I(1), I(2)), c("sub", I(5), I(7)), c("truediv", I(1), I(4)), c("floordiv", I(-7), I(2)), c("mod", I(-7), I(2)),
				c("neg", I(3)), c("not_", L()), c("truth", I(3)), c("lt", I(1), I(2)), c("contains", S("abc"), S("b")), c("countOf", L(I(1), I(2), I(1)), I(1)), c("index", True)), nil
		}},
		{"import operator\noperator.concat(1, 2)", func() (Value, *Exc) { return Call(op("concat"), []Value{I(1), I(2)}, nil) }},
		{"import operator\noperator.itemgetter()", func() (Value, *Exc) { return Call(op("itemgetter"), nil, nil) }},
		{"import functools\nf = functools.singledispatch(repr)\nf.register(int, abs)\nf.register(list)(len)\n(f('a'), f(-3), f(True), f([1, 2]), f.dispatch(bool) is abs)", func() (Value, *Exc) {
			f := Must(Call(ft("singledispatch"), []Value{Bi("repr")}, nil))
			Must(Meth(f, "register", Bi("int"), Bi("abs")))
			Must(Call(Must(Meth(f, "register", Bi("list"))), []Value{Bi("len")}, nil))
			c := func(v Value) Value { return Must(Call(f, []Value{v}, nil)) }
			return T(c(S("a")), c(I(-3)), c(True), c(L(I(1), I(2))), Bool(Is(Must(Meth(f, "dispatch", Bi("bool"))), Bi("abs")))), nil
		}},
	}
	CheckCases(t, cases)
}
