package rt_test

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// def helpers: a function from a Go body.
func def(name string, params []string, body func(a []rt.Value) (rt.Value, *rt.Exc)) rt.Value {
	return rt.NewFunction(&rt.Code{Name: name, Qualname: name, Filename: "t.py", Params: params, Pos: len(params)}, nil, nil, body)
}

func defM(cls, name string, params []string, body func(a []rt.Value) (rt.Value, *rt.Exc)) rt.Value {
	return rt.NewFunction(&rt.Code{Name: name, Qualname: cls + "." + name, Filename: "t.py", Params: params, Pos: len(params)}, nil, nil, body)
}

func class(name string, bases []rt.Value, body func(ns rt.Value)) rt.Value {
	return rttest.Must(rt.BuildClass(name, name, bases, nil, nil, func(ns rt.Value) *rt.Exc {
		body(ns)
		return nil
	}))
}

func set(ns rt.Value, name string, v rt.Value) {
	rttest.Must(rt.None, rt.DictSet(ns, rttest.S(name), v))
}

// pointClass is:
//
//	class Point:
//	    def __init__(self, x, y): self.x = x; self.y = y
//	    def __repr__(self): return f"Point({self.x!r}, {self.y!r})"
//	    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
//	    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
//	    def __add__(self, o): return Point(self.x + o.x, self.y + o.y)
//	    def norm(self): return self.x * self.x + self.y * self.y
const pointPy = `class Point:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f"Point({self.x!r}, {self.y!r})"
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __add__(self, o): return Point(self.x + o.x, self.y + o.y)
    def norm(self): return self.x * self.x + self.y * self.y`

func pointClass() rt.Value {
	var cls rt.Value
	cls = class("Point", nil, func(ns rt.Value) {
		set(ns, "__init__", defM("Point", "__init__", []string{"self", "x", "y"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
			rttest.Must(rt.None, rt.SetAttr(a[0], "x", a[1]))
			rttest.Must(rt.None, rt.SetAttr(a[0], "y", a[2]))
			return rt.None, nil
		}))
		set(ns, "__repr__", defM("Point", "__repr__", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
			x, _ := rt.ToRepr(rttest.Must(rt.GetAttr(a[0], "x")))
			y, _ := rt.ToRepr(rttest.Must(rt.GetAttr(a[0], "y")))
			return rt.Str("Point(" + x + ", " + y + ")"), nil
		}))
		xy := func(v rt.Value) rt.Value {
			return rttest.T(rttest.Must(rt.GetAttr(v, "x")), rttest.Must(rt.GetAttr(v, "y")))
		}
		set(ns, "__eq__", defM("Point", "__eq__", []string{"self", "o"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
			ok, _ := rt.IsInstance(a[1], cls)
			if !ok {
				return rt.False, nil
			}
			return rt.Eq(xy(a[0]), xy(a[1]))
		}))
		set(ns, "__lt__", defM("Point", "__lt__", []string{"self", "o"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
			return rt.Lt(xy(a[0]), xy(a[1]))
		}))
		set(ns, "__add__", defM("Point", "__add__", []string{"self", "o"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
			x := rttest.Must(rt.Add(rttest.Must(rt.GetAttr(a[0], "x")), rttest.Must(rt.GetAttr(a[1], "x"))))
			y := rttest.Must(rt.Add(rttest.Must(rt.GetAttr(a[0], "y")), rttest.Must(rt.GetAttr(a[1], "y"))))
			return rt.Call(cls, []rt.Value{x, y}, nil)
		}))
		set(ns, "norm", defM("Point", "norm", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
			x := rttest.Must(rt.GetAttr(a[0], "x"))
			y := rttest.Must(rt.GetAttr(a[0], "y"))
			return rt.Add(rttest.Must(rt.Mul(x, x)), rttest.Must(rt.Mul(y, y)))
		}))
	})
	return cls
}

func TestClassesVsCPython(t *testing.T) {
	P := func(x, y int64) rt.Value {
		return rttest.Must(rt.Call(pointClass(), []rt.Value{rttest.I(x), rttest.I(y)}, nil))
	}
	cases := []rttest.PyCase{
		{Py: pointPy + "\nPoint(1, 2), Point(1, 2) == Point(1, 2), Point(1, 2) + Point(3, 4), Point(3, 4).norm()", Fn: func() (rt.Value, *rt.Exc) {
			cls := pointClass()
			p := rttest.Must(rt.Call(cls, []rt.Value{rttest.I(1), rttest.I(2)}, nil))
			q := rttest.Must(rt.Call(cls, []rt.Value{rttest.I(1), rttest.I(2)}, nil))
			r := rttest.Must(rt.Call(cls, []rt.Value{rttest.I(3), rttest.I(4)}, nil))
			return rttest.T(p, rttest.Must(rt.Eq(p, q)), rttest.Must(rt.Add(p, r)), rttest.Must(rt.CallMethod(r, "norm", nil, nil))), nil
		}},
		{Py: pointPy + "\nsorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max([Point(2, 1), Point(1, 5)]), Point(1, 2) != Point(1, 3)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("sorted", rttest.L(P(2, 1), P(1, 5), P(1, 2)))), rttest.Must(rttest.CallB("max", rttest.L(P(2, 1), P(1, 5)))), rttest.Must(rt.Ne(P(1, 2), P(1, 3)))), nil
		}},
		{Py: pointPy + "\nhash(Point(1, 2))", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("hash", P(1, 2)) }},
		{Py: pointPy + "\nPoint(1, 2) > Point(0, 0)", Fn: func() (rt.Value, *rt.Exc) { return rt.Gt(P(1, 2), P(0, 0)) }},
		{Py: pointPy + "\nPoint(1, 2) <= Point(0, 0)", Fn: func() (rt.Value, *rt.Exc) { return rt.Le(P(1, 2), P(0, 0)) }},
		{Py: pointPy + "\nPoint(1, 2) - Point(0, 0)", Fn: func() (rt.Value, *rt.Exc) { return rt.Sub(P(1, 2), P(0, 0)) }},
		{Py: pointPy + "\nPoint(1, 2).z", Fn: func() (rt.Value, *rt.Exc) { return rt.GetAttr(P(1, 2), "z") }},
		{Py: pointPy + "\nPoint(1)", Fn: func() (rt.Value, *rt.Exc) { return rt.Call(pointClass(), []rt.Value{rttest.I(1)}, nil) }},
		{Py: pointPy + "\nPoint(1, 2, 3)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(pointClass(), []rt.Value{rttest.I(1), rttest.I(2), rttest.I(3)}, nil)
		}},
		{Py: pointPy + "\nPoint(1, y=2, x=3)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(pointClass(), []rt.Value{rttest.I(1), rttest.I(2), rttest.I(3)}, []string{"y", "x"})
		}},
		{Py: pointPy + "\nPoint(1, z=2)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(pointClass(), []rt.Value{rttest.I(1), rttest.I(2)}, []string{"z"})
		}},
		{Py: pointPy + "\nPoint, Point.__name__, Point.__qualname__, Point.__module__, type(Point(1, 2)), Point.__mro__", Fn: func() (rt.Value, *rt.Exc) {
			c := pointClass()
			return rttest.T(c, rttest.Must(rt.GetAttr(c, "__name__")), rttest.Must(rt.GetAttr(c, "__qualname__")), rttest.Must(rt.GetAttr(c, "__module__")), rttest.Must(rttest.CallB("type", rttest.Must(rt.Call(c, []rt.Value{rttest.I(1), rttest.I(2)}, nil)))), rttest.Must(rt.GetAttr(c, "__mro__"))), nil
		}},
		{Py: pointPy + "\nPoint(1, 2).__dict__, vars(Point(3, 4))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.GetAttr(P(1, 2), "__dict__")), rttest.Must(rttest.CallB("vars", P(3, 4)))), nil
		}},
		{Py: "class A: pass\nrepr(A())[:20]", Fn: func() (rt.Value, *rt.Exc) {
			a := class("A", nil, func(ns rt.Value) {})
			r, _ := rt.ToRepr(rttest.Must(rt.Call(a, nil, nil)))
			return rttest.S(r[:20]), nil
		}},
		{Py: "class A: pass\nA(1)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(class("A", nil, func(ns rt.Value) {}), []rt.Value{rttest.I(1)}, nil)
		}},
		{Py: "class A:\n    def __init__(self): pass\nA(1)", Fn: func() (rt.Value, *rt.Exc) {
			a := class("A", nil, func(ns rt.Value) {
				set(ns, "__init__", defM("A", "__init__", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.None, nil }))
			})
			return rt.Call(a, []rt.Value{rttest.I(1)}, nil)
		}},
		{Py: "class A:\n    def __init__(self): return 1\nA()", Fn: func() (rt.Value, *rt.Exc) {
			a := class("A", nil, func(ns rt.Value) {
				set(ns, "__init__", defM("A", "__init__", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rttest.I(1), nil }))
			})
			return rt.Call(a, nil, nil)
		}},
		{Py: "class A:\n    def f(self): return 'A.f'\n    @classmethod\n    def c(cls): return cls.__name__\n    @staticmethod\n    def s(x): return x * 2\n    @property\n    def p(self): return 42\nclass B(A):\n    def f(self): return 'B.f+' + super().f()\n" +
			"B().f(), B.c(), B().c(), B.s(3), B().s(4), B().p, A.__subclasses__() == [B], B.__bases__, B.__mro__", Fn: func() (rt.Value, *rt.Exc) {
			a := class("A", nil, func(ns rt.Value) {
				set(ns, "f", defM("A", "f", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rttest.S("A.f"), nil }))
				set(ns, "c", rttest.Must(rttest.CallB("classmethod", defM("A", "c", []string{"cls"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.GetAttr(a[0], "__name__") }))))
				set(ns, "s", rttest.Must(rttest.CallB("staticmethod", defM("A", "s", []string{"x"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.Mul(a[0], rttest.I(2)) }))))
				set(ns, "p", rttest.Must(rttest.CallB("property", defM("A", "p", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rttest.I(42), nil }))))
			})
			var cell rt.Value
			b := rttest.Must(rt.BuildClassCell("B", "B", []rt.Value{a}, nil, nil, func(ns rt.Value, cellp *rt.Value) *rt.Exc {
				set(ns, "f", defM("B", "f", []string{"self"}, func(args []rt.Value) (rt.Value, *rt.Exc) {
					sup := rttest.Must(rt.Super(*cellp, args[0]))
					r := rttest.Must(rt.CallMethod(sup, "f", nil, nil))
					return rt.Add(rttest.S("B.f+"), r)
				}))
				return nil
			}, &cell))
			bi := rttest.Must(rt.Call(b, nil, nil))
			return rttest.T(rttest.Must(rt.CallMethod(bi, "f", nil, nil)), rttest.Must(rt.CallMethod(b, "c", nil, nil)), rttest.Must(rt.CallMethod(bi, "c", nil, nil)), rttest.Must(rt.CallMethod(b, "s", []rt.Value{rttest.I(3)}, nil)), rttest.Must(rt.CallMethod(bi, "s", []rt.Value{rttest.I(4)}, nil)), rttest.Must(rt.GetAttr(bi, "p")), rttest.Must(rt.Eq(rttest.Must(rt.CallMethod(a, "__subclasses__", nil, nil)), rttest.L(b))), rttest.Must(rt.GetAttr(b, "__bases__")), rttest.Must(rt.GetAttr(b, "__mro__"))), nil
		}},
		{Py: "class A:\n    @property\n    def p(self): return 1\nsetattr(A(), 'p', 2)", Fn: func() (rt.Value, *rt.Exc) {
			a := class("A", nil, func(ns rt.Value) {
				set(ns, "p", rttest.Must(rttest.CallB("property", defM("A", "p", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rttest.I(1), nil }))))
			})
			return rt.None, rt.SetAttr(rttest.Must(rt.Call(a, nil, nil)), "p", rttest.I(2))
		}},
		{Py: "class O: pass\nclass A(O): pass\nclass B(O): pass\nclass C(A, B): pass\nC.__mro__", Fn: func() (rt.Value, *rt.Exc) {
			o := class("O", nil, func(rt.Value) {})
			a := class("A", []rt.Value{o}, func(rt.Value) {})
			b := class("B", []rt.Value{o}, func(rt.Value) {})
			c := class("C", []rt.Value{a, b}, func(rt.Value) {})
			return rt.GetAttr(c, "__mro__")
		}},
		{Py: "class O: pass\nclass A(O): pass\ntype('B', (O, A), {})", Fn: func() (rt.Value, *rt.Exc) {
			o := class("O", nil, func(rt.Value) {})
			a := class("A", []rt.Value{o}, func(rt.Value) {})
			return rt.BuildClass("B", "B", []rt.Value{o, a}, nil, nil, func(rt.Value) *rt.Exc { return nil })
		}},
		{Py: "type('B', (bool,), {})", Fn: func() (rt.Value, *rt.Exc) {
			return rt.BuildClass("B", "B", []rt.Value{rt.Obj(rt.BoolType)}, nil, nil, func(rt.Value) *rt.Exc { return nil })
		}},
		{Py: "class A:\n    def __getattr__(self, n): return n * 2\n    def __len__(self): return 3\n    def __getitem__(self, i):\n        if i > 2: raise IndexError(i)\n        return i * 10\n    def __contains__(self, x): return x == 'k'\n    def __call__(self, *a, **k): return (a, k)\n    def __bool__(self): return False\n" +
			"a = A()\n(a.xy, len(a), list(a), 'k' in a, 'j' in a, a(1, b=2), bool(a), not a)", Fn: func() (rt.Value, *rt.Exc) {
			c := class("A", nil, func(ns rt.Value) {
				set(ns, "__getattr__", defM("A", "__getattr__", []string{"self", "n"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.Mul(a[1], rttest.I(2)) }))
				set(ns, "__len__", defM("A", "__len__", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rttest.I(3), nil }))
				set(ns, "__getitem__", defM("A", "__getitem__", []string{"self", "i"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
					if a[1].I > 2 {
						return rt.Null, rt.Raise(rttest.Must(rt.Call(rt.Obj(rt.ExcIndexError), []rt.Value{a[1]}, nil)), rt.Null)
					}
					return rt.Mul(a[1], rttest.I(10))
				}))
				set(ns, "__contains__", defM("A", "__contains__", []string{"self", "x"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.Eq(a[1], rttest.S("k")) }))
				set(ns, "__call__", rt.NewFunction(&rt.Code{Name: "__call__", Qualname: "A.__call__", Params: []string{"self", "a", "k"}, Pos: 1, VarArgs: true, VarKw: true}, nil, nil, func(a []rt.Value) (rt.Value, *rt.Exc) {
					return rttest.T(a[1], a[2]), nil
				}))
				set(ns, "__bool__", defM("A", "__bool__", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.False, nil }))
			})
			a := rttest.Must(rt.Call(c, nil, nil))
			in1, _ := rt.In(rttest.S("k"), a)
			in2, _ := rt.In(rttest.S("j"), a)
			return rttest.T(rttest.Must(rt.GetAttr(a, "xy")), rttest.Must(rttest.CallB("len", a)), rttest.Must(rttest.CallB("list", a)), rt.Bool(in1), rt.Bool(in2), rttest.Must(rt.Call(a, []rt.Value{rttest.I(1), rttest.I(2)}, []string{"b"})), rttest.Must(rttest.CallB("bool", a)), rttest.Must(rt.Not(a))), nil
		}},
		{Py: "class V:\n    def __init__(self, v): self.v = v\n    def __radd__(self, o): return ('radd', o)\n    def __iadd__(self, o): return ('iadd', o)\n(1 + V(2), 'a' + V(1))", Fn: func() (rt.Value, *rt.Exc) {
			c := class("V", nil, func(ns rt.Value) {
				set(ns, "__radd__", defM("V", "__radd__", []string{"self", "o"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rttest.T(rttest.S("radd"), a[1]), nil }))
			})
			v := rttest.Must(rt.Call(c, nil, nil))
			return rttest.T(rttest.Must(rt.Add(rttest.I(1), v)), rttest.Must(rt.Add(rttest.S("a"), v))), nil
		}},
		{Py: "class E(Exception):\n    def __init__(self, msg, code):\n        super().__init__(msg)\n        self.code = code\ne = E('boom', 3)\n(e, str(e), e.args, e.code, repr(E), isinstance(e, Exception))", Fn: func() (rt.Value, *rt.Exc) {
			var cell rt.Value
			c := rttest.Must(rt.BuildClassCell("E", "E", []rt.Value{rt.Obj(rt.ExcException)}, nil, nil, func(ns rt.Value, cp *rt.Value) *rt.Exc {
				set(ns, "__init__", defM("E", "__init__", []string{"self", "msg", "code"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
					rttest.Must(rt.CallMethod(rttest.Must(rt.Super(*cp, a[0])), "__init__", []rt.Value{a[1]}, nil))
					return rt.None, rt.SetAttr(a[0], "code", a[2])
				}))
				return nil
			}, &cell))
			e := rttest.Must(rt.Call(c, []rt.Value{rttest.S("boom"), rttest.I(3)}, nil))
			return rttest.T(e, rttest.Must(rttest.CallB("str", e)), rttest.Must(rt.GetAttr(e, "args")), rttest.Must(rt.GetAttr(e, "code")), rttest.Must(rt.Repr(c)), rttest.Must(rttest.CallB("isinstance", e, rt.Obj(rt.ExcException)))), nil
		}},
		{Py: "class E(ValueError): pass\n(E(), E('a', 1), str(E('a', 1)), KeyError('k'), str(KeyError('k')), str(KeyError()), StopIteration(5).value, E.__mro__)", Fn: func() (rt.Value, *rt.Exc) {
			c := class("E", []rt.Value{rt.Obj(rt.ExcValueError)}, func(rt.Value) {})
			return rttest.T(rttest.Must(rt.Call(c, nil, nil)), rttest.Must(rt.Call(c, []rt.Value{rttest.S("a"), rttest.I(1)}, nil)), rttest.Must(rttest.CallB("str", rttest.Must(rt.Call(c, []rt.Value{rttest.S("a"), rttest.I(1)}, nil)))), rttest.Must(rt.Call(rt.Obj(rt.ExcKeyError), []rt.Value{rttest.S("k")}, nil)), rttest.Must(rttest.CallB("str", rttest.Must(rt.Call(rt.Obj(rt.ExcKeyError), []rt.Value{rttest.S("k")}, nil)))), rttest.Must(rttest.CallB("str", rttest.Must(rt.Call(rt.Obj(rt.ExcKeyError), nil, nil)))), rttest.Must(rt.GetAttr(rttest.Must(rt.Call(rt.Obj(rt.ExcStopIteration), []rt.Value{rttest.I(5)}, nil)), "value")), rttest.Must(rt.GetAttr(c, "__mro__"))), nil
		}},
		{Py: "OSError(2, 'No such file'), str(OSError(2, 'No such file', 'x.txt')), type(OSError(2, 'x')), ExceptionGroup('eg', [ValueError(1)]), str(ExceptionGroup('eg', [ValueError(1), TypeError()]))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.Call(rt.Obj(rt.ExcOSError), []rt.Value{rttest.I(2), rttest.S("No such file")}, nil)), rttest.Must(rttest.CallB("str", rttest.Must(rt.Call(rt.Obj(rt.ExcOSError), []rt.Value{rttest.I(2), rttest.S("No such file"), rttest.S("x.txt")}, nil)))), rttest.Must(rttest.CallB("type", rttest.Must(rt.Call(rt.Obj(rt.ExcOSError), []rt.Value{rttest.I(2), rttest.S("x")}, nil)))),
				rttest.Must(rt.Call(rt.Obj(rt.ExcExceptionGroup), []rt.Value{rttest.S("eg"), rttest.L(rttest.Must(rt.Call(rt.Obj(rt.ExcValueError), []rt.Value{rttest.I(1)}, nil)))}, nil)),
				rttest.Must(rttest.CallB("str", rttest.Must(rt.Call(rt.Obj(rt.ExcExceptionGroup), []rt.Value{rttest.S("eg"), rttest.L(rttest.Must(rt.Call(rt.Obj(rt.ExcValueError), []rt.Value{rttest.I(1)}, nil)), rttest.Must(rt.Call(rt.Obj(rt.ExcTypeError), nil, nil)))}, nil))))), nil
		}},
		{Py: "ExceptionGroup.__mro__", Fn: func() (rt.Value, *rt.Exc) { return rt.GetAttr(rt.Obj(rt.ExcExceptionGroup), "__mro__") }},
		{Py: "class M(type): pass\nclass A(metaclass=M): pass\n(type(A), A.__class__, isinstance(A, M))", Fn: func() (rt.Value, *rt.Exc) {
			m := class("M", []rt.Value{rt.Obj(rt.TypeType)}, func(rt.Value) {})
			a := rttest.Must(rt.BuildClass("A", "A", nil, []string{"metaclass"}, []rt.Value{m}, func(rt.Value) *rt.Exc { return nil }))
			return rttest.T(rttest.Must(rttest.CallB("type", a)), rttest.Must(rt.GetAttr(a, "__class__")), rttest.Must(rttest.CallB("isinstance", a, m))), nil
		}},
		{Py: "class A:\n    x = 1\n    def __eq__(self, o): return True\n(A.x, A().x, A.__hash__)", Fn: func() (rt.Value, *rt.Exc) {
			a := class("A", nil, func(ns rt.Value) {
				set(ns, "x", rttest.I(1))
				set(ns, "__eq__", defM("A", "__eq__", []string{"self", "o"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.True, nil }))
			})
			return rttest.T(rttest.Must(rt.GetAttr(a, "x")), rttest.Must(rt.GetAttr(rttest.Must(rt.Call(a, nil, nil)), "x")), rttest.Must(rt.GetAttr(a, "__hash__"))), nil
		}},
		{Py: "class A:\n    def __eq__(self, o): return True\nhash(A())", Fn: func() (rt.Value, *rt.Exc) {
			a := class("A", nil, func(ns rt.Value) {
				set(ns, "__eq__", defM("A", "__eq__", []string{"self", "o"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.True, nil }))
			})
			return rttest.CallB("hash", rttest.Must(rt.Call(a, nil, nil)))
		}},
		{Py: "class A:\n    def __repr__(self): return 1\nrepr(A())", Fn: func() (rt.Value, *rt.Exc) {
			a := class("A", nil, func(ns rt.Value) {
				set(ns, "__repr__", defM("A", "__repr__", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rttest.I(1), nil }))
			})
			return rttest.CallB("repr", rttest.Must(rt.Call(a, nil, nil)))
		}},
		{Py: "class A:\n    def __str__(self): return 'S'\n(str(A()), '{}'.format(A()), format(A(), ''))", Fn: func() (rt.Value, *rt.Exc) {
			a := class("A", nil, func(ns rt.Value) {
				set(ns, "__str__", defM("A", "__str__", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rttest.S("S"), nil }))
			})
			x := rttest.Must(rt.Call(a, nil, nil))
			return rttest.T(rttest.Must(rttest.CallB("str", x)), rttest.Must(rttest.Meth(rttest.S("{}"), "format", x)), rttest.Must(rttest.CallB("format", x, rttest.S("")))), nil
		}},
		{Py: "class A: pass\nformat(A(), 'x')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.CallB("format", rttest.Must(rt.Call(class("A", nil, func(rt.Value) {}), nil, nil)), rttest.S("x"))
		}},
		{Py: "setattr(object(), 'x', 1)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.None, rt.SetAttr(rttest.Must(rttest.CallB("object")), "x", rttest.I(1))
		}},
		{Py: "setattr(1, 'x', 2)", Fn: func() (rt.Value, *rt.Exc) { return rt.None, rt.SetAttr(rttest.I(1), "x", rttest.I(2)) }},
		{Py: "setattr(int, 'x', 2)", Fn: func() (rt.Value, *rt.Exc) { return rt.None, rt.SetAttr(rt.Obj(rt.IntType), "x", rttest.I(2)) }},
		{Py: "int.__add__(1, 2), int.__repr__(5), (5).__add__(1.5), object.__repr__(1)[:13], str.upper('a')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.CallMethod(rt.Obj(rt.IntType), "__add__", []rt.Value{rttest.I(1), rttest.I(2)}, nil)), rttest.Must(rt.CallMethod(rt.Obj(rt.IntType), "__repr__", []rt.Value{rttest.I(5)}, nil)), rttest.Must(rt.CallMethod(rttest.I(5), "__add__", []rt.Value{rttest.F(1.5)}, nil)), rttest.Must(rt.GetItem(rttest.Must(rt.CallMethod(rt.Obj(rt.ObjectType), "__repr__", []rt.Value{rttest.I(1)}, nil)), rt.NewSlice(rt.Null, rttest.I(13), rt.Null))), rttest.Must(rt.CallMethod(rt.Obj(rt.StrType), "upper", []rt.Value{rttest.S("a")}, nil))), nil
		}},
		{Py: "str.upper(1)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.CallMethod(rt.Obj(rt.StrType), "upper", []rt.Value{rttest.I(1)}, nil)
		}},
	}
	rttest.CheckCases(t, cases)
}

func TestBuiltinSubclassesVsCPython(t *testing.T) {
	cases := []rttest.PyCase{
		{Py: "class D(dict):\n    def __missing__(self, k): return k * 2\nd = D(a=1)\nd.tag = 't'\n(d['a'], d['zz'], d, len(d), d.tag, type(d).__name__, isinstance(d, dict), 'a' in d)", Fn: func() (rt.Value, *rt.Exc) {
			c := class("D", []rt.Value{rt.Obj(rt.DictType)}, func(ns rt.Value) {
				set(ns, "__missing__", defM("D", "__missing__", []string{"self", "k"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.Mul(a[1], rttest.I(2)) }))
			})
			d := rttest.Must(rt.Call(c, []rt.Value{rttest.I(1)}, []string{"a"}))
			rttest.Must(rt.None, rt.SetAttr(d, "tag", rttest.S("t")))
			in, _ := rt.In(rttest.S("a"), d)
			return rttest.T(rttest.Must(rt.GetItem(d, rttest.S("a"))), rttest.Must(rt.GetItem(d, rttest.S("zz"))), d, rttest.Must(rttest.CallB("len", d)), rttest.Must(rt.GetAttr(d, "tag")), rttest.Must(rt.GetAttr(rttest.Must(rttest.CallB("type", d)), "__name__")), rttest.Must(rttest.CallB("isinstance", d, rt.Obj(rt.DictType))), rt.Bool(in)), nil
		}},
		{Py: "class L(list):\n    def __len__(self): return 42\nl = L([1, 2])\nl.append(3)\n(l, len(l), bool(L()), l[0], l + [9], type(l + [9]))", Fn: func() (rt.Value, *rt.Exc) {
			c := class("L", []rt.Value{rt.Obj(rt.ListType)}, func(ns rt.Value) {
				set(ns, "__len__", defM("L", "__len__", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rttest.I(42), nil }))
			})
			l := rttest.Must(rt.Call(c, []rt.Value{rttest.L(rttest.I(1), rttest.I(2))}, nil))
			rttest.Must(rt.CallMethod(l, "append", []rt.Value{rttest.I(3)}, nil))
			return rttest.T(l, rttest.Must(rttest.CallB("len", l)), rttest.Must(rttest.CallB("bool", rttest.Must(rt.Call(c, nil, nil)))), rttest.Must(rt.GetItem(l, rttest.I(0))), rttest.Must(rt.Add(l, rttest.L(rttest.I(9)))), rttest.Must(rttest.CallB("type", rttest.Must(rt.Add(l, rttest.L(rttest.I(9))))))), nil
		}},
		{Py: "setattr({}, 'x', 1)", Fn: func() (rt.Value, *rt.Exc) { return rt.None, rt.SetAttr(rttest.D(), "x", rttest.I(1)) }},
	}
	rttest.CheckCases(t, cases)
}

func TestMetaVsCPython(t *testing.T) {
	cases := []rttest.PyCase{
		{Py: "class Single(type):\n    _inst = {}\n    def __call__(cls, *a, **k):\n        if cls not in cls._inst:\n            cls._inst[cls] = super().__call__(*a, **k)\n        return cls._inst[cls]\nclass S(metaclass=Single):\n    def __init__(self, v): self.v = v\n(S(1) is S(2), S(3).v)", Fn: func() (rt.Value, *rt.Exc) {
			var mcell rt.Value
			meta := rttest.Must(rt.BuildClassCell("Single", "Single", []rt.Value{rt.Obj(rt.TypeType)}, nil, nil, func(ns rt.Value, cp *rt.Value) *rt.Exc {
				set(ns, "_inst", rttest.D())
				set(ns, "__call__", rt.NewFunction(&rt.Code{Name: "__call__", Qualname: "Single.__call__", Params: []string{"cls", "a", "k"}, Pos: 1, VarArgs: true, VarKw: true}, nil, nil, func(a []rt.Value) (rt.Value, *rt.Exc) {
					cls := a[0]
					inst := rttest.Must(rt.GetAttr(cls, "_inst"))
					if in, _ := rt.In(cls, inst); !in {
						sup := rttest.Must(rt.Super(*cp, cls))
						v, e := rt.CallEx(rttest.Must(rt.GetAttr(sup, "__call__")), a[1], a[2])
						if e != nil {
							return rt.Null, e
						}
						rttest.Must(rt.None, rt.SetItem(inst, cls, v))
					}
					return rt.GetItem(inst, cls)
				}))
				return nil
			}, &mcell))
			s := rttest.Must(rt.BuildClass("S", "S", nil, []string{"metaclass"}, []rt.Value{meta}, func(ns rt.Value) *rt.Exc {
				set(ns, "__init__", defM("S", "__init__", []string{"self", "v"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.None, rt.SetAttr(a[0], "v", a[1]) }))
				return nil
			}))
			a := rttest.Must(rt.Call(s, []rt.Value{rttest.I(1)}, nil))
			b := rttest.Must(rt.Call(s, []rt.Value{rttest.I(2)}, nil))
			return rttest.T(rt.Bool(rt.Is(a, b)), rttest.Must(rt.GetAttr(rttest.Must(rt.Call(s, []rt.Value{rttest.I(3)}, nil)), "v"))), nil
		}},
		{Py: "class Base:\n    subs = []\n    def __init_subclass__(cls, tag=None, **kw):\n        super().__init_subclass__(**kw)\n        Base.subs.append((cls.__name__, tag))\nclass A(Base, tag='a'): pass\nclass B(A): pass\nBase.subs", Fn: func() (rt.Value, *rt.Exc) {
			var cell rt.Value
			base := rttest.Must(rt.BuildClassCell("Base", "Base", nil, nil, nil, func(ns rt.Value, cp *rt.Value) *rt.Exc {
				set(ns, "subs", rttest.L())
				set(ns, "__init_subclass__", rt.NewFunction(&rt.Code{Name: "__init_subclass__", Qualname: "Base.__init_subclass__", Params: []string{"cls", "tag", "kw"}, Pos: 2, VarKw: true}, []rt.Value{rt.None}, nil, func(a []rt.Value) (rt.Value, *rt.Exc) {
					sup := rttest.Must(rt.Super(*cp, a[0]))
					if _, e := rt.CallEx(rttest.Must(rt.GetAttr(sup, "__init_subclass__")), rttest.T(), a[2]); e != nil {
						return rt.Null, e
					}
					return rt.CallMethod(rttest.Must(rt.GetAttr(*cp, "subs")), "append", []rt.Value{rttest.T(rttest.Must(rt.GetAttr(a[0], "__name__")), a[1])}, nil)
				}))
				return nil
			}, &cell))
			a := rttest.Must(rt.BuildClass("A", "A", []rt.Value{base}, []string{"tag"}, []rt.Value{rttest.S("a")}, func(rt.Value) *rt.Exc { return nil }))
			rttest.Must(rt.BuildClass("B", "B", []rt.Value{a}, nil, nil, func(rt.Value) *rt.Exc { return nil }))
			return rt.GetAttr(base, "subs")
		}},
		{Py: "class D:\n    def __set_name__(self, owner, name): self.name = name\n    def __get__(self, obj, typ=None): return ('get', self.name, obj is None)\nclass C:\n    attr = D()\n(C.attr, C().attr)", Fn: func() (rt.Value, *rt.Exc) {
			d := class("D", nil, func(ns rt.Value) {
				set(ns, "__set_name__", defM("D", "__set_name__", []string{"self", "owner", "name"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.None, rt.SetAttr(a[0], "name", a[2]) }))
				set(ns, "__get__", rt.NewFunction(&rt.Code{Name: "__get__", Qualname: "D.__get__", Params: []string{"self", "obj", "typ"}, Pos: 3}, []rt.Value{rt.None}, nil, func(a []rt.Value) (rt.Value, *rt.Exc) {
					return rttest.T(rttest.S("get"), rttest.Must(rt.GetAttr(a[0], "name")), rt.Bool(a[1].IsNone())), nil
				}))
			})
			c := class("C", nil, func(ns rt.Value) { set(ns, "attr", rttest.Must(rt.Call(d, nil, nil))) })
			return rttest.T(rttest.Must(rt.GetAttr(c, "attr")), rttest.Must(rt.GetAttr(rttest.Must(rt.Call(c, nil, nil)), "attr"))), nil
		}},
	}
	rttest.CheckCases(t, cases)
}

func TestInitSubclassKwVsCPython(t *testing.T) {
	rttest.CheckCases(t, []rttest.PyCase{
		{Py: "type('A', (), {}, tag=1)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.BuildClass("A", "A", nil, []string{"tag"}, []rt.Value{rttest.I(1)}, func(rt.Value) *rt.Exc { return nil })
		}},
	})
}

func TestStrTupleSubclassVsCPython(t *testing.T) {
	rttest.CheckCases(t, []rttest.PyCase{
		{Py: "class Name(str):\n    def shout(self): return self.upper() + '!'\nn = Name('bob')\nn.x = 1\n(n, str(n), n.shout(), n + 'x', type(n + 'x'), len(n), n == 'bob', {n: 1}['bob'], n.x, isinstance(n, str), f'{n}', n[0])", Fn: func() (rt.Value, *rt.Exc) {
			c := class("Name", []rt.Value{rt.Obj(rt.StrType)}, func(ns rt.Value) {
				set(ns, "shout", defM("Name", "shout", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
					return rt.Add(rttest.Must(rt.CallMethod(a[0], "upper", nil, nil)), rttest.S("!"))
				}))
			})
			n := rttest.Must(rt.Call(c, []rt.Value{rttest.S("bob")}, nil))
			rttest.Must(rt.None, rt.SetAttr(n, "x", rttest.I(1)))
			return rttest.T(n, rttest.Must(rttest.CallB("str", n)), rttest.Must(rt.CallMethod(n, "shout", nil, nil)), rttest.Must(rt.Add(n, rttest.S("x"))), rttest.Must(rttest.CallB("type", rttest.Must(rt.Add(n, rttest.S("x"))))), rttest.Must(rttest.CallB("len", n)), rttest.Must(rt.Eq(n, rttest.S("bob"))), rttest.Must(rt.GetItem(rttest.D(n, rttest.I(1)), rttest.S("bob"))), rttest.Must(rt.GetAttr(n, "x")), rttest.Must(rttest.CallB("isinstance", n, rt.Obj(rt.StrType))), rttest.Must(rt.FormatValue(n, "")), rttest.Must(rt.GetItem(n, rttest.I(0)))), nil
		}},
		{Py: "class P(tuple):\n    def __new__(cls, x, y): return super().__new__(cls, (x, y))\n    @property\n    def x(self): return self[0]\n    def __repr__(self): return f'P(x={self[0]}, y={self[1]})'\np = P(1, 2)\n(p, p.x, p + (3,), len(p), p == (1, 2), list(p), hash(p) == hash((1, 2)), type(p).__mro__)", Fn: func() (rt.Value, *rt.Exc) {
			var cell rt.Value
			c := rttest.Must(rt.BuildClassCell("P", "P", []rt.Value{rt.Obj(rt.TupleType)}, nil, nil, func(ns rt.Value, cp *rt.Value) *rt.Exc {
				set(ns, "__new__", defM("P", "__new__", []string{"cls", "x", "y"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
					sup := rttest.Must(rt.Super(*cp, a[0]))
					return rt.CallMethod(sup, "__new__", []rt.Value{a[0], rttest.T(a[1], a[2])}, nil)
				}))
				set(ns, "x", rttest.Must(rttest.CallB("property", defM("P", "x", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.GetItem(a[0], rttest.I(0)) }))))
				set(ns, "__repr__", defM("P", "__repr__", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
					x, _ := rt.ToStr(rttest.Must(rt.GetItem(a[0], rttest.I(0))))
					y, _ := rt.ToStr(rttest.Must(rt.GetItem(a[0], rttest.I(1))))
					return rttest.S("P(x=" + x + ", y=" + y + ")"), nil
				}))
				return nil
			}, &cell))
			p := rttest.Must(rt.Call(c, []rt.Value{rttest.I(1), rttest.I(2)}, nil))
			return rttest.T(p, rttest.Must(rt.GetAttr(p, "x")), rttest.Must(rt.Add(p, rttest.T(rttest.I(3)))), rttest.Must(rttest.CallB("len", p)), rttest.Must(rt.Eq(p, rttest.T(rttest.I(1), rttest.I(2)))), rttest.Must(rttest.CallB("list", p)), rttest.Must(rt.Eq(rttest.Must(rttest.CallB("hash", p)), rttest.Must(rttest.CallB("hash", rttest.T(rttest.I(1), rttest.I(2)))))), rttest.Must(rt.GetAttr(c, "__mro__"))), nil
		}},
	})
}

func TestNumberSubclassVsCPython(t *testing.T) {
	rttest.CheckCases(t, []rttest.PyCase{
		{Py: "class Money(int):\n    def __repr__(self): return f'${int(self)}'\n    def cents(self): return self * 100\nm = Money(5)\nm.note = 'n'\n(m, str(m), m + 1, type(m + 1), m.cents(), type(m).__mro__, m == 5, hash(m) == hash(5), isinstance(m, int), m.note, -m, +m, abs(Money(-2)), int(m), f'{m:>4}', [m], m * 2.5, bool(Money(0)), Money('12'), sorted([Money(3), 1, Money(2)]))", Fn: func() (rt.Value, *rt.Exc) {
			c := class("Money", []rt.Value{rt.Obj(rt.IntType)}, func(ns rt.Value) {
				set(ns, "__repr__", defM("Money", "__repr__", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
					s, _ := rt.ToStr(rttest.Must(rttest.CallB("int", a[0])))
					return rttest.S("$" + s), nil
				}))
				set(ns, "cents", defM("Money", "cents", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.Mul(a[0], rttest.I(100)) }))
			})
			m := rttest.Must(rt.Call(c, []rt.Value{rttest.I(5)}, nil))
			rttest.Must(rt.None, rt.SetAttr(m, "note", rttest.S("n")))
			return rttest.T(m, rttest.Must(rttest.CallB("str", m)), rttest.Must(rt.Add(m, rttest.I(1))), rttest.Must(rttest.CallB("type", rttest.Must(rt.Add(m, rttest.I(1))))), rttest.Must(rt.CallMethod(m, "cents", nil, nil)), rttest.Must(rt.GetAttr(c, "__mro__")), rttest.Must(rt.Eq(m, rttest.I(5))), rttest.Must(rt.Eq(rttest.Must(rttest.CallB("hash", m)), rttest.Must(rttest.CallB("hash", rttest.I(5))))), rttest.Must(rttest.CallB("isinstance", m, rt.Obj(rt.IntType))), rttest.Must(rt.GetAttr(m, "note")), rttest.Must(rt.Neg(m)), rttest.Must(rt.Pos(m)), rttest.Must(rttest.CallB("abs", rttest.Must(rt.Call(c, []rt.Value{rttest.I(-2)}, nil)))), rttest.Must(rttest.CallB("int", m)), rttest.Must(rt.FormatValue(m, ">4")), rttest.L(m), rttest.Must(rt.Mul(m, rttest.F(2.5))), rttest.Must(rttest.CallB("bool", rttest.Must(rt.Call(c, []rt.Value{rttest.I(0)}, nil)))), rttest.Must(rt.Call(c, []rt.Value{rttest.S("12")}, nil)), rttest.Must(rttest.CallB("sorted", rttest.L(rttest.Must(rt.Call(c, []rt.Value{rttest.I(3)}, nil)), rttest.I(1), rttest.Must(rt.Call(c, []rt.Value{rttest.I(2)}, nil)))))), nil
		}},
		{Py: "class Temp(float):\n    def __str__(self): return f'{float(self)}°'\nt = Temp(21.5)\n(str(t), repr(t), t + 1, type(t + 1), t > 20, round(t), f'{t}', f'{t:.0f}', Temp())", Fn: func() (rt.Value, *rt.Exc) {
			c := class("Temp", []rt.Value{rt.Obj(rt.FloatType)}, func(ns rt.Value) {
				set(ns, "__str__", defM("Temp", "__str__", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
					s, _ := rt.ToRepr(rttest.Must(rttest.CallB("float", a[0])))
					return rttest.S(s + "°"), nil
				}))
			})
			tv := rttest.Must(rt.Call(c, []rt.Value{rttest.F(21.5)}, nil))
			return rttest.T(rttest.Must(rttest.CallB("str", tv)), rttest.Must(rttest.CallB("repr", tv)), rttest.Must(rt.Add(tv, rttest.I(1))), rttest.Must(rttest.CallB("type", rttest.Must(rt.Add(tv, rttest.I(1))))), rttest.Must(rt.Gt(tv, rttest.I(20))), rttest.Must(rttest.CallB("round", tv)), rttest.Must(rt.FormatValue(tv, "")), rttest.Must(rt.FormatValue(tv, ".0f")), rttest.Must(rt.Call(c, nil, nil))), nil
		}},
		{Py: "class Bad(int):\n    def __add__(self, o): return 'added'\n(Bad(1) + 2, 2 + Bad(1))", Fn: func() (rt.Value, *rt.Exc) {
			c := class("Bad", []rt.Value{rt.Obj(rt.IntType)}, func(ns rt.Value) {
				set(ns, "__add__", defM("Bad", "__add__", []string{"self", "o"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rttest.S("added"), nil }))
			})
			b := rttest.Must(rt.Call(c, []rt.Value{rttest.I(1)}, nil))
			return rttest.T(rttest.Must(rt.Add(b, rttest.I(2))), rttest.Must(rt.Add(rttest.I(2), b))), nil
		}},
	})
}

func TestExceptionGroupMethodsVsCPython(t *testing.T) {
	mk := func() rt.Value {
		inner := rttest.Must(rt.Call(rt.Obj(rt.ExcExceptionGroup), []rt.Value{rttest.S("inner"), rttest.L(rttest.Must(rt.Call(rt.Obj(rt.ExcTypeError), []rt.Value{rttest.S("t")}, nil)), rttest.Must(rt.Call(rt.Obj(rt.ExcValueError), []rt.Value{rttest.S("v2")}, nil)))}, nil))
		return rttest.Must(rt.Call(rt.Obj(rt.ExcExceptionGroup), []rt.Value{rttest.S("outer"), rttest.L(rttest.Must(rt.Call(rt.Obj(rt.ExcValueError), []rt.Value{rttest.S("v")}, nil)), rttest.Must(rt.Call(rt.Obj(rt.ExcKeyError), []rt.Value{rttest.S("k")}, nil)), inner)}, nil))
	}
	const py = "eg = ExceptionGroup('outer', [ValueError('v'), KeyError('k'), ExceptionGroup('inner', [TypeError('t'), ValueError('v2')])])\n"
	rttest.CheckCases(t, []rttest.PyCase{
		{Py: py + "eg.split(ValueError)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.CallMethod(mk(), "split", []rt.Value{rt.Obj(rt.ExcValueError)}, nil)
		}},
		{Py: py + "eg.subgroup((KeyError, TypeError))", Fn: func() (rt.Value, *rt.Exc) {
			return rt.CallMethod(mk(), "subgroup", []rt.Value{rttest.T(rt.Obj(rt.ExcKeyError), rt.Obj(rt.ExcTypeError))}, nil)
		}},
		{Py: py + "eg.split(OSError)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.CallMethod(mk(), "split", []rt.Value{rt.Obj(rt.ExcOSError)}, nil)
		}},
		{Py: py + "eg.split(Exception)[0] is eg", Fn: func() (rt.Value, *rt.Exc) {
			g := mk()
			r := rttest.Must(rt.CallMethod(g, "split", []rt.Value{rt.Obj(rt.ExcException)}, nil))
			return rt.Bool(rt.Is(r.O.(*rt.Tuple).Items[0], g)), nil
		}},
		{Py: py + "eg.subgroup(lambda e: isinstance(e, ValueError) and str(e) == 'v2')", Fn: func() (rt.Value, *rt.Exc) {
			pred := rt.NewBuiltin("p", func(a []rt.Value, kw []string) (rt.Value, *rt.Exc) {
				ok, _ := rt.IsInstance(a[0], rt.Obj(rt.ExcValueError))
				s, _ := rt.ToStr(a[0])
				return rt.Bool(ok && s == "v2"), nil
			})
			return rt.CallMethod(mk(), "subgroup", []rt.Value{pred}, nil)
		}},
	})
	// except* on a naked exception wraps it.
	m, r, e := rt.ExcGroupSplit(rt.NewExc(rt.ExcValueError, rttest.S("x")), rt.Obj(rt.ExcValueError))
	if e != nil || r != nil || rttest.Outcome(rt.Obj(m), nil) != "ExceptionGroup('', (ValueError('x'),))" {
		t.Errorf("got %s %v %v", rttest.Outcome(rt.Obj(m), nil), r, e)
	}
	if _, _, e := rt.ExcGroupSplit(rt.NewExc(rt.ExcValueError), rt.Obj(rt.ExcExceptionGroup)); e == nil || rt.FormatExcOnly(e) != "TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.\n" {
		t.Errorf("got %v", e)
	}
}

// TestExceptStarVsCPython runs
//
//	try:
//	    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
//	except* ValueError:
//	    raise RuntimeError('new')
//	except* TypeError:
//	    raise
//
// with ExcGroupSplit/ExcGroupReraise and compares the escaping exception.
func TestExceptStarVsCPython(t *testing.T) {
	const py = "def run():\n    try:\n        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])\n    except* ValueError:\n        raise RuntimeError('new')\n    except* TypeError:\n        raise\ntry:\n    run()\nexcept BaseException as e:\n    r = e\n(r, r.exceptions[1], r.exceptions[0].__context__)"
	rttest.CheckCases(t, []rttest.PyCase{{Py: py, Fn: func() (rt.Value, *rt.Exc) {
		orig := rt.Raise(rttest.Must(rt.Call(rt.Obj(rt.ExcExceptionGroup), []rt.Value{rttest.S("eg"), rttest.L(rttest.Must(rt.Call(rt.Obj(rt.ExcValueError), []rt.Value{rttest.I(1)}, nil)), rttest.Must(rt.Call(rt.Obj(rt.ExcTypeError), []rt.Value{rttest.I(2)}, nil)), rttest.Must(rt.Call(rt.Obj(rt.ExcKeyError), []rt.Value{rttest.I(3)}, nil)))}, nil)), rt.Null)
		var results []*rt.Exc
		rest := orig
		// except* ValueError: raise RuntimeError('new')
		m, r, e := rt.ExcGroupSplit(rest, rt.Obj(rt.ExcValueError))
		if e != nil {
			return rt.Null, e
		}
		rt.PushExc(m)
		results = append(results, rt.Raise(rttest.Must(rt.Call(rt.Obj(rt.ExcRuntimeError), []rt.Value{rttest.S("new")}, nil)), rt.Null))
		rt.PopExc()
		rest = r
		// except* TypeError: raise
		m, r, e = rt.ExcGroupSplit(rest, rt.Obj(rt.ExcTypeError))
		if e != nil {
			return rt.Null, e
		}
		results = append(results, rt.Reraise(m))
		rest = r
		results = append(results, rest)
		out := rt.ExcGroupReraise(orig, results)
		ex := rttest.Must(rt.GetAttr(rt.Obj(out), "exceptions"))
		return rttest.T(rt.Obj(out), rttest.Must(rt.GetItem(ex, rttest.I(1))), rttest.Must(rt.GetAttr(rttest.Must(rt.GetItem(ex, rttest.I(0))), "__context__"))), nil
	}}})
}

func TestMoreSubclassesVsCPython(t *testing.T) {
	rttest.CheckCases(t, []rttest.PyCase{
		{Py: "class S(set):\n    def total(self): return sum(self)\ns = S([3, 1, 2])\n(s, s.total(), type(s).__name__, isinstance(s, set), s | {9})", Fn: func() (rt.Value, *rt.Exc) {
			c := class("S", []rt.Value{rt.Obj(rt.SetType)}, func(ns rt.Value) {
				set(ns, "total", defM("S", "total", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rttest.CallB("sum", a[0]) }))
			})
			s := rttest.Must(rt.Call(c, []rt.Value{rttest.L(rttest.I(3), rttest.I(1), rttest.I(2))}, nil))
			return rttest.T(s, rttest.Must(rt.CallMethod(s, "total", nil, nil)), rttest.Must(rt.GetAttr(rttest.Must(rttest.CallB("type", s)), "__name__")), rttest.Must(rttest.CallB("isinstance", s, rt.Obj(rt.SetType))), rttest.Must(rt.Or(s, rttest.St(rttest.I(9))))), nil
		}},
		{Py: "class P(property): pass\nclass A:\n    x = P(lambda self: 42)\n(A().x, type(A.__dict__['x']).__name__)", Fn: func() (rt.Value, *rt.Exc) {
			p := class("P", []rt.Value{rt.Obj(rt.PropertyType)}, func(rt.Value) {})
			a := class("A", nil, func(ns rt.Value) {
				set(ns, "x", rttest.Must(rt.Call(p, []rt.Value{defM("A", "<lambda>", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rttest.I(42), nil })}, nil)))
			})
			return rttest.T(rttest.Must(rt.GetAttr(rttest.Must(rt.Call(a, nil, nil)), "x")), rttest.Must(rt.GetAttr(rttest.Must(rttest.CallB("type", rttest.Must(rt.GetItem(rttest.Must(rt.GetAttr(a, "__dict__")), rttest.S("x"))))), "__name__"))), nil
		}},
		{Py: "int('9' * 5000)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("int", rttest.S(strings.Repeat("9", 5000))) }},
		{Py: "len('{:x}'.format(int('f' * 5000, 16)))", Fn: func() (rt.Value, *rt.Exc) {
			v, e := rttest.CallB("int", rttest.S(strings.Repeat("f", 5000)), rttest.I(16))
			if e != nil {
				return rt.Null, e
			}
			return rttest.CallB("len", rttest.Must(rttest.Meth(rttest.S("{:x}"), "format", v)))
		}},
	})
}

func TestMixinBasesVsCPython(t *testing.T) {
	rttest.CheckCases(t, []rttest.PyCase{
		{Py: "class Mixin:\n    def describe(self): return 'err: ' + str(self)\nclass E(Mixin, ValueError): pass\ne = E('bad', 2)\n(e, e.args, e.describe(), isinstance(e, ValueError), [c.__name__ for c in E.__mro__])", Fn: func() (rt.Value, *rt.Exc) {
			mixin := class("Mixin", nil, func(ns rt.Value) {
				set(ns, "describe", defM("Mixin", "describe", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
					s, _ := rt.ToStr(a[0])
					return rttest.S("err: " + s), nil
				}))
			})
			e := class("E", []rt.Value{mixin, rt.Obj(rt.ExcValueError)}, func(rt.Value) {})
			x := rttest.Must(rt.Call(e, []rt.Value{rttest.S("bad"), rttest.I(2)}, nil))
			names := rttest.L()
			for _, c := range rttest.Must(rt.GetAttr(e, "__mro__")).O.(*rt.Tuple).Items {
				rt.ListAppend(names, rttest.Must(rt.GetAttr(c, "__name__")))
			}
			return rttest.T(x, rttest.Must(rt.GetAttr(x, "args")), rttest.Must(rt.CallMethod(x, "describe", nil, nil)), rttest.Must(rttest.CallB("isinstance", x, rt.Obj(rt.ExcValueError))), names), nil
		}},
		{Py: "type('X', (list, dict), {})", Fn: func() (rt.Value, *rt.Exc) {
			return rt.BuildClass("X", "X", []rt.Value{rt.Obj(rt.ListType), rt.Obj(rt.DictType)}, nil, nil, func(rt.Value) *rt.Exc { return nil })
		}},
		{Py: "class M:\n    pass\nclass D(M, dict): pass\nd = D(a=1)\n(d, d['a'], len(d))", Fn: func() (rt.Value, *rt.Exc) {
			m := class("M", nil, func(rt.Value) {})
			d := class("D", []rt.Value{m, rt.Obj(rt.DictType)}, func(rt.Value) {})
			x := rttest.Must(rt.Call(d, []rt.Value{rttest.I(1)}, []string{"a"}))
			return rttest.T(x, rttest.Must(rt.GetItem(x, rttest.S("a"))), rttest.Must(rttest.CallB("len", x))), nil
		}},
	})
}

func TestExceptionMultipleBasesVsCPython(t *testing.T) {
	mk := func(bases ...*rt.Type) func() (rt.Value, *rt.Exc) {
		return func() (rt.Value, *rt.Exc) {
			var bv []rt.Value
			for _, b := range bases {
				bv = append(bv, rt.Obj(b))
			}
			c, e := rt.BuildClass("E", "E", bv, nil, nil, func(rt.Value) *rt.Exc { return nil })
			if e != nil {
				return rt.Null, e
			}
			x, e := rt.Call(c, []rt.Value{rttest.S("m")}, nil)
			if e != nil {
				return rt.Null, e
			}
			return rttest.T(x, rttest.Must(rttest.CallB("str", x))), nil
		}
	}
	rttest.CheckCases(t, []rttest.PyCase{
		{Py: "class E(KeyError, ValueError): pass\n(E('m'), str(E('m')))", Fn: mk(rt.ExcKeyError, rt.ExcValueError)},
		{Py: "class E(OSError, ValueError): pass\n(E('m'), str(E('m')))", Fn: mk(rt.ExcOSError, rt.ExcValueError)},
		{Py: "type('E', (OSError, ImportError), {})", Fn: mk(rt.ExcOSError, rt.ExcImportError)},
	})
}
