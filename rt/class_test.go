package rt

import (
	"strings"
	"testing"
)

// def helpers: a function from a Go body.
func def(name string, params []string, body func(a []Value) (Value, *Exc)) Value {
	return NewFunction(&Code{Name: name, Qualname: name, Filename: "t.py", Params: params, Pos: len(params)}, nil, nil, body)
}

func defM(cls, name string, params []string, body func(a []Value) (Value, *Exc)) Value {
	return NewFunction(&Code{Name: name, Qualname: cls + "." + name, Filename: "t.py", Params: params, Pos: len(params)}, nil, nil, body)
}

func class(name string, bases []Value, body func(ns Value)) Value {
	return Must(BuildClass(name, name, bases, nil, nil, func(ns Value) *Exc {
		body(ns)
		return nil
	}))
}

func set(ns Value, name string, v Value) { Must(None, DictSet(ns, S(name), v)) }

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

func pointClass() Value {
	var cls Value
	cls = class("Point", nil, func(ns Value) {
		set(ns, "__init__", defM("Point", "__init__", []string{"self", "x", "y"}, func(a []Value) (Value, *Exc) {
			Must(None, SetAttr(a[0], "x", a[1]))
			Must(None, SetAttr(a[0], "y", a[2]))
			return None, nil
		}))
		set(ns, "__repr__", defM("Point", "__repr__", []string{"self"}, func(a []Value) (Value, *Exc) {
			x, _ := ToRepr(Must(GetAttr(a[0], "x")))
			y, _ := ToRepr(Must(GetAttr(a[0], "y")))
			return Str("Point(" + x + ", " + y + ")"), nil
		}))
		xy := func(v Value) Value { return T(Must(GetAttr(v, "x")), Must(GetAttr(v, "y"))) }
		set(ns, "__eq__", defM("Point", "__eq__", []string{"self", "o"}, func(a []Value) (Value, *Exc) {
			ok, _ := IsInstance(a[1], cls)
			if !ok {
				return False, nil
			}
			return Eq(xy(a[0]), xy(a[1]))
		}))
		set(ns, "__lt__", defM("Point", "__lt__", []string{"self", "o"}, func(a []Value) (Value, *Exc) {
			return Lt(xy(a[0]), xy(a[1]))
		}))
		set(ns, "__add__", defM("Point", "__add__", []string{"self", "o"}, func(a []Value) (Value, *Exc) {
			x := Must(Add(Must(GetAttr(a[0], "x")), Must(GetAttr(a[1], "x"))))
			y := Must(Add(Must(GetAttr(a[0], "y")), Must(GetAttr(a[1], "y"))))
			return Call(cls, []Value{x, y}, nil)
		}))
		set(ns, "norm", defM("Point", "norm", []string{"self"}, func(a []Value) (Value, *Exc) {
			x := Must(GetAttr(a[0], "x"))
			y := Must(GetAttr(a[0], "y"))
			return Add(Must(Mul(x, x)), Must(Mul(y, y)))
		}))
	})
	return cls
}

func TestClassesVsCPython(t *testing.T) {
	P := func(x, y int64) Value { return Must(Call(pointClass(), []Value{I(x), I(y)}, nil)) }
	cases := []PyCase{
		{pointPy + "\nPoint(1, 2), Point(1, 2) == Point(1, 2), Point(1, 2) + Point(3, 4), Point(3, 4).norm()", func() (Value, *Exc) {
			cls := pointClass()
			p := Must(Call(cls, []Value{I(1), I(2)}, nil))
			q := Must(Call(cls, []Value{I(1), I(2)}, nil))
			r := Must(Call(cls, []Value{I(3), I(4)}, nil))
			return T(p, Must(Eq(p, q)), Must(Add(p, r)), Must(CallMethod(r, "norm", nil, nil))), nil
		}},
		{pointPy + "\nsorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max([Point(2, 1), Point(1, 5)]), Point(1, 2) != Point(1, 3)", func() (Value, *Exc) {
			return T(Must(CallB("sorted", L(P(2, 1), P(1, 5), P(1, 2)))), Must(CallB("max", L(P(2, 1), P(1, 5)))), Must(Ne(P(1, 2), P(1, 3)))), nil
		}},
		{pointPy + "\nhash(Point(1, 2))", func() (Value, *Exc) { return CallB("hash", P(1, 2)) }},
		{pointPy + "\nPoint(1, 2) > Point(0, 0)", func() (Value, *Exc) { return Gt(P(1, 2), P(0, 0)) }},
		{pointPy + "\nPoint(1, 2) <= Point(0, 0)", func() (Value, *Exc) { return Le(P(1, 2), P(0, 0)) }},
		{pointPy + "\nPoint(1, 2) - Point(0, 0)", func() (Value, *Exc) { return Sub(P(1, 2), P(0, 0)) }},
		{pointPy + "\nPoint(1, 2).z", func() (Value, *Exc) { return GetAttr(P(1, 2), "z") }},
		{pointPy + "\nPoint(1)", func() (Value, *Exc) { return Call(pointClass(), []Value{I(1)}, nil) }},
		{pointPy + "\nPoint(1, 2, 3)", func() (Value, *Exc) { return Call(pointClass(), []Value{I(1), I(2), I(3)}, nil) }},
		{pointPy + "\nPoint(1, y=2, x=3)", func() (Value, *Exc) { return Call(pointClass(), []Value{I(1), I(2), I(3)}, []string{"y", "x"}) }},
		{pointPy + "\nPoint(1, z=2)", func() (Value, *Exc) { return Call(pointClass(), []Value{I(1), I(2)}, []string{"z"}) }},
		{pointPy + "\nPoint, Point.__name__, Point.__qualname__, Point.__module__, type(Point(1, 2)), Point.__mro__", func() (Value, *Exc) {
			c := pointClass()
			return T(c, Must(GetAttr(c, "__name__")), Must(GetAttr(c, "__qualname__")), Must(GetAttr(c, "__module__")), Must(CallB("type", Must(Call(c, []Value{I(1), I(2)}, nil)))), Must(GetAttr(c, "__mro__"))), nil
		}},
		{pointPy + "\nPoint(1, 2).__dict__, vars(Point(3, 4))", func() (Value, *Exc) {
			return T(Must(GetAttr(P(1, 2), "__dict__")), Must(CallB("vars", P(3, 4)))), nil
		}},
		{"class A: pass\nrepr(A())[:20]", func() (Value, *Exc) {
			a := class("A", nil, func(ns Value) {})
			r, _ := ToRepr(Must(Call(a, nil, nil)))
			return S(r[:20]), nil
		}},
		{"class A: pass\nA(1)", func() (Value, *Exc) {
			return Call(class("A", nil, func(ns Value) {}), []Value{I(1)}, nil)
		}},
		{"class A:\n    def __init__(self): pass\nA(1)", func() (Value, *Exc) {
			a := class("A", nil, func(ns Value) {
				set(ns, "__init__", defM("A", "__init__", []string{"self"}, func(a []Value) (Value, *Exc) { return None, nil }))
			})
			return Call(a, []Value{I(1)}, nil)
		}},
		{"class A:\n    def __init__(self): return 1\nA()", func() (Value, *Exc) {
			a := class("A", nil, func(ns Value) {
				set(ns, "__init__", defM("A", "__init__", []string{"self"}, func(a []Value) (Value, *Exc) { return I(1), nil }))
			})
			return Call(a, nil, nil)
		}},
		{"class A:\n    def f(self): return 'A.f'\n    @classmethod\n    def c(cls): return cls.__name__\n    @staticmethod\n    def s(x): return x * 2\n    @property\n    def p(self): return 42\nclass B(A):\n    def f(self): return 'B.f+' + super().f()\n" +
			"B().f(), B.c(), B().c(), B.s(3), B().s(4), B().p, A.__subclasses__() == [B], B.__bases__, B.__mro__", func() (Value, *Exc) {
			a := class("A", nil, func(ns Value) {
				set(ns, "f", defM("A", "f", []string{"self"}, func(a []Value) (Value, *Exc) { return S("A.f"), nil }))
				set(ns, "c", Must(CallB("classmethod", defM("A", "c", []string{"cls"}, func(a []Value) (Value, *Exc) { return GetAttr(a[0], "__name__") }))))
				set(ns, "s", Must(CallB("staticmethod", defM("A", "s", []string{"x"}, func(a []Value) (Value, *Exc) { return Mul(a[0], I(2)) }))))
				set(ns, "p", Must(CallB("property", defM("A", "p", []string{"self"}, func(a []Value) (Value, *Exc) { return I(42), nil }))))
			})
			var cell Value
			b := Must(BuildClassCell("B", "B", []Value{a}, nil, nil, func(ns Value, cellp *Value) *Exc {
				set(ns, "f", defM("B", "f", []string{"self"}, func(args []Value) (Value, *Exc) {
					sup := Must(Super(*cellp, args[0]))
					r := Must(CallMethod(sup, "f", nil, nil))
					return Add(S("B.f+"), r)
				}))
				return nil
			}, &cell))
			bi := Must(Call(b, nil, nil))
			return T(Must(CallMethod(bi, "f", nil, nil)), Must(CallMethod(b, "c", nil, nil)), Must(CallMethod(bi, "c", nil, nil)), Must(CallMethod(b, "s", []Value{I(3)}, nil)), Must(CallMethod(bi, "s", []Value{I(4)}, nil)), Must(GetAttr(bi, "p")), Must(Eq(Must(CallMethod(a, "__subclasses__", nil, nil)), L(b))), Must(GetAttr(b, "__bases__")), Must(GetAttr(b, "__mro__"))), nil
		}},
		{"class A:\n    @property\n    def p(self): return 1\nsetattr(A(), 'p', 2)", func() (Value, *Exc) {
			a := class("A", nil, func(ns Value) {
				set(ns, "p", Must(CallB("property", defM("A", "p", []string{"self"}, func(a []Value) (Value, *Exc) { return I(1), nil }))))
			})
			return None, SetAttr(Must(Call(a, nil, nil)), "p", I(2))
		}},
		{"class O: pass\nclass A(O): pass\nclass B(O): pass\nclass C(A, B): pass\nC.__mro__", func() (Value, *Exc) {
			o := class("O", nil, func(Value) {})
			a := class("A", []Value{o}, func(Value) {})
			b := class("B", []Value{o}, func(Value) {})
			c := class("C", []Value{a, b}, func(Value) {})
			return GetAttr(c, "__mro__")
		}},
		{"class O: pass\nclass A(O): pass\ntype('B', (O, A), {})", func() (Value, *Exc) {
			o := class("O", nil, func(Value) {})
			a := class("A", []Value{o}, func(Value) {})
			return BuildClass("B", "B", []Value{o, a}, nil, nil, func(Value) *Exc { return nil })
		}},
		{"type('B', (bool,), {})", func() (Value, *Exc) {
			return BuildClass("B", "B", []Value{Obj(BoolType)}, nil, nil, func(Value) *Exc { return nil })
		}},
		{"class A:\n    def __getattr__(self, n): return n * 2\n    def __len__(self): return 3\n    def __getitem__(self, i):\n        if i > 2: raise IndexError(i)\n        return i * 10\n    def __contains__(self, x): return x == 'k'\n    def __call__(self, *a, **k): return (a, k)\n    def __bool__(self): return False\n" +
			"a = A()\n(a.xy, len(a), list(a), 'k' in a, 'j' in a, a(1, b=2), bool(a), not a)", func() (Value, *Exc) {
			c := class("A", nil, func(ns Value) {
				set(ns, "__getattr__", defM("A", "__getattr__", []string{"self", "n"}, func(a []Value) (Value, *Exc) { return Mul(a[1], I(2)) }))
				set(ns, "__len__", defM("A", "__len__", []string{"self"}, func(a []Value) (Value, *Exc) { return I(3), nil }))
				set(ns, "__getitem__", defM("A", "__getitem__", []string{"self", "i"}, func(a []Value) (Value, *Exc) {
					if a[1].I > 2 {
						return Null, Raise(Must(Call(Obj(ExcIndexError), []Value{a[1]}, nil)), Null)
					}
					return Mul(a[1], I(10))
				}))
				set(ns, "__contains__", defM("A", "__contains__", []string{"self", "x"}, func(a []Value) (Value, *Exc) { return Eq(a[1], S("k")) }))
				set(ns, "__call__", NewFunction(&Code{Name: "__call__", Qualname: "A.__call__", Params: []string{"self", "a", "k"}, Pos: 1, VarArgs: true, VarKw: true}, nil, nil, func(a []Value) (Value, *Exc) {
					return T(a[1], a[2]), nil
				}))
				set(ns, "__bool__", defM("A", "__bool__", []string{"self"}, func(a []Value) (Value, *Exc) { return False, nil }))
			})
			a := Must(Call(c, nil, nil))
			in1, _ := In(S("k"), a)
			in2, _ := In(S("j"), a)
			return T(Must(GetAttr(a, "xy")), Must(CallB("len", a)), Must(CallB("list", a)), Bool(in1), Bool(in2), Must(Call(a, []Value{I(1), I(2)}, []string{"b"})), Must(CallB("bool", a)), Must(Not(a))), nil
		}},
		{"class V:\n    def __init__(self, v): self.v = v\n    def __radd__(self, o): return ('radd', o)\n    def __iadd__(self, o): return ('iadd', o)\n(1 + V(2), 'a' + V(1))", func() (Value, *Exc) {
			c := class("V", nil, func(ns Value) {
				set(ns, "__radd__", defM("V", "__radd__", []string{"self", "o"}, func(a []Value) (Value, *Exc) { return T(S("radd"), a[1]), nil }))
			})
			v := Must(Call(c, nil, nil))
			return T(Must(Add(I(1), v)), Must(Add(S("a"), v))), nil
		}},
		{"class E(Exception):\n    def __init__(self, msg, code):\n        super().__init__(msg)\n        self.code = code\ne = E('boom', 3)\n(e, str(e), e.args, e.code, repr(E), isinstance(e, Exception))", func() (Value, *Exc) {
			var cell Value
			c := Must(BuildClassCell("E", "E", []Value{Obj(ExcException)}, nil, nil, func(ns Value, cp *Value) *Exc {
				set(ns, "__init__", defM("E", "__init__", []string{"self", "msg", "code"}, func(a []Value) (Value, *Exc) {
					Must(CallMethod(Must(Super(*cp, a[0])), "__init__", []Value{a[1]}, nil))
					return None, SetAttr(a[0], "code", a[2])
				}))
				return nil
			}, &cell))
			e := Must(Call(c, []Value{S("boom"), I(3)}, nil))
			return T(e, Must(CallB("str", e)), Must(GetAttr(e, "args")), Must(GetAttr(e, "code")), Must(Repr(c)), Must(CallB("isinstance", e, Obj(ExcException)))), nil
		}},
		{"class E(ValueError): pass\n(E(), E('a', 1), str(E('a', 1)), KeyError('k'), str(KeyError('k')), str(KeyError()), StopIteration(5).value, E.__mro__)", func() (Value, *Exc) {
			c := class("E", []Value{Obj(ExcValueError)}, func(Value) {})
			return T(Must(Call(c, nil, nil)), Must(Call(c, []Value{S("a"), I(1)}, nil)), Must(CallB("str", Must(Call(c, []Value{S("a"), I(1)}, nil)))), Must(Call(Obj(ExcKeyError), []Value{S("k")}, nil)), Must(CallB("str", Must(Call(Obj(ExcKeyError), []Value{S("k")}, nil)))), Must(CallB("str", Must(Call(Obj(ExcKeyError), nil, nil)))), Must(GetAttr(Must(Call(Obj(ExcStopIteration), []Value{I(5)}, nil)), "value")), Must(GetAttr(c, "__mro__"))), nil
		}},
		{"OSError(2, 'No such file'), str(OSError(2, 'No such file', 'x.txt')), type(OSError(2, 'x')), ExceptionGroup('eg', [ValueError(1)]), str(ExceptionGroup('eg', [ValueError(1), TypeError()]))", func() (Value, *Exc) {
			return T(Must(Call(Obj(ExcOSError), []Value{I(2), S("No such file")}, nil)), Must(CallB("str", Must(Call(Obj(ExcOSError), []Value{I(2), S("No such file"), S("x.txt")}, nil)))), Must(CallB("type", Must(Call(Obj(ExcOSError), []Value{I(2), S("x")}, nil)))),
				Must(Call(Obj(ExcExceptionGroup), []Value{S("eg"), L(Must(Call(Obj(ExcValueError), []Value{I(1)}, nil)))}, nil)),
				Must(CallB("str", Must(Call(Obj(ExcExceptionGroup), []Value{S("eg"), L(Must(Call(Obj(ExcValueError), []Value{I(1)}, nil)), Must(Call(Obj(ExcTypeError), nil, nil)))}, nil))))), nil
		}},
		{"ExceptionGroup.__mro__", func() (Value, *Exc) { return GetAttr(Obj(ExcExceptionGroup), "__mro__") }},
		{"class M(type): pass\nclass A(metaclass=M): pass\n(type(A), A.__class__, isinstance(A, M))", func() (Value, *Exc) {
			m := class("M", []Value{Obj(TypeType)}, func(Value) {})
			a := Must(BuildClass("A", "A", nil, []string{"metaclass"}, []Value{m}, func(Value) *Exc { return nil }))
			return T(Must(CallB("type", a)), Must(GetAttr(a, "__class__")), Must(CallB("isinstance", a, m))), nil
		}},
		{"class A:\n    x = 1\n    def __eq__(self, o): return True\n(A.x, A().x, A.__hash__)", func() (Value, *Exc) {
			a := class("A", nil, func(ns Value) {
				set(ns, "x", I(1))
				set(ns, "__eq__", defM("A", "__eq__", []string{"self", "o"}, func(a []Value) (Value, *Exc) { return True, nil }))
			})
			return T(Must(GetAttr(a, "x")), Must(GetAttr(Must(Call(a, nil, nil)), "x")), Must(GetAttr(a, "__hash__"))), nil
		}},
		{"class A:\n    def __eq__(self, o): return True\nhash(A())", func() (Value, *Exc) {
			a := class("A", nil, func(ns Value) {
				set(ns, "__eq__", defM("A", "__eq__", []string{"self", "o"}, func(a []Value) (Value, *Exc) { return True, nil }))
			})
			return CallB("hash", Must(Call(a, nil, nil)))
		}},
		{"class A:\n    def __repr__(self): return 1\nrepr(A())", func() (Value, *Exc) {
			a := class("A", nil, func(ns Value) {
				set(ns, "__repr__", defM("A", "__repr__", []string{"self"}, func(a []Value) (Value, *Exc) { return I(1), nil }))
			})
			return CallB("repr", Must(Call(a, nil, nil)))
		}},
		{"class A:\n    def __str__(self): return 'S'\n(str(A()), '{}'.format(A()), format(A(), ''))", func() (Value, *Exc) {
			a := class("A", nil, func(ns Value) {
				set(ns, "__str__", defM("A", "__str__", []string{"self"}, func(a []Value) (Value, *Exc) { return S("S"), nil }))
			})
			x := Must(Call(a, nil, nil))
			return T(Must(CallB("str", x)), Must(Meth(S("{}"), "format", x)), Must(CallB("format", x, S("")))), nil
		}},
		{"class A: pass\nformat(A(), 'x')", func() (Value, *Exc) {
			return CallB("format", Must(Call(class("A", nil, func(Value) {}), nil, nil)), S("x"))
		}},
		{"setattr(object(), 'x', 1)", func() (Value, *Exc) { return None, SetAttr(Must(CallB("object")), "x", I(1)) }},
		{"setattr(1, 'x', 2)", func() (Value, *Exc) { return None, SetAttr(I(1), "x", I(2)) }},
		{"setattr(int, 'x', 2)", func() (Value, *Exc) { return None, SetAttr(Obj(IntType), "x", I(2)) }},
		{"int.__add__(1, 2), int.__repr__(5), (5).__add__(1.5), object.__repr__(1)[:13], str.upper('a')", func() (Value, *Exc) {
			return T(Must(CallMethod(Obj(IntType), "__add__", []Value{I(1), I(2)}, nil)), Must(CallMethod(Obj(IntType), "__repr__", []Value{I(5)}, nil)), Must(CallMethod(I(5), "__add__", []Value{F(1.5)}, nil)), Must(GetItem(Must(CallMethod(Obj(ObjectType), "__repr__", []Value{I(1)}, nil)), NewSlice(Null, I(13), Null))), Must(CallMethod(Obj(StrType), "upper", []Value{S("a")}, nil))), nil
		}},
		{"str.upper(1)", func() (Value, *Exc) { return CallMethod(Obj(StrType), "upper", []Value{I(1)}, nil) }},
	}
	CheckCases(t, cases)
}

func TestBuiltinSubclassesVsCPython(t *testing.T) {
	cases := []PyCase{
		{"class D(dict):\n    def __missing__(self, k): return k * 2\nd = D(a=1)\nd.tag = 't'\n(d['a'], d['zz'], d, len(d), d.tag, type(d).__name__, isinstance(d, dict), 'a' in d)", func() (Value, *Exc) {
			c := class("D", []Value{Obj(DictType)}, func(ns Value) {
				set(ns, "__missing__", defM("D", "__missing__", []string{"self", "k"}, func(a []Value) (Value, *Exc) { return Mul(a[1], I(2)) }))
			})
			d := Must(Call(c, []Value{I(1)}, []string{"a"}))
			Must(None, SetAttr(d, "tag", S("t")))
			in, _ := In(S("a"), d)
			return T(Must(GetItem(d, S("a"))), Must(GetItem(d, S("zz"))), d, Must(CallB("len", d)), Must(GetAttr(d, "tag")), Must(GetAttr(Must(CallB("type", d)), "__name__")), Must(CallB("isinstance", d, Obj(DictType))), Bool(in)), nil
		}},
		{"class L(list):\n    def __len__(self): return 42\nl = L([1, 2])\nl.append(3)\n(l, len(l), bool(L()), l[0], l + [9], type(l + [9]))", func() (Value, *Exc) {
			c := class("L", []Value{Obj(ListType)}, func(ns Value) {
				set(ns, "__len__", defM("L", "__len__", []string{"self"}, func(a []Value) (Value, *Exc) { return I(42), nil }))
			})
			l := Must(Call(c, []Value{L(I(1), I(2))}, nil))
			Must(CallMethod(l, "append", []Value{I(3)}, nil))
			return T(l, Must(CallB("len", l)), Must(CallB("bool", Must(Call(c, nil, nil)))), Must(GetItem(l, I(0))), Must(Add(l, L(I(9)))), Must(CallB("type", Must(Add(l, L(I(9))))))), nil
		}},
		{"setattr({}, 'x', 1)", func() (Value, *Exc) { return None, SetAttr(D(), "x", I(1)) }},
	}
	CheckCases(t, cases)
}

func TestMetaVsCPython(t *testing.T) {
	cases := []PyCase{
		{"class Single(type):\n    _inst = {}\n    def __call__(cls, *a, **k):\n        if cls not in cls._inst:\n            cls._inst[cls] = super().__call__(*a, **k)\n        return cls._inst[cls]\nclass S(metaclass=Single):\n    def __init__(self, v): self.v = v\n(S(1) is S(2), S(3).v)", func() (Value, *Exc) {
			var mcell Value
			meta := Must(BuildClassCell("Single", "Single", []Value{Obj(TypeType)}, nil, nil, func(ns Value, cp *Value) *Exc {
				set(ns, "_inst", D())
				set(ns, "__call__", NewFunction(&Code{Name: "__call__", Qualname: "Single.__call__", Params: []string{"cls", "a", "k"}, Pos: 1, VarArgs: true, VarKw: true}, nil, nil, func(a []Value) (Value, *Exc) {
					cls := a[0]
					inst := Must(GetAttr(cls, "_inst"))
					if in, _ := In(cls, inst); !in {
						sup := Must(Super(*cp, cls))
						v, e := CallEx(Must(GetAttr(sup, "__call__")), a[1], a[2])
						if e != nil {
							return Null, e
						}
						Must(None, SetItem(inst, cls, v))
					}
					return GetItem(inst, cls)
				}))
				return nil
			}, &mcell))
			s := Must(BuildClass("S", "S", nil, []string{"metaclass"}, []Value{meta}, func(ns Value) *Exc {
				set(ns, "__init__", defM("S", "__init__", []string{"self", "v"}, func(a []Value) (Value, *Exc) { return None, SetAttr(a[0], "v", a[1]) }))
				return nil
			}))
			a := Must(Call(s, []Value{I(1)}, nil))
			b := Must(Call(s, []Value{I(2)}, nil))
			return T(Bool(Is(a, b)), Must(GetAttr(Must(Call(s, []Value{I(3)}, nil)), "v"))), nil
		}},
		{"class Base:\n    subs = []\n    def __init_subclass__(cls, tag=None, **kw):\n        super().__init_subclass__(**kw)\n        Base.subs.append((cls.__name__, tag))\nclass A(Base, tag='a'): pass\nclass B(A): pass\nBase.subs", func() (Value, *Exc) {
			var cell Value
			base := Must(BuildClassCell("Base", "Base", nil, nil, nil, func(ns Value, cp *Value) *Exc {
				set(ns, "subs", L())
				set(ns, "__init_subclass__", NewFunction(&Code{Name: "__init_subclass__", Qualname: "Base.__init_subclass__", Params: []string{"cls", "tag", "kw"}, Pos: 2, VarKw: true}, []Value{None}, nil, func(a []Value) (Value, *Exc) {
					sup := Must(Super(*cp, a[0]))
					if _, e := CallEx(Must(GetAttr(sup, "__init_subclass__")), T(), a[2]); e != nil {
						return Null, e
					}
					return CallMethod(Must(GetAttr(*cp, "subs")), "append", []Value{T(Must(GetAttr(a[0], "__name__")), a[1])}, nil)
				}))
				return nil
			}, &cell))
			a := Must(BuildClass("A", "A", []Value{base}, []string{"tag"}, []Value{S("a")}, func(Value) *Exc { return nil }))
			Must(BuildClass("B", "B", []Value{a}, nil, nil, func(Value) *Exc { return nil }))
			return GetAttr(base, "subs")
		}},
		{"class D:\n    def __set_name__(self, owner, name): self.name = name\n    def __get__(self, obj, typ=None): return ('get', self.name, obj is None)\nclass C:\n    attr = D()\n(C.attr, C().attr)", func() (Value, *Exc) {
			d := class("D", nil, func(ns Value) {
				set(ns, "__set_name__", defM("D", "__set_name__", []string{"self", "owner", "name"}, func(a []Value) (Value, *Exc) { return None, SetAttr(a[0], "name", a[2]) }))
				set(ns, "__get__", NewFunction(&Code{Name: "__get__", Qualname: "D.__get__", Params: []string{"self", "obj", "typ"}, Pos: 3}, []Value{None}, nil, func(a []Value) (Value, *Exc) {
					return T(S("get"), Must(GetAttr(a[0], "name")), Bool(a[1].IsNone())), nil
				}))
			})
			c := class("C", nil, func(ns Value) { set(ns, "attr", Must(Call(d, nil, nil))) })
			return T(Must(GetAttr(c, "attr")), Must(GetAttr(Must(Call(c, nil, nil)), "attr"))), nil
		}},
	}
	CheckCases(t, cases)
}

func TestInitSubclassKwVsCPython(t *testing.T) {
	CheckCases(t, []PyCase{
		{"type('A', (), {}, tag=1)", func() (Value, *Exc) {
			return BuildClass("A", "A", nil, []string{"tag"}, []Value{I(1)}, func(Value) *Exc { return nil })
		}},
	})
}

func TestStrTupleSubclassVsCPython(t *testing.T) {
	CheckCases(t, []PyCase{
		{"class Name(str):\n    def shout(self): return self.upper() + '!'\nn = Name('bob')\nn.x = 1\n(n, str(n), n.shout(), n + 'x', type(n + 'x'), len(n), n == 'bob', {n: 1}['bob'], n.x, isinstance(n, str), f'{n}', n[0])", func() (Value, *Exc) {
			c := class("Name", []Value{Obj(StrType)}, func(ns Value) {
				set(ns, "shout", defM("Name", "shout", []string{"self"}, func(a []Value) (Value, *Exc) {
					return Add(Must(CallMethod(a[0], "upper", nil, nil)), S("!"))
				}))
			})
			n := Must(Call(c, []Value{S("bob")}, nil))
			Must(None, SetAttr(n, "x", I(1)))
			return T(n, Must(CallB("str", n)), Must(CallMethod(n, "shout", nil, nil)), Must(Add(n, S("x"))), Must(CallB("type", Must(Add(n, S("x"))))), Must(CallB("len", n)), Must(Eq(n, S("bob"))), Must(GetItem(D(n, I(1)), S("bob"))), Must(GetAttr(n, "x")), Must(CallB("isinstance", n, Obj(StrType))), Must(FormatValue(n, "")), Must(GetItem(n, I(0)))), nil
		}},
		{"class P(tuple):\n    def __new__(cls, x, y): return super().__new__(cls, (x, y))\n    @property\n    def x(self): return self[0]\n    def __repr__(self): return f'P(x={self[0]}, y={self[1]})'\np = P(1, 2)\n(p, p.x, p + (3,), len(p), p == (1, 2), list(p), hash(p) == hash((1, 2)), type(p).__mro__)", func() (Value, *Exc) {
			var cell Value
			c := Must(BuildClassCell("P", "P", []Value{Obj(TupleType)}, nil, nil, func(ns Value, cp *Value) *Exc {
				set(ns, "__new__", defM("P", "__new__", []string{"cls", "x", "y"}, func(a []Value) (Value, *Exc) {
					sup := Must(Super(*cp, a[0]))
					return CallMethod(sup, "__new__", []Value{a[0], T(a[1], a[2])}, nil)
				}))
				set(ns, "x", Must(CallB("property", defM("P", "x", []string{"self"}, func(a []Value) (Value, *Exc) { return GetItem(a[0], I(0)) }))))
				set(ns, "__repr__", defM("P", "__repr__", []string{"self"}, func(a []Value) (Value, *Exc) {
					x, _ := ToStr(Must(GetItem(a[0], I(0))))
					y, _ := ToStr(Must(GetItem(a[0], I(1))))
					return S("P(x=" + x + ", y=" + y + ")"), nil
				}))
				return nil
			}, &cell))
			p := Must(Call(c, []Value{I(1), I(2)}, nil))
			return T(p, Must(GetAttr(p, "x")), Must(Add(p, T(I(3)))), Must(CallB("len", p)), Must(Eq(p, T(I(1), I(2)))), Must(CallB("list", p)), Must(Eq(Must(CallB("hash", p)), Must(CallB("hash", T(I(1), I(2)))))), Must(GetAttr(c, "__mro__"))), nil
		}},
	})
}

func TestNumberSubclassVsCPython(t *testing.T) {
	CheckCases(t, []PyCase{
		{"class Money(int):\n    def __repr__(self): return f'${int(self)}'\n    def cents(self): return self * 100\nm = Money(5)\nm.note = 'n'\n(m, str(m), m + 1, type(m + 1), m.cents(), type(m).__mro__, m == 5, hash(m) == hash(5), isinstance(m, int), m.note, -m, +m, abs(Money(-2)), int(m), f'{m:>4}', [m], m * 2.5, bool(Money(0)), Money('12'), sorted([Money(3), 1, Money(2)]))", func() (Value, *Exc) {
			c := class("Money", []Value{Obj(IntType)}, func(ns Value) {
				set(ns, "__repr__", defM("Money", "__repr__", []string{"self"}, func(a []Value) (Value, *Exc) {
					s, _ := ToStr(Must(CallB("int", a[0])))
					return S("$" + s), nil
				}))
				set(ns, "cents", defM("Money", "cents", []string{"self"}, func(a []Value) (Value, *Exc) { return Mul(a[0], I(100)) }))
			})
			m := Must(Call(c, []Value{I(5)}, nil))
			Must(None, SetAttr(m, "note", S("n")))
			return T(m, Must(CallB("str", m)), Must(Add(m, I(1))), Must(CallB("type", Must(Add(m, I(1))))), Must(CallMethod(m, "cents", nil, nil)), Must(GetAttr(c, "__mro__")), Must(Eq(m, I(5))), Must(Eq(Must(CallB("hash", m)), Must(CallB("hash", I(5))))), Must(CallB("isinstance", m, Obj(IntType))), Must(GetAttr(m, "note")), Must(Neg(m)), Must(Pos(m)), Must(CallB("abs", Must(Call(c, []Value{I(-2)}, nil)))), Must(CallB("int", m)), Must(FormatValue(m, ">4")), L(m), Must(Mul(m, F(2.5))), Must(CallB("bool", Must(Call(c, []Value{I(0)}, nil)))), Must(Call(c, []Value{S("12")}, nil)), Must(CallB("sorted", L(Must(Call(c, []Value{I(3)}, nil)), I(1), Must(Call(c, []Value{I(2)}, nil)))))), nil
		}},
		{"class Temp(float):\n    def __str__(self): return f'{float(self)}°'\nt = Temp(21.5)\n(str(t), repr(t), t + 1, type(t + 1), t > 20, round(t), f'{t}', f'{t:.0f}', Temp())", func() (Value, *Exc) {
			c := class("Temp", []Value{Obj(FloatType)}, func(ns Value) {
				set(ns, "__str__", defM("Temp", "__str__", []string{"self"}, func(a []Value) (Value, *Exc) {
					s, _ := ToRepr(Must(CallB("float", a[0])))
					return S(s + "°"), nil
				}))
			})
			tv := Must(Call(c, []Value{F(21.5)}, nil))
			return T(Must(CallB("str", tv)), Must(CallB("repr", tv)), Must(Add(tv, I(1))), Must(CallB("type", Must(Add(tv, I(1))))), Must(Gt(tv, I(20))), Must(CallB("round", tv)), Must(FormatValue(tv, "")), Must(FormatValue(tv, ".0f")), Must(Call(c, nil, nil))), nil
		}},
		{"class Bad(int):\n    def __add__(self, o): return 'added'\n(Bad(1) + 2, 2 + Bad(1))", func() (Value, *Exc) {
			c := class("Bad", []Value{Obj(IntType)}, func(ns Value) {
				set(ns, "__add__", defM("Bad", "__add__", []string{"self", "o"}, func(a []Value) (Value, *Exc) { return S("added"), nil }))
			})
			b := Must(Call(c, []Value{I(1)}, nil))
			return T(Must(Add(b, I(2))), Must(Add(I(2), b))), nil
		}},
	})
}

func TestExceptionGroupMethodsVsCPython(t *testing.T) {
	mk := func() Value {
		inner := Must(Call(Obj(ExcExceptionGroup), []Value{S("inner"), L(Must(Call(Obj(ExcTypeError), []Value{S("t")}, nil)), Must(Call(Obj(ExcValueError), []Value{S("v2")}, nil)))}, nil))
		return Must(Call(Obj(ExcExceptionGroup), []Value{S("outer"), L(Must(Call(Obj(ExcValueError), []Value{S("v")}, nil)), Must(Call(Obj(ExcKeyError), []Value{S("k")}, nil)), inner)}, nil))
	}
	const py = "eg = ExceptionGroup('outer', [ValueError('v'), KeyError('k'), ExceptionGroup('inner', [TypeError('t'), ValueError('v2')])])\n"
	CheckCases(t, []PyCase{
		{py + "eg.split(ValueError)", func() (Value, *Exc) { return CallMethod(mk(), "split", []Value{Obj(ExcValueError)}, nil) }},
		{py + "eg.subgroup((KeyError, TypeError))", func() (Value, *Exc) {
			return CallMethod(mk(), "subgroup", []Value{T(Obj(ExcKeyError), Obj(ExcTypeError))}, nil)
		}},
		{py + "eg.split(OSError)", func() (Value, *Exc) { return CallMethod(mk(), "split", []Value{Obj(ExcOSError)}, nil) }},
		{py + "eg.split(Exception)[0] is eg", func() (Value, *Exc) {
			g := mk()
			r := Must(CallMethod(g, "split", []Value{Obj(ExcException)}, nil))
			return Bool(Is(r.O.(*Tuple).Items[0], g)), nil
		}},
		{py + "eg.subgroup(lambda e: isinstance(e, ValueError) and str(e) == 'v2')", func() (Value, *Exc) {
			pred := NewBuiltin("p", func(a []Value, kw []string) (Value, *Exc) {
				ok, _ := IsInstance(a[0], Obj(ExcValueError))
				s, _ := ToStr(a[0])
				return Bool(ok && s == "v2"), nil
			})
			return CallMethod(mk(), "subgroup", []Value{pred}, nil)
		}},
	})
	// except* on a naked exception wraps it.
	m, r, e := ExcGroupSplit(NewExc(ExcValueError, S("x")), Obj(ExcValueError))
	if e != nil || r != nil || Outcome(Obj(m), nil) != "ExceptionGroup('', (ValueError('x'),))" {
		t.Errorf("got %s %v %v", Outcome(Obj(m), nil), r, e)
	}
	if _, _, e := ExcGroupSplit(NewExc(ExcValueError), Obj(ExcExceptionGroup)); e == nil || FormatExcOnly(e) != "TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.\n" {
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
	CheckCases(t, []PyCase{{py, func() (Value, *Exc) {
		orig := Raise(Must(Call(Obj(ExcExceptionGroup), []Value{S("eg"), L(Must(Call(Obj(ExcValueError), []Value{I(1)}, nil)), Must(Call(Obj(ExcTypeError), []Value{I(2)}, nil)), Must(Call(Obj(ExcKeyError), []Value{I(3)}, nil)))}, nil)), Null)
		var results []*Exc
		rest := orig
		// except* ValueError: raise RuntimeError('new')
		m, r, e := ExcGroupSplit(rest, Obj(ExcValueError))
		if e != nil {
			return Null, e
		}
		PushExc(m)
		results = append(results, Raise(Must(Call(Obj(ExcRuntimeError), []Value{S("new")}, nil)), Null))
		PopExc()
		rest = r
		// except* TypeError: raise
		m, r, e = ExcGroupSplit(rest, Obj(ExcTypeError))
		if e != nil {
			return Null, e
		}
		results = append(results, Reraise(m))
		rest = r
		results = append(results, rest)
		out := ExcGroupReraise(orig, results)
		ex := Must(GetAttr(Obj(out), "exceptions"))
		return T(Obj(out), Must(GetItem(ex, I(1))), Must(GetAttr(Must(GetItem(ex, I(0))), "__context__"))), nil
	}}})
}

func TestMoreSubclassesVsCPython(t *testing.T) {
	CheckCases(t, []PyCase{
		{"class S(set):\n    def total(self): return sum(self)\ns = S([3, 1, 2])\n(s, s.total(), type(s).__name__, isinstance(s, set), s | {9})", func() (Value, *Exc) {
			c := class("S", []Value{Obj(SetType)}, func(ns Value) {
				set(ns, "total", defM("S", "total", []string{"self"}, func(a []Value) (Value, *Exc) { return CallB("sum", a[0]) }))
			})
			s := Must(Call(c, []Value{L(I(3), I(1), I(2))}, nil))
			return T(s, Must(CallMethod(s, "total", nil, nil)), Must(GetAttr(Must(CallB("type", s)), "__name__")), Must(CallB("isinstance", s, Obj(SetType))), Must(Or(s, St(I(9))))), nil
		}},
		{"class P(property): pass\nclass A:\n    x = P(lambda self: 42)\n(A().x, type(A.__dict__['x']).__name__)", func() (Value, *Exc) {
			p := class("P", []Value{Obj(PropertyType)}, func(Value) {})
			a := class("A", nil, func(ns Value) {
				set(ns, "x", Must(Call(p, []Value{defM("A", "<lambda>", []string{"self"}, func(a []Value) (Value, *Exc) { return I(42), nil })}, nil)))
			})
			return T(Must(GetAttr(Must(Call(a, nil, nil)), "x")), Must(GetAttr(Must(CallB("type", Must(GetItem(Must(GetAttr(a, "__dict__")), S("x"))))), "__name__"))), nil
		}},
		{"int('9' * 5000)", func() (Value, *Exc) { return CallB("int", S(strings.Repeat("9", 5000))) }},
		{"len('{:x}'.format(int('f' * 5000, 16)))", func() (Value, *Exc) {
			v, e := CallB("int", S(strings.Repeat("f", 5000)), I(16))
			if e != nil {
				return Null, e
			}
			return CallB("len", Must(Meth(S("{:x}"), "format", v)))
		}},
	})
}

func TestMixinBasesVsCPython(t *testing.T) {
	CheckCases(t, []PyCase{
		{"class Mixin:\n    def describe(self): return 'err: ' + str(self)\nclass E(Mixin, ValueError): pass\ne = E('bad', 2)\n(e, e.args, e.describe(), isinstance(e, ValueError), [c.__name__ for c in E.__mro__])", func() (Value, *Exc) {
			mixin := class("Mixin", nil, func(ns Value) {
				set(ns, "describe", defM("Mixin", "describe", []string{"self"}, func(a []Value) (Value, *Exc) {
					s, _ := ToStr(a[0])
					return S("err: " + s), nil
				}))
			})
			e := class("E", []Value{mixin, Obj(ExcValueError)}, func(Value) {})
			x := Must(Call(e, []Value{S("bad"), I(2)}, nil))
			names := L()
			for _, c := range Must(GetAttr(e, "__mro__")).O.(*Tuple).Items {
				ListAppend(names, Must(GetAttr(c, "__name__")))
			}
			return T(x, Must(GetAttr(x, "args")), Must(CallMethod(x, "describe", nil, nil)), Must(CallB("isinstance", x, Obj(ExcValueError))), names), nil
		}},
		{"type('X', (list, dict), {})", func() (Value, *Exc) {
			return BuildClass("X", "X", []Value{Obj(ListType), Obj(DictType)}, nil, nil, func(Value) *Exc { return nil })
		}},
		{"class M:\n    pass\nclass D(M, dict): pass\nd = D(a=1)\n(d, d['a'], len(d))", func() (Value, *Exc) {
			m := class("M", nil, func(Value) {})
			d := class("D", []Value{m, Obj(DictType)}, func(Value) {})
			x := Must(Call(d, []Value{I(1)}, []string{"a"}))
			return T(x, Must(GetItem(x, S("a"))), Must(CallB("len", x))), nil
		}},
	})
}

func TestExceptionMultipleBasesVsCPython(t *testing.T) {
	mk := func(bases ...*Type) func() (Value, *Exc) {
		return func() (Value, *Exc) {
			var bv []Value
			for _, b := range bases {
				bv = append(bv, Obj(b))
			}
			c, e := BuildClass("E", "E", bv, nil, nil, func(Value) *Exc { return nil })
			if e != nil {
				return Null, e
			}
			x, e := Call(c, []Value{S("m")}, nil)
			if e != nil {
				return Null, e
			}
			return T(x, Must(CallB("str", x))), nil
		}
	}
	CheckCases(t, []PyCase{
		{"class E(KeyError, ValueError): pass\n(E('m'), str(E('m')))", mk(ExcKeyError, ExcValueError)},
		{"class E(OSError, ValueError): pass\n(E('m'), str(E('m')))", mk(ExcOSError, ExcValueError)},
		{"type('E', (OSError, ImportError), {})", mk(ExcOSError, ExcImportError)},
	})
}
