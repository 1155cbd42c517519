package rt

import "strings"

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
func ntFunc(typename, name string, params []string, varkw bool, defaults []Value, body func(args []Value) (Value, *Exc)) Value {
	pos := len(params)
	if varkw {
		pos--
	}
	return NewFunction(&Code{Name: name, Qualname: typename + "." + name, Filename: "<string>", Line: 1,
		Params: params, Pos: pos, VarKw: varkw, Module: "collections"}, defaults, nil, body)
}

func Namedtuple(args []Value, kw []string) (Value, *Exc) {
	if len(args)-len(kw) > 2 {
		return Null, TypeErrorf("namedtuple() takes 2 positional arguments but %d were given", len(args)-len(kw))
	}
	a, e := ParseArgs("namedtuple", args, kw, []string{"typename", "field_names", "rename", "defaults", "module"}, 2)
	if e != nil {
		return Null, e
	}
	typename, e := ToStr(a[0])
	if e != nil {
		return Null, e
	}
	var fields []string
	if s, ok := AsStr(a[1]); ok {
		fields = strings.Fields(strings.ReplaceAll(s, ",", " "))
	} else if e := ForEach(a[1], func(v Value) *Exc {
		s, e := ToStr(v)
		fields = append(fields, s)
		return e
	}); e != nil {
		return Null, e
	}
	rename := false
	if !a[2].IsNull() {
		if rename, e = Truth(a[2]); e != nil {
			return Null, e
		}
	}
	seen := map[string]bool{}
	if rename {
		for i, f := range fields {
			if !IsIdentifier(f) || pyKeywords[f] || strings.HasPrefix(f, "_") || seen[f] {
				fields[i] = "_" + Itoa(i)
			}
			seen[fields[i]] = true
		}
		seen = map[string]bool{}
	}
	for _, n := range append([]string{typename}, fields...) {
		if !IsIdentifier(n) {
			return Null, ValueErrorf("Type names and field names must be valid identifiers: %s", StrRepr(n))
		}
		if pyKeywords[n] {
			return Null, ValueErrorf("Type names and field names cannot be a keyword: %s", StrRepr(n))
		}
	}
	for _, f := range fields {
		if strings.HasPrefix(f, "_") {
			return Null, ValueErrorf("Field names cannot start with an underscore: %s", StrRepr(f))
		}
		if seen[f] {
			return Null, ValueErrorf("Encountered duplicate field name: %s", StrRepr(f))
		}
		seen[f] = true
	}
	var defaults []Value
	if !a[3].IsNull() && !a[3].IsNone() {
		l, e := ListOf(a[3])
		if e != nil {
			return Null, e
		}
		defaults = l
		if len(defaults) > len(fields) {
			return Null, TypeErrorf("Got more default values than field names")
		}
	}
	n := len(fields)
	fieldVals := make([]Value, n)
	for i, f := range fields {
		fieldVals[i] = Str(f)
	}
	fieldsTuple := NewTuple(fieldVals...)
	fdefaults := NewDictObj()
	for i, d := range defaults {
		fdefaults.SetStr(fields[n-len(defaults)+i], d)
	}
	newTuple := func(cls Value, items []Value) Value {
		t := &Tuple{Items: items}
		if c, ok := cls.O.(*Type); ok && c != TupleType {
			t.Cls = c
		}
		return Obj(t)
	}
	makeFn := func(cls Value, it Value) (Value, *Exc) {
		items, e := ListOf(it)
		if e != nil {
			return Null, e
		}
		if len(items) != n {
			return Null, TypeErrorf("Expected %d arguments, got %d", n, len(items))
		}
		return newTuple(cls, items), nil
	}
	classmethod, _ := Builtin("classmethod")
	property, _ := Builtin("property")
	body := func(ns Value) *Exc {
		d := ns.O.(*Dict)
		d.SetStr("__doc__", Str(typename+"("+strings.Join(fields, ", ")+")"))
		d.SetStr("__slots__", NewTuple())
		d.SetStr("_fields", fieldsTuple)
		d.SetStr("_field_defaults", Obj(fdefaults))
		d.SetStr("__match_args__", fieldsTuple)
		d.SetStr("__new__", ntFunc(typename, "__new__", append([]string{"_cls"}, fields...), false, defaults,
			func(args []Value) (Value, *Exc) {
				return newTuple(args[0], append([]Value(nil), args[1:]...)), nil
			}))
		mk, e := Call(classmethod, []Value{ntFunc(typename, "_make", []string{"cls", "iterable"}, false, nil,
			func(args []Value) (Value, *Exc) { return makeFn(args[0], args[1]) })}, nil)
		if e != nil {
			return e
		}
		d.SetStr("_make", mk)
		d.SetStr("_replace", ntFunc(typename, "_replace", []string{"self", "kwds"}, true, nil, func(args []Value) (Value, *Exc) {
			items, _ := TupleItems(args[0])
			items = append([]Value(nil), items...)
			kwds := args[1].O.(*Dict).Copy()
			for i, f := range fields {
				if v, ok := kwds.GetStr(f); ok && i < len(items) {
					items[i] = v
					kwds.DelStr(f)
				}
			}
			if kwds.Len() > 0 {
				return Null, ValueErrorf("Got unexpected field names: %s", ReprOrErr(NewList(kwds.Keys()...)))
			}
			return makeFn(Obj(args[0].Type()), NewList(items...))
		}))
		d.SetStr("_asdict", ntFunc(typename, "_asdict", []string{"self"}, false, nil, func(args []Value) (Value, *Exc) {
			items, _ := TupleItems(args[0])
			r := NewDictObj()
			for i, f := range fields {
				if i < len(items) {
					r.SetStr(f, items[i])
				}
			}
			return Obj(r), nil
		}))
		d.SetStr("__repr__", ntFunc(typename, "__repr__", []string{"self"}, false, nil, func(args []Value) (Value, *Exc) {
			self := args[0]
			items, _ := TupleItems(self)
			if !ReprEnter(self.O) {
				return Str("..."), nil
			}
			defer ReprLeave(self.O)
			var b strings.Builder
			b.WriteString(self.Type().Name + "(")
			for i, f := range fields {
				if i > 0 {
					b.WriteString(", ")
				}
				s, e := ToRepr(items[i])
				if e != nil {
					return Null, e
				}
				b.WriteString(f + "=" + s)
			}
			b.WriteString(")")
			return Str(b.String()), nil
		}))
		d.SetStr("__getnewargs__", ntFunc(typename, "__getnewargs__", []string{"self"}, false, nil, func(args []Value) (Value, *Exc) {
			items, _ := TupleItems(args[0])
			return NewTuple(append([]Value(nil), items...)...), nil
		}))
		for i, f := range fields {
			i := i
			get := NewBuiltin(f, func(args []Value, kw []string) (Value, *Exc) {
				if e := ArgCount(f, args, kw, 1, 1); e != nil {
					return Null, e
				}
				items, ok := TupleItems(args[0])
				if !ok || i >= len(items) {
					return Null, TypeErrorf("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", i, args[0].TypeName())
				}
				return items[i], nil
			})
			p, e := Call(property, []Value{get, None, None, Str("Alias for field number " + Itoa(i))}, nil)
			if e != nil {
				return e
			}
			d.SetStr(f, p)
		}
		return nil
	}
	cls, e := BuildClass(typename, typename, []Value{Obj(TupleType)}, nil, nil, body)
	if e != nil {
		return Null, e
	}
	if !a[4].IsNull() && !a[4].IsNone() {
		if e := SetAttr(cls, "__module__", a[4]); e != nil {
			return Null, e
		}
	}
	return cls, nil
}
