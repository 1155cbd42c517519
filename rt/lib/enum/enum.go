package enum

import (
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// enum: Enum, IntEnum, auto, unique. EnumType is a metaclass whose New
// builds the class with type's New and then turns the plain attributes
// of the body into members (in definition order; equal values become
// aliases), kept in CPython's _member_names_, _member_map_ and
// _value2member_map_ class attributes and also stored as the class
// attributes themselves. Members are Instances (Enum) or int-subclass
// values (IntEnum) with _name_ and _value_ in their __dict__.

var (
	EnumMetaType = rt.NewType("EnumType", rt.TypeType)
	EnumBaseType = rt.NewType("Enum", rt.ObjectType)
	IntEnumType  = rt.NewType("IntEnum", rt.IntType)
	StrEnumType  = rt.NewType("StrEnum", rt.StrType)
	autoType     = rt.NewType("auto", rt.ObjectType)
)

type autoVal struct{ v rt.Value }

func (*autoVal) Type() *rt.Type { return autoType }

func enumAttr(v rt.Value, name string) rt.Value {
	if d, ok := v.O.(rt.InstDicter); ok && v.O != nil {
		if x, ok := d.InstDict().GetStr(name); ok {
			return x
		}
	}
	return rt.None
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

func isDescriptor(v rt.Value) bool {
	if v.K != rt.KObj {
		return false
	}
	t := v.Type()
	if _, isType := v.O.(*rt.Type); isType {
		return false
	}
	return t.Get != nil || t.Set != nil || !t.Lookup("__get__").IsNull() || !t.Lookup("__set__").IsNull() || !t.Lookup("__delete__").IsNull()
}

func enumMembers(t *rt.Type) []rt.Value {
	if v, ok := t.Dict.GetStr("_member_names_"); ok {
		if l, ok := v.O.(*rt.List); ok {
			m, _ := t.Dict.GetStr("_member_map_")
			out := make([]rt.Value, 0, len(l.Items))
			for _, n := range l.Items {
				x, _, _ := m.O.(*rt.Dict).Get(n)
				out = append(out, x)
			}
			return out
		}
	}
	return nil
}

// enumNew is EnumType.__new__: type's, then the members.
func enumNew(meta *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	clsV, e := rt.TypeType.New(meta, args, kw)
	if e != nil {
		return rt.Null, e
	}
	cls := clsV.O.(*rt.Type)
	names := rt.NewList()
	byName := rt.NewDictObj()
	byValue := rt.NewDictObj()
	cls.Dict.SetStr("_member_names_", names)
	cls.Dict.SetStr("_member_map_", rt.Obj(byName))
	cls.Dict.SetStr("_value2member_map_", rt.Obj(byValue))
	isInt := cls.IsSubtype(rt.IntType)
	isStr := cls.IsSubtype(rt.StrType)
	initFn := cls.Lookup("__init__")
	customInit := !initFn.IsNull() && !rt.Is(initFn, rt.ObjectType.Lookup("__init__")) && !rt.Is(initFn, rt.IntType.Lookup("__init__"))
	ks, vs := rt.DictItemsOf(cls.Dict)
	var last rt.Value
	for i, kv := range ks {
		k, _ := rt.AsStr(kv)
		v := vs[i]
		if !isEnumMemberName(cls.Name, k) || isDescriptor(v) || k == "_member_names_" || k == "_member_map_" || k == "_value2member_map_" {
			continue
		}
		if a, ok := v.O.(*autoVal); ok && v.K == rt.KObj {
			if a.v.IsNull() && isStr { // StrEnum: the lower-cased name
				a.v = rt.Str(strings.ToLower(k))
			}
			if a.v.IsNull() { // _generate_next_value_: last value + 1, else 1
				a.v = rt.Int(1)
				if !last.IsNull() {
					if n, e := rt.Add(last, rt.Int(1)); e == nil {
						a.v = n
					}
				}
			}
			v = a.v
		}
		value := v
		initArgs := []rt.Value{v}
		if items, ok := rt.TupleItems(v); ok {
			initArgs = items
		}
		// An alias: a previous member with an equal value.
		var alias rt.Value
		for _, m := range enumMembers(cls) {
			if eq, _ := rt.EqBool(enumAttr(m, "_value_"), value); eq {
				alias = m
				break
			}
		}
		if !alias.IsNull() {
			byName.SetStr(k, alias)
			cls.Dict.SetStr(k, alias)
			continue
		}
		var member rt.Value
		if isStr {
			sv, ok := value.O.(*rt.StrObj)
			if !ok || value.K != rt.KObj {
				r, _ := rt.ToRepr(value)
				return rt.Null, rt.TypeErrorf("%s is not a string", r)
			}
			so := rt.NewStrOfClass(sv.S, cls)
			member = rt.Obj(so)
		} else if isInt {
			iv := value
			if len(initArgs) > 0 && !rt.IsIntLike(iv) {
				iv = initArgs[0]
			}
			n, e := rt.ToInt(iv)
			if e != nil {
				return rt.Null, e
			}
			member = rt.WithSub(n, cls)
			if !rt.IsIntLike(value) {
				value = n
			}
		} else {
			member = rt.Obj(&rt.Instance{Class: cls, Dict: rt.NewStrDict()})
		}
		d := member.O.(rt.InstDicter).InstDict()
		d.SetStr("_value_", value)
		d.SetStr("_name_", rt.Str(k))
		d.SetStr("__objclass__", clsV)
		if customInit {
			if _, e := rt.Call(initFn, append([]rt.Value{member}, initArgs...), nil); e != nil {
				return rt.Null, e
			}
			value = enumAttr(member, "_value_")
		}
		names.O.(*rt.List).Items = append(names.O.(*rt.List).Items, rt.Str(k))
		byName.SetStr(k, member)
		if _, e := rt.DictHash(value); e == nil {
			byValue.Set(value, member)
		}
		cls.Dict.SetStr(k, member)
		last = value
	}
	rt.ClassChanged()
	return clsV, nil
}

func enumLookup(cls *rt.Type, v rt.Value) (rt.Value, *rt.Exc) {
	if d, ok := cls.Dict.GetStr("_value2member_map_"); ok {
		if _, e := rt.DictHash(v); e == nil {
			if m, ok, _ := d.O.(*rt.Dict).Get(v); ok {
				return m, nil
			}
		}
	}
	for _, m := range enumMembers(cls) {
		if eq, _ := rt.EqBool(enumAttr(m, "_value_"), v); eq {
			return m, nil
		}
	}
	r, _ := rt.ToRepr(v)
	return rt.Null, rt.ValueErrorf("%s is not a valid %s", r, cls.Qualname)
}

func init() {
	mt := EnumMetaType
	mt.Module = "enum"
	mt.New = enumNew
	mt.Call = enumTypeCall
	mt.Repr = enumTypeRepr
	mt.Iter = enumTypeIter
	mt.Len = enumTypeLen
	mt.Bool = enumTypeBool
	mt.Contains = enumTypeContains
	mt.GetItem = enumTypeGetItem
	mt.Getter("__members__", enumTypeMembers)

	b := EnumBaseType
	b.Module = "enum"
	b.Meta = EnumMetaType
	memberRepr := func(v rt.Value) (string, *rt.Exc) {
		val := enumAttr(v, "_value_")
		var vr string
		var e *rt.Exc
		if rt.IsIntLike(val) {
			vr, e = rt.IntRepr(val)
		} else {
			vr, e = rt.ToRepr(val)
		}
		if e != nil {
			return "", e
		}
		n, _ := rt.AsStr(enumAttr(v, "_name_"))
		return "<" + v.Type().Name + "." + n + ": " + vr + ">", nil
	}
	b.Repr = memberRepr
	b.Str = enumStr
	b.Hash = enumHash
	b.Getter("name", enumName)
	b.Getter("value", enumValue)

	it := IntEnumType
	it.Module = "enum"
	it.Meta = EnumMetaType
	it.Bases = []*rt.Type{rt.IntType, EnumBaseType}
	it.MRO = []*rt.Type{IntEnumType, rt.IntType, EnumBaseType, rt.ObjectType}
	it.Repr = memberRepr
	it.Str = intEnumStr // 3.11: str(IntEnum) is the int's
	it.Getter("name", intEnumName)
	it.Getter("value", intEnumValue)
	it.Method("__format__", intEnumFormat)

	st := StrEnumType
	st.Module = "enum"
	st.Meta = EnumMetaType
	st.Bases = []*rt.Type{rt.StrType, EnumBaseType}
	st.MRO = []*rt.Type{StrEnumType, rt.StrType, EnumBaseType, rt.ObjectType}
	st.Repr = memberRepr
	st.Str = strEnumStr
	st.Getter("name", strEnumName)
	st.Getter("value", strEnumValue)
	st.Method("__format__", strEnumFormat)

	autoType.Module = "enum"
	autoType.New = autoNew
	autoType.Repr = autoRepr

	m := rt.DefineModule("enum")
	m.Set("Enum", rt.Obj(EnumBaseType))
	m.Set("IntEnum", rt.Obj(IntEnumType))
	m.Set("StrEnum", rt.Obj(StrEnumType))
	m.Set("EnumType", rt.Obj(EnumMetaType))
	m.Set("EnumMeta", rt.Obj(EnumMetaType))
	m.Set("auto", rt.Obj(autoType))
	m.Fn("unique", enumUnique)
}

// enumTypeCall is the Call hook (__call__) of EnumType.
func enumTypeCall(fn rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	cls := fn.O.(*rt.Type)
	if len(enumMembers(cls)) == 0 && len(args)-len(kw) >= 2 {
		return enumFunctional(cls, args[0], args[1])
	}
	if len(enumMembers(cls)) > 0 || len(args) == 1 && len(kw) == 0 && cls != EnumBaseType && cls != IntEnumType {
		if e := rt.ArgCount(cls.Name, args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		if args[0].K == rt.KObj && args[0].Type() == cls {
			return args[0], nil
		}
		return enumLookup(cls, args[0])
	}
	return rt.TypeCall(fn, args, kw)
}

// enumTypeRepr is the Repr hook (__repr__) of EnumType.
func enumTypeRepr(v rt.Value) (string, *rt.Exc) { return "<enum '" + v.O.(*rt.Type).Name + "'>", nil }

// enumTypeIter is the Iter hook (__iter__) of EnumType.
func enumTypeIter(v rt.Value) (rt.Value, *rt.Exc) {
	return rt.Iter(rt.NewList(enumMembers(v.O.(*rt.Type))...))
}

// enumTypeLen is the Len hook (__len__) of EnumType.
func enumTypeLen(v rt.Value) (int, *rt.Exc) { return len(enumMembers(v.O.(*rt.Type))), nil }

// enumTypeBool is the Bool hook (__bool__) of EnumType.
func enumTypeBool(v rt.Value) (bool, *rt.Exc) { return true, nil }

// enumTypeContains is the Contains hook (__contains__) of EnumType.
func enumTypeContains(o, k rt.Value) (bool, *rt.Exc) {
	for _, m := range enumMembers(o.O.(*rt.Type)) {
		if rt.Is(m, k) {
			return true, nil
		}
	}
	if k.K == rt.KObj && k.Type().IsSubtype(EnumBaseType) || rt.IsIntLike(k) && k.O != nil {
		return false, nil
	}
	// 3.11 still answers for non-members (with a DeprecationWarning
	// in 3.12): by value.
	for _, m := range enumMembers(o.O.(*rt.Type)) {
		if eq, _ := rt.EqBool(enumAttr(m, "_value_"), k); eq {
			return true, nil
		}
	}
	return false, nil
}

// enumTypeGetItem is the GetItem hook (__getitem__) of EnumType.
func enumTypeGetItem(o, k rt.Value) (rt.Value, *rt.Exc) {
	d, _ := o.O.(*rt.Type).Dict.GetStr("_member_map_")
	if d.IsNull() {
		return rt.Null, rt.KeyErrorOf(k)
	}
	m, ok, e := d.O.(*rt.Dict).Get(k)
	if e != nil {
		return rt.Null, e
	}
	if !ok {
		return rt.Null, rt.KeyErrorOf(k)
	}
	return m, nil
}

// enumStr is the Str hook (__str__) of Enum.
func enumStr(v rt.Value) (string, *rt.Exc) {
	n, _ := rt.AsStr(enumAttr(v, "_name_"))
	return v.Type().Name + "." + n, nil
}

// enumHash is the Hash hook (__hash__) of Enum.
func enumHash(v rt.Value) (int64, *rt.Exc) { return rt.Hash(enumAttr(v, "_name_")) }

// intEnumStr is the Str hook (__str__) of IntEnum.
func intEnumStr(v rt.Value) (string, *rt.Exc) { return rt.IntRepr(v) }

// strEnumStr is the Str hook (__str__) of StrEnum.
func strEnumStr(v rt.Value) (string, *rt.Exc) { return v.O.(*rt.StrObj).S, nil }

// autoNew is the New hook (__new__) of auto.
func autoNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("auto", args, kw, 0, 0); e != nil {
		return rt.Null, e
	}
	return rt.Obj(&autoVal{}), nil
}

// autoRepr is the Repr hook (__repr__) of auto.
func autoRepr(v rt.Value) (string, *rt.Exc) { return "auto(_auto_null)", nil }

// enumTypeMembers is EnumType.__members__.
func enumTypeMembers(s rt.Value) (rt.Value, *rt.Exc) {
	if d, ok := s.O.(*rt.Type).Dict.GetStr("_member_map_"); ok {
		return rt.Obj(d.O.(*rt.Dict).Copy()), nil
	}
	return rt.NewDict()
}

// enumName is Enum.name.
func enumName(s rt.Value) (rt.Value, *rt.Exc) { return enumAttr(s, "_name_"), nil }

// enumValue is Enum.value.
func enumValue(s rt.Value) (rt.Value, *rt.Exc) { return enumAttr(s, "_value_"), nil }

// intEnumName is IntEnum.name.
func intEnumName(s rt.Value) (rt.Value, *rt.Exc) { return enumAttr(s, "_name_"), nil }

// intEnumValue is IntEnum.value.
func intEnumValue(s rt.Value) (rt.Value, *rt.Exc) { return enumAttr(s, "_value_"), nil }

// intEnumFormat is IntEnum.__format__.
func intEnumFormat(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("__format__", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	spec, _ := rt.AsStr(args[0])
	s, e := rt.Format(rt.Int(self.I), spec)
	if self.K == rt.KObj {
		s, e = rt.Format(rt.BigInt(rt.ToBig(self)), spec)
	}
	return rt.Str(s), e
}

// strEnumName is StrEnum.name.
func strEnumName(s rt.Value) (rt.Value, *rt.Exc) { return enumAttr(s, "_name_"), nil }

// strEnumValue is StrEnum.value.
func strEnumValue(s rt.Value) (rt.Value, *rt.Exc) { return enumAttr(s, "_value_"), nil }

// strEnumFormat is StrEnum.__format__.
func strEnumFormat(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("__format__", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	spec, _ := rt.AsStr(args[0])
	s, e := rt.Format(rt.Str(self.O.(*rt.StrObj).S), spec)
	return rt.Str(s), e
}

// enumUnique is enum.unique.
func enumUnique(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("unique", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	cls, ok := args[0].O.(*rt.Type)
	if !ok {
		return args[0], nil
	}
	var dups []string
	if d, ok := cls.Dict.GetStr("_member_map_"); ok {
		d.O.(*rt.Dict).Items(func(k, v rt.Value) bool {
			name, _ := rt.AsStr(k)
			if canon, _ := rt.AsStr(enumAttr(v, "_name_")); canon != name {
				dups = append(dups, name+" -> "+canon)
			}
			return true
		})
	}
	if len(dups) > 0 {
		return rt.Null, rt.ValueErrorf("duplicate values found in %s: %s", "<enum '"+cls.Name+"'>", strings.Join(dups, ", "))
	}
	return args[0], nil
}

// enumFunctional is Enum('Name', 'A B C') (or a list of names, of
// (name, value) pairs, or a mapping): values count from 1.
func enumFunctional(base *rt.Type, nameV, spec rt.Value) (rt.Value, *rt.Exc) {
	name, ok := rt.AsStr(nameV)
	if !ok {
		return rt.Null, rt.TypeErrorf("Enum name must be a string")
	}
	var kv []rt.Value
	if s, ok := rt.AsStr(spec); ok {
		for i, n := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
			kv = append(kv, rt.Str(n), rt.Int(int64(i+1)))
		}
	} else if d, ok := spec.O.(*rt.Dict); ok && spec.K == rt.KObj {
		ks, vs := rt.DictItemsOf(d)
		for i := range ks {
			kv = append(kv, ks[i], vs[i])
		}
	} else {
		items, e := rt.ListOf(spec)
		if e != nil {
			return rt.Null, e
		}
		for i, it := range items {
			if _, isStr := rt.AsStr(it); isStr {
				v := rt.Int(int64(i + 1))
				if base.IsSubtype(rt.StrType) {
					n, _ := rt.AsStr(it)
					v = rt.Str(strings.ToLower(n))
				}
				kv = append(kv, it, v)
				continue
			}
			pair, e := rt.Unpack(it, 2)
			if e != nil {
				return rt.Null, e
			}
			kv = append(kv, pair[0], pair[1])
		}
	}
	return rt.BuildClass(name, name, []rt.Value{rt.Obj(base)}, nil, nil, func(ns rt.Value) *rt.Exc {
		for i := 0; i < len(kv); i += 2 {
			if e := rt.DictSet(ns, kv[i], kv[i+1]); e != nil {
				return e
			}
		}
		return nil
	})
}
