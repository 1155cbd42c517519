package design

import (
	"sync"
	"testing"
)

type strategy struct {
	name   string
	worker func(n int, fa, fb *Future) Coro
	chain  func(n, depth int, f *Future) Coro
	sleep0 func(m int) Coro
}

var strategies = []strategy{
	{"chan",
		func(n int, fa, fb *Future) Coro {
			return NewChanCoro(func(a Awaiter) int { return WorkerBody(a, n, fa, fb) })
		},
		func(n, d int, f *Future) Coro {
			return NewChanCoro(func(a Awaiter) int { return ChainLoopBody(a, n, d, f) })
		},
		func(m int) Coro { return NewChanCoro(func(a Awaiter) int { return Sleep0Body(a, m) }) },
	},
	{"cond",
		func(n int, fa, fb *Future) Coro {
			return NewCondCoro(func(a Awaiter) int { return WorkerBody(a, n, fa, fb) })
		},
		func(n, d int, f *Future) Coro {
			return NewCondCoro(func(a Awaiter) int { return ChainLoopBody(a, n, d, f) })
		},
		func(m int) Coro { return NewCondCoro(func(a Awaiter) int { return Sleep0Body(a, m) }) },
	},
	{"pull",
		func(n int, fa, fb *Future) Coro {
			return NewPullCoro(func(a Awaiter) int { return WorkerBody(a, n, fa, fb) })
		},
		func(n, d int, f *Future) Coro {
			return NewPullCoro(func(a Awaiter) int { return ChainLoopBody(a, n, d, f) })
		},
		func(m int) Coro { return NewPullCoro(func(a Awaiter) int { return Sleep0Body(a, m) }) },
	},
	{"sm",
		func(n int, fa, fb *Future) Coro { return NewWorkerSM(n, fa, fb) },
		func(n, d int, f *Future) Coro { return &ChainLoopSM{n: n, depth: d, f: f} },
		func(m int) Coro { return &Sleep0SM{m: m} },
	},
	{"sm-reuse", nil,
		func(n, d int, f *Future) Coro { return &ChainLoopSM{n: n, depth: d, f: f, reuse: true} },
		nil,
	},
}

// drive runs c to completion, resolving every future it suspends on with
// f.Val, and returns the number of suspensions.
func drive(c Coro) int {
	n, v := 0, 0
	for {
		f, done := c.Send(v)
		if done {
			return n
		}
		n++
		if f != nil {
			v = f.Val
		}
	}
}

func TestCoroStrategies(t *testing.T) {
	fa, fb := &Future{Val: 3}, &Future{Val: 4}
	for _, s := range strategies {
		if s.worker != nil {
			c := s.worker(10, fa, fb)
			if n := drive(c); n != 20 || c.Result() != 70 {
				t.Errorf("%s worker: %d suspensions, result %d; want 20, 70", s.name, n, c.Result())
			}
		}
		c := s.chain(5, 10, fa)
		if n := drive(c); n != 5 || c.Result() != 5*13 {
			t.Errorf("%s chain: %d suspensions, result %d; want 5, 65", s.name, n, c.Result())
		}
		if s.sleep0 != nil {
			// FIFO round robin, exactly as asyncio: 0 1 2 0 1 2 ... and a
			// final step per task that finishes it.
			order := RunSleep0(s.sleep0, 3, 2, true)
			want := []int{0, 1, 2, 0, 1, 2, 0, 1, 2}
			if len(order) != len(want) {
				t.Fatalf("%s sleep0 order %v, want %v", s.name, order, want)
			}
			for i := range want {
				if order[i] != want[i] {
					t.Fatalf("%s sleep0 order %v, want %v", s.name, order, want)
				}
			}
		}
	}
}

// BenchmarkSuspend: one op = one await round trip (resume with a value, run
// to the next await of a pending future, suspend) in a long-lived coroutine.
func BenchmarkSuspend(b *testing.B) {
	fa, fb := &Future{Val: 1}, &Future{Val: 2}
	for _, s := range strategies {
		if s.worker == nil {
			continue
		}
		b.Run(s.name, func(b *testing.B) {
			c := s.worker(b.N/2, fa, fb)
			b.ReportAllocs()
			b.ResetTimer()
			drive(c)
		})
	}
}

// BenchmarkCreate: one op = create a coroutine (task), run it to its first
// await, resume it to completion.
func BenchmarkCreate(b *testing.B) {
	fa, fb := &Future{Val: 1}, &Future{Val: 2}
	for _, s := range strategies {
		if s.worker == nil {
			continue
		}
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				drive(s.worker(1, fa, fb))
			}
		})
	}
}

// BenchmarkChain10: one op = call a coroutine that awaits a coroutine ... 10
// deep, whose leaf awaits a pending future once; resume it to completion.
func BenchmarkChain10(b *testing.B) {
	f := &Future{Val: 1}
	for _, s := range strategies {
		b.Run(s.name, func(b *testing.B) {
			c := s.chain(b.N, 10, f)
			b.ReportAllocs()
			b.ResetTimer()
			drive(c)
		})
	}
}

// BenchmarkSleep0Loop: one op = one task step through a FIFO ready queue;
// 100 tasks each `await asyncio.sleep(0)` repeatedly (scheduler-bound).
func BenchmarkSleep0Loop(b *testing.B) {
	for _, s := range strategies {
		if s.sleep0 == nil {
			continue
		}
		b.Run(s.name, func(b *testing.B) {
			m := b.N/100 + 1
			b.ReportAllocs()
			b.ResetTimer()
			RunSleep0(s.sleep0, 100, m, false)
			b.StopTimer()
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(100*(m+1)), "ns/step")
		})
	}
}

// BenchmarkGIL: an uncontended lock/unlock, what the loop pays if it takes
// the GIL around every task step.
func BenchmarkGIL(b *testing.B) {
	var mu sync.Mutex
	for i := 0; i < b.N; i++ {
		mu.Lock()
		mu.Unlock() //nolint:staticcheck
	}
}

func TestGatherSleep0(t *testing.T) {
	for _, s := range strategies {
		if s.sleep0 == nil {
			continue
		}
		_, fin := GatherSleep0(s.sleep0, 3, 2)
		if len(fin) != 3 || fin[0] != 0 || fin[1] != 1 || fin[2] != 2 {
			t.Errorf("%s: completion order %v, want [0 1 2]", s.name, fin)
		}
	}
}

// BenchmarkTaskStep: one op = one task step in GatherSleep0 with 100 tasks
// (Handle per call_soon, done callbacks): compare with CPython's
// `asyncio.gather` of 100 sleep(0) loops.
func BenchmarkTaskStep(b *testing.B) {
	for _, s := range strategies {
		if s.sleep0 == nil {
			continue
		}
		b.Run(s.name, func(b *testing.B) {
			m := b.N/100 + 1
			b.ReportAllocs()
			b.ResetTimer()
			steps, _ := GatherSleep0(s.sleep0, 100, m)
			b.StopTimer()
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(steps), "ns/step")
		})
	}
}
