package rt

// Attribute access: the generic lookup (PyObject_GenericGetAttr) with
// descriptors, and the descriptor types native types use.

// InstDicter is implemented by objects with a __dict__.
type InstDicter interface {
	InstDict() *Dict
}

// dictOf returns o's instance dict, or nil (plain object() instances
// have none).
func dictOf(o Value) *Dict {
	if o.K != KObj {
		if ns, ok := o.O.(*numSub); ok {
			return ns.InstDict()
		}
		return nil
	}
	switch x := o.O.(type) {
	case *Instance:
		if x.Class == ObjectType || x.Class.noDict {
			return nil
		}
	case *Dict:
		if x.cls == nil {
			return nil
		}
	case *List:
		if x.cls == nil {
			return nil
		}
	case *Tuple:
		if x.Cls == nil {
			return nil
		}
	case *StrObj:
		if x.cls == nil {
			return nil
		}
	case *BigIntObj:
		if x.sub == nil {
			return nil
		}
		return x.sub.InstDict()
	case *Set:
		if x.cls == nil {
			return nil
		}
	case *Property:
		if x.cls == nil {
			return nil
		}
	}
	if di, ok := o.O.(InstDicter); ok {
		return di.InstDict()
	}
	return nil
}

// GetAttr is o.name.
func GetAttr(o Value, name string) (Value, *Exc) {
	t := o.Type()
	if t.GetAttr != nil {
		return t.GetAttr(o, name)
	}
	return GenericGetAttr(o, name)
}

// GetAttrOpt is getattr(o, name, Null): a missing attribute (AttributeError)
// gives Null without an exception.
func GetAttrOpt(o Value, name string) (Value, *Exc) {
	v, e := GetAttr(o, name)
	if e != nil {
		if e.Class.IsSubtype(ExcAttributeError) {
			return Null, nil
		}
		return Null, e
	}
	return v, nil
}

// isDataDescr says a class attribute overrides the instance dict.
func isDataDescr(d Value) bool {
	return d.K == KObj && d.O.Type().Set != nil
}

// GenericGetAttr is object.__getattribute__.
func GenericGetAttr(o Value, name string) (Value, *Exc) {
	t := o.Type()
	descr, h := t.lookupCached(name)
	var dt *Type
	if !descr.IsNull() && descr.K == KObj {
		dt = descr.O.Type()
		if dt.Get != nil && dt.Set != nil {
			return dt.Get(descr, o, t)
		}
	}
	if d := dictOf(o); d != nil {
		if ent := d.LookupStr(name, h); ent >= 0 {
			return d.entries[ent].val, nil
		}
	}
	if !descr.IsNull() {
		if dt != nil && dt.Get != nil {
			return dt.Get(descr, o, t)
		}
		return descr, nil
	}
	return Null, attributeError(o, name)
}

// SetAttr is o.name = v.
func SetAttr(o Value, name string, v Value) *Exc {
	t := o.Type()
	if t.SetAttr != nil {
		return t.SetAttr(o, name, v)
	}
	return GenericSetAttr(o, name, v)
}

// DelAttr is del o.name.
func DelAttr(o Value, name string) *Exc {
	t := o.Type()
	if t.SetAttr != nil {
		return t.SetAttr(o, name, Null)
	}
	return GenericSetAttr(o, name, Null)
}

// GenericSetAttr is object.__setattr__ (v Null: __delattr__).
func GenericSetAttr(o Value, name string, v Value) *Exc {
	t := o.Type()
	descr, h := t.lookupCached(name)
	if descr.K == KObj {
		if dt := descr.O.Type(); dt.Set != nil {
			return dt.Set(descr, o, v)
		}
	}
	if d := dictOf(o); d != nil {
		if v.IsNull() {
			if !d.DelStr(name) {
				return attributeError(o, name)
			}
			return nil
		}
		if ent := d.LookupStr(name, h); ent >= 0 {
			d.entries[ent].val = v
			return nil
		}
		d.insertNew(Str(name), v, h)
		return nil
	}
	if descr.IsNull() {
		if v.IsNull() {
			return attributeError(o, name)
		}
		e := attributeError(o, name)
		return e
	}
	return Errorf(ExcAttributeError, "'%s' object attribute '%s' is read-only", t.Name, name)
}

// MethodDescr is a method of a native type (list.append).
type MethodDescr struct {
	Name  string
	Owner *Type
	Fn    NativeFunc
}

// BuiltinMethod is a MethodDescr bound to an instance ([].append).
type BuiltinMethod struct {
	Descr *MethodDescr
	Self  Value
}

// ClassMethodDescr is a classmethod of a native type (dict.fromkeys).
type ClassMethodDescr struct {
	Name  string
	Owner *Type
	Fn    NativeFunc
}

// GetSetDescr is a computed attribute of a native type.
type GetSetDescr struct {
	Name  string
	Owner *Type
	GetFn func(self Value) (Value, *Exc)
	SetFn func(self, v Value) *Exc
}

// Builtin is a function implemented in Go (print, len, a module function).
type BuiltinFunc struct {
	Name   string
	Module string // "" for builtins; reprs say "built-in function NAME"
	Fn     func(args []Value, kwnames []string) (Value, *Exc)
	Self   Value // for reprs of module functions; usually Null
	// Coroutine marks a function that CPython defines with async def
	// (asyncio.sleep): inspect.iscoroutinefunction is true of it.
	Coroutine bool
}

// NewBuiltin wraps a Go function as a Python builtin function.
func NewBuiltin(name string, fn func(args []Value, kwnames []string) (Value, *Exc)) Value {
	return Obj(&BuiltinFunc{Name: name, Fn: fn})
}

// StaticMethod is staticmethod(f).
type StaticMethod struct{ Fn Value }

// ClassMethod is classmethod(f).
type ClassMethod struct{ Fn Value }

// Property is property(fget, fset, fdel, doc).
type Property struct {
	Fget, Fset, Fdel, Doc Value
	name                  string
	cls                   *Type // a Python subclass of property, or nil
	attrs                 *Dict
}

func (p *Property) InstDict() *Dict {
	if p.attrs == nil {
		p.attrs = NewStrDict()
	}
	return p.attrs
}

// BoundMethod is a Python function bound to an instance (or a class, for
// classmethods).
type BoundMethod struct {
	Func, Self Value
}

var (
	MethodDescrType      = NewType("method_descriptor", ObjectType)
	BuiltinMethodType    = NewType("builtin_function_or_method", ObjectType)
	ClassMethodDescrType = NewType("classmethod_descriptor", ObjectType)
	GetSetDescrType      = NewType("getset_descriptor", ObjectType)
	StaticMethodType     = NewType("staticmethod", ObjectType)
	ClassMethodType      = NewType("classmethod", ObjectType)
	PropertyType         = NewType("property", ObjectType)
	BoundMethodType      = NewType("method", ObjectType)
)

func (*MethodDescr) Type() *Type      { return MethodDescrType }
func (*BuiltinMethod) Type() *Type    { return BuiltinMethodType }
func (*BuiltinFunc) Type() *Type      { return BuiltinMethodType }
func (*ClassMethodDescr) Type() *Type { return ClassMethodDescrType }
func (*GetSetDescr) Type() *Type      { return GetSetDescrType }
func (*StaticMethod) Type() *Type     { return StaticMethodType }
func (*ClassMethod) Type() *Type      { return ClassMethodType }
func (p *Property) Type() *Type {
	if p.cls != nil {
		return p.cls
	}
	return PropertyType
}
func (*BoundMethod) Type() *Type { return BoundMethodType }

// checkSelf verifies a descriptor's receiver type.
func descrCheck(name string, owner *Type, self Value) *Exc {
	if self.IsNull() {
		return TypeErrorf("unbound method %s.%s() needs an argument", owner.Name, name)
	}
	if !self.Type().IsSubtype(owner) {
		return TypeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.Name, self.TypeName())
	}
	return nil
}

func init() {
	MethodDescrType.Get = methodDescriptorGet
	MethodDescrType.Call = methodDescriptorCall
	MethodDescrType.Repr = methodDescriptorRepr
	BuiltinMethodType.Call = builtinFunctionOrMethodCall
	BuiltinMethodType.Repr = builtinFunctionOrMethodRepr
	BuiltinMethodType.GetAttr = builtinFunctionOrMethodGetAttr
	BuiltinMethodType.Compare = builtinFunctionOrMethodCompare
	BuiltinMethodType.Hash = builtinFunctionOrMethodHash

	ClassMethodDescrType.Get = classmethodDescriptorGet

	GetSetDescrType.Get = getsetDescriptorGet
	GetSetDescrType.Set = getsetDescriptorSet
	GetSetDescrType.Repr = getsetDescriptorRepr

	StaticMethodType.Get = staticmethodGet
	StaticMethodType.New = staticmethodNew
	StaticMethodType.Init = staticmethodInit
	StaticMethodType.Call = staticmethodCall
	StaticMethodType.Getter("__func__", staticmethodFunc)

	ClassMethodType.Get = classmethodGet
	ClassMethodType.New = classmethodNew
	ClassMethodType.Init = classmethodInit
	ClassMethodType.Getter("__func__", classmethodFunc)

	BoundMethodType.Call = methodCall
	BoundMethodType.Repr = methodRepr
	BoundMethodType.GetAttr = methodGetAttr
	BoundMethodType.Compare = methodCompare
	BoundMethodType.Hash = methodHash

	PropertyType.New = propertyNew
	PropertyType.Init = propertyInit
	PropertyType.Get = propertyGet
	PropertyType.Set = propertySet
	propCopy := func(which int) NativeFunc {
		return func(self Value, args []Value, kw []string) (Value, *Exc) {
			if len(args) != 1 {
				return Null, TypeErrorf("expected 1 argument")
			}
			p := *self.O.(*Property)
			switch which {
			case 0:
				p.Fget = args[0]
			case 1:
				p.Fset = args[0]
			case 2:
				p.Fdel = args[0]
			}
			return Obj(&p), nil
		}
	}
	PropertyType.Method("getter", propCopy(0))
	PropertyType.Method("setter", propCopy(1))
	PropertyType.Method("deleter", propCopy(2))
	PropertyType.Getter("fget", propertyFget)
	PropertyType.Getter("fset", propertyFset)
	PropertyType.Getter("fdel", propertyFdel)
	PropertyType.Getter("__isabstractmethod__", propertyIsabstractmethod)
}

// methodDescriptorGet is the Get hook (__get__) of method_descriptor.
func methodDescriptorGet(d, obj Value, t *Type) (Value, *Exc) {
	if obj.IsNull() {
		return d, nil
	}
	return Obj(&BuiltinMethod{Descr: d.O.(*MethodDescr), Self: obj}), nil
}

// methodDescriptorCall is the Call hook (__call__) of method_descriptor.
func methodDescriptorCall(fn Value, args []Value, kw []string) (Value, *Exc) {
	m := fn.O.(*MethodDescr)
	if len(args)-len(kw) < 1 {
		return Null, TypeErrorf("unbound method %s.%s() needs an argument", m.Owner.Name, m.Name)
	}
	if e := descrCheck(m.Name, m.Owner, args[0]); e != nil {
		return Null, e
	}
	return m.Fn(args[0], args[1:], kw)
}

// methodDescriptorRepr is the Repr hook (__repr__) of method_descriptor.
func methodDescriptorRepr(v Value) (string, *Exc) {
	m := v.O.(*MethodDescr)
	return "<method '" + m.Name + "' of '" + m.Owner.Name + "' objects>", nil
}

// builtinFunctionOrMethodCall is the Call hook (__call__) of builtin_function_or_method.
func builtinFunctionOrMethodCall(fn Value, args []Value, kw []string) (Value, *Exc) {
	switch b := fn.O.(type) {
	case *BuiltinMethod:
		return b.Descr.Fn(b.Self, args, kw)
	case *BuiltinFunc:
		return b.Fn(args, kw)
	}
	panic("rt: bad builtin")
}

// builtinFunctionOrMethodRepr is the Repr hook (__repr__) of builtin_function_or_method.
func builtinFunctionOrMethodRepr(v Value) (string, *Exc) {
	switch b := v.O.(type) {
	case *BuiltinMethod:
		return "<built-in method " + b.Descr.Name + " of " + b.Self.TypeName() + " object at " + AddrOf(b.Self) + ">", nil
	case *BuiltinFunc:
		if b.Module != "" && !b.Self.IsNull() {
			return "<built-in method " + b.Name + " of " + b.Self.TypeName() + " object at " + AddrOf(b.Self) + ">", nil
		}
		return "<built-in function " + b.Name + ">", nil
	}
	return "", nil
}

// builtinFunctionOrMethodGetAttr is the GetAttr hook (__getattribute__) of builtin_function_or_method.
func builtinFunctionOrMethodGetAttr(o Value, name string) (Value, *Exc) {
	switch name {
	case "__name__", "__qualname__":
		switch b := o.O.(type) {
		case *BuiltinMethod:
			if name == "__qualname__" {
				return Str(b.Descr.Owner.Name + "." + b.Descr.Name), nil
			}
			return Str(b.Descr.Name), nil
		case *BuiltinFunc:
			return Str(b.Name), nil
		}
	case "__self__":
		switch b := o.O.(type) {
		case *BuiltinMethod:
			return b.Self, nil
		case *BuiltinFunc:
			if b.Self.IsNull() {
				return None, nil
			}
			return b.Self, nil
		}
	case "__module__":
		if b, ok := o.O.(*BuiltinFunc); ok && b.Module != "" {
			return Str(b.Module), nil
		}
		return None, nil
	}
	return GenericGetAttr(o, name)
}

// builtinFunctionOrMethodCompare is the Compare hook (rich comparison) of builtin_function_or_method.
func builtinFunctionOrMethodCompare(a, b Value, op CompareOp) (Value, *Exc) {
	if op != OpEq && op != OpNe {
		return NotImplemented, nil
	}
	x, ok1 := a.O.(*BuiltinMethod)
	y, ok2 := b.O.(*BuiltinMethod)
	if !ok1 || !ok2 {
		return Bool((a.O == b.O) == (op == OpEq)), nil
	}
	eq := x.Descr == y.Descr && Is(x.Self, y.Self)
	return Bool(eq == (op == OpEq)), nil
}

// builtinFunctionOrMethodHash is the Hash hook (__hash__) of builtin_function_or_method.
func builtinFunctionOrMethodHash(v Value) (int64, *Exc) { return hashID(objID(v.O)), nil }

// classmethodDescriptorGet is the Get hook (__get__) of classmethod_descriptor.
func classmethodDescriptorGet(d, obj Value, t *Type) (Value, *Exc) {
	m := d.O.(*ClassMethodDescr)
	if t == nil {
		t = obj.Type()
	}
	return Obj(&BuiltinMethod{Descr: &MethodDescr{Name: m.Name, Owner: TypeType, Fn: m.Fn}, Self: Obj(t)}), nil
}

// getsetDescriptorGet is the Get hook (__get__) of getset_descriptor.
func getsetDescriptorGet(d, obj Value, t *Type) (Value, *Exc) {
	if obj.IsNull() {
		return d, nil
	}
	g := d.O.(*GetSetDescr)
	if !obj.Type().IsSubtype(g.Owner) {
		return Null, TypeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g.Name, g.Owner.Name, obj.TypeName())
	}
	return g.GetFn(obj)
}

// getsetDescriptorSet is the Set hook (__set__, __delete__) of getset_descriptor.
func getsetDescriptorSet(d, obj, v Value) *Exc {
	g := d.O.(*GetSetDescr)
	if g.SetFn == nil {
		if v.IsNull() {
			return Errorf(ExcAttributeError, "attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
		}
		return Errorf(ExcAttributeError, "attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
	}
	return g.SetFn(obj, v)
}

// getsetDescriptorRepr is the Repr hook (__repr__) of getset_descriptor.
func getsetDescriptorRepr(v Value) (string, *Exc) {
	g := v.O.(*GetSetDescr)
	return "<attribute '" + g.Name + "' of '" + g.Owner.Name + "' objects>", nil
}

// staticmethodGet is the Get hook (__get__) of staticmethod.
func staticmethodGet(d, obj Value, t *Type) (Value, *Exc) { return d.O.(*StaticMethod).Fn, nil }

// staticmethodNew is the New hook (__new__) of staticmethod.
func staticmethodNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if len(args) != 1 || len(kw) != 0 {
		return Null, TypeErrorf("staticmethod expected 1 argument, got %d", len(args))
	}
	return Obj(&StaticMethod{Fn: args[0]}), nil
}

// staticmethodInit is the Init hook (__init__) of staticmethod.
func staticmethodInit(Value, []Value, []string) *Exc { return nil }

// staticmethodCall is the Call hook (__call__) of staticmethod.
func staticmethodCall(fn Value, args []Value, kw []string) (Value, *Exc) {
	return Call(fn.O.(*StaticMethod).Fn, args, kw)
}

// classmethodGet is the Get hook (__get__) of classmethod.
func classmethodGet(d, obj Value, t *Type) (Value, *Exc) {
	if t == nil {
		t = obj.Type()
	}
	return Obj(&BoundMethod{Func: d.O.(*ClassMethod).Fn, Self: Obj(t)}), nil
}

// classmethodNew is the New hook (__new__) of classmethod.
func classmethodNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if len(args) != 1 || len(kw) != 0 {
		return Null, TypeErrorf("classmethod expected 1 argument, got %d", len(args))
	}
	return Obj(&ClassMethod{Fn: args[0]}), nil
}

// classmethodInit is the Init hook (__init__) of classmethod.
func classmethodInit(Value, []Value, []string) *Exc { return nil }

// methodCall is the Call hook (__call__) of method.
func methodCall(fn Value, args []Value, kw []string) (Value, *Exc) {
	m := fn.O.(*BoundMethod)
	return callWithSelf(m.Func, m.Self, args, kw)
}

// methodRepr is the Repr hook (__repr__) of method.
func methodRepr(v Value) (string, *Exc) {
	m := v.O.(*BoundMethod)
	name := "?"
	if q, e := GetAttrOpt(m.Func, "__qualname__"); e == nil && !q.IsNull() {
		name, _ = AsStr(q)
	}
	r, e := ToRepr(m.Self)
	if e != nil {
		return "", e
	}
	return "<bound method " + name + " of " + r + ">", nil
}

// methodGetAttr is the GetAttr hook (__getattribute__) of method.
func methodGetAttr(o Value, name string) (Value, *Exc) {
	m := o.O.(*BoundMethod)
	switch name {
	case "__self__":
		return m.Self, nil
	case "__func__":
		return m.Func, nil
	}
	v, e := GenericGetAttr(o, name)
	if e != nil && e.Class == ExcAttributeError {
		return GetAttr(m.Func, name)
	}
	return v, e
}

// methodCompare is the Compare hook (rich comparison) of method.
func methodCompare(a, b Value, op CompareOp) (Value, *Exc) {
	if op != OpEq && op != OpNe {
		return NotImplemented, nil
	}
	x, ok1 := a.O.(*BoundMethod)
	y, ok2 := b.O.(*BoundMethod)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	eq := Is(x.Func, y.Func) && Is(x.Self, y.Self)
	return Bool(eq == (op == OpEq)), nil
}

// methodHash is the Hash hook (__hash__) of method.
func methodHash(v Value) (int64, *Exc) {
	m := v.O.(*BoundMethod)
	h1, _ := Hash(m.Func)
	return hashID(uint64(h1) ^ objID(m.Self.O)), nil
}

// propertyNew is the New hook (__new__) of property.
func propertyNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs("property", args, kw, []string{"fget", "fset", "fdel", "doc"}, 0)
	if e != nil {
		return Null, e
	}
	p := &Property{Fget: a[0], Fset: a[1], Fdel: a[2], Doc: a[3]}
	if cls != PropertyType {
		p.cls = cls
	}
	return Obj(p), nil
}

// propertyInit is the Init hook (__init__) of property.
func propertyInit(Value, []Value, []string) *Exc { return nil }

// propertyGet is the Get hook (__get__) of property.
func propertyGet(d, obj Value, t *Type) (Value, *Exc) {
	if obj.IsNull() {
		return d, nil
	}
	p := d.O.(*Property)
	if p.Fget.IsNull() || p.Fget.IsNone() {
		return Null, Errorf(ExcAttributeError, "property %s of '%s' object has no getter", p.qualName(), obj.TypeName())
	}
	return Call(p.Fget, []Value{obj}, nil)
}

// propertySet is the Set hook (__set__, __delete__) of property.
func propertySet(d, obj, v Value) *Exc {
	p := d.O.(*Property)
	if v.IsNull() {
		if p.Fdel.IsNull() || p.Fdel.IsNone() {
			return Errorf(ExcAttributeError, "property %s of '%s' object has no deleter", p.qualName(), obj.TypeName())
		}
		_, e := Call(p.Fdel, []Value{obj}, nil)
		return e
	}
	if p.Fset.IsNull() || p.Fset.IsNone() {
		return Errorf(ExcAttributeError, "property %s of '%s' object has no setter", p.qualName(), obj.TypeName())
	}
	_, e := Call(p.Fset, []Value{obj, v}, nil)
	return e
}

// staticmethodFunc is staticmethod.__func__.
func staticmethodFunc(s Value) (Value, *Exc) { return s.O.(*StaticMethod).Fn, nil }

// classmethodFunc is classmethod.__func__.
func classmethodFunc(s Value) (Value, *Exc) { return s.O.(*ClassMethod).Fn, nil }

// propertyFget is property.fget.
func propertyFget(s Value) (Value, *Exc) { return OrNone(s.O.(*Property).Fget), nil }

// propertyFset is property.fset.
func propertyFset(s Value) (Value, *Exc) { return OrNone(s.O.(*Property).Fset), nil }

// propertyFdel is property.fdel.
func propertyFdel(s Value) (Value, *Exc) { return OrNone(s.O.(*Property).Fdel), nil }

// propertyIsabstractmethod is property.__isabstractmethod__.
func propertyIsabstractmethod(s Value) (Value, *Exc) { return False, nil }

func (p *Property) qualName() string {
	if p.Fget.K == KObj {
		if q, e := GetAttrOpt(p.Fget, "__name__"); e == nil {
			if s, ok := AsStr(q); ok {
				return "'" + s + "'"
			}
		}
	}
	return "'?'"
}

// OrNone maps Null to None.
func OrNone(v Value) Value {
	if v.IsNull() {
		return None
	}
	return v
}
