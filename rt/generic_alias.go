package rt

import (
	"strings"
	"unicode"
)

// types.UnionType (int | None) and types.GenericAlias (list[int]), enough
// for annotations evaluated at def time.

type unionObj struct{ args []Value }
type aliasObj struct {
	origin Value
	args   []Value
}

var (
	UnionType        = NewType("UnionType", ObjectType)
	GenericAliasType = NewType("GenericAlias", ObjectType)
)

func (*unionObj) Type() *Type { return UnionType }
func (*aliasObj) Type() *Type { return GenericAliasType }

func isUnionable(v Value) bool {
	if v.IsNone() {
		return true
	}
	if v.K != KObj {
		return false
	}
	switch v.O.(type) {
	case *Type, *unionObj, *aliasObj:
		return true
	}
	return false
}

func unionOr(a, b Value) (Value, *Exc) {
	if !isUnionable(a) || !isUnionable(b) {
		return NotImplemented, nil
	}
	var args []Value
	add := func(v Value) {
		if u, ok := v.O.(*unionObj); ok && v.K == KObj {
			for _, x := range u.args {
				args = appendUnique(args, x)
			}
			return
		}
		if v.IsNone() {
			v = Obj(NoneType)
		}
		args = appendUnique(args, v)
	}
	add(a)
	add(b)
	if len(args) == 1 {
		return args[0], nil
	}
	return Obj(&unionObj{args}), nil
}

func appendUnique(xs []Value, v Value) []Value {
	for _, x := range xs {
		if Is(x, v) {
			return xs
		}
	}
	return append(xs, v)
}

func GenericAlias(origin Value, args []Value) (Value, *Exc) {
	if len(args) == 1 {
		if t, ok := args[0].O.(*Tuple); ok && args[0].K == KObj {
			args = t.Items
		}
	}
	return Obj(&aliasObj{origin, args}), nil
}

func typeArgRepr(v Value) (string, *Exc) {
	if t, ok := v.O.(*Type); ok && v.K == KObj {
		if t == NoneType {
			return "None", nil
		}
		return t.FullName(), nil
	}
	if v.O == Ellipsis.O {
		return "...", nil
	}
	return ToRepr(v)
}

func init() {
	UnionType.Repr = unionTypeRepr
	UnionType.Num[BinOr] = unionOr
	UnionType.Module = "types"
	GenericAliasType.Module = "types"
	GenericAliasType.Repr = genericAliasRepr
	GenericAliasType.Num[BinOr] = unionOr
	GenericAliasType.Call = genericAliasCall
	GenericAliasType.GetAttr = genericAliasGetAttr
	UnionType.Getter("__args__", unionTypeArgs)
}

// unionTypeRepr is the Repr hook (__repr__) of UnionType.
func unionTypeRepr(v Value) (string, *Exc) {
	var parts []string
	for _, a := range v.O.(*unionObj).args {
		s, e := typeArgRepr(a)
		if e != nil {
			return "", e
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | "), nil
}

// genericAliasRepr is the Repr hook (__repr__) of GenericAlias.
func genericAliasRepr(v Value) (string, *Exc) {
	a := v.O.(*aliasObj)
	o, e := typeArgRepr(a.origin)
	if e != nil {
		return "", e
	}
	var parts []string
	for _, x := range a.args {
		s, e := typeArgRepr(x)
		if e != nil {
			return "", e
		}
		parts = append(parts, s)
	}
	return o + "[" + strings.Join(parts, ", ") + "]", nil
}

// genericAliasCall is the Call hook (__call__) of GenericAlias.
func genericAliasCall(fn Value, args []Value, kw []string) (Value, *Exc) {
	return Call(fn.O.(*aliasObj).origin, args, kw)
}

// genericAliasGetAttr is the GetAttr hook (__getattribute__) of GenericAlias.
func genericAliasGetAttr(o Value, name string) (Value, *Exc) {
	a := o.O.(*aliasObj)
	switch name {
	case "__origin__":
		return a.origin, nil
	case "__args__":
		return NewTuple(a.args...), nil
	}
	return GetAttr(a.origin, name)
}

// unionTypeArgs is UnionType.__args__.
func unionTypeArgs(s Value) (Value, *Exc) { return NewTuple(s.O.(*unionObj).args...), nil }

// unicodeDigit returns the decimal value of a Unicode digit, or -1. Nd
// digits come in runs of ten starting at a zero, some runs adjacent.
func unicodeDigit(r rune) int {
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10
}
