package rt

import "testing"

// mkFunc builds a function whose body returns its bound arguments as a
// tuple, for binding tests.
func mkFunc(name string, params []string, posonly, pos, kwonly int, varargs, varkw bool, defaults []Value, kwdefaults []Value) Value {
	code := &Code{Name: name, Qualname: name, Filename: "t.py", Params: params, PosOnly: posonly, Pos: pos, KwOnly: kwonly, VarArgs: varargs, VarKw: varkw}
	return NewFunction(code, defaults, kwdefaults, func(args []Value) (Value, *Exc) { return NewTuple(append([]Value(nil), args...)...), nil })
}

func TestBindingVsCPython(t *testing.T) {
	// def f(a, b, /, c, d=4, *args, e, f=6, **kw)
	const fdef = "def f(a, b, /, c, d=4, *args, e, f=6, **kw): return (a, b, c, d, e, f, args, kw)\n"
	f := func() Value {
		return mkFunc("f", []string{"a", "b", "c", "d", "e", "f", "args", "kw"}, 2, 4, 2, true, true, []Value{I(4)}, []Value{Null, I(6)})
	}
	// our tuple order is co_varnames order: a b c d e f args kw
	// def g(x, y=2): ...
	const gdef = "def g(x, y=2): return (x, y)\n"
	g := func() Value { return mkFunc("g", []string{"x", "y"}, 0, 2, 0, false, false, []Value{I(2)}, nil) }
	const hdef = "def h(x, *, k): return (x, k)\n"
	h := func() Value { return mkFunc("h", []string{"x", "k"}, 0, 1, 1, false, false, nil, []Value{Null}) }
	const zdef = "def z(): return ()\n"
	z := func() Value { return mkFunc("z", nil, 0, 0, 0, false, false, nil, nil) }
	const wdef = "def w(a, b, c): return (a, b, c)\n"
	w := func() Value { return mkFunc("w", []string{"a", "b", "c"}, 0, 3, 0, false, false, nil, nil) }
	call := func(fn Value, pos []Value, kw ...any) (Value, *Exc) {
		args := append([]Value(nil), pos...)
		var names []string
		for i := 0; i < len(kw); i += 2 {
			names = append(names, kw[i].(string))
			args = append(args, kw[i+1].(Value))
		}
		return Call(fn, args, names)
	}
	cases := []PyCase{
		{fdef + "(lambda r: (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]))(f(1, 2, 3, e=5))", func() (Value, *Exc) {
			r := Must(call(f(), []Value{I(1), I(2), I(3)}, "e", I(5)))
			it := r.O.(*Tuple).Items
			return T(it[0], it[1], it[2], it[3], it[4], it[5], it[6], it[7]), nil
		}},
		{fdef + "f(1, 2, 3, 4, 5, 6, e=7, zz=8)[6:]", func() (Value, *Exc) {
			r := Must(call(f(), []Value{I(1), I(2), I(3), I(4), I(5), I(6)}, "e", I(7), "zz", I(8)))
			return T(r.O.(*Tuple).Items[6:]...), nil
		}},
		{fdef + "f(1, 2, 3)", func() (Value, *Exc) { return call(f(), []Value{I(1), I(2), I(3)}) }},
		{fdef + "f(1)", func() (Value, *Exc) { return call(f(), []Value{I(1)}) }},
		{fdef + "f(a=1, b=2, c=3, e=4)[7]", func() (Value, *Exc) {
			r, e := call(f(), nil, "a", I(1), "b", I(2), "c", I(3), "e", I(4))
			if e != nil {
				return r, e
			}
			return r.O.(*Tuple).Items[7], nil
		}},
		{fdef + "f(1, 2, 3, c=3, e=1)", func() (Value, *Exc) { return call(f(), []Value{I(1), I(2), I(3)}, "c", I(3), "e", I(1)) }},
		{gdef + "g()", func() (Value, *Exc) { return call(g(), nil) }},
		{gdef + "g(1, 2, 3)", func() (Value, *Exc) { return call(g(), []Value{I(1), I(2), I(3)}) }},
		{gdef + "g(1, z=3)", func() (Value, *Exc) { return call(g(), []Value{I(1)}, "z", I(3)) }},
		{gdef + "g(1, x=3)", func() (Value, *Exc) { return call(g(), []Value{I(1)}, "x", I(3)) }},
		{gdef + "g(y=1, x=3)", func() (Value, *Exc) { return call(g(), nil, "y", I(1), "x", I(3)) }},
		{hdef + "h(1)", func() (Value, *Exc) { return call(h(), []Value{I(1)}) }},
		{hdef + "h(1, 2)", func() (Value, *Exc) { return call(h(), []Value{I(1), I(2)}) }},
		{hdef + "h(1, 2, k=3)", func() (Value, *Exc) { return call(h(), []Value{I(1), I(2)}, "k", I(3)) }},
		{hdef + "h(k=3)", func() (Value, *Exc) { return call(h(), nil, "k", I(3)) }},
		{zdef + "z(1)", func() (Value, *Exc) { return call(z(), []Value{I(1)}) }},
		{zdef + "z(1, 2)", func() (Value, *Exc) { return call(z(), []Value{I(1), I(2)}) }},
		{zdef + "z(a=1)", func() (Value, *Exc) { return call(z(), nil, "a", I(1)) }},
		{wdef + "w()", func() (Value, *Exc) { return call(w(), nil) }},
		{wdef + "w(1)", func() (Value, *Exc) { return call(w(), []Value{I(1)}) }},
		{wdef + "w(b=1)", func() (Value, *Exc) { return call(w(), nil, "b", I(1)) }},
		{wdef + "w(*[1, 2], **{'c': 3})", func() (Value, *Exc) { return CallEx(w(), L(I(1), I(2)), D(S("c"), I(3))) }},
		{wdef + "w(*5)", func() (Value, *Exc) { return CallEx(w(), I(5), Null) }},
		{wdef + "w(**[1])", func() (Value, *Exc) { return CallEx(w(), T(), L(I(1))) }},
		{"len(x=1)", func() (Value, *Exc) { return call(Bi("len"), nil, "x", I(1)) }},
		{"len()", func() (Value, *Exc) { return call(Bi("len"), nil) }},
		{"len(1, 2)", func() (Value, *Exc) { return call(Bi("len"), []Value{I(1), I(2)}) }},
		{"isinstance(1)", func() (Value, *Exc) { return call(Bi("isinstance"), []Value{I(1)}) }},
		{"[].append()", func() (Value, *Exc) { return CallMethod(L(), "append", nil, nil) }},
		{"[].append(1, 2)", func() (Value, *Exc) { return CallMethod(L(), "append", []Value{I(1), I(2)}, nil) }},
		{"print(1, foo=2)", func() (Value, *Exc) { return call(Bi("print"), []Value{I(1)}, "foo", I(2)) }},
		{"print(1, sep=2)", func() (Value, *Exc) { return call(Bi("print"), []Value{I(1)}, "sep", I(2)) }},
		{"int('5', bas=2)", func() (Value, *Exc) { return call(Bi("int"), []Value{S("5")}, "bas", I(2)) }},
		{"sorted([1], 2)", func() (Value, *Exc) { return call(Bi("sorted"), []Value{L(I(1)), I(2)}) }},
		{"'a'.split(1)", func() (Value, *Exc) { return CallMethod(S("a"), "split", []Value{I(1)}, nil) }},
		{"'a'.join(1)", func() (Value, *Exc) { return CallMethod(S("a"), "join", []Value{I(1)}, nil) }},
		{"{}.get()", func() (Value, *Exc) { return CallMethod(D(), "get", nil, nil) }},
	}
	CheckCases(t, cases)
}
