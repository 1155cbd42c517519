package rt

import "strings"

// dataclasses: the dataclass decorator (fields from the class's
// __annotations__ and the bases' __dataclass_fields__; generated
// __init__ with defaults and default_factory, __repr__, __eq__, order,
// frozen, __hash__ as CPython's table, __match_args__, __post_init__),
// field, fields, asdict, astuple, replace, is_dataclass.

var (
	fieldType              = NewType("Field", ObjectType)
	missingType            = NewType("_MISSING_TYPE", ObjectType)
	ExcFrozenInstanceError = NewType("FrozenInstanceError", ExcAttributeError)
	dcMissing              = Obj(&Instance{Class: missingType, Dict: NewStrDict()})
	dcFactorySentinel      = Obj(&Instance{Class: missingType, Dict: NewStrDict()})
)

type dcField struct {
	name, typ                   Value
	def, factory                Value // dcMissing when absent
	init, repr, compare, kwOnly bool
	hash                        Value
}

func (*dcField) Type() *Type { return fieldType }

func dcFields(cls Value) ([]*dcField, bool) {
	t, ok := cls.O.(*Type)
	if !ok {
		t = cls.Type()
	}
	v := t.Lookup("__dataclass_fields__")
	d, ok := v.O.(*Dict)
	if v.IsNull() || !ok {
		return nil, false
	}
	var out []*dcField
	_, vs := DictItemsOf(d)
	for _, f := range vs {
		if fo, ok := f.O.(*dcField); ok {
			out = append(out, fo)
		}
	}
	return out, true
}

func boolOpt(v Value, def bool) (bool, *Exc) {
	if v.IsNull() {
		return def, nil
	}
	return Truth(v)
}

// dcSetRaw sets an attribute bypassing a frozen class's __setattr__
// (CPython's generated __init__ uses object.__setattr__).
func dcSetRaw(self Value, name string, v Value) *Exc {
	if d, ok := self.O.(InstDicter); ok && self.O != nil {
		d.InstDict().SetStr(name, v)
		return nil
	}
	return SetAttr(self, name, v)
}

func dcValues(self Value, fs []*dcField, pick func(*dcField) bool) ([]Value, *Exc) {
	var out []Value
	for _, f := range fs {
		if !pick(f) {
			continue
		}
		n, _ := AsStr(f.name)
		v, e := GetAttr(self, n)
		if e != nil {
			return nil, e
		}
		out = append(out, v)
	}
	return out, nil
}

func dcMethod(cls *Type, name string, params []string, defaults []Value, body func(a []Value) (Value, *Exc)) Value {
	return NewFunction(&Code{Name: name, Qualname: cls.Qualname + "." + name, Filename: "<string>", Line: 1,
		Params: params, Pos: len(params), Module: cls.Module}, defaults, nil, body)
}

func dataclassProcess(clsV Value, opts []Value) (Value, *Exc) {
	cls, ok := clsV.O.(*Type)
	if !ok {
		return Null, TypeErrorf("dataclass() should be called on a class")
	}
	var e *Exc
	flags := make([]bool, 6)
	defs := []bool{true, true, true, false, false, false} // init, repr, eq, order, unsafe_hash, frozen
	for i := range flags {
		if flags[i], e = boolOpt(opts[i], defs[i]); e != nil {
			return Null, e
		}
	}
	doInit, doRepr, doEq, order, unsafeHash, frozen := flags[0], flags[1], flags[2], flags[3], flags[4], flags[5]
	if order && !doEq {
		return Null, ValueErrorf("eq must be true if order is true")
	}
	fmap := NewDictObj()
	for i := len(cls.MRO) - 1; i > 0; i-- {
		if v, ok := cls.MRO[i].Dict.GetStr("__dataclass_fields__"); ok {
			if d, ok := v.O.(*Dict); ok {
				ks, vs := DictItemsOf(d)
				for j := range ks {
					fmap.Set(ks[j], vs[j])
				}
			}
		}
	}
	if ann, ok := cls.Dict.GetStr("__annotations__"); ok {
		if ad, ok := ann.O.(*Dict); ok {
			ks, vs := DictItemsOf(ad)
			for i, k := range ks {
				name, _ := AsStr(k)
				if tf, ok := vs[i].O.(*TypingForm); ok && strings.HasPrefix(tf.Name, "ClassVar") {
					continue
				}
				if s, ok := AsStr(vs[i]); ok && strings.HasPrefix(s, "ClassVar") {
					continue
				}
				f := &dcField{def: dcMissing, factory: dcMissing, init: true, repr: true, compare: true, hash: None}
				if cur, ok := cls.Dict.GetStr(name); ok {
					if fo, ok := cur.O.(*dcField); ok && cur.K == KObj {
						f = fo
					} else {
						f.def = cur
					}
				}
				f.name, f.typ = k, vs[i]
				if f.def.K == KObj {
					switch f.def.O.(type) {
					case *List, *Dict, *Set:
						return Null, ValueErrorf("mutable default %s for field %s is not allowed: use default_factory", ReprOrErr(Obj(f.def.Type())), name)
					}
				}
				if Is(f.def, dcMissing) {
					cls.Dict.DelStr(name)
				} else {
					cls.Dict.SetStr(name, f.def)
				}
				fmap.Set(k, Obj(f))
			}
		}
	}
	ClassChanged()
	cls.Dict.SetStr("__dataclass_fields__", Obj(fmap))
	fs, _ := dcFields(clsV)
	has := func(n string) bool { _, ok := cls.Dict.GetStr(n); return ok }
	// Through type's setattr, which also updates the class's slot hooks.
	var setErr *Exc
	set := func(n string, v Value) {
		if e := SetAttr(clsV, n, v); e != nil && setErr == nil {
			setErr = e
		}
	}
	var names []Value
	for _, f := range fs {
		if f.init {
			names = append(names, f.name)
		}
	}
	if doInit {
		params := []string{"self"}
		var defaults []Value
		var initFs []*dcField
		for _, f := range fs {
			if !f.init {
				continue
			}
			n, _ := AsStr(f.name)
			hasDef := !Is(f.def, dcMissing) || !Is(f.factory, dcMissing)
			if !hasDef && len(defaults) > 0 {
				return Null, TypeErrorf("non-default argument '%s' follows default argument", n)
			}
			if hasDef {
				if !Is(f.factory, dcMissing) {
					defaults = append(defaults, dcFactorySentinel)
				} else {
					defaults = append(defaults, f.def)
				}
			}
			params = append(params, n)
			initFs = append(initFs, f)
		}
		set("__init__", dcMethod(cls, "__init__", params, defaults, func(a []Value) (Value, *Exc) {
			self := a[0]
			for i, f := range initFs {
				v := a[i+1]
				if Is(v, dcFactorySentinel) {
					var e *Exc
					if v, e = Call(f.factory, nil, nil); e != nil {
						return Null, e
					}
				}
				n, _ := AsStr(f.name)
				if e := dcSetRaw(self, n, v); e != nil {
					return Null, e
				}
			}
			for _, f := range fs { // init=False fields with a factory
				if !f.init && !Is(f.factory, dcMissing) {
					v, e := Call(f.factory, nil, nil)
					if e != nil {
						return Null, e
					}
					n, _ := AsStr(f.name)
					if e := dcSetRaw(self, n, v); e != nil {
						return Null, e
					}
				}
			}
			if _, found, e := CallSpecial(self, "__post_init__"); found && e != nil {
				return Null, e
			}
			return None, nil
		}))
	}
	if doRepr && !has("__repr__") {
		set("__repr__", dcMethod(cls, "__repr__", []string{"self"}, nil, func(a []Value) (Value, *Exc) {
			self := a[0]
			if !ReprEnter(self.O) {
				return Str("..."), nil
			}
			defer ReprLeave(self.O)
			var parts []string
			for _, f := range fs {
				if !f.repr {
					continue
				}
				n, _ := AsStr(f.name)
				v, e := GetAttr(self, n)
				if e != nil {
					return Null, e
				}
				r, e := ToRepr(v)
				if e != nil {
					return Null, e
				}
				parts = append(parts, n+"="+r)
			}
			return Str(self.Type().Qualname + "(" + strings.Join(parts, ", ") + ")"), nil
		}))
	}
	cmpTuple := func(f *dcField) bool { return f.compare }
	binop := func(name string, op CompareOp) {
		set(name, dcMethod(cls, name, []string{"self", "other"}, nil, func(a []Value) (Value, *Exc) {
			if a[1].Type() != a[0].Type() {
				return NotImplemented, nil
			}
			x, e := dcValues(a[0], fs, cmpTuple)
			if e != nil {
				return Null, e
			}
			y, e := dcValues(a[1], fs, cmpTuple)
			if e != nil {
				return Null, e
			}
			return RichCompare(NewTuple(x...), NewTuple(y...), op)
		}))
	}
	if doEq && !has("__eq__") {
		binop("__eq__", OpEq)
	}
	if order {
		for _, o := range []struct {
			n  string
			op CompareOp
		}{{"__lt__", OpLt}, {"__le__", OpLe}, {"__gt__", OpGt}, {"__ge__", OpGe}} {
			if has(o.n) {
				return Null, TypeErrorf("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering", o.n, cls.Name)
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
			set(n, dcMethod(cls, n, params, nil, func(a []Value) (Value, *Exc) {
				name, _ := AsStr(a[1])
				if a[0].Type() == cls || fmap.LookupStr(name, FastStrHash(name)) >= 0 {
					verb := "assign to"
					if n == "__delattr__" {
						verb = "delete"
					}
					return Null, NewExc(ExcFrozenInstanceError, Str("cannot "+verb+" field '"+name+"'"))
				}
				if n == "__delattr__" {
					return None, GenericSetAttr(a[0], name, Null)
				}
				return None, GenericSetAttr(a[0], name, a[2])
			}))
		}
	}
	hashFn := func() Value {
		return dcMethod(cls, "__hash__", []string{"self"}, nil, func(a []Value) (Value, *Exc) {
			x, e := dcValues(a[0], fs, func(f *dcField) bool {
				if f.hash.IsNone() {
					return f.compare
				}
				b, _ := Truth(f.hash)
				return b
			})
			if e != nil {
				return Null, e
			}
			h, e := Hash(NewTuple(x...))
			return Int(h), e
		})
	}
	explicitHash := has("__hash__")
	if hv, ok := cls.Dict.GetStr("__hash__"); ok && hv.IsNone() && doEq {
		explicitHash = false // the None class statements get from defining __eq__
	}
	switch {
	case unsafeHash:
		if explicitHash {
			return Null, TypeErrorf("Cannot overwrite attribute __hash__ in class %s", cls.Name)
		}
		set("__hash__", hashFn())
	case doEq && frozen && !explicitHash:
		set("__hash__", hashFn())
	case doEq && !frozen && !explicitHash:
		set("__hash__", None)
	}
	if !has("__match_args__") {
		set("__match_args__", NewTuple(names...))
	}
	return clsV, setErr
}
