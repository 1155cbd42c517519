package rt

import (
	"fmt"
	"strings"
	"sync"
)

// Call is fn(*args): keyword values are the last len(kwnames) entries of
// args (CPython's vectorcall convention).
func Call(fn Value, args []Value, kwnames []string) (Value, *Exc) {
	if fn.K == KObj {
		switch f := fn.O.(type) {
		case *Function:
			return f.Call(args, kwnames)
		case *BuiltinFunc:
			return f.Fn(args, kwnames)
		case *BoundMethod:
			return callWithSelf(f.Func, f.Self, args, kwnames)
		case *BuiltinMethod:
			return f.Descr.Fn(f.Self, args, kwnames)
		}
	}
	t := fn.Type()
	if t.Call == nil {
		return Null, TypeErrorf("'%s' object is not callable", t.Name)
	}
	return t.Call(fn, args, kwnames)
}

// Call0..Call2 are shorthands for positional calls.
func Call0(fn Value) (Value, *Exc)       { return Call(fn, nil, nil) }
func Call1(fn, a Value) (Value, *Exc)    { return Call(fn, []Value{a}, nil) }
func Call2(fn, a, b Value) (Value, *Exc) { return Call(fn, []Value{a, b}, nil) }

// callWithSelf calls fn(self, *args).
func callWithSelf(fn, self Value, args []Value, kwnames []string) (Value, *Exc) {
	all := make([]Value, len(args)+1)
	all[0] = self
	copy(all[1:], args)
	return Call(fn, all, kwnames)
}

// CallEx is fn(*args, **kwargs): args a tuple or list (or any iterable),
// kwargs a dict (or any mapping) or Null.
func CallEx(fn, args, kwargs Value) (Value, *Exc) {
	var pos []Value
	switch a := args.O.(type) {
	case *Tuple:
		pos = a.Items
	case *List:
		pos = a.Items
	default:
		if !args.IsNull() {
			items, e := toSliceFor(args, func() *Exc {
				return TypeErrorf("%s argument after * must be an iterable, not %s", funcDesc(fn), args.TypeName())
			})
			if e != nil {
				return Null, e
			}
			pos = items
		}
	}
	if kwargs.IsNull() {
		return Call(fn, pos, nil)
	}
	d, ok := kwargs.O.(*Dict)
	if !ok {
		nd := NewDictObj()
		if e := dictMergeMapping(nd, kwargs, func() *Exc {
			return TypeErrorf("%s argument after ** must be a mapping, not %s", funcDesc(fn), kwargs.TypeName())
		}); e != nil {
			return Null, e
		}
		d = nd
	}
	all := make([]Value, len(pos), len(pos)+d.Len())
	copy(all, pos)
	names := make([]string, 0, d.Len())
	var exc *Exc
	d.Items(func(k, v Value) bool {
		s, ok := AsStr(k)
		if !ok {
			exc = TypeErrorf("keywords must be strings")
			return false
		}
		names = append(names, s)
		all = append(all, v)
		return true
	})
	if exc != nil {
		return Null, exc
	}
	return Call(fn, all, names)
}

// funcDesc is how CPython names a callable in argument errors: "f()" for
// functions, "A.m()" for methods, else the type name.
func funcDesc(fn Value) string {
	switch f := fn.O.(type) {
	case *Function:
		mod := f.Code.Module
		if mod == "" {
			mod = "__main__"
		}
		if f.module != nil {
			mod, _ = AsStr(*f.module)
		}
		if mod != "builtins" {
			return mod + "." + f.Qualname + "()"
		}
		return f.Qualname + "()"
	case *BuiltinFunc:
		return f.Name + "()"
	case *BoundMethod:
		return funcDesc(f.Func)
	case *BuiltinMethod:
		return f.Descr.Owner.Name + "." + f.Descr.Name + "()"
	case *Type:
		return f.Name + "()"
	}
	return fn.TypeName() + " object"
}

// CallMethod is o.name(*args) without making a bound method when it can.
func CallMethod(o Value, name string, args []Value, kwnames []string) (Value, *Exc) {
	t := o.Type()
	if t.GetAttr == nil {
		descr, h := t.lookupCached(name)
		if descr.K == KObj {
			switch d := descr.O.(type) {
			case *MethodDescr:
				return d.Fn(o, args, kwnames)
			case *Function:
				if d := dictOf(o); d != nil {
					if ent := d.LookupStr(name, h); ent >= 0 {
						return Call(d.entries[ent].val, args, kwnames)
					}
				}
				return callWithSelf(descr, o, args, kwnames)
			}
		}
	}
	m, e := GetAttr(o, name)
	if e != nil {
		return Null, e
	}
	return Call(m, args, kwnames)
}

// LookupSpecial finds a dunder method on the type (not the instance) and
// binds it; Null if absent.
func LookupSpecial(o Value, name string) (Value, *Exc) {
	t := o.Type()
	descr := t.Lookup(name)
	if descr.IsNull() {
		return Null, nil
	}
	if descr.K == KObj {
		if g := descr.O.Type().Get; g != nil {
			return g(descr, o, t)
		}
	}
	return descr, nil
}

// CallSpecial calls a dunder method looked up on the type: found=false if
// the type has none.
func CallSpecial(o Value, name string, args ...Value) (Value, bool, *Exc) {
	t := o.Type()
	descr := t.Lookup(name)
	if descr.IsNull() {
		return Null, false, nil
	}
	if descr.K == KObj {
		switch d := descr.O.(type) {
		case *Function:
			all := make([]Value, len(args)+1)
			all[0] = o
			copy(all[1:], args)
			r, e := d.Call(all, nil)
			return r, true, e
		case *MethodDescr:
			r, e := d.Fn(o, args, nil)
			return r, true, e
		}
		if g := descr.O.Type().Get; g != nil {
			m, e := g(descr, o, t)
			if e != nil {
				return Null, true, e
			}
			r, e := Call(m, args, nil)
			return r, true, e
		}
	}
	r, e := Call(descr, args, nil)
	return r, true, e
}

// ParseArgs binds the arguments of a native function with optional
// keywords: names lists the parameters, the first `required` are
// mandatory. Missing ones are Null. Messages follow CPython's
// argument clinic.
func ParseArgs(fname string, args []Value, kwnames []string, names []string, required int) ([]Value, *Exc) {
	npos := len(args) - len(kwnames)
	if npos > len(names) {
		if len(names) == 0 {
			return nil, TypeErrorf("%s() takes no arguments (%d given)", fname, npos)
		}
		if required == len(names) {
			return nil, TypeErrorf("%s() takes exactly %d argument%s (%d given)", fname, len(names), Plural(len(names)), npos)
		}
		return nil, TypeErrorf("%s() takes at most %d argument%s (%d given)", fname, len(names), Plural(len(names)), npos)
	}
	out := make([]Value, len(names))
	copy(out, args[:npos])
	for i, k := range kwnames {
		found := false
		for j, n := range names {
			if n == k {
				if j < npos {
					return nil, TypeErrorf("argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
				}
				out[j] = args[npos+i]
				found = true
				break
			}
		}
		if !found {
			return nil, TypeErrorf("'%s' is an invalid keyword argument for %s()", k, fname)
		}
	}
	for i := 0; i < required; i++ {
		if out[i].IsNull() {
			return nil, TypeErrorf("%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return out, nil
}

// NoKwargs rejects keyword arguments for a builtin.
func NoKwargs(fname string, kwnames []string) *Exc {
	if len(kwnames) > 0 {
		return TypeErrorf("%s() takes no keyword arguments", fname)
	}
	return nil
}

// ArgCount checks a positional-only builtin's argument count.
func ArgCount(fname string, args []Value, kwnames []string, min, max int) *Exc {
	if e := NoKwargs(fname, kwnames); e != nil {
		return e
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	// fname may be qualified ("list.append"): CPython qualifies the
	// METH_NOARGS/METH_O messages only.
	short := fname[strings.LastIndexByte(fname, '.')+1:]
	if min == max {
		if min == 0 {
			return TypeErrorf("%s() takes no arguments (%d given)", fname, n)
		}
		if min == 1 {
			return TypeErrorf("%s() takes exactly one argument (%d given)", fname, n)
		}
		return TypeErrorf("%s expected %d arguments, got %d", short, min, n)
	}
	fname = short
	if n < min {
		return TypeErrorf("%s expected at least %d argument%s, got %d", fname, min, Plural(min), n)
	}
	return TypeErrorf("%s expected at most %d argument%s, got %d", fname, max, Plural(max), n)
}

func Plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Object identities: id() and default reprs/hashes need a stable number
// per object. Go objects move nothing, but we cannot print pointers
// portably, so ids are assigned on first use.
var (
	idMu   sync.Mutex
	idMap         = map[Object]uint64{}
	nextID uint64 = 0x7f0000001000
)

func objID(o Object) uint64 {
	if h, ok := o.(interface{ objID() uint64 }); ok {
		return h.objID()
	}
	idMu.Lock()
	defer idMu.Unlock()
	id, ok := idMap[o]
	if !ok {
		id = newID()
		idMap[o] = id
	}
	return id
}

func newID() uint64 {
	nextID += 0x30
	return nextID
}

// ID is id(v).
func ID(v Value) Value {
	switch v.K {
	case KObj:
		return Int(int64(objID(v.O)))
	case KNone:
		return Int(0x7f0000000100)
	case KBool:
		return Int(0x7f0000000200 + v.I*0x20)
	}
	// ints and floats have no identity here: derive one from the value.
	return Int(int64(uint64(v.I)*0x9E3779B97F4A7C15>>20 | 0x7f0000000000))
}

// AddrOf formats an object's id as CPython prints addresses.
func AddrOf(v Value) string {
	return fmt.Sprintf("0x%x", ID(v).I)
}
