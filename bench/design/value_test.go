package design

import (
	"math"
	"math/big"
	"testing"
)

func bigOf(o Object) *big.Int { return toBig(o) }

func TestIntArith(t *testing.T) {
	vals := []int64{0, 1, -1, 2, -5, 256, 257, 1 << 31, -(1 << 31), 1<<32 + 7, math.MaxInt64, math.MinInt64, math.MaxInt64 / 2, 3037000499, 3037000500, -3037000500}
	for _, a := range vals {
		for _, b := range vals {
			wantS := new(big.Int).Add(big.NewInt(a), big.NewInt(b))
			wantP := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
			if got := bigOf(AddObj(NewInt(a), NewInt(b))); got.Cmp(wantS) != 0 {
				t.Errorf("AddObj(%d, %d) = %v", a, b, got)
			}
			if got := bigOf(MulObj(NewInt(a), NewInt(b))); got.Cmp(wantP) != 0 {
				t.Errorf("MulObj(%d, %d) = %v", a, b, got)
			}
			if got := AddVal(IntVal(a), IntVal(b)).big(); got.Cmp(wantS) != 0 {
				t.Errorf("AddVal(%d, %d) = %v", a, b, got)
			}
			if got := MulVal(IntVal(a), IntVal(b)).big(); got.Cmp(wantP) != 0 {
				t.Errorf("MulVal(%d, %d) = %v", a, b, got)
			}
		}
	}
	if NewInt(7) != NewInt(7) || NewInt(1000) == NewInt(1000) {
		t.Error("small-int cache: 7 must be shared, 1000 not")
	}
}

func TestSumLoops(t *testing.T) {
	const n = 1000
	want := int64(n * (n - 1))
	if v := SumLoopObj(n).(*Int).V; v != want {
		t.Errorf("SumLoopObj = %d", v)
	}
	if v := int64(SumLoopObjV(n).(IntV)); v != want {
		t.Errorf("SumLoopObjV = %d", v)
	}
	if v := SumLoopVal(n); v.K != KInt || v.I != want {
		t.Errorf("SumLoopVal = %+v", v)
	}
	for _, loop := range []func(*SumFrame){SumLoopFrameFields, SumLoopFrameLocals} {
		f := &SumFrame{N: n}
		if loop(f); f.Total != want || f.I != n {
			t.Errorf("frame loop = %+v", f)
		}
	}
	if v := SumLoopUnboxed(n); v.K != KInt || v.I != want {
		t.Errorf("SumLoopUnboxed = %+v", v)
	}
}

func TestAttrAndCall(t *testing.T) {
	cls := &Class{Name: "P", Slots: map[string]int{"x": 0, "y": 1}}
	s := &SlotInstance{Class: cls, Slots: []Object{NewInt(1), NewInt(2)}, Dict: map[string]Object{"z": NewInt(3)}}
	if s.GetAttr("y").(*Int).V != 2 || s.GetAttr("z").(*Int).V != 3 {
		t.Error("slot GetAttr")
	}
	f := &PyFunc2{FuncAdd}
	if f.Call([]Object{NewInt(1), NewInt(2)}).(*Int).V != 3 || f.Call2(NewInt(1), NewInt(2)).(*Int).V != 3 {
		t.Error("call")
	}
}

var sinkObj Object
var sinkVal Value

// One op = the whole loop `for i in range(1_000_000): total += i * 2`.
func BenchmarkIntLoop(b *testing.B) {
	const n = 1_000_000
	run := func(name string, f func()) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				f()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/iter")
		})
	}
	run("obj-ptr-cache", func() { sinkObj = SumLoopObj(n) })
	run("obj-int64-value", func() { sinkObj = SumLoopObjV(n) })
	run("tagged-value", func() { sinkVal = SumLoopVal(n) })
	run("unboxed-int64", func() { sinkVal = SumLoopUnboxed(n) })
	run("unboxed-frame-fields", func() { f := &SumFrame{N: n}; SumLoopFrameFields(f); sinkInt = int(f.Total) })
	run("unboxed-frame-locals", func() { f := &SumFrame{N: n}; SumLoopFrameLocals(f); sinkInt = int(f.Total) })
}

// One op = `p.x` then `p.y` (two attribute loads).
func BenchmarkAttr(b *testing.B) {
	cls := &Class{Name: "P", Slots: map[string]int{"x": 0, "y": 1}}
	d := &DictInstance{Class: cls, Dict: map[string]Object{"x": NewInt(1), "y": NewInt(2)}}
	s := &SlotInstance{Class: cls, Slots: []Object{NewInt(1), NewInt(2)}}
	sp := &StructPoint{Class: cls, X: NewInt(1), Y: NewInt(2)}
	names := []string{"x", "y"} // keep the map keys from being constant-folded
	b.Run("dict", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkObj = d.Dict[names[0]]
			sinkObj = d.Dict[names[1]]
		}
	})
	b.Run("slots-by-name", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkObj = s.GetAttr(names[0])
			sinkObj = s.GetAttr(names[1])
		}
	})
	b.Run("slots-compiled", func(b *testing.B) {
		// the read site knows class P's layout: class guard + index
		for i := 0; i < b.N; i++ {
			if s.Class == cls {
				sinkObj = s.Slots[0]
				sinkObj = s.Slots[1]
			}
		}
	})
	b.Run("struct-field", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkObj = sp.X
			sinkObj = sp.Y
		}
	})
}

// One op = `f(a, b)` where f is `def f(a, b): return a + b`.
func BenchmarkCall(b *testing.B) {
	f := &PyFunc2{FuncAdd}
	var c Callable = f
	x, y := NewInt(1), NewInt(2)
	b.Run("generic-slice", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkObj = c.Call([]Object{x, y})
		}
	})
	oc := OpaqueCallable(f)
	b.Run("generic-slice-opaque", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkObj = oc.Call([]Object{x, y})
		}
	})
	b.Run("fixed-arity-method", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkObj = f.Call2(x, y)
		}
	})
	b.Run("direct", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkObj = FuncAdd(x, y)
		}
	})
	vx, vy := IntVal(1), IntVal(2)
	b.Run("direct-value", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkVal = FuncAddVal(vx, vy)
		}
	})
}
