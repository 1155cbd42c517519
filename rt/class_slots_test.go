package rt_test

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// __slots__ against python3: no __dict__, CPython's AttributeError texts
// (unset slot, unknown name, deleting an unset slot), member descriptor
// reprs and receiver check, private-name mangling, subclasses with and
// without slots, '__dict__' as a slot, and the class-creation errors.
func TestSlotsVsCPython(t *testing.T) {
	const vec = "class V:\n    __slots__ = ('x', 'y', '__p')\nv = V()\n"
	mkV := func() rt.Value {
		return class("V", nil, func(ns rt.Value) { set(ns, "__slots__", rttest.T(rttest.S("x"), rttest.S("y"), rttest.S("__p"))) })
	}
	try := func(f func() (rt.Value, *rt.Exc)) rt.Value {
		v, e := f()
		if e != nil {
			return rttest.S(rt.FormatExcOnly(e))
		}
		return v
	}
	const tryPy = "def tr(f):\n    try:\n        return f()\n    except Exception as e:\n        return f'{type(e).__name__}: {e}\\n'\n"
	rttest.CheckCases(t, []rttest.PyCase{
		{Py: tryPy + vec + "(tr(lambda: v.x), tr(lambda: setattr(v, 'z', 1)), tr(lambda: delattr(v, 'y')), tr(lambda: v.__dict__), hasattr(v, '__dict__'), tr(lambda: vars(v)), V.x, V.__dict__['_V__p'], type(V.x).__name__)", Fn: func() (rt.Value, *rt.Exc) {
			c := mkV()
			v := rttest.Must(rt.Call(c, nil, nil))
			return rttest.T(try(func() (rt.Value, *rt.Exc) { return rt.GetAttr(v, "x") }),
				try(func() (rt.Value, *rt.Exc) { return rt.None, rt.SetAttr(v, "z", rttest.I(1)) }),
				try(func() (rt.Value, *rt.Exc) { return rt.None, rt.DelAttr(v, "y") }),
				try(func() (rt.Value, *rt.Exc) { return rt.GetAttr(v, "__dict__") }),
				rttest.Must(rttest.CallB("hasattr", v, rttest.S("__dict__"))),
				try(func() (rt.Value, *rt.Exc) { return rttest.CallB("vars", v) }),
				rttest.Must(rt.GetAttr(c, "x")), rttest.Must(rt.GetItem(rttest.Must(rt.GetAttr(c, "__dict__")), rttest.S("_V__p"))),
				rttest.Must(rt.GetAttr(rttest.Must(rttest.CallB("type", rttest.Must(rt.GetAttr(c, "x")))), "__name__"))), nil
		}},
		{Py: tryPy + vec + "v.x = 3\nr = [v.x]\ndel v.x\n(r, tr(lambda: v.x), tr(lambda: V.x.__get__(1, int)))", Fn: func() (rt.Value, *rt.Exc) {
			c := mkV()
			v := rttest.Must(rt.Call(c, nil, nil))
			rttest.Must(rt.None, rt.SetAttr(v, "x", rttest.I(3)))
			r := rttest.L(rttest.Must(rt.GetAttr(v, "x")))
			rttest.Must(rt.None, rt.DelAttr(v, "x"))
			return rttest.T(r, try(func() (rt.Value, *rt.Exc) { return rt.GetAttr(v, "x") }),
				try(func() (rt.Value, *rt.Exc) {
					return rt.CallMethod(rttest.Must(rt.GetAttr(c, "x")), "__get__", []rt.Value{rttest.I(1), rt.Obj(rt.IntType)}, nil)
				})), nil
		}},
		{Py: vec + "class W(V): pass\nw = W()\nw.z = 5\nw.x = 9\nclass X(V):\n    __slots__ = 'q'\nx = X()\nx.q = 1\nx.x = 2\nclass D:\n    __slots__ = ('a', '__dict__')\nd = D()\nd.b = 1\nd.a = 2\n(w.__dict__, w.x, x.q, x.x, hasattr(x, '__dict__'), d.__dict__, d.a)", Fn: func() (rt.Value, *rt.Exc) {
			c := mkV()
			w := rttest.Must(rt.Call(class("W", []rt.Value{c}, func(rt.Value) {}), nil, nil))
			rttest.Must(rt.None, rt.SetAttr(w, "z", rttest.I(5)))
			rttest.Must(rt.None, rt.SetAttr(w, "x", rttest.I(9)))
			x := rttest.Must(rt.Call(class("X", []rt.Value{c}, func(ns rt.Value) { set(ns, "__slots__", rttest.S("q")) }), nil, nil))
			rttest.Must(rt.None, rt.SetAttr(x, "q", rttest.I(1)))
			rttest.Must(rt.None, rt.SetAttr(x, "x", rttest.I(2)))
			d := rttest.Must(rt.Call(class("D", nil, func(ns rt.Value) { set(ns, "__slots__", rttest.T(rttest.S("a"), rttest.S("__dict__"))) }), nil, nil))
			rttest.Must(rt.None, rt.SetAttr(d, "b", rttest.I(1)))
			rttest.Must(rt.None, rt.SetAttr(d, "a", rttest.I(2)))
			return rttest.T(rttest.Must(rt.GetAttr(w, "__dict__")), rttest.Must(rt.GetAttr(w, "x")), rttest.Must(rt.GetAttr(x, "q")), rttest.Must(rt.GetAttr(x, "x")),
				rttest.Must(rttest.CallB("hasattr", x, rttest.S("__dict__"))), rttest.Must(rt.GetAttr(d, "__dict__")), rttest.Must(rt.GetAttr(d, "a"))), nil
		}},
		{Py: "class C:\n    __slots__ = ('x',)\n    x = 1\nC", Fn: func() (rt.Value, *rt.Exc) {
			return rt.BuildClass("C", "C", nil, nil, nil, func(ns rt.Value) *rt.Exc {
				set(ns, "__slots__", rttest.T(rttest.S("x")))
				set(ns, "x", rttest.I(1))
				return nil
			})
		}},
		{Py: "class C:\n    __slots__ = ('1',)\nC", Fn: func() (rt.Value, *rt.Exc) {
			return rt.BuildClass("C", "C", nil, nil, nil, func(ns rt.Value) *rt.Exc { set(ns, "__slots__", rttest.T(rttest.S("1"))); return nil })
		}},
		{Py: "class C:\n    __slots__ = 1\nC", Fn: func() (rt.Value, *rt.Exc) {
			return rt.BuildClass("C", "C", nil, nil, nil, func(ns rt.Value) *rt.Exc { set(ns, "__slots__", rttest.I(1)); return nil })
		}},
	})
}
