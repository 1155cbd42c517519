package rt

import "strings"

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
	typingFormType = NewType("_SpecialForm", ObjectType)
	typeVarType    = NewType("TypeVar", ObjectType)
	genericType    = NewType("Generic", ObjectType)
	protocolType   = NewType("Protocol", genericType)
)

func (*TypingForm) Type() *Type { return typingFormType }

type typeVar struct {
	name  string
	attrs *Dict
}

func (*typeVar) Type() *Type { return typeVarType }
func (t *typeVar) InstDict() *Dict {
	if t.attrs == nil {
		t.attrs = NewStrDict()
	}
	return t.attrs
}

// typeRepr is typing._type_repr: classes by (qualified) name, ... and
// lists element-wise, the rest by repr.
func typeRepr(v Value) string {
	if v.K == KObj {
		switch o := v.O.(type) {
		case *Type:
			if o.Module == "builtins" || o.Module == "" {
				return o.Qualname
			}
			return o.Module + "." + o.Qualname
		case *List:
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
	if Is(v, Ellipsis) {
		return "..."
	}
	return ReprOrErr(v)
}

func init() {
	typingFormType.Module = "typing"
	typingFormType.Repr = func(v Value) (string, *Exc) {
		f := v.O.(*TypingForm)
		if f.abc {
			if !strings.Contains(f.Name, "[") {
				return "<class 'collections.abc." + f.Name + "'>", nil
			}
			return "collections.abc." + f.Name, nil
		}
		return "typing." + f.Name, nil
	}
	typingFormType.GetItem = func(o, k Value) (Value, *Exc) {
		items, ok := TupleItems(k)
		if !ok {
			items = []Value{k}
		}
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i] = typeRepr(it)
		}
		f := o.O.(*TypingForm)
		if f.Name == "Optional" && len(items) == 1 {
			return Obj(&TypingForm{Name: "Optional[" + parts[0] + "]"}), nil
		}
		return Obj(&TypingForm{Name: f.Name + "[" + strings.Join(parts, ", ") + "]", abc: f.abc}), nil
	}
	typingFormType.Call = func(fn Value, args []Value, kw []string) (Value, *Exc) {
		return Null, TypeErrorf("Cannot instantiate typing.%s", fn.O.(*TypingForm).Name)
	}
	typingFormType.Num[BinOr] = func(a, b Value) (Value, *Exc) {
		return Obj(&TypingForm{Name: "Union[" + typeRepr(a) + ", " + typeRepr(b) + "]"}), nil
	}
	typingFormType.Hash = func(v Value) (int64, *Exc) { return FastStrHash(v.O.(*TypingForm).Name), nil }

	typeVarType.Module = "typing"
	typeVarType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		npos := len(args) - len(kw)
		if npos < 1 {
			return Null, TypeErrorf("TypeVar.__init__() missing 1 required positional argument: 'name'")
		}
		name, ok := AsStr(args[0])
		if !ok {
			return Null, TypeErrorf("TypeVar name must be a string")
		}
		tv := &typeVar{name: name}
		tv.InstDict().SetStr("__name__", Str(name))
		tv.InstDict().SetStr("__constraints__", NewTuple(append([]Value(nil), args[1:npos]...)...))
		tv.InstDict().SetStr("__bound__", None)
		for i, k := range kw {
			if k == "bound" {
				tv.InstDict().SetStr("__bound__", args[npos+i])
			}
		}
		return Obj(tv), nil
	}
	typeVarType.Init = func(Value, []Value, []string) *Exc { return nil }
	typeVarType.Repr = func(v Value) (string, *Exc) { return "~" + v.O.(*typeVar).name, nil }
	typeVarType.Num[BinOr] = typingFormType.Num[BinOr]

	for _, t := range []*Type{genericType, protocolType} {
		t.Module = "typing"
		t.ClassMethod("__class_getitem__", func(cls Value, args []Value, kw []string) (Value, *Exc) { return cls, nil })
	}

	m := DefineModule("typing")
	for _, n := range []string{"Any", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet", "Type",
		"Callable", "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable", "AsyncGenerator", "Iterator",
		"Iterable", "Generator", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Collection",
		"Container", "Hashable", "Sized", "Reversible", "AbstractSet", "MutableSet", "Deque", "DefaultDict",
		"Counter", "OrderedDict", "ChainMap", "Literal", "ClassVar", "Final", "NoReturn", "Never", "Self",
		"Annotated", "TypeAlias", "Concatenate", "TypeGuard", "LiteralString", "Required", "NotRequired",
		"Pattern", "Match", "IO", "TextIO", "BinaryIO", "SupportsInt", "SupportsFloat", "SupportsAbs",
		"SupportsIndex", "ContextManager", "AsyncContextManager", "ByteString", "Text", "AnyStr"} {
		m.Set(n, Obj(&TypingForm{Name: n}))
	}
	m.Set("Text", Obj(StrType))
	// collections.abc: the same placeholders (annotations and imports
	// work; isinstance and issubclass answer as ABCMeta does, abc_check.go).
	abc := DefineModule("collections.abc")
	for _, n := range []string{"Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
		"Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable",
		"Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView",
		"ValuesView", "Sequence", "MutableSequence", "ByteString", "Buffer"} {
		abc.Set(n, Obj(&TypingForm{Name: n, abc: true}))
	}
	m.Set("TypeVar", Obj(typeVarType))
	m.Set("ParamSpec", Obj(typeVarType))
	m.Set("Generic", Obj(genericType))
	m.Set("Protocol", Obj(protocolType))
	m.Set("TYPE_CHECKING", False)
	identity := func(name string) {
		m.Fn(name, func(args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount(name, args, kw, 1, 1); e != nil {
				return Null, e
			}
			return args[0], nil
		})
	}
	for _, n := range []string{"overload", "final", "no_type_check", "runtime_checkable", "override"} {
		identity(n)
	}
	m.Fn("cast", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("cast", args, kw, []string{"typ", "val"}, 2)
		if e != nil {
			return Null, e
		}
		return a[1], nil
	})
	m.Fn("NewType", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("NewType", args, kw, []string{"name", "tp"}, 2)
		if e != nil {
			return Null, e
		}
		name, _ := AsStr(a[0])
		return NewBuiltin(name, func(args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount(name, args, kw, 1, 1); e != nil {
				return Null, e
			}
			return args[0], nil
		}), nil
	})
	m.Fn("get_type_hints", func(args []Value, kw []string) (Value, *Exc) {
		if len(args) == 0 {
			return Null, TypeErrorf("get_type_hints() missing 1 required positional argument: 'obj'")
		}
		if v, e := GetAttr(args[0], "__annotations__"); e == nil {
			return CallMethod(v, "copy", nil, nil)
		}
		return NewDict()
	})
}
