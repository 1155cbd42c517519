package asyncio

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// These tests drive the runtime the way generated code does: coroutine
// functions are NewFunction values whose bodies call Await; asyncio is
// used through its module attributes. Expected outputs come from python3
// 3.11.7 running the equivalent programs (quoted in each test) under
// golden/deterministic.py.

const testFile = "/t/prog.py"

func aio(name string) rt.Value { return rttest.StdAttr("asyncio", name) }

func coroFn(name string, line int, params []string, body func(args []rt.Value) (rt.Value, *rt.Exc)) rt.Value {
	return rt.NewFunction(&rt.Code{Name: name, Qualname: name, Filename: testFile, Line: line, Kind: rt.CoroutineCode,
		Params: params, Pos: len(params)}, nil, nil, body)
}

func call(t *testing.T, fn rt.Value, args ...rt.Value) rt.Value {
	t.Helper()
	v, e := rt.Call(fn, args, nil)
	if e != nil {
		t.Fatalf("call: %s", rt.FormatExcOnly(e))
	}
	return v
}

// detMode runs f in deterministic mode with a fresh clock and task
// counter.
func detMode(t *testing.T) {
	t.Helper()
	old := rt.Deterministic()
	rt.SetDeterministicForTest(true)
	taskNameCounter = 0
	rt.MainThread().PolicyLoop, rt.MainThread().PolicySet = nil, false
	t.Cleanup(func() { rt.SetDeterministicForTest(old) })
}

func runMain(t *testing.T, main rt.Value) rt.Value {
	t.Helper()
	v, e := asyncioRun(call(t, main), rt.Null)
	if e != nil {
		t.Fatalf("asyncio.run: %s", rt.FormatExcOnly(e))
	}
	return v
}

func sleepFor(d rt.Value) (rt.Value, *rt.Exc) { return rt.Await(asyncioSleep(d, rt.None)) }

func checkOut(t *testing.T, got []string, want string) {
	t.Helper()
	g := strings.Join(got, "\n")
	if g != strings.TrimSpace(want) {
		t.Errorf("output:\n%s\nwant:\n%s", g, strings.TrimSpace(want))
	}
}

// countasync.py: gather of three coroutines sleeping 1 s; the clock jumps.
func TestCountAsync(t *testing.T) {
	detMode(t)
	var out []string
	count := coroFn("count", 6, nil, func([]rt.Value) (rt.Value, *rt.Exc) {
		out = append(out, "One")
		if _, e := sleepFor(rt.Int(1)); e != nil {
			return rt.Null, e
		}
		out = append(out, "Two")
		return rt.None, nil
	})
	main := coroFn("main", 11, nil, func([]rt.Value) (rt.Value, *rt.Exc) {
		g, e := rt.Call(aio("gather"), []rt.Value{call(t, count), call(t, count), call(t, count)}, nil)
		if e != nil {
			return rt.Null, e
		}
		return rt.Await(g)
	})
	start := rt.ClockMonotonic()
	runMain(t, main)
	out = append(out, fmt.Sprintf("executed in %0.2f seconds.", rt.ClockMonotonic()-start))
	checkOut(t, out, "One\nOne\nOne\nTwo\nTwo\nTwo\nexecuted in 1.00 seconds.")
}

// d002_gather_factorial.py
func TestGatherFactorial(t *testing.T) {
	detMode(t)
	var out []string
	fact := coroFn("factorial", 3, []string{"name", "number"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
		name, _ := rt.AsStr(a[0])
		n := a[1].I
		for i := int64(2); i <= n; i++ {
			out = append(out, fmt.Sprintf("Task %s: Compute factorial(%d)...", name, i))
			if _, e := sleepFor(rt.Int(1)); e != nil {
				return rt.Null, e
			}
		}
		out = append(out, fmt.Sprintf("Task %s: factorial(%d) = 1", name, n))
		return rt.None, nil
	})
	main := coroFn("main", 12, nil, func([]rt.Value) (rt.Value, *rt.Exc) {
		g, e := rt.Call(aio("gather"), []rt.Value{call(t, fact, rt.Str("A"), rt.Int(2)), call(t, fact, rt.Str("B"), rt.Int(3)), call(t, fact, rt.Str("C"), rt.Int(4))}, nil)
		if e != nil {
			return rt.Null, e
		}
		return rt.Await(g)
	})
	runMain(t, main)
	checkOut(t, out, `
Task A: Compute factorial(2)...
Task B: Compute factorial(2)...
Task C: Compute factorial(2)...
Task A: factorial(2) = 1
Task B: Compute factorial(3)...
Task C: Compute factorial(3)...
Task B: factorial(3) = 1
Task C: Compute factorial(4)...
Task C: factorial(4) = 1`)
}

// d002_wait_for_eternity.py: wait_for times out a 3600 s sleep after 1 s
// of virtual time; the exception is builtins.TimeoutError.
func TestWaitForEternity(t *testing.T) {
	detMode(t)
	var out []string
	eternity := coroFn("eternity", 1, nil, func([]rt.Value) (rt.Value, *rt.Exc) {
		if _, e := sleepFor(rt.Int(3600)); e != nil {
			return rt.Null, e
		}
		out = append(out, "yay!")
		return rt.None, nil
	})
	main := coroFn("main", 6, nil, func([]rt.Value) (rt.Value, *rt.Exc) {
		w, e := rt.Call(aio("wait_for"), []rt.Value{call(t, eternity)}, []string{"timeout"})
		_ = w
		if e == nil {
			t.Fatal("wait_for without timeout argument succeeded")
		}
		w, e = rt.Call(aio("wait_for"), []rt.Value{call(t, eternity), rt.Float(1.0)}, []string{"timeout"})
		if e != nil {
			return rt.Null, e
		}
		if _, e := rt.Await(w); e != nil {
			if rt.IsExcInstance(e, rt.ExcTimeoutError) {
				out = append(out, "timeout!")
				return rt.None, nil
			}
			return rt.Null, e
		}
		return rt.None, nil
	})
	start := rt.ClockMonotonic()
	runMain(t, main)
	checkOut(t, out, "timeout!")
	if d := rt.ClockMonotonic() - start; d != 1.0 {
		t.Errorf("elapsed %v, want 1.0", d)
	}
}

// d000_current_task.py: the Task repr.
func TestTaskRepr(t *testing.T) {
	detMode(t)
	var got string
	main := coroFn("main", 5, nil, func([]rt.Value) (rt.Value, *rt.Exc) {
		rt.CurrentLine(12)
		ct, e := rt.Call(aio("current_task"), nil, nil)
		if e != nil {
			return rt.Null, e
		}
		got, e = rt.ToRepr(ct)
		return rt.None, e
	})
	runMain(t, main)
	want := "<Task pending name='Task-1' coro=<main() running at /t/prog.py:12> cb=[_run_until_complete_cb() at /usr/lib/python3.11/asyncio/base_events.py:180]>"
	if got != want {
		t.Errorf("repr:\n%s\nwant\n%s", got, want)
	}
}

// Timers with equal deadlines come out in heapq's order, not FIFO:
// python3 gives [0, 2, 6, 5, 9, 8, 7, 1, 3, 4] for ten call_at(t+1).
func TestTimerTieOrder(t *testing.T) {
	detMode(t)
	var got []int
	main := coroFn("main", 1, nil, func([]rt.Value) (rt.Value, *rt.Exc) {
		l, _ := getRunningLoop()
		when := l.time() + 1
		for i := 0; i < 10; i++ {
			i := i
			l.callAt(when, func() *rt.Exc { got = append(got, i); return nil }, "append")
		}
		return sleepFor(rt.Int(2))
	})
	runMain(t, main)
	if fmt.Sprint(got) != "[0 2 6 5 9 8 7 1 3 4]" {
		t.Errorf("got %v", got)
	}
}

// sleep(0) round robin and create_task ordering:
//
//	async def w(n):
//	    for i in range(3):
//	        out.append(f"{n}{i}"); await asyncio.sleep(0)
//	async def main():
//	    ts = [asyncio.create_task(w(n)) for n in "ab"]
//	    out.append("m"); await asyncio.sleep(0); out.append("m2")
//	    await asyncio.gather(*ts, w("c"))
//
// python3: m a0 b0 m2 a1 b1 c0 a2 b2 c1 c2
func TestSleep0Order(t *testing.T) {
	detMode(t)
	var out []string
	w := coroFn("w", 1, []string{"n"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
		n, _ := rt.AsStr(a[0])
		for i := 0; i < 3; i++ {
			out = append(out, fmt.Sprintf("%s%d", n, i))
			if _, e := sleepFor(rt.Int(0)); e != nil {
				return rt.Null, e
			}
		}
		return rt.None, nil
	})
	main := coroFn("main", 4, nil, func([]rt.Value) (rt.Value, *rt.Exc) {
		var ts []rt.Value
		for _, n := range []string{"a", "b"} {
			tk, e := rt.Call(aio("create_task"), []rt.Value{call(t, w, rt.Str(n))}, nil)
			if e != nil {
				return rt.Null, e
			}
			ts = append(ts, tk)
		}
		out = append(out, "m")
		sleepFor(rt.Int(0))
		out = append(out, "m2")
		g, e := rt.Call(aio("gather"), append(ts, call(t, w, rt.Str("c"))), nil)
		if e != nil {
			return rt.Null, e
		}
		return rt.Await(g)
	})
	runMain(t, main)
	checkOut(t, []string{strings.Join(out, " ")}, "m a0 b0 m2 a1 b1 c0 a2 b2 c1 c2")
}

// d000_shield.py: cancelling the shield leaves the inner task running.
func TestShield(t *testing.T) {
	detMode(t)
	var out []string
	simple := coroFn("simple_task", 6, []string{"number"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
		if _, e := sleepFor(rt.Int(1)); e != nil {
			return rt.Null, e
		}
		return a[0], nil
	})
	cancelTask := coroFn("cancel_task", 13, []string{"task"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
		if _, e := sleepFor(rt.Float(0.2)); e != nil {
			return rt.Null, e
		}
		r, e := rt.CallMethod(a[0], "cancel", nil, nil)
		if e != nil {
			return rt.Null, e
		}
		out = append(out, "cancelled: "+rt.ReprOrErr(r))
		return rt.None, nil
	})
	main := coroFn("main", 22, nil, func([]rt.Value) (rt.Value, *rt.Exc) {
		task := call(t, aio("create_task"), call(t, simple, rt.Int(1)))
		shielded := call(t, aio("shield"), task)
		call(t, aio("create_task"), call(t, cancelTask, shielded))
		if r, e := rt.Await(shielded); e != nil {
			if !rt.IsExcInstance(e, ExcCancelledError) {
				return rt.Null, e
			}
			out = append(out, "shielded was cancelled")
		} else {
			out = append(out, ">got: "+rt.ReprOrErr(r))
		}
		if _, e := sleepFor(rt.Int(1)); e != nil {
			return rt.Null, e
		}
		out = append(out, "shielded: "+rt.ReprOrErr(shielded), "task: "+rt.ReprOrErr(task))
		return rt.None, nil
	})
	runMain(t, main)
	checkOut(t, out, `
cancelled: True
shielded was cancelled
shielded: <Future cancelled>
task: <Task finished name='Task-2' coro=<simple_task() done, defined at /t/prog.py:6> result=1>`)
}

// d000_to_thread.py: a tracked worker's time.sleep(2) moves the virtual
// clock; prints interleave deterministically.
func TestToThread(t *testing.T) {
	detMode(t)
	var out []string
	blocking := rt.NewBuiltin("blocking_task", func([]rt.Value, []string) (rt.Value, *rt.Exc) {
		out = append(out, "Task starting")
		rt.PySleep(2)
		out = append(out, "Task done")
		return rt.None, nil
	})
	main := coroFn("main", 16, nil, func([]rt.Value) (rt.Value, *rt.Exc) {
		out = append(out, "Main running the blocking task")
		coro := call(t, aio("to_thread"), blocking)
		task := call(t, aio("create_task"), coro)
		out = append(out, "Main doing other things")
		sleepFor(rt.Int(0))
		return rt.Await(task)
	})
	start := rt.ClockMonotonic()
	runMain(t, main)
	checkOut(t, out, "Main running the blocking task\nMain doing other things\nTask starting\nTask done")
	if d := rt.ClockMonotonic() - start; d != 2.0 {
		t.Errorf("elapsed %v, want 2.0", d)
	}
}

// A Queue with producers and consumers; task_done/join; cancellation of
// the consumers at the end (the shape of asyncq.py).
func TestQueueJoin(t *testing.T) {
	detMode(t)
	var out []string
	produce := coroFn("produce", 1, []string{"q"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
		for i := 0; i < 3; i++ {
			if _, e := sleepFor(rt.Int(int64(i + 1))); e != nil {
				return rt.Null, e
			}
			p, _ := rt.CallMethod(a[0], "put", []rt.Value{rt.Int(int64(i))}, nil)
			if _, e := rt.Await(p); e != nil {
				return rt.Null, e
			}
			out = append(out, fmt.Sprintf("put %d", i))
		}
		return rt.None, nil
	})
	consume := coroFn("consume", 9, []string{"q"}, func(a []rt.Value) (rt.Value, *rt.Exc) {
		for {
			g, _ := rt.CallMethod(a[0], "get", nil, nil)
			v, e := rt.Await(g)
			if e != nil {
				out = append(out, "consumer cancelled")
				return rt.Null, e
			}
			out = append(out, "got "+rt.ReprOrErr(v))
			rt.CallMethod(a[0], "task_done", nil, nil)
		}
	})
	main := coroFn("main", 17, nil, func([]rt.Value) (rt.Value, *rt.Exc) {
		q := call(t, aio("Queue"))
		c := call(t, aio("create_task"), call(t, consume, q))
		if _, e := rt.Await(call(t, produce, q)); e != nil {
			return rt.Null, e
		}
		j, _ := rt.CallMethod(q, "join", nil, nil)
		if _, e := rt.Await(j); e != nil {
			return rt.Null, e
		}
		rt.CallMethod(c, "cancel", nil, nil)
		return rt.None, nil
	})
	start := rt.ClockMonotonic()
	runMain(t, main)
	checkOut(t, out, "put 0\ngot 0\nput 1\ngot 1\nput 2\ngot 2\nconsumer cancelled")
	if d := rt.ClockMonotonic() - start; d != 6.0 {
		t.Errorf("elapsed %v, want 6.0", d)
	}
}

// Generators: send/yield round trip and StopIteration's value through
// yield from.
func TestGeneratorYieldFrom(t *testing.T) {
	inner := rt.NewFunction(&rt.Code{Name: "inner", Qualname: "inner", Filename: testFile, Line: 1, Kind: rt.GeneratorCode}, nil, nil,
		func([]rt.Value) (rt.Value, *rt.Exc) {
			x, e := rt.Yield(rt.Int(1))
			if e != nil {
				return rt.Null, e
			}
			return rt.Add(x, rt.Int(10))
		})
	outer := rt.NewFunction(&rt.Code{Name: "outer", Qualname: "outer", Filename: testFile, Line: 5, Kind: rt.GeneratorCode}, nil, nil,
		func([]rt.Value) (rt.Value, *rt.Exc) {
			r, e := rt.YieldFrom(call(t, inner))
			if e != nil {
				return rt.Null, e
			}
			return rt.Yield(r)
		})
	g := call(t, outer)
	if r := rt.ReprOrErr(g); !strings.HasPrefix(r, "<generator object outer at 0x") {
		t.Errorf("repr %s", r)
	}
	v, ok, e := rt.Next(g)
	if e != nil || !ok || v.I != 1 {
		t.Fatalf("first next: %v %v %v", v, ok, e)
	}
	v, e = rt.CallMethod(g, "send", []rt.Value{rt.Int(5)}, nil)
	if e != nil || v.I != 15 {
		t.Fatalf("send: %v %v", v, e)
	}
	_, ok, e = rt.Next(g)
	if e != nil || ok {
		t.Fatalf("exhausted: %v %v", ok, e)
	}
}

// An async generator consumed with __anext__ inside a task, awaiting
// between items (d001_async_comprehension's mygen).
func TestAsyncGenerator(t *testing.T) {
	detMode(t)
	mygen := rt.NewFunction(&rt.Code{Name: "mygen", Qualname: "mygen", Filename: testFile, Line: 1, Kind: rt.AsyncGenCode, Params: []string{"u"}, Pos: 1}, nil, nil,
		func(a []rt.Value) (rt.Value, *rt.Exc) {
			for i := int64(0); i < a[0].I; i++ {
				if _, e := rt.Yield(rt.Int(1 << i)); e != nil {
					return rt.Null, e
				}
				if _, e := sleepFor(rt.Float(0.1)); e != nil {
					return rt.Null, e
				}
			}
			return rt.None, nil
		})
	var got []int64
	main := coroFn("main", 9, nil, func([]rt.Value) (rt.Value, *rt.Exc) {
		ag := call(t, mygen, rt.Int(5))
		for {
			n, _ := rt.CallMethod(ag, "__anext__", nil, nil)
			v, e := rt.Await(n)
			if e != nil {
				if rt.IsExcInstance(e, rt.ExcStopAsyncIteration) {
					return rt.None, nil
				}
				return rt.Null, e
			}
			got = append(got, v.I)
		}
	})
	runMain(t, main)
	if fmt.Sprint(got) != "[1 2 4 8 16]" {
		t.Errorf("got %v", got)
	}
}

func TestNewEventLoopRepr(t *testing.T) {
	l := call(t, aio("new_event_loop"))
	if r := rt.ReprOrErr(l); r != "<_UnixSelectorEventLoop running=False closed=False debug=False>" {
		t.Errorf("repr %s", r)
	}
}

// A generator dropped while suspended is closed (its finally runs) at the
// next collection point, and its goroutine ends: `any(x for x in g())`
// style code must not leak.
func TestDroppedGeneratorClosed(t *testing.T) {
	closed := 0
	gen := rt.NewFunction(&rt.Code{Name: "g", Qualname: "g", Filename: testFile, Line: 1, Kind: rt.GeneratorCode}, nil, nil,
		func([]rt.Value) (rt.Value, *rt.Exc) {
			for i := 0; ; i++ {
				if _, e := rt.Yield(rt.Int(int64(i))); e != nil {
					closed++
					return rt.Null, e
				}
			}
		})
	rt.CloseDropped()
	before := runtime.NumGoroutine()
	for i := 0; i < 100; i++ {
		g := call(t, gen)
		if v, ok, e := rt.Next(g); e != nil || !ok || v.I != 0 {
			t.Fatalf("next: %v %v %v", v, ok, e)
		}
	}
	rt.CloseDropped()
	if closed != 100 {
		t.Errorf("closed %d generators, want 100", closed)
	}
	if n := runtime.NumGoroutine(); n > before+5 {
		t.Errorf("goroutines: %d before, %d after", before, n)
	}
	keep := call(t, gen)
	rt.Next(keep)
	rt.CloseDropped()
	if closed != 100 {
		t.Errorf("a live generator was closed")
	}
	runtime.KeepAlive(keep)
}
