package dataclasses

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// dataclasses against python3, classes built from Go with an
// __annotations__ dict (what a class body with annotations produces).
func TestDataclassesModule(t *testing.T) {
	dc := func(name string) rt.Value { return rttest.StdAttr("dataclasses", name) }
	mk := func(name string, ann []rt.Value, kv []rt.Value, opts []string, optv ...rt.Value) rt.Value {
		cls := rttest.Must(rt.BuildClass(name, name, nil, nil, nil, func(ns rt.Value) *rt.Exc {
			rt.DictSet(ns, rttest.S("__annotations__"), rttest.D(ann...))
			for i := 0; i < len(kv); i += 2 {
				rt.DictSet(ns, kv[i], kv[i+1])
			}
			return nil
		}))
		if len(opts) == 0 {
			return rttest.Must(rt.Call(dc("dataclass"), []rt.Value{cls}, nil))
		}
		return rttest.Must(rt.Call(rttest.Must(rt.Call(dc("dataclass"), optv, opts)), []rt.Value{cls}, nil))
	}
	field := func(kw []string, v ...rt.Value) rt.Value { return rttest.Must(rt.Call(dc("field"), v, kw)) }
	pyPoint := "import dataclasses\n@dataclasses.dataclass\nclass Point:\n    x: int\n    y: int = 0\n    tags: list = dataclasses.field(default_factory=list)\n"
	point := func() rt.Value {
		return mk("Point", []rt.Value{rttest.S("x"), rttest.Bi("int"), rttest.S("y"), rttest.Bi("int"), rttest.S("tags"), rttest.Bi("list")}, []rt.Value{rttest.S("y"), rttest.I(0), rttest.S("tags"), field([]string{"default_factory"}, rttest.Bi("list"))}, nil)
	}
	cases := []rttest.PyCase{
		{Py: pyPoint + "p = Point(1)\nq = Point(1, 0)\n(p, Point(2, y=3, tags=['a']), p == q, p == Point(2), Point.__hash__, Point.__match_args__, dataclasses.asdict(p), dataclasses.astuple(Point(1, 2)), dataclasses.replace(p, y=5), [f.name for f in dataclasses.fields(p)], dataclasses.is_dataclass(p), p.tags is not q.tags)", Fn: func() (rt.Value, *rt.Exc) {
			P := point()
			p := rttest.Must(rt.Call(P, []rt.Value{rttest.I(1)}, nil))
			q := rttest.Must(rt.Call(P, []rt.Value{rttest.I(1), rttest.I(0)}, nil))
			var names []rt.Value
			for _, f := range rttest.Must(rt.Call(dc("fields"), []rt.Value{p}, nil)).O.(*rt.Tuple).Items {
				names = append(names, rttest.Must(rt.GetAttr(f, "name")))
			}
			return rttest.T(p, rttest.Must(rt.Call(P, []rt.Value{rttest.I(2), rttest.I(3), rttest.L(rttest.S("a"))}, []string{"y", "tags"})), rttest.Must(rt.Eq(p, q)), rttest.Must(rt.Eq(p, rttest.Must(rt.Call(P, []rt.Value{rttest.I(2)}, nil)))),
				rttest.Must(rt.GetAttr(P, "__hash__")), rttest.Must(rt.GetAttr(P, "__match_args__")), rttest.Must(rt.Call(dc("asdict"), []rt.Value{p}, nil)),
				rttest.Must(rt.Call(dc("astuple"), []rt.Value{rttest.Must(rt.Call(P, []rt.Value{rttest.I(1), rttest.I(2)}, nil))}, nil)),
				rttest.Must(rt.Call(dc("replace"), []rt.Value{p, rttest.I(5)}, []string{"y"})), rttest.L(names...), rttest.Must(rt.Call(dc("is_dataclass"), []rt.Value{p}, nil)),
				rt.Bool(!rt.Is(rttest.Must(rt.GetAttr(p, "tags")), rttest.Must(rt.GetAttr(q, "tags"))))), nil
		}},
		{Py: pyPoint + "Point()", Fn: func() (rt.Value, *rt.Exc) { return rt.Call(point(), nil, nil) }},
		{Py: "import dataclasses\n@dataclasses.dataclass(order=True, frozen=True)\nclass V:\n    a: int\n    b: str = 'x'\nv = V(1)\n(v < V(2), V(1, 'a') < v, sorted([V(3), V(1, 'z'), V(1)]), hash(v) == hash(V(1)), {v: 1}[V(1)])", Fn: func() (rt.Value, *rt.Exc) {
			V := mk("V", []rt.Value{rttest.S("a"), rttest.Bi("int"), rttest.S("b"), rttest.Bi("str")}, []rt.Value{rttest.S("b"), rttest.S("x")}, []string{"order", "frozen"}, rt.True, rt.True)
			v := rttest.Must(rt.Call(V, []rt.Value{rttest.I(1)}, nil))
			d := rttest.D(v, rttest.I(1))
			return rttest.T(rttest.Must(rt.Lt(v, rttest.Must(rt.Call(V, []rt.Value{rttest.I(2)}, nil)))), rttest.Must(rt.Lt(rttest.Must(rt.Call(V, []rt.Value{rttest.I(1), rttest.S("a")}, nil)), v)),
				rttest.Must(rttest.CallB("sorted", rttest.L(rttest.Must(rt.Call(V, []rt.Value{rttest.I(3)}, nil)), rttest.Must(rt.Call(V, []rt.Value{rttest.I(1), rttest.S("z")}, nil)), rttest.Must(rt.Call(V, []rt.Value{rttest.I(1)}, nil))))),
				rt.Bool(rttest.Must(rttest.CallB("hash", v)).I == rttest.Must(rttest.CallB("hash", rttest.Must(rt.Call(V, []rt.Value{rttest.I(1)}, nil)))).I), rttest.Must(rt.GetItem(d, rttest.Must(rt.Call(V, []rt.Value{rttest.I(1)}, nil))))), nil
		}},
		{Py: "import dataclasses\n@dataclasses.dataclass(frozen=True)\nclass V:\n    a: int\nsetattr(V(1), 'a', 2)", Fn: func() (rt.Value, *rt.Exc) {
			V := mk("V", []rt.Value{rttest.S("a"), rttest.Bi("int")}, nil, []string{"frozen"}, rt.True)
			return rt.None, rt.SetAttr(rttest.Must(rt.Call(V, []rt.Value{rttest.I(1)}, nil)), "a", rttest.I(2))
		}},
		{Py: "import dataclasses\n@dataclasses.dataclass\nclass B:\n    a: int = 1\n    b: int\n", Fn: func() (rt.Value, *rt.Exc) {
			cls := rttest.Must(rt.BuildClass("B", "B", nil, nil, nil, func(ns rt.Value) *rt.Exc {
				rt.DictSet(ns, rttest.S("__annotations__"), rttest.D(rttest.S("a"), rttest.Bi("int"), rttest.S("b"), rttest.Bi("int")))
				return rt.DictSet(ns, rttest.S("a"), rttest.I(1))
			}))
			return rt.Call(dc("dataclass"), []rt.Value{cls}, nil)
		}},
		{Py: "import dataclasses\n@dataclasses.dataclass\nclass B:\n    a: list = []\n", Fn: func() (rt.Value, *rt.Exc) {
			cls := rttest.Must(rt.BuildClass("B", "B", nil, nil, nil, func(ns rt.Value) *rt.Exc {
				rt.DictSet(ns, rttest.S("__annotations__"), rttest.D(rttest.S("a"), rttest.Bi("list")))
				return rt.DictSet(ns, rttest.S("a"), rttest.L())
			}))
			return rt.Call(dc("dataclass"), []rt.Value{cls}, nil)
		}},
	}
	rttest.CheckCases(t, cases)
}
