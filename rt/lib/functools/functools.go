package functools

import (
	"strings"

	"github.com/py2goasync/py2goasync/rt"
	pycollections "github.com/py2goasync/py2goasync/rt/lib/collections"
)

// functools: partial, reduce, update_wrapper/wraps, lru_cache/cache,
// cached_property, cmp_to_key, total_ordering.

// Partial is functools.partial.
type Partial struct {
	fn    rt.Value
	args  []rt.Value
	kw    *rt.Dict // str keys
	cls   *rt.Type
	attrs *rt.Dict
}

var (
	PartialType        = rt.NewType("partial", rt.ObjectType)
	lruWrapperType     = rt.NewType("_lru_cache_wrapper", rt.ObjectType)
	cachedPropertyType = rt.NewType("cached_property", rt.ObjectType)
	cmpKeyType         = rt.NewType("functools.KeyWrapper", rt.ObjectType)
	cacheInfoType      rt.Value // the CacheInfo namedtuple, made at first use
)

func (p *Partial) Type() *rt.Type {
	if p.cls != nil {
		return p.cls
	}
	return PartialType
}

func (p *Partial) InstDict() *rt.Dict {
	if p.attrs == nil {
		p.attrs = rt.NewStrDict()
	}
	return p.attrs
}

// lruWrapper is the object lru_cache returns: it calls fn through a
// cache whose order (a dict's insertion order) is the recency order.
type lruWrapper struct {
	fn           rt.Value
	maxsize      int // -1: unbounded
	typed        bool
	cache        *rt.Dict
	hits, misses int64
	attrs        *rt.Dict
}

func (w *lruWrapper) Type() *rt.Type { return lruWrapperType }
func (w *lruWrapper) InstDict() *rt.Dict {
	if w.attrs == nil {
		w.attrs = rt.NewStrDict()
	}
	return w.attrs
}

// kwdMark separates positional from keyword arguments in cache keys, as
// CPython's _make_key's kwd_mark object.
var kwdMark = rt.Obj(&rt.Tuple{Items: []rt.Value{rt.Str("kwd_mark")}})

func (w *lruWrapper) call(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if w.maxsize == 0 {
		w.misses++
		return rt.Call(w.fn, args, kw)
	}
	npos := len(args) - len(kw)
	key := append([]rt.Value(nil), args[:npos]...)
	if len(kw) > 0 {
		key = append(key, kwdMark)
		for i, k := range kw {
			key = append(key, rt.Str(k), args[npos+i])
		}
	}
	if w.typed {
		for _, a := range args {
			key = append(key, rt.Obj(a.Type()))
		}
	}
	k := rt.NewTuple(key...)
	if v, ok, e := w.cache.Get(k); e != nil {
		return rt.Null, e
	} else if ok {
		w.hits++
		if w.maxsize > 0 { // most recently used goes last
			w.cache.Delete(k)
			w.cache.Set(k, v)
		}
		return v, nil
	}
	w.misses++
	v, e := rt.Call(w.fn, args, kw)
	if e != nil {
		return rt.Null, e
	}
	if _, ok, _ := w.cache.Get(k); ok {
		return v, nil // filled by a recursive call meanwhile
	}
	if w.maxsize > 0 && w.cache.Len() >= w.maxsize {
		w.cache.Delete(w.cache.Keys()[0])
	}
	return v, w.cache.Set(k, v)
}

// UpdateWrapper is functools.update_wrapper with the default
// WRAPPER_ASSIGNMENTS and WRAPPER_UPDATES.
func UpdateWrapper(wrapper, wrapped rt.Value) *rt.Exc {
	for _, a := range []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"} {
		v, e := rt.GetAttr(wrapped, a)
		if e != nil {
			if e.Class.IsSubtype(rt.ExcAttributeError) {
				continue
			}
			return e
		}
		if e := rt.SetAttr(wrapper, a, v); e != nil {
			return e
		}
	}
	if src, e := rt.GetAttr(wrapped, "__dict__"); e == nil {
		dst, e := rt.GetAttr(wrapper, "__dict__")
		if e != nil {
			return e
		}
		if _, e := rt.CallMethod(dst, "update", []rt.Value{src}, nil); e != nil {
			return e
		}
	}
	return rt.SetAttr(wrapper, "__wrapped__", wrapped)
}

func newLRU(fn rt.Value, maxsize int, typed bool) (rt.Value, *rt.Exc) {
	if !rt.IsCallable(fn) {
		return rt.Null, rt.TypeErrorf("the first argument must be callable")
	}
	w := &lruWrapper{fn: fn, maxsize: maxsize, typed: typed, cache: rt.NewDictObj()}
	return rt.Obj(w), UpdateWrapper(rt.Obj(w), fn)
}

func init() {
	p := PartialType
	p.Module = "functools"
	p.New = partialNew
	p.Init = partialInit
	p.Call = partialCall
	p.Repr = partialRepr
	p.Getter("func", partialFunc)
	p.Getter("args", partialArgs)
	p.Getter("keywords", partialKeywords)
	p.Get = nil // partial objects are not descriptors (no binding as methods)

	w := lruWrapperType
	w.Module = "functools"
	w.Call = lruCacheWrapperCall
	w.Get = lruCacheWrapperGet
	w.Repr = lruCacheWrapperRepr
	w.Method("cache_info", lruCacheWrapperCacheInfo)
	w.Method("cache_clear", lruCacheWrapperCacheClear)
	w.Method("cache_parameters", lruCacheWrapperCacheParameters)

	cp := cachedPropertyType
	cp.Module = "functools"
	cp.New = cachedPropertyNew
	cp.Init = cachedPropertyInit
	cp.Method("__set_name__", cachedPropertySetName)
	cp.Get = cachedPropertyGet

	ck := cmpKeyType
	ck.Compare = functoolsKeyWrapperCompare
	ck.SetDict("__hash__", rt.None)
	ck.Getter("obj", functoolsKeyWrapperObj)

	m := rt.DefineModule("functools")
	m.Set("partial", rt.Obj(PartialType))
	m.Set("cached_property", rt.Obj(cachedPropertyType))
	m.Set("WRAPPER_ASSIGNMENTS", rt.NewTuple(rt.Str("__module__"), rt.Str("__name__"), rt.Str("__qualname__"), rt.Str("__doc__"), rt.Str("__annotations__")))
	m.Set("WRAPPER_UPDATES", rt.NewTuple(rt.Str("__dict__")))
	m.Fn("reduce", functoolsReduce)
	m.Fn("update_wrapper", functoolsUpdateWrapper)
	m.Fn("wraps", functoolsWraps)
	m.Fn("cache", functoolsCache)
	m.Fn("lru_cache", functoolsLruCache)
	m.Fn("cmp_to_key", functoolsCmpToKey)
	m.Fn("total_ordering", totalOrdering)
	m.Fn("singledispatch", singledispatch)
}

// partialNew is the New hook (__new__) of partial.
func partialNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	npos := len(args) - len(kw)
	if npos < 1 {
		return rt.Null, rt.TypeErrorf("type 'partial' takes at least one argument")
	}
	fn := args[0]
	if !rt.IsCallable(fn) {
		return rt.Null, rt.TypeErrorf("the first argument must be callable")
	}
	r := &Partial{fn: fn, kw: rt.NewDictObj()}
	if cls != PartialType {
		r.cls = cls
	}
	// partial(partial(f, a), b) flattens to partial(f, a, b).
	if inner, ok := fn.O.(*Partial); ok && fn.K == rt.KObj && inner.cls == nil {
		r.fn = inner.fn
		r.args = append(r.args, inner.args...)
		r.kw = inner.kw.Copy()
	}
	r.args = append(r.args, args[1:npos]...)
	for i, k := range kw {
		r.kw.SetStr(k, args[npos+i])
	}
	return rt.Obj(r), nil
}

// partialInit is the Init hook (__init__) of partial.
func partialInit(rt.Value, []rt.Value, []string) *rt.Exc { return nil }

// partialCall is the Call hook (__call__) of partial.
func partialCall(fn rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	pt := fn.O.(*Partial)
	npos := len(args) - len(kw)
	all := append(append([]rt.Value(nil), pt.args...), args[:npos]...)
	var names []string
	var vals []rt.Value
	pt.kw.Items(func(k, v rt.Value) bool {
		names = append(names, k.O.(*rt.StrObj).S)
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
	return rt.Call(pt.fn, append(all, vals...), names)
}

// partialRepr is the Repr hook (__repr__) of partial.
func partialRepr(v rt.Value) (string, *rt.Exc) {
	pt := v.O.(*Partial)
	if !rt.ReprEnter(pt) {
		return "...", nil
	}
	defer rt.ReprLeave(pt)
	parts := []string{}
	s, e := rt.ToRepr(pt.fn)
	if e != nil {
		return "", e
	}
	parts = append(parts, s)
	for _, a := range pt.args {
		s, e := rt.ToRepr(a)
		if e != nil {
			return "", e
		}
		parts = append(parts, s)
	}
	var exc *rt.Exc
	pt.kw.Items(func(k, x rt.Value) bool {
		s, e := rt.ToRepr(x)
		exc = e
		parts = append(parts, k.O.(*rt.StrObj).S+"="+s)
		return e == nil
	})
	name := "functools.partial"
	if pt.cls != nil {
		name = pt.cls.Name
	}
	return name + "(" + strings.Join(parts, ", ") + ")", exc
}

// lruCacheWrapperCall is the Call hook (__call__) of _lru_cache_wrapper.
func lruCacheWrapperCall(fn rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return fn.O.(*lruWrapper).call(args, kw)
}

// lruCacheWrapperGet is the Get hook (__get__) of _lru_cache_wrapper.
func lruCacheWrapperGet(desc, obj rt.Value, typ *rt.Type) (rt.Value, *rt.Exc) {
	if obj.IsNull() || obj.IsNone() {
		return desc, nil
	}
	return rt.Obj(&rt.BoundMethod{Func: desc, Self: obj}), nil
}

// lruCacheWrapperRepr is the Repr hook (__repr__) of _lru_cache_wrapper.
func lruCacheWrapperRepr(v rt.Value) (string, *rt.Exc) {
	return "<functools._lru_cache_wrapper object at " + rt.AddrOf(v) + ">", nil
}

// cachedPropertyNew is the New hook (__new__) of cached_property.
func cachedPropertyNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("cached_property", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	o := &rt.Instance{Class: cls, Dict: rt.NewStrDict()}
	o.Dict.SetStr("func", args[0])
	o.Dict.SetStr("attrname", rt.None)
	if doc, e := rt.GetAttr(args[0], "__doc__"); e == nil {
		o.Dict.SetStr("__doc__", doc)
	}
	return rt.Obj(o), nil
}

// cachedPropertyInit is the Init hook (__init__) of cached_property.
func cachedPropertyInit(rt.Value, []rt.Value, []string) *rt.Exc { return nil }

// cachedPropertyGet is the Get hook (__get__) of cached_property.
func cachedPropertyGet(desc, obj rt.Value, typ *rt.Type) (rt.Value, *rt.Exc) {
	if obj.IsNull() {
		return desc, nil
	}
	name, _ := rt.GetAttr(desc, "attrname")
	if name.IsNone() {
		return rt.Null, rt.TypeErrorf("Cannot use cached_property instance without calling __set_name__ on it.")
	}
	fn, e := rt.GetAttr(desc, "func")
	if e != nil {
		return rt.Null, e
	}
	v, e := rt.Call(fn, []rt.Value{obj}, nil)
	if e != nil {
		return rt.Null, e
	}
	s, _ := rt.AsStr(name)
	d, e := rt.GetAttr(obj, "__dict__")
	if e != nil {
		return rt.Null, rt.TypeErrorf("No '__dict__' attribute on %s instance to cache %s property.", rt.StrRepr(obj.TypeName()), rt.StrRepr(s))
	}
	return v, rt.SetItem(d, name, v)
}

// functoolsKeyWrapperCompare is the Compare hook (rich comparison) of functools.KeyWrapper.
func functoolsKeyWrapperCompare(a, b rt.Value, op rt.CompareOp) (rt.Value, *rt.Exc) {
	x, ok1 := a.O.(*cmpKey)
	y, ok2 := b.O.(*cmpKey)
	if !ok1 || !ok2 {
		return rt.Null, rt.TypeErrorf("other argument must be K instance")
	}
	r, e := rt.Call(x.cmp, []rt.Value{x.obj, y.obj}, nil)
	if e != nil {
		return rt.Null, e
	}
	return rt.RichCompare(r, rt.Int(0), op)
}

// partialFunc is partial.func.
func partialFunc(s rt.Value) (rt.Value, *rt.Exc) { return s.O.(*Partial).fn, nil }

// partialArgs is partial.args.
func partialArgs(s rt.Value) (rt.Value, *rt.Exc) {
	return rt.NewTuple(append([]rt.Value(nil), s.O.(*Partial).args...)...), nil
}

// partialKeywords is partial.keywords.
func partialKeywords(s rt.Value) (rt.Value, *rt.Exc) { return rt.Obj(s.O.(*Partial).kw), nil }

// lruCacheWrapperCacheInfo is _lru_cache_wrapper.cache_info.
func lruCacheWrapperCacheInfo(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("cache_info", args, kw, 0, 0); e != nil {
		return rt.Null, e
	}
	lw := self.O.(*lruWrapper)
	if cacheInfoType.IsNull() {
		t, e := pycollections.Namedtuple([]rt.Value{rt.Str("CacheInfo"), rt.NewList(rt.Str("hits"), rt.Str("misses"), rt.Str("maxsize"), rt.Str("currsize"))}, nil)
		if e != nil {
			return rt.Null, e
		}
		rt.SetAttr(t, "__module__", rt.Str("functools"))
		cacheInfoType = t
	}
	ms := rt.None
	if lw.maxsize >= 0 {
		ms = rt.Int(int64(lw.maxsize))
	}
	return rt.Call(cacheInfoType, []rt.Value{rt.Int(lw.hits), rt.Int(lw.misses), ms, rt.Int(int64(lw.cache.Len()))}, nil)
}

// lruCacheWrapperCacheClear is _lru_cache_wrapper.cache_clear.
func lruCacheWrapperCacheClear(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	lw := self.O.(*lruWrapper)
	lw.cache.Clear()
	lw.hits, lw.misses = 0, 0
	return rt.None, rt.ArgCount("cache_clear", args, kw, 0, 0)
}

// lruCacheWrapperCacheParameters is _lru_cache_wrapper.cache_parameters.
func lruCacheWrapperCacheParameters(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	lw := self.O.(*lruWrapper)
	ms := rt.None
	if lw.maxsize >= 0 {
		ms = rt.Int(int64(lw.maxsize))
	}
	return rt.NewDict(rt.Str("maxsize"), ms, rt.Str("typed"), rt.Bool(lw.typed))
}

// cachedPropertySetName is cached_property.__set_name__.
func cachedPropertySetName(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("__set_name__", args, kw, 2, 2); e != nil {
		return rt.Null, e
	}
	return rt.None, rt.SetAttr(self, "attrname", args[1])
}

// functoolsKeyWrapperObj is functools.KeyWrapper.obj.
func functoolsKeyWrapperObj(s rt.Value) (rt.Value, *rt.Exc) { return s.O.(*cmpKey).obj, nil }

// functoolsReduce is functools.reduce.
func functoolsReduce(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("reduce", args, kw, 2, 3); e != nil {
		return rt.Null, e
	}
	acc := rt.Null
	if len(args) == 3 {
		acc = args[2]
	}
	e := rt.ForEach(args[1], func(v rt.Value) *rt.Exc {
		if acc.IsNull() {
			acc = v
			return nil
		}
		r, e := rt.Call(args[0], []rt.Value{acc, v}, nil)
		acc = r
		return e
	})
	if e != nil {
		return rt.Null, e
	}
	if acc.IsNull() {
		return rt.Null, rt.TypeErrorf("reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// functoolsUpdateWrapper is functools.update_wrapper.
func functoolsUpdateWrapper(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("update_wrapper", args, kw, []string{"wrapper", "wrapped", "assigned", "updated"}, 2)
	if e != nil {
		return rt.Null, e
	}
	return a[0], UpdateWrapper(a[0], a[1])
}

// functoolsWraps is functools.wraps.
func functoolsWraps(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("wraps", args, kw, []string{"wrapped", "assigned", "updated"}, 1)
	if e != nil {
		return rt.Null, e
	}
	wrapped := a[0]
	return rt.NewBuiltin("update_wrapper", func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("update_wrapper", args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		return args[0], UpdateWrapper(args[0], wrapped)
	}), nil
}

// functoolsCache is functools.cache.
func functoolsCache(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("cache", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	return newLRU(args[0], -1, false)
}

// functoolsLruCache is functools.lru_cache.
func functoolsLruCache(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("lru_cache", args, kw, []string{"maxsize", "typed"}, 0)
	if e != nil {
		return rt.Null, e
	}
	typed := false
	if !a[1].IsNull() {
		if typed, e = rt.Truth(a[1]); e != nil {
			return rt.Null, e
		}
	}
	size := 128
	switch {
	case a[0].IsNull():
	case a[0].IsNone():
		size = -1
	case rt.IsIntLike(a[0]):
		n, e := rt.IndexOf(a[0])
		if e != nil {
			return rt.Null, e
		}
		size = int(max(n, 0))
	case rt.IsCallable(a[0]): // @lru_cache without parentheses
		return newLRU(a[0], 128, typed)
	default:
		return rt.Null, rt.TypeErrorf("Expected first argument to be an integer, a callable, or None")
	}
	return rt.NewBuiltin("decorating_function", func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("decorating_function", args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		return newLRU(args[0], size, typed)
	}), nil
}

// functoolsCmpToKey is functools.cmp_to_key.
func functoolsCmpToKey(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("cmp_to_key", args, kw, []string{"mycmp"}, 1)
	if e != nil {
		return rt.Null, e
	}
	cmp := a[0]
	return rt.NewBuiltin("K", func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("K", args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		return rt.Obj(&cmpKey{cmp: cmp, obj: args[0]}), nil
	}), nil
}

type cmpKey struct{ cmp, obj rt.Value }

func (*cmpKey) Type() *rt.Type { return cmpKeyType }

// totalOrdering is functools.total_ordering: from the first of __lt__,
// __le__, __gt__, __ge__ the class defines (not object's), derive the
// others as CPython's _convert table does.
func totalOrdering(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("total_ordering", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	cls := args[0]
	t, ok := cls.O.(*rt.Type)
	if !ok || cls.K != rt.KObj {
		return rt.Null, rt.TypeErrorf("total_ordering expects a class")
	}
	objT := rt.ObjectType
	defined := map[string]bool{}
	for _, op := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		v := t.Lookup(op)
		if !v.IsNull() && !rt.Is(v, objT.Lookup(op)) {
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
		return rt.Null, rt.ValueErrorf("must define at least one ordering operation: < > <= >=")
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
		fn := rt.NewFunction(&rt.Code{Name: c.name, Qualname: t.Qualname + "." + c.name, Filename: "functools", Params: []string{"self", "other"}, Pos: 2, Module: "functools"}, nil, nil,
			func(a []rt.Value) (rt.Value, *rt.Exc) {
				r, e := rt.CallMethod(a[0], root, []rt.Value{a[1]}, nil)
				if e != nil || rt.IsNotImplemented(r) {
					return r, e
				}
				rb, e := rt.Truth(r)
				if e != nil {
					return rt.Null, e
				}
				eq := false
				if c.eq && c.f(rb, false) != c.f(rb, true) {
					if eq, e = rt.EqBool(a[0], a[1]); e != nil {
						return rt.Null, e
					}
				}
				return rt.Bool(c.f(rb, eq)), nil
			})
		if e := rt.SetAttr(cls, c.name, fn); e != nil {
			return rt.Null, e
		}
	}
	return cls, nil
}
