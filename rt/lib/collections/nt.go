package collections

import (
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// namedtuple builds a tuple subclass through BuildClass with the members
// CPython's collections.namedtuple generates: __new__ with the fields as
// parameters (so argument errors read "Point.__new__() missing ..."),
// a property per field, _fields, _field_defaults, _make, _replace,
// _asdict and __repr__ "Point(x=1, y=2)".

var pyKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

// ntFunc makes a Python-level function for a namedtuple member.
func ntFunc(typename, name string, params []string, varkw bool, defaults []rt.Value, body func(args []rt.Value) (rt.Value, *rt.Exc)) rt.Value {
	pos := len(params)
	if varkw {
		pos--
	}
	return rt.NewFunction(&rt.Code{Name: name, Qualname: typename + "." + name, Filename: "<string>", Line: 1,
		Params: params, Pos: pos, VarKw: varkw, Module: "collections"}, defaults, nil, body)
}

func Namedtuple(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args)-len(kw) > 2 {
		return rt.Null, rt.TypeErrorf("namedtuple() takes 2 positional arguments but %d were given", len(args)-len(kw))
	}
	a, e := rt.ParseArgs("namedtuple", args, kw, []string{"typename", "field_names", "rename", "defaults", "module"}, 2)
	if e != nil {
		return rt.Null, e
	}
	typename, e := rt.ToStr(a[0])
	if e != nil {
		return rt.Null, e
	}
	var fields []string
	if s, ok := rt.AsStr(a[1]); ok {
		fields = strings.Fields(strings.ReplaceAll(s, ",", " "))
	} else if e := rt.ForEach(a[1], func(v rt.Value) *rt.Exc {
		s, e := rt.ToStr(v)
		fields = append(fields, s)
		return e
	}); e != nil {
		return rt.Null, e
	}
	rename := false
	if !a[2].IsNull() {
		if rename, e = rt.Truth(a[2]); e != nil {
			return rt.Null, e
		}
	}
	seen := map[string]bool{}
	if rename {
		for i, f := range fields {
			if !rt.IsIdentifier(f) || pyKeywords[f] || strings.HasPrefix(f, "_") || seen[f] {
				fields[i] = "_" + rt.Itoa(i)
			}
			seen[fields[i]] = true
		}
		seen = map[string]bool{}
	}
	for _, n := range append([]string{typename}, fields...) {
		if !rt.IsIdentifier(n) {
			return rt.Null, rt.ValueErrorf("Type names and field names must be valid identifiers: %s", rt.StrRepr(n))
		}
		if pyKeywords[n] {
			return rt.Null, rt.ValueErrorf("Type names and field names cannot be a keyword: %s", rt.StrRepr(n))
		}
	}
	for _, f := range fields {
		if strings.HasPrefix(f, "_") {
			return rt.Null, rt.ValueErrorf("Field names cannot start with an underscore: %s", rt.StrRepr(f))
		}
		if seen[f] {
			return rt.Null, rt.ValueErrorf("Encountered duplicate field name: %s", rt.StrRepr(f))
		}
		seen[f] = true
	}
	var defaults []rt.Value
	if !a[3].IsNull() && !a[3].IsNone() {
		l, e := rt.ListOf(a[3])
		if e != nil {
			return rt.Null, e
		}
		defaults = l
		if len(defaults) > len(fields) {
			return rt.Null, rt.TypeErrorf("Got more default values than field names")
		}
	}
	n := len(fields)
	fieldVals := make([]rt.Value, n)
	for i, f := range fields {
		fieldVals[i] = rt.Str(f)
	}
	fieldsTuple := rt.NewTuple(fieldVals...)
	fdefaults := rt.NewDictObj()
	for i, d := range defaults {
		fdefaults.SetStr(fields[n-len(defaults)+i], d)
	}
	newTuple := func(cls rt.Value, items []rt.Value) rt.Value {
		t := &rt.Tuple{Items: items}
		if c, ok := cls.O.(*rt.Type); ok && c != rt.TupleType {
			t.Cls = c
		}
		return rt.Obj(t)
	}
	makeFn := func(cls rt.Value, it rt.Value) (rt.Value, *rt.Exc) {
		items, e := rt.ListOf(it)
		if e != nil {
			return rt.Null, e
		}
		if len(items) != n {
			return rt.Null, rt.TypeErrorf("Expected %d arguments, got %d", n, len(items))
		}
		return newTuple(cls, items), nil
	}
	classmethod, _ := rt.Builtin("classmethod")
	property, _ := rt.Builtin("property")
	body := func(ns rt.Value) *rt.Exc {
		d := ns.O.(*rt.Dict)
		d.SetStr("__doc__", rt.Str(typename+"("+strings.Join(fields, ", ")+")"))
		d.SetStr("__slots__", rt.NewTuple())
		d.SetStr("_fields", fieldsTuple)
		d.SetStr("_field_defaults", rt.Obj(fdefaults))
		d.SetStr("__match_args__", fieldsTuple)
		d.SetStr("__new__", ntFunc(typename, "__new__", append([]string{"_cls"}, fields...), false, defaults,
			func(args []rt.Value) (rt.Value, *rt.Exc) {
				return newTuple(args[0], append([]rt.Value(nil), args[1:]...)), nil
			}))
		mk, e := rt.Call(classmethod, []rt.Value{ntFunc(typename, "_make", []string{"cls", "iterable"}, false, nil,
			func(args []rt.Value) (rt.Value, *rt.Exc) { return makeFn(args[0], args[1]) })}, nil)
		if e != nil {
			return e
		}
		d.SetStr("_make", mk)
		d.SetStr("_replace", ntFunc(typename, "_replace", []string{"self", "kwds"}, true, nil, func(args []rt.Value) (rt.Value, *rt.Exc) {
			items, _ := rt.TupleItems(args[0])
			items = append([]rt.Value(nil), items...)
			kwds := args[1].O.(*rt.Dict).Copy()
			for i, f := range fields {
				if v, ok := kwds.GetStr(f); ok && i < len(items) {
					items[i] = v
					kwds.DelStr(f)
				}
			}
			if kwds.Len() > 0 {
				return rt.Null, rt.ValueErrorf("Got unexpected field names: %s", rt.ReprOrErr(rt.NewList(kwds.Keys()...)))
			}
			return makeFn(rt.Obj(args[0].Type()), rt.NewList(items...))
		}))
		d.SetStr("_asdict", ntFunc(typename, "_asdict", []string{"self"}, false, nil, func(args []rt.Value) (rt.Value, *rt.Exc) {
			items, _ := rt.TupleItems(args[0])
			r := rt.NewDictObj()
			for i, f := range fields {
				if i < len(items) {
					r.SetStr(f, items[i])
				}
			}
			return rt.Obj(r), nil
		}))
		d.SetStr("__repr__", ntFunc(typename, "__repr__", []string{"self"}, false, nil, func(args []rt.Value) (rt.Value, *rt.Exc) {
			self := args[0]
			items, _ := rt.TupleItems(self)
			if !rt.ReprEnter(self.O) {
				return rt.Str("..."), nil
			}
			defer rt.ReprLeave(self.O)
			var b strings.Builder
			b.WriteString(self.Type().Name + "(")
			for i, f := range fields {
				if i > 0 {
					b.WriteString(", ")
				}
				s, e := rt.ToRepr(items[i])
				if e != nil {
					return rt.Null, e
				}
				b.WriteString(f + "=" + s)
			}
			b.WriteString(")")
			return rt.Str(b.String()), nil
		}))
		d.SetStr("__getnewargs__", ntFunc(typename, "__getnewargs__", []string{"self"}, false, nil, func(args []rt.Value) (rt.Value, *rt.Exc) {
			items, _ := rt.TupleItems(args[0])
			return rt.NewTuple(append([]rt.Value(nil), items...)...), nil
		}))
		for i, f := range fields {
			i := i
			get := rt.NewBuiltin(f, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
				if e := rt.ArgCount(f, args, kw, 1, 1); e != nil {
					return rt.Null, e
				}
				items, ok := rt.TupleItems(args[0])
				if !ok || i >= len(items) {
					return rt.Null, rt.TypeErrorf("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", i, args[0].TypeName())
				}
				return items[i], nil
			})
			p, e := rt.Call(property, []rt.Value{get, rt.None, rt.None, rt.Str("Alias for field number " + rt.Itoa(i))}, nil)
			if e != nil {
				return e
			}
			d.SetStr(f, p)
		}
		return nil
	}
	cls, e := rt.BuildClass(typename, typename, []rt.Value{rt.Obj(rt.TupleType)}, nil, nil, body)
	if e != nil {
		return rt.Null, e
	}
	if !a[4].IsNull() && !a[4].IsNone() {
		if e := rt.SetAttr(cls, "__module__", a[4]); e != nil {
			return rt.Null, e
		}
	}
	return cls, nil
}
