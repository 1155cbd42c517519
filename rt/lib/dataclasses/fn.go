package dataclasses

import (
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// dataclasses' module functions and the Field type.

var dataclassOpts = []string{"init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot"}

// dcCopy is asdict/astuple's recursive copy (_asdict_inner).
func dcCopy(v rt.Value, asDict bool) (rt.Value, *rt.Exc) {
	if fs, ok := dcFields(v); ok && v.K == rt.KObj {
		if _, isType := v.O.(*rt.Type); !isType {
			var items []rt.Value
			d := rt.NewDictObj()
			for _, f := range fs {
				n, _ := rt.AsStr(f.name)
				x, e := rt.GetAttr(v, n)
				if e != nil {
					return rt.Null, e
				}
				if x, e = dcCopy(x, asDict); e != nil {
					return rt.Null, e
				}
				items = append(items, x)
				d.SetStr(n, x)
			}
			if asDict {
				return rt.Obj(d), nil
			}
			return rt.NewTuple(items...), nil
		}
	}
	switch o := v.O.(type) {
	case *rt.List:
		out := make([]rt.Value, len(o.Items))
		for i, x := range o.Items {
			c, e := dcCopy(x, asDict)
			if e != nil {
				return rt.Null, e
			}
			out[i] = c
		}
		return rt.NewList(out...), nil
	case *rt.Tuple:
		out := make([]rt.Value, len(o.Items))
		for i, x := range o.Items {
			c, e := dcCopy(x, asDict)
			if e != nil {
				return rt.Null, e
			}
			out[i] = c
		}
		if o.Cls != nil { // namedtuple: type(obj)(*values)
			return rt.Call(rt.Obj(o.Cls), out, nil)
		}
		return rt.NewTuple(out...), nil
	case *rt.Dict:
		r := rt.NewDictObj()
		ks, vs := rt.DictItemsOf(o)
		for i := range ks {
			k, e := dcCopy(ks[i], asDict)
			if e != nil {
				return rt.Null, e
			}
			x, e := dcCopy(vs[i], asDict)
			if e != nil {
				return rt.Null, e
			}
			if e := r.Set(k, x); e != nil {
				return rt.Null, e
			}
		}
		return rt.Obj(r), nil
	}
	return v, nil
}

func init() {
	ExcFrozenInstanceError.Module = "dataclasses"
	missingType.Module = "dataclasses"
	fieldType.Module = "dataclasses"
	get := func(name string, f func(*dcField) rt.Value) {
		fieldType.Getter(name, func(s rt.Value) (rt.Value, *rt.Exc) { return f(s.O.(*dcField)), nil })
	}
	get("name", fieldName)
	get("type", fieldTypeMethod)
	get("default", fieldDefault)
	get("default_factory", fieldDefaultFactory)
	get("init", fieldInit)
	get("repr", fieldRepr)
	get("compare", fieldCompare)
	get("hash", fieldHash)
	get("kw_only", fieldKwOnly)
	fieldType.Repr = fieldReprHook
	missingType.Repr = missingTypeRepr

	m := rt.DefineModule("dataclasses")
	m.Set("MISSING", dcMissing)
	m.Set("Field", rt.Obj(fieldType))
	m.Set("FrozenInstanceError", rt.Obj(ExcFrozenInstanceError))
	m.Fn("dataclass", dataclassesDataclass)
	m.Fn("field", dataclassesField)
	m.Fn("fields", dataclassesFields)
	m.Fn("is_dataclass", dataclassesIsDataclass)
	conv := func(name string, asDict bool) {
		m.Fn(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if len(args)-len(kw) != 1 {
				return rt.Null, rt.TypeErrorf("%s() missing 1 required positional argument: 'obj'", name)
			}
			if _, ok := dcFields(args[0]); !ok || args[0].K == rt.KObj && isTypeObj(args[0]) {
				return rt.Null, rt.TypeErrorf("%s() should be called on dataclass instances", name)
			}
			return dcCopy(args[0], asDict)
		})
	}
	conv("asdict", true)
	conv("astuple", false)
	m.Fn("replace", dataclassesReplace)
}

// fieldReprHook is the Repr hook (__repr__) of Field.
func fieldReprHook(v rt.Value) (string, *rt.Exc) {
	f := v.O.(*dcField)
	parts := []string{"name=" + rt.ReprOrErr(rt.OrNone(f.name)), "type=" + rt.ReprOrErr(rt.OrNone(f.typ)),
		"default=" + rt.ReprOrErr(f.def), "default_factory=" + rt.ReprOrErr(f.factory),
		"init=" + rt.ReprOrErr(rt.Bool(f.init)), "repr=" + rt.ReprOrErr(rt.Bool(f.repr)), "hash=" + rt.ReprOrErr(f.hash),
		"compare=" + rt.ReprOrErr(rt.Bool(f.compare)), "metadata=mappingproxy({})", "kw_only=" + rt.ReprOrErr(rt.Bool(f.kwOnly)),
		"_field_type=_FIELD"}
	return "Field(" + strings.Join(parts, ",") + ")", nil
}

// missingTypeRepr is the Repr hook (__repr__) of _MISSING_TYPE.
func missingTypeRepr(v rt.Value) (string, *rt.Exc) {
	return "<dataclasses._MISSING_TYPE object at " + rt.AddrOf(v) + ">", nil
}

// fieldName implements Field.name (through get).
func fieldName(f *dcField) rt.Value { return f.name }

// fieldTypeMethod implements Field.type (through get).
func fieldTypeMethod(f *dcField) rt.Value { return f.typ }

// fieldDefault implements Field.default (through get).
func fieldDefault(f *dcField) rt.Value { return f.def }

// fieldDefaultFactory implements Field.default_factory (through get).
func fieldDefaultFactory(f *dcField) rt.Value { return f.factory }

// fieldInit implements Field.init (through get).
func fieldInit(f *dcField) rt.Value { return rt.Bool(f.init) }

// fieldRepr implements Field.repr (through get).
func fieldRepr(f *dcField) rt.Value { return rt.Bool(f.repr) }

// fieldCompare implements Field.compare (through get).
func fieldCompare(f *dcField) rt.Value { return rt.Bool(f.compare) }

// fieldHash implements Field.hash (through get).
func fieldHash(f *dcField) rt.Value { return f.hash }

// fieldKwOnly implements Field.kw_only (through get).
func fieldKwOnly(f *dcField) rt.Value { return rt.Bool(f.kwOnly) }

// dataclassesDataclass is dataclasses.dataclass.
func dataclassesDataclass(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	npos := len(args) - len(kw)
	if npos > 1 {
		return rt.Null, rt.TypeErrorf("dataclass() takes from 0 to 1 positional arguments but %d were given", npos)
	}
	a, e := rt.ParseArgs("dataclass", args, kw, append([]string{"cls"}, dataclassOpts...), 0)
	if e != nil {
		return rt.Null, e
	}
	opts := a[1:]
	if !a[0].IsNull() && !a[0].IsNone() {
		return dataclassProcess(a[0], opts)
	}
	return rt.NewBuiltin("wrap", func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("wrap", args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		return dataclassProcess(args[0], opts)
	}), nil
}

// dataclassesField is dataclasses.field.
func dataclassesField(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args) > len(kw) {
		return rt.Null, rt.TypeErrorf("field() takes 0 positional arguments but %d were given", len(args)-len(kw))
	}
	a, e := rt.ParseArgs("field", args, kw, []string{"default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"}, 0)
	if e != nil {
		return rt.Null, e
	}
	f := &dcField{name: rt.None, typ: rt.None, def: dcMissing, factory: dcMissing, hash: rt.None}
	if !a[0].IsNull() {
		f.def = a[0]
	}
	if !a[1].IsNull() {
		f.factory = a[1]
	}
	if !rt.Is(f.def, dcMissing) && !rt.Is(f.factory, dcMissing) {
		return rt.Null, rt.ValueErrorf("cannot specify both default and default_factory")
	}
	for i, p := range []*bool{&f.init, &f.repr, nil, &f.compare} {
		if p == nil {
			continue
		}
		if *p, e = boolOpt(a[2+i], true); e != nil {
			return rt.Null, e
		}
	}
	if !a[4].IsNull() {
		f.hash = a[4]
	}
	if f.kwOnly, e = boolOpt(a[7], false); e != nil {
		return rt.Null, e
	}
	return rt.Obj(f), nil
}

// dataclassesFields is dataclasses.fields.
func dataclassesFields(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("fields", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	fs, ok := dcFields(args[0])
	if !ok {
		return rt.Null, rt.TypeErrorf("must be called with a dataclass type or instance")
	}
	out := make([]rt.Value, len(fs))
	for i, f := range fs {
		out[i] = rt.Obj(f)
	}
	return rt.NewTuple(out...), nil
}

// dataclassesIsDataclass is dataclasses.is_dataclass.
func dataclassesIsDataclass(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("is_dataclass", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	_, ok := dcFields(args[0])
	return rt.Bool(ok), nil
}

// dataclassesReplace is dataclasses.replace.
func dataclassesReplace(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	npos := len(args) - len(kw)
	if npos != 1 {
		return rt.Null, rt.TypeErrorf("replace() takes 1 positional argument but %d were given", npos)
	}
	obj := args[0]
	fs, ok := dcFields(obj)
	if !ok {
		return rt.Null, rt.TypeErrorf("replace() should be called on dataclass instances")
	}
	changes := map[string]rt.Value{}
	for i, k := range kw {
		changes[k] = args[npos+i]
	}
	var names []string
	var vals []rt.Value
	for _, f := range fs {
		n, _ := rt.AsStr(f.name)
		if !f.init {
			if _, ok := changes[n]; ok {
				return rt.Null, rt.ValueErrorf("field %s is declared with init=False, it cannot be specified with replace()", n)
			}
			continue
		}
		v, ok := changes[n]
		if !ok {
			var e *rt.Exc
			if v, e = rt.GetAttr(obj, n); e != nil {
				return rt.Null, e
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
	return rt.Call(rt.Obj(obj.Type()), vals, names)
}

func isTypeObj(v rt.Value) bool {
	_, ok := v.O.(*rt.Type)
	return ok
}
