package rt

// asyncio.Barrier (new in 3.11, locks.py) on a Condition, and
// BrokenBarrierError.

var (
	BarrierType           = NewType("Barrier", ObjectType)
	ExcBrokenBarrierError = newAsyncioExc("BrokenBarrierError", ExcRuntimeError)
)

type barrier struct {
	cond    *condition
	parties int
	state   string // filling, draining, resetting, broken
	count   int
}

func (*barrier) Type() *Type { return BarrierType }

var (
	codeBarrierWait  = asyncioCode("Barrier.wait", "locks.py", 488, CoroutineCode)
	codeBarrierReset = asyncioCode("Barrier.reset", "locks.py", 560, CoroutineCode)
	codeBarrierAbort = asyncioCode("Barrier.abort", "locks.py", 577, CoroutineCode)
	codeBarrierEnter = asyncioCode("Barrier.__aenter__", "locks.py", 477, CoroutineCode)
	codeBarrierExit  = asyncioCode("Barrier.__aexit__", "locks.py", 484, CoroutineCode)
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
		extra += ", waiters:" + Itoa(b.nWaiting()) + "/" + Itoa(b.parties)
	}
	return "<asyncio.locks.Barrier object at " + AddrOf(Obj(b)) + " [" + extra + "]>"
}

// withCond is `async with self._cond: body()`.
func (b *barrier) withCond(body func() (Value, *Exc)) (Value, *Exc) {
	acq, e := CallMethod(b.cond.lk, "acquire", nil, nil)
	if e == nil {
		_, e = Await(acq)
	}
	if e != nil {
		return Null, e
	}
	r, e := body()
	if _, e2 := CallMethod(b.cond.lk, "release", nil, nil); e2 != nil && e == nil {
		e = e2
	}
	return r, e
}

// condWaitFor is Condition.wait_for with a Go predicate.
func (b *barrier) condWaitFor(pred func() bool) *Exc {
	for !pred() {
		if _, e := Await(b.cond.wait()); e != nil {
			return e
		}
	}
	return nil
}

func (b *barrier) wait() Value {
	return NewGenerator(codeBarrierWait, func() (Value, *Exc) {
		return b.withCond(func() (Value, *Exc) {
			// _block: wait while the barrier drains or resets.
			if e := b.condWaitFor(func() bool { return b.state != "draining" && b.state != "resetting" }); e != nil {
				return Null, e
			}
			if b.state == "broken" {
				return Null, ExcMsg(ExcBrokenBarrierError, "Barrier aborted")
			}
			index := b.count
			b.count++
			var err *Exc
			if index+1 == b.parties {
				b.state = "draining" // _release
				err = b.cond.notify(len(b.cond.waiters))
			} else {
				err = b.condWaitFor(func() bool { return b.state != "filling" })
				if err == nil && (b.state == "broken" || b.state == "resetting") {
					err = ExcMsg(ExcBrokenBarrierError, "Abort or reset of barrier")
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
				return Null, err
			}
			return Int(int64(index)), nil
		})
	})
}

func init() {
	BarrierType.Module = "asyncio.locks"
	B := BarrierType
	br := func(v Value) *barrier { return v.O.(*barrier) }
	B.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("Barrier", args, kw, []string{"parties"}, 1)
		if e != nil {
			return Null, e
		}
		n, e := Index(a[0])
		if e != nil {
			return Null, e
		}
		if n.I < 1 {
			return Null, ValueErrorf("parties must be > 0")
		}
		return Obj(&barrier{cond: &condition{lk: Obj(&lock{})}, parties: int(n.I), state: "filling"}), nil
	}
	B.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	B.Repr = func(v Value) (string, *Exc) { return br(v).repr(), nil }
	method0(B, "wait", func(v Value) (Value, *Exc) { return br(v).wait(), nil })
	method0(B, "__aenter__", func(v Value) (Value, *Exc) {
		return NewGenerator(codeBarrierEnter, func() (Value, *Exc) { return Await(br(v).wait()) }), nil
	})
	B.Method("__aexit__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return NewGenerator(codeBarrierExit, func() (Value, *Exc) { return None, nil }), nil
	})
	method0(B, "reset", func(v Value) (Value, *Exc) {
		b := br(v)
		return NewGenerator(codeBarrierReset, func() (Value, *Exc) {
			return b.withCond(func() (Value, *Exc) {
				if b.count > 0 {
					b.state = "resetting"
				} else {
					b.state = "filling"
				}
				return None, b.cond.notify(len(b.cond.waiters))
			})
		}), nil
	})
	method0(B, "abort", func(v Value) (Value, *Exc) {
		b := br(v)
		return NewGenerator(codeBarrierAbort, func() (Value, *Exc) {
			return b.withCond(func() (Value, *Exc) {
				b.state = "broken"
				return None, b.cond.notify(len(b.cond.waiters))
			})
		}), nil
	})
	B.Getter("parties", func(v Value) (Value, *Exc) { return Int(int64(br(v).parties)), nil })
	B.Getter("n_waiting", func(v Value) (Value, *Exc) { return Int(int64(br(v).nWaiting())), nil })
	B.Getter("broken", func(v Value) (Value, *Exc) { return Bool(br(v).state == "broken"), nil })
}
