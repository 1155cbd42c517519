package typing

import (
	"github.com/py2goasync/py2goasync/rt"
	pycollections "github.com/py2goasync/py2goasync/rt/lib/collections"
)

// isinstance/issubclass against the collections.abc (and typing) ABCs,
// which rt keeps as typingForm placeholders: CPython's ABCMeta answers
// with the ABC's __subclasshook__ (the methods a class defines, a None
// entry meaning "not") or the builtin types _collections_abc.py registers.

// abcHooks are the methods a class needs for the ABCs with a
// __subclasshook__ (_check_methods).
var abcHooks = map[string][]string{
	"Hashable":       {"__hash__"},
	"Awaitable":      {"__await__"},
	"Coroutine":      {"__await__", "send", "throw", "close"},
	"AsyncIterable":  {"__aiter__"},
	"AsyncIterator":  {"__aiter__", "__anext__"},
	"AsyncGenerator": {"__aiter__", "__anext__", "asend", "athrow", "aclose"},
	"Iterable":       {"__iter__"},
	"Iterator":       {"__iter__", "__next__"},
	"Reversible":     {"__reversed__", "__iter__"},
	"Generator":      {"__iter__", "__next__", "send", "throw", "close"},
	"Sized":          {"__len__"},
	"Container":      {"__contains__"},
	"Collection":     {"__len__", "__iter__", "__contains__"},
	"Callable":       {"__call__"},
}

// abcDerived are the ABCs without a hook that derive from one with a hook.
var abcDerived = map[string][]string{
	"Iterable":   {"Sequence", "Set", "Mapping", "ValuesView"},
	"Container":  {"Sequence", "Set", "Mapping", "ValuesView"},
	"Sized":      {"Sequence", "Set", "Mapping", "MappingView"},
	"Collection": {"Sequence", "Set", "Mapping", "ValuesView"},
	"Reversible": {"Sequence"},
}

// abcRegistered are the builtin types registered with the ABCs without a
// hook (and, through them, with their bases).
func abcRegistered(name string) []*rt.Type {
	switch name {
	case "ByteString":
		return []*rt.Type{rt.BytesType, rt.ByteArrayType}
	case "MutableSequence":
		return []*rt.Type{rt.ListType, rt.ByteArrayType, pycollections.DequeType}
	case "Sequence":
		return append([]*rt.Type{rt.TupleType, rt.StrType, rt.RangeType}, append(abcRegistered("MutableSequence"), abcRegistered("ByteString")...)...)
	case "MutableSet":
		return []*rt.Type{rt.SetType}
	case "Set":
		return []*rt.Type{rt.FrozenSetType, rt.SetType, rt.DictKeysType, rt.DictItemsType}
	case "MutableMapping":
		return []*rt.Type{rt.DictType}
	case "Mapping":
		return []*rt.Type{rt.DictType}
	case "KeysView":
		return []*rt.Type{rt.DictKeysType}
	case "ItemsView":
		return []*rt.Type{rt.DictItemsType}
	case "ValuesView":
		return []*rt.Type{rt.DictValuesType}
	case "MappingView":
		return []*rt.Type{rt.DictKeysType, rt.DictItemsType, rt.DictValuesType}
	}
	return nil
}

// abcHas is _check_methods for one method: the first class of c's MRO
// defining it decides (None: no).
func abcHas(c *rt.Type, name string) bool {
	if v := c.Lookup(name); !v.IsNull() {
		return !v.IsNone()
	}
	switch name {
	case "__hash__":
		return c.Hash != nil
	case "__iter__":
		return c.Iter != nil
	case "__next__":
		return c.Next != nil
	case "__len__":
		return c.Len != nil
	case "__contains__":
		return c.Contains != nil
	case "__call__":
		return c.Call != nil
	}
	return false
}

// abcSubclass is issubclass(c, collections.abc.<name>).
func abcSubclass(c *rt.Type, name string) bool {
	if methods, ok := abcHooks[name]; ok {
		has := true
		for _, m := range methods {
			if !abcHas(c, m) {
				has = false
				break
			}
		}
		if has {
			return true
		}
		// A type registered with an ABC deriving from this one.
		for _, sub := range abcDerived[name] {
			if abcSubclass(c, sub) {
				return true
			}
		}
		return false
	}
	for _, t := range abcRegistered(name) {
		if c.IsSubtype(t) {
			return true
		}
	}
	return false
}

// abcForm returns the ABC a typing placeholder stands for ("" if none):
// a collections.abc class or the typing alias of one; subscripted says it
// has parameters.
func abcForm(v rt.Value) (f *TypingForm, name string, builtin *rt.Type, ok bool) {
	f, ok = v.O.(*TypingForm)
	if !ok || v.K != rt.KObj {
		return nil, "", nil, false
	}
	name = f.Name
	if i := indexByte(name, '['); i >= 0 {
		name = name[:i]
	}
	if !f.abc {
		if t, ok := typingBuiltins()[name]; ok {
			return f, name, t, true
		}
	}
	if _, hook := abcHooks[name]; hook || abcRegistered(name) != nil {
		return f, name, nil, true
	}
	if name == "AbstractSet" {
		return f, "Set", nil, true
	}
	return nil, "", nil, false
}

// CheckClass implements rt's ClassChecker.
func (f *TypingForm) CheckClass(c *rt.Type, fname string) (r, handled bool, e *rt.Exc) {
	return abcCheck(c, rt.Obj(f), fname)
}

// abcCheck answers isinstance/issubclass (fname) of class c against a
// typing placeholder; handled is false when cls is no such placeholder.
func abcCheck(c *rt.Type, cls rt.Value, fname string) (r, handled bool, e *rt.Exc) {
	f, name, builtin, ok := abcForm(cls)
	if !ok {
		return false, false, nil
	}
	if indexByte(f.Name, '[') >= 0 {
		if f.abc {
			return false, true, rt.TypeErrorf("%s() argument 2 cannot be a parameterized generic", fname)
		}
		return false, true, rt.TypeErrorf("Subscripted generics cannot be used with class and instance checks")
	}
	if builtin != nil {
		return c.IsSubtype(builtin), true, nil
	}
	return abcSubclass(c, name), true, nil
}

// typingBuiltins are typing's aliases of concrete classes.
func typingBuiltins() map[string]*rt.Type {
	return map[string]*rt.Type{"List": rt.ListType, "Dict": rt.DictType, "Set": rt.SetType, "FrozenSet": rt.FrozenSetType,
		"Tuple": rt.TupleType, "Type": rt.TypeType, "Deque": pycollections.DequeType, "DefaultDict": pycollections.DefaultDictType,
		"OrderedDict": pycollections.OrderedDictType, "Counter": pycollections.CounterType}
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}
