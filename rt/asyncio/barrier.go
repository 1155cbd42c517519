package asyncio

import "github.com/py2goasync/py2goasync/rt"

// asyncio.Barrier (new in 3.11, locks.py) on a Condition, and
// BrokenBarrierError.

var (
	BarrierType           = rt.NewType("Barrier", rt.ObjectType)
	ExcBrokenBarrierError = newAsyncioExc("BrokenBarrierError", rt.ExcRuntimeError)
)

type barrier struct {
	cond    *condition
	parties int
	state   string // filling, draining, resetting, broken
	count   int
}

func (*barrier) Type() *rt.Type { return BarrierType }

var (
	codeBarrierWait  = asyncioCode("Barrier.wait", "locks.py", 488, rt.CoroutineCode)
	codeBarrierReset = asyncioCode("Barrier.reset", "locks.py", 560, rt.CoroutineCode)
	codeBarrierAbort = asyncioCode("Barrier.abort", "locks.py", 577, rt.CoroutineCode)
	codeBarrierEnter = asyncioCode("Barrier.__aenter__", "locks.py", 477, rt.CoroutineCode)
	codeBarrierExit  = asyncioCode("Barrier.__aexit__", "locks.py", 484, rt.CoroutineCode)
)

func (b *barrier) nWaiting() int {
	if b.state == "filling" {
		return b.count
	}
	return 0
}

func (b *barrier) repr() string {
	extra := b.state
	if b.state != "broken" {
		extra += ", waiters:" + rt.Itoa(b.nWaiting()) + "/" + rt.Itoa(b.parties)
	}
	return "<asyncio.locks.Barrier object at " + rt.AddrOf(rt.Obj(b)) + " [" + extra + "]>"
}

// withCond is `async with self._cond: body()`.
func (b *barrier) withCond(body func() (rt.Value, *rt.Exc)) (rt.Value, *rt.Exc) {
	acq, e := rt.CallMethod(b.cond.lk, "acquire", nil, nil)
	if e == nil {
		_, e = rt.Await(acq)
	}
	if e != nil {
		return rt.Null, e
	}
	r, e := body()
	if _, e2 := rt.CallMethod(b.cond.lk, "release", nil, nil); e2 != nil && e == nil {
		e = e2
	}
	return r, e
}

// condWaitFor is Condition.wait_for with a Go predicate.
func (b *barrier) condWaitFor(pred func() bool) *rt.Exc {
	for !pred() {
		if _, e := rt.Await(b.cond.wait()); e != nil {
			return e
		}
	}
	return nil
}

func (b *barrier) wait() rt.Value {
	return rt.NewGenerator(codeBarrierWait, func() (rt.Value, *rt.Exc) {
		return b.withCond(func() (rt.Value, *rt.Exc) {
			// _block: wait while the barrier drains or resets.
			if e := b.condWaitFor(func() bool { return b.state != "draining" && b.state != "resetting" }); e != nil {
				return rt.Null, e
			}
			if b.state == "broken" {
				return rt.Null, rt.ExcMsg(ExcBrokenBarrierError, "Barrier aborted")
			}
			index := b.count
			b.count++
			var err *rt.Exc
			if index+1 == b.parties {
				b.state = "draining" // _release
				err = b.cond.notify(len(b.cond.waiters))
			} else {
				err = b.condWaitFor(func() bool { return b.state != "filling" })
				if err == nil && (b.state == "broken" || b.state == "resetting") {
					err = rt.ExcMsg(ExcBrokenBarrierError, "Abort or reset of barrier")
				}
			}
			// finally: _exit
			b.count--
			if b.count == 0 {
				if b.state == "resetting" || b.state == "draining" {
					b.state = "filling"
				}
				if e := b.cond.notify(len(b.cond.waiters)); e != nil && err == nil {
					err = e
				}
			}
			if err != nil {
				return rt.Null, err
			}
			return rt.Int(int64(index)), nil
		})
	})
}

// barrierOf returns the *barrier the value holds.
func barrierOf(v rt.Value) *barrier { return v.O.(*barrier) }

func init() {
	BarrierType.Module = "asyncio.locks"
	B := BarrierType
	B.New = barrierNew
	B.Init = barrierInit
	B.Repr = barrierRepr
	method0(B, "wait", barrierWait)
	method0(B, "__aenter__", barrierAenter)
	B.Method("__aexit__", barrierAexit)
	method0(B, "reset", barrierReset)
	method0(B, "abort", barrierAbort)
	B.Getter("parties", barrierParties)
	B.Getter("n_waiting", barrierNWaiting)
	B.Getter("broken", barrierBroken)
}

// barrierNew is the New hook (__new__) of Barrier.
func barrierNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("Barrier", args, kw, []string{"parties"}, 1)
	if e != nil {
		return rt.Null, e
	}
	n, e := rt.Index(a[0])
	if e != nil {
		return rt.Null, e
	}
	if n.I < 1 {
		return rt.Null, rt.ValueErrorf("parties must be > 0")
	}
	return rt.Obj(&barrier{cond: &condition{lk: rt.Obj(&lock{})}, parties: int(n.I), state: "filling"}), nil
}

// barrierInit is the Init hook (__init__) of Barrier.
func barrierInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// barrierRepr is the Repr hook (__repr__) of Barrier.
func barrierRepr(v rt.Value) (string, *rt.Exc) { return barrierOf(v).repr(), nil }

// barrierWait implements Barrier.wait (through method0).
func barrierWait(v rt.Value) (rt.Value, *rt.Exc) { return barrierOf(v).wait(), nil }

// barrierAenter implements Barrier.__aenter__ (through method0).
func barrierAenter(v rt.Value) (rt.Value, *rt.Exc) {
	return rt.NewGenerator(codeBarrierEnter, func() (rt.Value, *rt.Exc) { return rt.Await(barrierOf(v).wait()) }), nil
}

// barrierAexit is Barrier.__aexit__.
func barrierAexit(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.NewGenerator(codeBarrierExit, func() (rt.Value, *rt.Exc) { return rt.None, nil }), nil
}

// barrierReset implements Barrier.reset (through method0).
func barrierReset(v rt.Value) (rt.Value, *rt.Exc) {
	b := barrierOf(v)
	return rt.NewGenerator(codeBarrierReset, func() (rt.Value, *rt.Exc) {
		return b.withCond(func() (rt.Value, *rt.Exc) {
			if b.count > 0 {
				b.state = "resetting"
			} else {
				b.state = "filling"
			}
			return rt.None, b.cond.notify(len(b.cond.waiters))
		})
	}), nil
}

// barrierAbort implements Barrier.abort (through method0).
func barrierAbort(v rt.Value) (rt.Value, *rt.Exc) {
	b := barrierOf(v)
	return rt.NewGenerator(codeBarrierAbort, func() (rt.Value, *rt.Exc) {
		return b.withCond(func() (rt.Value, *rt.Exc) {
			b.state = "broken"
			return rt.None, b.cond.notify(len(b.cond.waiters))
		})
	}), nil
}

// barrierParties is Barrier.parties.
func barrierParties(v rt.Value) (rt.Value, *rt.Exc) { return rt.Int(int64(barrierOf(v).parties)), nil }

// barrierNWaiting is Barrier.n_waiting.
func barrierNWaiting(v rt.Value) (rt.Value, *rt.Exc) {
	return rt.Int(int64(barrierOf(v).nWaiting())), nil
}

// barrierBroken is Barrier.broken.
func barrierBroken(v rt.Value) (rt.Value, *rt.Exc) {
	return rt.Bool(barrierOf(v).state == "broken"), nil
}
