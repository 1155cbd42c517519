package functools

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// functools and operator from Go against python3 (decorators, wraps and
// cached_property are checked end to end with transpiled programs).
func TestFunctoolsOperator(t *testing.T) {
	ft := func(name string) rt.Value { return rttest.StdAttr("functools", name) }
	op := func(name string) rt.Value { return rttest.StdAttr("operator", name) }
	cases := []rttest.PyCase{
		{Py: "import functools\np = functools.partial(max, 1, key=abs)\n(repr(p), p(-5), p.args, p.keywords)", Fn: func() (rt.Value, *rt.Exc) {
			p := rttest.Must(rt.Call(ft("partial"), []rt.Value{rttest.Bi("max"), rttest.I(1), rttest.Bi("abs")}, []string{"key"}))
			return rttest.T(rttest.S(rttest.ReprS(p)), rttest.Must(rt.Call(p, []rt.Value{rttest.I(-5)}, nil)), rttest.Must(rt.GetAttr(p, "args")), rttest.Must(rt.GetAttr(p, "keywords"))), nil
		}},
		{Py: "import functools\nfunctools.partial(1)", Fn: func() (rt.Value, *rt.Exc) { return rt.Call(ft("partial"), []rt.Value{rttest.I(1)}, nil) }},
		{Py: "import functools, operator\n(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(operator.mul, [], 7))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.Call(ft("reduce"), []rt.Value{op("add"), rttest.L(rttest.I(1), rttest.I(2), rttest.I(3))}, nil)), rttest.Must(rt.Call(ft("reduce"), []rt.Value{op("mul"), rttest.L(), rttest.I(7)}, nil))), nil
		}},
		{Py: "import functools, operator\nfunctools.reduce(operator.add, [])", Fn: func() (rt.Value, *rt.Exc) { return rt.Call(ft("reduce"), []rt.Value{op("add"), rttest.L()}, nil) }},
		{Py: "import functools\nf = functools.lru_cache(maxsize=2)(abs)\n[f(x) for x in (1, -1, 2, 1, 3, 1)]\nf.cache_info()", Fn: func() (rt.Value, *rt.Exc) {
			f := rttest.Must(rt.Call(rttest.Must(rt.Call(ft("lru_cache"), []rt.Value{rttest.I(2)}, []string{"maxsize"})), []rt.Value{rttest.Bi("abs")}, nil))
			for _, x := range []int64{1, -1, 2, 1, 3, 1} {
				rttest.Must(rt.Call(f, []rt.Value{rttest.I(x)}, nil))
			}
			return rttest.Meth(f, "cache_info")
		}},
		{Py: "import functools\nf = functools.cache(abs)\nf(1); f(1)\nf.cache_info()", Fn: func() (rt.Value, *rt.Exc) {
			f := rttest.Must(rt.Call(ft("cache"), []rt.Value{rttest.Bi("abs")}, nil))
			rttest.Must(rt.Call(f, []rt.Value{rttest.I(1)}, nil))
			rttest.Must(rt.Call(f, []rt.Value{rttest.I(1)}, nil))
			return rttest.Meth(f, "cache_info")
		}},
		{Py: "import operator\n(repr(operator.itemgetter(1, 'a')), repr(operator.attrgetter('a.b')), repr(operator.methodcaller('m', 1, k=2)))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.S(rttest.ReprS(rttest.Must(rt.Call(op("itemgetter"), []rt.Value{rttest.I(1), rttest.S("a")}, nil)))),
				rttest.S(rttest.ReprS(rttest.Must(rt.Call(op("attrgetter"), []rt.Value{rttest.S("a.b")}, nil)))),
				rttest.S(rttest.ReprS(rttest.Must(rt.Call(op("methodcaller"), []rt.Value{rttest.S("m"), rttest.I(1), rttest.I(2)}, []string{"k"}))))), nil
		}},
		{Py: "import operator\n(operator.itemgetter(2, 0)('abc'), operator.attrgetter('real', 'imag')(3), operator.methodcaller('split', ',')('a,b'))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.Call(rttest.Must(rt.Call(op("itemgetter"), []rt.Value{rttest.I(2), rttest.I(0)}, nil)), []rt.Value{rttest.S("abc")}, nil)),
				rttest.Must(rt.Call(rttest.Must(rt.Call(op("attrgetter"), []rt.Value{rttest.S("real"), rttest.S("imag")}, nil)), []rt.Value{rttest.I(3)}, nil)),
				rttest.Must(rt.Call(rttest.Must(rt.Call(op("methodcaller"), []rt.Value{rttest.S("split"), rttest.S(",")}, nil)), []rt.Value{rttest.S("a,b")}, nil))), nil
		}},
		{Py: "import operator\n(operator.add(1, 2), operator.sub(5, 7), operator.truediv(1, 4), operator.floordiv(-7, 2), operator.mod(-7, 2), operator.neg(3), operator.not_([]), operator.truth(3), operator.lt(1, 2), operator.contains('abc', 'b'), operator.countOf([1, 2, 1], 1), operator.index(True))", Fn: func() (rt.Value, *rt.Exc) {
			c := func(n string, a ...rt.Value) rt.Value { return rttest.Must(rt.Call(op(n), a, nil)) }
			return rttest.T(c("add", rttest.I(1), rttest.I(2)), c("sub", rttest.I(5), rttest.I(7)), c("truediv", rttest.I(1), rttest.I(4)), c("floordiv", rttest.I(-7), rttest.I(2)), c("mod", rttest.I(-7), rttest.I(2)),
				c("neg", rttest.I(3)), c("not_", rttest.L()), c("truth", rttest.I(3)), c("lt", rttest.I(1), rttest.I(2)), c("contains", rttest.S("abc"), rttest.S("b")), c("countOf", rttest.L(rttest.I(1), rttest.I(2), rttest.I(1)), rttest.I(1)), c("index", rt.True)), nil
		}},
		{Py: "import operator\noperator.concat(1, 2)", Fn: func() (rt.Value, *rt.Exc) { return rt.Call(op("concat"), []rt.Value{rttest.I(1), rttest.I(2)}, nil) }},
		{Py: "import operator\noperator.itemgetter()", Fn: func() (rt.Value, *rt.Exc) { return rt.Call(op("itemgetter"), nil, nil) }},
		{Py: "import functools\nf = functools.singledispatch(repr)\nf.register(int, abs)\nf.register(list)(len)\n(f('a'), f(-3), f(True), f([1, 2]), f.dispatch(bool) is abs)", Fn: func() (rt.Value, *rt.Exc) {
			f := rttest.Must(rt.Call(ft("singledispatch"), []rt.Value{rttest.Bi("repr")}, nil))
			rttest.Must(rttest.Meth(f, "register", rttest.Bi("int"), rttest.Bi("abs")))
			rttest.Must(rt.Call(rttest.Must(rttest.Meth(f, "register", rttest.Bi("list"))), []rt.Value{rttest.Bi("len")}, nil))
			c := func(v rt.Value) rt.Value { return rttest.Must(rt.Call(f, []rt.Value{v}, nil)) }
			return rttest.T(c(rttest.S("a")), c(rttest.I(-3)), c(rt.True), c(rttest.L(rttest.I(1), rttest.I(2))), rt.Bool(rt.Is(rttest.Must(rttest.Meth(f, "dispatch", rttest.Bi("bool"))), rttest.Bi("abs")))), nil
		}},
	}
	rttest.CheckCases(t, cases)
}
