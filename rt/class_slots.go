package rt

import "strings"

// __slots__ (CPython's type_new slot handling): a class statement whose
// namespace has __slots__ gets one member descriptor per name, and its
// instances have no __dict__ unless '__dict__' is a slot or a base class
// gives them one. Slot values live in Instance.slots, indexed from the
// base's slots on.

// memberDescr is a slot's descriptor on the class (member_descriptor).
type memberDescr struct {
	name  string
	owner *Type
	index int
}

var memberDescrType = NewType("member_descriptor", ObjectType)

func (*memberDescr) Type() *Type { return memberDescrType }

func init() {
	memberDescrType.Repr = memberDescriptorRepr
	memberDescrType.Get = memberDescriptorGet
	memberDescrType.Set = memberDescriptorSet
}

// memberDescriptorRepr is the Repr hook (__repr__) of member_descriptor.
func memberDescriptorRepr(v Value) (string, *Exc) {
	m := v.O.(*memberDescr)
	return "<member '" + m.name + "' of '" + m.owner.Name + "' objects>", nil
}

// memberDescriptorGet is the Get hook (__get__) of member_descriptor.
func memberDescriptorGet(d, obj Value, t *Type) (Value, *Exc) {
	m := d.O.(*memberDescr)
	if obj.IsNull() {
		return d, nil
	}
	inst, e := m.instance(obj)
	if e != nil {
		return Null, e
	}
	if m.index >= len(inst.slots) || inst.slots[m.index].IsNull() {
		return Null, attributeError(obj, m.name)
	}
	return inst.slots[m.index], nil
}

// memberDescriptorSet is the Set hook (__set__, __delete__) of member_descriptor.
func memberDescriptorSet(d, obj, v Value) *Exc {
	m := d.O.(*memberDescr)
	inst, e := m.instance(obj)
	if e != nil {
		return e
	}
	if m.index >= len(inst.slots) {
		if v.IsNull() {
			// PyMember_SetOne: deleting an unset slot says only its name.
			return NewExc(ExcAttributeError, Str(m.name))
		}
		grown := make([]Value, inst.Class.nslots)
		copy(grown, inst.slots)
		inst.slots = grown
	}
	if v.IsNull() && inst.slots[m.index].IsNull() {
		return NewExc(ExcAttributeError, Str(m.name))
	}
	inst.slots[m.index] = v
	return nil
}

// instance checks the descriptor's receiver, as descr_check does.
func (m *memberDescr) instance(obj Value) (*Instance, *Exc) {
	inst, ok := obj.O.(*Instance)
	if !ok || obj.K != KObj || !obj.Type().IsSubtype(m.owner) {
		return nil, TypeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name, m.owner.Name, obj.TypeName())
	}
	return inst, nil
}

// setupSlots reads t's __slots__ (a string or an iterable of strings)
// and installs the descriptors; without __slots__ instances have a
// __dict__.
func setupSlots(t *Type) *Exc {
	base := 0
	baseDict := false
	for _, b := range t.Bases {
		if b.nslots > base {
			base = b.nslots
		}
		if b != ObjectType && !b.noDict {
			baseDict = true
		}
	}
	t.nslots = base
	spec, ok := t.Dict.GetStr("__slots__")
	if !ok {
		return nil
	}
	var names []Value
	if _, isStr := AsStr(spec); isStr {
		names = []Value{spec}
	} else {
		items, e := ToSlice(spec)
		if e != nil {
			return e
		}
		names = items
	}
	hasDict := baseDict
	seen := map[string]bool{}
	for _, n := range names {
		s, ok := AsStr(n)
		if !ok {
			return TypeErrorf("__slots__ items must be strings, not '%s'", n.TypeName())
		}
		if !IsIdentifier(s) {
			return TypeErrorf("__slots__ must be identifiers")
		}
		if s == "__dict__" {
			if hasDict && !baseDict {
				return TypeErrorf("__dict__ slot disallowed: we already got one")
			}
			hasDict = true
			continue
		}
		if s == "__weakref__" {
			continue
		}
		s = mangleSlot(t.Name, s)
		if seen[s] {
			continue // CPython accepts a repeated name
		}
		seen[s] = true
		if _, clash := t.Dict.GetStr(s); clash {
			return ValueErrorf("'%s' in __slots__ conflicts with class variable", s)
		}
		t.Dict.SetStr(s, Obj(&memberDescr{name: s, owner: t, index: t.nslots}))
		t.nslots++
	}
	t.noDict = !hasDict
	return nil
}

// mangleSlot is _Py_Mangle for a slot name: __x in class C is _C__x.
func mangleSlot(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") {
		return name
	}
	c := strings.TrimLeft(class, "_")
	if c == "" {
		return name
	}
	return "_" + c + name
}
