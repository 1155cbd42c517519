package itertools

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// itertools against python3: results as lists, the argument errors, the
// groupby/_grouper sharing rules, tee's independent positions, reprs of
// count/repeat, and batched's absence in 3.11.
func TestItertoolsMatchesCPython(t *testing.T) {
	it := func(name string) rt.Value { return rttest.StdAttr("itertools", name) }
	list := func(v rt.Value, e *rt.Exc) (rt.Value, *rt.Exc) {
		if e != nil {
			return rt.Null, e
		}
		return rttest.CallB("list", v)
	}
	c := func(name string, a ...rt.Value) (rt.Value, *rt.Exc) { return list(rt.Call(it(name), a, nil)) }
	ck := func(name string, pos []rt.Value, kw map[string]rt.Value, order ...string) (rt.Value, *rt.Exc) {
		return list(rttest.CallKw(it(name), pos, kw, order...))
	}
	rng := func(n int64) rt.Value { return rttest.Must(rttest.CallB("range", rttest.I(n))) }
	gofn := func(f func(x rt.Value) (rt.Value, *rt.Exc)) rt.Value {
		return rt.Obj(&rt.BuiltinFunc{Name: "f", Fn: func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) { return f(args[0]) }})
	}
	lt4 := gofn(func(x rt.Value) (rt.Value, *rt.Exc) { return rt.Lt(x, rttest.I(4)) })
	cases := []rttest.PyCase{
		{Py: "import itertools\n[(k, list(g)) for k, g in itertools.groupby('aabbbcaa')]", Fn: func() (rt.Value, *rt.Exc) {
			gb := rttest.Must(rt.Call(it("groupby"), []rt.Value{rttest.S("aabbbcaa")}, nil))
			var out []rt.Value
			for {
				p, ok, e := rt.Next(gb)
				if e != nil || !ok {
					return rttest.L(out...), e
				}
				g := rttest.Must(rt.GetItem(p, rttest.I(1)))
				out = append(out, rttest.T(rttest.Must(rt.GetItem(p, rttest.I(0))), rttest.Must(rttest.CallB("list", g))))
			}
		}},
		{Py: "import itertools\ngs = list(itertools.groupby([1, 2, 3, 4, 6], key=lambda x: x % 2))\n[(k, list(g)) for k, g in gs]", Fn: func() (rt.Value, *rt.Exc) {
			gs := rttest.Must(ck("groupby", []rt.Value{rttest.L(rttest.I(1), rttest.I(2), rttest.I(3), rttest.I(4), rttest.I(6))}, map[string]rt.Value{"key": gofn(func(x rt.Value) (rt.Value, *rt.Exc) { return rt.Mod(x, rttest.I(2)) })}, "key"))
			items := gs.O.(*rt.List).Items
			var out []rt.Value
			for _, p := range items {
				out = append(out, rttest.T(rttest.Must(rt.GetItem(p, rttest.I(0))), rttest.Must(rttest.CallB("list", rttest.Must(rt.GetItem(p, rttest.I(1)))))))
			}
			return rttest.L(out...), nil
		}},
		{Py: "import itertools\ng = itertools.groupby('aab')\nk, g1 = next(g)\n(next(g1), next(g)[0], list(g1), type(g1).__name__, type(g).__name__)", Fn: func() (rt.Value, *rt.Exc) {
			g := rttest.Must(rt.Call(it("groupby"), []rt.Value{rttest.S("aab")}, nil))
			p := rttest.Must(rttest.CallB("next", g))
			g1 := rttest.Must(rt.GetItem(p, rttest.I(1)))
			a := rttest.Must(rttest.CallB("next", g1))
			b := rttest.Must(rt.GetItem(rttest.Must(rttest.CallB("next", g)), rttest.I(0)))
			return rttest.T(a, b, rttest.Must(rttest.CallB("list", g1)), rttest.Must(rt.GetAttr(rttest.Must(rttest.CallB("type", g1)), "__name__")), rttest.Must(rt.GetAttr(rttest.Must(rttest.CallB("type", g)), "__name__"))), nil
		}},
		{Py: "import itertools, operator\n(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2], initial=10)), list(itertools.accumulate([], initial=5)), list(itertools.accumulate([2, 3], operator.mul, initial=None)))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(c("accumulate", rttest.L(rttest.I(1), rttest.I(2), rttest.I(3), rttest.I(4)))), rttest.Must(c("accumulate", rttest.L(rttest.I(3), rttest.I(1), rttest.I(4)), rttest.Bi("max"))),
				rttest.Must(ck("accumulate", []rt.Value{rttest.L(rttest.I(1), rttest.I(2))}, map[string]rt.Value{"initial": rttest.I(10)}, "initial")),
				rttest.Must(ck("accumulate", []rt.Value{rttest.L()}, map[string]rt.Value{"initial": rttest.I(5)}, "initial")),
				rttest.Must(ck("accumulate", []rt.Value{rttest.L(rttest.I(2), rttest.I(3)), rttest.StdAttr("operator", "mul")}, map[string]rt.Value{"initial": rt.None}, "initial"))), nil
		}},
		{Py: "import itertools\nitertools.accumulate()", Fn: func() (rt.Value, *rt.Exc) { return c("accumulate") }},
		{Py: "import itertools\n(list(itertools.product('ab', [0, 1])), list(itertools.product('ab', repeat=2)), list(itertools.product()), list(itertools.product('ab', [])), list(itertools.product([1], repeat=0)))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(c("product", rttest.S("ab"), rttest.L(rttest.I(0), rttest.I(1)))), rttest.Must(ck("product", []rt.Value{rttest.S("ab")}, map[string]rt.Value{"repeat": rttest.I(2)}, "repeat")),
				rttest.Must(c("product")), rttest.Must(c("product", rttest.S("ab"), rttest.L())), rttest.Must(ck("product", []rt.Value{rttest.L(rttest.I(1))}, map[string]rt.Value{"repeat": rttest.I(0)}, "repeat"))), nil
		}},
		{Py: "import itertools\nitertools.product('a', repeat=-1)", Fn: func() (rt.Value, *rt.Exc) {
			return ck("product", []rt.Value{rttest.S("a")}, map[string]rt.Value{"repeat": rttest.I(-1)}, "repeat")
		}},
		{Py: "import itertools\nitertools.product('a', foo=1)", Fn: func() (rt.Value, *rt.Exc) {
			return ck("product", []rt.Value{rttest.S("a")}, map[string]rt.Value{"foo": rttest.I(1)}, "foo")
		}},
		{Py: "import itertools\n(list(itertools.combinations('abcd', 2)), list(itertools.combinations(range(3), 3)), list(itertools.combinations('ab', 3)), list(itertools.combinations('ab', 0)))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(c("combinations", rttest.S("abcd"), rttest.I(2))), rttest.Must(c("combinations", rng(3), rttest.I(3))), rttest.Must(c("combinations", rttest.S("ab"), rttest.I(3))), rttest.Must(c("combinations", rttest.S("ab"), rttest.I(0)))), nil
		}},
		{Py: "import itertools\n(list(itertools.combinations_with_replacement('abc', 2)), list(itertools.combinations_with_replacement('', 2)), list(itertools.combinations_with_replacement('', 0)))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(c("combinations_with_replacement", rttest.S("abc"), rttest.I(2))), rttest.Must(c("combinations_with_replacement", rttest.S(""), rttest.I(2))), rttest.Must(c("combinations_with_replacement", rttest.S(""), rttest.I(0)))), nil
		}},
		{Py: "import itertools\nitertools.combinations('a', -1)", Fn: func() (rt.Value, *rt.Exc) { return c("combinations", rttest.S("a"), rttest.I(-1)) }},
		{Py: "import itertools\n(list(itertools.permutations(range(3))), list(itertools.permutations('abcd', 2)), list(itertools.permutations('ab', 3)), len(list(itertools.permutations(range(5), 3))))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(c("permutations", rng(3))), rttest.Must(c("permutations", rttest.S("abcd"), rttest.I(2))), rttest.Must(c("permutations", rttest.S("ab"), rttest.I(3))),
				rttest.Must(rttest.CallB("len", rttest.Must(c("permutations", rng(5), rttest.I(3)))))), nil
		}},
		{Py: "import itertools\n(list(itertools.zip_longest('abc', [1], fillvalue='-')), list(itertools.zip_longest('ab', 'xyz')), list(itertools.zip_longest()))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(ck("zip_longest", []rt.Value{rttest.S("abc"), rttest.L(rttest.I(1))}, map[string]rt.Value{"fillvalue": rttest.S("-")}, "fillvalue")),
				rttest.Must(c("zip_longest", rttest.S("ab"), rttest.S("xyz"))), rttest.Must(c("zip_longest"))), nil
		}},
		{Py: "import itertools\n(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.filterfalse(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.filterfalse(None, [0, 1, '', 'a'])))", Fn: func() (rt.Value, *rt.Exc) {
			l := rttest.L(rttest.I(1), rttest.I(3), rttest.I(5), rttest.I(2))
			return rttest.T(rttest.Must(c("takewhile", lt4, l)), rttest.Must(c("dropwhile", lt4, l)), rttest.Must(c("filterfalse", lt4, l)), rttest.Must(c("filterfalse", rt.None, rttest.L(rttest.I(0), rttest.I(1), rttest.S(""), rttest.S("a"))))), nil
		}},
		{Py: "import itertools\n(list(itertools.pairwise('abcd')), list(itertools.pairwise('a')), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress('abcdef', [1, 0, 1, 0, 1])))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(c("pairwise", rttest.S("abcd"))), rttest.Must(c("pairwise", rttest.S("a"))), rttest.Must(c("starmap", rttest.Bi("pow"), rttest.L(rttest.T(rttest.I(2), rttest.I(3)), rttest.T(rttest.I(3), rttest.I(2))))),
				rttest.Must(c("compress", rttest.S("abcdef"), rttest.L(rttest.I(1), rttest.I(0), rttest.I(1), rttest.I(0), rttest.I(1))))), nil
		}},
		{Py: "import itertools\nitertools.pairwise()", Fn: func() (rt.Value, *rt.Exc) { return c("pairwise") }},
		{Py: "import itertools\na, b = itertools.tee(iter([1, 2, 3]))\nx = next(a)\n(list(b), list(a), type(a).__name__, len(itertools.tee('ab', 3)))", Fn: func() (rt.Value, *rt.Exc) {
			p := rttest.Must(rt.Call(it("tee"), []rt.Value{rttest.Must(rttest.CallB("iter", rttest.L(rttest.I(1), rttest.I(2), rttest.I(3))))}, nil))
			a, b := rttest.Must(rt.GetItem(p, rttest.I(0))), rttest.Must(rt.GetItem(p, rttest.I(1)))
			rttest.Must(rttest.CallB("next", a))
			return rttest.T(rttest.Must(rttest.CallB("list", b)), rttest.Must(rttest.CallB("list", a)), rttest.Must(rt.GetAttr(rttest.Must(rttest.CallB("type", a)), "__name__")),
				rttest.Must(rttest.CallB("len", rttest.Must(rt.Call(it("tee"), []rt.Value{rttest.S("ab"), rttest.I(3)}, nil))))), nil
		}},
		{Py: "import itertools\nitertools.tee('a', -1)", Fn: func() (rt.Value, *rt.Exc) { return rt.Call(it("tee"), []rt.Value{rttest.S("a"), rttest.I(-1)}, nil) }},
		{Py: "import itertools\nitertools.batched", Fn: func() (rt.Value, *rt.Exc) { return rt.GetAttr(rttest.Must(rt.Import("itertools", true, 0)), "batched") }},
		{Py: "import itertools\nc = itertools.count(5)\nnext(c)\n(repr(c), repr(itertools.count(2, 3)), repr(itertools.repeat(1, 3)), repr(itertools.repeat('a')))", Fn: func() (rt.Value, *rt.Exc) {
			cnt := rttest.Must(rt.Call(it("count"), []rt.Value{rttest.I(5)}, nil))
			rttest.Must(rttest.CallB("next", cnt))
			return rttest.T(rttest.S(rttest.ReprS(cnt)), rttest.S(rttest.ReprS(rttest.Must(rt.Call(it("count"), []rt.Value{rttest.I(2), rttest.I(3)}, nil)))),
				rttest.S(rttest.ReprS(rttest.Must(rt.Call(it("repeat"), []rt.Value{rttest.I(1), rttest.I(3)}, nil)))), rttest.S(rttest.ReprS(rttest.Must(rt.Call(it("repeat"), []rt.Value{rttest.S("a")}, nil))))), nil
		}},
	}
	rttest.CheckCases(t, cases)
}
