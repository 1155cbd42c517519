package typing

import (
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// typing: enough for annotations to evaluate. The special forms and
// generic aliases are placeholder objects that subscript to new
// placeholders with CPython's reprs ("typing.Optional[int]"); Generic
// and Protocol are real classes (subscripting them gives the class back,
// so `class Box(Generic[T])` works); TypeVar objects repr as "~T".

type TypingForm struct {
	Name string // "List", "Optional[int]" already rendered
	abc  bool   // a collections.abc placeholder
}

var (
	typingFormType = rt.NewType("_SpecialForm", rt.ObjectType)
	typeVarType    = rt.NewType("TypeVar", rt.ObjectType)
	genericType    = rt.NewType("Generic", rt.ObjectType)
	protocolType   = rt.NewType("Protocol", genericType)
)

func (*TypingForm) Type() *rt.Type { return typingFormType }

type typeVar struct {
	name  string
	attrs *rt.Dict
}

func (*typeVar) Type() *rt.Type { return typeVarType }
func (t *typeVar) InstDict() *rt.Dict {
	if t.attrs == nil {
		t.attrs = rt.NewStrDict()
	}
	return t.attrs
}

// typeRepr is typing._type_repr: classes by (qualified) name, ... and
// lists element-wise, the rest by repr.
func typeRepr(v rt.Value) string {
	if v.K == rt.KObj {
		switch o := v.O.(type) {
		case *rt.Type:
			if o.Module == "builtins" || o.Module == "" {
				return o.Qualname
			}
			return o.Module + "." + o.Qualname
		case *rt.List:
			parts := make([]string, len(o.Items))
			for i, it := range o.Items {
				parts[i] = typeRepr(it)
			}
			return "[" + strings.Join(parts, ", ") + "]"
		}
	}
	if v.IsNone() {
		return "NoneType" // typing normalizes None to type(None)
	}
	if rt.Is(v, rt.Ellipsis) {
		return "..."
	}
	return rt.ReprOrErr(v)
}

func init() {
	typingFormType.Module = "typing"
	typingFormType.Repr = specialFormRepr
	typingFormType.GetItem = specialFormGetItem
	typingFormType.Call = specialFormCall
	typingFormType.Num[rt.BinOr] = specialFormOr
	typingFormType.Hash = specialFormHash

	typeVarType.Module = "typing"
	typeVarType.New = typeVarNew
	typeVarType.Init = typeVarInit
	typeVarType.Repr = typeVarRepr
	typeVarType.Num[rt.BinOr] = typingFormType.Num[rt.BinOr]

	for _, t := range []*rt.Type{genericType, protocolType} {
		t.Module = "typing"
		t.ClassMethod("__class_getitem__", genericClassGetitem)
	}

	m := rt.DefineModule("typing")
	for _, n := range []string{"Any", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet", "Type",
		"Callable", "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable", "AsyncGenerator", "Iterator",
		"Iterable", "Generator", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Collection",
		"Container", "Hashable", "Sized", "Reversible", "AbstractSet", "MutableSet", "Deque", "DefaultDict",
		"Counter", "OrderedDict", "ChainMap", "Literal", "ClassVar", "Final", "NoReturn", "Never", "Self",
		"Annotated", "TypeAlias", "Concatenate", "TypeGuard", "LiteralString", "Required", "NotRequired",
		"Pattern", "Match", "IO", "TextIO", "BinaryIO", "SupportsInt", "SupportsFloat", "SupportsAbs",
		"SupportsIndex", "ContextManager", "AsyncContextManager", "ByteString", "Text", "AnyStr"} {
		m.Set(n, rt.Obj(&TypingForm{Name: n}))
	}
	m.Set("Text", rt.Obj(rt.StrType))
	// collections.abc: the same placeholders (annotations and imports
	// work; isinstance and issubclass answer as ABCMeta does, abc_check.go).
	abc := rt.DefineModule("collections.abc")
	for _, n := range []string{"Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
		"Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable",
		"Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView",
		"ValuesView", "Sequence", "MutableSequence", "ByteString", "Buffer"} {
		abc.Set(n, rt.Obj(&TypingForm{Name: n, abc: true}))
	}
	m.Set("TypeVar", rt.Obj(typeVarType))
	m.Set("ParamSpec", rt.Obj(typeVarType))
	m.Set("Generic", rt.Obj(genericType))
	m.Set("Protocol", rt.Obj(protocolType))
	m.Set("TYPE_CHECKING", rt.False)
	identity := func(name string) {
		m.Fn(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount(name, args, kw, 1, 1); e != nil {
				return rt.Null, e
			}
			return args[0], nil
		})
	}
	for _, n := range []string{"overload", "final", "no_type_check", "runtime_checkable", "override"} {
		identity(n)
	}
	m.Fn("cast", typingCast)
	m.Fn("NewType", typingNewType)
	m.Fn("get_type_hints", typingGetTypeHints)
}

// specialFormRepr is the Repr hook (__repr__) of _SpecialForm.
func specialFormRepr(v rt.Value) (string, *rt.Exc) {
	f := v.O.(*TypingForm)
	if f.abc {
		if !strings.Contains(f.Name, "[") {
			return "<class 'collections.abc." + f.Name + "'>", nil
		}
		return "collections.abc." + f.Name, nil
	}
	return "typing." + f.Name, nil
}

// specialFormGetItem is the GetItem hook (__getitem__) of _SpecialForm.
func specialFormGetItem(o, k rt.Value) (rt.Value, *rt.Exc) {
	items, ok := rt.TupleItems(k)
	if !ok {
		items = []rt.Value{k}
	}
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = typeRepr(it)
	}
	f := o.O.(*TypingForm)
	if f.Name == "Optional" && len(items) == 1 {
		return rt.Obj(&TypingForm{Name: "Optional[" + parts[0] + "]"}), nil
	}
	return rt.Obj(&TypingForm{Name: f.Name + "[" + strings.Join(parts, ", ") + "]", abc: f.abc}), nil
}

// specialFormCall is the Call hook (__call__) of _SpecialForm.
func specialFormCall(fn rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Null, rt.TypeErrorf("Cannot instantiate typing.%s", fn.O.(*TypingForm).Name)
}

// specialFormOr is the Num[BinOr] hook (__or__) of _SpecialForm.
func specialFormOr(a, b rt.Value) (rt.Value, *rt.Exc) {
	return rt.Obj(&TypingForm{Name: "Union[" + typeRepr(a) + ", " + typeRepr(b) + "]"}), nil
}

// specialFormHash is the Hash hook (__hash__) of _SpecialForm.
func specialFormHash(v rt.Value) (int64, *rt.Exc) { return rt.FastStrHash(v.O.(*TypingForm).Name), nil }

// typeVarNew is the New hook (__new__) of TypeVar.
func typeVarNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	npos := len(args) - len(kw)
	if npos < 1 {
		return rt.Null, rt.TypeErrorf("TypeVar.__init__() missing 1 required positional argument: 'name'")
	}
	name, ok := rt.AsStr(args[0])
	if !ok {
		return rt.Null, rt.TypeErrorf("TypeVar name must be a string")
	}
	tv := &typeVar{name: name}
	tv.InstDict().SetStr("__name__", rt.Str(name))
	tv.InstDict().SetStr("__constraints__", rt.NewTuple(append([]rt.Value(nil), args[1:npos]...)...))
	tv.InstDict().SetStr("__bound__", rt.None)
	for i, k := range kw {
		if k == "bound" {
			tv.InstDict().SetStr("__bound__", args[npos+i])
		}
	}
	return rt.Obj(tv), nil
}

// typeVarInit is the Init hook (__init__) of TypeVar.
func typeVarInit(rt.Value, []rt.Value, []string) *rt.Exc { return nil }

// typeVarRepr is the Repr hook (__repr__) of TypeVar.
func typeVarRepr(v rt.Value) (string, *rt.Exc) { return "~" + v.O.(*typeVar).name, nil }

// genericClassGetitem is Generic.__class_getitem__ (and Protocol).
func genericClassGetitem(cls rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return cls, nil
}

// typingCast is typing.cast.
func typingCast(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("cast", args, kw, []string{"typ", "val"}, 2)
	if e != nil {
		return rt.Null, e
	}
	return a[1], nil
}

// typingNewType is typing.NewType.
func typingNewType(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("NewType", args, kw, []string{"name", "tp"}, 2)
	if e != nil {
		return rt.Null, e
	}
	name, _ := rt.AsStr(a[0])
	return rt.NewBuiltin(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount(name, args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		return args[0], nil
	}), nil
}

// typingGetTypeHints is typing.get_type_hints.
func typingGetTypeHints(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args) == 0 {
		return rt.Null, rt.TypeErrorf("get_type_hints() missing 1 required positional argument: 'obj'")
	}
	if v, e := rt.GetAttr(args[0], "__annotations__"); e == nil {
		return rt.CallMethod(v, "copy", nil, nil)
	}
	return rt.NewDict()
}
