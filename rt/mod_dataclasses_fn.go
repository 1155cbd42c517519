package rt

import "strings"

// dataclasses' module functions and the Field type.

var dataclassOpts = []string{"init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot"}

// dcCopy is asdict/astuple's recursive copy (_asdict_inner).
func dcCopy(v Value, asDict bool) (Value, *Exc) {
	if fs, ok := dcFields(v); ok && v.K == KObj {
		if _, isType := v.O.(*Type); !isType {
			var items []Value
			d := NewDictObj()
			for _, f := range fs {
				n, _ := AsStr(f.name)
				x, e := GetAttr(v, n)
				if e != nil {
					return Null, e
				}
				if x, e = dcCopy(x, asDict); e != nil {
					return Null, e
				}
				items = append(items, x)
				d.SetStr(n, x)
			}
			if asDict {
				return Obj(d), nil
			}
			return NewTuple(items...), nil
		}
	}
	switch o := v.O.(type) {
	case *List:
		out := make([]Value, len(o.Items))
		for i, x := range o.Items {
			c, e := dcCopy(x, asDict)
			if e != nil {
				return Null, e
			}
			out[i] = c
		}
		return NewList(out...), nil
	case *Tuple:
		out := make([]Value, len(o.Items))
		for i, x := range o.Items {
			c, e := dcCopy(x, asDict)
			if e != nil {
				return Null, e
			}
			out[i] = c
		}
		if o.Cls != nil { // namedtuple: type(obj)(*values)
			return Call(Obj(o.Cls), out, nil)
		}
		return NewTuple(out...), nil
	case *Dict:
		r := NewDictObj()
		ks, vs := DictItemsOf(o)
		for i := range ks {
			k, e := dcCopy(ks[i], asDict)
			if e != nil {
				return Null, e
			}
			x, e := dcCopy(vs[i], asDict)
			if e != nil {
				return Null, e
			}
			if e := r.Set(k, x); e != nil {
				return Null, e
			}
		}
		return Obj(r), nil
	}
	return v, nil
}

func init() {
	ExcFrozenInstanceError.Module = "dataclasses"
	missingType.Module = "dataclasses"
	fieldType.Module = "dataclasses"
	get := func(name string, f func(*dcField) Value) {
		fieldType.Getter(name, func(s Value) (Value, *Exc) { return f(s.O.(*dcField)), nil })
	}
	get("name", func(f *dcField) Value { return f.name })
	get("type", func(f *dcField) Value { return f.typ })
	get("default", func(f *dcField) Value { return f.def })
	get("default_factory", func(f *dcField) Value { return f.factory })
	get("init", func(f *dcField) Value { return Bool(f.init) })
	get("repr", func(f *dcField) Value { return Bool(f.repr) })
	get("compare", func(f *dcField) Value { return Bool(f.compare) })
	get("hash", func(f *dcField) Value { return f.hash })
	get("kw_only", func(f *dcField) Value { return Bool(f.kwOnly) })
	fieldType.Repr = func(v Value) (string, *Exc) {
		f := v.O.(*dcField)
		parts := []string{"name=" + ReprOrErr(OrNone(f.name)), "type=" + ReprOrErr(OrNone(f.typ)),
			"default=" + ReprOrErr(f.def), "default_factory=" + ReprOrErr(f.factory),
			"init=" + ReprOrErr(Bool(f.init)), "repr=" + ReprOrErr(Bool(f.repr)), "hash=" + ReprOrErr(f.hash),
			"compare=" + ReprOrErr(Bool(f.compare)), "metadata=mappingproxy({})", "kw_only=" + ReprOrErr(Bool(f.kwOnly)),
			"_field_type=_FIELD"}
		return "Field(" + strings.Join(parts, ",") + ")", nil
	}
	missingType.Repr = func(v Value) (string, *Exc) { return "<dataclasses._MISSING_TYPE object at " + AddrOf(v) + ">", nil }

	m := DefineModule("dataclasses")
	m.Set("MISSING", dcMissing)
	m.Set("Field", Obj(fieldType))
	m.Set("FrozenInstanceError", Obj(ExcFrozenInstanceError))
	m.Fn("dataclass", func(args []Value, kw []string) (Value, *Exc) {
		npos := len(args) - len(kw)
		if npos > 1 {
			return Null, TypeErrorf("dataclass() takes from 0 to 1 positional arguments but %d were given", npos)
		}
		a, e := ParseArgs("dataclass", args, kw, append([]string{"cls"}, dataclassOpts...), 0)
		if e != nil {
			return Null, e
		}
		opts := a[1:]
		if !a[0].IsNull() && !a[0].IsNone() {
			return dataclassProcess(a[0], opts)
		}
		return NewBuiltin("wrap", func(args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount("wrap", args, kw, 1, 1); e != nil {
				return Null, e
			}
			return dataclassProcess(args[0], opts)
		}), nil
	})
	m.Fn("field", func(args []Value, kw []string) (Value, *Exc) {
		if len(args) > len(kw) {
			return Null, TypeErrorf("field() takes 0 positional arguments but %d were given", len(args)-len(kw))
		}
		a, e := ParseArgs("field", args, kw, []string{"default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"}, 0)
		if e != nil {
			return Null, e
		}
		f := &dcField{name: None, typ: None, def: dcMissing, factory: dcMissing, hash: None}
		if !a[0].IsNull() {
			f.def = a[0]
		}
		if !a[1].IsNull() {
			f.factory = a[1]
		}
		if !Is(f.def, dcMissing) && !Is(f.factory, dcMissing) {
			return Null, ValueErrorf("cannot specify both default and default_factory")
		}
		for i, p := range []*bool{&f.init, &f.repr, nil, &f.compare} {
			if p == nil {
				continue
			}
			if *p, e = boolOpt(a[2+i], true); e != nil {
				return Null, e
			}
		}
		if !a[4].IsNull() {
			f.hash = a[4]
		}
		if f.kwOnly, e = boolOpt(a[7], false); e != nil {
			return Null, e
		}
		return Obj(f), nil
	})
	m.Fn("fields", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("fields", args, kw, 1, 1); e != nil {
			return Null, e
		}
		fs, ok := dcFields(args[0])
		if !ok {
			return Null, TypeErrorf("must be called with a dataclass type or instance")
		}
		out := make([]Value, len(fs))
		for i, f := range fs {
			out[i] = Obj(f)
		}
		return NewTuple(out...), nil
	})
	m.Fn("is_dataclass", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("is_dataclass", args, kw, 1, 1); e != nil {
			return Null, e
		}
		_, ok := dcFields(args[0])
		return Bool(ok), nil
	})
	conv := func(name string, asDict bool) {
		m.Fn(name, func(args []Value, kw []string) (Value, *Exc) {
			if len(args)-len(kw) != 1 {
				return Null, TypeErrorf("%s() missing 1 required positional argument: 'obj'", name)
			}
			if _, ok := dcFields(args[0]); !ok || args[0].K == KObj && isTypeObj(args[0]) {
				return Null, TypeErrorf("%s() should be called on dataclass instances", name)
			}
			return dcCopy(args[0], asDict)
		})
	}
	conv("asdict", true)
	conv("astuple", false)
	m.Fn("replace", func(args []Value, kw []string) (Value, *Exc) {
		npos := len(args) - len(kw)
		if npos != 1 {
			return Null, TypeErrorf("replace() takes 1 positional argument but %d were given", npos)
		}
		obj := args[0]
		fs, ok := dcFields(obj)
		if !ok {
			return Null, TypeErrorf("replace() should be called on dataclass instances")
		}
		changes := map[string]Value{}
		for i, k := range kw {
			changes[k] = args[npos+i]
		}
		var names []string
		var vals []Value
		for _, f := range fs {
			n, _ := AsStr(f.name)
			if !f.init {
				if _, ok := changes[n]; ok {
					return Null, ValueErrorf("field %s is declared with init=False, it cannot be specified with replace()", n)
				}
				continue
			}
			v, ok := changes[n]
			if !ok {
				var e *Exc
				if v, e = GetAttr(obj, n); e != nil {
					return Null, e
				}
			}
			delete(changes, n)
			names = append(names, n)
			vals = append(vals, v)
		}
		for k, v := range changes { // unknown names: let __init__ report them
			names = append(names, k)
			vals = append(vals, v)
		}
		return Call(Obj(obj.Type()), vals, names)
	})
}

func isTypeObj(v Value) bool {
	_, ok := v.O.(*Type)
	return ok
}
