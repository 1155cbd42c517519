package rt

// The type `type`: calling classes, class attribute lookup, type().

func initTypeType() {
	t := TypeType
	t.Call = TypeCall
	t.GetAttr = typeGetAttr
	t.SetAttr = typeSetAttr
	t.Repr = typeRepr
	t.Hash = typeHash
	t.New = typeNew
	t.Init = typeInit
	t.Getter("__name__", typeName)
	t.GetSet("__qualname__", typeQualname, typeSetQualname)
	t.GetSet("__module__", typeModule, typeSetModule)
	// __annotations__ as type_get_annotations: the class's own (a new
	// dict stored on first access), never a base's.
	t.GetSet("__annotations__", typeAnnotations, typeSetAnnotations)
	t.Getter("__mro__", typeMro)
	t.Getter("__bases__", typeBases)
	t.Getter("__base__", typeBase)
	t.Getter("__dict__", typeDict)
	t.Getter("__doc__", typeDoc)
	t.Method("mro", typeMroMethod)
	t.Method("__subclasses__", typeSubclasses)
	t.Method("__instancecheck__", typeInstancecheck)
	t.Method("__subclasscheck__", typeSubclasscheck)
	t.Num[BinOr] = typeOr
	// type.__call__, for metaclasses whose __call__ calls super().__call__.
	t.Method("__call__", typeCall)
}

// typeRepr is the Repr hook (__repr__) of type.
func typeRepr(v Value) (string, *Exc) {
	c := v.O.(*Type)
	return "<class '" + c.FullName() + "'>", nil
}

// typeHash is the Hash hook (__hash__) of type.
func typeHash(v Value) (int64, *Exc) { return hashID(objID(v.O)), nil }

// typeNew is the New hook (__new__) of type.
func typeNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	npos := len(args) - len(kw)
	if npos == 1 && len(kw) == 0 {
		return Obj(args[0].Type()), nil
	}
	if npos != 3 {
		return Null, TypeErrorf("type() takes 1 or 3 arguments")
	}
	name, ok := AsStr(args[0])
	if !ok {
		return Null, TypeErrorf("type.__new__() argument 1 must be str, not %s", args[0].TypeName())
	}
	bt, ok := args[1].O.(*Tuple)
	if !ok {
		return Null, TypeErrorf("type.__new__() argument 2 must be tuple, not %s", args[1].TypeName())
	}
	ns, ok := args[2].O.(*Dict)
	if !ok {
		return Null, TypeErrorf("type.__new__() argument 3 must be dict, not %s", args[2].TypeName())
	}
	return newHeapType(cls, name, name, bt.Items, ns)
}

// typeInit is the Init hook (__init__) of type.
func typeInit(self Value, args []Value, kw []string) *Exc { return nil }

// typeOr is the Num[BinOr] hook (__or__) of type.
func typeOr(a, b Value) (Value, *Exc) { return unionOr(a, b) }

// typeName is type.__name__.
func typeName(s Value) (Value, *Exc) { return Str(s.O.(*Type).Name), nil }

// typeQualname is type.__qualname__.
func typeQualname(s Value) (Value, *Exc) { return Str(s.O.(*Type).Qualname), nil }

// typeSetQualname is the setter of type.__qualname__.
func typeSetQualname(s, v Value) *Exc {
	q, ok := AsStr(v)
	if !ok {
		return TypeErrorf("can only assign string to %s.__qualname__, not '%s'", s.O.(*Type).Name, v.TypeName())
	}
	s.O.(*Type).Qualname = q
	return nil
}

// typeModule is type.__module__.
func typeModule(s Value) (Value, *Exc) {
	c := s.O.(*Type)
	if v, ok := c.Dict.GetStr("__module__"); ok {
		return v, nil
	}
	return Str(c.Module), nil
}

// typeSetModule is the setter of type.__module__.
func typeSetModule(s, v Value) *Exc {
	c := s.O.(*Type)
	ClassChanged()
	c.Dict.SetStr("__module__", v)
	if m, ok := AsStr(v); ok {
		c.Module = m
	}
	return nil
}

// typeAnnotations is type.__annotations__.
func typeAnnotations(s Value) (Value, *Exc) {
	c := s.O.(*Type)
	if !c.Heap {
		return Null, attributeError(s, "__annotations__")
	}
	if v, ok := c.Dict.GetStr("__annotations__"); ok {
		if g := v.Type().Get; g != nil && v.K == KObj {
			return g(v, Null, c)
		}
		return v, nil
	}
	a := Obj(NewDictObj())
	ClassChanged()
	c.Dict.SetStr("__annotations__", a)
	return a, nil
}

// typeSetAnnotations is the setter of type.__annotations__.
func typeSetAnnotations(s, v Value) *Exc {
	c := s.O.(*Type)
	if !c.Heap {
		return TypeErrorf("cannot set '__annotations__' attribute of immutable type '%s'", c.tpName())
	}
	ClassChanged()
	if v.IsNull() {
		if _, ok := c.Dict.GetStr("__annotations__"); !ok {
			return Errorf(ExcAttributeError, "__annotations__")
		}
		c.Dict.DelStr("__annotations__")
		return nil
	}
	c.Dict.SetStr("__annotations__", v)
	return nil
}

// typeMro is type.__mro__.
func typeMro(s Value) (Value, *Exc) { return typesTuple(s.O.(*Type).MRO), nil }

// typeBases is type.__bases__.
func typeBases(s Value) (Value, *Exc) { return typesTuple(s.O.(*Type).Bases), nil }

// typeBase is type.__base__.
func typeBase(s Value) (Value, *Exc) {
	if b := s.O.(*Type).Base; b != nil {
		return Obj(b), nil
	}
	return None, nil
}

// typeDict is type.__dict__.
func typeDict(s Value) (Value, *Exc) { return Obj(s.O.(*Type).Dict.Copy()), nil }

// typeDoc is type.__doc__.
func typeDoc(s Value) (Value, *Exc) {
	c := s.O.(*Type)
	if v, ok := c.Dict.GetStr("__doc__"); ok {
		if g := v.Type().Get; g != nil && v.K == KObj {
			return g(v, Null, c)
		}
		return v, nil
	}
	if c.Doc != "" {
		return Str(c.Doc), nil
	}
	return None, nil
}

// typeMroMethod is type.mro.
func typeMroMethod(self Value, args []Value, kw []string) (Value, *Exc) {
	return NewList(typesTuple(self.O.(*Type).MRO).O.(*Tuple).Items...), nil
}

// typeSubclasses is type.__subclasses__.
func typeSubclasses(self Value, args []Value, kw []string) (Value, *Exc) {
	var out []Value
	for _, s := range self.O.(*Type).subs {
		out = append(out, Obj(s))
	}
	return NewList(out...), nil
}

// typeInstancecheck is type.__instancecheck__.
func typeInstancecheck(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("__instancecheck__", args, kw, 1, 1); e != nil {
		return Null, e
	}
	return Bool(args[0].Type().IsSubtype(self.O.(*Type))), nil
}

// typeSubclasscheck is type.__subclasscheck__.
func typeSubclasscheck(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("__subclasscheck__", args, kw, 1, 1); e != nil {
		return Null, e
	}
	c, ok := args[0].O.(*Type)
	if !ok {
		return Null, TypeErrorf("issubclass() arg 1 must be a class")
	}
	return Bool(c.IsSubtype(self.O.(*Type))), nil
}

// typeCall is type.__call__.
func typeCall(self Value, args []Value, kw []string) (Value, *Exc) {
	if _, ok := self.O.(*Type); !ok {
		return Null, TypeErrorf("descriptor '__call__' requires a 'type' object")
	}
	return TypeCall(self, args, kw)
}

func typesTuple(ts []*Type) Value {
	vs := make([]Value, len(ts))
	for i, x := range ts {
		vs[i] = Obj(x)
	}
	return NewTuple(vs...)
}

// TypeCall is type.__call__: cls(*args) runs __new__ then, if the result
// is an instance of cls, __init__.
func TypeCall(fn Value, args []Value, kw []string) (Value, *Exc) {
	cls := fn.O.(*Type)
	if cls == TypeType && len(args) == 1 && len(kw) == 0 {
		return Obj(args[0].Type()), nil
	}
	if cls.New == nil {
		return Null, TypeErrorf("cannot create '%s' instances", cls.FullName())
	}
	obj, e := cls.New(cls, args, kw)
	if e != nil {
		return Null, e
	}
	ot := obj.Type()
	if !ot.IsSubtype(cls) {
		return obj, nil
	}
	if ot.Init != nil {
		if e := ot.Init(obj, args, kw); e != nil {
			return Null, e
		}
	}
	return obj, nil
}

// typeGetAttr is type.__getattribute__: data descriptors of the
// metatype, then the class's MRO (descriptors called with no instance),
// then the metatype's other attributes.
func typeGetAttr(o Value, name string) (Value, *Exc) {
	cls := o.O.(*Type)
	meta := cls.Type()
	mattr := meta.Lookup(name)
	var mt *Type
	if mattr.K == KObj {
		mt = mattr.O.Type()
		if mt.Get != nil && mt.Set != nil {
			return mt.Get(mattr, o, meta)
		}
	}
	if a := cls.Lookup(name); !a.IsNull() {
		if a.K == KObj {
			if g := a.O.Type().Get; g != nil {
				return g(a, Null, cls)
			}
		}
		return a, nil
	}
	if !mattr.IsNull() {
		if mt != nil && mt.Get != nil {
			return mt.Get(mattr, o, meta)
		}
		return mattr, nil
	}
	return Null, attributeError(o, name)
}

func typeSetAttr(o Value, name string, v Value) *Exc {
	cls := o.O.(*Type)
	mattr := TypeType.Lookup(name)
	if mattr.K == KObj {
		if s := mattr.O.Type().Set; s != nil {
			return s(mattr, o, v)
		}
	}
	if !cls.Heap {
		return TypeErrorf("cannot set '%s' attribute of immutable type '%s'", name, cls.Name)
	}
	ClassChanged()
	if v.IsNull() {
		if !cls.Dict.DelStr(name) {
			return attributeError(o, name)
		}
	} else {
		cls.Dict.SetStr(name, v)
	}
	if len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__" {
		updateHeapSlots(cls)
	}
	return nil
}
