package rt

import "unsafe"

// Type is a Python class: a builtin (native) type or a class statement's
// result. Hooks are the native slots (CPython's tp_* functions); a nil hook
// is inherited from the base when the type becomes ready (see doc.go), so
// after Ready every hook is either set or nil for "not supported".
// Classes defined in Python get hooks that look up and call the dunder
// methods (class.go).
type Type struct {
	Name   string
	Module string // "builtins" for builtins; printed in reprs otherwise
	// CName is CPython's tp_name when it is not Name: a type written in C
	// in a module other than builtins carries the module
	// ("collections.deque"); messages such as "unhashable type" print it.
	CName    string
	Qualname string
	Doc      string
	Bases    []*Type
	Base     *Type   // the first base (nil only for object)
	MRO      []*Type // C3 linearization, starting with the type itself
	Dict     *Dict   // the class namespace (str keys)
	Meta     *Type   // the metaclass when it is not type
	Heap     bool    // defined by a class statement
	Final    bool    // cannot be subclassed (bool, NoneType, ...)
	ready    bool
	isExc    bool // a subclass of BaseException
	// noDict: instances have no __dict__ (every class statement in the
	// MRO has __slots__ without '__dict__'); nslots: the slot values an
	// instance holds (class_slots.go).
	noDict bool
	nslots int
	subs   []*Type

	// New creates an instance (__new__); Init initializes it (__init__).
	New  func(cls *Type, args []Value, kwnames []string) (Value, *Exc)
	Init func(self Value, args []Value, kwnames []string) *Exc
	// Call makes instances callable (__call__).
	Call func(fn Value, args []Value, kwnames []string) (Value, *Exc)

	Repr func(v Value) (string, *Exc)
	Str  func(v Value) (string, *Exc)
	Hash func(v Value) (int64, *Exc)
	// Compare is rich comparison; returns NotImplemented when it does not
	// know the other operand.
	Compare func(a, b Value, op CompareOp) (Value, *Exc)
	Bool    func(v Value) (bool, *Exc)
	Len     func(v Value) (int, *Exc)

	// GetAttr replaces the generic attribute lookup (__getattribute__ and
	// __getattr__); nil means GenericGetAttr. SetAttr likewise, with a Null
	// value meaning delete.
	GetAttr func(o Value, name string) (Value, *Exc)
	SetAttr func(o Value, name string, v Value) *Exc

	Iter func(o Value) (Value, *Exc)
	// Next returns ok=false when exhausted (without an exception).
	Next func(it Value) (v Value, ok bool, exc *Exc)

	GetItem  func(o, k Value) (Value, *Exc)
	SetItem  func(o, k, v Value) *Exc // v Null: delete
	Contains func(o, k Value) (bool, *Exc)

	// Get is the descriptor __get__ (obj Null on class access); Set makes
	// a data descriptor (v Null: delete).
	Get func(desc, obj Value, typ *Type) (Value, *Exc)
	Set func(desc, obj, v Value) *Exc

	// Num holds the binary number slots (return NotImplemented when the
	// operand types are not handled); INum the in-place ones (nil: fall
	// back to Num). Unary the unary ones.
	Num   [numBinOps]func(a, b Value) (Value, *Exc)
	INum  [numBinOps]func(a, b Value) (Value, *Exc)
	Unary [numUnaryOps]func(a Value) (Value, *Exc)
	// numOwner identifies who supplied each Num slot, so that a slot
	// inherited by a subclass is not tried twice (CPython compares the
	// function pointers).
	numOwner [numBinOps]*Type
	// Index is __index__ (an int for slicing, bin(), ...).
	Index func(v Value) (Value, *Exc)

	// acache memoizes MRO lookups by name (with the name's dict hash),
	// valid while acacheVer == classVersion: a direct-mapped cache
	// indexed by the name's address, since names come from string
	// constants of the generated code.
	acache    *[64]attrCacheEntry
	acacheVer uint64
}

type attrCacheEntry struct {
	name  string
	descr Value
	h     int64
}

// classVersion changes whenever a class namespace changes after
// initialization, invalidating every type's lookup cache.
var classVersion uint64 = 1

// ClassChanged invalidates the lookup caches.
func ClassChanged() { classVersion++ }

// Type of a type is its metaclass, type unless a class statement said
// otherwise.
func (t *Type) Type() *Type {
	if t.Meta != nil {
		return t.Meta
	}
	return TypeType
}

// CompareOp is a rich comparison operator.
type CompareOp int

// The comparison operators, in CPython's order.
const (
	OpLt CompareOp = iota
	OpLe
	OpEq
	OpNe
	OpGt
	OpGe
)

var cmpSym = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpDunder = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// swapped returns the reflected operator (a < b is b > a).
func (op CompareOp) swapped() CompareOp {
	return [...]CompareOp{OpGt, OpGe, OpEq, OpNe, OpLt, OpLe}[op]
}

// BinOp numbers the binary number slots.
type BinOp int

// The binary operators.
const (
	BinAdd BinOp = iota
	BinSub
	BinMul
	BinMatMul
	BinTrueDiv
	BinFloorDiv
	BinMod
	BinDivmod
	BinPow
	BinLShift
	BinRShift
	BinAnd
	BinOr
	BinXor
	numBinOps
)

var binSym = [...]string{"+", "-", "*", "@", "/", "//", "%", "divmod()", "** or pow()", "<<", ">>", "&", "|", "^"}
var binISym = [...]string{"+=", "-=", "*=", "@=", "/=", "//=", "%=", "divmod()", "**=", "<<=", ">>=", "&=", "|=", "^="}
var binName = [...]string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "or", "xor"}

// UnaryOp numbers the unary slots.
type UnaryOp int

// The unary operators (abs is CPython's nb_absolute; Int and Float are
// __int__ and __float__).
const (
	UnNeg UnaryOp = iota
	UnPos
	UnInvert
	UnAbs
	UnInt
	UnFloat
	numUnaryOps
)

var unSym = [...]string{"unary -", "unary +", "unary ~", "abs()", "int()", "float()"}
var unDunder = [...]string{"__neg__", "__pos__", "__invert__", "__abs__", "__int__", "__float__"}

var allNativeTypes []*Type
var typesReady bool

// NewType declares a native type deriving from base (ObjectType when nil)
// in module "builtins". Set its hooks and add its methods right after (in
// an init function, since hooks usually refer to the type itself); the
// type becomes ready — nil hooks inherited from the base, dunder methods
// exposed in its Dict — when Ready runs (Main calls it first). A type
// declared later (at run time) must be readied explicitly by calling its
// Ready method once its hooks and methods are set.
func NewType(name string, base *Type) *Type {
	t := &Type{Name: name, Module: "builtins", Qualname: name, Dict: NewStrDict()}
	if base != nil {
		t.Base = base
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
		t.isExc = base.isExc
		base.subs = append(base.subs, t)
	} else {
		t.MRO = []*Type{t}
	}
	allNativeTypes = append(allNativeTypes, t)
	return t
}

// Ready finishes every native type declared so far (by package
// initialization: the core's types and those of the linked module
// packages), bases before subclasses: each type's hooks are inherited and
// exposed as dunder methods. Main calls it first; a test that uses the
// runtime without Main calls it before (rttest.Main). It is idempotent.
func Ready() {
	initByteArrayFromBytes()
	for _, t := range allNativeTypes {
		t.Ready()
	}
	typesReady = true
	objectInit, _ = ObjectType.Dict.GetStr("__init__")
	objectNew, _ = ObjectType.Dict.GetStr("__new__")
}

// Ready inherits the nil hooks from the base and exposes the type's own
// hooks as dunder methods (int.__add__, object.__init__, ...). It is
// idempotent and cheap once done.
func (t *Type) Ready() {
	if t.ready {
		return
	}
	t.ready = true
	if t.Base != nil {
		t.Base.Ready()
	}
	if !t.Heap {
		addSlotWrappers(t)
		ClassChanged()
	}
	for i := range t.Num {
		if t.Num[i] != nil && t.numOwner[i] == nil {
			t.numOwner[i] = t
		}
	}
	if b := t.Base; b != nil {
		inheritHooks(t, b)
	}
	// Unhashable native types say so with __hash__ = None (list, dict...).
	if v, ok := t.Dict.GetStr("__hash__"); ok && v.IsNone() {
		t.Hash = nil
	}
}

func inheritHooks(t, b *Type) {
	if t.New == nil {
		t.New = b.New
	}
	if t.Init == nil {
		t.Init = b.Init
	}
	if t.Call == nil {
		t.Call = b.Call
	}
	if t.Repr == nil {
		t.Repr = b.Repr
	}
	if t.Str == nil {
		t.Str = b.Str
	}
	if t.Hash == nil {
		t.Hash = b.Hash
	}
	if t.Compare == nil {
		t.Compare = b.Compare
	}
	if t.Bool == nil {
		t.Bool = b.Bool
	}
	if t.Len == nil {
		t.Len = b.Len
	}
	if t.GetAttr == nil {
		t.GetAttr = b.GetAttr
	}
	if t.SetAttr == nil {
		t.SetAttr = b.SetAttr
	}
	if t.Iter == nil {
		t.Iter = b.Iter
	}
	if t.Next == nil {
		t.Next = b.Next
	}
	if t.GetItem == nil {
		t.GetItem = b.GetItem
	}
	if t.SetItem == nil {
		t.SetItem = b.SetItem
	}
	if t.Contains == nil {
		t.Contains = b.Contains
	}
	if t.Get == nil {
		t.Get = b.Get
	}
	if t.Set == nil {
		t.Set = b.Set
	}
	if t.Index == nil {
		t.Index = b.Index
	}
	for i := range t.Num {
		if t.Num[i] == nil {
			t.Num[i] = b.Num[i]
			t.numOwner[i] = b.numOwner[i]
		}
		if t.INum[i] == nil {
			t.INum[i] = b.INum[i]
		}
	}
	for i := range t.Unary {
		if t.Unary[i] == nil {
			t.Unary[i] = b.Unary[i]
		}
	}
}

// IsSubtype says t is sub or derives from it.
func (t *Type) IsSubtype(sup *Type) bool {
	if t == sup {
		return true
	}
	for _, m := range t.MRO {
		if m == sup {
			return true
		}
	}
	return false
}

// Lookup finds name in the type's MRO dicts (no descriptor binding);
// Null if absent.
func (t *Type) Lookup(name string) Value {
	d, _ := t.lookupCached(name)
	return d
}

// lookupCached is Lookup through the type's cache; it also returns the
// name's dict hash, for the instance dict probe that usually follows.
func (t *Type) lookupCached(name string) (Value, int64) {
	if t.acacheVer != classVersion {
		if t.acache == nil {
			t.acache = new([64]attrCacheEntry)
		} else {
			*t.acache = [64]attrCacheEntry{}
		}
		t.acacheVer = classVersion
	}
	i := (uintptr(unsafe.Pointer(unsafe.StringData(name)))>>3 ^ uintptr(len(name))) & 63
	e := &t.acache[i]
	if e.name == name && len(name) > 0 {
		return e.descr, e.h
	}
	h := FastStrHash(name)
	d := t.lookupHashed(name, h)
	*e = attrCacheEntry{name, d, h}
	return d, h
}

// lookupHashed is Lookup with the name's hash computed once for all the
// dicts of the MRO.
func (t *Type) lookupHashed(name string, h int64) Value {
	for _, m := range t.MRO {
		if ent := m.Dict.LookupStr(name, h); ent >= 0 {
			return m.Dict.entries[ent].val
		}
	}
	return Null
}

// SetDict sets a class attribute of a native type (used while declaring).
func (t *Type) SetDict(name string, v Value) {
	t.Dict.SetStr(name, v)
	ClassChanged()
}

// FullName is the name CPython prints in reprs and tracebacks: the
// qualname, prefixed by the module unless it is builtins.
func (t *Type) FullName() string {
	if t.Module == "builtins" || t.Module == "" {
		return t.Qualname
	}
	return t.Module + "." + t.Qualname
}

// IsExcType says instances of t are exceptions (*Exc).
func (t *Type) IsExcType() bool { return t.isExc }

// NativeFunc is the signature of methods of native types: self, the
// positional arguments followed by keyword values, the keyword names
// (CPython's vectorcall convention).
type NativeFunc func(self Value, args []Value, kwnames []string) (Value, *Exc)

// Method adds a method to a native type.
func (t *Type) Method(name string, fn NativeFunc) {
	ClassChanged()
	t.Dict.SetStr(name, Obj(&MethodDescr{Name: name, Owner: t, Fn: fn}))
}

// ClassMethod adds a classmethod implemented in Go: self is the class.
func (t *Type) ClassMethod(name string, fn NativeFunc) {
	ClassChanged()
	t.Dict.SetStr(name, Obj(&ClassMethodDescr{Name: name, Owner: t, Fn: fn}))
}

// StaticMethod adds a static method implemented in Go (self is Null).
func (t *Type) StaticMethod(name string, fn NativeFunc) {
	ClassChanged()
	t.Dict.SetStr(name, Obj(&StaticMethod{Fn: NewBuiltin(name, func(args []Value, kw []string) (Value, *Exc) {
		return fn(Null, args, kw)
	})}))
}

// Getter adds a read-only attribute computed by get (a getset descriptor).
func (t *Type) Getter(name string, get func(self Value) (Value, *Exc)) {
	ClassChanged()
	t.Dict.SetStr(name, Obj(&GetSetDescr{Name: name, Owner: t, GetFn: get}))
}

// GetSet adds a read-write attribute; set gets Null to delete.
func (t *Type) GetSet(name string, get func(self Value) (Value, *Exc), set func(self, v Value) *Exc) {
	ClassChanged()
	t.Dict.SetStr(name, Obj(&GetSetDescr{Name: name, Owner: t, GetFn: get, SetFn: set}))
}
