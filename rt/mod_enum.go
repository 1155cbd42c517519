package rt

import "strings"

// enum: Enum, IntEnum, auto, unique. EnumType is a metaclass whose New
// builds the class with type's New and then turns the plain attributes
// of the body into members (in definition order; equal values become
// aliases), kept in CPython's _member_names_, _member_map_ and
// _value2member_map_ class attributes and also stored as the class
// attributes themselves. Members are Instances (Enum) or int-subclass
// values (IntEnum) with _name_ and _value_ in their __dict__.

var (
	EnumMetaType = NewType("EnumType", TypeType)
	EnumBaseType = NewType("Enum", ObjectType)
	IntEnumType  = NewType("IntEnum", IntType)
	StrEnumType  = NewType("StrEnum", StrType)
	autoType     = NewType("auto", ObjectType)
)

type autoVal struct{ v Value }

func (*autoVal) Type() *Type { return autoType }

func enumAttr(v Value, name string) Value {
	if d, ok := v.O.(InstDicter); ok && v.O != nil {
		if x, ok := d.InstDict().GetStr(name); ok {
			return x
		}
	}
	return None
}

// isEnumMemberName is CPython's test: not dunder, sunder or private.
func isEnumMemberName(cls, k string) bool {
	if len(k) > 4 && strings.HasPrefix(k, "__") && strings.HasSuffix(k, "__") {
		return false
	}
	if len(k) > 2 && k[0] == '_' && k[len(k)-1] == '_' && k[1] != '_' && k[len(k)-2] != '_' {
		return false
	}
	return !strings.HasPrefix(k, "_"+strings.TrimLeft(cls, "_")+"__")
}

func isDescriptor(v Value) bool {
	if v.K != KObj {
		return false
	}
	t := v.Type()
	if _, isType := v.O.(*Type); isType {
		return false
	}
	return t.Get != nil || t.Set != nil || !t.Lookup("__get__").IsNull() || !t.Lookup("__set__").IsNull() || !t.Lookup("__delete__").IsNull()
}

func enumMembers(t *Type) []Value {
	if v, ok := t.Dict.GetStr("_member_names_"); ok {
		if l, ok := v.O.(*List); ok {
			m, _ := t.Dict.GetStr("_member_map_")
			out := make([]Value, 0, len(l.Items))
			for _, n := range l.Items {
				x, _, _ := m.O.(*Dict).Get(n)
				out = append(out, x)
			}
			return out
		}
	}
	return nil
}

// enumNew is EnumType.__new__: type's, then the members.
func enumNew(meta *Type, args []Value, kw []string) (Value, *Exc) {
	clsV, e := TypeType.New(meta, args, kw)
	if e != nil {
		return Null, e
	}
	cls := clsV.O.(*Type)
	names := NewList()
	byName := NewDictObj()
	byValue := NewDictObj()
	cls.Dict.SetStr("_member_names_", names)
	cls.Dict.SetStr("_member_map_", Obj(byName))
	cls.Dict.SetStr("_value2member_map_", Obj(byValue))
	isInt := cls.IsSubtype(IntType)
	isStr := cls.IsSubtype(StrType)
	initFn := cls.Lookup("__init__")
	customInit := !initFn.IsNull() && !Is(initFn, ObjectType.Lookup("__init__")) && !Is(initFn, IntType.Lookup("__init__"))
	ks, vs := DictItemsOf(cls.Dict)
	var last Value
	for i, kv := range ks {
		k, _ := AsStr(kv)
		v := vs[i]
		if !isEnumMemberName(cls.Name, k) || isDescriptor(v) || k == "_member_names_" || k == "_member_map_" || k == "_value2member_map_" {
			continue
		}
		if a, ok := v.O.(*autoVal); ok && v.K == KObj {
			if a.v.IsNull() && isStr { // StrEnum: the lower-cased name
				a.v = Str(strings.ToLower(k))
			}
			if a.v.IsNull() { // _generate_next_value_: last value + 1, else 1
				a.v = Int(1)
				if !last.IsNull() {
					if n, e := Add(last, Int(1)); e == nil {
						a.v = n
					}
				}
			}
			v = a.v
		}
		value := v
		initArgs := []Value{v}
		if items, ok := TupleItems(v); ok {
			initArgs = items
		}
		// An alias: a previous member with an equal value.
		var alias Value
		for _, m := range enumMembers(cls) {
			if eq, _ := EqBool(enumAttr(m, "_value_"), value); eq {
				alias = m
				break
			}
		}
		if !alias.IsNull() {
			byName.SetStr(k, alias)
			cls.Dict.SetStr(k, alias)
			continue
		}
		var member Value
		if isStr {
			sv, ok := value.O.(*StrObj)
			if !ok || value.K != KObj {
				r, _ := ToRepr(value)
				return Null, TypeErrorf("%s is not a string", r)
			}
			so := &StrObj{S: sv.S, N: -1, Cls: cls}
			member = Obj(so)
		} else if isInt {
			iv := value
			if len(initArgs) > 0 && !IsIntLike(iv) {
				iv = initArgs[0]
			}
			n, e := ToInt(iv)
			if e != nil {
				return Null, e
			}
			member = WithSub(n, cls)
			if !IsIntLike(value) {
				value = n
			}
		} else {
			member = Obj(&Instance{Class: cls, Dict: NewStrDict()})
		}
		d := member.O.(InstDicter).InstDict()
		d.SetStr("_value_", value)
		d.SetStr("_name_", Str(k))
		d.SetStr("__objclass__", clsV)
		if customInit {
			if _, e := Call(initFn, append([]Value{member}, initArgs...), nil); e != nil {
				return Null, e
			}
			value = enumAttr(member, "_value_")
		}
		names.O.(*List).Items = append(names.O.(*List).Items, Str(k))
		byName.SetStr(k, member)
		if _, e := DictHash(value); e == nil {
			byValue.Set(value, member)
		}
		cls.Dict.SetStr(k, member)
		last = value
	}
	ClassChanged()
	return clsV, nil
}

func enumLookup(cls *Type, v Value) (Value, *Exc) {
	if d, ok := cls.Dict.GetStr("_value2member_map_"); ok {
		if _, e := DictHash(v); e == nil {
			if m, ok, _ := d.O.(*Dict).Get(v); ok {
				return m, nil
			}
		}
	}
	for _, m := range enumMembers(cls) {
		if eq, _ := EqBool(enumAttr(m, "_value_"), v); eq {
			return m, nil
		}
	}
	r, _ := ToRepr(v)
	return Null, ValueErrorf("%s is not a valid %s", r, cls.Qualname)
}

func init() {
	mt := EnumMetaType
	mt.Module = "enum"
	mt.New = enumNew
	mt.Call = func(fn Value, args []Value, kw []string) (Value, *Exc) {
		cls := fn.O.(*Type)
		if len(enumMembers(cls)) == 0 && len(args)-len(kw) >= 2 {
			return enumFunctional(cls, args[0], args[1])
		}
		if len(enumMembers(cls)) > 0 || len(args) == 1 && len(kw) == 0 && cls != EnumBaseType && cls != IntEnumType {
			if e := ArgCount(cls.Name, args, kw, 1, 1); e != nil {
				return Null, e
			}
			if args[0].K == KObj && args[0].Type() == cls {
				return args[0], nil
			}
			return enumLookup(cls, args[0])
		}
		return TypeCall(fn, args, kw)
	}
	mt.Repr = func(v Value) (string, *Exc) { return "<enum '" + v.O.(*Type).Name + "'>", nil }
	mt.Iter = func(v Value) (Value, *Exc) { return Iter(NewList(enumMembers(v.O.(*Type))...)) }
	mt.Len = func(v Value) (int, *Exc) { return len(enumMembers(v.O.(*Type))), nil }
	mt.Bool = func(v Value) (bool, *Exc) { return true, nil }
	mt.Contains = func(o, k Value) (bool, *Exc) {
		for _, m := range enumMembers(o.O.(*Type)) {
			if Is(m, k) {
				return true, nil
			}
		}
		if k.K == KObj && k.Type().IsSubtype(EnumBaseType) || IsIntLike(k) && k.O != nil {
			return false, nil
		}
		// 3.11 still answers for non-members (with a DeprecationWarning
		// in 3.12): by value.
		for _, m := range enumMembers(o.O.(*Type)) {
			if eq, _ := EqBool(enumAttr(m, "_value_"), k); eq {
				return true, nil
			}
		}
		return false, nil
	}
	mt.GetItem = func(o, k Value) (Value, *Exc) {
		d, _ := o.O.(*Type).Dict.GetStr("_member_map_")
		if d.IsNull() {
			return Null, KeyErrorOf(k)
		}
		m, ok, e := d.O.(*Dict).Get(k)
		if e != nil {
			return Null, e
		}
		if !ok {
			return Null, KeyErrorOf(k)
		}
		return m, nil
	}
	mt.Getter("__members__", func(s Value) (Value, *Exc) {
		if d, ok := s.O.(*Type).Dict.GetStr("_member_map_"); ok {
			return Obj(d.O.(*Dict).Copy()), nil
		}
		return NewDict()
	})

	b := EnumBaseType
	b.Module = "enum"
	b.Meta = EnumMetaType
	memberRepr := func(v Value) (string, *Exc) {
		val := enumAttr(v, "_value_")
		var vr string
		var e *Exc
		if IsIntLike(val) {
			vr, e = IntRepr(val)
		} else {
			vr, e = ToRepr(val)
		}
		if e != nil {
			return "", e
		}
		n, _ := AsStr(enumAttr(v, "_name_"))
		return "<" + v.Type().Name + "." + n + ": " + vr + ">", nil
	}
	b.Repr = memberRepr
	b.Str = func(v Value) (string, *Exc) {
		n, _ := AsStr(enumAttr(v, "_name_"))
		return v.Type().Name + "." + n, nil
	}
	b.Hash = func(v Value) (int64, *Exc) { return Hash(enumAttr(v, "_name_")) }
	b.Getter("name", func(s Value) (Value, *Exc) { return enumAttr(s, "_name_"), nil })
	b.Getter("value", func(s Value) (Value, *Exc) { return enumAttr(s, "_value_"), nil })

	it := IntEnumType
	it.Module = "enum"
	it.Meta = EnumMetaType
	it.Bases = []*Type{IntType, EnumBaseType}
	it.MRO = []*Type{IntEnumType, IntType, EnumBaseType, ObjectType}
	it.Repr = memberRepr
	it.Str = func(v Value) (string, *Exc) { return IntRepr(v) } // 3.11: str(IntEnum) is the int's
	it.Getter("name", func(s Value) (Value, *Exc) { return enumAttr(s, "_name_"), nil })
	it.Getter("value", func(s Value) (Value, *Exc) { return enumAttr(s, "_value_"), nil })
	it.Method("__format__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("__format__", args, kw, 1, 1); e != nil {
			return Null, e
		}
		spec, _ := AsStr(args[0])
		s, e := Format(Int(self.I), spec)
		if self.K == KObj {
			s, e = Format(BigInt(ToBig(self)), spec)
		}
		return Str(s), e
	})

	st := StrEnumType
	st.Module = "enum"
	st.Meta = EnumMetaType
	st.Bases = []*Type{StrType, EnumBaseType}
	st.MRO = []*Type{StrEnumType, StrType, EnumBaseType, ObjectType}
	st.Repr = memberRepr
	st.Str = func(v Value) (string, *Exc) { return v.O.(*StrObj).S, nil }
	st.Getter("name", func(s Value) (Value, *Exc) { return enumAttr(s, "_name_"), nil })
	st.Getter("value", func(s Value) (Value, *Exc) { return enumAttr(s, "_value_"), nil })
	st.Method("__format__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("__format__", args, kw, 1, 1); e != nil {
			return Null, e
		}
		spec, _ := AsStr(args[0])
		s, e := Format(Str(self.O.(*StrObj).S), spec)
		return Str(s), e
	})

	autoType.Module = "enum"
	autoType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("auto", args, kw, 0, 0); e != nil {
			return Null, e
		}
		return Obj(&autoVal{}), nil
	}
	autoType.Repr = func(v Value) (string, *Exc) { return "auto(_auto_null)", nil }

	m := DefineModule("enum")
	m.Set("Enum", Obj(EnumBaseType))
	m.Set("IntEnum", Obj(IntEnumType))
	m.Set("StrEnum", Obj(StrEnumType))
	m.Set("EnumType", Obj(EnumMetaType))
	m.Set("EnumMeta", Obj(EnumMetaType))
	m.Set("auto", Obj(autoType))
	m.Fn("unique", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("unique", args, kw, 1, 1); e != nil {
			return Null, e
		}
		cls, ok := args[0].O.(*Type)
		if !ok {
			return args[0], nil
		}
		var dups []string
		if d, ok := cls.Dict.GetStr("_member_map_"); ok {
			d.O.(*Dict).Items(func(k, v Value) bool {
				name, _ := AsStr(k)
				if canon, _ := AsStr(enumAttr(v, "_name_")); canon != name {
					dups = append(dups, name+" -> "+canon)
				}
				return true
			})
		}
		if len(dups) > 0 {
			return Null, ValueErrorf("duplicate values found in %s: %s", "<enum '"+cls.Name+"'>", strings.Join(dups, ", "))
		}
		return args[0], nil
	})
}

// enumFunctional is Enum('Name', 'A B C') (or a list of names, of
// (name, value) pairs, or a mapping): values count from 1.
func enumFunctional(base *Type, nameV, spec Value) (Value, *Exc) {
	name, ok := AsStr(nameV)
	if !ok {
		return Null, TypeErrorf("Enum name must be a string")
	}
	var kv []Value
	if s, ok := AsStr(spec); ok {
		for i, n := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
			kv = append(kv, Str(n), Int(int64(i+1)))
		}
	} else if d, ok := spec.O.(*Dict); ok && spec.K == KObj {
		ks, vs := DictItemsOf(d)
		for i := range ks {
			kv = append(kv, ks[i], vs[i])
		}
	} else {
		items, e := ListOf(spec)
		if e != nil {
			return Null, e
		}
		for i, it := range items {
			if _, isStr := AsStr(it); isStr {
				v := Int(int64(i + 1))
				if base.IsSubtype(StrType) {
					n, _ := AsStr(it)
					v = Str(strings.ToLower(n))
				}
				kv = append(kv, it, v)
				continue
			}
			pair, e := Unpack(it, 2)
			if e != nil {
				return Null, e
			}
			kv = append(kv, pair[0], pair[1])
		}
	}
	return BuildClass(name, name, []Value{Obj(base)}, nil, nil, func(ns Value) *Exc {
		for i := 0; i < len(kv); i += 2 {
			if e := DictSet(ns, kv[i], kv[i+1]); e != nil {
				return e
			}
		}
		return nil
	})
}
