package rt

import "testing"

// __slots__ against python3: no __dict__, CPython's AttributeError texts
// (unset slot, unknown name, deleting an unset slot), member descriptor
// reprs and receiver check, private-name mangling, subclasses with and
// without slots, '__dict__' as a slot, and the class-creation errors.
func TestSlotsVsCPython(t *testing.T) {
	const vec = "class V:\n    __slots__ = ('x', 'y', '__p')\nv = V()\n"
	mkV := func() Value {
		return class("V", nil, func(ns Value) { set(ns, "__slots__", T(S("x"), S("y"), S("__p"))) })
	}
	try := func(f func() (Value, *Exc)) Value {
		v, e := f()
		if e != nil {
			return S(FormatExcOnly(e))
		}
		return v
	}
	const tryPy = "def tr(f):\n    try:\n        return f()\n    except Exception as e:\n        return f'{type(e).__name__}: {e}\\n'\n"
	CheckCases(t, []PyCase{
		{tryPy + vec + "(tr(lambda: v.x), tr(lambda: setattr(v, 'z', 1)), tr(lambda: delattr(v, 'y')), tr(lambda: v.__dict__), hasattr(v, '__dict__'), tr(lambda: vars(v)), V.x, V.__dict__['_V__p'], type(V.x).__name__)", func() (Value, *Exc) {
			c := mkV()
			v := Must(Call(c, nil, nil))
			return T(try(func() (Value, *Exc) { return GetAttr(v, "x") }),
				try(func() (Value, *Exc) { return None, SetAttr(v, "z", I(1)) }),
				try(func() (Value, *Exc) { return None, DelAttr(v, "y") }),
				try(func() (Value, *Exc) { return GetAttr(v, "__dict__") }),
				Must(CallB("hasattr", v, S("__dict__"))),
				try(func() (Value, *Exc) { return CallB("vars", v) }),
				Must(GetAttr(c, "x")), Must(GetItem(Must(GetAttr(c, "__dict__")), S("_V__p"))),
				Must(GetAttr(Must(CallB("type", Must(GetAttr(c, "x")))), "__name__"))), nil
		}},
		{tryPy + vec + "v.x = 3\nr = [v.x]\ndel v.x\n(r, tr(lambda: v.x), tr(lambda: V.x.__get__(1, int)))", func() (Value, *Exc) {
			c := mkV()
			v := Must(Call(c, nil, nil))
			Must(None, SetAttr(v, "x", I(3)))
			r := L(Must(GetAttr(v, "x")))
			Must(None, DelAttr(v, "x"))
			return T(r, try(func() (Value, *Exc) { return GetAttr(v, "x") }),
				try(func() (Value, *Exc) {
					return CallMethod(Must(GetAttr(c, "x")), "__get__", []Value{I(1), Obj(IntType)}, nil)
				})), nil
		}},
		{vec + "class W(V): pass\nw = W()\nw.z = 5\nw.x = 9\nclass X(V):\n    __slots__ = 'q'\nx = X()\nx.q = 1\nx.x = 2\nclass D:\n    __slots__ = ('a', '__dict__')\nd = D()\nd.b = 1\nd.a = 2\n(w.__dict__, w.x, x.q, x.x, hasattr(x, '__dict__'), d.__dict__, d.a)", func() (Value, *Exc) {
			c := mkV()
			w := Must(Call(class("W", []Value{c}, func(Value) {}), nil, nil))
			Must(None, SetAttr(w, "z", I(5)))
			Must(None, SetAttr(w, "x", I(9)))
			x := Must(Call(class("X", []Value{c}, func(ns Value) { set(ns, "__slots__", S("q")) }), nil, nil))
			Must(None, SetAttr(x, "q", I(1)))
			Must(None, SetAttr(x, "x", I(2)))
			d := Must(Call(class("D", nil, func(ns Value) { set(ns, "__slots__", T(S("a"), S("__dict__"))) }), nil, nil))
			Must(None, SetAttr(d, "b", I(1)))
			Must(None, SetAttr(d, "a", I(2)))
			return T(Must(GetAttr(w, "__dict__")), Must(GetAttr(w, "x")), Must(GetAttr(x, "q")), Must(GetAttr(x, "x")),
				Must(CallB("hasattr", x, S("__dict__"))), Must(GetAttr(d, "__dict__")), Must(GetAttr(d, "a"))), nil
		}},
		{"class C:\n    __slots__ = ('x',)\n    x = 1\nC", func() (Value, *Exc) {
			return BuildClass("C", "C", nil, nil, nil, func(ns Value) *Exc { set(ns, "__slots__", T(S("x"))); set(ns, "x", I(1)); return nil })
		}},
		{"class C:\n    __slots__ = ('1',)\nC", func() (Value, *Exc) {
			return BuildClass("C", "C", nil, nil, nil, func(ns Value) *Exc { set(ns, "__slots__", T(S("1"))); return nil })
		}},
		{"class C:\n    __slots__ = 1\nC", func() (Value, *Exc) {
			return BuildClass("C", "C", nil, nil, nil, func(ns Value) *Exc { set(ns, "__slots__", I(1)); return nil })
		}},
	})
}
