package design

import "testing"

func TestExceptions(t *testing.T) {
	if r := TryPanic(MayRaisePanic, 1); r != 2 {
		t.Errorf("TryPanic(1) = %d", r)
	}
	if r := TryPanic(MayRaisePanic, -1); r != -1 {
		t.Errorf("TryPanic(-1) = %d", r)
	}
	if r := TryPanic(func(x int) int { return NestPanic(x, 10) }, -1); r != -1 {
		t.Errorf("TryPanic(nest) = %d", r)
	}
	func() {
		defer func() {
			if e, ok := recover().(*PyExc); !ok || e.Type != KeyError {
				t.Errorf("KeyError not re-raised past except ValueError: %v", e)
			}
		}()
		TryPanic(func(int) int { panic(&PyExc{Type: KeyError}) }, 0)
	}()
	if r, err := TryErr(MayRaiseErr, 1); r != 2 || err != nil {
		t.Errorf("TryErr(1) = %d, %v", r, err)
	}
	if r, err := TryErr(func(x int) (int, *PyExc) { return NestErr(x, 10) }, -1); r != -1 || err != nil {
		t.Errorf("TryErr(nest) = %d, %v", r, err)
	}
	if _, err := TryErr(func(int) (int, *PyExc) { return 0, &PyExc{Type: KeyError} }, 0); err == nil || err.Type != KeyError {
		t.Errorf("KeyError not propagated: %v", err)
	}
	if v, err := NestErr(1, 10); v != 12 || err != nil {
		t.Errorf("NestErr = %d, %v", v, err)
	}
}

var sinkInt int

// One op = one call that could raise; "raise" ops raise and are caught.
func BenchmarkExc(b *testing.B) {
	b.Run("panic/call", func(b *testing.B) {
		t := 0
		for i := 0; i < b.N; i++ {
			t += MayRaisePanic(i)
		}
		sinkInt = t
	})
	b.Run("err/call", func(b *testing.B) {
		t := 0
		for i := 0; i < b.N; i++ {
			v, err := MayRaiseErr(i)
			if err != nil {
				b.Fatal(err)
			}
			t += v
		}
		sinkInt = t
	})
	b.Run("panic/call-depth10", func(b *testing.B) {
		t := 0
		for i := 0; i < b.N; i++ {
			t += NestPanic(i, 10)
		}
		sinkInt = t
	})
	b.Run("err/call-depth10", func(b *testing.B) {
		t := 0
		for i := 0; i < b.N; i++ {
			v, err := NestErr(i, 10)
			if err != nil {
				b.Fatal(err)
			}
			t += v
		}
		sinkInt = t
	})
	b.Run("panic/try-noraise", func(b *testing.B) {
		b.ReportAllocs()
		t := 0
		for i := 0; i < b.N; i++ {
			t += TryPanic(MayRaisePanic, i)
		}
		sinkInt = t
	})
	b.Run("err/try-noraise", func(b *testing.B) {
		b.ReportAllocs()
		t := 0
		for i := 0; i < b.N; i++ {
			v, _ := TryErr(MayRaiseErr, i)
			t += v
		}
		sinkInt = t
	})
	b.Run("panic/try-raise", func(b *testing.B) {
		b.ReportAllocs()
		t := 0
		for i := 0; i < b.N; i++ {
			t += TryPanic(MayRaisePanic, -1)
		}
		sinkInt = t
	})
	b.Run("err/try-raise", func(b *testing.B) {
		b.ReportAllocs()
		t := 0
		for i := 0; i < b.N; i++ {
			v, _ := TryErr(MayRaiseErr, -1)
			t += v
		}
		sinkInt = t
	})
	nestP := func(x int) int { return NestPanic(x, 10) }
	nestE := func(x int) (int, *PyExc) { return NestErr(x, 10) }
	b.Run("panic/try-raise-depth10", func(b *testing.B) {
		b.ReportAllocs()
		t := 0
		for i := 0; i < b.N; i++ {
			t += TryPanic(nestP, -1)
		}
		sinkInt = t
	})
	b.Run("err/try-raise-depth10", func(b *testing.B) {
		b.ReportAllocs()
		t := 0
		for i := 0; i < b.N; i++ {
			v, _ := TryErr(nestE, -1)
			t += v
		}
		sinkInt = t
	})
}
