package asyncio

import "github.com/py2goasync/py2goasync/rt"

// The asyncio REPL's console (asyncio/__main__.py): each statement runs
// on the loop, an await statement as a task.

// console implements rt's Console on a new event loop.
type console struct{ l *Loop }

// NewConsole starts the asyncio REPL: a new event loop set as the current
// one, and asyncio imported into __main__.
func NewConsole() rt.Console {
	l := newLoop()
	setEventLoop(l)
	if m, e := rt.Import("asyncio", false, 0); e == nil {
		rt.SetModuleGlobal("asyncio", m)
	}
	return &console{l}
}

// Run implements Console.
func (c *console) Run(st rt.Statement) (rt.Value, *rt.Exc) {
	l := c.l
	fut := newFuture(l)
	l.callSoon(func() *rt.Exc {
		if !st.Async {
			v, e := rt.RunStatement(st)
			if e != nil {
				if rt.IsExcInstance(e, rt.ExcSystemExit) {
					return e
				}
				fut.setException(e)
				return nil
			}
			fut.setResult(v)
			return nil
		}
		t, e := l.createTask(rt.InteractiveCoroutine(st), rt.Null)
		if e != nil {
			fut.setException(e)
			return nil
		}
		chainFuture(&t.Future, fut)
		return nil
	}, "callback()")
	return runUntilCompleteGuarded(l, fut.value())
}

// Close implements Console.
func (c *console) Close() *rt.Exc {
	l := c.l
	l.callSoon(func() *rt.Exc { l.stop(); return nil }, "BaseEventLoop.stop()")
	return rt.CallGuarded(l.runForever)
}

func runUntilCompleteGuarded(l *Loop, f rt.Value) (v rt.Value, e *rt.Exc) {
	e = rt.CallGuarded(func() *rt.Exc {
		var err *rt.Exc
		v, err = l.runUntilComplete(f)
		return err
	})
	return v, e
}

// chainFuture is futures._chain_future for two futures of one loop.
func chainFuture(src, dst *Future) {
	src.addCallback(&futCallback{name: "_chain_future.<locals>._call_set_state", src: rt.PylibSource("futures.py", 381), fn: func(s *Future) *rt.Exc {
		if dst.state == futCancelled {
			return nil
		}
		copyFutureState(s, dst)
		return nil
	}})
	dst.addCallback(&futCallback{name: "_chain_future.<locals>._call_check_cancel", src: rt.PylibSource("futures.py", 375), fn: func(d *Future) *rt.Exc {
		if d.state == futCancelled {
			src.cancel(rt.Null)
		}
		return nil
	}})
}

// copyFutureState is futures._copy_future_state.
func copyFutureState(src, dst *Future) {
	if dst.state == futCancelled {
		return
	}
	switch {
	case src.state == futCancelled:
		dst.cancel(rt.Null)
	case src.exc != nil:
		dst.setException(src.exc)
	default:
		dst.setResult(src.res)
	}
}
