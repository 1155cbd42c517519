package dataclasses

import (
	"strings"

	"github.com/py2goasync/py2goasync/rt"
	pytyping "github.com/py2goasync/py2goasync/rt/lib/typing"
)

// dataclasses: the dataclass decorator (fields from the class's
// __annotations__ and the bases' __dataclass_fields__; generated
// __init__ with defaults and default_factory, __repr__, __eq__, order,
// frozen, __hash__ as CPython's table, __match_args__, __post_init__),
// field, fields, asdict, astuple, replace, is_dataclass.

var (
	fieldType              = rt.NewType("Field", rt.ObjectType)
	missingType            = rt.NewType("_MISSING_TYPE", rt.ObjectType)
	ExcFrozenInstanceError = rt.NewType("FrozenInstanceError", rt.ExcAttributeError)
	dcMissing              = rt.Obj(&rt.Instance{Class: missingType, Dict: rt.NewStrDict()})
	dcFactorySentinel      = rt.Obj(&rt.Instance{Class: missingType, Dict: rt.NewStrDict()})
)

type dcField struct {
	name, typ                   rt.Value
	def, factory                rt.Value // dcMissing when absent
	init, repr, compare, kwOnly bool
	hash                        rt.Value
}

func (*dcField) Type() *rt.Type { return fieldType }

func dcFields(cls rt.Value) ([]*dcField, bool) {
	t, ok := cls.O.(*rt.Type)
	if !ok {
		t = cls.Type()
	}
	v := t.Lookup("__dataclass_fields__")
	d, ok := v.O.(*rt.Dict)
	if v.IsNull() || !ok {
		return nil, false
	}
	var out []*dcField
	_, vs := rt.DictItemsOf(d)
	for _, f := range vs {
		if fo, ok := f.O.(*dcField); ok {
			out = append(out, fo)
		}
	}
	return out, true
}

func boolOpt(v rt.Value, def bool) (bool, *rt.Exc) {
	if v.IsNull() {
		return def, nil
	}
	return rt.Truth(v)
}

// dcSetRaw sets an attribute bypassing a frozen class's __setattr__
// (CPython's generated __init__ uses object.__setattr__).
func dcSetRaw(self rt.Value, name string, v rt.Value) *rt.Exc {
	if d, ok := self.O.(rt.InstDicter); ok && self.O != nil {
		d.InstDict().SetStr(name, v)
		return nil
	}
	return rt.SetAttr(self, name, v)
}

func dcValues(self rt.Value, fs []*dcField, pick func(*dcField) bool) ([]rt.Value, *rt.Exc) {
	var out []rt.Value
	for _, f := range fs {
		if !pick(f) {
			continue
		}
		n, _ := rt.AsStr(f.name)
		v, e := rt.GetAttr(self, n)
		if e != nil {
			return nil, e
		}
		out = append(out, v)
	}
	return out, nil
}

func dcMethod(cls *rt.Type, name string, params []string, defaults []rt.Value, body func(a []rt.Value) (rt.Value, *rt.Exc)) rt.Value {
	return rt.NewFunction(&rt.Code{Name: name, Qualname: cls.Qualname + "." + name, Filename: "<string>", Line: 1,
		Params: params, Pos: len(params), Module: cls.Module}, defaults, nil, body)
}

func dataclassProcess(clsV rt.Value, opts []rt.Value) (rt.Value, *rt.Exc) {
	cls, ok := clsV.O.(*rt.Type)
	if !ok {
		return rt.Null, rt.TypeErrorf("dataclass() should be called on a class")
	}
	var e *rt.Exc
	flags := make([]bool, 6)
	defs := []bool{true, true, true, false, false, false} // init, repr, eq, order, unsafe_hash, frozen
	for i := range flags {
		if flags[i], e = boolOpt(opts[i], defs[i]); e != nil {
			return rt.Null, e
		}
	}
	doInit, doRepr, doEq, order, unsafeHash, frozen := flags[0], flags[1], flags[2], flags[3], flags[4], flags[5]
	if order && !doEq {
		return rt.Null, rt.ValueErrorf("eq must be true if order is true")
	}
	fmap := rt.NewDictObj()
	for i := len(cls.MRO) - 1; i > 0; i-- {
		if v, ok := cls.MRO[i].Dict.GetStr("__dataclass_fields__"); ok {
			if d, ok := v.O.(*rt.Dict); ok {
				ks, vs := rt.DictItemsOf(d)
				for j := range ks {
					fmap.Set(ks[j], vs[j])
				}
			}
		}
	}
	if ann, ok := cls.Dict.GetStr("__annotations__"); ok {
		if ad, ok := ann.O.(*rt.Dict); ok {
			ks, vs := rt.DictItemsOf(ad)
			for i, k := range ks {
				name, _ := rt.AsStr(k)
				if tf, ok := vs[i].O.(*pytyping.TypingForm); ok && strings.HasPrefix(tf.Name, "ClassVar") {
					continue
				}
				if s, ok := rt.AsStr(vs[i]); ok && strings.HasPrefix(s, "ClassVar") {
					continue
				}
				f := &dcField{def: dcMissing, factory: dcMissing, init: true, repr: true, compare: true, hash: rt.None}
				if cur, ok := cls.Dict.GetStr(name); ok {
					if fo, ok := cur.O.(*dcField); ok && cur.K == rt.KObj {
						f = fo
					} else {
						f.def = cur
					}
				}
				f.name, f.typ = k, vs[i]
				if f.def.K == rt.KObj {
					switch f.def.O.(type) {
					case *rt.List, *rt.Dict, *rt.Set:
						return rt.Null, rt.ValueErrorf("mutable default %s for field %s is not allowed: use default_factory", rt.ReprOrErr(rt.Obj(f.def.Type())), name)
					}
				}
				if rt.Is(f.def, dcMissing) {
					cls.Dict.DelStr(name)
				} else {
					cls.Dict.SetStr(name, f.def)
				}
				fmap.Set(k, rt.Obj(f))
			}
		}
	}
	rt.ClassChanged()
	cls.Dict.SetStr("__dataclass_fields__", rt.Obj(fmap))
	fs, _ := dcFields(clsV)
	has := func(n string) bool { _, ok := cls.Dict.GetStr(n); return ok }
	// Through type's setattr, which also updates the class's slot hooks.
	var setErr *rt.Exc
	set := func(n string, v rt.Value) {
		if e := rt.SetAttr(clsV, n, v); e != nil && setErr == nil {
			setErr = e
		}
	}
	var names []rt.Value
	for _, f := range fs {
		if f.init {
			names = append(names, f.name)
		}
	}
	if doInit {
		params := []string{"self"}
		var defaults []rt.Value
		var initFs []*dcField
		for _, f := range fs {
			if !f.init {
				continue
			}
			n, _ := rt.AsStr(f.name)
			hasDef := !rt.Is(f.def, dcMissing) || !rt.Is(f.factory, dcMissing)
			if !hasDef && len(defaults) > 0 {
				return rt.Null, rt.TypeErrorf("non-default argument '%s' follows default argument", n)
			}
			if hasDef {
				if !rt.Is(f.factory, dcMissing) {
					defaults = append(defaults, dcFactorySentinel)
				} else {
					defaults = append(defaults, f.def)
				}
			}
			params = append(params, n)
			initFs = append(initFs, f)
		}
		set("__init__", dcMethod(cls, "__init__", params, defaults, func(a []rt.Value) (rt.Value, *rt.Exc) {
			self := a[0]
			for i, f := range initFs {
				v := a[i+1]
				if rt.Is(v, dcFactorySentinel) {
					var e *rt.Exc
					if v, e = rt.Call(f.factory, nil, nil); e != nil {
						return rt.Null, e
					}
				}
				n, _ := rt.AsStr(f.name)
				if e := dcSetRaw(self, n, v); e != nil {
					return rt.Null, e
				}
			}
			for _, f := range fs { // init=False fields with a factory
				if !f.init && !rt.Is(f.factory, dcMissing) {
					v, e := rt.Call(f.factory, nil, nil)
					if e != nil {
						return rt.Null, e
					}
					n, _ := rt.AsStr(f.name)
					if e := dcSetRaw(self, n, v); e != nil {
						return rt.Null, e
					}
				}
			}
			if _, found, e := rt.CallSpecial(self, "__post_init__"); found && e != nil {
				return rt.Null, e
			}
			return rt.None, nil
		}))
	}
	if doRepr && !has("__repr__") {
		set("__repr__", dcMethod(cls, "__repr__", []string{"self"}, nil, func(a []rt.Value) (rt.Value, *rt.Exc) {
			self := a[0]
			if !rt.ReprEnter(self.O) {
				return rt.Str("..."), nil
			}
			defer rt.ReprLeave(self.O)
			var parts []string
			for _, f := range fs {
				if !f.repr {
					continue
				}
				n, _ := rt.AsStr(f.name)
				v, e := rt.GetAttr(self, n)
				if e != nil {
					return rt.Null, e
				}
				r, e := rt.ToRepr(v)
				if e != nil {
					return rt.Null, e
				}
				parts = append(parts, n+"="+r)
			}
			return rt.Str(self.Type().Qualname + "(" + strings.Join(parts, ", ") + ")"), nil
		}))
	}
	cmpTuple := func(f *dcField) bool { return f.compare }
	binop := func(name string, op rt.CompareOp) {
		set(name, dcMethod(cls, name, []string{"self", "other"}, nil, func(a []rt.Value) (rt.Value, *rt.Exc) {
			if a[1].Type() != a[0].Type() {
				return rt.NotImplemented, nil
			}
			x, e := dcValues(a[0], fs, cmpTuple)
			if e != nil {
				return rt.Null, e
			}
			y, e := dcValues(a[1], fs, cmpTuple)
			if e != nil {
				return rt.Null, e
			}
			return rt.RichCompare(rt.NewTuple(x...), rt.NewTuple(y...), op)
		}))
	}
	if doEq && !has("__eq__") {
		binop("__eq__", rt.OpEq)
	}
	if order {
		for _, o := range []struct {
			n  string
			op rt.CompareOp
		}{{"__lt__", rt.OpLt}, {"__le__", rt.OpLe}, {"__gt__", rt.OpGt}, {"__ge__", rt.OpGe}} {
			if has(o.n) {
				return rt.Null, rt.TypeErrorf("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering", o.n, cls.Name)
			}
			binop(o.n, o.op)
		}
	}
	if frozen {
		for _, n := range []string{"__setattr__", "__delattr__"} {
			n := n
			params := []string{"self", "name", "value"}
			if n == "__delattr__" {
				params = params[:2]
			}
			set(n, dcMethod(cls, n, params, nil, func(a []rt.Value) (rt.Value, *rt.Exc) {
				name, _ := rt.AsStr(a[1])
				if a[0].Type() == cls || fmap.LookupStr(name, rt.FastStrHash(name)) >= 0 {
					verb := "assign to"
					if n == "__delattr__" {
						verb = "delete"
					}
					return rt.Null, rt.NewExc(ExcFrozenInstanceError, rt.Str("cannot "+verb+" field '"+name+"'"))
				}
				if n == "__delattr__" {
					return rt.None, rt.GenericSetAttr(a[0], name, rt.Null)
				}
				return rt.None, rt.GenericSetAttr(a[0], name, a[2])
			}))
		}
	}
	hashFn := func() rt.Value {
		return dcMethod(cls, "__hash__", []string{"self"}, nil, func(a []rt.Value) (rt.Value, *rt.Exc) {
			x, e := dcValues(a[0], fs, func(f *dcField) bool {
				if f.hash.IsNone() {
					return f.compare
				}
				b, _ := rt.Truth(f.hash)
				return b
			})
			if e != nil {
				return rt.Null, e
			}
			h, e := rt.Hash(rt.NewTuple(x...))
			return rt.Int(h), e
		})
	}
	explicitHash := has("__hash__")
	if hv, ok := cls.Dict.GetStr("__hash__"); ok && hv.IsNone() && doEq {
		explicitHash = false // the None class statements get from defining __eq__
	}
	switch {
	case unsafeHash:
		if explicitHash {
			return rt.Null, rt.TypeErrorf("Cannot overwrite attribute __hash__ in class %s", cls.Name)
		}
		set("__hash__", hashFn())
	case doEq && frozen && !explicitHash:
		set("__hash__", hashFn())
	case doEq && !frozen && !explicitHash:
		set("__hash__", rt.None)
	}
	if !has("__match_args__") {
		set("__match_args__", rt.NewTuple(names...))
	}
	return clsV, setErr
}
