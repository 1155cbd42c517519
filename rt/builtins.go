package rt

import (
	"math/big"
	"strings"
)

// The builtins module.

var builtinsMod *Module

func builtinsModule() *Module {
	if builtinsMod == nil {
		builtinsMod = NewModule("builtins")
	}
	return builtinsMod
}

// Builtin looks up a builtin by name (print, range, len, ...).
func Builtin(name string) (Value, bool) {
	return builtinsModule().Dict.GetStr(name)
}

func defBuiltin(name string, fn func(args []Value, kw []string) (Value, *Exc)) {
	builtinsModule().Dict.SetStr(name, Obj(&BuiltinFunc{Name: name, Fn: fn}))
}

func init() {
	m := builtinsModule()
	for _, t := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType,
		ByteArrayType, ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType, EnumerateType, ZipType,
		MapType, FilterType, ReversedType, PropertyType, StaticMethodType, ClassMethodType, SuperType} {
		m.Set(t.Name, Obj(t))
	}
	for _, t := range builtinExcTypes {
		m.Set(t.Name, Obj(t))
	}
	m.Set("EnvironmentError", Obj(ExcOSError))
	m.Set("IOError", Obj(ExcOSError))
	m.Set("None", None)
	m.Set("True", True)
	m.Set("False", False)
	m.Set("Ellipsis", Ellipsis)
	m.Set("NotImplemented", NotImplemented)
	m.Set("__debug__", True)
	m.Set("__name__", Str("builtins"))
	RegisterModule("builtins", func() (Value, *Exc) { return Obj(builtinsModule()), nil })

	defBuiltin("print", builtinPrint)
	defBuiltin("len", builtinsLen)
	defBuiltin("repr", builtinsRepr)
	defBuiltin("ascii", builtinsAscii)
	defBuiltin("format", builtinsFormat)
	defBuiltin("abs", builtinsAbs)
	defBuiltin("all", builtinsAll)
	defBuiltin("any", builtinsAny)
	numConv := func(name string, base int, prefix string) {
		defBuiltin(name, func(a []Value, kw []string) (Value, *Exc) {
			if e := ArgCount(name, a, kw, 1, 1); e != nil {
				return Null, e
			}
			v, e := Index(a[0])
			if e != nil {
				return Null, e
			}
			b := ToBig(v)
			sign := ""
			if b.Sign() < 0 {
				sign = "-"
				b.Neg(b)
			}
			return Str(sign + prefix + b.Text(base)), nil
		})
	}
	numConv("bin", 2, "0b")
	numConv("oct", 8, "0o")
	numConv("hex", 16, "0x")
	defBuiltin("callable", builtinsCallable)
	defBuiltin("chr", builtinsChr)
	defBuiltin("ord", builtinsOrd)
	defBuiltin("divmod", builtinsDivmod)
	defBuiltin("getattr", builtinsGetattr)
	defBuiltin("hasattr", builtinsHasattr)
	defBuiltin("setattr", builtinsSetattr)
	defBuiltin("delattr", builtinsDelattr)
	defBuiltin("hash", builtinsHash)
	defBuiltin("id", builtinsId)
	defBuiltin("isinstance", builtinsIsinstance)
	defBuiltin("issubclass", builtinsIssubclass)
	defBuiltin("iter", builtinsIter)
	defBuiltin("next", builtinsNext)
	defBuiltin("aiter", builtinsAiter)
	defBuiltin("anext", builtinsAnext)
	defBuiltin("min", builtinsMin)
	defBuiltin("max", builtinsMax)
	defBuiltin("sum", builtinSum)
	defBuiltin("sorted", builtinsSorted)
	defBuiltin("round", builtinsRound)
	defBuiltin("pow", builtinsPow)
	defBuiltin("vars", builtinsVars)
	defBuiltin("dir", builtinsDir)
	defBuiltin("input", builtinInput)
	defBuiltin("__import__", builtinsImport)
	// exit and quit, as the site module installs them.
	for _, name := range []string{"exit", "quit"} {
		m.Set(name, Obj(&quitter{name}))
	}
}

// builtinsLen is builtins.len.
func builtinsLen(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("len", a, kw, 1, 1); e != nil {
		return Null, e
	}
	n, e := Len(a[0])
	return Int(int64(n)), e
}

// builtinsRepr is builtins.repr.
func builtinsRepr(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("repr", a, kw, 1, 1); e != nil {
		return Null, e
	}
	return Repr(a[0])
}

// builtinsAscii is builtins.ascii.
func builtinsAscii(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("ascii", a, kw, 1, 1); e != nil {
		return Null, e
	}
	s, e := ToASCII(a[0])
	return Str(s), e
}

// builtinsFormat is builtins.format.
func builtinsFormat(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("format", a, kw, 1, 2); e != nil {
		return Null, e
	}
	spec := ""
	if len(a) == 2 {
		s, ok := AsStr(a[1])
		if !ok {
			return Null, TypeErrorf("format() argument 2 must be str, not %s", a[1].TypeName())
		}
		spec = s
	}
	return FormatValue(a[0], spec)
}

// builtinsAbs is builtins.abs.
func builtinsAbs(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("abs", a, kw, 1, 1); e != nil {
		return Null, e
	}
	return Abs(a[0])
}

// builtinsAll is builtins.all.
func builtinsAll(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("all", a, kw, 1, 1); e != nil {
		return Null, e
	}
	res := true
	e := iterUntil(a[0], func(v Value) (bool, *Exc) {
		t, e := Truth(v)
		if !t {
			res = false
		}
		return !t, e
	})
	return Bool(res), e
}

// builtinsAny is builtins.any.
func builtinsAny(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("any", a, kw, 1, 1); e != nil {
		return Null, e
	}
	res := false
	e := iterUntil(a[0], func(v Value) (bool, *Exc) {
		t, e := Truth(v)
		if t {
			res = true
		}
		return t, e
	})
	return Bool(res), e
}

// builtinsCallable is builtins.callable.
func builtinsCallable(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("callable", a, kw, 1, 1); e != nil {
		return Null, e
	}
	return Bool(IsCallable(a[0])), nil
}

// builtinsChr is builtins.chr.
func builtinsChr(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("chr", a, kw, 1, 1); e != nil {
		return Null, e
	}
	if !isIndexable(a[0]) {
		return Null, TypeErrorf("'%s' object cannot be interpreted as an integer", a[0].TypeName())
	}
	n, e := IndexOf(a[0])
	if e != nil || n < 0 || n > 0x10ffff {
		return Null, ValueErrorf("chr() arg not in range(0x110000)")
	}
	return Str(string(appendRune(nil, rune(n)))), nil
}

// builtinsOrd is builtins.ord.
func builtinsOrd(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("ord", a, kw, 1, 1); e != nil {
		return Null, e
	}
	switch o := a[0].O.(type) {
	case *StrObj:
		if n := o.Len(); n != 1 {
			return Null, TypeErrorf("ord() expected a character, but string of length %d found", n)
		}
		r, _ := DecodeRune(o.S, 0)
		return Int(int64(r)), nil
	case *BytesObj:
		if len(o.B) != 1 {
			return Null, TypeErrorf("ord() expected a character, but string of length %d found", len(o.B))
		}
		return Int(int64(o.B[0])), nil
	}
	return Null, TypeErrorf("ord() expected string of length 1, but %s found", a[0].TypeName())
}

// builtinsDivmod is builtins.divmod.
func builtinsDivmod(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("divmod", a, kw, 2, 2); e != nil {
		return Null, e
	}
	return Divmod(a[0], a[1])
}

// builtinsGetattr is builtins.getattr.
func builtinsGetattr(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("getattr", a, kw, 2, 3); e != nil {
		return Null, e
	}
	name, ok := AsStr(a[1])
	if !ok {
		return Null, TypeErrorf("attribute name must be string, not '%s'", a[1].TypeName())
	}
	v, e := GetAttr(a[0], name)
	if e != nil && len(a) == 3 && e.Class.IsSubtype(ExcAttributeError) {
		return a[2], nil
	}
	return v, e
}

// builtinsHasattr is builtins.hasattr.
func builtinsHasattr(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("hasattr", a, kw, 2, 2); e != nil {
		return Null, e
	}
	name, ok := AsStr(a[1])
	if !ok {
		return Null, TypeErrorf("attribute name must be string, not '%s'", a[1].TypeName())
	}
	v, e := GetAttrOpt(a[0], name)
	return Bool(!v.IsNull()), e
}

// builtinsSetattr is builtins.setattr.
func builtinsSetattr(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("setattr", a, kw, 3, 3); e != nil {
		return Null, e
	}
	name, ok := AsStr(a[1])
	if !ok {
		return Null, TypeErrorf("attribute name must be string, not '%s'", a[1].TypeName())
	}
	return None, SetAttr(a[0], name, a[2])
}

// builtinsDelattr is builtins.delattr.
func builtinsDelattr(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("delattr", a, kw, 2, 2); e != nil {
		return Null, e
	}
	name, ok := AsStr(a[1])
	if !ok {
		return Null, TypeErrorf("attribute name must be string, not '%s'", a[1].TypeName())
	}
	return None, DelAttr(a[0], name)
}

// builtinsHash is builtins.hash.
func builtinsHash(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("hash", a, kw, 1, 1); e != nil {
		return Null, e
	}
	h, e := Hash(a[0])
	return Int(h), e
}

// builtinsId is builtins.id.
func builtinsId(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("id", a, kw, 1, 1); e != nil {
		return Null, e
	}
	return ID(a[0]), nil
}

// builtinsIsinstance is builtins.isinstance.
func builtinsIsinstance(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("isinstance", a, kw, 2, 2); e != nil {
		return Null, e
	}
	r, e := IsInstance(a[0], a[1])
	return Bool(r), e
}

// builtinsIssubclass is builtins.issubclass.
func builtinsIssubclass(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("issubclass", a, kw, 2, 2); e != nil {
		return Null, e
	}
	r, e := IsSubclass(a[0], a[1])
	return Bool(r), e
}

// builtinsIter is builtins.iter.
func builtinsIter(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("iter", a, kw, 1, 2); e != nil {
		return Null, e
	}
	if len(a) == 2 {
		if !IsCallable(a[0]) {
			return Null, TypeErrorf("iter(v, w): v must be callable")
		}
		return Obj(&callableIter{fn: a[0], sentinel: a[1]}), nil
	}
	return Iter(a[0])
}

// builtinsNext is builtins.next.
func builtinsNext(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("next", a, kw, 1, 2); e != nil {
		return Null, e
	}
	if a[0].Type().Next == nil {
		return Null, TypeErrorf("'%s' object is not an iterator", a[0].TypeName())
	}
	v, ok, e := Next(a[0])
	if e != nil {
		return Null, e
	}
	if !ok {
		if len(a) == 2 {
			return a[1], nil
		}
		return Null, NewExc(ExcStopIteration)
	}
	return v, nil
}

// builtinsAiter is builtins.aiter.
func builtinsAiter(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("aiter", a, kw, 1, 1); e != nil {
		return Null, e
	}
	r, found, e := CallSpecial(a[0], "__aiter__")
	if !found {
		return Null, TypeErrorf("'%s' object is not an async iterable", a[0].TypeName())
	}
	return r, e
}

// builtinsAnext is builtins.anext.
func builtinsAnext(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("anext", a, kw, 1, 2); e != nil {
		return Null, e
	}
	r, found, e := CallSpecial(a[0], "__anext__")
	if !found {
		return Null, TypeErrorf("'%s' object is not an async iterator", a[0].TypeName())
	}
	if e != nil || len(a) == 1 {
		return r, e
	}
	// anext(it, default) is CPython's anext_awaitable: awaiting it
	// awaits __anext__()'s result and turns StopAsyncIteration into
	// the default.
	def := a[1]
	g := NewGenerator(anextAwaitableCode, func() (Value, *Exc) {
		v, e := Await(r)
		if e != nil && IsExcInstance(e, ExcStopAsyncIteration) {
			return def, nil
		}
		return v, e
	})
	g.O.(*Generator).noWarn = true // not a coroutine in CPython: never warns
	return g, nil
}

// builtinsMin is builtins.min.
func builtinsMin(a []Value, kw []string) (Value, *Exc) { return minMax("min", a, kw, OpLt) }

// builtinsMax is builtins.max.
func builtinsMax(a []Value, kw []string) (Value, *Exc) { return minMax("max", a, kw, OpGt) }

// builtinsSorted is builtins.sorted.
func builtinsSorted(a []Value, kw []string) (Value, *Exc) {
	npos := len(a) - len(kw)
	if npos != 1 {
		if npos == 0 {
			return Null, TypeErrorf("sorted expected 1 argument, got 0")
		}
		return Null, TypeErrorf("sorted expected 1 argument, got %d", npos)
	}
	items, e := ToSlice(a[0])
	if e != nil {
		return Null, e
	}
	l := NewList(append([]Value(nil), items...)...)
	_, e = CallMethod(l, "sort", a[1:], kw)
	return l, e
}

// builtinsRound is builtins.round.
func builtinsRound(a []Value, kw []string) (Value, *Exc) {
	p, e := ParseArgs("round", a, kw, []string{"number", "ndigits"}, 1)
	if e != nil {
		return Null, e
	}
	x := p[0]
	if x.K == KFloat && (p[1].IsNull() || p[1].IsNone()) {
		return CallMethod(x, "__round__", nil, nil)
	}
	args := []Value{}
	if !p[1].IsNull() {
		args = append(args, p[1])
	}
	r, found, e := CallSpecial(x, "__round__", args...)
	if !found {
		return Null, TypeErrorf("type %s doesn't define __round__ method", x.TypeName())
	}
	return r, e
}

// builtinsPow is builtins.pow.
func builtinsPow(a []Value, kw []string) (Value, *Exc) {
	p, e := ParseArgs("pow", a, kw, []string{"base", "exp", "mod"}, 2)
	if e != nil {
		return Null, e
	}
	if p[2].IsNull() || p[2].IsNone() {
		return Pow(p[0], p[1])
	}
	return powMod(p[0], p[1], p[2])
}

// builtinsVars is builtins.vars.
func builtinsVars(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("vars", a, kw, 1, 1); e != nil {
		return Null, e
	}
	v, e := GetAttr(a[0], "__dict__")
	if e != nil {
		return Null, TypeErrorf("vars() argument must have __dict__ attribute")
	}
	return v, nil
}

// builtinsDir is builtins.dir.
func builtinsDir(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("dir", a, kw, 0, 1); e != nil {
		return Null, e
	}
	if len(a) == 0 {
		return NewList(), nil
	}
	var l Value
	var e *Exc
	if m, ok := a[0].O.(*Module); ok {
		l = NewList(m.Dict.Keys()...)
	} else if l, e = CallMethod(a[0], "__dir__", nil, nil); e != nil {
		return Null, e
	}
	items, e := ToSlice(l)
	if e != nil {
		return Null, e
	}
	out := NewList(append([]Value(nil), items...)...)
	_, e = CallMethod(out, "sort", nil, nil)
	return out, e
}

// builtinsImport is builtins.__import__.
func builtinsImport(a []Value, kw []string) (Value, *Exc) {
	p, e := ParseArgs("__import__", a, kw, []string{"name", "globals", "locals", "fromlist", "level"}, 1)
	if e != nil {
		return Null, e
	}
	name, ok := AsStr(p[0])
	if !ok {
		return Null, TypeErrorf("__import__() argument 1 must be str, not %s", p[0].TypeName())
	}
	from := false
	if !p[3].IsNull() {
		if from, e = Truth(p[3]); e != nil {
			return Null, e
		}
	}
	level := int64(0)
	if !p[4].IsNull() {
		if level, e = IndexOf(p[4]); e != nil {
			return Null, e
		}
	}
	return Import(name, from, int(level))
}

// quitter is site.Quitter: exit() and quit() raise SystemExit.
type quitter struct{ name string }

var quitterType = NewType("Quitter", ObjectType)

func (*quitter) Type() *Type { return quitterType }

func init() {
	quitterType.Module = "_sitebuiltins"
	quitterType.Repr = quitterRepr
	quitterType.Call = quitterCall
}

// quitterRepr is the Repr hook (__repr__) of Quitter.
func quitterRepr(v Value) (string, *Exc) {
	return "Use " + v.O.(*quitter).name + "() or Ctrl-D (i.e. EOF) to exit", nil
}

// quitterCall is the Call hook (__call__) of Quitter.
func quitterCall(fn Value, args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs("__call__", args, kw, []string{"code"}, 0)
	if e != nil {
		return Null, e
	}
	FlushStdio()
	if a[0].IsNull() {
		return Null, NewExc(ExcSystemExit)
	}
	return Null, NewExc(ExcSystemExit, a[0])
}

// iterUntil iterates until f returns true.
func iterUntil(it Value, f func(v Value) (bool, *Exc)) *Exc {
	stop := &Exc{}
	e := ForEach(it, func(v Value) *Exc {
		done, e := f(v)
		if e != nil {
			return e
		}
		if done {
			return stop
		}
		return nil
	})
	if e == stop {
		return nil
	}
	return e
}

func IsCallable(v Value) bool {
	if v.K != KObj {
		return false
	}
	switch v.O.(type) {
	case *Function, *BuiltinFunc, *BoundMethod, *BuiltinMethod, *Type:
		return true
	}
	return v.Type().Call != nil
}

// IsInstance is isinstance(v, cls) (PyObject_IsInstance): an exact type
// match, a tuple item by item, else the __instancecheck__ of cls's type
// (a metaclass's; the collections.abc and typing placeholders answer as
// ABCMeta would).
func IsInstance(v, cls Value) (bool, *Exc) {
	if cls.K != KObj {
		return classCheck(v.Type(), cls, "isinstance")
	}
	switch t := cls.O.(type) {
	case *Type:
		if v.Type() == t {
			return true, nil
		}
		if r, found, e := metaCheck(cls, t, "__instancecheck__", v); found {
			return r, e
		}
		return v.Type().IsSubtype(t), nil
	case *Tuple:
		for _, it := range t.Items {
			r, e := IsInstance(v, it)
			if e != nil || r {
				return r, e
			}
		}
		return false, nil
	}
	if r, handled, e := nativeClassCheck(v.Type(), cls, "isinstance"); handled {
		return r, e
	}
	if d := cls.Type().Lookup("__instancecheck__"); !d.IsNull() && !isNativeAttr(d) {
		res, _, e := CallSpecial(cls, "__instancecheck__", v)
		if e != nil {
			return false, e
		}
		return Truth(res)
	}
	return classCheck(v.Type(), cls, "isinstance")
}

// ClassChecker is a native object that answers isinstance and issubclass
// against itself, as a metaclass's __instancecheck__/__subclasscheck__
// does for a class (typing's and collections.abc's placeholders):
// handled is false for one that leaves the answer to the generic check.
type ClassChecker interface {
	CheckClass(c *Type, fname string) (r, handled bool, e *Exc)
}

// nativeClassCheck asks cls, if it is a ClassChecker, whether class c is
// an instance or subclass (fname names the builtin asking).
func nativeClassCheck(c *Type, cls Value, fname string) (r, handled bool, e *Exc) {
	if cc, ok := cls.O.(ClassChecker); ok && cls.K == KObj {
		return cc.CheckClass(c, fname)
	}
	return false, false, nil
}

// IsSubclass is issubclass(c, cls) (PyObject_IsSubclass).
func IsSubclass(c, cls Value) (bool, *Exc) {
	if cls.K == KObj {
		switch t := cls.O.(type) {
		case *Type:
			if r, found, e := metaCheck(cls, t, "__subclasscheck__", c); found {
				return r, e
			}
		case *Tuple:
			for _, it := range t.Items {
				r, e := IsSubclass(c, it)
				if e != nil || r {
					return r, e
				}
			}
			return false, nil
		}
	}
	ct, ok := c.O.(*Type)
	if !ok || c.K != KObj {
		return false, TypeErrorf("issubclass() arg 1 must be a class")
	}
	if r, handled, e := nativeClassCheck(ct, cls, "issubclass"); handled {
		return r, e
	}
	return classCheck(ct, cls, "issubclass")
}

// metaCheck calls the __instancecheck__ or __subclasscheck__ a Python
// metaclass of t defines (type's own is IsSubtype, done by the caller).
func metaCheck(cls Value, t *Type, name string, arg Value) (r, found bool, e *Exc) {
	if t.Meta == nil || isNativeAttr(t.Meta.Lookup(name)) {
		return false, false, nil
	}
	res, found, e := CallSpecial(cls, name, arg)
	if !found {
		return false, false, nil
	}
	if e != nil {
		return false, true, e
	}
	b, e := Truth(res)
	return b, true, e
}

func classCheck(c *Type, cls Value, fname string) (bool, *Exc) {
	if cls.K == KObj {
		switch x := cls.O.(type) {
		case *Type:
			return c.IsSubtype(x), nil
		case *Tuple:
			for _, it := range x.Items {
				r, e := classCheck(c, it, fname)
				if e != nil || r {
					return r, e
				}
			}
			return false, nil
		case *unionObj:
			for _, it := range x.args {
				r, e := classCheck(c, it, fname)
				if e != nil || r {
					return r, e
				}
			}
			return false, nil
		}
	}
	return false, TypeErrorf("%s() arg 2 must be a type, a tuple of types, or a union", fname)
}

func minMax(name string, args []Value, kw []string, op CompareOp) (Value, *Exc) {
	npos := len(args) - len(kw)
	var key, def Value
	for i, k := range kw {
		switch k {
		case "key":
			key = args[npos+i]
		case "default":
			def = args[npos+i]
		default:
			return Null, TypeErrorf("%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	if key.IsNone() {
		key = Null
	}
	var items []Value
	var e *Exc
	switch {
	case npos == 0:
		return Null, TypeErrorf("%s expected at least 1 argument, got 0", name)
	case npos == 1:
		if items, e = ToSlice(args[0]); e != nil {
			return Null, e
		}
		if len(items) == 0 {
			if !def.IsNull() {
				return def, nil
			}
			return Null, ValueErrorf("%s() arg is an empty sequence", name)
		}
	default:
		if !def.IsNull() {
			return Null, TypeErrorf("Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args[:npos]
	}
	best := items[0]
	bestKey := best
	if !key.IsNull() {
		if bestKey, e = Call(key, []Value{best}, nil); e != nil {
			return Null, e
		}
	}
	for _, it := range items[1:] {
		k := it
		if !key.IsNull() {
			if k, e = Call(key, []Value{it}, nil); e != nil {
				return Null, e
			}
		}
		better, e := CompareBool(k, bestKey, op)
		if e != nil {
			return Null, e
		}
		if better {
			best, bestKey = it, k
		}
	}
	return best, nil
}

func builtinSum(args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs("sum", args, kw, []string{"iterable", "start"}, 1)
	if e != nil {
		return Null, e
	}
	acc := Int(0)
	if !a[1].IsNull() {
		acc = a[1]
		switch acc.O.(type) {
		case *StrObj:
			return Null, TypeErrorf("sum() can't sum strings [use ''.join(seq) instead]")
		case *BytesObj:
			return Null, TypeErrorf("sum() can't sum bytes [use b''.join(seq) instead]")
		}
	}
	// Floats are summed with compensated... CPython sums floats in plain
	// double arithmetic (3.11), so no compensation here.
	e = ForEach(a[0], func(v Value) *Exc {
		var e *Exc
		acc, e = Add(acc, v)
		return e
	})
	return acc, e
}

// powMod is pow(base, exp, mod) for ints.
func powMod(b, x, m Value) (Value, *Exc) {
	if !IsIntLike(b) || !IsIntLike(x) || !IsIntLike(m) {
		if b.K == KFloat || x.K == KFloat || m.K == KFloat {
			return Null, TypeErrorf("pow() 3rd argument not allowed unless all arguments are integers")
		}
		return Null, TypeErrorf("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", b.TypeName(), x.TypeName(), m.TypeName())
	}
	mb := ToBig(m)
	if mb.Sign() == 0 {
		return Null, ValueErrorf("pow() 3rd argument cannot be 0")
	}
	bb, xb := ToBig(b), ToBig(x)
	neg := mb.Sign() < 0
	am := new(big.Int).Abs(mb)
	if xb.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(bb, am), am)
		if inv == nil {
			return Null, ValueErrorf("base is not invertible for the given modulus")
		}
		bb = inv
		xb.Neg(xb)
	}
	r := new(big.Int).Exp(bb, xb, am)
	if neg && r.Sign() != 0 {
		r.Add(r, mb)
	}
	return BigInt(r), nil
}

// builtinNames lists the builtins (for suggestions).
func builtinNames() []string {
	var out []string
	for _, k := range builtinsModule().Dict.Keys() {
		s, _ := AsStr(k)
		if !strings.HasPrefix(s, "_") {
			out = append(out, s)
		}
	}
	return out
}

// anextAwaitableCode is the code of the awaitable anext(it, default)
// returns (CPython's anext_awaitable, a C object with no frame).
var anextAwaitableCode = &Code{Name: "anext_awaitable", Qualname: "anext_awaitable", Kind: CoroutineCode, Module: "builtins"}
