package rt

// enumerate, zip, map, filter, reversed.

type enumerateObj struct {
	it Value
	i  Value
}
type zipObj struct {
	its    []Value
	strict bool
	done   bool
}
type mapObj struct {
	fn  Value
	its []Value
}
type filterObj struct {
	fn, it Value
}
type reversedObj struct {
	seq Value
	i   int
}

var (
	EnumerateType = NewType("enumerate", ObjectType)
	ZipType       = NewType("zip", ObjectType)
	MapType       = NewType("map", ObjectType)
	FilterType    = NewType("filter", ObjectType)
	ReversedType  = NewType("reversed", ObjectType)
)

func (*enumerateObj) Type() *Type { return EnumerateType }
func (*zipObj) Type() *Type       { return ZipType }
func (*mapObj) Type() *Type       { return MapType }
func (*filterObj) Type() *Type    { return FilterType }
func (*reversedObj) Type() *Type  { return ReversedType }

func init() {
	for _, t := range []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType} {
		t.Iter = selfIter
		t.Init = enumerateInit
	}
	EnumerateType.New = enumerateNew
	EnumerateType.Next = enumerateNext
	ZipType.New = zipNew
	ZipType.Next = zipNext
	MapType.New = mapNew
	MapType.Next = mapNext
	FilterType.New = filterNew
	FilterType.Next = filterNext
	ReversedType.New = reversedNew
	ReversedType.Next = reversedNext
}

// enumerateInit is the Init hook (__init__) of enumerate (and zip, map, filter, reversed).
func enumerateInit(Value, []Value, []string) *Exc { return nil }

// enumerateNew is the New hook (__new__) of enumerate.
func enumerateNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs("enumerate", args, kw, []string{"iterable", "start"}, 1)
	if e != nil {
		return Null, e
	}
	it, e := Iter(a[0])
	if e != nil {
		return Null, e
	}
	start := Int(0)
	if !a[1].IsNull() {
		if !isIndexable(a[1]) {
			return Null, TypeErrorf("'%s' object cannot be interpreted as an integer", a[1].TypeName())
		}
		start, _ = Index(a[1])
	}
	return Obj(&enumerateObj{it: it, i: start}), nil
}

// enumerateNext is the Next hook (__next__) of enumerate.
func enumerateNext(v Value) (Value, bool, *Exc) {
	en := v.O.(*enumerateObj)
	x, ok, e := Next(en.it)
	if !ok || e != nil {
		return Null, false, e
	}
	i := en.i
	en.i, _ = Add(en.i, Int(1))
	return NewTuple(i, x), true, nil
}

// zipNew is the New hook (__new__) of zip.
func zipNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	strict := false
	npos := len(args) - len(kw)
	for i, k := range kw {
		if k != "strict" {
			return Null, TypeErrorf("zip() got an unexpected keyword argument '%s'", k)
		}
		strict, _ = Truth(args[npos+i])
	}
	z := &zipObj{strict: strict}
	for i, a := range args[:npos] {
		it, e := Iter(a)
		if e != nil {
			if e.Class == ExcTypeError && a.Type().Iter == nil {
				return Null, TypeErrorf("zip argument #%d must support iteration", i+1)
			}
			return Null, e
		}
		z.its = append(z.its, it)
	}
	return Obj(z), nil
}

// zipNext is the Next hook (__next__) of zip.
func zipNext(v Value) (Value, bool, *Exc) {
	z := v.O.(*zipObj)
	if z.done || len(z.its) == 0 {
		return Null, false, nil
	}
	items := make([]Value, len(z.its))
	for i, it := range z.its {
		x, ok, e := Next(it)
		if e != nil {
			return Null, false, e
		}
		if !ok {
			z.done = true
			if z.strict {
				if i > 0 {
					s := "s 1-" + Itoa(i)
					if i == 1 {
						s = " 1"
					}
					return Null, false, ValueErrorf("zip() argument %d is shorter than argument%s", i+1, s)
				}
				for j := 1; j < len(z.its); j++ {
					_, ok, e := Next(z.its[j])
					if e != nil {
						return Null, false, e
					}
					if ok {
						s := "s 1-" + Itoa(j)
						if j == 1 {
							s = " 1"
						}
						return Null, false, ValueErrorf("zip() argument %d is longer than argument%s", j+1, s)
					}
				}
			}
			return Null, false, nil
		}
		items[i] = x
	}
	return NewTuple(items...), true, nil
}

// mapNew is the New hook (__new__) of map.
func mapNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if e := NoKwargs("map", kw); e != nil {
		return Null, e
	}
	if len(args) < 2 {
		return Null, TypeErrorf("map() must have at least two arguments.")
	}
	m := &mapObj{fn: args[0]}
	for _, a := range args[1:] {
		it, e := Iter(a)
		if e != nil {
			return Null, e
		}
		m.its = append(m.its, it)
	}
	return Obj(m), nil
}

// mapNext is the Next hook (__next__) of map.
func mapNext(v Value) (Value, bool, *Exc) {
	m := v.O.(*mapObj)
	items := make([]Value, len(m.its))
	for i, it := range m.its {
		x, ok, e := Next(it)
		if !ok || e != nil {
			return Null, false, e
		}
		items[i] = x
	}
	r, e := Call(m.fn, items, nil)
	if e != nil {
		return Null, false, e
	}
	return r, true, nil
}

// filterNew is the New hook (__new__) of filter.
func filterNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if e := NoKwargs("filter", kw); e != nil {
		return Null, e
	}
	if len(args) != 2 {
		return Null, TypeErrorf("filter expected 2 arguments, got %d", len(args))
	}
	it, e := Iter(args[1])
	if e != nil {
		return Null, e
	}
	return Obj(&filterObj{fn: args[0], it: it}), nil
}

// filterNext is the Next hook (__next__) of filter.
func filterNext(v Value) (Value, bool, *Exc) {
	f := v.O.(*filterObj)
	for {
		x, ok, e := Next(f.it)
		if !ok || e != nil {
			return Null, false, e
		}
		var keep bool
		if f.fn.IsNone() {
			keep, e = Truth(x)
		} else {
			r, e2 := Call(f.fn, []Value{x}, nil)
			if e2 != nil {
				return Null, false, e2
			}
			keep, e = Truth(r)
		}
		if e != nil {
			return Null, false, e
		}
		if keep {
			return x, true, nil
		}
	}
}

// reversedNew is the New hook (__new__) of reversed.
func reversedNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("reversed", args, kw, 1, 1); e != nil {
		return Null, e
	}
	seq := args[0]
	if r, found, e := CallSpecial(seq, "__reversed__"); found {
		return r, e
	}
	t := seq.Type()
	if t.GetItem == nil || t.Len == nil || t == DictType {
		return Null, TypeErrorf("'%s' object is not reversible", t.Name)
	}
	n, e := Len(seq)
	if e != nil {
		return Null, e
	}
	return Obj(&reversedObj{seq: seq, i: n - 1}), nil
}

// reversedNext is the Next hook (__next__) of reversed.
func reversedNext(v Value) (Value, bool, *Exc) {
	r := v.O.(*reversedObj)
	if r.i < 0 {
		return Null, false, nil
	}
	x, e := GetItem(r.seq, Int(int64(r.i)))
	r.i--
	if e != nil {
		if e.Class.IsSubtype(ExcIndexError) || e.Class.IsSubtype(ExcStopIteration) {
			r.i = -1
			return Null, false, nil
		}
		return Null, false, e
	}
	return x, true, nil
}
