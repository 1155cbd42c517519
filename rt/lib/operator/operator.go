package operator

import (
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// operator: the operator functions and itemgetter/attrgetter/
// methodcaller objects (with CPython's reprs).

var (
	itemgetterType   = rt.NewType("itemgetter", rt.ObjectType)
	attrgetterType   = rt.NewType("attrgetter", rt.ObjectType)
	methodcallerType = rt.NewType("methodcaller", rt.ObjectType)
)

type getterObj struct {
	typ   *rt.Type
	keys  []rt.Value
	attrs [][]string // attrgetter: dotted names split
	name  string     // methodcaller
	args  []rt.Value
	kw    []string
}

func (g *getterObj) Type() *rt.Type { return g.typ }

func getterRepr(g *getterObj) (string, *rt.Exc) {
	var parts []string
	if g.typ == methodcallerType {
		parts = append(parts, rt.StrRepr(g.name))
	}
	npos := len(g.args) - len(g.kw)
	for i, k := range g.keys {
		_ = i
		s, e := rt.ToRepr(k)
		if e != nil {
			return "", e
		}
		parts = append(parts, s)
	}
	for i, a := range g.args {
		s, e := rt.ToRepr(a)
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
	for _, t := range []*rt.Type{itemgetterType, attrgetterType, methodcallerType} {
		t.Module = "operator"
		t.Repr = itemgetterRepr
		t.Final = true
	}
	itemgetterType.New = itemgetterNew
	itemgetterType.Call = itemgetterCall
	attrgetterType.New = attrgetterNew
	attrgetterType.Call = attrgetterCall
	methodcallerType.New = methodcallerNew
	methodcallerType.Call = methodcallerCall

	m := rt.DefineModule("operator")
	m.Set("itemgetter", rt.Obj(itemgetterType))
	m.Set("attrgetter", rt.Obj(attrgetterType))
	m.Set("methodcaller", rt.Obj(methodcallerType))
	bin := func(f func(a, b rt.Value) (rt.Value, *rt.Exc), names ...string) {
		for _, n := range names {
			n := n
			m.Fn(n, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
				if e := rt.ArgCount(n, args, kw, 2, 2); e != nil {
					return rt.Null, e
				}
				return f(args[0], args[1])
			})
		}
	}
	un := func(f func(a rt.Value) (rt.Value, *rt.Exc), names ...string) {
		for _, n := range names {
			n := n
			m.Fn(n, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
				if e := rt.ArgCount(n, args, kw, 1, 1); e != nil {
					return rt.Null, e
				}
				return f(args[0])
			})
		}
	}
	bin(rt.Add, "add", "__add__")
	bin(rt.Sub, "sub", "__sub__")
	bin(rt.Mul, "mul", "__mul__")
	bin(rt.MatMul, "matmul", "__matmul__")
	bin(rt.TrueDiv, "truediv", "__truediv__")
	bin(rt.FloorDiv, "floordiv", "__floordiv__")
	bin(rt.Mod, "mod", "__mod__")
	bin(rt.Pow, "pow", "__pow__")
	bin(rt.LShift, "lshift", "__lshift__")
	bin(rt.RShift, "rshift", "__rshift__")
	bin(rt.And, "and_", "__and__")
	bin(rt.Or, "or_", "__or__")
	bin(rt.Xor, "xor", "__xor__")
	bin(rt.IAdd, "iadd", "__iadd__")
	bin(rt.ISub, "isub", "__isub__")
	bin(rt.IMul, "imul", "__imul__")
	bin(rt.ITrueDiv, "itruediv", "__itruediv__")
	bin(rt.IFloorDiv, "ifloordiv", "__ifloordiv__")
	bin(rt.IMod, "imod", "__imod__")
	bin(rt.IOr, "ior", "__ior__")
	bin(rt.IAnd, "iand", "__iand__")
	bin(rt.IXor, "ixor", "__ixor__")
	bin(rt.Eq, "eq", "__eq__")
	bin(rt.Ne, "ne", "__ne__")
	bin(rt.Lt, "lt", "__lt__")
	bin(rt.Le, "le", "__le__")
	bin(rt.Gt, "gt", "__gt__")
	bin(rt.Ge, "ge", "__ge__")
	bin(rt.GetItem, "getitem", "__getitem__")
	bin(operatorIs, "is_")
	bin(operatorIsNot, "is_not")
	bin(operatorContains, "contains", "__contains__")
	bin(operatorConcat, "concat", "__concat__")
	bin(operatorDelitem, "delitem", "__delitem__")
	bin(operatorCountOf, "countOf")
	un(rt.Neg, "neg", "__neg__")
	un(rt.Pos, "pos", "__pos__")
	un(rt.Abs, "abs", "__abs__")
	un(rt.Invert, "invert", "inv", "__invert__", "__inv__")
	un(rt.Index, "index", "__index__")
	un(rt.Not, "not_", "__not__")
	un(operatorTruth, "truth")
	m.Fn("setitem", operatorSetitem)
}

// itemgetterRepr is the Repr hook (__repr__) of itemgetter (and attrgetter, methodcaller).
func itemgetterRepr(v rt.Value) (string, *rt.Exc) { return getterRepr(v.O.(*getterObj)) }

// itemgetterNew is the New hook (__new__) of itemgetter.
func itemgetterNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.NoKwargs("itemgetter", kw); e != nil {
		return rt.Null, e
	}
	if len(args) == 0 {
		return rt.Null, rt.TypeErrorf("itemgetter expected 1 argument, got 0")
	}
	return rt.Obj(&getterObj{typ: itemgetterType, keys: append([]rt.Value(nil), args...)}), nil
}

// itemgetterCall is the Call hook (__call__) of itemgetter.
func itemgetterCall(fn rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	g := fn.O.(*getterObj)
	if e := rt.ArgCount("itemgetter", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	if len(g.keys) == 1 {
		return rt.GetItem(args[0], g.keys[0])
	}
	out := make([]rt.Value, len(g.keys))
	for i, k := range g.keys {
		v, e := rt.GetItem(args[0], k)
		if e != nil {
			return rt.Null, e
		}
		out[i] = v
	}
	return rt.NewTuple(out...), nil
}

// attrgetterNew is the New hook (__new__) of attrgetter.
func attrgetterNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.NoKwargs("attrgetter", kw); e != nil {
		return rt.Null, e
	}
	if len(args) == 0 {
		return rt.Null, rt.TypeErrorf("attrgetter expected 1 argument, got 0")
	}
	g := &getterObj{typ: attrgetterType, keys: append([]rt.Value(nil), args...)}
	for _, a := range args {
		s, ok := rt.AsStr(a)
		if !ok {
			return rt.Null, rt.TypeErrorf("attribute name must be a string")
		}
		g.attrs = append(g.attrs, strings.Split(s, "."))
	}
	return rt.Obj(g), nil
}

// attrgetterCall is the Call hook (__call__) of attrgetter.
func attrgetterCall(fn rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	g := fn.O.(*getterObj)
	if e := rt.ArgCount("attrgetter", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	get := func(path []string) (rt.Value, *rt.Exc) {
		v := args[0]
		for _, p := range path {
			var e *rt.Exc
			if v, e = rt.GetAttr(v, p); e != nil {
				return rt.Null, e
			}
		}
		return v, nil
	}
	if len(g.attrs) == 1 {
		return get(g.attrs[0])
	}
	out := make([]rt.Value, len(g.attrs))
	for i, p := range g.attrs {
		v, e := get(p)
		if e != nil {
			return rt.Null, e
		}
		out[i] = v
	}
	return rt.NewTuple(out...), nil
}

// methodcallerNew is the New hook (__new__) of methodcaller.
func methodcallerNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args)-len(kw) < 1 {
		return rt.Null, rt.TypeErrorf("methodcaller needs at least one argument, the method name")
	}
	name, ok := rt.AsStr(args[0])
	if !ok {
		return rt.Null, rt.TypeErrorf("method name must be a string")
	}
	return rt.Obj(&getterObj{typ: methodcallerType, name: name, args: append([]rt.Value(nil), args[1:]...), kw: kw}), nil
}

// methodcallerCall is the Call hook (__call__) of methodcaller.
func methodcallerCall(fn rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	g := fn.O.(*getterObj)
	if e := rt.ArgCount("methodcaller", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	return rt.CallMethod(args[0], g.name, g.args, g.kw)
}

// operatorIs implements operator.is_ (through bin).
func operatorIs(a, b rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(rt.Is(a, b)), nil }

// operatorIsNot implements operator.is_not (through bin).
func operatorIsNot(a, b rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(!rt.Is(a, b)), nil }

// operatorContains implements operator.contains (through bin).
func operatorContains(a, b rt.Value) (rt.Value, *rt.Exc) { r, e := rt.In(b, a); return rt.Bool(r), e }

// operatorConcat implements operator.concat (through bin).
func operatorConcat(a, b rt.Value) (rt.Value, *rt.Exc) {
	if !rt.IsSeq(a) {
		return rt.Null, rt.TypeErrorf("'%s' object can't be concatenated", a.TypeName())
	}
	return rt.Add(a, b)
}

// operatorDelitem implements operator.delitem (through bin).
func operatorDelitem(a, b rt.Value) (rt.Value, *rt.Exc) { return rt.None, rt.SetItem(a, b, rt.Null) }

// operatorCountOf implements operator.countOf (through bin).
func operatorCountOf(a, b rt.Value) (rt.Value, *rt.Exc) {
	n := 0
	e := rt.ForEach(a, func(v rt.Value) *rt.Exc {
		eq, e := rt.EqBool(v, b)
		if eq {
			n++
		}
		return e
	})
	return rt.Int(int64(n)), e
}

// operatorTruth implements operator.truth (through un).
func operatorTruth(a rt.Value) (rt.Value, *rt.Exc) { b, e := rt.Truth(a); return rt.Bool(b), e }

// operatorSetitem is operator.setitem.
func operatorSetitem(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("setitem", args, kw, 3, 3); e != nil {
		return rt.Null, e
	}
	return rt.None, rt.SetItem(args[0], args[1], args[2])
}
