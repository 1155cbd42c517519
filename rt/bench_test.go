package rt_test

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// fibFunc is the function codegen makes for
//
//	def fib(n):
//	    if n < 2: return n
//	    return fib(n - 1) + fib(n - 2)
func fibFunc() rt.Value {
	var fib rt.Value
	code := &rt.Code{Name: "fib", Qualname: "fib", Filename: "b.py", Params: []string{"n"}, Pos: 1}
	fib = rt.NewFunction(code, nil, nil, func(args []rt.Value) (rt.Value, *rt.Exc) {
		if exc := rt.EnterCall(); exc != nil {
			return rt.Null, exc
		}
		defer rt.LeaveCall()
		n := args[0]
		t1, exc := rt.Lt(n, rt.Int(2))
		if exc != nil {
			return rt.Null, exc
		}
		ok, exc := rt.Truth(t1)
		if exc != nil {
			return rt.Null, exc
		}
		if ok {
			return n, nil
		}
		t4, exc := rt.Sub(n, rt.Int(1))
		if exc != nil {
			return rt.Null, exc
		}
		t5, exc := rt.Call(fib, []rt.Value{t4}, nil)
		if exc != nil {
			return rt.Null, exc
		}
		t7, exc := rt.Sub(n, rt.Int(2))
		if exc != nil {
			return rt.Null, exc
		}
		t8, exc := rt.Call(fib, []rt.Value{t7}, nil)
		if exc != nil {
			return rt.Null, exc
		}
		return rt.Add(t5, t8)
	})
	return fib
}

func BenchmarkFib20(b *testing.B) {
	fib := fibFunc()
	for i := 0; i < b.N; i++ {
		r, e := rt.Call(fib, []rt.Value{rt.Int(20)}, nil)
		if e != nil || r.I != 6765 {
			b.Fatal(r, e)
		}
	}
}

func BenchmarkMethodCallAndAttr(b *testing.B) {
	cls := class("P", nil, func(ns rt.Value) {
		set(ns, "get", defM("P", "get", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.GetAttr(a[0], "x") }))
	})
	p := rttest.Must(rt.Call(cls, nil, nil))
	rttest.Must(rt.None, rt.SetAttr(p, "x", rt.Int(3)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, _ := rt.CallMethod(p, "get", nil, nil)
		w, _ := rt.GetAttr(p, "x")
		rt.Add(v, w)
	}
}

func BenchmarkDictStrKeys(b *testing.B) {
	for i := 0; i < b.N; i++ {
		d := rt.NewDictObj()
		for j := 0; j < 1000; j++ {
			s, _ := rt.ToStr(rt.Int(int64(j)))
			d.Set(rt.Str(s), rt.Int(int64(j)))
		}
	}
}

func BenchmarkListsWorkload(b *testing.B) {
	for i := 0; i < b.N; i++ {
		l := rt.NewList()
		for j := int64(0); j < 100000; j++ {
			v, _ := rt.Mod(rt.Int(j), rt.Int(1000))
			rt.ListAppend(l, v)
		}
		rt.CallMethod(l, "sort", nil, nil)
		sl, _ := rt.GetItem(l, rt.NewSlice(rt.Null, rt.Null, rt.Int(7)))
		rttest.CallB("sum", sl)
		rttest.CallB("set", l)
	}
}
