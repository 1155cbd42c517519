package rt

import "strings"

// functools: partial, reduce, update_wrapper/wraps, lru_cache/cache,
// cached_property, cmp_to_key, total_ordering.

// Partial is functools.partial.
type Partial struct {
	fn    Value
	args  []Value
	kw    *Dict // str keys
	cls   *Type
	attrs *Dict
}

var (
	PartialType        = NewType("partial", ObjectType)
	lruWrapperType     = NewType("_lru_cache_wrapper", ObjectType)
	cachedPropertyType = NewType("cached_property", ObjectType)
	cmpKeyType         = NewType("functools.KeyWrapper", ObjectType)
	cacheInfoType      Value // the CacheInfo namedtuple, made at first use
)

func (p *Partial) Type() *Type {
	if p.cls != nil {
		return p.cls
	}
	return PartialType
}

func (p *Partial) InstDict() *Dict {
	if p.attrs == nil {
		p.attrs = NewStrDict()
	}
	return p.attrs
}

// lruWrapper is the object lru_cache returns: it calls fn through a
// cache whose order (a dict's insertion order) is the recency order.
type lruWrapper struct {
	fn           Value
	maxsize      int // -1: unbounded
	typed        bool
	cache        *Dict
	hits, misses int64
	attrs        *Dict
}

func (w *lruWrapper) Type() *Type { return lruWrapperType }
func (w *lruWrapper) InstDict() *Dict {
	if w.attrs == nil {
		w.attrs = NewStrDict()
	}
	return w.attrs
}

// kwdMark separates positional from keyword arguments in cache keys, as
// CPython's _make_key's kwd_mark object.
var kwdMark = Obj(&Tuple{Items: []Value{Str("kwd_mark")}})

func (w *lruWrapper) call(args []Value, kw []string) (Value, *Exc) {
	if w.maxsize == 0 {
		w.misses++
		return Call(w.fn, args, kw)
	}
	npos := len(args) - len(kw)
	key := append([]Value(nil), args[:npos]...)
	if len(kw) > 0 {
		key = append(key, kwdMark)
		for i, k := range kw {
			key = append(key, Str(k), args[npos+i])
		}
	}
	if w.typed {
		for _, a := range args {
			key = append(key, Obj(a.Type()))
		}
	}
	k := NewTuple(key...)
	if v, ok, e := w.cache.Get(k); e != nil {
		return Null, e
	} else if ok {
		w.hits++
		if w.maxsize > 0 { // most recently used goes last
			w.cache.Delete(k)
			w.cache.Set(k, v)
		}
		return v, nil
	}
	w.misses++
	v, e := Call(w.fn, args, kw)
	if e != nil {
		return Null, e
	}
	if _, ok, _ := w.cache.Get(k); ok {
		return v, nil // filled by a recursive call meanwhile
	}
	if w.maxsize > 0 && w.cache.Len() >= w.maxsize {
		w.cache.Delete(w.cache.Keys()[0])
	}
	return v, w.cache.Set(k, v)
}

// updateWrapper is functools.update_wrapper with the default
// WRAPPER_ASSIGNMENTS and WRAPPER_UPDATES.
func UpdateWrapper(wrapper, wrapped Value) *Exc {
	for _, a := range []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"} {
		v, e := GetAttr(wrapped, a)
		if e != nil {
			if e.Class.IsSubtype(ExcAttributeError) {
				continue
			}
			return e
		}
		if e := SetAttr(wrapper, a, v); e != nil {
			return e
		}
	}
	if src, e := GetAttr(wrapped, "__dict__"); e == nil {
		dst, e := GetAttr(wrapper, "__dict__")
		if e != nil {
			return e
		}
		if _, e := CallMethod(dst, "update", []Value{src}, nil); e != nil {
			return e
		}
	}
	return SetAttr(wrapper, "__wrapped__", wrapped)
}

func newLRU(fn Value, maxsize int, typed bool) (Value, *Exc) {
	if !IsCallable(fn) {
		return Null, TypeErrorf("the first argument must be callable")
	}
	w := &lruWrapper{fn: fn, maxsize: maxsize, typed: typed, cache: NewDictObj()}
	return Obj(w), UpdateWrapper(Obj(w), fn)
}

func init() {
	p := PartialType
	p.Module = "functools"
	p.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		npos := len(args) - len(kw)
		if npos < 1 {
			return Null, TypeErrorf("type 'partial' takes at least one argument")
		}
		fn := args[0]
		if !IsCallable(fn) {
			return Null, TypeErrorf("the first argument must be callable")
		}
		r := &Partial{fn: fn, kw: NewDictObj()}
		if cls != PartialType {
			r.cls = cls
		}
		// partial(partial(f, a), b) flattens to partial(f, a, b).
		if inner, ok := fn.O.(*Partial); ok && fn.K == KObj && inner.cls == nil {
			r.fn = inner.fn
			r.args = append(r.args, inner.args...)
			r.kw = inner.kw.Copy()
		}
		r.args = append(r.args, args[1:npos]...)
		for i, k := range kw {
			r.kw.SetStr(k, args[npos+i])
		}
		return Obj(r), nil
	}
	p.Init = func(Value, []Value, []string) *Exc { return nil }
	p.Call = func(fn Value, args []Value, kw []string) (Value, *Exc) {
		pt := fn.O.(*Partial)
		npos := len(args) - len(kw)
		all := append(append([]Value(nil), pt.args...), args[:npos]...)
		var names []string
		var vals []Value
		pt.kw.Items(func(k, v Value) bool {
			names = append(names, k.O.(*StrObj).S)
			vals = append(vals, v)
			return true
		})
		for i, k := range kw {
			found := false
			for j, n := range names {
				if n == k {
					vals[j] = args[npos+i]
					found = true
				}
			}
			if !found {
				names = append(names, k)
				vals = append(vals, args[npos+i])
			}
		}
		return Call(pt.fn, append(all, vals...), names)
	}
	p.Repr = func(v Value) (string, *Exc) {
		pt := v.O.(*Partial)
		if !ReprEnter(pt) {
			return "...", nil
		}
		defer ReprLeave(pt)
		parts := []string{}
		s, e := ToRepr(pt.fn)
		if e != nil {
			return "", e
		}
		parts = append(parts, s)
		for _, a := range pt.args {
			s, e := ToRepr(a)
			if e != nil {
				return "", e
			}
			parts = append(parts, s)
		}
		var exc *Exc
		pt.kw.Items(func(k, x Value) bool {
			s, e := ToRepr(x)
			exc = e
			parts = append(parts, k.O.(*StrObj).S+"="+s)
			return e == nil
		})
		name := "functools.partial"
		if pt.cls != nil {
			name = pt.cls.Name
		}
		return name + "(" + strings.Join(parts, ", ") + ")", exc
	}
	p.Getter("func", func(s Value) (Value, *Exc) { return s.O.(*Partial).fn, nil })
	p.Getter("args", func(s Value) (Value, *Exc) {
		return NewTuple(append([]Value(nil), s.O.(*Partial).args...)...), nil
	})
	p.Getter("keywords", func(s Value) (Value, *Exc) { return Obj(s.O.(*Partial).kw), nil })
	p.Get = nil // partial objects are not descriptors (no binding as methods)

	w := lruWrapperType
	w.Module = "functools"
	w.Call = func(fn Value, args []Value, kw []string) (Value, *Exc) { return fn.O.(*lruWrapper).call(args, kw) }
	w.Get = func(desc, obj Value, typ *Type) (Value, *Exc) {
		if obj.IsNull() || obj.IsNone() {
			return desc, nil
		}
		return Obj(&BoundMethod{Func: desc, Self: obj}), nil
	}
	w.Repr = func(v Value) (string, *Exc) {
		return "<functools._lru_cache_wrapper object at " + AddrOf(v) + ">", nil
	}
	w.Method("cache_info", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("cache_info", args, kw, 0, 0); e != nil {
			return Null, e
		}
		lw := self.O.(*lruWrapper)
		if cacheInfoType.IsNull() {
			t, e := Namedtuple([]Value{Str("CacheInfo"), NewList(Str("hits"), Str("misses"), Str("maxsize"), Str("currsize"))}, nil)
			if e != nil {
				return Null, e
			}
			SetAttr(t, "__module__", Str("functools"))
			cacheInfoType = t
		}
		ms := None
		if lw.maxsize >= 0 {
			ms = Int(int64(lw.maxsize))
		}
		return Call(cacheInfoType, []Value{Int(lw.hits), Int(lw.misses), ms, Int(int64(lw.cache.Len()))}, nil)
	})
	w.Method("cache_clear", func(self Value, args []Value, kw []string) (Value, *Exc) {
		lw := self.O.(*lruWrapper)
		lw.cache.Clear()
		lw.hits, lw.misses = 0, 0
		return None, ArgCount("cache_clear", args, kw, 0, 0)
	})
	w.Method("cache_parameters", func(self Value, args []Value, kw []string) (Value, *Exc) {
		lw := self.O.(*lruWrapper)
		ms := None
		if lw.maxsize >= 0 {
			ms = Int(int64(lw.maxsize))
		}
		return NewDict(Str("maxsize"), ms, Str("typed"), Bool(lw.typed))
	})

	cp := cachedPropertyType
	cp.Module = "functools"
	cp.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("cached_property", args, kw, 1, 1); e != nil {
			return Null, e
		}
		o := &Instance{Class: cls, Dict: NewStrDict()}
		o.Dict.SetStr("func", args[0])
		o.Dict.SetStr("attrname", None)
		if doc, e := GetAttr(args[0], "__doc__"); e == nil {
			o.Dict.SetStr("__doc__", doc)
		}
		return Obj(o), nil
	}
	cp.Init = func(Value, []Value, []string) *Exc { return nil }
	cp.Method("__set_name__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("__set_name__", args, kw, 2, 2); e != nil {
			return Null, e
		}
		return None, SetAttr(self, "attrname", args[1])
	})
	cp.Get = func(desc, obj Value, typ *Type) (Value, *Exc) {
		if obj.IsNull() {
			return desc, nil
		}
		name, _ := GetAttr(desc, "attrname")
		if name.IsNone() {
			return Null, TypeErrorf("Cannot use cached_property instance without calling __set_name__ on it.")
		}
		fn, e := GetAttr(desc, "func")
		if e != nil {
			return Null, e
		}
		v, e := Call(fn, []Value{obj}, nil)
		if e != nil {
			return Null, e
		}
		s, _ := AsStr(name)
		d, e := GetAttr(obj, "__dict__")
		if e != nil {
			return Null, TypeErrorf("No '__dict__' attribute on %s instance to cache %s property.", StrRepr(obj.TypeName()), StrRepr(s))
		}
		return v, SetItem(d, name, v)
	}

	ck := cmpKeyType
	ck.Compare = func(a, b Value, op CompareOp) (Value, *Exc) {
		x, ok1 := a.O.(*cmpKey)
		y, ok2 := b.O.(*cmpKey)
		if !ok1 || !ok2 {
			return Null, TypeErrorf("other argument must be K instance")
		}
		r, e := Call(x.cmp, []Value{x.obj, y.obj}, nil)
		if e != nil {
			return Null, e
		}
		return RichCompare(r, Int(0), op)
	}
	ck.SetDict("__hash__", None)
	ck.Getter("obj", func(s Value) (Value, *Exc) { return s.O.(*cmpKey).obj, nil })

	m := DefineModule("functools")
	m.Set("partial", Obj(PartialType))
	m.Set("cached_property", Obj(cachedPropertyType))
	m.Set("WRAPPER_ASSIGNMENTS", NewTuple(Str("__module__"), Str("__name__"), Str("__qualname__"), Str("__doc__"), Str("__annotations__")))
	m.Set("WRAPPER_UPDATES", NewTuple(Str("__dict__")))
	m.Fn("reduce", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("reduce", args, kw, 2, 3); e != nil {
			return Null, e
		}
		acc := Null
		if len(args) == 3 {
			acc = args[2]
		}
		e := ForEach(args[1], func(v Value) *Exc {
			if acc.IsNull() {
				acc = v
				return nil
			}
			r, e := Call(args[0], []Value{acc, v}, nil)
			acc = r
			return e
		})
		if e != nil {
			return Null, e
		}
		if acc.IsNull() {
			return Null, TypeErrorf("reduce() of empty iterable with no initial value")
		}
		return acc, nil
	})
	m.Fn("update_wrapper", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("update_wrapper", args, kw, []string{"wrapper", "wrapped", "assigned", "updated"}, 2)
		if e != nil {
			return Null, e
		}
		return a[0], UpdateWrapper(a[0], a[1])
	})
	m.Fn("wraps", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("wraps", args, kw, []string{"wrapped", "assigned", "updated"}, 1)
		if e != nil {
			return Null, e
		}
		wrapped := a[0]
		return NewBuiltin("update_wrapper", func(args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount("update_wrapper", args, kw, 1, 1); e != nil {
				return Null, e
			}
			return args[0], UpdateWrapper(args[0], wrapped)
		}), nil
	})
	m.Fn("cache", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("cache", args, kw, 1, 1); e != nil {
			return Null, e
		}
		return newLRU(args[0], -1, false)
	})
	m.Fn("lru_cache", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("lru_cache", args, kw, []string{"maxsize", "typed"}, 0)
		if e != nil {
			return Null, e
		}
		typed := false
		if !a[1].IsNull() {
			if typed, e = Truth(a[1]); e != nil {
				return Null, e
			}
		}
		size := 128
		switch {
		case a[0].IsNull():
		case a[0].IsNone():
			size = -1
		case IsIntLike(a[0]):
			n, e := IndexOf(a[0])
			if e != nil {
				return Null, e
			}
			size = int(max(n, 0))
		case IsCallable(a[0]): // @lru_cache without parentheses
			return newLRU(a[0], 128, typed)
		default:
			return Null, TypeErrorf("Expected first argument to be an integer, a callable, or None")
		}
		return NewBuiltin("decorating_function", func(args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount("decorating_function", args, kw, 1, 1); e != nil {
				return Null, e
			}
			return newLRU(args[0], size, typed)
		}), nil
	})
	m.Fn("cmp_to_key", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("cmp_to_key", args, kw, []string{"mycmp"}, 1)
		if e != nil {
			return Null, e
		}
		cmp := a[0]
		return NewBuiltin("K", func(args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount("K", args, kw, 1, 1); e != nil {
				return Null, e
			}
			return Obj(&cmpKey{cmp: cmp, obj: args[0]}), nil
		}), nil
	})
	m.Fn("total_ordering", totalOrdering)
	m.Fn("singledispatch", singledispatch)
}

type cmpKey struct{ cmp, obj Value }

func (*cmpKey) Type() *Type { return cmpKeyType }

// totalOrdering is functools.total_ordering: from the first of __lt__,
// __le__, __gt__, __ge__ the class defines (not object's), derive the
// others as CPython's _convert table does.
func totalOrdering(args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("total_ordering", args, kw, 1, 1); e != nil {
		return Null, e
	}
	cls := args[0]
	t, ok := cls.O.(*Type)
	if !ok || cls.K != KObj {
		return Null, TypeErrorf("total_ordering expects a class")
	}
	objT := ObjectType
	defined := map[string]bool{}
	for _, op := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		v := t.Lookup(op)
		if !v.IsNull() && !Is(v, objT.Lookup(op)) {
			defined[op] = true
		}
	}
	var root string
	for _, op := range []string{"__lt__", "__le__", "__gt__", "__ge__"} { // max() by name: __lt__ > __le__ > __gt__ > __ge__
		if defined[op] && (root == "" || op > root) {
			root = op
		}
	}
	if root == "" {
		return Null, ValueErrorf("must define at least one ordering operation: < > <= >=")
	}
	// derived(self, other) from r = self.root(other), eq = self == other.
	type conv struct {
		name string
		f    func(r, eq bool) bool
		eq   bool // the derivation compares self == other
	}
	table := map[string][]conv{
		"__lt__": {{"__gt__", func(r, eq bool) bool { return !r && !eq }, true}, {"__le__", func(r, eq bool) bool { return r || eq }, true}, {"__ge__", func(r, eq bool) bool { return !r }, false}},
		"__le__": {{"__ge__", func(r, eq bool) bool { return !r || eq }, true}, {"__lt__", func(r, eq bool) bool { return r && !eq }, true}, {"__gt__", func(r, eq bool) bool { return !r }, false}},
		"__gt__": {{"__lt__", func(r, eq bool) bool { return !r && !eq }, true}, {"__ge__", func(r, eq bool) bool { return r || eq }, true}, {"__le__", func(r, eq bool) bool { return !r }, false}},
		"__ge__": {{"__le__", func(r, eq bool) bool { return !r || eq }, true}, {"__gt__", func(r, eq bool) bool { return r && !eq }, true}, {"__lt__", func(r, eq bool) bool { return !r }, false}},
	}
	for _, c := range table[root] {
		if defined[c.name] {
			continue
		}
		c := c
		fn := NewFunction(&Code{Name: c.name, Qualname: t.Qualname + "." + c.name, Filename: "functools", Params: []string{"self", "other"}, Pos: 2, Module: "functools"}, nil, nil,
			func(a []Value) (Value, *Exc) {
				r, e := CallMethod(a[0], root, []Value{a[1]}, nil)
				if e != nil || IsNotImplemented(r) {
					return r, e
				}
				rb, e := Truth(r)
				if e != nil {
					return Null, e
				}
				eq := false
				if c.eq && c.f(rb, false) != c.f(rb, true) {
					if eq, e = EqBool(a[0], a[1]); e != nil {
						return Null, e
					}
				}
				return Bool(c.f(rb, eq)), nil
			})
		if e := SetAttr(cls, c.name, fn); e != nil {
			return Null, e
		}
	}
	return cls, nil
}
