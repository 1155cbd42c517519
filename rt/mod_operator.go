package rt

import "strings"

// operator: the operator functions and itemgetter/attrgetter/
// methodcaller objects (with CPython's reprs).

var (
	itemgetterType   = NewType("itemgetter", ObjectType)
	attrgetterType   = NewType("attrgetter", ObjectType)
	methodcallerType = NewType("methodcaller", ObjectType)
)

type getterObj struct {
	typ   *Type
	keys  []Value
	attrs [][]string // attrgetter: dotted names split
	name  string     // methodcaller
	args  []Value
	kw    []string
}

func (g *getterObj) Type() *Type { return g.typ }

func getterRepr(g *getterObj) (string, *Exc) {
	var parts []string
	if g.typ == methodcallerType {
		parts = append(parts, StrRepr(g.name))
	}
	npos := len(g.args) - len(g.kw)
	for i, k := range g.keys {
		_ = i
		s, e := ToRepr(k)
		if e != nil {
			return "", e
		}
		parts = append(parts, s)
	}
	for i, a := range g.args {
		s, e := ToRepr(a)
		if e != nil {
			return "", e
		}
		if i >= npos {
			s = g.kw[i-npos] + "=" + s
		}
		parts = append(parts, s)
	}
	return "operator." + g.typ.Name + "(" + strings.Join(parts, ", ") + ")", nil
}

func init() {
	for _, t := range []*Type{itemgetterType, attrgetterType, methodcallerType} {
		t.Module = "operator"
		t.Repr = func(v Value) (string, *Exc) { return getterRepr(v.O.(*getterObj)) }
		t.Final = true
	}
	itemgetterType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		if e := NoKwargs("itemgetter", kw); e != nil {
			return Null, e
		}
		if len(args) == 0 {
			return Null, TypeErrorf("itemgetter expected 1 argument, got 0")
		}
		return Obj(&getterObj{typ: itemgetterType, keys: append([]Value(nil), args...)}), nil
	}
	itemgetterType.Call = func(fn Value, args []Value, kw []string) (Value, *Exc) {
		g := fn.O.(*getterObj)
		if e := ArgCount("itemgetter", args, kw, 1, 1); e != nil {
			return Null, e
		}
		if len(g.keys) == 1 {
			return GetItem(args[0], g.keys[0])
		}
		out := make([]Value, len(g.keys))
		for i, k := range g.keys {
			v, e := GetItem(args[0], k)
			if e != nil {
				return Null, e
			}
			out[i] = v
		}
		return NewTuple(out...), nil
	}
	attrgetterType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		if e := NoKwargs("attrgetter", kw); e != nil {
			return Null, e
		}
		if len(args) == 0 {
			return Null, TypeErrorf("attrgetter expected 1 argument, got 0")
		}
		g := &getterObj{typ: attrgetterType, keys: append([]Value(nil), args...)}
		for _, a := range args {
			s, ok := AsStr(a)
			if !ok {
				return Null, TypeErrorf("attribute name must be a string")
			}
			g.attrs = append(g.attrs, strings.Split(s, "."))
		}
		return Obj(g), nil
	}
	attrgetterType.Call = func(fn Value, args []Value, kw []string) (Value, *Exc) {
		g := fn.O.(*getterObj)
		if e := ArgCount("attrgetter", args, kw, 1, 1); e != nil {
			return Null, e
		}
		get := func(path []string) (Value, *Exc) {
			v := args[0]
			for _, p := range path {
				var e *Exc
				if v, e = GetAttr(v, p); e != nil {
					return Null, e
				}
			}
			return v, nil
		}
		if len(g.attrs) == 1 {
			return get(g.attrs[0])
		}
		out := make([]Value, len(g.attrs))
		for i, p := range g.attrs {
			v, e := get(p)
			if e != nil {
				return Null, e
			}
			out[i] = v
		}
		return NewTuple(out...), nil
	}
	methodcallerType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		if len(args)-len(kw) < 1 {
			return Null, TypeErrorf("methodcaller needs at least one argument, the method name")
		}
		name, ok := AsStr(args[0])
		if !ok {
			return Null, TypeErrorf("method name must be a string")
		}
		return Obj(&getterObj{typ: methodcallerType, name: name, args: append([]Value(nil), args[1:]...), kw: kw}), nil
	}
	methodcallerType.Call = func(fn Value, args []Value, kw []string) (Value, *Exc) {
		g := fn.O.(*getterObj)
		if e := ArgCount("methodcaller", args, kw, 1, 1); e != nil {
			return Null, e
		}
		return CallMethod(args[0], g.name, g.args, g.kw)
	}

	m := DefineModule("operator")
	m.Set("itemgetter", Obj(itemgetterType))
	m.Set("attrgetter", Obj(attrgetterType))
	m.Set("methodcaller", Obj(methodcallerType))
	bin := func(f func(a, b Value) (Value, *Exc), names ...string) {
		for _, n := range names {
			n := n
			m.Fn(n, func(args []Value, kw []string) (Value, *Exc) {
				if e := ArgCount(n, args, kw, 2, 2); e != nil {
					return Null, e
				}
				return f(args[0], args[1])
			})
		}
	}
	un := func(f func(a Value) (Value, *Exc), names ...string) {
		for _, n := range names {
			n := n
			m.Fn(n, func(args []Value, kw []string) (Value, *Exc) {
				if e := ArgCount(n, args, kw, 1, 1); e != nil {
					return Null, e
				}
				return f(args[0])
			})
		}
	}
	bin(Add, "add", "__add__")
	bin(Sub, "sub", "__sub__")
	bin(Mul, "mul", "__mul__")
	bin(MatMul, "matmul", "__matmul__")
	bin(TrueDiv, "truediv", "__truediv__")
	bin(FloorDiv, "floordiv", "__floordiv__")
	bin(Mod, "mod", "__mod__")
	bin(Pow, "pow", "__pow__")
	bin(LShift, "lshift", "__lshift__")
	bin(RShift, "rshift", "__rshift__")
	bin(And, "and_", "__and__")
	bin(Or, "or_", "__or__")
	bin(Xor, "xor", "__xor__")
	bin(IAdd, "iadd", "__iadd__")
	bin(ISub, "isub", "__isub__")
	bin(IMul, "imul", "__imul__")
	bin(ITrueDiv, "itruediv", "__itruediv__")
	bin(IFloorDiv, "ifloordiv", "__ifloordiv__")
	bin(IMod, "imod", "__imod__")
	bin(IOr, "ior", "__ior__")
	bin(IAnd, "iand", "__iand__")
	bin(IXor, "ixor", "__ixor__")
	bin(Eq, "eq", "__eq__")
	bin(Ne, "ne", "__ne__")
	bin(Lt, "lt", "__lt__")
	bin(Le, "le", "__le__")
	bin(Gt, "gt", "__gt__")
	bin(Ge, "ge", "__ge__")
	bin(GetItem, "getitem", "__getitem__")
	bin(func(a, b Value) (Value, *Exc) { return Bool(Is(a, b)), nil }, "is_")
	bin(func(a, b Value) (Value, *Exc) { return Bool(!Is(a, b)), nil }, "is_not")
	bin(func(a, b Value) (Value, *Exc) { r, e := In(b, a); return Bool(r), e }, "contains", "__contains__")
	bin(func(a, b Value) (Value, *Exc) {
		if !IsSeq(a) {
			return Null, TypeErrorf("'%s' object can't be concatenated", a.TypeName())
		}
		return Add(a, b)
	}, "concat", "__concat__")
	bin(func(a, b Value) (Value, *Exc) { return None, SetItem(a, b, Null) }, "delitem", "__delitem__")
	bin(func(a, b Value) (Value, *Exc) {
		n := 0
		e := ForEach(a, func(v Value) *Exc {
			eq, e := EqBool(v, b)
			if eq {
				n++
			}
			return e
		})
		return Int(int64(n)), e
	}, "countOf")
	un(Neg, "neg", "__neg__")
	un(Pos, "pos", "__pos__")
	un(Abs, "abs", "__abs__")
	un(Invert, "invert", "inv", "__invert__", "__inv__")
	un(Index, "index", "__index__")
	un(Not, "not_", "__not__")
	un(func(a Value) (Value, *Exc) { b, e := Truth(a); return Bool(b), e }, "truth")
	m.Fn("setitem", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("setitem", args, kw, 3, 3); e != nil {
			return Null, e
		}
		return None, SetItem(args[0], args[1], args[2])
	})
}
