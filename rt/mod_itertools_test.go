package rt

import "testing"

// itertools against python3: results as lists, the argument errors, the
// groupby/_grouper sharing rules, tee's independent positions, reprs of
// count/repeat, and batched's absence in 3.11.
func TestItertoolsMatchesCPython(t *testing.T) {
	it := func(name string) Value { return StdAttr("itertools", name) }
	list := func(v Value, e *Exc) (Value, *Exc) {
		if e != nil {
			return Null, e
		}
		return CallB("list", v)
	}
	c := func(name string, a ...Value) (Value, *Exc) { return list(Call(it(name), a, nil)) }
	ck := func(name string, pos []Value, kw map[string]Value, order ...string) (Value, *Exc) {
		return list(CallKw(it(name), pos, kw, order...))
	}
	rng := func(n int64) Value { return Must(CallB("range", I(n))) }
	gofn := func(f func(x Value) (Value, *Exc)) Value {
		return Obj(&BuiltinFunc{Name: "f", Fn: func(args []Value, kw []string) (Value, *Exc) { return f(args[0]) }})
	}
	lt4 := gofn(func(x Value) (Value, *Exc) { return Lt(x, I(4)) })
	cases := []PyCase{
		{"import itertools\n[(k, list(g)) for k, g in itertools.groupby('aabbbcaa')]", func() (Value, *Exc) {
			gb := Must(Call(it("groupby"), []Value{S("aabbbcaa")}, nil))
			var out []Value
			for {
				p, ok, e := Next(gb)
				if e != nil || !ok {
					return L(out...), e
				}
				g := Must(GetItem(p, I(1)))
				out = append(out, T(Must(GetItem(p, I(0))), Must(CallB("list", g))))
			}
		}},
		{"import itertools\ngs = list(itertools.groupby([1, 2, 3, 4, 6], key=lambda x: x % 2))\n[(k, list(g)) for k, g in gs]", func() (Value, *Exc) {
			gs := Must(ck("groupby", []Value{L(I(1), I(2), I(3), I(4), I(6))}, map[string]Value{"key": gofn(func(x Value) (Value, *Exc) { return Mod(x, I(2)) })}, "key"))
			items := gs.O.(*List).Items
			var out []Value
			for _, p := range items {
				out = append(out, T(Must(GetItem(p, I(0))), Must(CallB("list", Must(GetItem(p, I(1)))))))
			}
			return L(out...), nil
		}},
		{"import itertools\ng = itertools.groupby('aab')\nk, g1 = next(g)\n(next(g1), next(g)[0], list(g1), type(g1).__name__, type(g).__name__)", func() (Value, *Exc) {
			g := Must(Call(it("groupby"), []Value{S("aab")}, nil))
			p := Must(CallB("next", g))
			g1 := Must(GetItem(p, I(1)))
			a := Must(CallB("next", g1))
			b := Must(GetItem(Must(CallB("next", g)), I(0)))
			return T(a, b, Must(CallB("list", g1)), Must(GetAttr(Must(CallB("type", g1)), "__name__")), Must(GetAttr(Must(CallB("type", g)), "__name__"))), nil
		}},
		{"import itertools, operator\n(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2], initial=10)), list(itertools.accumulate([], initial=5)), list(itertools.accumulate([2, 3], operator.mul, initial=None)))", func() (Value, *Exc) {
			return T(Must(c("accumulate", L(I(1), I(2), I(3), I(4)))), Must(c("accumulate", L(I(3), I(1), I(4)), Bi("max"))),
				Must(ck("accumulate", []Value{L(I(1), I(2))}, map[string]Value{"initial": I(10)}, "initial")),
				Must(ck("accumulate", []Value{L()}, map[string]Value{"initial": I(5)}, "initial")),
				Must(ck("accumulate", []Value{L(I(2), I(3)), StdAttr("operator", "mul")}, map[string]Value{"initial": None}, "initial"))), nil
		}},
		{"import itertools\nitertools.accumulate()", func() (Value, *Exc) { return c("accumulate") }},
		{"import itertools\n(list(itertools.product('ab', [0, 1])), list(itertools.product('ab', repeat=2)), list(itertools.product()), list(itertools.product('ab', [])), list(itertools.product([1], repeat=0)))", func() (Value, *Exc) {
			return T(Must(c("product", S("ab"), L(I(0), I(1)))), Must(ck("product", []Value{S("ab")}, map[string]Value{"repeat": I(2)}, "repeat")),
				Must(c("product")), Must(c("product", S("ab"), L())), Must(ck("product", []Value{L(I(1))}, map[string]Value{"repeat": I(0)}, "repeat"))), nil
		}},
		{"import itertools\nitertools.product('a', repeat=-1)", func() (Value, *Exc) {
			return ck("product", []Value{S("a")}, map[string]Value{"repeat": I(-1)}, "repeat")
		}},
		{"import itertools\nitertools.product('a', foo=1)", func() (Value, *Exc) {
			return ck("product", []Value{S("a")}, map[string]Value{"foo": I(1)}, "foo")
		}},
		{"import itertools\n(list(itertools.combinations('abcd', 2)), list(itertools.combinations(range(3), 3)), list(itertools.combinations('ab', 3)), list(itertools.combinations('ab', 0)))", func() (Value, *Exc) {
			return T(Must(c("combinations", S("abcd"), I(2))), Must(c("combinations", rng(3), I(3))), Must(c("combinations", S("ab"), I(3))), Must(c("combinations", S("ab"), I(0)))), nil
		}},
		{"import itertools\n(list(itertools.combinations_with_replacement('abc', 2)), list(itertools.combinations_with_replacement('', 2)), list(itertools.combinations_with_replacement('', 0)))", func() (Value, *Exc) {
			return T(Must(c("combinations_with_replacement", S("abc"), I(2))), Must(c("combinations_with_replacement", S(""), I(2))), Must(c("combinations_with_replacement", S(""), I(0)))), nil
		}},
		{"import itertools\nitertools.combinations('a', -1)", func() (Value, *Exc) { return c("combinations", S("a"), I(-1)) }},
		{"import itertools\n(list(itertools.permutations(range(3))), list(itertools.permutations('abcd', 2)), list(itertools.permutations('ab', 3)), len(list(itertools.permutations(range(5), 3))))", func() (Value, *Exc) {
			return T(Must(c("permutations", rng(3))), Must(c("permutations", S("abcd"), I(2))), Must(c("permutations", S("ab"), I(3))),
				Must(CallB("len", Must(c("permutations", rng(5), I(3)))))), nil
		}},
		{"import itertools\n(list(itertools.zip_longest('abc', [1], fillvalue='-')), list(itertools.zip_longest('ab', 'xyz')), list(itertools.zip_longest()))", func() (Value, *Exc) {
			return T(Must(ck("zip_longest", []Value{S("abc"), L(I(1))}, map[string]Value{"fillvalue": S("-")}, "fillvalue")),
				Must(c("zip_longest", S("ab"), S("xyz"))), Must(c("zip_longest"))), nil
		}},
		{"import itertools\n(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.filterfalse(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.filterfalse(None, [0, 1, '', 'a'])))", func() (Value, *Exc) {
			l := L(I(1), I(3), I(5), I(2))
			return T(Must(c("takewhile", lt4, l)), Must(c("dropwhile", lt4, l)), Must(c("filterfalse", lt4, l)), Must(c("filterfalse", None, L(I(0), I(1), S(""), S("a"))))), nil
		}},
		{"import itertools\n(list(itertools.pairwise('abcd')), list(itertools.pairwise('a')), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress('abcdef', [1, 0, 1, 0, 1])))", func() (Value, *Exc) {
			return T(Must(c("pairwise", S("abcd"))), Must(c("pairwise", S("a"))), Must(c("starmap", Bi("pow"), L(T(I(2), I(3)), T(I(3), I(2))))),
				Must(c("compress", S("abcdef"), L(I(1), I(0), I(1), I(0), I(1))))), nil
		}},
		{"import itertools\nitertools.pairwise()", func() (Value, *Exc) { return c("pairwise") }},
		{"import itertools\na, b = itertools.tee(iter([1, 2, 3]))\nx = next(a)\n(list(b), list(a), type(a).__name__, len(itertools.tee('ab', 3)))", func() (Value, *Exc) {
			p := Must(Call(it("tee"), []Value{Must(CallB("iter", L(I(1), I(2), I(3))))}, nil))
			a, b := Must(GetItem(p, I(0))), Must(GetItem(p, I(1)))
			Must(CallB("next", a))
			return T(Must(CallB("list", b)), Must(CallB("list", a)), Must(GetAttr(Must(CallB("type", a)), "__name__")),
				Must(CallB("len", Must(Call(it("tee"), []Value{S("ab"), I(3)}, nil))))), nil
		}},
		{"import itertools\nitertools.tee('a', -1)", func() (Value, *Exc) { return Call(it("tee"), []Value{S("a"), I(-1)}, nil) }},
		{"import itertools\nitertools.batched", func() (Value, *Exc) { return GetAttr(Must(Import("itertools", true, 0)), "batched") }},
		{"import itertools\nc = itertools.count(5)\nnext(c)\n(repr(c), repr(itertools.count(2, 3)), repr(itertools.repeat(1, 3)), repr(itertools.repeat('a')))", func() (Value, *Exc) {
			cnt := Must(Call(it("count"), []Value{I(5)}, nil))
			Must(CallB("next", cnt))
			return T(S(ReprS(cnt)), S(ReprS(Must(Call(it("count"), []Value{I(2), I(3)}, nil)))),
				S(ReprS(Must(Call(it("repeat"), []Value{I(1), I(3)}, nil)))), S(ReprS(Must(Call(it("repeat"), []Value{S("a")}, nil))))), nil
		}},
	}
	CheckCases(t, cases)
}
