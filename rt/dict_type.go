package rt

import "strings"

// The dict type: hooks, methods, views.

// DictType is dict.
var DictType = NewType("dict", ObjectType)

// NewDict makes a dict from key, value, key, value...
func NewDict(kv ...Value) (Value, *Exc) {
	d := NewDictObj()
	for i := 0; i+1 < len(kv); i += 2 {
		if e := d.Set(kv[i], kv[i+1]); e != nil {
			return Null, e
		}
	}
	return Obj(d), nil
}

// DictSet is d[k] = v for displays.
func DictSet(dict, k, v Value) *Exc { return dict.O.(*Dict).Set(k, v) }

// DictUpdate is {**m} for displays.
func DictUpdate(dict, mapping Value) *Exc {
	return dictMergeMapping(dict.O.(*Dict), mapping, func() *Exc {
		return TypeErrorf("'%s' object is not a mapping", mapping.TypeName())
	})
}

// dictMergeMapping adds a mapping's items (dict or anything with keys()
// and __getitem__).
func dictMergeMapping(d *Dict, m Value, notMapping func() *Exc) *Exc {
	if src, ok := m.O.(*Dict); ok && m.K == KObj {
		var exc *Exc
		src.Items(func(k, v Value) bool {
			exc = d.Set(k, v)
			return exc == nil
		})
		return exc
	}
	keysFn, e := GetAttrOpt(m, "keys")
	if e != nil {
		return e
	}
	if keysFn.IsNull() {
		return notMapping()
	}
	keys, e := Call(keysFn, nil, nil)
	if e != nil {
		return e
	}
	return ForEach(keys, func(k Value) *Exc {
		v, e := GetItem(m, k)
		if e != nil {
			return e
		}
		return d.Set(k, v)
	})
}

// DictUpdateArg is dict.update's positional argument: a mapping or an
// iterable of pairs.
func DictUpdateArg(d *Dict, arg Value) *Exc {
	if _, ok := arg.O.(*Dict); ok && arg.K == KObj {
		return dictMergeMapping(d, arg, nil)
	}
	if k, e := GetAttrOpt(arg, "keys"); e != nil {
		return e
	} else if !k.IsNull() {
		return dictMergeMapping(d, arg, nil)
	}
	t := arg.Type()
	if t.Iter == nil && t.GetItem == nil {
		return TypeErrorf("'%s' object is not iterable", t.Name)
	}
	i := 0
	e := ForEach(arg, func(p Value) *Exc {
		pt := p.Type()
		if pt.Iter == nil && pt.GetItem == nil {
			return TypeErrorf("cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		kv, e := ToSlice(p)
		if e != nil {
			return e
		}
		if len(kv) != 2 {
			return ValueErrorf("dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
		}
		i++
		return d.Set(kv[0], kv[1])
	})
	return e
}

// dictMissing raises KeyError, or calls __missing__ of a dict subclass.
func dictMissing(o, k Value) (Value, *Exc) {
	if d := o.O.(*Dict); d.cls != nil {
		if r, found, e := CallSpecial(o, "__missing__", k); found {
			return r, e
		}
	}
	return Null, KeyErrorOf(k)
}

func DictRepr(v Value) (string, *Exc) {
	d := v.O.(*Dict)
	if d.used == 0 {
		return "{}", nil
	}
	if !ReprEnter(d) {
		return "{...}", nil
	}
	defer ReprLeave(d)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	var exc *Exc
	d.Items(func(k, val Value) bool {
		if !first {
			b.WriteString(", ")
		}
		first = false
		ks, e := ToRepr(k)
		if e != nil {
			exc = e
			return false
		}
		vs, e := ToRepr(val)
		if e != nil {
			exc = e
			return false
		}
		b.WriteString(ks)
		b.WriteString(": ")
		b.WriteString(vs)
		return true
	})
	b.WriteByte('}')
	return b.String(), exc
}

func dictEqual(a, b *Dict) (bool, *Exc) {
	if a.used != b.used {
		return false, nil
	}
	eq := true
	var exc *Exc
	a.Items(func(k, v Value) bool {
		w, ok, e := b.Get(k)
		if e != nil {
			exc = e
			return false
		}
		if !ok {
			eq = false
			return false
		}
		r, e := EqBool(v, w)
		if e != nil {
			exc = e
			return false
		}
		if !r {
			eq = false
			return false
		}
		return true
	})
	return eq, exc
}

// dictIter iterates a dict's keys, values or items, failing if the dict
// changes size.
type dictIter struct {
	d    *Dict
	i    int
	n    int // size at start
	kind int // 0 keys, 1 values, 2 items
}

func (it *dictIter) Type() *Type {
	return [...]*Type{DictKeyIterType, DictValueIterType, DictItemIterType}[it.kind]
}

func dictIterNext(v Value) (Value, bool, *Exc) {
	it := v.O.(*dictIter)
	if it.d == nil {
		return Null, false, nil
	}
	if it.d.used != it.n {
		it.n = -1
		return Null, false, Errorf(ExcRuntimeError, "dictionary changed size during iteration")
	}
	for it.i < len(it.d.entries) {
		e := it.d.entries[it.i]
		it.i++
		if e.key.IsNull() {
			continue
		}
		switch it.kind {
		case 0:
			return e.key, true, nil
		case 1:
			return e.val, true, nil
		}
		return NewTuple(e.key, e.val), true, nil
	}
	it.d = nil
	return Null, false, nil
}

// DictView is dict.keys(), values() or items().
type DictView struct {
	d    *Dict
	kind int
}

var (
	DictKeysType   = NewType("dict_keys", ObjectType)
	DictValuesType = NewType("dict_values", ObjectType)
	DictItemsType  = NewType("dict_items", ObjectType)
)

func (v *DictView) Type() *Type {
	return [...]*Type{DictKeysType, DictValuesType, DictItemsType}[v.kind]
}

func init() {
	t := DictType
	t.SetDict("__hash__", None)
	t.Repr = DictRepr
	t.Len = dictLen
	t.GetItem = dictGetItem
	t.SetItem = dictSetItem
	t.Contains = dictContains
	t.Iter = dictIterHook
	t.Compare = dictCompare
	t.Num[BinOr] = dictOr
	t.INum[BinOr] = dictIor
	t.New = dictNew
	t.Init = dictInit
	m := func(name string, f NativeFunc) { t.Method(name, f) }
	m("keys", dictKeys)
	m("values", dictValues)
	m("items", dictItems)
	m("get", dictGet)
	m("setdefault", dictSetdefault)
	m("pop", dictPop)
	m("popitem", dictPopitem)
	m("update", dictUpdate)
	m("clear", dictClear)
	m("copy", dictCopy)
	m("__reversed__", dictReversed)
	t.ClassMethod("fromkeys", dictFromkeys)
	t.ClassMethod("__class_getitem__", dictClassGetitem)

	for _, it := range []*Type{DictKeyIterType, DictValueIterType, DictItemIterType} {
		it.Iter = selfIter
		it.Next = dictKeyiteratorNext
	}

	for _, vt := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		vt.Len = dictKeysLen
		vt.Iter = dictKeysIter
		vt.Repr = dictKeysRepr
		vt.Method("__reversed__", dictKeysReversed)
	}
	// Set-like views are unhashable (Set's __hash__ is None).
	DictKeysType.SetDict("__hash__", None)
	DictItemsType.SetDict("__hash__", None)
	DictKeysType.Contains = dictKeysContains
	DictItemsType.Contains = dictItemsContains
	viewSetOp := func(op BinOp) func(a, b Value) (Value, *Exc) {
		return func(a, b Value) (Value, *Exc) {
			sa, e := NewSetFrom(a)
			if e != nil {
				return Null, e
			}
			return binaryArith(sa, b, op)
		}
	}
	for _, vt := range []*Type{DictKeysType, DictItemsType} {
		vt.Num[BinAnd] = viewSetOp(BinAnd)
		vt.Num[BinOr] = viewSetOp(BinOr)
		vt.Num[BinSub] = viewSetOp(BinSub)
		vt.Num[BinXor] = viewSetOp(BinXor)
		vt.Compare = dictKeysCompare
	}
}

// dictLen is the Len hook (__len__) of dict.
func dictLen(v Value) (int, *Exc) { return v.O.(*Dict).used, nil }

// dictGetItem is the GetItem hook (__getitem__) of dict.
func dictGetItem(o, k Value) (Value, *Exc) {
	v, ok, e := o.O.(*Dict).Get(k)
	if e != nil {
		return Null, e
	}
	if !ok {
		return dictMissing(o, k)
	}
	return v, nil
}

// dictSetItem is the SetItem hook (__setitem__, __delitem__) of dict.
func dictSetItem(o, k, v Value) *Exc {
	d := o.O.(*Dict)
	if v.IsNull() {
		_, ok, e := d.Delete(k)
		if e != nil {
			return e
		}
		if !ok {
			return KeyErrorOf(k)
		}
		return nil
	}
	return d.Set(k, v)
}

// dictContains is the Contains hook (__contains__) of dict.
func dictContains(o, k Value) (bool, *Exc) {
	_, ok, e := o.O.(*Dict).Get(k)
	return ok, e
}

// dictIterHook is the Iter hook (__iter__) of dict.
func dictIterHook(o Value) (Value, *Exc) {
	d := o.O.(*Dict)
	return Obj(&dictIter{d: d, n: d.used}), nil
}

// dictCompare is the Compare hook (rich comparison) of dict.
func dictCompare(a, b Value, op CompareOp) (Value, *Exc) {
	y, ok := b.O.(*Dict)
	if !ok || (op != OpEq && op != OpNe) {
		return NotImplemented, nil
	}
	eq, e := dictEqual(a.O.(*Dict), y)
	return Bool(eq == (op == OpEq)), e
}

// dictOr is the Num[BinOr] hook (__or__) of dict.
func dictOr(a, b Value) (Value, *Exc) {
	x, ok1 := a.O.(*Dict)
	y, ok2 := b.O.(*Dict)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	n := x.Copy()
	return Obj(n), dictMergeMapping(n, Obj(y), nil)
}

// dictIor is the INum[BinOr] hook (__ior__) of dict.
func dictIor(a, b Value) (Value, *Exc) {
	return a, DictUpdateArg(a.O.(*Dict), b)
}

// dictNew is the New hook (__new__) of dict.
func dictNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if cls != DictType {
		return Obj(&Dict{cls: cls}), nil
	}
	return Obj(NewDictObj()), nil
}

// dictInit is the Init hook (__init__) of dict.
func dictInit(self Value, args []Value, kw []string) *Exc {
	return DictUpdateCall(self.O.(*Dict), "dict", args, kw)
}

// dictKeyiteratorNext is the Next hook (__next__) of dict_keyiterator (and dict_valueiterator, dict_itemiterator).
func dictKeyiteratorNext(v Value) (Value, bool, *Exc) {
	if si, ok := v.O.(*seqIter); ok {
		if si.i < len(si.items) {
			si.i++
			return si.items[si.i-1], true, nil
		}
		return Null, false, nil
	}
	return dictIterNext(v)
}

// dictKeysLen is the Len hook (__len__) of dict_keys (and dict_values, dict_items).
func dictKeysLen(v Value) (int, *Exc) { return v.O.(*DictView).d.used, nil }

// dictKeysIter is the Iter hook (__iter__) of dict_keys (and dict_values, dict_items).
func dictKeysIter(v Value) (Value, *Exc) {
	dv := v.O.(*DictView)
	return Obj(&dictIter{d: dv.d, n: dv.d.used, kind: dv.kind}), nil
}

// dictKeysRepr is the Repr hook (__repr__) of dict_keys (and dict_values, dict_items).
func dictKeysRepr(v Value) (string, *Exc) {
	dv := v.O.(*DictView)
	items, e := ToSlice(v)
	if e != nil {
		return "", e
	}
	s, e := SeqRepr(v, items, "([", "])")
	return dv.Type().Name + s, e
}

// dictKeysContains is the Contains hook (__contains__) of dict_keys.
func dictKeysContains(o, k Value) (bool, *Exc) {
	_, ok, e := o.O.(*DictView).d.Get(k)
	return ok, e
}

// dictItemsContains is the Contains hook (__contains__) of dict_items.
func dictItemsContains(o, k Value) (bool, *Exc) {
	kv, ok := k.O.(*Tuple)
	if !ok || len(kv.Items) != 2 {
		return false, nil
	}
	v, ok, e := o.O.(*DictView).d.Get(kv.Items[0])
	if e != nil || !ok {
		return false, e
	}
	return EqBool(v, kv.Items[1])
}

// dictKeysCompare is the Compare hook (rich comparison) of dict_keys (and dict_items).
func dictKeysCompare(a, b Value, op CompareOp) (Value, *Exc) {
	sa, e := NewSetFrom(a)
	if e != nil {
		return Null, e
	}
	if _, ok := b.O.(*DictView); ok {
		sb, e := NewSetFrom(b)
		if e != nil {
			return Null, e
		}
		return RichCompare(sa, sb, op)
	}
	return RichCompare(sa, b, op)
}

// dictKeys implements dict.keys (through m).
func dictKeys(s Value, a []Value, kw []string) (Value, *Exc) {
	return Obj(&DictView{s.O.(*Dict), 0}), ArgCount("dict.keys", a, kw, 0, 0)
}

// dictValues implements dict.values (through m).
func dictValues(s Value, a []Value, kw []string) (Value, *Exc) {
	return Obj(&DictView{s.O.(*Dict), 1}), ArgCount("dict.values", a, kw, 0, 0)
}

// dictItems implements dict.items (through m).
func dictItems(s Value, a []Value, kw []string) (Value, *Exc) {
	return Obj(&DictView{s.O.(*Dict), 2}), ArgCount("dict.items", a, kw, 0, 0)
}

// dictGet implements dict.get (through m).
func dictGet(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("dict.get", a, kw, 1, 2); e != nil {
		return Null, e
	}
	v, ok, e := s.O.(*Dict).Get(a[0])
	if e != nil {
		return Null, e
	}
	if ok {
		return v, nil
	}
	if len(a) == 2 {
		return a[1], nil
	}
	return None, nil
}

// dictSetdefault implements dict.setdefault (through m).
func dictSetdefault(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("dict.setdefault", a, kw, 1, 2); e != nil {
		return Null, e
	}
	d := s.O.(*Dict)
	v, ok, e := d.Get(a[0])
	if e != nil || ok {
		return v, e
	}
	def := None
	if len(a) == 2 {
		def = a[1]
	}
	return def, d.Set(a[0], def)
}

// dictPop implements dict.pop (through m).
func dictPop(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("dict.pop", a, kw, 1, 2); e != nil {
		return Null, e
	}
	v, ok, e := s.O.(*Dict).Delete(a[0])
	if e != nil || ok {
		return v, e
	}
	if len(a) == 2 {
		return a[1], nil
	}
	return Null, KeyErrorOf(a[0])
}

// dictPopitem implements dict.popitem (through m).
func dictPopitem(s Value, a []Value, kw []string) (Value, *Exc) {
	d := s.O.(*Dict)
	if d.used == 0 {
		return Null, Errorf(ExcKeyError, "popitem(): dictionary is empty")
	}
	for i := len(d.entries) - 1; i >= 0; i-- {
		e := d.entries[i]
		if !e.key.IsNull() {
			d.Delete(e.key)
			d.entries = d.entries[:i]
			return NewTuple(e.key, e.val), nil
		}
	}
	return Null, nil
}

// dictUpdate implements dict.update (through m).
func dictUpdate(s Value, a []Value, kw []string) (Value, *Exc) {
	return None, DictUpdateCall(s.O.(*Dict), "update", a, kw)
}

// dictClear implements dict.clear (through m).
func dictClear(s Value, a []Value, kw []string) (Value, *Exc) {
	s.O.(*Dict).Clear()
	return None, nil
}

// dictCopy implements dict.copy (through m).
func dictCopy(s Value, a []Value, kw []string) (Value, *Exc) { return Obj(s.O.(*Dict).Copy()), nil }

// dictReversed implements dict.__reversed__ (through m).
func dictReversed(s Value, a []Value, kw []string) (Value, *Exc) {
	keys := s.O.(*Dict).Keys()
	for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
		keys[i], keys[j] = keys[j], keys[i]
	}
	return Obj(&seqIter{items: keys, t: DictKeyIterType}), nil
}

// dictFromkeys is dict.fromkeys.
func dictFromkeys(cls Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("dict.fromkeys", a, kw, 1, 2); e != nil {
		return Null, e
	}
	v := None
	if len(a) == 2 {
		v = a[1]
	}
	d := NewDictObj()
	e := ForEach(a[0], func(k Value) *Exc { return d.Set(k, v) })
	return Obj(d), e
}

// dictClassGetitem is dict.__class_getitem__.
func dictClassGetitem(cls Value, args []Value, kw []string) (Value, *Exc) {
	return GenericAlias(cls, args)
}

// dictKeysReversed is dict_keys.__reversed__ (and dict_values, dict_items).
func dictKeysReversed(s Value, a []Value, kw []string) (Value, *Exc) {
	items, e := ToSlice(s)
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	return Obj(&seqIter{items: items, t: DictKeyIterType}), e
}

// DictUpdateCall is dict(...)/dict.update(...): one optional positional
// argument plus keywords.
func DictUpdateCall(d *Dict, name string, args []Value, kw []string) *Exc {
	npos := len(args) - len(kw)
	if npos > 1 {
		return TypeErrorf("%s expected at most 1 argument, got %d", name, npos)
	}
	if npos == 1 {
		if e := DictUpdateArg(d, args[0]); e != nil {
			return e
		}
	}
	for i, k := range kw {
		d.SetStr(k, args[npos+i])
	}
	return nil
}
