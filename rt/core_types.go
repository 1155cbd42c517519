package rt

import "strings"

// The fundamental types: object, type, NoneType, NotImplementedType,
// ellipsis; plain instances of Python classes.

var (
	ObjectType         = newRootType()
	TypeType           = NewType("type", ObjectType)
	NoneType           = NewType("NoneType", ObjectType)
	NotImplementedType = NewType("NotImplementedType", ObjectType)
	EllipsisType       = NewType("ellipsis", ObjectType)
)

func newRootType() *Type { return NewType("object", nil) }

// singleton is the object behind NotImplemented and Ellipsis.
type singleton struct{ t *Type }

func (s *singleton) Type() *Type { return s.t }

// NotImplemented and Ellipsis are the singletons.
var (
	NotImplemented = Obj(&singleton{NotImplementedType})
	Ellipsis       = Obj(&singleton{EllipsisType})
)

// IsNotImplemented says v is NotImplemented.
func IsNotImplemented(v Value) bool { return v.K == KObj && v.O == NotImplemented.O }

// Instance is an instance of a Python class whose solid base is object.
type Instance struct {
	Class *Type
	Dict  *Dict
	id    uint64
	slots []Value // __slots__ values by memberDescr index (Null: unset)
}

// Type implements Object.
func (i *Instance) Type() *Type { return i.Class }
func (i *Instance) objID() uint64 {
	if i.id == 0 {
		i.id = newID()
	}
	return i.id
}

// InstDict is nil for instances of object itself (object() has no
// __dict__); GenericSetAttr then fails as CPython's does.
func (i *Instance) InstDict() *Dict {
	if i.Dict == nil {
		if i.Class == ObjectType {
			return NewStrDict()
		}
		i.Dict = NewStrDict()
	}
	return i.Dict
}

// defaultRepr is object.__repr__.
func defaultRepr(v Value) string {
	t := v.Type()
	return "<" + t.FullName() + " object at " + AddrOf(v) + ">"
}

// excessArgs reports whether object.__new__/__init__ got arguments.
func excessArgs(args []Value) bool { return len(args) > 0 }

var objectInit, objectNew Value

func init() {
	o := ObjectType
	o.New = objectNewHook
	o.Init = objectInitHook
	o.Repr = objectRepr
	o.Str = objectStr
	o.Hash = objectHash
	o.Compare = objectCompare
	o.Method("__getattribute__", objectGetattribute)
	o.Method("__setattr__", objectSetattr)
	o.Method("__delattr__", objectDelattr)
	o.Method("__format__", objectFormat)
	o.ClassMethod("__init_subclass__", objectInitSubclass)
	o.Method("__dir__", objectDir)
	o.Method("__reduce_ex__", objectReduceEx)
	o.GetSet("__class__", objectClass, objectSetClass)
	o.Getter("__dict__", objectDict)
	o.SetDict("__doc__", Str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"))

	NoneType.Repr = noneTypeRepr
	NoneType.Bool = noneTypeBool
	NoneType.Final = true
	NoneType.New = noneTypeNew
	NotImplementedType.Repr = notImplementedTypeRepr
	NotImplementedType.Final = true
	EllipsisType.Repr = ellipsisRepr
	EllipsisType.Final = true

	initTypeType()
}

// objectNewHook is the New hook (__new__) of object.
func objectNewHook(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if excessArgs(args) {
		if !Is(cls.Lookup("__new__"), objectNew) {
			return Null, TypeErrorf("object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if Is(cls.Lookup("__init__"), objectInit) {
			return Null, TypeErrorf("%s() takes no arguments", cls.Name)
		}
	}
	if cls.isExc {
		return Obj(&Exc{Class: cls, Args: append([]Value(nil), args[:len(args)-len(kw)]...)}), nil
	}
	return Obj(&Instance{Class: cls}), nil
}

// objectInitHook is the Init hook (__init__) of object.
func objectInitHook(self Value, args []Value, kw []string) *Exc {
	if excessArgs(args) {
		cls := self.Type()
		if !Is(cls.Lookup("__init__"), objectInit) {
			return TypeErrorf("object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if Is(cls.Lookup("__new__"), objectNew) {
			return TypeErrorf("%s() takes no arguments", cls.Name)
		}
	}
	return nil
}

// objectRepr is the Repr hook (__repr__) of object.
func objectRepr(v Value) (string, *Exc) { return defaultRepr(v), nil }

// objectStr is the Str hook (__str__) of object.
func objectStr(v Value) (string, *Exc) { return ToRepr(v) }

// objectHash is the Hash hook (__hash__) of object.
func objectHash(v Value) (int64, *Exc) { return hashID(objID(v.O)), nil }

// objectCompare is the Compare hook (rich comparison) of object.
func objectCompare(a, b Value, op CompareOp) (Value, *Exc) {
	switch op {
	case OpEq:
		if Is(a, b) {
			return True, nil
		}
		return NotImplemented, nil
	case OpNe:
		// object.__ne__ inverts __eq__ unless it is NotImplemented.
		r, e := richCompareSlot(a, b, OpEq)
		if e != nil || IsNotImplemented(r) {
			return r, e
		}
		t, e := Truth(r)
		if e != nil {
			return Null, e
		}
		return Bool(!t), nil
	}
	return NotImplemented, nil
}

// noneTypeRepr is the Repr hook (__repr__) of NoneType.
func noneTypeRepr(Value) (string, *Exc) { return "None", nil }

// noneTypeBool is the Bool hook (__bool__) of NoneType.
func noneTypeBool(Value) (bool, *Exc) { return false, nil }

// noneTypeNew is the New hook (__new__) of NoneType.
func noneTypeNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if len(args) > 0 {
		return Null, TypeErrorf("NoneType takes no arguments")
	}
	return None, nil
}

// notImplementedTypeRepr is the Repr hook (__repr__) of NotImplementedType.
func notImplementedTypeRepr(Value) (string, *Exc) { return "NotImplemented", nil }

// ellipsisRepr is the Repr hook (__repr__) of ellipsis.
func ellipsisRepr(Value) (string, *Exc) { return "Ellipsis", nil }

// objectGetattribute is object.__getattribute__.
func objectGetattribute(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("__getattribute__", args, kw, 1, 1); e != nil {
		return Null, e
	}
	name, ok := AsStr(args[0])
	if !ok {
		return Null, TypeErrorf("attribute name must be string, not '%s'", args[0].TypeName())
	}
	return GenericGetAttr(self, name)
}

// objectSetattr is object.__setattr__.
func objectSetattr(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("__setattr__", args, kw, 2, 2); e != nil {
		return Null, e
	}
	name, ok := AsStr(args[0])
	if !ok {
		return Null, TypeErrorf("attribute name must be string, not '%s'", args[0].TypeName())
	}
	return None, GenericSetAttr(self, name, args[1])
}

// objectDelattr is object.__delattr__.
func objectDelattr(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("__delattr__", args, kw, 1, 1); e != nil {
		return Null, e
	}
	name, _ := AsStr(args[0])
	return None, GenericSetAttr(self, name, Null)
}

// objectFormat is object.__format__.
func objectFormat(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("__format__", args, kw, 1, 1); e != nil {
		return Null, e
	}
	spec, ok := AsStr(args[0])
	if !ok {
		return Null, TypeErrorf("__format__() argument must be str, not %s", args[0].TypeName())
	}
	if spec != "" {
		return Null, TypeErrorf("unsupported format string passed to %s.__format__", self.TypeName())
	}
	s, e := ToStr(self)
	return Str(s), e
}

// objectInitSubclass is object.__init_subclass__.
func objectInitSubclass(cls Value, args []Value, kw []string) (Value, *Exc) {
	if len(kw) > 0 {
		return Null, TypeErrorf("%s.__init_subclass__() takes no keyword arguments", cls.O.(*Type).Name)
	}
	if len(args) > 0 {
		return Null, TypeErrorf("%s.__init_subclass__() takes no arguments (%d given)", cls.O.(*Type).Name, len(args))
	}
	return None, nil
}

// objectDir is object.__dir__.
func objectDir(self Value, args []Value, kw []string) (Value, *Exc) {
	return dirOf(self)
}

// objectReduceEx is object.__reduce_ex__.
func objectReduceEx(self Value, args []Value, kw []string) (Value, *Exc) {
	return Null, TypeErrorf("cannot pickle '%s' object", self.TypeName())
}

// objectClass is object.__class__.
func objectClass(s Value) (Value, *Exc) { return Obj(s.Type()), nil }

// objectSetClass is the setter of object.__class__.
func objectSetClass(s, v Value) *Exc {
	t, ok := v.O.(*Type)
	inst, ok2 := s.O.(*Instance)
	if !ok || !ok2 || !t.Heap {
		return TypeErrorf("__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	inst.Class = t
	return nil
}

// objectDict is object.__dict__.
func objectDict(s Value) (Value, *Exc) {
	if d := dictOf(s); d != nil {
		return Obj(d), nil
	}
	return Null, attributeError(s, "__dict__")
}

// c3MRO computes the C3 linearization of a class with the given bases.
func c3MRO(t *Type, bases []*Type) ([]*Type, *Exc) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{t}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			return out, nil
		}
		var cand *Type
	search:
		for _, s := range seqs {
			c := s[0]
			for _, s2 := range seqs {
				for _, x := range s2[1:] {
					if x == c {
						continue search
					}
				}
			}
			cand = c
			break
		}
		if cand == nil {
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, TypeErrorf("Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, cand)
		for i, s := range seqs {
			if s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// dirOf is object.__dir__: instance dict keys plus the class attributes.
func dirOf(v Value) (Value, *Exc) {
	seen := map[string]bool{}
	var names []Value
	add := func(d *Dict) {
		d.Items(func(k, _ Value) bool {
			if s, ok := AsStr(k); ok && !seen[s] {
				seen[s] = true
				names = append(names, k)
			}
			return true
		})
	}
	if d := dictOf(v); d != nil {
		add(d)
	}
	t := v.Type()
	if tt, ok := v.O.(*Type); ok {
		t = tt
	}
	for _, m := range t.MRO {
		add(m.Dict)
	}
	return NewList(names...), nil
}
