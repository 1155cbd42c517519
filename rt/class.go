package rt

// Classes defined in Python: BuildClass, their hooks (which call the
// dunder methods found on the class), and super().

// ModuleName is the __module__ of classes that BuildClass creates (the
// program's main module).
var ModuleName = "__main__"

// ClassCell is the type of the __class__ cell passed to BuildClassCell.
type ClassCell = *Value

// BuildClass runs a class statement (docs/rt-api.md).
func BuildClass(name, qualname string, bases []Value, kwnames []string, kwvalues []Value, body func(ns Value) *Exc) (Value, *Exc) {
	return BuildClassCell(name, qualname, bases, kwnames, kwvalues, func(ns Value, _ *Value) *Exc { return body(ns) }, nil)
}

// BuildClassCell is BuildClass for bodies whose methods use __class__ or
// zero-argument super(): cell is filled with the new class.
func BuildClassCell(name, qualname string, bases []Value, kwnames []string, kwvalues []Value, body func(ns Value, cell *Value) *Exc, cell *Value) (Value, *Exc) {
	var meta Value
	var kwN []string
	var kwV []Value
	for i, k := range kwnames {
		if k == "metaclass" {
			meta = kwvalues[i]
			continue
		}
		kwN = append(kwN, k)
		kwV = append(kwV, kwvalues[i])
	}
	if meta.IsNull() {
		meta = Obj(TypeType)
		for _, b := range bases {
			if bt := b.Type(); bt != TypeType && bt.IsSubtype(TypeType) {
				meta = Obj(bt)
			}
		}
	}
	ns := NewDictObj()
	ns.SetStr("__module__", Str(ModuleName))
	ns.SetStr("__qualname__", Str(qualname))
	if e := body(Obj(ns), cell); e != nil {
		return Null, e
	}
	var cls Value
	var e *Exc
	if mt, ok := meta.O.(*Type); ok && mt == TypeType {
		cls, e = newHeapTypeKw(TypeType, name, qualname, bases, ns, kwN, kwV)
	} else {
		args := []Value{Str(name), NewTuple(bases...), Obj(ns)}
		args = append(args, kwV...)
		cls, e = Call(meta, args, kwN)
		if e == nil {
			if ct, ok := cls.O.(*Type); ok {
				ct.Qualname = qualname
			}
		}
	}
	if e != nil {
		return Null, e
	}
	if cell != nil {
		*cell = cls
	}
	return cls, nil
}

func newHeapType(meta *Type, name, qualname string, bases []Value, ns *Dict) (Value, *Exc) {
	return newHeapTypeKw(meta, name, qualname, bases, ns, nil, nil)
}

func newHeapTypeKw(meta *Type, name, qualname string, bases []Value, ns *Dict, kwN []string, kwV []Value) (Value, *Exc) {
	var bs []*Type
	for _, b := range bases {
		bt, ok := b.O.(*Type)
		if !ok || b.K != KObj {
			return Null, TypeErrorf("bases must be types")
		}
		if bt.Final {
			return Null, TypeErrorf("type '%s' is not an acceptable base type", bt.Name)
		}
		for _, x := range bs {
			if x == bt {
				return Null, TypeErrorf("duplicate base class %s", bt.Name)
			}
		}
		bs = append(bs, bt)
	}
	if len(bs) == 0 {
		bs = []*Type{ObjectType}
	}
	best, e := bestBase(bs)
	if e != nil {
		return Null, e
	}
	t := &Type{Name: name, Qualname: qualname, Bases: bs, Base: best, Heap: true, ready: true}
	if meta != TypeType {
		t.Meta = meta
	}
	for _, b := range bs {
		if b.isExc {
			t.isExc = true
		}
	}
	mro, e := c3MRO(t, bs)
	if e != nil {
		return Null, e
	}
	t.MRO = mro
	t.Dict = ns.Copy()
	if q, ok := t.Dict.GetStr("__qualname__"); ok {
		if s, ok := AsStr(q); ok {
			t.Qualname = s
		}
		t.Dict.DelStr("__qualname__")
	}
	t.Module = ModuleName
	if m, ok := t.Dict.GetStr("__module__"); ok {
		if s, ok := AsStr(m); ok {
			t.Module = s
		}
	}
	if _, ok := t.Dict.GetStr("__eq__"); ok {
		if _, ok := t.Dict.GetStr("__hash__"); !ok {
			t.Dict.SetStr("__hash__", None)
		}
	}
	if v, ok := t.Dict.GetStr("__new__"); ok {
		if _, isF := v.O.(*Function); isF {
			t.Dict.SetStr("__new__", Obj(&StaticMethod{Fn: v}))
		}
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if v, ok := t.Dict.GetStr(n); ok {
			if _, isF := v.O.(*Function); isF {
				t.Dict.SetStr(n, Obj(&ClassMethod{Fn: v}))
			}
		}
	}
	if _, ok := t.Dict.GetStr("__doc__"); !ok {
		t.Dict.SetStr("__doc__", None)
	}
	if e := setupSlots(t); e != nil {
		return Null, e
	}
	for _, b := range bs {
		b.subs = append(b.subs, t)
	}
	updateHeapSlots(t)
	// __set_name__ on the namespace's descriptors.
	for _, k := range t.Dict.Keys() {
		v, _ := t.Dict.GetStr(k.O.(*StrObj).S)
		if v.K != KObj {
			continue
		}
		if _, ok := v.O.(*Function); ok {
			continue
		}
		if _, found, e := CallSpecial(v, "__set_name__", Obj(t), k); found && e != nil {
			return Null, e
		}
	}
	// super(t, t).__init_subclass__(**kwargs)
	sup := Obj(&SuperObj{This: t, Obj: Obj(t), ObjType: t})
	f, e := GetAttr(sup, "__init_subclass__")
	if e != nil {
		return Null, e
	}
	if _, e := Call(f, kwV, kwN); e != nil {
		return Null, e
	}
	return Obj(t), nil
}

// solidBase is the native type that fixes the layout of t's instances:
// the nearest builtin ancestor (object when only Python classes).
func solidBase(t *Type) *Type {
	for _, m := range t.MRO {
		if !m.Heap {
			if m.isExc {
				// Exceptions share a layout unless CPython's struct for
				// them adds fields.
				for ; m != nil && !excLayouts[m]; m = m.Base {
				}
				if m == nil {
					return ExcBaseException
				}
			}
			return m
		}
	}
	return ObjectType
}

// excLayouts are the exception classes whose CPython instances have
// their own struct (a class cannot derive from two of them unless one
// derives from the other).
var excLayouts = map[*Type]bool{}

func init() {
	for _, t := range []*Type{ExcBaseException, ExcOSError, ExcSyntaxError, ExcImportError, ExcStopIteration,
		ExcSystemExit, ExcUnicodeError, ExcAttributeError, ExcNameError, ExcBaseExceptionGroup} {
		excLayouts[t] = true
	}
}

// bestBase is CPython's best_base: the base whose solid base derives from
// all the others' (its native hooks are the ones instances need), or a
// TypeError when two layouts conflict.
func bestBase(bs []*Type) (*Type, *Exc) {
	best := bs[0]
	winner := solidBase(best)
	for _, b := range bs[1:] {
		sb := solidBase(b)
		switch {
		case winner.IsSubtype(sb):
		case sb.IsSubtype(winner):
			best, winner = b, sb
		default:
			return nil, TypeErrorf("multiple bases have instance lay-out conflict")
		}
	}
	return best, nil
}

// heapOwner marks Num slots that call Python dunders.
var heapOwner = &Type{Name: "<heap slot>"}

// isNativeAttr says a class attribute is a Go-implemented method (so the
// native hook inherited from the base is the right implementation).
func isNativeAttr(v Value) bool {
	if v.K != KObj {
		return false
	}
	switch v.O.(type) {
	case *MethodDescr, *slotNewWrapper:
		return true
	}
	return false
}

// updateHeapSlots recomputes a Python class's hooks: inherited from its
// base, replaced by dunder-calling hooks for every dunder the MRO defines
// in Python.
func updateHeapSlots(t *Type) {
	saved := *t
	*t = Type{Name: saved.Name, Module: saved.Module, Qualname: saved.Qualname, Doc: saved.Doc,
		Bases: saved.Bases, Base: saved.Base, MRO: saved.MRO, Dict: saved.Dict, Meta: saved.Meta,
		Heap: true, Final: saved.Final, ready: true, isExc: saved.isExc, subs: saved.subs,
		noDict: saved.noDict, nslots: saved.nslots}
	inheritHooks(t, t.Base)
	py := func(name string) (Value, bool) {
		v := t.Lookup(name)
		if v.IsNull() || isNativeAttr(v) {
			return v, false
		}
		return v, true
	}
	unset := func(name string) bool {
		v := t.Lookup(name)
		return v.K == KNone
	}
	if _, ok := py("__init__"); ok {
		t.Init = slotInit
	}
	if _, ok := py("__new__"); ok {
		t.New = slotNew
	}
	if _, ok := py("__call__"); ok {
		t.Call = slotCall
	}
	if _, ok := py("__repr__"); ok {
		t.Repr = slotRepr
	}
	if _, ok := py("__str__"); ok {
		t.Str = slotStr
	}
	if _, ok := py("__hash__"); ok {
		t.Hash = slotHash
	}
	if unset("__hash__") {
		t.Hash = nil
	}
	for _, n := range cmpDunder {
		if _, ok := py(n); ok {
			t.Compare = slotCompare
			break
		}
	}
	_, hasBool := py("__bool__")
	_, hasLen := py("__len__")
	if hasBool || hasLen {
		t.Bool = slotBool
	}
	if hasLen {
		t.Len = slotLen
	}
	if _, ok := py("__iter__"); ok {
		t.Iter = slotIter
	}
	if unset("__iter__") {
		t.Iter = nil
	}
	if _, ok := py("__next__"); ok {
		t.Next = slotNext
	}
	_, g := py("__getitem__")
	if g {
		t.GetItem = slotGetItem
	}
	_, s := py("__setitem__")
	_, d := py("__delitem__")
	if s || d {
		t.SetItem = slotSetItem
	}
	if _, ok := py("__contains__"); ok {
		t.Contains = slotContains
	}
	_, ga := py("__getattr__")
	_, gat := py("__getattribute__")
	if ga || gat {
		t.GetAttr = slotGetAttr
	}
	_, sa := py("__setattr__")
	_, da := py("__delattr__")
	if sa || da {
		t.SetAttr = slotSetAttr
	}
	if _, ok := py("__get__"); ok {
		t.Get = slotGet
	}
	_, st := py("__set__")
	_, dl := py("__delete__")
	if st || dl {
		t.Set = slotSet
	}
	if _, ok := py("__index__"); ok {
		t.Index = slotIndex
	}
	for op := BinOp(0); op < numBinOps; op++ {
		_, l := py("__" + binName[op] + "__")
		_, r := py("__r" + binName[op] + "__")
		if l || r {
			t.Num[op] = heapBinSlot(op)
			t.numOwner[op] = heapOwner
		}
		if _, ok := py("__i" + binName[op] + "__"); ok {
			t.INum[op] = heapInplaceSlot(op)
		}
	}
	for op := UnaryOp(0); op < numUnaryOps; op++ {
		if _, ok := py(unDunder[op]); ok {
			t.Unary[op] = heapUnarySlot(op)
		}
	}
	for _, sub := range t.subs {
		if sub.Heap {
			updateHeapSlots(sub)
		}
	}
}

func slotInit(self Value, args []Value, kw []string) *Exc {
	m, e := LookupSpecial(self, "__init__")
	if e != nil {
		return e
	}
	r, e := Call(m, args, kw)
	if e != nil {
		return e
	}
	if !r.IsNone() {
		return TypeErrorf("__init__() should return None, not '%s'", r.TypeName())
	}
	return nil
}

func slotNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	f, e := typeGetAttr(Obj(cls), "__new__")
	if e != nil {
		return Null, e
	}
	all := append([]Value{Obj(cls)}, args...)
	return Call(f, all, kw)
}

func slotCall(fn Value, args []Value, kw []string) (Value, *Exc) {
	m, e := LookupSpecial(fn, "__call__")
	if e != nil {
		return Null, e
	}
	return Call(m, args, kw)
}

func slotRepr(v Value) (string, *Exc) {
	r, _, e := CallSpecial(v, "__repr__")
	if e != nil {
		return "", e
	}
	s, ok := AsStr(r)
	if !ok {
		return "", TypeErrorf("__repr__ returned non-string (type %s)", r.TypeName())
	}
	return s, nil
}

func slotStr(v Value) (string, *Exc) {
	r, _, e := CallSpecial(v, "__str__")
	if e != nil {
		return "", e
	}
	s, ok := AsStr(r)
	if !ok {
		return "", TypeErrorf("__str__ returned non-string (type %s)", r.TypeName())
	}
	return s, nil
}

func slotHash(v Value) (int64, *Exc) {
	r, _, e := CallSpecial(v, "__hash__")
	if e != nil {
		return 0, e
	}
	switch r.K {
	case KInt, KBool:
		// An int that fits in a Py_hash_t is the hash as is (only -1,
		// the error value, becomes -2); larger ones are hashed.
		if r.I == -1 {
			return -2, nil
		}
		return r.I, nil
	case KObj:
		if b, ok := r.O.(*BigIntObj); ok {
			return hashBig(b.V), nil
		}
	}
	return 0, TypeErrorf("__hash__ method should return an integer")
}

func slotCompare(a, b Value, op CompareOp) (Value, *Exc) {
	r, found, e := CallSpecial(a, cmpDunder[op], b)
	if !found {
		return NotImplemented, nil
	}
	return r, e
}

func slotBool(v Value) (bool, *Exc) {
	r, found, e := CallSpecial(v, "__bool__")
	if e != nil {
		return false, e
	}
	if found {
		if r.K != KBool {
			return false, TypeErrorf("__bool__ should return bool, returned %s", r.TypeName())
		}
		return r.I != 0, nil
	}
	n, e := slotLen(v)
	return n != 0, e
}

func slotLen(v Value) (int, *Exc) {
	r, found, e := CallSpecial(v, "__len__")
	if e != nil {
		return 0, e
	}
	if !found {
		return 0, TypeErrorf("object of type '%s' has no len()", v.TypeName())
	}
	n, e := IndexOf(r)
	if e != nil {
		return 0, e
	}
	if n < 0 {
		return 0, ValueErrorf("__len__() should return >= 0")
	}
	return int(n), nil
}

func slotIter(v Value) (Value, *Exc) {
	r, _, e := CallSpecial(v, "__iter__")
	if e != nil {
		return Null, e
	}
	if r.Type().Next == nil {
		return Null, TypeErrorf("iter() returned non-iterator of type '%s'", r.TypeName())
	}
	return r, nil
}

func slotNext(v Value) (Value, bool, *Exc) {
	r, _, e := CallSpecial(v, "__next__")
	if e != nil {
		if e.Class == ExcStopIteration {
			return Null, false, nil
		}
		return Null, false, e
	}
	return r, true, nil
}

func slotGetItem(o, k Value) (Value, *Exc) {
	r, _, e := CallSpecial(o, "__getitem__", k)
	return r, e
}

func slotSetItem(o, k, v Value) *Exc {
	if v.IsNull() {
		_, found, e := CallSpecial(o, "__delitem__", k)
		if !found {
			return Errorf(ExcAttributeError, "__delitem__")
		}
		return e
	}
	_, found, e := CallSpecial(o, "__setitem__", k, v)
	if !found {
		return Errorf(ExcAttributeError, "__setitem__")
	}
	return e
}

func slotContains(o, k Value) (bool, *Exc) {
	r, _, e := CallSpecial(o, "__contains__", k)
	if e != nil {
		return false, e
	}
	return Truth(r)
}

func slotGetAttr(o Value, name string) (Value, *Exc) {
	t := o.Type()
	var r Value
	var e *Exc
	if ga := t.Lookup("__getattribute__"); !isNativeAttr(ga) && !ga.IsNull() {
		r, _, e = CallSpecial(o, "__getattribute__", Str(name))
	} else {
		r, e = GenericGetAttr(o, name)
	}
	if e != nil && e.Class.IsSubtype(ExcAttributeError) {
		if t.Lookup("__getattr__").IsNull() {
			return Null, e
		}
		r, _, e = CallSpecial(o, "__getattr__", Str(name))
	}
	return r, e
}

func slotSetAttr(o Value, name string, v Value) *Exc {
	if v.IsNull() {
		_, _, e := CallSpecial(o, "__delattr__", Str(name))
		return e
	}
	_, _, e := CallSpecial(o, "__setattr__", Str(name), v)
	return e
}

func slotGet(d, obj Value, t *Type) (Value, *Exc) {
	tv := None
	if t != nil {
		tv = Obj(t)
	}
	r, _, e := CallSpecial(d, "__get__", OrNone(obj), tv)
	return r, e
}

func slotSet(d, obj, v Value) *Exc {
	if v.IsNull() {
		_, found, e := CallSpecial(d, "__delete__", obj)
		if !found {
			return Errorf(ExcAttributeError, "__delete__")
		}
		return e
	}
	_, found, e := CallSpecial(d, "__set__", obj, v)
	if !found {
		return Errorf(ExcAttributeError, "__set__")
	}
	return e
}

func slotIndex(v Value) (Value, *Exc) {
	r, _, e := CallSpecial(v, "__index__")
	if e != nil {
		return Null, e
	}
	if !IsIntLike(r) {
		return Null, TypeErrorf("__index__ returned non-int (type %s)", r.TypeName())
	}
	return r, nil
}

// methodOverloaded says b's class defines name differently from a's.
func methodOverloaded(ta, tb *Type, name string) bool {
	x := tb.Lookup(name)
	if x.IsNull() {
		return false
	}
	y := ta.Lookup(name)
	return y.IsNull() || !Is(x, y)
}

// heapBinSlot is CPython's SLOT1BINFULL: __op__ of the left operand,
// __rop__ of the right, the right first if its class derives from the
// left's and overrides __rop__.
func heapBinSlot(op BinOp) func(a, b Value) (Value, *Exc) {
	name := "__" + binName[op] + "__"
	rname := "__r" + binName[op] + "__"
	return func(a, b Value) (Value, *Exc) {
		ta, tb := a.Type(), b.Type()
		doOther := ta != tb && tb.numOwner[op] == heapOwner
		if ta.numOwner[op] == heapOwner {
			if doOther && tb.IsSubtype(ta) && methodOverloaded(ta, tb, rname) {
				r, found, e := CallSpecial(b, rname, a)
				if e != nil || (found && !IsNotImplemented(r)) {
					return r, e
				}
				doOther = false
			}
			r, found, e := CallSpecial(a, name, b)
			if e != nil {
				return Null, e
			}
			if found && (!IsNotImplemented(r) || ta == tb) {
				return r, nil
			}
		}
		if doOther {
			r, found, e := CallSpecial(b, rname, a)
			if e != nil || found {
				return r, e
			}
		}
		return NotImplemented, nil
	}
}

func heapInplaceSlot(op BinOp) func(a, b Value) (Value, *Exc) {
	name := "__i" + binName[op] + "__"
	return func(a, b Value) (Value, *Exc) {
		r, found, e := CallSpecial(a, name, b)
		if !found {
			return NotImplemented, nil
		}
		return r, e
	}
}

func heapUnarySlot(op UnaryOp) func(a Value) (Value, *Exc) {
	name := unDunder[op]
	return func(a Value) (Value, *Exc) {
		r, _, e := CallSpecial(a, name)
		return r, e
	}
}

// SuperObj is a super() object.
type SuperObj struct {
	This    *Type // the class whose MRO successor is searched
	Obj     Value // the instance (or class)
	ObjType *Type
}

// SuperType is super.
var SuperType = NewType("super", ObjectType)

// Type implements Object.
func (*SuperObj) Type() *Type { return SuperType }

// Super is zero-argument super() in a method of class cls with first
// argument self.
func Super(cls, self Value) (Value, *Exc) {
	if cls.IsNull() {
		return Null, Errorf(ExcRuntimeError, "super(): __class__ cell not found")
	}
	if self.IsNull() {
		return Null, Errorf(ExcRuntimeError, "super(): no arguments")
	}
	return newSuper(cls, self)
}

func newSuper(cls, self Value) (Value, *Exc) {
	ct, ok := cls.O.(*Type)
	if !ok || cls.K != KObj {
		return Null, TypeErrorf("super() argument 1 must be a type, not %s", cls.TypeName())
	}
	var ot *Type
	if st, ok := self.O.(*Type); ok && self.K == KObj && st.IsSubtype(ct) {
		ot = st
	} else if self.Type().IsSubtype(ct) {
		ot = self.Type()
	} else {
		return Null, TypeErrorf("super(type, obj): obj must be an instance or subtype of type")
	}
	return Obj(&SuperObj{This: ct, Obj: self, ObjType: ot}), nil
}

func init() {
	SuperType.GetAttr = superGetAttr
	SuperType.New = superNew
	SuperType.Init = superInit
	SuperType.Repr = superRepr
}

// superGetAttr is the GetAttr hook (__getattribute__) of super.
func superGetAttr(o Value, name string) (Value, *Exc) {
	s := o.O.(*SuperObj)
	if name != "__class__" {
		mro := s.ObjType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.This {
			i++
		}
		for i++; i < len(mro); i++ {
			if v, ok := mro[i].Dict.GetStr(name); ok {
				if v.K == KObj {
					if g := v.O.Type().Get; g != nil {
						obj := s.Obj
						if ot, ok := obj.O.(*Type); ok && ot == s.ObjType {
							obj = Null
						}
						return g(v, obj, s.ObjType)
					}
				}
				return v, nil
			}
		}
	}
	v, e := GenericGetAttr(o, name)
	if e != nil && e.Class == ExcAttributeError {
		return Null, Errorf(ExcAttributeError, "'super' object has no attribute '%s'", name)
	}
	return v, e
}

// superNew is the New hook (__new__) of super.
func superNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if len(args) == 2 && len(kw) == 0 {
		return newSuper(args[0], args[1])
	}
	return Null, Errorf(ExcRuntimeError, "super(): no arguments")
}

// superInit is the Init hook (__init__) of super.
func superInit(Value, []Value, []string) *Exc { return nil }

// superRepr is the Repr hook (__repr__) of super.
func superRepr(v Value) (string, *Exc) {
	s := v.O.(*SuperObj)
	return "<super: <class '" + s.This.Name + "'>, <" + s.ObjType.Name + " object>>", nil
}
