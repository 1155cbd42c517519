package rt

import "testing"

// dataclasses against python3, classes built from Go with an
// __annotations__ dict (what a class body with annotations produces).
func TestDataclassesModule(t *testing.T) {
	dc := func(name string) Value { return StdAttr("dataclasses", name) }
	mk := func(name string, ann []Value, kv []Value, opts []string, optv ...Value) Value {
		cls := Must(BuildClass(name, name, nil, nil, nil, func(ns Value) *Exc {
			DictSet(ns, S("__annotations__"), D(ann...))
			for i := 0; i < len(kv); i += 2 {
				DictSet(ns, kv[i], kv[i+1])
			}
			return nil
		}))
		if len(opts) == 0 {
			return Must(Call(dc("dataclass"), []Value{cls}, nil))
		}
		return Must(Call(Must(Call(dc("dataclass"), optv, opts)), []Value{cls}, nil))
	}
	field := func(kw []string, v ...Value) Value { return Must(Call(dc("field"), v, kw)) }
	pyPoint := "import dataclasses\n@dataclasses.dataclass\nclass Point:\n    x: int\n    y: int = 0\n    tags: list = dataclasses.field(default_factory=list)\n"
	point := func() Value {
		return mk("Point", []Value{S("x"), Bi("int"), S("y"), Bi("int"), S("tags"), Bi("list")}, []Value{S("y"), I(0), S("tags"), field([]string{"default_factory"}, Bi("list"))}, nil)
	}
	cases := []PyCase{
		{pyPoint + "p = Point(1)\nq = Point(1, 0)\n(p, Point(2, y=3, tags=['a']), p == q, p == Point(2), Point.__hash__, Point.__match_args__, dataclasses.asdict(p), dataclasses.astuple(Point(1, 2)), dataclasses.replace(p, y=5), [f.name for f in dataclasses.fields(p)], dataclasses.is_dataclass(p), p.tags is not q.tags)", func() (Value, *Exc) {
			P := point()
			p := Must(Call(P, []Value{I(1)}, nil))
			q := Must(Call(P, []Value{I(1), I(0)}, nil))
			var names []Value
			for _, f := range Must(Call(dc("fields"), []Value{p}, nil)).O.(*Tuple).Items {
				names = append(names, Must(GetAttr(f, "name")))
			}
			return T(p, Must(Call(P, []Value{I(2), I(3), L(S("a"))}, []string{"y", "tags"})), Must(Eq(p, q)), Must(Eq(p, Must(Call(P, []Value{I(2)}, nil)))),
				Must(GetAttr(P, "__hash__")), Must(GetAttr(P, "__match_args__")), Must(Call(dc("asdict"), []Value{p}, nil)),
				Must(Call(dc("astuple"), []Value{Must(Call(P, []Value{I(1), I(2)}, nil))}, nil)),
				Must(Call(dc("replace"), []Value{p, I(5)}, []string{"y"})), L(names...), Must(Call(dc("is_dataclass"), []Value{p}, nil)),
				Bool(!Is(Must(GetAttr(p, "tags")), Must(GetAttr(q, "tags"))))), nil
		}},
		{pyPoint + "Point()", func() (Value, *Exc) { return Call(point(), nil, nil) }},
		{"import dataclasses\n@dataclasses.dataclass(order=True, frozen=True)\nclass V:\n    a: int\n    b: str = 'x'\nv = V(1)\n(v < V(2), V(1, 'a') < v, sorted([V(3), V(1, 'z'), V(1)]), hash(v) == hash(V(1)), {v: 1}[V(1)])", func() (Value, *Exc) {
			V := mk("V", []Value{S("a"), Bi("int"), S("b"), Bi("str")}, []Value{S("b"), S("x")}, []string{"order", "frozen"}, True, True)
			v := Must(Call(V, []Value{I(1)}, nil))
			d := D(v, I(1))
			return T(Must(Lt(v, Must(Call(V, []Value{I(2)}, nil)))), Must(Lt(Must(Call(V, []Value{I(1), S("a")}, nil)), v)),
				Must(CallB("sorted", L(Must(Call(V, []Value{I(3)}, nil)), Must(Call(V, []Value{I(1), S("z")}, nil)), Must(Call(V, []Value{I(1)}, nil))))),
				Bool(Must(CallB("hash", v)).I == Must(CallB("hash", Must(Call(V, []Value{I(1)}, nil)))).I), Must(GetItem(d, Must(Call(V, []Value{I(1)}, nil))))), nil
		}},
		{"import dataclasses\n@dataclasses.dataclass(frozen=True)\nclass V:\n    a: int\nsetattr(V(1), 'a', 2)", func() (Value, *Exc) {
			V := mk("V", []Value{S("a"), Bi("int")}, nil, []string{"frozen"}, True)
			return None, SetAttr(Must(Call(V, []Value{I(1)}, nil)), "a", I(2))
		}},
		{"import dataclasses\n@dataclasses.dataclass\nclass B:\n    a: int = 1\n    b: int\n", func() (Value, *Exc) {
			cls := Must(BuildClass("B", "B", nil, nil, nil, func(ns Value) *Exc {
				DictSet(ns, S("__annotations__"), D(S("a"), Bi("int"), S("b"), Bi("int")))
				return DictSet(ns, S("a"), I(1))
			}))
			return Call(dc("dataclass"), []Value{cls}, nil)
		}},
		{"import dataclasses\n@dataclasses.dataclass\nclass B:\n    a: list = []\n", func() (Value, *Exc) {
			cls := Must(BuildClass("B", "B", nil, nil, nil, func(ns Value) *Exc {
				DictSet(ns, S("__annotations__"), D(S("a"), Bi("list")))
				return DictSet(ns, S("a"), L())
			}))
			return Call(dc("dataclass"), []Value{cls}, nil)
		}},
	}
	CheckCases(t, cases)
}
