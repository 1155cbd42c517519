package rt

import "bytes"

// bytearray: a mutable bytes. Its own hooks cover what differs from bytes
// (repr, mutation, unhashable, results of its own type); the other bytes
// methods run on its contents and give a bytearray where bytes would.

// ByteArrayObj is a bytearray.
type ByteArrayObj struct{ B []byte }

// ByteArrayType is bytearray.
var ByteArrayType = NewType("bytearray", ObjectType)

func (*ByteArrayObj) Type() *Type { return ByteArrayType }

// ByteArray returns a bytearray holding b (kept).
func ByteArray(b []byte) Value { return Obj(&ByteArrayObj{B: b}) }

// asByteArray converts a bytes result of a bytes method to bytearray.
func asByteArray(v Value) Value {
	if b, ok := v.O.(*BytesObj); ok && v.K == KObj {
		return ByteArray(b.B)
	}
	if l, ok := v.O.(*List); ok && v.K == KObj {
		for i, x := range l.Items {
			l.Items[i] = asByteArray(x)
		}
	}
	if t, ok := v.O.(*Tuple); ok && v.K == KObj {
		items := make([]Value, len(t.Items))
		for i, x := range t.Items {
			items[i] = asByteArray(x)
		}
		return NewTuple(items...)
	}
	return v
}

func byteValue(v Value) (byte, *Exc) {
	n, e := IndexOf(v)
	if e != nil {
		return 0, e
	}
	if n < 0 || n > 255 {
		return 0, ValueErrorf("byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// byteArrayObjOf returns the *ByteArrayObj the value holds.
func byteArrayObjOf(v Value) *ByteArrayObj { return v.O.(*ByteArrayObj) }

func init() {
	t := ByteArrayType
	t.SetDict("__hash__", None)
	t.Repr = bytearrayRepr
	t.Len = bytearrayLen
	t.New = bytearrayNew
	t.GetItem = bytearrayGetItem
	t.SetItem = bytearraySetItem
	t.Contains = bytearrayContains
	t.Iter = bytearrayIter
	t.Compare = bytearrayCompare
	t.Num[BinAdd] = bytearrayAdd
	t.Num[BinMul] = bytearrayMul
	t.INum[BinAdd] = bytearrayIadd
	t.Method("append", bytearrayAppend)
	t.Method("extend", bytearrayExtend)
	t.Method("pop", bytearrayPop)
	t.Method("clear", bytearrayClear)
	t.Method("copy", bytearrayCopy)
	t.Method("reverse", bytearrayReverse)
}

// bytearrayRepr is the Repr hook (__repr__) of bytearray.
func bytearrayRepr(v Value) (string, *Exc) {
	return "bytearray(" + bytesRepr(byteArrayObjOf(v).B) + ")", nil
}

// bytearrayLen is the Len hook (__len__) of bytearray.
func bytearrayLen(v Value) (int, *Exc) { return len(byteArrayObjOf(v).B), nil }

// bytearrayNew is the New hook (__new__) of bytearray.
func bytearrayNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if len(args) == 0 {
		return ByteArray([]byte{}), nil
	}
	if b, ok := args[0].O.(*ByteArrayObj); ok && len(args) == 1 {
		return ByteArray(append([]byte{}, b.B...)), nil
	}
	v, e := BytesType.New(BytesType, args, kw)
	if e != nil {
		return Null, e
	}
	return ByteArray(append([]byte{}, v.O.(*BytesObj).B...)), nil
}

// bytearrayGetItem is the GetItem hook (__getitem__) of bytearray.
func bytearrayGetItem(o, k Value) (Value, *Exc) {
	v, e := BytesType.GetItem(Bytes(byteArrayObjOf(o).B), k)
	if e != nil && IsExcInstance(e, ExcIndexError) {
		return Null, Errorf(ExcIndexError, "bytearray index out of range")
	}
	if e != nil && IsExcInstance(e, ExcTypeError) {
		return Null, TypeErrorf("bytearray indices must be integers or slices, not %s", k.TypeName())
	}
	if b, ok := v.O.(*BytesObj); ok && v.K == KObj {
		return ByteArray(append([]byte{}, b.B...)), nil
	}
	return v, e
}

// bytearraySetItem is the SetItem hook (__setitem__, __delitem__) of bytearray.
func bytearraySetItem(o, k, v Value) *Exc {
	x := byteArrayObjOf(o)
	if !isIndexable(k) {
		return TypeErrorf("bytearray indices must be integers or slices, not %s", k.TypeName())
	}
	i, e := seqIndex(k, len(x.B), "index")
	if e != nil {
		return Errorf(ExcIndexError, "bytearray index out of range")
	}
	if v.IsNull() {
		x.B = append(x.B[:i], x.B[i+1:]...)
		return nil
	}
	c, e := byteValue(v)
	if e != nil {
		return e
	}
	x.B[i] = c
	return nil
}

// bytearrayContains is the Contains hook (__contains__) of bytearray.
func bytearrayContains(o, k Value) (bool, *Exc) {
	return BytesType.Contains(Bytes(byteArrayObjOf(o).B), k)
}

// bytearrayIter is the Iter hook (__iter__) of bytearray.
func bytearrayIter(o Value) (Value, *Exc) { return BytesType.Iter(Bytes(byteArrayObjOf(o).B)) }

// bytearrayCompare is the Compare hook (rich comparison) of bytearray.
func bytearrayCompare(a, b Value, op CompareOp) (Value, *Exc) {
	y, e := toBytes(b)
	if e != nil {
		return NotImplemented, nil
	}
	return Bool(CmpResult(bytes.Compare(byteArrayObjOf(a).B, y), op)), nil
}

// bytearrayAdd is the Num[BinAdd] hook (__add__) of bytearray.
func bytearrayAdd(a, b Value) (Value, *Exc) {
	x, e1 := toBytes(a)
	y, e2 := toBytes(b)
	if e1 != nil || e2 != nil {
		return NotImplemented, nil
	}
	if _, ok := a.O.(*BytesObj); ok {
		return Bytes(append(append([]byte{}, x...), y...)), nil // b"z" + bytearray is bytes
	}
	return ByteArray(append(append([]byte{}, x...), y...)), nil
}

// bytearrayMul is the Num[BinMul] hook (__mul__) of bytearray.
func bytearrayMul(a, b Value) (Value, *Exc) {
	seq, n := a, b
	if _, ok := a.O.(*ByteArrayObj); !ok {
		seq, n = b, a
	}
	x, ok := seq.O.(*ByteArrayObj)
	if !ok {
		return NotImplemented, nil
	}
	c, ok, e := repeatCount(n)
	if !ok || e != nil {
		return NotImplemented, e
	}
	if e := checkRepeat(len(x.B), c, 1, ""); e != nil {
		return Null, e
	}
	return ByteArray(bytes.Repeat(x.B, c)), nil
}

// bytearrayIadd is the INum[BinAdd] hook (__iadd__) of bytearray.
func bytearrayIadd(a, b Value) (Value, *Exc) {
	y, e := toBytes(b)
	if e != nil {
		return NotImplemented, nil
	}
	x := byteArrayObjOf(a)
	x.B = append(x.B, y...)
	return a, nil
}

// bytearrayAppend is bytearray.append.
func bytearrayAppend(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("append", a, kw, 1, 1); e != nil {
		return Null, e
	}
	c, e := byteValue(a[0])
	if e != nil {
		return Null, e
	}
	byteArrayObjOf(s).B = append(byteArrayObjOf(s).B, c)
	return None, nil
}

// bytearrayExtend is bytearray.extend.
func bytearrayExtend(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("extend", a, kw, 1, 1); e != nil {
		return Null, e
	}
	if b, e := toBytes(a[0]); e == nil {
		byteArrayObjOf(s).B = append(byteArrayObjOf(s).B, b...)
		return None, nil
	}
	items, e := ToSlice(a[0])
	if e != nil {
		return Null, e
	}
	for _, it := range items {
		c, e := byteValue(it)
		if e != nil {
			return Null, e
		}
		byteArrayObjOf(s).B = append(byteArrayObjOf(s).B, c)
	}
	return None, nil
}

// bytearrayPop is bytearray.pop.
func bytearrayPop(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("pop", a, kw, 0, 1); e != nil {
		return Null, e
	}
	x := byteArrayObjOf(s)
	if len(x.B) == 0 {
		return Null, Errorf(ExcIndexError, "pop from empty bytearray")
	}
	i := len(x.B) - 1
	if len(a) == 1 {
		j, e := seqIndex(a[0], len(x.B), "index")
		if e != nil {
			return Null, Errorf(ExcIndexError, "pop index out of range")
		}
		i = j
	}
	c := x.B[i]
	x.B = append(x.B[:i], x.B[i+1:]...)
	return Int(int64(c)), nil
}

// bytearrayClear is bytearray.clear.
func bytearrayClear(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("clear", a, kw, 0, 0); e != nil {
		return Null, e
	}
	byteArrayObjOf(s).B = byteArrayObjOf(s).B[:0]
	return None, nil
}

// bytearrayCopy is bytearray.copy.
func bytearrayCopy(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("copy", a, kw, 0, 0); e != nil {
		return Null, e
	}
	return ByteArray(append([]byte{}, byteArrayObjOf(s).B...)), nil
}

// bytearrayReverse is bytearray.reverse.
func bytearrayReverse(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("reverse", a, kw, 0, 0); e != nil {
		return Null, e
	}
	b := byteArrayObjOf(s).B
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return None, nil
}

// initByteArrayFromBytes gives bytearray the bytes methods it does not
// define itself, run on a bytes view of its contents. It runs at the end
// of init (bytes' methods are all defined by then).
func initByteArrayFromBytes() {
	t := ByteArrayType
	for _, k := range BytesType.Dict.Keys() {
		name, _ := AsStr(k)
		if _, own := t.Dict.GetStr(name); own {
			continue
		}
		v, _ := BytesType.Dict.GetStr(name)
		switch d := v.O.(type) {
		case *MethodDescr:
			fn := d.Fn
			t.Method(name, func(s Value, a []Value, kw []string) (Value, *Exc) {
				r, e := fn(Bytes(s.O.(*ByteArrayObj).B), a, kw)
				if e != nil {
					return Null, e
				}
				return asByteArray(r), nil
			})
		case *ClassMethodDescr:
			fn := d.Fn
			t.ClassMethod(name, func(cls Value, a []Value, kw []string) (Value, *Exc) {
				r, e := fn(cls, a, kw)
				if e != nil {
					return Null, e
				}
				return asByteArray(r), nil
			})
		}
	}
}
