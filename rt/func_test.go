package rt_test

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// mkFunc builds a function whose body returns its bound arguments as a
// tuple, for binding tests.
func mkFunc(name string, params []string, posonly, pos, kwonly int, varargs, varkw bool, defaults []rt.Value, kwdefaults []rt.Value) rt.Value {
	code := &rt.Code{Name: name, Qualname: name, Filename: "t.py", Params: params, PosOnly: posonly, Pos: pos, KwOnly: kwonly, VarArgs: varargs, VarKw: varkw}
	return rt.NewFunction(code, defaults, kwdefaults, func(args []rt.Value) (rt.Value, *rt.Exc) {
		return rt.NewTuple(append([]rt.Value(nil), args...)...), nil
	})
}

func TestBindingVsCPython(t *testing.T) {
	// def f(a, b, /, c, d=4, *args, e, f=6, **kw)
	const fdef = "def f(a, b, /, c, d=4, *args, e, f=6, **kw): return (a, b, c, d, e, f, args, kw)\n"
	f := func() rt.Value {
		return mkFunc("f", []string{"a", "b", "c", "d", "e", "f", "args", "kw"}, 2, 4, 2, true, true, []rt.Value{rttest.I(4)}, []rt.Value{rt.Null, rttest.I(6)})
	}
	// our tuple order is co_varnames order: a b c d e f args kw
	// def g(x, y=2): ...
	const gdef = "def g(x, y=2): return (x, y)\n"
	g := func() rt.Value {
		return mkFunc("g", []string{"x", "y"}, 0, 2, 0, false, false, []rt.Value{rttest.I(2)}, nil)
	}
	const hdef = "def h(x, *, k): return (x, k)\n"
	h := func() rt.Value {
		return mkFunc("h", []string{"x", "k"}, 0, 1, 1, false, false, nil, []rt.Value{rt.Null})
	}
	const zdef = "def z(): return ()\n"
	z := func() rt.Value { return mkFunc("z", nil, 0, 0, 0, false, false, nil, nil) }
	const wdef = "def w(a, b, c): return (a, b, c)\n"
	w := func() rt.Value { return mkFunc("w", []string{"a", "b", "c"}, 0, 3, 0, false, false, nil, nil) }
	call := func(fn rt.Value, pos []rt.Value, kw ...any) (rt.Value, *rt.Exc) {
		args := append([]rt.Value(nil), pos...)
		var names []string
		for i := 0; i < len(kw); i += 2 {
			names = append(names, kw[i].(string))
			args = append(args, kw[i+1].(rt.Value))
		}
		return rt.Call(fn, args, names)
	}
	cases := []rttest.PyCase{
		{Py: fdef + "(lambda r: (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]))(f(1, 2, 3, e=5))", Fn: func() (rt.Value, *rt.Exc) {
			r := rttest.Must(call(f(), []rt.Value{rttest.I(1), rttest.I(2), rttest.I(3)}, "e", rttest.I(5)))
			it := r.O.(*rt.Tuple).Items
			return rttest.T(it[0], it[1], it[2], it[3], it[4], it[5], it[6], it[7]), nil
		}},
		{Py: fdef + "f(1, 2, 3, 4, 5, 6, e=7, zz=8)[6:]", Fn: func() (rt.Value, *rt.Exc) {
			r := rttest.Must(call(f(), []rt.Value{rttest.I(1), rttest.I(2), rttest.I(3), rttest.I(4), rttest.I(5), rttest.I(6)}, "e", rttest.I(7), "zz", rttest.I(8)))
			return rttest.T(r.O.(*rt.Tuple).Items[6:]...), nil
		}},
		{Py: fdef + "f(1, 2, 3)", Fn: func() (rt.Value, *rt.Exc) { return call(f(), []rt.Value{rttest.I(1), rttest.I(2), rttest.I(3)}) }},
		{Py: fdef + "f(1)", Fn: func() (rt.Value, *rt.Exc) { return call(f(), []rt.Value{rttest.I(1)}) }},
		{Py: fdef + "f(a=1, b=2, c=3, e=4)[7]", Fn: func() (rt.Value, *rt.Exc) {
			r, e := call(f(), nil, "a", rttest.I(1), "b", rttest.I(2), "c", rttest.I(3), "e", rttest.I(4))
			if e != nil {
				return r, e
			}
			return r.O.(*rt.Tuple).Items[7], nil
		}},
		{Py: fdef + "f(1, 2, 3, c=3, e=1)", Fn: func() (rt.Value, *rt.Exc) {
			return call(f(), []rt.Value{rttest.I(1), rttest.I(2), rttest.I(3)}, "c", rttest.I(3), "e", rttest.I(1))
		}},
		{Py: gdef + "g()", Fn: func() (rt.Value, *rt.Exc) { return call(g(), nil) }},
		{Py: gdef + "g(1, 2, 3)", Fn: func() (rt.Value, *rt.Exc) { return call(g(), []rt.Value{rttest.I(1), rttest.I(2), rttest.I(3)}) }},
		{Py: gdef + "g(1, z=3)", Fn: func() (rt.Value, *rt.Exc) { return call(g(), []rt.Value{rttest.I(1)}, "z", rttest.I(3)) }},
		{Py: gdef + "g(1, x=3)", Fn: func() (rt.Value, *rt.Exc) { return call(g(), []rt.Value{rttest.I(1)}, "x", rttest.I(3)) }},
		{Py: gdef + "g(y=1, x=3)", Fn: func() (rt.Value, *rt.Exc) { return call(g(), nil, "y", rttest.I(1), "x", rttest.I(3)) }},
		{Py: hdef + "h(1)", Fn: func() (rt.Value, *rt.Exc) { return call(h(), []rt.Value{rttest.I(1)}) }},
		{Py: hdef + "h(1, 2)", Fn: func() (rt.Value, *rt.Exc) { return call(h(), []rt.Value{rttest.I(1), rttest.I(2)}) }},
		{Py: hdef + "h(1, 2, k=3)", Fn: func() (rt.Value, *rt.Exc) { return call(h(), []rt.Value{rttest.I(1), rttest.I(2)}, "k", rttest.I(3)) }},
		{Py: hdef + "h(k=3)", Fn: func() (rt.Value, *rt.Exc) { return call(h(), nil, "k", rttest.I(3)) }},
		{Py: zdef + "z(1)", Fn: func() (rt.Value, *rt.Exc) { return call(z(), []rt.Value{rttest.I(1)}) }},
		{Py: zdef + "z(1, 2)", Fn: func() (rt.Value, *rt.Exc) { return call(z(), []rt.Value{rttest.I(1), rttest.I(2)}) }},
		{Py: zdef + "z(a=1)", Fn: func() (rt.Value, *rt.Exc) { return call(z(), nil, "a", rttest.I(1)) }},
		{Py: wdef + "w()", Fn: func() (rt.Value, *rt.Exc) { return call(w(), nil) }},
		{Py: wdef + "w(1)", Fn: func() (rt.Value, *rt.Exc) { return call(w(), []rt.Value{rttest.I(1)}) }},
		{Py: wdef + "w(b=1)", Fn: func() (rt.Value, *rt.Exc) { return call(w(), nil, "b", rttest.I(1)) }},
		{Py: wdef + "w(*[1, 2], **{'c': 3})", Fn: func() (rt.Value, *rt.Exc) {
			return rt.CallEx(w(), rttest.L(rttest.I(1), rttest.I(2)), rttest.D(rttest.S("c"), rttest.I(3)))
		}},
		{Py: wdef + "w(*5)", Fn: func() (rt.Value, *rt.Exc) { return rt.CallEx(w(), rttest.I(5), rt.Null) }},
		{Py: wdef + "w(**[1])", Fn: func() (rt.Value, *rt.Exc) { return rt.CallEx(w(), rttest.T(), rttest.L(rttest.I(1))) }},
		{Py: "len(x=1)", Fn: func() (rt.Value, *rt.Exc) { return call(rttest.Bi("len"), nil, "x", rttest.I(1)) }},
		{Py: "len()", Fn: func() (rt.Value, *rt.Exc) { return call(rttest.Bi("len"), nil) }},
		{Py: "len(1, 2)", Fn: func() (rt.Value, *rt.Exc) { return call(rttest.Bi("len"), []rt.Value{rttest.I(1), rttest.I(2)}) }},
		{Py: "isinstance(1)", Fn: func() (rt.Value, *rt.Exc) { return call(rttest.Bi("isinstance"), []rt.Value{rttest.I(1)}) }},
		{Py: "[].append()", Fn: func() (rt.Value, *rt.Exc) { return rt.CallMethod(rttest.L(), "append", nil, nil) }},
		{Py: "[].append(1, 2)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.CallMethod(rttest.L(), "append", []rt.Value{rttest.I(1), rttest.I(2)}, nil)
		}},
		{Py: "print(1, foo=2)", Fn: func() (rt.Value, *rt.Exc) {
			return call(rttest.Bi("print"), []rt.Value{rttest.I(1)}, "foo", rttest.I(2))
		}},
		{Py: "print(1, sep=2)", Fn: func() (rt.Value, *rt.Exc) {
			return call(rttest.Bi("print"), []rt.Value{rttest.I(1)}, "sep", rttest.I(2))
		}},
		{Py: "int('5', bas=2)", Fn: func() (rt.Value, *rt.Exc) {
			return call(rttest.Bi("int"), []rt.Value{rttest.S("5")}, "bas", rttest.I(2))
		}},
		{Py: "sorted([1], 2)", Fn: func() (rt.Value, *rt.Exc) {
			return call(rttest.Bi("sorted"), []rt.Value{rttest.L(rttest.I(1)), rttest.I(2)})
		}},
		{Py: "'a'.split(1)", Fn: func() (rt.Value, *rt.Exc) { return rt.CallMethod(rttest.S("a"), "split", []rt.Value{rttest.I(1)}, nil) }},
		{Py: "'a'.join(1)", Fn: func() (rt.Value, *rt.Exc) { return rt.CallMethod(rttest.S("a"), "join", []rt.Value{rttest.I(1)}, nil) }},
		{Py: "{}.get()", Fn: func() (rt.Value, *rt.Exc) { return rt.CallMethod(rttest.D(), "get", nil, nil) }},
	}
	rttest.CheckCases(t, cases)
}
