package rt

import "testing"

// fibFunc is the function codegen makes for
//
//	def fib(n):
//	    if n < 2: return n
//	    return fib(n - 1) + fib(n - 2)
func fibFunc() Value {
	var fib Value
	code := &Code{Name: "fib", Qualname: "fib", Filename: "b.py", Params: []string{"n"}, Pos: 1}
	fib = NewFunction(code, nil, nil, func(args []Value) (Value, *Exc) {
		if exc := EnterCall(); exc != nil {
			return Null, exc
		}
		defer LeaveCall()
		n := args[0]
		t1, exc := Lt(n, Int(2))
		if exc != nil {
			return Null, exc
		}
		ok, exc := Truth(t1)
		if exc != nil {
			return Null, exc
		}
		if ok {
			return n, nil
		}
		t4, exc := Sub(n, Int(1))
		if exc != nil {
			return Null, exc
		}
		t5, exc := Call(fib, []Value{t4}, nil)
		if exc != nil {
			return Null, exc
		}
		t7, exc := Sub(n, Int(2))
		if exc != nil {
			return Null, exc
		}
		t8, exc := Call(fib, []Value{t7}, nil)
		if exc != nil {
			return Null, exc
		}
		return Add(t5, t8)
	})
	return fib
}

func BenchmarkFib20(b *testing.B) {
	fib := fibFunc()
	for i := 0; i < b.N; i++ {
		r, e := Call(fib, []Value{Int(20)}, nil)
		if e != nil || r.I != 6765 {
			b.Fatal(r, e)
		}
	}
}

func BenchmarkMethodCallAndAttr(b *testing.B) {
	cls := class("P", nil, func(ns Value) {
		set(ns, "get", defM("P", "get", []string{"self"}, func(a []Value) (Value, *Exc) { return GetAttr(a[0], "x") }))
	})
	p := Must(Call(cls, nil, nil))
	Must(None, SetAttr(p, "x", Int(3)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, _ := CallMethod(p, "get", nil, nil)
		w, _ := GetAttr(p, "x")
		Add(v, w)
	}
}

func BenchmarkDictStrKeys(b *testing.B) {
	for i := 0; i < b.N; i++ {
		d := NewDictObj()
		for j := 0; j < 1000; j++ {
			s, _ := ToStr(Int(int64(j)))
			d.Set(Str(s), Int(int64(j)))
		}
	}
}

func BenchmarkListsWorkload(b *testing.B) {
	for i := 0; i < b.N; i++ {
		l := NewList()
		for j := int64(0); j < 100000; j++ {
			v, _ := Mod(Int(j), Int(1000))
			ListAppend(l, v)
		}
		CallMethod(l, "sort", nil, nil)
		sl, _ := GetItem(l, NewSlice(Null, Null, Int(7)))
		CallB("sum", sl)
		CallB("set", l)
	}
}
