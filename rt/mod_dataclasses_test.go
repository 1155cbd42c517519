package rt

import "testing"

// dataclasses against python3, classes built from Go with an
// __annotations__ dict (what a class body with annotations produces).
func TestDataclassesModule(t *testing.T) {
	dc := func(name string) Value { return stdAttr("dataclasses", name) }
	mk := func(name string, ann []Value, kv []Value, opts []string, optv ...Value) Value {
		cls := must(BuildClass(name, name, nil, nil, nil, func(ns Value) *Exc {
			DictSet(ns, S("__annotations__"), D(ann...))
			for i := 0; i < len(kv); i += 2 {
				DictSet(ns, kv[i], kv[i+1])
			}
			return nil
		}))
		if len(opts) == 0 {
			return must(Call(dc("dataclass"), []Value{cls}, nil))
		}
		return must(Call(must(Call(dc("dataclass"), optv, opts)), []Value{cls}, nil))
	}
	field := func(kw []string, v ...Value) Value { return must(Call(dc("field"), v, kw)) }
	pyPoint := "import dataclasses\n@dataclasses.dataclass\nclass Point:\n    x: int\n    y: int = 0\n    tags: list = dataclasses.field(default_factory=list)\n"
	point := func() Value {
		return mk("Point", []Value{S("x"), bi("int"), S("y"), bi("int"), S("tags"), bi("list")}, []Value{S("y"), I(0), S("tags"), field([]string{"default_factory"}, bi("list"))}, nil)
	}
	cases := []pyCase{
		{pyPoint + "p = Point(1)\nq = Point(1, 0)\n(p, Point(2, y=3, tags=['a']), p == q, p == Point(2), Point.__hash__, Point.__match_args__, dataclasses.asdict(p), dataclasses.astuple(Point(1, 2)), dataclasses.replace(p, y=5), [f.name for f in dataclasses.fields(p)], dataclasses.is_dataclass(p), p.tags is not q.tags)", func() (Value, *Exc) {
			P := point()
			p := must(Call(P, []Value{I(1)}, nil))
			q := must(Call(P, []Value{I(1), I(0)}, nil))
			var names []Value
			for _, f := range must(Call(dc("fields"), []Value{p}, nil)).O.(*Tuple).Items {
				names = append(names, must(GetAttr(f, "name")))
			}
			return T(p, must(Call(P, []Value{I(2), I(3), L(S("a"))}, []string{"y", "tags"})), must(Eq(p, q)), must(Eq(p, must(Call(P, []Value{I(2)}, nil)))),
				must(GetAttr(P, "__hash__")), must(GetAttr(P, "__match_args__")), must(Call(dc("asdict"), []Value{p}, nil)),
				must(Call(dc("astuple"), []Value{must(Call(P, []Value{I(1), I(2)}, nil))}, nil)),
				must(Call(dc("replace"), []Value{p, I(5)}, []string{"y"})), L(names...), must(Call(dc("is_dataclass"), []Value{p}, nil)),
				Bool(!Is(must(GetAttr(p, "tags")), must(GetAttr(q, "tags"))))), nil
		}},
		{pyPoint + "Point()", func() (Value, *Exc) { return Call(point(), nil, nil) }},
		{"import dataclasses\n@dataclasses.dataclass(order=True, frozen=True)\nclass V:\n    a: int\n    b: str = 'x'\nv = V(1)\n(v < V(2), V(1, 'a') < v, sorted([V(3), V(1, 'z'), V(1)]), hash(v) == hash(V(1)), {v: 1}[V(1)])", func() (Value, *Exc) {
			V := mk("V", []Value{S("a"), bi("int"), S("b"), bi("str")}, []Value{S("b"), S("x")}, []string{"order", "frozen"}, True, True)
			v := must(Call(V, []Value{I(1)}, nil))
			d := D(v, I(1))
			return T(must(Lt(v, must(Call(V, []Value{I(2)}, nil)))), must(Lt(must(Call(V, []Value{I(1), S("a")}, nil)), v)),
				must(callB("sorted", L(must(Call(V, []Value{I(3)}, nil)), must(Call(V, []Value{I(1), S("z")}, nil)), must(Call(V, []Value{I(1)}, nil))))),
				Bool(must(callB("hash", v)).I == must(callB("hash", must(Call(V, []Value{I(1)}, nil)))).I), must(GetItem(d, must(Call(V, []Value{I(1)}, nil))))), nil
		}},
		{"import dataclasses\n@dataclasses.dataclass(frozen=True)\nclass V:\n    a: int\nsetattr(V(1), 'a', 2)", func() (Value, *Exc) {
			V := mk("V", []Value{S("a"), bi("int")}, nil, []string{"frozen"}, True)
			return None, SetAttr(must(Call(V, []Value{I(1)}, nil)), "a", I(2))
		}},
		{"import dataclasses\n@dataclasses.dataclass\nclass B:\n    a: int = 1\n    b: int\n", func() (Value, *Exc) {
			cls := must(BuildClass("B", "B", nil, nil, nil, func(ns Value) *Exc {
				DictSet(ns, S("__annotations__"), D(S("a"), bi("int"), S("b"), bi("int")))
				return DictSet(ns, S("a"), I(1))
			}))
			return Call(dc("dataclass"), []Value{cls}, nil)
		}},
		{"import dataclasses\n@dataclasses.dataclass\nclass B:\n    a: list = []\n", func() (Value, *Exc) {
			cls := must(BuildClass("B", "B", nil, nil, nil, func(ns Value) *Exc {
				DictSet(ns, S("__annotations__"), D(S("a"), bi("list")))
				return DictSet(ns, S("a"), L())
			}))
			return Call(dc("dataclass"), []Value{cls}, nil)
		}},
	}
	checkCases(t, cases)
}
